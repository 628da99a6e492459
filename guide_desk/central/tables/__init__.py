# SPDX-License-Identifier: Apache-2.0
"""Every central table, in the central registry only. Import from here."""

from guide_desk.central.tables.base import CentralTable, central_registry, table
from guide_desk.central.tables.crm import Appointment, Campaign, Customer, CustomerTag, Note, Tag, TagGroup, Task
from guide_desk.central.tables.hq import Look, MessageTemplate, Product, Purchase, Stock
from guide_desk.central.tables.org import (
    Alias,
    ClientState,
    ConflictRecord,
    Device,
    EnrolmentCode,
    Guide,
    GuideSession,
    Rejection,
    ScopeExit,
    Store,
    SyncCounter,
)
from guide_desk.central.tables.signin import LoginBackoff, SignInEvent

TENANT = "brand"
"""One central database serves one brand: the single row of sync_counter."""

__all__ = [
    "TENANT", "Alias", "Appointment", "Campaign", "CentralTable", "ClientState", "ConflictRecord", "Customer",
    "CustomerTag", "Device", "EnrolmentCode", "Guide", "GuideSession", "LoginBackoff", "Look", "MessageTemplate",
    "Note", "Product", "Purchase", "Rejection", "ScopeExit", "SignInEvent", "Stock", "Store", "SyncCounter", "Tag",
    "TagGroup", "Task",
    "central_registry", "table",
]
