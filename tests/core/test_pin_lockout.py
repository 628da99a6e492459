# SPDX-License-Identifier: Apache-2.0
"""PIN sign-in on the shared PC: wrong PINs lock the guide out (and survive a restart), ten block the PIN
until a manager unlocks it or the guide sets a new one after their password; a store can require 6-digit
PINs; the PC offers only its own store's active guides."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session

from guide_desk.accounts.audit import list_audit
from guide_desk.accounts.guides import create_guide, create_store, deactivate_guide, set_pin
from guide_desk.accounts.pin_lock import locked_guides, pin_lock_state, unlock_pin
from guide_desk.accounts.pin_policy import set_six_digit_pins
from guide_desk.accounts.sign_in import PcScope, attempt_sign_in, pc_scope, sign_in_roster
from guide_desk.clock import utcnow
from guide_desk.db import replica
from guide_desk.db.engine import transaction
from guide_desk.db.tables import PinLock
from guide_desk.errors import InvalidInput, NotAllowed


def _attempt(engine: Engine, guide_id: str, pin: str) -> tuple[str, int]:
    """One attempt in its own committed unit of work, as the sign-in dialog makes it."""
    with transaction(engine) as session:
        result = attempt_sign_in(session, guide_id=guide_id, pin=pin)
    return result.outcome, result.wait_s


def _lock_runs_out(engine: Engine) -> None:
    with transaction(engine) as session:
        session.execute(update(PinLock).values(locked_until=utcnow() - timedelta(seconds=1)))


def test_five_wrong_pins_lock_for_a_minute_even_the_right_pin(engine: Engine, org) -> None:  # type: ignore[no-untyped-def]
    outcomes = [_attempt(engine, org.guide.id, "9999")[0] for _ in range(4)]
    assert outcomes == ["wrong_pin"] * 4
    outcome, wait = _attempt(engine, org.guide.id, "9999")
    assert outcome == "locked" and 55 <= wait <= 60
    outcome, wait = _attempt(engine, org.guide.id, "1357")
    assert outcome == "locked" and wait > 0, "while locked the PIN is not even checked"
    assert _attempt(engine, org.other.id, "2468")[0] == "ok", "only that guide is locked"
    with Session(engine) as session:
        assert [e.action for e in list_audit(session, action="pin_locked")] == ["pin_locked"]
    _lock_runs_out(engine)
    assert _attempt(engine, org.guide.id, "1357")[0] == "ok"
    with Session(engine) as session:
        assert pin_lock_state(session, guide_id=org.guide.id).failures == 0, "a right PIN clears the count"


def test_ten_wrong_pins_block_the_pin_until_a_manager_unlocks_it(engine: Engine, data_dir, org) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        _attempt(engine, org.guide.id, "9999")
    _lock_runs_out(engine)
    assert [_attempt(engine, org.guide.id, "9999")[0] for _ in range(5)] == ["wrong_pin"] * 4 + ["blocked"]
    _lock_runs_out(engine)
    engine.dispose()  # a restart: the state is in the database, not in memory
    assert _attempt(engine, org.guide.id, "1357")[0] == "blocked"
    with transaction(engine) as session:
        assert [g.id for g, state in locked_guides(session, store_id=org.store.id) if state.blocked] == [org.guide.id]
        with pytest.raises(NotAllowed):
            unlock_pin(session, guide_id=org.guide.id, by_guide_id=org.other.id)
        unlock_pin(session, guide_id=org.guide.id, by_guide_id=org.manager.id)
        assert list_audit(session, action="pin_unlocked")[0].guide_id == org.manager.id
        assert [e.action for e in list_audit(session, action="pin_blocked")] == ["pin_blocked"]
    assert _attempt(engine, org.guide.id, "1357")[0] == "ok"


def test_a_new_pin_after_the_password_ends_the_block(engine: Engine, org) -> None:  # type: ignore[no-untyped-def]
    for _ in range(10):
        _attempt(engine, org.guide.id, "9999")
        _lock_runs_out(engine)
    assert _attempt(engine, org.guide.id, "1357")[0] == "blocked"
    with transaction(engine) as session:
        set_pin(session, guide_id=org.guide.id, pin="8642")
    assert _attempt(engine, org.guide.id, "8642")[0] == "ok"


def test_a_six_digit_store_refuses_short_new_pins_and_asks_for_a_new_one_at_sign_in(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    first = attempt_sign_in(session, guide_id=org.guide.id, pin="1357")
    assert first.outcome == "ok" and not first.must_change_pin
    set_six_digit_pins(session, store_id=org.store.id, required=True, by_guide_id=org.manager.id)
    again = attempt_sign_in(session, guide_id=org.guide.id, pin="1357")
    assert again.outcome == "ok" and again.must_change_pin, "the old PIN proves who they are once more"
    with pytest.raises(InvalidInput, match="6–8 digits"):
        set_pin(session, guide_id=org.guide.id, pin="2468")
    set_pin(session, guide_id=org.guide.id, pin="246813")
    assert not attempt_sign_in(session, guide_id=org.guide.id, pin="246813").must_change_pin
    it_rule = attempt_sign_in(session, guide_id=org.other.id, pin="2468", it_requires_six=True)
    assert it_rule.must_change_pin, "IT's machine config requires six digits too"
    assert list_audit(session, action="pin_policy_changed")[0].detail == {"six_digit_pins": True}


def test_a_store_pc_offers_and_signs_in_only_its_own_stores_active_guides(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    hangzhou = create_store(session, code="HZ01", name="杭州湖滨店")
    visitor = create_guide(session, store_id=hangzhou.id, login="h1", name="阿杭", pin="1470")
    hq = create_guide(session, store_id=hangzhou.id, login="hq1", name="总部小周", role="hq", pin="3690")
    deactivate_guide(session, guide_id=org.other.id, by_guide_id=org.manager.id)
    replica.set_state(session, "store_code", "SH01")  # enrolled for SH01; no store_code in the config
    scope = pc_scope(session, store_code=None)
    assert {g.login for g in sign_in_roster(session, scope=scope)} == {"m1", "g1"}
    assert attempt_sign_in(session, guide_id=visitor.id, pin="1470", scope=scope).outcome == "not_here"
    assert attempt_sign_in(session, guide_id=org.guide.id, pin="1357", scope=scope).outcome == "ok"
    with_hq = pc_scope(session, store_code=None, hq_allowed=True)
    assert {g.login for g in sign_in_roster(session, scope=with_hq)} == {"m1", "g1", "hq1"}
    assert attempt_sign_in(session, guide_id=hq.id, pin="3690", scope=with_hq).outcome == "ok"
    hz_pc = pc_scope(session, store_code="HZ01")
    assert [g.login for g in sign_in_roster(session, scope=hz_pc)] == ["h1"]
    assert sign_in_roster(session, scope=pc_scope(session, store_code="XX99")) == [], "unknown store: nobody"
    assert {g.login for g in sign_in_roster(session, scope=PcScope(None))} == {"m1", "g1", "h1"}
