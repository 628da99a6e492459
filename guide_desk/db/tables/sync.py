# SPDX-License-Identifier: Apache-2.0
"""Sync bookkeeping: the outbox (one row per local edit, in the edit's transaction) and what the server said."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index
from sqlmodel import Field

from guide_desk.db.base import AppTable, json_field, utc_field
from guide_desk.model.rejections import RejectionBase


class Outbox(AppTable, table=True):
    """A local edit for the server. mutation_id is per-client monotonic (DESIGN.md §4): AUTOINCREMENT so an
    id is never reused. Pending while acked_at is null; acknowledged rows stay a few days so they can be sent
    again to a server restored from an older backup. author_guide_id: who made the edit on this shared PC
    (the server authorises the mutation as them)."""

    __table_args__ = (Index("ix_outbox_pending", "acked_at", "mutation_id"), {"sqlite_autoincrement": True})

    mutation_id: int | None = Field(default=None, primary_key=True)
    entity: str
    entity_id: str = Field(index=True)
    op: str
    base_version: int = 0
    fields: dict[str, Any] = json_field()
    tag_adds: list[str] = json_field(default_factory=list)
    tag_removes: list[str] = json_field(default_factory=list)
    client_ts: datetime = utc_field()
    author_guide_id: str | None = None
    acked_at: datetime | None = utc_field(nullable=True)


class SyncState(AppTable, table=True):
    __tablename__ = "sync_state"

    key: str = Field(primary_key=True)
    value: str


class SyncConflict(AppTable, table=True):
    """A field where another device's edit won; the guide may keep theirs or restore mine."""

    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True)
    entity: str
    entity_id: str = Field(index=True)
    field: str
    mine: str | None = None
    theirs: str | None = None
    at: datetime = utc_field()
    resolved: bool = False


class SyncRejection(RejectionBase, AppTable, table=True):
    __tablename__ = "sync_rejection"

    resolved: bool = False
