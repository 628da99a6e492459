# SPDX-License-Identifier: Apache-2.0
"""Catalog, looks, message templates and purchases as both sides know them (HQ feeds them in)."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import SQLModel

from guide_desk.model.columns import Field, utc_field


class ProductBase(SQLModel):
    """One style in one colour; price in fen."""

    id: str = Field(primary_key=True)
    sku: str = Field(unique=True)
    name: str
    category: str
    size_kind: str = "top"
    color: str = ""
    style_tags: str = ""
    price_fen: int
    launched_on: date | None = None


class LookBase(SQLModel):
    """An HQ outfit of 2–4 products."""

    id: str = Field(primary_key=True)
    name: str
    season: str = ""


class MessageTemplateBase(SQLModel):
    """话术 with placeholders ({称呼}, {商品}, {尺码}, {门店}, {导购})."""

    id: str = Field(primary_key=True)
    kind: str
    name: str
    body: str
    language: str = "zh_CN"


class PurchaseBase(SQLModel):
    """One order, from the POS (store) or the mini-program; order_no makes ingestion idempotent."""

    id: str = Field(primary_key=True)
    order_no: str = Field(unique=True)
    customer_id: str = Field(foreign_key="customer.id")
    store_id: str = Field(foreign_key="store.id")
    guide_id: str | None = None
    channel: str = "store"
    purchased_at: datetime = utc_field()
    total_fen: int = 0


class PurchaseLineBase(SQLModel):
    """One line of a purchase: a row locally, an item of the purchase's `lines` on the server and the wire."""

    product_id: str
    size: str = ""
    qty: int = 1
    price_fen: int = 0
