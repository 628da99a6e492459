# SPDX-License-Identifier: Apache-2.0
"""Catalog (a product is one style in one colour), stock per store and size, HQ looks, purchases."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from guide_desk.db.base import AppTable, utc_field


class Product(AppTable, table=True):
    id: str = Field(primary_key=True)
    sku: str = Field(unique=True)
    name: str
    category: str = Field(index=True)
    size_kind: str = "top"
    color: str = ""
    style_tags: str = ""
    price_fen: int
    launched_on: date | None = None
    server_version: int = 0


class ProductStock(AppTable, table=True):
    __tablename__ = "product_stock"
    __table_args__ = {"sqlite_with_rowid": False}

    product_id: str = Field(foreign_key="product.id", primary_key=True)
    store_id: str = Field(foreign_key="store.id", primary_key=True)
    size: str = Field(primary_key=True)
    qty: int = 0


class Look(AppTable, table=True):
    """An HQ outfit of 2–4 products."""

    id: str = Field(primary_key=True)
    name: str
    season: str = ""
    server_version: int = 0


class LookItem(AppTable, table=True):
    __tablename__ = "look_item"
    __table_args__ = {"sqlite_with_rowid": False}

    look_id: str = Field(foreign_key="look.id", primary_key=True)
    product_id: str = Field(foreign_key="product.id", primary_key=True, index=True)
    position: int = 0


class Purchase(AppTable, table=True):
    """One order, from the POS (store) or the mini-program; order_no makes POS ingestion idempotent."""

    __table_args__ = (Index("ix_purchase_customer_at", "customer_id", "purchased_at"),)

    id: str = Field(primary_key=True)
    order_no: str = Field(unique=True)
    customer_id: str = Field(foreign_key="customer.id")
    store_id: str = Field(foreign_key="store.id")
    guide_id: str | None = Field(default=None, foreign_key="guide.id", index=True)
    channel: str = "store"
    purchased_at: datetime = utc_field(index=True)
    total_fen: int = 0


class PurchaseLine(AppTable, table=True):
    __tablename__ = "purchase_line"

    id: str = Field(primary_key=True)
    purchase_id: str = Field(foreign_key="purchase.id", index=True)
    product_id: str = Field(foreign_key="product.id", index=True)
    size: str = ""
    qty: int = 1
    price_fen: int = 0
