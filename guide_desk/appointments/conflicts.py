# SPDX-License-Identifier: Apache-2.0
"""Whether a session may take a slot, for booking, rescheduling and free-slot proposals alike: the queries
that fetch the candidate sessions and blocked time from the local database, judged by the slot rules the
server applies too (guide_desk.model.rules.slots, DESIGN.md §4).

A session's clash candidates are read on the (guide|store, starts_at) index range the rules bound by
MAX_DURATION. A guide's blocked time (days off, imported from iCalendar) may last longer, but a guide has
few such rows, so that query reads the guide's rows on the (guide_id, starts_at) index up to the end.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from guide_desk.clock import require_aware
from guide_desk.db.tables import Appointment, BlockedTime, Guide, Store
from guide_desk.errors import Conflict, InvalidInput, NotFound
from guide_desk.model.rules import slots as rules
from guide_desk.model.rules.slots import StoreHours, local_span


def get_store(session: Session, store_id: str) -> Store:
    store = session.get(Store, store_id)
    if store is None:
        raise NotFound("store", store_id)
    return store


def overlapping(
    session: Session, *, where: ColumnElement[bool], starts_at: datetime, ends_at: datetime,
    ignore_id: str | None = None,
) -> list[Appointment]:
    """Slot-holding sessions matching `where` that overlap [starts_at, ends_at), earliest first."""
    after, before = rules.clash_starts(starts_at, ends_at)
    statement = select(Appointment).where(
        where, col(Appointment.status).in_(rules.BLOCKING_STATUSES),
        col(Appointment.starts_at) > after, col(Appointment.starts_at) < before,
    ).order_by(col(Appointment.starts_at))
    return rules.clashes(session.exec(statement), starts_at=starts_at, ends_at=ends_at, ignore_id=ignore_id)


def blocked(session: Session, *, guide_id: str, starts_at: datetime, ends_at: datetime) -> list[BlockedTime]:
    """The guide's blocked time overlapping [starts_at, ends_at), earliest first."""
    statement = select(BlockedTime).where(
        col(BlockedTime.guide_id) == guide_id, col(BlockedTime.starts_at) < ends_at,
    ).order_by(col(BlockedTime.starts_at))
    return rules.overlapping(session.exec(statement), starts_at=starts_at, ends_at=ends_at)


def check_span(starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    """Both ends aware, end after start, no longer than MAX_DURATION; returned in UTC."""
    starts = require_aware("starts_at", starts_at)
    ends = require_aware("ends_at", ends_at)
    problem = rules.span_problem(starts, ends)
    if problem is not None:
        raise InvalidInput("ends_at", problem)
    return starts, ends


def _guide_name(session: Session, guide_id: str) -> str:
    guide = session.get(Guide, guide_id)
    return guide.name if guide is not None else "the guide"


def check_slot(
    session: Session, *, guide_id: str, store_id: str, starts_at: datetime, ends_at: datetime,
    resource: str | None, now: datetime, ignore_id: str | None = None,
) -> None:
    """Raise unless the guide (and the resource, when one is named) is free for the whole session, the
    session has not begun, and the store is open throughout. `ignore_id` is the session being moved.

    Conflict reasons: in_the_past, outside_store_hours, guide_busy, guide_blocked (the guide's time off),
    resource_busy (existing_id names the clashing session). A span ending at or before its start is bad
    input: InvalidInput("ends_at").
    """
    starts, ends = check_span(starts_at, ends_at)
    moment = require_aware("now", now)
    hours = StoreHours.of(get_store(session, store_id))
    span = local_span(starts, ends, hours.tz)
    if rules.in_the_past(starts, moment):
        current = f"{moment.astimezone(hours.tz):%Y-%m-%d %H:%M}"
        raise Conflict("in_the_past", f"{span} starts before now ({current})")
    if not hours.covers(starts, ends):
        raise Conflict("outside_store_hours",
                       f"{span} is outside store hours {hours.label()} ({hours.tz.key})")
    guide_clash = overlapping(session, where=col(Appointment.guide_id) == guide_id, starts_at=starts,
                              ends_at=ends, ignore_id=ignore_id)
    if guide_clash:
        clash = guide_clash[0]
        taken = local_span(clash.starts_at, clash.ends_at, hours.tz)
        raise Conflict("guide_busy", f"{_guide_name(session, guide_id)} already has a session {taken}",
                       existing_id=clash.id)
    off = blocked(session, guide_id=guide_id, starts_at=starts, ends_at=ends)
    if off:
        taken = local_span(off[0].starts_at, off[0].ends_at, hours.tz)
        what = f" ({off[0].summary})" if off[0].summary else ""
        raise Conflict("guide_blocked", f"{_guide_name(session, guide_id)} is not available {taken}{what}")
    if resource is None:
        return
    same_resource = (col(Appointment.store_id) == store_id) & (col(Appointment.resource) == resource)
    resource_clash = overlapping(session, where=same_resource, starts_at=starts, ends_at=ends, ignore_id=ignore_id)
    if resource_clash:
        clash = resource_clash[0]
        taken = local_span(clash.starts_at, clash.ends_at, hours.tz)
        raise Conflict("resource_busy", f"{resource} is already booked {taken}", existing_id=clash.id)
