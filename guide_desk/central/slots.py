# SPDX-License-Identifier: Apache-2.0
"""Server-side slot checks for 1v1 sessions: the query for the candidate sessions, judged by the slot rules
the app applies too (guide_desk.model.rules.slots): half-open intervals, at most MAX_DURATION long, inside
store hours, no overlap with the guide's or the resource's booked or done sessions. A clash is a Reject with
reason guide_busy / resource_busy / outside_store_hours. Whether a session lies in the past is not judged
here: a PC that booked it offline may push it late."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, select

from guide_desk.central.errors import Reject
from guide_desk.central.records import Ctx
from guide_desk.central.tables import Appointment, table
from guide_desk.model.rules import slots as rules

_appointment = table(Appointment)


def check_span(starts_at: datetime, ends_at: datetime) -> None:
    problem = rules.span_problem(starts_at, ends_at)
    if problem is not None:
        raise Reject("invalid", f"ends_at: {problem}")


def _clash(ctx: Ctx, where: ColumnElement[bool], starts_at: datetime, ends_at: datetime,
           ignore_id: str | None) -> Row[Any] | None:
    a = _appointment.c
    after, before = rules.clash_starts(starts_at, ends_at)
    statement = select(_appointment).where(
        where, a.status.in_(rules.BLOCKING_STATUSES), a.starts_at > after, a.starts_at < before,
    ).order_by(a.starts_at)
    found = rules.clashes(ctx.conn.execute(statement), starts_at=starts_at, ends_at=ends_at, ignore_id=ignore_id)
    return found[0] if found else None


def check_slot(ctx: Ctx, *, store: Row[Any], guide_id: str, starts_at: datetime, ends_at: datetime,
               resource: str | None, ignore_id: str | None = None) -> None:
    check_span(starts_at, ends_at)
    if not rules.StoreHours.of(store).covers(starts_at, ends_at):
        raise Reject("outside_store_hours",
                     f"the session is outside store hours {store.opens_at}–{store.closes_at} ({store.timezone})")
    a = _appointment.c
    clash = _clash(ctx, a.guide_id == guide_id, starts_at, ends_at, ignore_id)
    if clash is not None:
        raise Reject("guide_busy", f"the guide already has session {clash.id} from {clash.starts_at.isoformat()}")
    if resource is not None:
        clash = _clash(ctx, (a.store_id == store.id) & (a.resource == resource), starts_at, ends_at, ignore_id)
        if clash is not None:
            raise Reject("resource_busy",
                         f"{resource} is already booked by session {clash.id} from {clash.starts_at.isoformat()}")
