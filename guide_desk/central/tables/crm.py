# SPDX-License-Identifier: Apache-2.0
"""Customers and their tags, notes, tasks, appointments and SOP campaigns — the rows stores sync.

Store-scoped rows carry `store_id` and an index on (store_id, version) so a store's pull is a range scan;
brand-wide rows (tags) index version alone. Tag groups and tags are deleted as tombstones."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, text

from guide_desk.central.tables.base import CentralTable, Field, json_field, utc_field, version_field
from guide_desk.model.customers import CustomerBase, CustomerTagBase, NoteBase, TagBase, TagGroupBase
from guide_desk.model.work import AppointmentBase, TaskBase


def _scoped(name: str) -> tuple[Index, Index]:
    return Index(f"ix_{name}_store_version", "store_id", "version"), Index(f"ix_{name}_version", "version")


class Customer(CustomerBase, CentralTable, table=True):
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

    field_writers: dict[str, Any] = json_field()
    version: int = version_field()


class CustomerTag(CustomerTagBase, CentralTable, table=True):
    __tablename__ = "customer_tag"
    __table_args__ = (Index("ix_customer_tag_tag", "tag_id", "customer_id"),)


class TagGroup(TagGroupBase, CentralTable, table=True):
    __tablename__ = "tag_group"
    __table_args__ = (
        Index("ix_tag_group_version", "version"),
        Index("uq_tag_group_name_live", "name", unique=True, sqlite_where=text("NOT deleted"),
              postgresql_where=text("NOT deleted")),
    )

    deleted: bool = False
    deleted_at: datetime | None = utc_field(nullable=True)
    version: int = version_field()


class Tag(TagBase, CentralTable, table=True):
    __table_args__ = (
        Index("ix_tag_version", "version"),
        Index("uq_tag_name_live", "group_id", "name", unique=True, sqlite_where=text("NOT deleted"),
              postgresql_where=text("NOT deleted")),
    )

    deleted: bool = False
    deleted_at: datetime | None = utc_field(nullable=True)
    version: int = version_field()


class Note(NoteBase, CentralTable, table=True):
    """Append-only; `store_id` follows the customer's store."""

    __table_args__ = (*_scoped("note"), Index("ix_note_customer", "customer_id"))

    store_id: str
    version: int = version_field()


class Task(TaskBase, CentralTable, table=True):
    """A CRM task; `store_id` is the assignee's store. HQ owns title/description/draft/due/assignee, the
    guide owns status and outcome; status only moves forward unless HQ reopens."""

    __table_args__ = (*_scoped("task"), Index("ix_task_customer", "customer_id"))

    store_id: str
    template_id: str | None = None
    campaign_id: str | None = None
    version: int = version_field()


class Appointment(AppointmentBase, CentralTable, table=True):
    __table_args__ = (
        *_scoped("appointment"),
        Index("ix_appointment_guide_start", "guide_id", "starts_at"),
        Index("ix_appointment_store_start", "store_id", "starts_at"),
    )

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
