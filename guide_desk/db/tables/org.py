# SPDX-License-Identifier: Apache-2.0
"""Stores, guides and the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field

from guide_desk.db.base import AppTable, json_field, utc_field
from guide_desk.model.org import GuideBase, StoreBase


class Store(StoreBase, AppTable, table=True):
    server_version: int = 0


class Guide(GuideBase, AppTable, table=True):
    """Signs in on the store PC with a PIN."""

    pin_hash: str | None = None
    wecom_userid: str | None = None
    created_at: datetime = utc_field()
    server_version: int = 0


class AuditEvent(AppTable, table=True):
    """Who did what, when: logins, exports, erasures, handovers, merges. Holds no personal data."""

    __tablename__ = "audit_event"

    id: str = Field(primary_key=True)
    at: datetime = utc_field(index=True)
    guide_id: str | None = Field(default=None, foreign_key="guide.id", index=True)
    action: str = Field(index=True)
    entity: str | None = None
    entity_id: str | None = None
    detail: dict[str, Any] = json_field()


class PinLock(AppTable, table=True):
    """Wrong PINs in a row of one guide on this PC, and until when their PIN is locked. Local only (never
    synced, and apart from the guide row, which a pull rewrites), so a lockout survives restarts and pulls."""

    __tablename__ = "pin_lock"

    guide_id: str = Field(foreign_key="guide.id", primary_key=True)
    failures: int = 0
    locked_until: datetime | None = utc_field(nullable=True)
    updated_at: datetime = utc_field()


class StoreSetting(AppTable, table=True):
    """Per-store thresholds (suggestion days, tiers, contact caps…) as JSON; absent keys take the defaults."""

    __tablename__ = "store_setting"

    store_id: str = Field(foreign_key="store.id", primary_key=True)
    name: str = Field(primary_key=True)
    values: dict[str, Any] = json_field()
