# SPDX-License-Identifier: Apache-2.0
"""Tasks and 1v1 sessions (appointments) as both sides know them."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import SQLModel

from guide_desk.model.columns import Field, utc_field


class TaskBase(SQLModel):
    """A CRM task. HQ owns title/description/draft/due/assignee; the guide owns status and outcome.

    status (TaskStatus): open → done | cancelled, forward only; outcome: TaskOutcome; source: TaskSource."""

    id: str = Field(primary_key=True)
    customer_id: str | None = Field(default=None, foreign_key="customer.id")
    assignee_guide_id: str = Field(foreign_key="guide.id")
    created_by_guide_id: str | None = None
    source: str = "guide"
    title: str
    description: str = ""
    draft: str = ""
    due_at: datetime = utc_field(default=...)
    snoozed_until: datetime | None = utc_field(nullable=True)
    status: str = "open"
    outcome: str | None = None
    outcome_amount_fen: int | None = None
    completed_at: datetime | None = utc_field(nullable=True)
    created_at: datetime = utc_field(default=...)
    updated_at: datetime = utc_field(default=...)


class AppointmentBase(SQLModel):
    """A 1v1 session: kind (SessionKind) in_store | video | home; status (SessionStatus)."""

    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    guide_id: str = Field(foreign_key="guide.id")
    store_id: str
    kind: str = "in_store"
    starts_at: datetime = utc_field(default=...)
    ends_at: datetime = utc_field(default=...)
    resource: str | None = None
    meeting_link: str | None = None
    address: str | None = None
    note: str = ""
    status: str = "booked"
    cancel_reason: str | None = None
    sequence: int = 0
    created_at: datetime = utc_field(default=...)
    updated_at: datetime = utc_field(default=...)
