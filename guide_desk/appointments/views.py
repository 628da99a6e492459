# SPDX-License-Identifier: Apache-2.0
"""The calendar query: sessions overlapping a time range, for one guide or one store, as one indexed SQL
range scan on (guide_id|store_id, starts_at)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from guide_desk.clock import require_aware
from guide_desk.db.tables import Appointment
from guide_desk.errors import InvalidInput
from guide_desk.model.rules.slots import MAX_DURATION


def list_appointments(
    session: Session, *, guide_id: str | None = None, store_id: str | None = None, start: datetime,
    end: datetime, include_cancelled: bool = False,
) -> list[Appointment]:
    """Sessions overlapping [start, end), earliest first. Cancelled ones are left out unless asked for;
    done and no-show sessions stay, since the calendar is also the record of what happened."""
    lower, upper = require_aware("start", start), require_aware("end", end)
    if upper <= lower:
        raise InvalidInput("end", "must be after start")
    if guide_id is None and store_id is None:
        raise InvalidInput("guide_id", "give guide_id or store_id")
    statement = select(Appointment).where(
        col(Appointment.starts_at) < upper,
        col(Appointment.starts_at) > lower - MAX_DURATION,
        col(Appointment.ends_at) > lower,
    )
    if guide_id is not None:
        statement = statement.where(col(Appointment.guide_id) == guide_id)
    if store_id is not None:
        statement = statement.where(col(Appointment.store_id) == store_id)
    if not include_cancelled:
        statement = statement.where(col(Appointment.status) != "cancelled")
    return list(session.exec(statement.order_by(col(Appointment.starts_at), col(Appointment.id))))


def store_resources(session: Session, *, store_id: str, limit: int = 20) -> list[str]:
    """Fitting rooms and other resources the store's sessions have used, most used first (a booking form
    offers them; a new name is simply typed)."""
    statement = (select(col(Appointment.resource)).where(col(Appointment.store_id) == store_id,
                                                          col(Appointment.resource).is_not(None))
                 .group_by(col(Appointment.resource))
                 .order_by(func.count().desc(), col(Appointment.resource)).limit(limit))
    return [name for name in session.exec(statement) if name]
