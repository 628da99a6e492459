# SPDX-License-Identifier: Apache-2.0
"""The session lifecycle: booked → done | no_show | cancelled, with reschedules while booked.

Each verb validates everything (arguments, then the slot through `conflicts.check_slot`) before it writes,
then records the outbox mutation with the changed fields in the caller's transaction. Every change a
customer would see in a calendar invite (reschedule, cancellation) bumps `sequence`, as iCalendar's
SEQUENCE does. Any active guide of the store may book and manage the store's sessions (the front desk books
for colleagues); HQ may everywhere.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlparse

from sqlmodel import Session

from guide_desk.accounts.guides import active_guide, get_guide
from guide_desk.appointments.conflicts import check_slot, check_span
from guide_desk.clock import require_aware, utcnow
from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import Appointment, AppointmentChange, Customer, Guide
from guide_desk.errors import Conflict, InvalidInput, NotAllowed, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op, SessionKind, values

KINDS = values(SessionKind)


def get_appointment(session: Session, *, appointment_id: str) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound("appointment", appointment_id)
    return appointment


def _stamp(now: datetime | None) -> datetime:
    return require_aware("now", now) if now is not None else utcnow()


def _ends(starts_at: datetime, ends_at: datetime | None, duration: timedelta | None) -> datetime:
    if ends_at is not None and duration is not None:
        raise InvalidInput("duration", "give ends_at or duration, not both")
    if duration is not None:
        if duration <= timedelta(0):
            raise InvalidInput("duration", "must be longer than zero")
        return starts_at + duration
    if ends_at is None:
        raise InvalidInput("ends_at", "is required (or give duration)")
    return ends_at


def require_store_guide(session: Session, by_guide_id: str, store_id: str) -> Guide:
    actor = get_guide(session, guide_id=by_guide_id)
    if not actor.active:
        raise NotAllowed(f"guide {actor.name} is deactivated")
    if actor.role != "hq" and actor.store_id != store_id:
        raise NotAllowed(f"{actor.name} may only manage sessions of their own store")
    return actor


def _save(session: Session, appointment: Appointment, op: Op, fields: dict[str, Any]) -> Appointment:
    session.add(appointment)
    record_mutation(session, entity=Entity.APPOINTMENT, entity_id=appointment.id, op=op,
                    base_version=appointment.server_version, fields=fields)
    session.flush()
    return appointment


def book_appointment(
    session: Session, *, customer_id: str, guide_id: str, kind: str, starts_at: datetime,
    ends_at: datetime | None = None, duration: timedelta | None = None, resource: str | None = None,
    meeting_link: str | None = None, address: str | None = None, note: str = "", by_guide_id: str,
    now: datetime | None = None,
) -> Appointment:
    """Book a session for `guide_id` at the guide's store. Video sessions may carry an http(s) meeting
    link; home sessions need the address; a named resource (fitting room, studio) must be free too."""
    stamp = _stamp(now)
    if kind not in KINDS:
        raise InvalidInput("kind", f"must be one of {', '.join(KINDS)} (got '{kind}')")
    starts = require_aware("starts_at", starts_at)
    starts, ends = check_span(starts, _ends(starts, ends_at, duration))
    resource = (resource or "").strip() or None
    link = (meeting_link or "").strip() or None
    if link is not None:
        parsed = urlparse(link)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise InvalidInput("meeting_link", f"must be an http(s) address (got '{link}')")
    place = (address or "").strip() or None
    if kind == "home" and place is None:
        raise InvalidInput("address", "is required for a home session")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise InvalidInput("customer_id", f"no customer {customer_id}")
    if customer.archived_at is not None:
        raise InvalidInput("customer_id", "belongs to an archived customer")
    guide = active_guide(session, guide_id=guide_id, field="guide_id")
    require_store_guide(session, by_guide_id, guide.store_id)
    check_slot(session, guide_id=guide.id, store_id=guide.store_id, starts_at=starts, ends_at=ends,
               resource=resource, now=stamp)

    appointment = Appointment(
        id=uuid7(), customer_id=customer.id, guide_id=guide.id, store_id=guide.store_id, kind=kind,
        starts_at=starts, ends_at=ends, resource=resource, meeting_link=link, address=place, note=note,
        status="booked", sequence=0, created_at=stamp, updated_at=stamp,
    )
    fields = {
        name: getattr(appointment, name)
        for name in ("customer_id", "guide_id", "store_id", "kind", "starts_at", "ends_at", "resource",
                     "meeting_link", "address", "note", "status", "sequence", "created_at")
    }
    return _save(session, appointment, Op.CREATE, fields)


def _require_booked(appointment: Appointment) -> None:
    if appointment.status != "booked":
        raise Conflict("appointment_closed", f"the session is already {appointment.status}")


def reschedule_appointment(
    session: Session, *, appointment_id: str, starts_at: datetime, ends_at: datetime | None = None,
    duration: timedelta | None = None, by_guide_id: str, now: datetime | None = None,
) -> Appointment:
    """Move a booked session; without ends_at or duration it keeps its length. The move is kept as an
    AppointmentChange (from, to, who) and bumps `sequence`. A refused move leaves the session untouched."""
    stamp = _stamp(now)
    appointment = get_appointment(session, appointment_id=appointment_id)
    starts = require_aware("starts_at", starts_at)
    if ends_at is None and duration is None:
        duration = appointment.ends_at - appointment.starts_at
    starts, ends = check_span(starts, _ends(starts, ends_at, duration))
    actor = require_store_guide(session, by_guide_id, appointment.store_id)
    _require_booked(appointment)
    if (starts, ends) == (appointment.starts_at, appointment.ends_at):
        return appointment
    check_slot(session, guide_id=appointment.guide_id, store_id=appointment.store_id, starts_at=starts,
               ends_at=ends, resource=appointment.resource, now=stamp, ignore_id=appointment.id)

    session.add(AppointmentChange(
        id=uuid7(), appointment_id=appointment.id, by_guide_id=actor.id, from_starts_at=appointment.starts_at,
        from_ends_at=appointment.ends_at, to_starts_at=starts, to_ends_at=ends, at=stamp,
    ))
    appointment.starts_at, appointment.ends_at = starts, ends
    appointment.sequence += 1
    appointment.updated_at = stamp
    fields = {"starts_at": starts, "ends_at": ends, "sequence": appointment.sequence}
    return _save(session, appointment, Op.UPDATE, fields)


def cancel_appointment(
    session: Session, *, appointment_id: str, reason: str, by_guide_id: str, now: datetime | None = None
) -> Appointment:
    """Cancel a booked session, saying why; its slot is free again."""
    stamp = _stamp(now)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("reason", "is empty: say why the session is cancelled")
    appointment = get_appointment(session, appointment_id=appointment_id)
    require_store_guide(session, by_guide_id, appointment.store_id)
    _require_booked(appointment)
    appointment.status = "cancelled"
    appointment.cancel_reason = reason
    appointment.sequence += 1
    appointment.updated_at = stamp
    fields = {"status": "cancelled", "cancel_reason": reason, "sequence": appointment.sequence}
    return _save(session, appointment, Op.UPDATE, fields)


def _finish(
    session: Session, appointment_id: str, status: str, by_guide_id: str, now: datetime | None
) -> Appointment:
    stamp = _stamp(now)
    appointment = get_appointment(session, appointment_id=appointment_id)
    require_store_guide(session, by_guide_id, appointment.store_id)
    _require_booked(appointment)
    if stamp < appointment.starts_at:
        raise Conflict("not_started", f"the session has not started yet; it cannot be marked {status}")
    appointment.status = status
    appointment.updated_at = stamp
    return _save(session, appointment, Op.UPDATE, {"status": status})


def mark_done(
    session: Session, *, appointment_id: str, by_guide_id: str, now: datetime | None = None
) -> Appointment:
    """The session took place."""
    return _finish(session, appointment_id, "done", by_guide_id, now)


def mark_no_show(
    session: Session, *, appointment_id: str, by_guide_id: str, now: datetime | None = None
) -> Appointment:
    """The customer did not come (or did not join); the slot is freed."""
    return _finish(session, appointment_id, "no_show", by_guide_id, now)
