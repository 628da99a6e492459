# SPDX-License-Identifier: Apache-2.0
"""What a push mutation's `fields` may hold, per entity (DESIGN.md §4). Only the keys sent are changed;
the server validates with these models and answers rejected{code: invalid} naming the field."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, StrictBool, field_validator

from guide_desk.errors import InvalidInput
from guide_desk.phones import normalise_phone
from guide_desk.sync.protocol import MAX_ID, MAX_INT, Wire
from guide_desk.sync.wire_types import WireDate, WireDatetime, WireInt


def _phone(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return normalise_phone(value)
    except InvalidInput as exc:
        raise ValueError(exc.problem) from exc


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    return value


class CustomerFields(Wire):
    """Customer fields a mutation may set (create: name required). owner_guide_id changes are handovers
    (manager or HQ); store_id changes are HQ's. Everything else on a customer is server-owned."""

    name: str | None = Field(default=None, min_length=1, max_length=64)
    phone_e164: str | None = Field(default=None, max_length=32)
    wecom_external_id: str | None = Field(default=None, max_length=128)
    gender: Literal["F", "M"] | None = None
    birthday: WireDate | None = None
    size_top: str | None = Field(default=None, max_length=8)
    size_bottom: str | None = Field(default=None, max_length=8)
    size_shoe: str | None = Field(default=None, max_length=8)
    style_prefs: str = Field(default="", max_length=500)
    tier: Literal["normal", "silver", "gold", "platinum"] = "normal"
    points: WireInt = Field(default=0, ge=0, le=MAX_INT)
    marketing_consent: StrictBool = False
    owner_guide_id: str | None = Field(default=None, max_length=MAX_ID)
    store_id: str | None = Field(default=None, max_length=MAX_ID)

    _phone = field_validator("phone_e164")(_phone)
    _blank = field_validator("wecom_external_id", "gender", "size_top", "size_bottom", "size_shoe",
                             mode="before")(_blank_to_none)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("is empty")
        return value.strip() if value is not None else None


class NoteFields(Wire):
    customer_id: str = Field(min_length=1, max_length=MAX_ID)
    guide_id: str | None = Field(default=None, max_length=MAX_ID)
    body: str = Field(min_length=1, max_length=2000)


class TagGroupFields(Wire):
    name: str | None = Field(default=None, min_length=1, max_length=30)
    exclusive: StrictBool = False
    sort_order: WireInt = Field(default=0, ge=0, le=100_000)


class TagFields(Wire):
    group_id: str | None = Field(default=None, max_length=MAX_ID)
    name: str | None = Field(default=None, min_length=1, max_length=30)
    color: str = Field(default="", max_length=16)


class TaskFields(Wire):
    """HQ owns title/description/draft/due_at/assignee_guide_id; the guide owns the rest."""

    customer_id: str | None = Field(default=None, max_length=MAX_ID)
    assignee_guide_id: str | None = Field(default=None, max_length=MAX_ID)
    created_by_guide_id: str | None = Field(default=None, max_length=MAX_ID)
    source: Literal["guide", "hq", "suggestion"] = "guide"
    template_id: str | None = Field(default=None, max_length=MAX_ID)
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str = Field(default="", max_length=4000)
    draft: str = Field(default="", max_length=4000)
    due_at: WireDatetime | None = None
    snoozed_until: WireDatetime | None = None
    status: Literal["open", "done", "cancelled"] = "open"
    outcome: Literal["reached", "no_answer", "purchased", "declined"] | None = None
    outcome_amount_fen: WireInt | None = Field(default=None, ge=1, le=MAX_INT)
    completed_at: WireDatetime | None = None
    created_at: WireDatetime | None = None


class AppointmentFields(Wire):
    customer_id: str | None = Field(default=None, max_length=MAX_ID)
    guide_id: str | None = Field(default=None, max_length=MAX_ID)
    store_id: str | None = Field(default=None, max_length=MAX_ID)
    kind: Literal["in_store", "video", "home"] = "in_store"
    starts_at: WireDatetime | None = None
    ends_at: WireDatetime | None = None
    resource: str | None = Field(default=None, max_length=64)
    meeting_link: str | None = Field(default=None, max_length=500)
    address: str | None = Field(default=None, max_length=500)
    note: str = Field(default="", max_length=2000)
    status: Literal["booked", "done", "no_show", "cancelled"] = "booked"
    cancel_reason: str | None = Field(default=None, max_length=500)
    sequence: WireInt = Field(default=0, ge=0, le=10**6)
    created_at: WireDatetime | None = None

    _blank = field_validator("resource", "meeting_link", "address", mode="before")(_blank_to_none)
