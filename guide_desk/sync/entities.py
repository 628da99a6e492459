# SPDX-License-Identifier: Apache-2.0
"""What a pulled change's `data` holds, per entity (DESIGN.md §4). Times are ISO 8601 in UTC, money in fen.

Scope: store, guide, tag_group, tag, product, look and message_template are brand-wide; customer, note,
task, appointment, purchase, stock and conflict belong to a store and reach that store's devices (HQ sees
every store). `ENTITY_DATA` maps each pulled entity name to its model. Each form derives from the entity's
base in guide_desk.model, adding only what the wire carries beyond the stored row; like every Reply they
ignore unknown keys (pydantic's default), so an older client survives a newer server.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from guide_desk.model.catalog import LookBase, MessageTemplateBase, ProductBase, PurchaseBase, PurchaseLineBase
from guide_desk.model.customers import CustomerBase, NoteBase, TagBase, TagGroupBase
from guide_desk.model.enums import Entity, Role
from guide_desk.model.org import GuideBase, StoreBase
from guide_desk.model.work import AppointmentBase, TaskBase
from guide_desk.sync.protocol import Reply


class StoreData(StoreBase):
    pass


class GuideData(GuideBase):
    role: Role


class TagGroupData(TagGroupBase):
    pass


class TagData(TagBase):
    pass


class CustomerData(CustomerBase):
    """The customer both sides store, plus the customer's tag ids."""

    tags: list[str] = Field(default_factory=list)


class NoteData(NoteBase):
    pass


class TaskData(TaskBase):
    """Plus what only the server keeps: the HQ template and campaign a task came from."""

    template_id: str | None = None
    campaign_id: str | None = None


class AppointmentData(AppointmentBase):
    pass


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


class ProductData(ProductBase):
    """Plus the sizes it comes in and whether it is still sold (server only)."""

    sizes: list[str] = Field(default_factory=list)
    active: bool = True


class StockData(Reply):
    """Stock of one product size in one store; id is '{product_id}:{store_id}:{size}'."""

    id: str
    product_id: str
    store_id: str
    size: str
    qty: int


class LookData(LookBase):
    code: str
    product_ids: list[str] = Field(default_factory=list)


class MessageTemplateData(MessageTemplateBase):
    code: str


class PurchaseLineData(PurchaseLineBase):
    pass


class PurchaseData(PurchaseBase):
    purchased_at: datetime
    total_fen: int
    lines: list[PurchaseLineData] = Field(default_factory=list)


ENTITY_DATA: dict[Entity, type[BaseModel]] = {
    Entity.STORE: StoreData, Entity.GUIDE: GuideData, Entity.TAG_GROUP: TagGroupData, Entity.TAG: TagData,
    Entity.CUSTOMER: CustomerData, Entity.NOTE: NoteData, Entity.TASK: TaskData, Entity.APPOINTMENT: AppointmentData,
    Entity.CONFLICT: ConflictData, Entity.PRODUCT: ProductData, Entity.STOCK: StockData, Entity.LOOK: LookData,
    Entity.MESSAGE_TEMPLATE: MessageTemplateData, Entity.PURCHASE: PurchaseData,
}
"""Every Entity has its pulled form."""
