# SPDX-License-Identifier: Apache-2.0
"""Backoff for wrong server passwords (DESIGN.md §4), per account and per device.

After LOCK_AFTER consecutive failures a key is locked for FIRST_LOCK, and every further failure once the
lock has run out doubles it, up to MAX_LOCK. While locked, sign-ins on that key are answered 429 with
Retry-After without looking at the password. An account key is the login as typed, whether or not it
exists, so a lockout never tells which logins do; the device key catches one PC trying many logins. A
correct password resets the account's counter; failures are forgotten after FORGET_AFTER without one.
Every failure, lockout and refusal is written to sign_in_event and logged."""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from guide_desk.central.engine import write_tx
from guide_desk.central.errors import ApiError
from guide_desk.central.tables import LoginBackoff, SignInEvent, table
from guide_desk.clock import utcnow
from guide_desk.ids import uuid7

log = logging.getLogger(__name__)
LOCK_AFTER = 5
FIRST_LOCK = timedelta(minutes=1)
MAX_LOCK = timedelta(hours=1)
FORGET_AFTER = timedelta(hours=24)
_backoff, _event = table(LoginBackoff), table(SignInEvent)


def account_key(login: str) -> str:
    return f"account:{login}"


def device_key(device_id: str) -> str:
    return f"device:{device_id}"


def lock_length(failures: int) -> timedelta:
    """How long a key is locked after its `failures`-th consecutive failure (zero below LOCK_AFTER)."""
    if failures < LOCK_AFTER:
        return timedelta(0)
    doubled: timedelta = FIRST_LOCK * 2 ** min(failures - LOCK_AFTER, 16)
    return min(MAX_LOCK, doubled)


def _audit(conn: Connection, now: datetime, action: str, *, login: str, device_id: str, guide_id: str | None,
           detail: dict[str, Any] | None = None) -> None:
    conn.execute(insert(_event).values(id=uuid7(), at=now, action=action, login=login, device_id=device_id,
                                       guide_id=guide_id, detail=detail or {}))


def _too_many(seconds: int) -> ApiError:
    minutes = max(1, math.ceil(seconds / 60))
    return ApiError(429, "too_many_attempts",
                    f"too many failed sign-ins; try again in {minutes} minute{'s' if minutes > 1 else ''}",
                    headers={"Retry-After": str(seconds)})


def refuse_if_locked(engine: Engine, *, login: str, device_id: str) -> None:
    """Raise 429 (too_many_attempts, Retry-After) when the login or the device is locked."""
    now = utcnow()
    keys = [account_key(login), device_key(device_id)]
    with engine.connect() as conn:
        until = conn.execute(select(_backoff.c.locked_until).where(
            _backoff.c.key.in_(keys), _backoff.c.locked_until > now)).scalars().all()
    if not until:
        return
    seconds = max(1, math.ceil((max(until) - now).total_seconds()))
    with write_tx(engine) as tx:
        _audit(tx.conn, tx.now, "sign_in_refused_locked", login=login, device_id=device_id, guide_id=None,
               detail={"retry_after_s": seconds})
    raise _too_many(seconds)


def _count(conn: Connection, now: datetime, key: str) -> tuple[int, datetime | None]:
    """One more failure on `key`: (failures now, locked until — set only when this failure locks it)."""
    row = conn.execute(select(_backoff).where(_backoff.c.key == key)).first()
    failures = 1 if row is None or now - row.last_failure_at > FORGET_AFTER else row.failures + 1
    length = lock_length(failures)
    locked_until = now + length if length else None
    values = {"failures": failures, "last_failure_at": now, "locked_until": locked_until}
    if row is None:
        conn.execute(insert(_backoff).values(key=key, **values))
    else:
        conn.execute(update(_backoff).where(_backoff.c.key == key).values(**values))
    return failures, locked_until


def record_failure(engine: Engine, *, login: str, device_id: str, guide_id: str | None) -> None:
    """A wrong password (or an unknown or deactivated login): count it on the account and the device."""
    with write_tx(engine) as tx:
        _audit(tx.conn, tx.now, "sign_in_failed", login=login, device_id=device_id, guide_id=guide_id)
        for key in (account_key(login), device_key(device_id)):
            failures, locked_until = _count(tx.conn, tx.now, key)
            if locked_until is not None:
                seconds = int((locked_until - tx.now).total_seconds())
                _audit(tx.conn, tx.now, "sign_in_locked", login=login, device_id=device_id, guide_id=guide_id,
                       detail={"key": key.split(":", 1)[0], "failures": failures, "locked_s": seconds})
                log.warning("sign-in locked for %s s after %s failures (%s, device %s)", seconds, failures,
                            key.split(":", 1)[0], device_id)


def record_success(engine: Engine, *, login: str) -> None:
    """The right password: the account starts counting from zero again (the device keeps its count)."""
    key = account_key(login)
    with engine.connect() as conn:
        if conn.execute(select(_backoff.c.key).where(_backoff.c.key == key)).first() is None:
            return
    with write_tx(engine) as tx:
        tx.conn.execute(delete(_backoff).where(_backoff.c.key == key))
