# SPDX-License-Identifier: Apache-2.0
"""IT and HQ administration: stores, guides, enrolment codes, device revocation, tombstone purging.

Used by `guide-desk central admin …` and by tests. Bad input raises InvalidInput (the CLI exits 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, delete, func, insert, select, update

from guide_desk.central.engine import counter_state, write_tx
from guide_desk.central.security import hash_password, new_enrolment_code, normalise_code, token_hash
from guide_desk.central.sessions import end_sessions
from guide_desk.central.settings import CentralSettings
from guide_desk.central.tables import (
    TENANT,
    Device,
    EnrolmentCode,
    Guide,
    ScopeExit,
    Store,
    SyncCounter,
    Tag,
    TagGroup,
    table,
)
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.enums import Role, values

_store, _guide, _device, _code = table(Store), table(Guide), table(Device), table(EnrolmentCode)
_exit, _tag, _group, _counter = table(ScopeExit), table(Tag), table(TagGroup), table(SyncCounter)
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
MIN_PASSWORD = 8


def _store_id(engine: Engine, code: str) -> str:
    with engine.connect() as conn:
        store_id = conn.execute(select(_store.c.id).where(_store.c.code == code)).scalar()
    if store_id is None:
        raise InvalidInput("store", f"no store with code {code}")
    return str(store_id)


def create_store(engine: Engine, *, code: str, name: str, city: str = "", timezone: str = "Asia/Shanghai",
                 opens_at: str = "10:00", closes_at: str = "22:00", store_id: str | None = None) -> str:
    """A new store; `store_id` keeps an id the store already has elsewhere (moving existing data in)."""
    code, name = code.strip(), name.strip()
    if not _CODE.match(code):
        raise InvalidInput("code", f"'{code}' must be 1–32 letters, digits, - or _")
    if not name:
        raise InvalidInput("name", "is empty")
    for field, value in (("opens_at", opens_at), ("closes_at", closes_at)):
        if not _HHMM.match(value):
            raise InvalidInput(field, f"'{value}' is not a time like 10:00")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("timezone", f"unknown time zone {timezone}") from None
    with write_tx(engine) as tx:
        if tx.conn.execute(select(_store.c.id).where(_store.c.code == code)).first() is not None:
            raise InvalidInput("code", f"store {code} already exists")
        store_id = store_id or uuid7()
        tx.conn.execute(insert(_store).values(id=store_id, code=code, name=name, city=city.strip(), timezone=timezone,
                                              opens_at=opens_at, closes_at=closes_at, version=tx.next_version()))
    return store_id


def create_guide(engine: Engine, *, store_code: str, login: str, name: str, role: str, password: str,
                 guide_id: str | None = None) -> str:
    login, name = login.strip(), name.strip()
    if not login or len(login) > 64:
        raise InvalidInput("guide", "must be 1–64 characters")
    if not name:
        raise InvalidInput("name", "is empty")
    if role not in values(Role):
        raise InvalidInput("role", f"must be one of {', '.join(values(Role))} (got '{role}')")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("password", f"must be at least {MIN_PASSWORD} characters")
    store_id = _store_id(engine, store_code)
    password_hash = hash_password(password)
    with write_tx(engine) as tx:
        if tx.conn.execute(select(_guide.c.id).where(_guide.c.login == login)).first() is not None:
            raise InvalidInput("guide", f"guide {login} already exists")
        guide_id = guide_id or uuid7()
        tx.conn.execute(insert(_guide).values(id=guide_id, store_id=store_id, login=login, name=name, role=role,
                                              password_hash=password_hash, active=True, created_at=tx.now,
                                              version=tx.next_version()))
    return guide_id


def issue_enrolment_code(engine: Engine, *, store_code: str, ttl: timedelta | None = None) -> str:
    """A one-time code IT types on the store PC (with the store code) to enrol it."""
    store_id = _store_id(engine, store_code)
    code = new_enrolment_code()
    with write_tx(engine) as tx:
        tx.conn.execute(insert(_code).values(
            code_hash=token_hash(normalise_code(code)), store_id=store_id, created_at=tx.now,
            expires_at=tx.now + (ttl or timedelta(seconds=CentralSettings().enrol_code_ttl_s))))
    return code


def revoke_device(engine: Engine, *, device_id: str) -> None:
    """Refuse the device and every guide session on it from the next request on."""
    with write_tx(engine) as tx:
        found = tx.conn.execute(update(_device).where(_device.c.id == device_id, _device.c.revoked_at.is_(None))
                                .values(revoked_at=tx.now)).rowcount
        if not found and tx.conn.execute(select(_device.c.id).where(_device.c.id == device_id)).first() is None:
            raise NotFound("device", device_id)
        end_sessions(tx.conn, tx.now, device_id=device_id)


def set_guide_active(engine: Engine, *, login: str, active: bool) -> None:
    """Deactivate (or reactivate) a guide; deactivating ends their sessions on every device at once."""
    with write_tx(engine) as tx:
        guide_id = tx.conn.execute(select(_guide.c.id).where(_guide.c.login == login)).scalar()
        if guide_id is None:
            raise NotFound("guide", login)
        tx.conn.execute(update(_guide).where(_guide.c.id == guide_id, _guide.c.active != active)
                        .values(active=active, version=tx.next_version()))
        if not active:
            end_sessions(tx.conn, tx.now, guide_id=guide_id)


def set_store_wide_view(engine: Engine, *, store_code: str, on: bool) -> None:
    """Whether the store's PCs pull every customer of the store (on, the default) or only those of the guides
    signed in on each PC (off; a manager signed in there still sees the whole store). The PCs whose scope
    changes download their scope again on their next sync."""
    store_id = _store_id(engine, store_code)
    with write_tx(engine) as tx:
        tx.conn.execute(update(_store).where(_store.c.id == store_id).values(store_wide_view=on))


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    store_code: str
    name: str
    created_at: datetime
    revoked: bool


def list_devices(engine: Engine, *, store_code: str | None = None) -> list[DeviceInfo]:
    statement = (select(_device.c.id, _store.c.code, _device.c.name, _device.c.created_at, _device.c.revoked_at)
                 .join(_store, _store.c.id == _device.c.store_id).order_by(_device.c.created_at))
    if store_code is not None:
        statement = statement.where(_store.c.code == store_code)
    with engine.connect() as conn:
        rows = conn.execute(statement).all()
    return [DeviceInfo(r.id, r.code, r.name, r.created_at, r.revoked_at is not None) for r in rows]


def purge_tombstones(engine: Engine, *, older_than: timedelta) -> int:
    """Forget tombstones and scope exits older than `older_than`; cursors from before them get 410."""
    with write_tx(engine) as tx:
        cutoff = tx.now - older_than
        purged = 0
        newest = 0
        for tbl, stamp, where in ((_exit, _exit.c.at, None), (_tag, _tag.c.deleted_at, _tag.c.deleted),
                                  (_group, _group.c.deleted_at, _group.c.deleted)):
            condition = stamp < cutoff if where is None else where.is_(True) & (stamp < cutoff)
            newest = max(newest, int(tx.conn.execute(select(func.coalesce(func.max(tbl.c.version), 0))
                                                     .where(condition)).scalar_one()))
            purged += tx.conn.execute(delete(tbl).where(condition)).rowcount
        if newest:
            tx.conn.execute(update(_counter).where(_counter.c.tenant == TENANT, _counter.c.purged_through < newest)
                            .values(purged_through=newest))
    return purged


RESTORE_JUMP = 10**12
"""How far the version counter leaps after a restore: past any version a device can have seen before it."""


def mark_restored(engine: Engine) -> int:
    """After the database was restored from a backup: the versions devices hold no longer mean the same
    rows, so the counter leaps ahead and every earlier cursor gets 410 — each PC downloads everything again
    and re-sends the edits the backup lost (it keeps them for a week). Returns the new version."""
    with write_tx(engine) as tx:
        version, _purged = counter_state(tx.conn)
        leap = version + RESTORE_JUMP
        tx.conn.execute(update(_counter).where(_counter.c.tenant == TENANT).values(version=leap, purged_through=leap))
    return leap
