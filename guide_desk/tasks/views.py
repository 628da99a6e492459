# SPDX-License-Identifier: Apache-2.0
"""The guide's task lists and their badge counts, as SQL.

"Today" and "overdue" are measured in the local day of the guide's store (Store.timezone), not in UTC: a
task due 23:30 in Shanghai is today's work even though it is 15:30 UTC. Every view filters on
(assignee_guide_id, status[, due_at]) and sorts by due_at alone, so ix_task_assignee_status_due answers it
without a table scan or a sort step (a tie-breaker column in the ORDER BY would add one).
Snoozed tasks drop out of the working views until their snooze ends.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_
from sqlmodel import Session, col, select

from guide_desk.accounts.guides import get_guide
from guide_desk.clock import STORE_TZ, require_aware
from guide_desk.db.tables import Store, Task
from guide_desk.errors import InvalidInput

VIEWS = ("mine", "today", "overdue", "hq", "done")


def local_day_bounds(now: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of the local calendar day that contains `now`, as aware datetimes."""
    day = now.astimezone(tz).date()
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return start, end


def _store_tz(session: Session, guide_id: str) -> ZoneInfo:
    guide = get_guide(session, guide_id=guide_id)
    store = session.get(Store, guide.store_id)
    return ZoneInfo(store.timezone) if store is not None else STORE_TZ


def _conditions(session: Session, guide_id: str, view: str, now: datetime) -> list[ColumnElement[bool]]:
    if view not in VIEWS:
        raise InvalidInput("view", f"must be one of {', '.join(VIEWS)} (got '{view}')")
    moment = require_aware("now", now)
    conditions: list[ColumnElement[bool]] = [col(Task.assignee_guide_id) == guide_id]
    if view == "done":
        return [*conditions, col(Task.status) == "done"]
    conditions += [
        col(Task.status) == "open",
        or_(col(Task.snoozed_until).is_(None), col(Task.snoozed_until) <= moment),
    ]
    if view == "hq":
        conditions.append(col(Task.source) == "hq")
    elif view in ("today", "overdue"):
        start, end = local_day_bounds(moment, _store_tz(session, guide_id))
        if view == "today":
            conditions += [col(Task.due_at) >= start, col(Task.due_at) < end]
        else:
            conditions.append(col(Task.due_at) < start)
    return conditions


def list_tasks(
    session: Session, *, guide_id: str, view: str, now: datetime, limit: int | None = None
) -> list[Task]:
    """One guide's tasks in `view`: mine (open, not snoozed), today (open, due in today's local day),
    overdue (open, due before today's local midnight), hq (open HQ tasks), done. Earliest due first;
    `done` lists the latest due first, so recent work leads."""
    if limit is not None and limit <= 0:
        raise InvalidInput("limit", f"must be above 0 (got {limit})")
    due: Any = col(Task.due_at).desc() if view == "done" else col(Task.due_at)
    statement = select(Task).where(*_conditions(session, guide_id, view, now)).order_by(due)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.exec(statement))


def count_tasks(session: Session, *, guide_id: str, view: str, now: datetime) -> int:
    """How many tasks `list_tasks` would return without a limit (for the navigation badges)."""
    statement = select(func.count()).select_from(Task).where(*_conditions(session, guide_id, view, now))
    return int(session.exec(statement).one())


def task_badges(session: Session, *, guide_id: str, now: datetime) -> dict[str, int]:
    """Every view's count at once, keyed by view name."""
    return {view: count_tasks(session, guide_id=guide_id, view=view, now=now) for view in VIEWS}
