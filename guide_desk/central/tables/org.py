# SPDX-License-Identifier: Apache-2.0
"""Stores, guides, devices and tokens, and the sync bookkeeping: the version counter, per-client mutation
state, rejected mutations, aliases of merged records, scope exits and conflict records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index
from sqlalchemy import true as sa_true

from guide_desk.central.tables.base import CentralTable, Field, utc_field, version_field
from guide_desk.model.org import GuideBase, StoreBase
from guide_desk.model.rejections import RejectionBase


class Store(StoreBase, CentralTable, table=True):
    """A store. `store_wide_view` off: each PC pulls only the customers of the guides signed in on it (a
    manager's session there shows the whole store); `scope_epoch` moves whenever a customer changes hands in
    such a store, so its PCs download their scope again."""

    __table_args__ = (Index("ix_store_version", "version"),)

    store_wide_view: bool = Field(default=True, sa_column_kwargs={"server_default": sa_true()})
    scope_epoch: int = Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})
    version: int = version_field()


class Guide(GuideBase, CentralTable, table=True):
    """A guide, manager or HQ user; `login` is what they type to sign in. Deactivated, never deleted."""

    __table_args__ = (Index("ix_guide_version", "version"),)

    password_hash: str
    created_at: datetime = utc_field()
    version: int = version_field()


class Device(CentralTable, table=True):
    """An enrolled store PC. Only the sha256 of its token is stored; revoking it refuses it at once.
    `scope_key`: the pull scope its last full download was made for (NULL: the whole store)."""

    id: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id", index=True)
    name: str = ""
    token_hash: str = Field(unique=True)
    created_at: datetime = utc_field()
    revoked_at: datetime | None = utc_field(nullable=True)
    scope_key: str | None = None


class EnrolmentCode(CentralTable, table=True):
    __tablename__ = "enrolment_code"

    code_hash: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id")
    created_at: datetime = utc_field()
    expires_at: datetime = utc_field()
    used_at: datetime | None = utc_field(nullable=True)
    device_id: str | None = None


class GuideSession(CentralTable, table=True):
    """A guide signed in on a device: a short-lived access token and a rotating refresh token (hashed)."""

    __tablename__ = "guide_session"

    id: str = Field(primary_key=True)
    guide_id: str = Field(foreign_key="guide.id", index=True)
    device_id: str = Field(foreign_key="device.id", index=True)
    access_hash: str = Field(unique=True)
    access_expires_at: datetime = utc_field()
    refresh_hash: str = Field(unique=True)
    refresh_expires_at: datetime = utc_field()
    created_at: datetime = utc_field()
    revoked_at: datetime | None = utc_field(nullable=True)


class SyncCounter(CentralTable, table=True):
    """The tenant's server_version, locked by every write transaction so version order is commit order.
    `purged_through`: tombstones up to this version are gone; an older cursor must resync (410)."""

    __tablename__ = "sync_counter"

    tenant: str = Field(primary_key=True)
    version: int = Field(default=0, sa_type=BigInteger)
    purged_through: int = Field(default=0, sa_type=BigInteger)


class ClientState(CentralTable, table=True):
    """The last mutation applied per client (one client = one device's database)."""

    __tablename__ = "client_state"

    client_id: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id")
    device_id: str
    last_mutation_id: int = Field(default=0, sa_type=BigInteger)
    updated_at: datetime = utc_field()


class Rejection(RejectionBase, CentralTable, table=True):
    """Kept whole so IT can see (and replay) it."""

    client_id: str = Field(index=True)
    mutation_id: int = Field(sa_type=BigInteger)
    guide_id: str | None = None
    op: str


class Alias(CentralTable, table=True):
    """A record merged into another (a colliding create): later mutations naming it reach the survivor."""

    entity: str = Field(primary_key=True)
    alias_id: str = Field(primary_key=True)
    target_id: str
    at: datetime = utc_field()


class ScopeExit(CentralTable, table=True):
    """A row that left a store's scope (reassignment), pulled by that store as removed_from_scope."""

    __tablename__ = "scope_exit"
    __table_args__ = (Index("ix_scope_exit_store_version", "store_id", "version"),
                      Index("ix_scope_exit_version", "version"))

    id: str = Field(primary_key=True)
    store_id: str
    entity: str
    entity_id: str
    at: datetime = utc_field()
    version: int = version_field()


class ConflictRecord(CentralTable, table=True):
    """A field changed on two devices: the later arrival is kept, the loser is kept here for review."""

    __tablename__ = "conflict_record"
    __table_args__ = (Index("ix_conflict_store_version", "store_id", "version"),
                      Index("ix_conflict_version", "version"))

    id: str = Field(primary_key=True)
    store_id: str
    entity: str
    entity_id: str = Field(index=True)
    field: str
    kept: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    lost: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    lost_by_guide_id: str | None = None
    at: datetime = utc_field()
    version: int = version_field()
