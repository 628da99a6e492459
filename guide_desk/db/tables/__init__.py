# SPDX-License-Identifier: Apache-2.0
"""Every local table (DESIGN.md §3). Import from here; the modules only group them."""

from guide_desk.db.tables.catalog import Look, LookItem, Product, ProductStock, Purchase, PurchaseLine
from guide_desk.db.tables.customers import (
    ConsentEvent,
    Customer,
    CustomerTag,
    Note,
    Segment,
    Tag,
    TagGroup,
)
from guide_desk.db.tables.data import CustomerErasure, ImportMapping
from guide_desk.db.tables.insights import Handover, HandoverCustomer
from guide_desk.db.tables.org import AuditEvent, Guide, PinLock, Store, StoreSetting
from guide_desk.db.tables.sync import Outbox, SyncConflict, SyncRejection, SyncState
from guide_desk.db.tables.work import (
    Appointment,
    AppointmentChange,
    AppointmentItem,
    BlockedTime,
    MessageTemplate,
    Suggestion,
    SuggestionState,
    Task,
    TaskTemplate,
)

__all__ = [
    "Appointment", "AppointmentChange", "AppointmentItem", "AuditEvent", "BlockedTime", "ConsentEvent",
    "Customer", "CustomerTag", "Guide", "Handover", "HandoverCustomer",
    "Look", "LookItem", "MessageTemplate", "Note", "Outbox", "PinLock", "Product", "ProductStock", "Purchase",
    "PurchaseLine", "Segment", "Store", "StoreSetting", "Suggestion", "SuggestionState", "SyncConflict",
    "SyncRejection", "SyncState",
    "Tag", "TagGroup", "Task", "TaskTemplate",
    "CustomerErasure", "ImportMapping",
]
