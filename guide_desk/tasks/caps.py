# SPDX-License-Identifier: Apache-2.0
"""Contact caps: at most one marketing push per N days per customer, and no more pushes in a month than the
month has days (WeCom's limit on group sends). Service follow-ups (care after a purchase, birthdays, the day
after a 1v1) are not capped."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session

from guide_desk.tasks.rules import Scope, scope_for_customer
from guide_desk.tasks.suggest_settings import SuggestionSettings, load_settings


@dataclass(frozen=True)
class CapStatus:
    reason: str  # "gap" (pushed within the last N days) | "month" (monthly cap reached)
    until: date


@dataclass
class Blocked:
    capped: set[str] = field(default_factory=set)
    status: dict[str, CapStatus] = field(default_factory=dict)


def blocked_customers(session: Session, *, scope: Scope, now: datetime, settings: SuggestionSettings) -> Blocked:
    month_start = scope.today.replace(day=1)
    days_in_month = calendar.monthrange(scope.today.year, scope.today.month)[1]
    since = min(month_start, scope.today - timedelta(days=settings.push_gap_days))
    rows = session.execute(text(f"""
        SELECT s.customer_id, max(date(s.at, :tz)),
               sum(CASE WHEN date(s.at, :tz) >= :month THEN 1 ELSE 0 END)
          FROM suggestion_state s JOIN customer c ON c.id = s.customer_id
         WHERE {scope.customers()} AND s.state = 'sent' AND json_extract(s.detail, '$.marketing')
           AND s.at >= :since
         GROUP BY s.customer_id"""),
        scope.params(month=month_start.isoformat(),
                     since=datetime.combine(since - timedelta(days=1), datetime.min.time()).strftime("%Y-%m-%d"))
    ).all()
    blocked = Blocked()
    for customer_id, last_day, this_month in rows:
        last = date.fromisoformat(last_day)
        free_again = last + timedelta(days=settings.push_gap_days)
        if this_month >= days_in_month:
            blocked.status[customer_id] = CapStatus("month", month_start.replace(day=days_in_month) + timedelta(1))
        elif free_again > scope.today:
            blocked.status[customer_id] = CapStatus("gap", free_again)
    blocked.capped = set(blocked.status)
    return blocked


def cap_status(session: Session, *, customer_id: str, now: datetime | None = None) -> CapStatus | None:
    """Why (and until when) this customer gets no marketing push, or None when one is allowed."""
    scope = scope_for_customer(session, customer_id=customer_id)
    moment = now or datetime.now(UTC)
    settings = load_settings(session, store_id=scope.store_id)
    return blocked_customers(session, scope=scope, now=moment, settings=settings).status.get(customer_id)
