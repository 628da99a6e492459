# SPDX-License-Identifier: Apache-2.0
"""Wrong PINs lock a guide out on this PC (DESIGN.md §4: wrong PINs back off per account).

Every LOCK_EVERY wrong PINs in a row lock the PIN for FIRST_LOCK, doubling each time; at BLOCK_AFTER the
PIN stops working altogether until the guide signs in with their server password (where the PC is
enrolled) or a store manager unlocks them. While locked, a typed PIN is not even checked. A right PIN
clears the count. The state lives in pin_lock (local, survives restarts); lockouts are audited."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from guide_desk.accounts.audit import record_audit
from guide_desk.clock import utcnow
from guide_desk.db.tables import Guide, PinLock
from guide_desk.errors import NotAllowed, NotFound

LOCK_EVERY = 5
FIRST_LOCK = timedelta(minutes=1)
BLOCK_AFTER = 10


@dataclass(frozen=True)
class PinLockState:
    failures: int = 0
    locked_until: datetime | None = None

    @property
    def blocked(self) -> bool:
        """The PIN no longer works: only the server password or a manager brings it back."""
        return self.failures >= BLOCK_AFTER

    def wait_s(self, now: datetime | None = None) -> int:
        """Seconds until the PIN may be tried again (0: now)."""
        if self.locked_until is None:
            return 0
        return max(0, math.ceil((self.locked_until - (now or utcnow())).total_seconds()))

    @property
    def tries_left(self) -> int:
        """Wrong PINs still allowed before the next lock."""
        return LOCK_EVERY - self.failures % LOCK_EVERY


def lock_length(failures: int) -> timedelta:
    """The lock after the `failures`-th wrong PIN in a row: 1 min at 5, doubling every further 5."""
    if failures < LOCK_EVERY or failures % LOCK_EVERY:
        return timedelta(0)
    doubled: timedelta = FIRST_LOCK * 2 ** (failures // LOCK_EVERY - 1)
    return doubled


def pin_lock_state(session: Session, *, guide_id: str) -> PinLockState:
    row = session.get(PinLock, guide_id)
    return PinLockState() if row is None else PinLockState(row.failures, row.locked_until)


def count_wrong_pin(session: Session, *, guide_id: str) -> PinLockState:
    """One more wrong PIN; locks (and audits the lock) when the count reaches the next step."""
    now = utcnow()
    row = session.get(PinLock, guide_id) or PinLock(guide_id=guide_id, failures=0, updated_at=now)
    row.failures += 1
    row.updated_at = now
    length = lock_length(row.failures)
    if row.failures >= BLOCK_AFTER:
        row.locked_until = None
        record_audit(session, guide_id=guide_id, action="pin_blocked", entity="guide", entity_id=guide_id,
                     detail={"failures": row.failures})
    elif length:
        row.locked_until = now + length
        record_audit(session, guide_id=guide_id, action="pin_locked", entity="guide", entity_id=guide_id,
                     detail={"failures": row.failures, "locked_s": int(length.total_seconds())})
    session.add(row)
    session.flush()
    return PinLockState(row.failures, row.locked_until)


def clear_pin_lock(session: Session, *, guide_id: str) -> None:
    """A right PIN, or the server password: count from zero again."""
    row = session.get(PinLock, guide_id)
    if row is not None:
        session.delete(row)
        session.flush()


def unlock_pin(session: Session, *, guide_id: str, by_guide_id: str) -> None:
    """A store manager (of the guide's store) or HQ lets a locked-out guide use their PIN again."""
    guide, by = session.get(Guide, guide_id), session.get(Guide, by_guide_id)
    if guide is None:
        raise NotFound("guide", guide_id)
    if by is None or not by.active or not (by.role == "hq" or (by.role == "manager" and by.store_id == guide.store_id)):
        raise NotAllowed("only a manager of this guide's store may unlock their PIN")
    clear_pin_lock(session, guide_id=guide_id)
    record_audit(session, guide_id=by_guide_id, action="pin_unlocked", entity="guide", entity_id=guide_id)


def locked_guides(session: Session, *, store_id: str) -> list[tuple[Guide, PinLockState]]:
    """The store's active guides whose PIN is locked or blocked now, by name (for the manager's list)."""
    now = utcnow()
    rows = session.exec(select(Guide, PinLock).join(PinLock, col(PinLock.guide_id) == col(Guide.id))
                        .where(col(Guide.store_id) == store_id, col(Guide.active).is_(True))
                        .order_by(col(Guide.name))).all()
    states = [(guide, PinLockState(lock.failures, lock.locked_until)) for guide, lock in rows]
    return [(guide, state) for guide, state in states if state.blocked or state.wait_s(now) > 0]
