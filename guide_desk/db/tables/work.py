# SPDX-License-Identifier: Apache-2.0
"""The guide's work: CRM tasks and their templates, message templates (话术), suggestion state, 1v1 sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index
from sqlmodel import Field

from guide_desk.db.base import AppTable, json_field, utc_field
from guide_desk.model.catalog import MessageTemplateBase
from guide_desk.model.work import AppointmentBase, TaskBase


class TaskTemplate(AppTable, table=True):
    """An SOP step from HQ (or a guide's own recurring task)."""

    __tablename__ = "task_template"

    id: str = Field(primary_key=True)
    code: str = Field(unique=True)
    title: str
    body: str = ""
    source: str = "hq"
    due_days: int = 1
    server_version: int = 0


class MessageTemplate(MessageTemplateBase, AppTable, table=True):
    """owner null = HQ template."""

    __tablename__ = "message_template"

    kind: str = Field(index=True)
    owner_guide_id: str | None = Field(default=None, foreign_key="guide.id")
    server_version: int = 0


class Task(TaskBase, AppTable, table=True):
    __table_args__ = (Index("ix_task_assignee_status_due", "assignee_guide_id", "status", "due_at"),)

    customer_id: str | None = Field(default=None, foreign_key="customer.id", index=True)
    created_by_guide_id: str | None = Field(default=None, foreign_key="guide.id")
    template_id: str | None = Field(default=None, foreign_key="task_template.id")
    server_version: int = 0


class SuggestionState(AppTable, table=True):
    """What a guide did with a suggestion (accepted / sent / dismissed) so it is not offered again too soon."""

    __tablename__ = "suggestion_state"
    __table_args__ = (Index("ix_suggestion_customer_kind", "customer_id", "kind"),)

    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    guide_id: str = Field(foreign_key="guide.id")
    kind: str
    state: str
    reason: str = ""
    until: datetime | None = utc_field(nullable=True)
    at: datetime = utc_field()
    detail: dict[str, Any] = json_field()


class Appointment(AppointmentBase, AppTable, table=True):
    __table_args__ = (
        Index("ix_appointment_guide_start", "guide_id", "starts_at"),
        Index("ix_appointment_store_start", "store_id", "starts_at"),
    )

    customer_id: str = Field(foreign_key="customer.id", index=True)
    store_id: str = Field(foreign_key="store.id")
    outcome_amount_fen: int | None = None  # what the customer bought in or after the session, when closed
    server_version: int = 0


class AppointmentItem(AppTable, table=True):
    """An item to prepare for a session (SKU and size), and afterwards whether it was tried and bought."""

    __tablename__ = "appointment_item"
    __table_args__ = {"sqlite_with_rowid": False}

    appointment_id: str = Field(foreign_key="appointment.id", primary_key=True)
    product_id: str = Field(foreign_key="product.id", primary_key=True)
    size: str = Field(primary_key=True)
    position: int = 0
    tried: bool = False
    bought: bool = False


class BlockedTime(AppTable, table=True):
    """Time a guide is not available (days off), imported from an iCalendar file; `source_uid` is the
    event's UID, so importing the same file again updates rather than duplicates."""

    __tablename__ = "blocked_time"
    __table_args__ = (
        Index("ix_blocked_time_guide_start", "guide_id", "starts_at"),
        Index("uq_blocked_time_source", "guide_id", "source_uid", unique=True),
    )

    id: str = Field(primary_key=True)
    guide_id: str = Field(foreign_key="guide.id")
    starts_at: datetime = utc_field()
    ends_at: datetime = utc_field()
    source_uid: str
    summary: str = ""
    imported_at: datetime = utc_field()


class AppointmentChange(AppTable, table=True):
    """Reschedule history: who moved a session, from when to when."""

    __tablename__ = "appointment_change"

    id: str = Field(primary_key=True)
    appointment_id: str = Field(foreign_key="appointment.id", index=True)
    by_guide_id: str | None = Field(default=None, foreign_key="guide.id")
    from_starts_at: datetime = utc_field()
    from_ends_at: datetime = utc_field()
    to_starts_at: datetime = utc_field()
    to_ends_at: datetime = utc_field()
    at: datetime = utc_field()


class Suggestion(AppTable, table=True):
    """A follow-up the workbench proposes, materialised by a set-based recompute so the Today page only reads.

    `key` identifies the occasion (a purchase and its D+n, a birthday year…) so acting on one occasion does not
    silence the next; reason_params let the UI word the reason in its own language."""

    __table_args__ = (
        Index("ix_suggestion_guide_score", "guide_id", "score"),
        Index("uq_suggestion_occasion", "customer_id", "kind", "key", unique=True),
    )

    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    guide_id: str = Field(foreign_key="guide.id")
    store_id: str = Field(foreign_key="store.id", index=True)
    kind: str
    key: str
    marketing: bool = True
    score: float = 0.0
    reason_params: dict[str, Any] = json_field()
    products: list[str] = json_field(default_factory=list)
    template_kind: str = ""
    computed_at: datetime = utc_field()
