# SPDX-License-Identifier: Apache-2.0
"""What HQ feeds in: catalog with sizes, stock per store, looks, message templates, POS purchases."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Index

from guide_desk.central.tables.base import CentralTable, Field, json_field, version_field
from guide_desk.model.catalog import LookBase, MessageTemplateBase, ProductBase, PurchaseBase


class Product(ProductBase, CentralTable, table=True):
    __table_args__ = (Index("ix_product_version", "version"),)

    sizes: list[str] = json_field(default_factory=list)
    active: bool = True
    version: int = version_field()


class Stock(CentralTable, table=True):
    """id is '{product_id}:{store_id}:{size}'."""

    __table_args__ = (Index("ix_stock_store_version", "store_id", "version"), Index("ix_stock_version", "version"))

    id: str = Field(primary_key=True)
    product_id: str = Field(foreign_key="product.id")
    store_id: str = Field(foreign_key="store.id")
    size: str
    qty: int = 0
    version: int = version_field()


class Look(LookBase, CentralTable, table=True):
    __table_args__ = (Index("ix_look_version", "version"),)

    code: str = Field(unique=True)
    product_ids: list[str] = json_field(default_factory=list)
    version: int = version_field()


class MessageTemplate(MessageTemplateBase, CentralTable, table=True):
    __tablename__ = "message_template"
    __table_args__ = (Index("ix_message_template_version", "version"),)

    code: str = Field(unique=True)
    version: int = version_field()


class Purchase(PurchaseBase, CentralTable, table=True):
    """One POS order; order_no makes ingestion idempotent. `store_id` is where it was bought; it syncs to
    the customer's own store (`home_store_id`), whose devices hold the customer."""

    __table_args__ = (Index("ix_purchase_home_version", "home_store_id", "version"),
                      Index("ix_purchase_version", "version"), Index("ix_purchase_customer", "customer_id"))

    home_store_id: str
    lines: list[dict[str, Any]] = json_field(default_factory=list)
    version: int = version_field()
