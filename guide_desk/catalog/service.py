# SPDX-License-Identifier: Apache-2.0
"""Catalog upserts and purchase recording. A purchase also updates the customer's purchase count, spend and
first/last purchase, in the same transaction, so lists and suggestions never see them disagree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from guide_desk.clock import require_aware
from guide_desk.db.tables import Customer, Look, LookItem, Product, ProductStock, Purchase, PurchaseLine
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7

SIZE_KINDS = ("top", "bottom", "shoe", "onesize")
CHANNELS = ("store", "mini_program")


@dataclass(frozen=True)
class Line:
    product_id: str
    size: str
    price_fen: int
    qty: int = 1


def upsert_product(session: Session, *, sku: str, name: str, category: str, size_kind: str, price_fen: int,
                   color: str = "", style_tags: str = "", launched_on: date | None = None) -> Product:
    if not sku.strip():
        raise InvalidInput("sku", "is empty")
    if size_kind not in SIZE_KINDS:
        raise InvalidInput("size_kind", f"must be one of {', '.join(SIZE_KINDS)} (got '{size_kind}')")
    if price_fen <= 0:
        raise InvalidInput("price_fen", "must be above 0")
    product = session.exec(select(Product).where(Product.sku == sku.strip())).first()
    if product is None:
        product = Product(id=uuid7(), sku=sku.strip(), name=name, category=category, price_fen=price_fen)
    product.name, product.category, product.size_kind, product.price_fen = name, category, size_kind, price_fen
    product.color, product.style_tags, product.launched_on = color, style_tags, launched_on
    session.add(product)
    session.flush()
    return product


def set_stock(session: Session, *, product_id: str, store_id: str, size: str, qty: int) -> None:
    if qty < 0:
        raise InvalidInput("qty", "must not be negative")
    if session.get(Product, product_id) is None:
        raise NotFound("product", product_id)
    row = session.get(ProductStock, (product_id, store_id, size)) or ProductStock(
        product_id=product_id, store_id=store_id, size=size)
    row.qty = qty
    session.add(row)
    session.flush()


def create_look(session: Session, *, name: str, product_ids: Sequence[str], season: str = "") -> Look:
    if not 2 <= len(set(product_ids)) <= 4:
        raise InvalidInput("products", "a look has 2 to 4 different products")
    look = Look(id=uuid7(), name=name, season=season)
    session.add(look)
    session.flush()
    for position, product_id in enumerate(dict.fromkeys(product_ids)):
        session.add(LookItem(look_id=look.id, product_id=product_id, position=position))
    session.flush()
    return look


def record_purchase(session: Session, *, customer_id: str, order_no: str, purchased_at: datetime,
                    lines: Sequence[Line], guide_id: str | None = None, channel: str = "store") -> Purchase:
    """Record one order; the same order number again returns the stored purchase unchanged (POS replays)."""
    existing = session.exec(select(Purchase).where(Purchase.order_no == order_no)).first()
    if existing is not None:
        return existing
    moment = require_aware("purchased_at", purchased_at)
    if channel not in CHANNELS:
        raise InvalidInput("channel", f"must be one of {', '.join(CHANNELS)} (got '{channel}')")
    if not lines:
        raise InvalidInput("lines", "an order needs at least one line")
    if any(line.qty < 1 or line.price_fen < 0 for line in lines):
        raise InvalidInput("lines", "quantities must be 1 or more and prices not negative")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer", customer_id)
    for line in lines:
        if session.get(Product, line.product_id) is None:
            raise NotFound("product", line.product_id)
    total = sum(line.price_fen * line.qty for line in lines)
    purchase = Purchase(id=uuid7(), order_no=order_no, customer_id=customer_id, store_id=customer.store_id,
                        guide_id=guide_id, channel=channel, purchased_at=moment, total_fen=total)
    session.add(purchase)
    session.flush()
    for line in lines:
        session.add(PurchaseLine(id=uuid7(), purchase_id=purchase.id, product_id=line.product_id, size=line.size,
                                 qty=line.qty, price_fen=line.price_fen))
    customer.purchase_count += 1
    customer.total_spent_fen += total
    if customer.first_purchase_at is None or moment < customer.first_purchase_at:
        customer.first_purchase_at = moment
    if customer.last_purchase_at is None or moment > customer.last_purchase_at:
        customer.last_purchase_at = moment
    session.add(customer)
    session.flush()
    return purchase
