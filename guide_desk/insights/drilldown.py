# SPDX-License-Identifier: Apache-2.0
"""What is behind a dashboard number: the customers, tasks, sessions or purchases one guide's (or the store's)
KPI counted in a period, newest first, so a manager can open the customer from there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session

from guide_desk.errors import InvalidInput
from guide_desk.insights.kpi_sql import CONTACTS, STORE_GUIDES, statement
from guide_desk.insights.kpis import KPI_KINDS, query_params
from guide_desk.insights.periods import Period

LIMIT = 2000

# Each yields (guide_id, customer_id, at, kind, ref_id, amount_fen).
_DRILL: dict[str, str] = {
    "customers_added": """SELECT owner_guide_id, id, created_at, 'added', id, NULL FROM customer
        WHERE store_id = :store AND created_at >= :start AND created_at < :end""",
    "customers_contacted": f"SELECT guide_id, customer_id, at, 'contact', NULL, NULL FROM ({CONTACTS})",
    "tasks_on_time": f"""SELECT assignee_guide_id, customer_id, completed_at,
        CASE WHEN completed_at <= due_at THEN 'on_time' ELSE 'late' END, id, NULL FROM task
        WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'done' AND completed_at >= :start
          AND completed_at < :end""",
    "overdue_tasks": f"""SELECT assignee_guide_id, customer_id, due_at,
        CASE status WHEN 'open' THEN 'overdue_open' ELSE 'done_late' END, id, NULL FROM task
        WHERE assignee_guide_id IN ({STORE_GUIDES}) AND due_at >= :start AND due_at < :end
          AND ((status = 'open' AND due_at < :now) OR (status = 'done' AND completed_at > due_at))""",
    "suggestions_accepted": f"""SELECT guide_id, customer_id, at, state, id, NULL FROM suggestion_state
        WHERE guide_id IN ({STORE_GUIDES}) AND state IN ('accepted', 'sent', 'dismissed')
          AND at >= :start AND at < :end""",
    "push_purchase": f"""SELECT guide_id, customer_id, at,
        CASE WHEN EXISTS (SELECT 1 FROM purchase q WHERE q.customer_id = s.customer_id AND q.purchased_at >= s.at
              AND q.purchased_at <= strftime('%Y-%m-%d %H:%M:%f', s.at, :days)) THEN 'followed' ELSE 'push' END,
        id, NULL FROM suggestion_state s
        WHERE guide_id IN ({STORE_GUIDES}) AND state = 'sent' AND at >= :start AND at < :end""",
    "sessions_held": """SELECT guide_id, customer_id, starts_at, status, id, outcome_amount_fen FROM appointment
        WHERE store_id = :store AND status = 'done' AND starts_at >= :start AND starts_at < :end""",
    "no_show_rate": """SELECT guide_id, customer_id, starts_at, status, id, NULL FROM appointment
        WHERE store_id = :store AND status IN ('done', 'no_show') AND starts_at >= :start AND starts_at < :end""",
    "session_conversion": """SELECT guide_id, customer_id, starts_at,
        CASE WHEN COALESCE(outcome_amount_fen, 0) > 0 OR EXISTS (SELECT 1 FROM purchase q
              WHERE q.customer_id = a.customer_id AND q.purchased_at >= a.starts_at
                AND q.purchased_at <= strftime('%Y-%m-%d %H:%M:%f', a.starts_at, :days))
             THEN 'converted' ELSE 'done' END, id, outcome_amount_fen FROM appointment a
        WHERE store_id = :store AND status = 'done' AND starts_at >= :start AND starts_at < :end""",
    "attributed_sales": """SELECT guide_id, customer_id, purchased_at, channel, id, total_fen FROM purchase
        WHERE store_id = :store AND guide_id IS NOT NULL AND purchased_at >= :start AND purchased_at < :end""",
    "repurchase_rate": f"""SELECT owner_guide_id, id, last_purchase_at,
        CASE WHEN first_purchase_at < :start THEN 'returning' ELSE 'first_time' END, id, NULL FROM customer c
        WHERE owner_guide_id IN ({STORE_GUIDES}) AND archived_at IS NULL AND last_purchase_at >= :start
          AND (last_purchase_at < :end OR EXISTS (SELECT 1 FROM purchase p WHERE p.customer_id = c.id
               AND p.purchased_at >= :start AND p.purchased_at < :end))""",
    "tag_coverage": f"""SELECT owner_guide_id, id, created_at,
        CASE WHEN (SELECT COUNT(*) FROM customer_tag t WHERE t.customer_id = c.id) >= 3
             THEN 'tagged' ELSE 'under_tagged' END, id,
        (SELECT COUNT(*) FROM customer_tag t WHERE t.customer_id = c.id) FROM customer c
        WHERE owner_guide_id IN ({STORE_GUIDES}) AND archived_at IS NULL""",
}
_REF = {"tasks_on_time": "task", "overdue_tasks": "task", "sessions_held": "appointment",
        "no_show_rate": "appointment", "session_conversion": "appointment", "attributed_sales": "purchase"}


@dataclass(frozen=True)
class DrillRow:
    """One item behind a number. kind: e.g. on_time/late, followed/push, returning/first_time, a session
    status, a purchase channel; amount: fen (sales, session outcome) or the tag count (tag coverage)."""

    customer_id: str | None
    customer_name: str
    guide_name: str
    at: datetime | None
    kind: str
    ref: str | None
    ref_id: str | None
    amount: int | None


def drill_down(session: Session, *, store_id: str, period: Period, kpi: str, guide_id: str | None = None,
               now: datetime | None = None, limit: int = LIMIT) -> list[DrillRow]:
    """The rows behind `kpi` for one guide (None: the whole store), newest first, at most `limit`."""
    if kpi not in KPI_KINDS:
        raise InvalidInput("kpi", f"unknown KPI '{kpi}'")
    params: dict[str, Any] = {**query_params(session, store_id, period, now), "guide": guide_id, "limit": limit}
    sql = f"""WITH d(guide_id, customer_id, at, kind, ref_id, amount) AS ({_DRILL[kpi]})
              SELECT d.customer_id, c.name, g.name, d.at, d.kind, d.ref_id, d.amount FROM d
                LEFT JOIN customer c ON c.id = d.customer_id LEFT JOIN guide g ON g.id = d.guide_id
               WHERE :guide IS NULL OR d.guide_id = :guide ORDER BY d.at DESC LIMIT :limit"""
    return [DrillRow(cid, name or "", guide or "", _aware(at), kind, _REF.get(kpi), ref_id, amount)
            for cid, name, guide, at, kind, ref_id, amount in session.connection().execute(statement(sql), params)]


def _aware(value: Any) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
