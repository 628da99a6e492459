# SPDX-License-Identifier: Apache-2.0
"""Small builders for test data, through the real services."""

from __future__ import annotations

from sqlmodel import Session

from guide_desk.customers.profiles import create_customer
from guide_desk.db.tables import Customer


def add_customer(session: Session, store_id: str, owner_id: str, name: str = "张三") -> Customer:
    """A customer of `owner_id` (whose store must be `store_id`)."""
    customer = create_customer(session, owner_guide_id=owner_id, by_guide_id=owner_id, name=name)
    assert customer.store_id == store_id
    return customer


class Shop:
    """A small catalog with stock at the org's store and helpers to write purchase histories."""

    def __init__(self, session: Session, org) -> None:  # type: ignore[no-untyped-def]
        from datetime import date

        from guide_desk.catalog.service import create_look, set_stock, upsert_product

        self.session, self.org = session, org
        self.coat = upsert_product(session, sku="C1", name="羊毛大衣", category="外套", size_kind="top",
                                   price_fen=129900, style_tags="通勤,极简")
        self.scarf = upsert_product(session, sku="S1", name="羊绒围巾", category="配饰", size_kind="onesize",
                                    price_fen=39900, style_tags="通勤,法式")
        self.boots = upsert_product(session, sku="B1", name="切尔西靴", category="鞋履", size_kind="shoe",
                                    price_fen=89900, style_tags="通勤,街头")
        self.dress = upsert_product(session, sku="D1", name="法式碎花连衣裙", category="连衣裙", size_kind="top",
                                    price_fen=69900, style_tags="法式,甜美", launched_on=date.today())
        for product, size, qty in ((self.coat, "M", 3), (self.scarf, "F", 5), (self.boots, "38", 2),
                                   (self.boots, "37", 0), (self.dress, "M", 4), (self.dress, "S", 0)):
            set_stock(session, product_id=product.id, store_id=org.store.id, size=size, qty=qty)
        self.look = create_look(session, name="通勤三件套", product_ids=[self.coat.id, self.scarf.id, self.boots.id])
        self._orders = 0

    def customer(self, name: str = "张丽", **fields):  # type: ignore[no-untyped-def]
        from guide_desk.customers.profiles import create_customer

        defaults = {"gender": "F", "size_top": "M", "size_shoe": "37", "style_prefs": "通勤", "marketing_consent": True}
        return create_customer(self.session, owner_guide_id=self.org.guide.id, by_guide_id=self.org.guide.id,
                               name=name, **{**defaults, **fields})

    def buy(self, customer, days_ago: float, product=None, size: str = "M", price_fen: int | None = None):  # type: ignore[no-untyped-def]
        from datetime import timedelta

        from guide_desk.catalog.service import Line, record_purchase
        from guide_desk.clock import utcnow

        product = product or self.coat
        self._orders += 1
        return record_purchase(self.session, customer_id=customer.id, order_no=f"POS-{self._orders}",
                               purchased_at=utcnow() - timedelta(days=days_ago), guide_id=self.org.guide.id,
                               lines=[Line(product.id, size, price_fen or product.price_fen)])
