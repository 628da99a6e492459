# SPDX-License-Identifier: Apache-2.0
"""The store manager's handovers: who moved which customers to whom, when, with what note.

The per-customer rows are the evidence WeCom's transfer limits are checked against (≤ 2 transfers per
customer in 90 days, batches of ≤ 100, takeover 24 h later), and they keep history readable after the
leaving guide is deactivated. Leaderboard scoring rules live in StoreSetting ("leaderboard")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, text
from sqlmodel import Field

from guide_desk.db.base import AppTable, json_field, utc_field
from guide_desk.db.tables.catalog import Purchase
from guide_desk.db.tables.work import Task


class Handover(AppTable, table=True):
    """One handover of a leaving (or overloaded) guide's customers to one or several receiving guides."""

    id: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id", index=True)
    from_guide_id: str = Field(foreign_key="guide.id", index=True)
    by_guide_id: str | None = Field(default=None, foreign_key="guide.id")
    to_guide_ids: list[str] = json_field(default_factory=list)
    split: str = "even"
    note: str = ""
    customer_count: int = 0
    task_count: int = 0
    session_count: int = 0
    deactivated: bool = False
    at: datetime = utc_field()
    effective_at: datetime = utc_field()
    detail: dict[str, Any] = json_field()


class HandoverCustomer(AppTable, table=True):
    """One customer's move in a handover; `batch` numbers the WeCom transfer call (≤ 100 customers each)."""

    __tablename__ = "handover_customer"
    __table_args__ = (Index("ix_handover_customer_at", "customer_id", "at"), {"sqlite_with_rowid": False})

    handover_id: str = Field(foreign_key="handover.id", primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", primary_key=True)
    from_guide_id: str = Field(foreign_key="guide.id")
    to_guide_id: str = Field(foreign_key="guide.id")
    batch: int = 0
    at: datetime = utc_field()


# Covering indexes for the dashboard's hot queries (DESIGN.md §3: hot queries are SQL with indexes). The task
# and purchase rows are wide (titles, drafts), so a year of them read through the table costs ~4× more than
# through these. Declared here, beside the feature that needs them, so work.py and catalog.py stay as they are.
_task, _purchase = Task.__table__.c, Purchase.__table__.c  # type: ignore[attr-defined]
Index("ix_task_insights", _task.assignee_guide_id, _task.completed_at, _task.due_at, _task.outcome, _task.source,
      _task.customer_id, sqlite_where=text("status = 'done'"))
Index("ix_purchase_insights", _purchase.store_id, _purchase.purchased_at, _purchase.guide_id, _purchase.total_fen)
