# SPDX-License-Identifier: Apache-2.0
"""Guides, roles, PINs and the audit trail of sign-ins on the shared store PC."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from guide_desk.accounts.audit import list_audit
from guide_desk.accounts.guides import create_guide, create_store, deactivate_guide, list_guides, set_pin, sign_in
from guide_desk.accounts.pins import hash_pin, verify_pin
from guide_desk.db.tables import Guide
from guide_desk.errors import Conflict, InvalidInput


@pytest.mark.parametrize(
    ("pin", "problem"),
    [("123", "4–8 digits"), ("123456789", "4–8 digits"), ("12a4", "digits only"), ("0000", "repeat")],
)
def test_weak_or_malformed_pins_are_refused(pin: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        hash_pin(pin)
    assert raised.value.field == "pin" and problem in raised.value.problem


def test_pin_is_stored_salted_and_slow() -> None:
    first, second = hash_pin("1357"), hash_pin("1357")
    assert first != second and "1357" not in first
    assert first.startswith("scrypt$16384$")
    assert verify_pin("1357", first) and not verify_pin("1358", first)
    assert not verify_pin("1357", "garbage")


def test_sign_in_checks_the_pin_and_audits_every_attempt(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="wrong"):
        sign_in(session, guide_id=org.guide.id, pin="2468")
    assert sign_in(session, guide_id=org.guide.id, pin="1357").id == org.guide.id
    actions = [e.action for e in list_audit(session, guide_id=org.guide.id)]
    assert sorted(actions) == ["login", "login_failed"]


def test_changing_a_pin_replaces_the_old_one(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    set_pin(session, guide_id=org.guide.id, pin="8642", by_guide_id=org.manager.id)
    with pytest.raises(InvalidInput):
        sign_in(session, guide_id=org.guide.id, pin="1357")
    assert sign_in(session, guide_id=org.guide.id, pin="8642")


def test_a_deactivated_guide_keeps_their_name_but_cannot_sign_in(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    deactivate_guide(session, guide_id=org.other.id, by_guide_id=org.manager.id)
    with pytest.raises(InvalidInput, match="deactivated"):
        sign_in(session, guide_id=org.other.id, pin="2468")
    assert org.other.id not in {g.id for g in list_guides(session, store_id=org.store.id)}
    everyone = list_guides(session, store_id=org.store.id, include_inactive=True)
    assert "赵导购" in {g.name for g in everyone}
    assert list_audit(session, action="guide_deactivated")[0].guide_id == org.manager.id


def test_bad_guide_and_store_input_names_the_field(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as raised:
        create_guide(session, store_id=org.store.id, login="g9", name="新人", role="boss")
    assert raised.value.field == "role"
    with pytest.raises(Conflict):
        create_guide(session, store_id=org.store.id, login="g1", name="重名")
    with pytest.raises(InvalidInput) as raised:
        create_store(session, code="BJ01", name="北京店", opens_at="22:00", closes_at="10:00")
    assert raised.value.field == "closes_at"
    with pytest.raises(InvalidInput) as raised:
        create_guide(session, store_id=org.store.id, login="g9", name="新人", pin="12")
    assert raised.value.field == "pin"
    assert session.exec(select(Guide).where(Guide.login == "g9")).first() is None
