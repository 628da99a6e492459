# SPDX-License-Identifier: Apache-2.0
"""Customers and their tags, notes, tasks, appointments and SOP campaigns — the rows stores sync.

Store-scoped rows carry `store_id` and an index on (store_id, version) so a store's pull is a range scan;
brand-wide rows (tags) index version alone. Tag groups and tags are deleted as tombstones."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Index, text

from guide_desk.central.tables.base import CentralTable, Field, json_field, utc_field, version_field


def _scoped(name: str) -> tuple[Index, Index]:
    return Index(f"ix_{name}_store_version", "store_id", "version"), Index(f"ix_{name}_version", "version")


class Customer(CentralTable, table=True):
    """One customer of the brand. One active customer per normalised phone and per WeCom id (partial unique
    indexes); `field_writers` maps each field to [version, client_id, guide_id] of its last write, the base
    of the per-field three-way merge."""

    __table_args__ = (
        *_scoped("customer"),
        Index("uq_customer_phone_active", "phone_e164", unique=True,
              sqlite_where=text("archived_at IS NULL AND phone_e164 IS NOT NULL"),
              postgresql_where=text("archived_at IS NULL AND phone_e164 IS NOT NULL")),
        Index("uq_customer_wecom_active", "wecom_external_id", unique=True,
              sqlite_where=text("archived_at IS NULL AND wecom_external_id IS NOT NULL"),
              postgresql_where=text("archived_at IS NULL AND wecom_external_id IS NOT NULL")),
        Index("ix_customer_owner", "owner_guide_id"),
    )

    id: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id")
    owner_guide_id: str = Field(foreign_key="guide.id")
    name: str
    phone_e164: str | None = None
    wecom_external_id: str | None = None
    gender: str | None = None
    birthday: date | None = None
    size_top: str | None = None
    size_bottom: str | None = None
    size_shoe: str | None = None
    style_prefs: str = ""
    tier: str = "normal"
    points: int = 0
    points_expire_on: date | None = None
    marketing_consent: bool = False
    source: str = "store"
    purchase_count: int = 0
    total_spent_fen: int = 0
    first_purchase_at: datetime | None = utc_field(nullable=True)
    last_purchase_at: datetime | None = utc_field(nullable=True)
    last_contact_at: datetime | None = utc_field(nullable=True)
    created_at: datetime = utc_field()
    updated_at: datetime = utc_field()
    archived_at: datetime | None = utc_field(nullable=True)
    field_writers: dict[str, Any] = json_field()
    version: int = version_field()


class CustomerTag(CentralTable, table=True):
    __tablename__ = "customer_tag"
    __table_args__ = (Index("ix_customer_tag_tag", "tag_id", "customer_id"),)

    customer_id: str = Field(foreign_key="customer.id", primary_key=True)
    tag_id: str = Field(foreign_key="tag.id", primary_key=True)
    added_at: datetime = utc_field()


class TagGroup(CentralTable, table=True):
    __tablename__ = "tag_group"
    __table_args__ = (
        Index("ix_tag_group_version", "version"),
        Index("uq_tag_group_name_live", "name", unique=True, sqlite_where=text("NOT deleted"),
              postgresql_where=text("NOT deleted")),
    )

    id: str = Field(primary_key=True)
    name: str
    exclusive: bool = False
    sort_order: int = 0
    deleted: bool = False
    deleted_at: datetime | None = utc_field(nullable=True)
    version: int = version_field()


class Tag(CentralTable, table=True):
    __table_args__ = (
        Index("ix_tag_version", "version"),
        Index("uq_tag_name_live", "group_id", "name", unique=True, sqlite_where=text("NOT deleted"),
              postgresql_where=text("NOT deleted")),
    )

    id: str = Field(primary_key=True)
    group_id: str = Field(foreign_key="tag_group.id")
    name: str
    color: str = ""
    deleted: bool = False
    deleted_at: datetime | None = utc_field(nullable=True)
    version: int = version_field()


class Note(CentralTable, table=True):
    """Append-only; `store_id` follows the customer's store."""

    __table_args__ = (*_scoped("note"), Index("ix_note_customer", "customer_id"))

    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    store_id: str
    guide_id: str | None = None
    body: str
    created_at: datetime = utc_field()
    version: int = version_field()


class Task(CentralTable, table=True):
    """A CRM task; `store_id` is the assignee's store. HQ owns title/description/draft/due/assignee, the
    guide owns status and outcome; status only moves forward unless HQ reopens."""

    __table_args__ = (*_scoped("task"), Index("ix_task_customer", "customer_id"))

    id: str = Field(primary_key=True)
    customer_id: str | None = Field(default=None, foreign_key="customer.id")
    store_id: str
    assignee_guide_id: str = Field(foreign_key="guide.id")
    created_by_guide_id: str | None = None
    source: str = "guide"
    template_id: str | None = None
    campaign_id: str | None = None
    title: str
    description: str = ""
    draft: str = ""
    due_at: datetime = utc_field()
    snoozed_until: datetime | None = utc_field(nullable=True)
    status: str = "open"
    outcome: str | None = None
    outcome_amount_fen: int | None = None
    completed_at: datetime | None = utc_field(nullable=True)
    created_at: datetime = utc_field()
    updated_at: datetime = utc_field()
    version: int = version_field()


class Appointment(CentralTable, table=True):
    __table_args__ = (
        *_scoped("appointment"),
        Index("ix_appointment_guide_start", "guide_id", "starts_at"),
        Index("ix_appointment_store_start", "store_id", "starts_at"),
    )

    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    guide_id: str = Field(foreign_key="guide.id")
    store_id: str
    kind: str = "in_store"
    starts_at: datetime = utc_field()
    ends_at: datetime = utc_field()
    resource: str | None = None
    meeting_link: str | None = None
    address: str | None = None
    note: str = ""
    status: str = "booked"
    cancel_reason: str | None = None
    sequence: int = 0
    created_at: datetime = utc_field()
    updated_at: datetime = utc_field()
    version: int = version_field()


class Campaign(CentralTable, table=True):
    """An HQ SOP campaign: a tag expression turned into one task per matching customer."""

    id: str = Field(primary_key=True)
    code: str = Field(unique=True)
    name: str
    expression: dict[str, Any] = json_field()
    title: str
    due_at: datetime = utc_field()
    template_id: str | None = None
    tasks: int = 0
    created_by_guide_id: str
    created_at: datetime = utc_field()
