# SPDX-License-Identifier: Apache-2.0
"""Signing in on the shared store PC: who may (the PC's own store's active guides, plus HQ staff where IT
allows it) and one PIN attempt with its lockout (accounts/pin_lock.py) and PIN-length rule
(accounts/pin_policy.py). An attempt returns what happened instead of raising, so the caller commits the
wrong-PIN count and the audit entry even when the answer is no."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlmodel import Session, col, or_, select

from guide_desk.accounts.audit import record_audit
from guide_desk.accounts.pin_lock import clear_pin_lock, count_wrong_pin, pin_lock_state
from guide_desk.accounts.pin_policy import required_pin_digits
from guide_desk.accounts.pins import verify_pin
from guide_desk.db import replica
from guide_desk.db.tables import Guide, Store

Outcome = Literal["ok", "wrong_pin", "locked", "blocked", "no_pin", "not_here"]


@dataclass(frozen=True)
class SignInResult:
    outcome: Outcome
    guide: Guide | None = None
    wait_s: int = 0
    """locked: seconds until the PIN may be tried again."""
    tries_left: int = 0
    """wrong_pin: wrong PINs still allowed before the next lock."""
    must_change_pin: bool = False
    """ok: the store requires longer PINs than this one; the guide chooses a new one now."""


@dataclass(frozen=True)
class PcScope:
    """Whose sign-in this PC takes: `store_id` None means no store is known (a PC not set up for a store:
    every store's guides)."""

    store_id: str | None
    hq_allowed: bool = False

    def admits(self, guide: Guide) -> bool:
        if not guide.active:
            return False
        if guide.role == "hq":
            return self.hq_allowed
        return self.store_id is None or guide.store_id == self.store_id


def pc_scope(session: Session, *, store_code: str | None, hq_allowed: bool = False) -> PcScope:
    """The PC's store: the configured store code, else the one it is enrolled for. A code whose store has
    not arrived yet admits nobody but HQ (never another store's guides)."""
    code = store_code or replica.get_state(session, "store_code")
    if not code:
        return PcScope(None, hq_allowed)
    store = session.exec(select(Store).where(Store.code == code)).first()
    return PcScope(store.id if store is not None else f"unknown:{code}", hq_allowed)


def sign_in_roster(session: Session, *, scope: PcScope) -> list[Guide]:
    """The names the sign-in picker offers, by name."""
    statement = select(Guide).where(col(Guide.active).is_(True)).order_by(col(Guide.name))
    if not scope.hq_allowed:
        statement = statement.where(col(Guide.role) != "hq")
    if scope.store_id is not None:
        statement = statement.where(or_(col(Guide.store_id) == scope.store_id, col(Guide.role) == "hq"))
    return list(session.exec(statement))


def attempt_sign_in(session: Session, *, guide_id: str, pin: str, scope: PcScope | None = None,
                    it_requires_six: bool = False) -> SignInResult:
    """One PIN attempt, audited (login / login_failed; pin_locked / pin_blocked when it locks)."""
    guide = session.get(Guide, guide_id)
    if guide is None or not (scope or PcScope(None, True)).admits(guide):
        record_audit(session, guide_id=guide.id if guide else None, action="login_failed", entity="guide",
                     entity_id=guide_id, detail={"reason": "not_here"})
        return SignInResult("not_here")
    lock = pin_lock_state(session, guide_id=guide_id)
    if lock.blocked:
        return SignInResult("blocked", guide)
    if lock.wait_s() > 0:
        return SignInResult("locked", guide, wait_s=lock.wait_s())
    if guide.pin_hash is None:
        return SignInResult("no_pin", guide)
    if not verify_pin(pin, guide.pin_hash):
        record_audit(session, guide_id=guide_id, action="login_failed", entity="guide", entity_id=guide_id)
        lock = count_wrong_pin(session, guide_id=guide_id)
        if lock.blocked:
            return SignInResult("blocked", guide)
        if lock.wait_s() > 0:
            return SignInResult("locked", guide, wait_s=lock.wait_s())
        return SignInResult("wrong_pin", guide, tries_left=lock.tries_left)
    clear_pin_lock(session, guide_id=guide_id)
    record_audit(session, guide_id=guide_id, action="login", entity="guide", entity_id=guide_id)
    digits = required_pin_digits(session, store_id=guide.store_id, it_requires_six=it_requires_six)
    return SignInResult("ok", guide, must_change_pin=len(pin) < digits)
