# SPDX-License-Identifier: Apache-2.0
"""Sync bookkeeping: the outbox (one row per local edit, in the edit's transaction) and what the server said."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field

from guide_desk.db.base import AppTable, json_field, utc_field


class Outbox(AppTable, table=True):
    """A pending mutation. mutation_id is per-client monotonic (DESIGN.md §4): AUTOINCREMENT so an id is
    never reused after the outbox empties."""

    __table_args__ = {"sqlite_autoincrement": True}

    mutation_id: int | None = Field(default=None, primary_key=True)
    entity: str
    entity_id: str = Field(index=True)
    op: str
    base_version: int = 0
    fields: dict[str, Any] = json_field()
    tag_adds: list[str] = json_field(default_factory=list)
    tag_removes: list[str] = json_field(default_factory=list)
    client_ts: datetime = utc_field()


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


class SyncRejection(AppTable, table=True):
    __tablename__ = "sync_rejection"

    id: str = Field(primary_key=True)
    mutation_id: int
    entity: str
    entity_id: str
    code: str
    message: str = ""
    payload: dict[str, Any] = json_field()
    at: datetime = utc_field()
