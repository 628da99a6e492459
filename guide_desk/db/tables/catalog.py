# SPDX-License-Identifier: Apache-2.0
"""Catalog (a product is one style in one colour), stock per store and size, HQ looks, purchases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from guide_desk.db.base import AppTable, utc_field
from guide_desk.model.catalog import LookBase, ProductBase, PurchaseBase, PurchaseLineBase


class Product(ProductBase, AppTable, table=True):
    category: str = Field(index=True)
    server_version: int = 0


class ProductStock(AppTable, table=True):
    __tablename__ = "product_stock"
    __table_args__ = {"sqlite_with_rowid": False}

    product_id: str = Field(foreign_key="product.id", primary_key=True)
    store_id: str = Field(foreign_key="store.id", primary_key=True)
    size: str = Field(primary_key=True)
    qty: int = 0


class Look(LookBase, AppTable, table=True):
    server_version: int = 0


class LookItem(AppTable, table=True):
    __tablename__ = "look_item"
    __table_args__ = {"sqlite_with_rowid": False}

    look_id: str = Field(foreign_key="look.id", primary_key=True)
    product_id: str = Field(foreign_key="product.id", primary_key=True, index=True)
    position: int = 0


class Purchase(PurchaseBase, AppTable, table=True):
    __table_args__ = (Index("ix_purchase_customer_at", "customer_id", "purchased_at"),)

    guide_id: str | None = Field(default=None, foreign_key="guide.id", index=True)
    purchased_at: datetime = utc_field(index=True)


class PurchaseLine(PurchaseLineBase, AppTable, table=True):
    __tablename__ = "purchase_line"

    id: str = Field(primary_key=True)
    purchase_id: str = Field(foreign_key="purchase.id", index=True)
    product_id: str = Field(foreign_key="product.id", index=True)
