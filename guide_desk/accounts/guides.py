# SPDX-License-Identifier: Apache-2.0
"""Stores and guides: create, list, deactivate (never delete), PIN sign-in."""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from guide_desk.accounts.audit import record_audit
from guide_desk.accounts.pin_lock import clear_pin_lock
from guide_desk.accounts.pin_policy import required_pin_digits
from guide_desk.accounts.pins import hash_pin, validate_pin
from guide_desk.accounts.sign_in import attempt_sign_in
from guide_desk.clock import utcnow
from guide_desk.db.tables import Guide, Store
from guide_desk.errors import Conflict, InvalidInput, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.enums import Role, values

ROLES = values(Role)
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def create_store(
    session: Session, *, code: str, name: str, city: str = "", opens_at: str = "10:00",
    closes_at: str = "22:00", store_id: str | None = None,
) -> Store:
    code, name = code.strip(), name.strip()
    if not code:
        raise InvalidInput("code", "is empty")
    if not name:
        raise InvalidInput("name", "is empty")
    for field, value in (("opens_at", opens_at), ("closes_at", closes_at)):
        if not _HHMM.match(value):
            raise InvalidInput(field, f"'{value}' is not a time like 10:00")
    if opens_at >= closes_at:
        raise InvalidInput("closes_at", "must be after opens_at")
    if session.exec(select(Store).where(Store.code == code)).first() is not None:
        raise Conflict("duplicate_store", f"store code {code} already exists")
    store = Store(id=store_id or uuid7(), code=code, name=name, city=city, opens_at=opens_at, closes_at=closes_at)
    session.add(store)
    session.flush()
    return store


def get_store(session: Session, *, store_id: str) -> Store:
    store = session.get(Store, store_id)
    if store is None:
        raise NotFound("store", store_id)
    return store


def store_by_code(session: Session, *, code: str) -> Store:
    store = session.exec(select(Store).where(Store.code == code)).first()
    if store is None:
        raise NotFound("store", code)
    return store


def create_guide(
    session: Session, *, store_id: str, login: str, name: str, role: str = "guide",
    pin: str | None = None, guide_id: str | None = None,
) -> Guide:
    login, name = login.strip(), name.strip()
    if not login:
        raise InvalidInput("login", "is empty")
    if not name:
        raise InvalidInput("name", "is empty")
    if role not in ROLES:
        raise InvalidInput("role", f"must be one of {', '.join(ROLES)} (got '{role}')")
    if session.get(Store, store_id) is None:
        raise NotFound("store", store_id)
    if session.exec(select(Guide).where(Guide.login == login)).first() is not None:
        raise Conflict("duplicate_guide", f"guide login {login} already exists")
    guide = Guide(
        id=guide_id or uuid7(), store_id=store_id, login=login, name=name, role=role,
        pin_hash=hash_pin(pin) if pin is not None else None, created_at=utcnow(),
    )
    session.add(guide)
    session.flush()
    return guide


def get_guide(session: Session, *, guide_id: str) -> Guide:
    guide = session.get(Guide, guide_id)
    if guide is None:
        raise NotFound("guide", guide_id)
    return guide


def active_guide(session: Session, *, guide_id: str, field: str) -> Guide:
    """The guide named in `field` of a request, who must exist and still be active."""
    try:
        guide = get_guide(session, guide_id=guide_id)
    except NotFound:
        raise InvalidInput(field, f"no guide {guide_id}") from None
    if not guide.active:
        raise InvalidInput(field, f"guide {guide.name} is deactivated")
    return guide


def list_guides(session: Session, *, store_id: str | None = None, include_inactive: bool = False) -> list[Guide]:
    statement = select(Guide).order_by(col(Guide.name))
    if store_id is not None:
        statement = statement.where(Guide.store_id == store_id)
    if not include_inactive:
        statement = statement.where(col(Guide.active).is_(True))
    return list(session.exec(statement))


def set_pin(session: Session, *, guide_id: str, pin: str, by_guide_id: str | None = None,
            it_requires_six: bool = False) -> None:
    """A new PIN, as long as the store's rule asks; it also ends a PIN lockout (the guide proved who they
    are with their server password, or a manager sets it for them)."""
    guide = get_guide(session, guide_id=guide_id)
    validate_pin(pin, min_digits=required_pin_digits(session, store_id=guide.store_id,
                                                     it_requires_six=it_requires_six))
    guide.pin_hash = hash_pin(pin)
    session.add(guide)
    clear_pin_lock(session, guide_id=guide_id)
    record_audit(session, guide_id=by_guide_id or guide_id, action="pin_set", entity="guide", entity_id=guide_id)


_REFUSALS = {"wrong_pin": "is wrong", "not_here": "belongs to a deactivated guide or one of another store",
             "locked": "is locked after too many wrong PINs", "blocked": "is blocked after too many wrong PINs",
             "no_pin": "is not set on this PC"}


def sign_in(session: Session, *, guide_id: str, pin: str) -> Guide:
    """Check a guide's PIN on the shared PC (audited, counted towards the lockout); raises InvalidInput
    when it is refused. The sign-in dialog uses attempt_sign_in, which says why and for how long."""
    result = attempt_sign_in(session, guide_id=guide_id, pin=pin)
    if result.outcome != "ok" or result.guide is None:
        raise InvalidInput("pin", _REFUSALS.get(result.outcome, "is refused"))
    return result.guide


def deactivate_guide(session: Session, *, guide_id: str, by_guide_id: str | None) -> Guide:
    guide = get_guide(session, guide_id=guide_id)
    guide.active = False
    session.add(guide)
    record_audit(session, guide_id=by_guide_id, action="guide_deactivated", entity="guide", entity_id=guide_id)
    return guide
