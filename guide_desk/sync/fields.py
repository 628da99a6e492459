# SPDX-License-Identifier: Apache-2.0
"""What a push mutation's `fields` may hold, per entity (DESIGN.md §4). Only the keys sent are changed;
the server validates with these models and answers rejected{code: invalid} naming the field."""

from __future__ import annotations

from pydantic import ConfigDict, Field, StrictBool, field_validator

from guide_desk.model.customers import OPTIONAL_TEXT, CustomerBase, blank_to_none, max_length, name_rule, phone_rule
from guide_desk.model.enums import Gender, SessionKind, SessionStatus, TaskOutcome, TaskSource, TaskStatus, Tier
from guide_desk.sync.protocol import MAX_ID, MAX_INT, Wire
from guide_desk.sync.wire_types import WireDate, WireDatetime, WireInt


class Update(Wire):
    """A push form: only the keys sent change; choices arrive as their stored strings."""

    model_config = ConfigDict(use_enum_values=True)


def _limit(field: str) -> int:
    return max_length(CustomerBase, field)


class CustomerFields(Update):
    """Customer fields a mutation may set (create: name required). owner_guide_id changes are handovers
    (manager or HQ); store_id changes are HQ's. Everything else on a customer is server-owned."""

    name: str | None = Field(default=None, min_length=1, max_length=_limit("name"))
    phone_e164: str | None = Field(default=None, max_length=_limit("phone_e164"))
    wecom_external_id: str | None = Field(default=None, max_length=_limit("wecom_external_id"))
    gender: Gender | None = None
    birthday: WireDate | None = None
    size_top: str | None = Field(default=None, max_length=_limit("size_top"))
    size_bottom: str | None = Field(default=None, max_length=_limit("size_bottom"))
    size_shoe: str | None = Field(default=None, max_length=_limit("size_shoe"))
    style_prefs: str = Field(default="", max_length=_limit("style_prefs"))
    tier: Tier = Tier.NORMAL
    points: WireInt = Field(default=0, ge=0, le=MAX_INT)
    marketing_consent: StrictBool = False
    owner_guide_id: str | None = Field(default=None, max_length=MAX_ID)
    store_id: str | None = Field(default=None, max_length=MAX_ID)

    _phone = field_validator("phone_e164")(phone_rule)
    _blank = field_validator(*OPTIONAL_TEXT, mode="before")(blank_to_none)
    _name = field_validator("name")(name_rule)


class NoteFields(Update):
    customer_id: str = Field(min_length=1, max_length=MAX_ID)
    guide_id: str | None = Field(default=None, max_length=MAX_ID)
    body: str = Field(min_length=1, max_length=2000)


class TagGroupFields(Update):
    name: str | None = Field(default=None, min_length=1, max_length=30)
    exclusive: StrictBool = False
    sort_order: WireInt = Field(default=0, ge=0, le=100_000)


class TagFields(Update):
    group_id: str | None = Field(default=None, max_length=MAX_ID)
    name: str | None = Field(default=None, min_length=1, max_length=30)
    color: str = Field(default="", max_length=16)


class TaskFields(Update):
    """HQ owns title/description/draft/due_at/assignee_guide_id; the guide owns the rest."""

    customer_id: str | None = Field(default=None, max_length=MAX_ID)
    assignee_guide_id: str | None = Field(default=None, max_length=MAX_ID)
    created_by_guide_id: str | None = Field(default=None, max_length=MAX_ID)
    source: TaskSource = TaskSource.GUIDE
    template_id: str | None = Field(default=None, max_length=MAX_ID)
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str = Field(default="", max_length=4000)
    draft: str = Field(default="", max_length=4000)
    due_at: WireDatetime | None = None
    snoozed_until: WireDatetime | None = None
    status: TaskStatus = TaskStatus.OPEN
    outcome: TaskOutcome | None = None
    outcome_amount_fen: WireInt | None = Field(default=None, ge=1, le=MAX_INT)
    completed_at: WireDatetime | None = None
    created_at: WireDatetime | None = None


class AppointmentFields(Update):
    customer_id: str | None = Field(default=None, max_length=MAX_ID)
    guide_id: str | None = Field(default=None, max_length=MAX_ID)
    store_id: str | None = Field(default=None, max_length=MAX_ID)
    kind: SessionKind = SessionKind.IN_STORE
    starts_at: WireDatetime | None = None
    ends_at: WireDatetime | None = None
    resource: str | None = Field(default=None, max_length=64)
    meeting_link: str | None = Field(default=None, max_length=500)
    address: str | None = Field(default=None, max_length=500)
    note: str = Field(default="", max_length=2000)
    status: SessionStatus = SessionStatus.BOOKED
    cancel_reason: str | None = Field(default=None, max_length=500)
    sequence: WireInt = Field(default=0, ge=0, le=10**6)
    created_at: WireDatetime | None = None

    _blank = field_validator("resource", "meeting_link", "address", mode="before")(blank_to_none)
