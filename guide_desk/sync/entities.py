# SPDX-License-Identifier: Apache-2.0
"""What a pulled change's `data` holds, per entity (DESIGN.md §4). Times are ISO 8601 in UTC, money in fen.

Scope: store, guide, tag_group, tag, product, look and message_template are brand-wide; customer, note,
task, appointment, purchase, stock and conflict belong to a store and reach that store's devices (HQ sees
every store). `ENTITY_DATA` maps each pulled entity name to its model.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from guide_desk.sync.protocol import Reply, Role


class StoreData(Reply):
    id: str
    code: str
    name: str
    city: str = ""
    timezone: str = "Asia/Shanghai"
    opens_at: str = "10:00"
    closes_at: str = "22:00"


class GuideData(Reply):
    id: str
    store_id: str
    login: str
    name: str
    role: Role
    active: bool = True


class TagGroupData(Reply):
    id: str
    name: str
    exclusive: bool = False
    sort_order: int = 0


class TagData(Reply):
    id: str
    group_id: str
    name: str
    color: str = ""


class CustomerData(Reply):
    """The local Customer table minus its derived search columns, plus the customer's tag ids."""

    id: str
    store_id: str
    owner_guide_id: str
    name: str
    phone_e164: str | None = None
    wecom_external_id: str | None = None
    gender: str | None = None
    birthday: date | None = None
    size_top: str | None = None
    size_bottom: str | None = None
    size_shoe: str | None = None
    style_prefs: str = ""
    tier: str = "normal"
    points: int = 0
    points_expire_on: date | None = None
    marketing_consent: bool = False
    source: str = "store"
    purchase_count: int = 0
    total_spent_fen: int = 0
    first_purchase_at: datetime | None = None
    last_purchase_at: datetime | None = None
    last_contact_at: datetime | None = None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None = None
    tags: list[str] = Field(default_factory=list)


class NoteData(Reply):
    id: str
    customer_id: str
    guide_id: str | None = None
    body: str
    created_at: datetime


class TaskData(Reply):
    id: str
    customer_id: str | None = None
    assignee_guide_id: str
    created_by_guide_id: str | None = None
    source: str = "guide"
    template_id: str | None = None
    campaign_id: str | None = None
    title: str
    description: str = ""
    draft: str = ""
    due_at: datetime
    snoozed_until: datetime | None = None
    status: str = "open"
    outcome: str | None = None
    outcome_amount_fen: int | None = None
    completed_at: datetime | None = None
    created_at: datetime
    updated_at: datetime


class AppointmentData(Reply):
    id: str
    customer_id: str
    guide_id: str
    store_id: str
    kind: str = "in_store"
    starts_at: datetime
    ends_at: datetime
    resource: str | None = None
    meeting_link: str | None = None
    address: str | None = None
    note: str = ""
    status: str = "booked"
    cancel_reason: str | None = None
    sequence: int = 0
    created_at: datetime
    updated_at: datetime


class ConflictData(Reply):
    """A field two devices changed: `kept` is stored, `lost` is offered to the guide for review."""

    id: str
    entity: str
    entity_id: str
    field: str
    kept: Any = None
    lost: Any = None
    lost_by_guide_id: str | None = None
    at: datetime


class ProductData(Reply):
    id: str
    sku: str
    name: str
    category: str
    size_kind: str = "top"
    color: str = ""
    style_tags: str = ""
    price_fen: int
    launched_on: date | None = None
    sizes: list[str] = Field(default_factory=list)
    active: bool = True


class StockData(Reply):
    """Stock of one product size in one store; id is '{product_id}:{store_id}:{size}'."""

    id: str
    product_id: str
    store_id: str
    size: str
    qty: int


class LookData(Reply):
    id: str
    code: str
    name: str
    season: str = ""
    product_ids: list[str] = Field(default_factory=list)


class MessageTemplateData(Reply):
    id: str
    code: str
    kind: str
    name: str
    body: str
    language: str = "zh_CN"


class PurchaseLineData(Reply):
    product_id: str
    size: str = ""
    qty: int = 1
    price_fen: int = 0


class PurchaseData(Reply):
    id: str
    order_no: str
    customer_id: str
    store_id: str
    guide_id: str | None = None
    channel: str = "store"
    purchased_at: datetime
    total_fen: int
    lines: list[PurchaseLineData] = Field(default_factory=list)


ENTITY_DATA: dict[str, type[BaseModel]] = {
    "store": StoreData, "guide": GuideData, "tag_group": TagGroupData, "tag": TagData, "customer": CustomerData,
    "note": NoteData, "task": TaskData, "appointment": AppointmentData, "conflict": ConflictData,
    "product": ProductData, "stock": StockData, "look": LookData, "message_template": MessageTemplateData,
    "purchase": PurchaseData,
}
