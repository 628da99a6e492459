# SPDX-License-Identifier: Apache-2.0
"""A customer's history in one list, newest first: purchases, notes, tasks and 1v1 sessions."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from guide_desk.db.tables import Appointment, Guide, Note, Product, Purchase, PurchaseLine, Task


@dataclass(frozen=True)
class TimelineEntry:
    """One event. `kind` is purchase | note | task | session; `status` is the task or session status."""

    at: datetime
    kind: str
    title: str
    detail: str
    entity_id: str
    status: str = ""
    amount_fen: int | None = None
    by: str = ""


def customer_timeline(session: Session, *, customer_id: str, limit: int = 200) -> list[TimelineEntry]:
    streams = [
        _purchases(session, customer_id, limit), _notes(session, customer_id, limit),
        _tasks(session, customer_id, limit), _sessions(session, customer_id, limit),
    ]
    merged = heapq.merge(*streams, key=lambda entry: entry.at, reverse=True)
    return [entry for _, entry in zip(range(limit), merged, strict=False)]


def _purchases(session: Session, customer_id: str, limit: int) -> list[TimelineEntry]:
    items = (
        sa_select(func.group_concat(col(Product.name) + " " + col(PurchaseLine.size), "、"))
        .select_from(PurchaseLine)
        .join(Product, col(Product.id) == PurchaseLine.product_id)
        .where(col(PurchaseLine.purchase_id) == col(Purchase.id))
        .scalar_subquery()
    )
    statement = (
        sa_select(col(Purchase.id), col(Purchase.purchased_at), col(Purchase.channel), col(Purchase.total_fen), items)
        .where(col(Purchase.customer_id) == customer_id)
        .order_by(col(Purchase.purchased_at).desc()).limit(limit)
    )
    return [TimelineEntry(at=at, kind="purchase", title=channel, detail=detail or "", entity_id=pid,
                          amount_fen=total) for pid, at, channel, total, detail in session.execute(statement)]


def _notes(session: Session, customer_id: str, limit: int) -> list[TimelineEntry]:
    statement = (
        sa_select(col(Note.id), col(Note.created_at), col(Note.body), col(Guide.name))
        .outerjoin(Guide, col(Guide.id) == Note.guide_id)
        .where(col(Note.customer_id) == customer_id)
        .order_by(col(Note.created_at).desc()).limit(limit)
    )
    return [TimelineEntry(at=at, kind="note", title="", detail=body, entity_id=nid, by=by or "")
            for nid, at, body, by in session.execute(statement)]


def _tasks(session: Session, customer_id: str, limit: int) -> list[TimelineEntry]:
    statement = (
        sa_select(col(Task.id), col(Task.due_at), col(Task.title), col(Task.status), col(Task.outcome),
                  col(Task.outcome_amount_fen), col(Guide.name))
        .join(Guide, col(Guide.id) == Task.assignee_guide_id)
        .where(col(Task.customer_id) == customer_id)
        .order_by(col(Task.due_at).desc()).limit(limit)
    )
    return [TimelineEntry(at=due, kind="task", title=title, detail=outcome or "", entity_id=tid, status=status,
                          amount_fen=amount, by=by)
            for tid, due, title, status, outcome, amount, by in session.execute(statement)]


def _sessions(session: Session, customer_id: str, limit: int) -> list[TimelineEntry]:
    statement = (
        sa_select(col(Appointment.id), col(Appointment.starts_at), col(Appointment.kind), col(Appointment.note),
                  col(Appointment.status), col(Guide.name))
        .join(Guide, col(Guide.id) == Appointment.guide_id)
        .where(col(Appointment.customer_id) == customer_id)
        .order_by(col(Appointment.starts_at).desc()).limit(limit)
    )
    return [TimelineEntry(at=at, kind="session", title=kind, detail=note, entity_id=aid, status=status, by=by)
            for aid, at, kind, note, status, by in session.execute(statement)]
