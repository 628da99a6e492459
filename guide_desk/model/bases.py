# SPDX-License-Identifier: Apache-2.0
"""Each synced entity's base: the fields both sides store and a pull carries (sync.mapping's column lists)."""

from __future__ import annotations

from sqlmodel import SQLModel

from guide_desk.model.catalog import LookBase, MessageTemplateBase, ProductBase, PurchaseBase
from guide_desk.model.customers import CustomerBase, NoteBase, TagBase, TagGroupBase
from guide_desk.model.enums import Entity
from guide_desk.model.org import GuideBase, StoreBase
from guide_desk.model.work import AppointmentBase, TaskBase

STORED: dict[Entity, type[SQLModel]] = {
    Entity.STORE: StoreBase, Entity.GUIDE: GuideBase, Entity.TAG_GROUP: TagGroupBase, Entity.TAG: TagBase,
    Entity.CUSTOMER: CustomerBase, Entity.NOTE: NoteBase, Entity.TASK: TaskBase, Entity.APPOINTMENT: AppointmentBase,
    Entity.PRODUCT: ProductBase, Entity.LOOK: LookBase, Entity.MESSAGE_TEMPLATE: MessageTemplateBase,
    Entity.PURCHASE: PurchaseBase,
}
"""Stock and conflicts have no base: their local rows are shaped apart (sync.mapping.local_row)."""
