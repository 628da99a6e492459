# SPDX-License-Identifier: Apache-2.0
"""Free-slot proposals: "when can 李导购 next do a 60-minute session?".

Candidates start on the store-local clock at multiples of `step` from midnight (10:00, 10:30, …), lie
wholly inside store hours, and clash with none of the guide's booked or done sessions (nor the resource's,
when one is named), nor the guide's blocked time. The busy intervals are read once for the whole search
horizon; the candidates are then walked in memory, jumping over closed hours and busy blocks, so a proposal
costs two indexed queries (sessions, blocked time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col

from guide_desk.appointments.conflicts import blocked, get_store, overlapping
from guide_desk.clock import require_aware
from guide_desk.db.tables import Appointment
from guide_desk.errors import InvalidInput
from guide_desk.model.rules.slots import MAX_DURATION, StoreHours

HORIZON = timedelta(days=14)


@dataclass(frozen=True)
class Slot:
    """A proposed free session time, UTC."""

    starts_at: datetime
    ends_at: datetime


def _align(moment: datetime, step: timedelta, hours: StoreHours) -> datetime:
    """The first local-clock multiple of `step` (counted from local midnight) at or after `moment`."""
    local = moment.astimezone(hours.tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    steps = -((midnight - local) // step)
    return (midnight + steps * step).astimezone(moment.tzinfo)


def next_free_slots(
    session: Session, *, guide_id: str, store_id: str, duration: timedelta, after: datetime, count: int = 5,
    step: timedelta = timedelta(minutes=30), resource: str | None = None, horizon: timedelta = HORIZON,
) -> list[Slot]:
    """Up to `count` earliest free slots of `duration` starting at or after `after`, within `horizon`."""
    start = require_aware("after", after)
    if duration <= timedelta(0) or duration > MAX_DURATION:
        raise InvalidInput("duration", f"must be longer than zero and at most {MAX_DURATION}")
    if step <= timedelta(0):
        raise InvalidInput("step", "must be longer than zero")
    if count <= 0:
        raise InvalidInput("count", f"must be above 0 (got {count})")
    hours = StoreHours.of(get_store(session, store_id))
    limit = start + horizon
    holder = col(Appointment.guide_id) == guide_id
    if resource is not None:
        holder = holder | ((col(Appointment.store_id) == store_id) & (col(Appointment.resource) == resource))
    busy = [(a.starts_at, a.ends_at)
            for a in overlapping(session, where=holder, starts_at=start, ends_at=limit + duration)]
    busy += [(b.starts_at, b.ends_at)
             for b in blocked(session, guide_id=guide_id, starts_at=start, ends_at=limit + duration)]

    slots: list[Slot] = []
    candidate = _align(start, step, hours)
    while len(slots) < count and candidate < limit:
        opening = hours.next_opening(candidate)
        if opening != candidate:
            candidate = _align(opening, step, hours)
            continue
        finish = candidate + duration
        if not hours.covers(candidate, finish):
            candidate += step
            continue
        blocking = [end for begin, end in busy if begin < finish and end > candidate]
        if blocking:
            candidate = _align(max(blocking), step, hours)
            continue
        slots.append(Slot(candidate, finish))
        candidate += step
    return slots
