# SPDX-License-Identifier: Apache-2.0
"""Customers, their tags (in groups) and notes as both sides know them, with the field rules both apply.

The limits live on the fields (`max_length`), the value rules in the validators below; the app's table, the
server's table, the pulled form and the push form all derive from or reuse them, so a value is judged the same
way on either side of the wire (the app words its errors itself: customers/fields.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import field_validator
from sqlmodel import SQLModel

from guide_desk.errors import InvalidInput
from guide_desk.model.columns import Field, text_field, utc_field
from guide_desk.model.rules.phones import normalise_phone


def phone_rule(value: str | None) -> str | None:
    """A phone as stored: blank is none, anything else normalised to E.164 or refused."""
    if value is None or not value.strip():
        return None
    try:
        return normalise_phone(value)
    except InvalidInput as exc:
        raise ValueError(exc.problem) from exc


def blank_to_none(value: Any) -> Any:
    """Optional text: surrounding blanks trimmed, nothing left is none."""
    if isinstance(value, str):
        return value.strip() or None
    return value


def name_rule(value: str | None) -> str | None:
    """A name is trimmed and never empty."""
    if value is not None and not value.strip():
        raise ValueError("is empty")
    return value.strip() if value is not None else None


def birthday_problem(value: date, *, today: date) -> str | None:
    """What is wrong with a birthday, if anything; `today` is the store's date."""
    if value > today:
        return "is in the future"
    if value.year < 1900:
        return "is before 1900"
    return None


OPTIONAL_TEXT = ("wecom_external_id", "gender", "size_top", "size_bottom", "size_shoe")
"""Customer fields where blank means none."""


class CustomerBase(SQLModel):
    """A store customer; money in fen. The fields the server sends and both schemas store."""

    id: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id")
    owner_guide_id: str = Field(foreign_key="guide.id")
    name: str = text_field(min_length=1, max_length=64)
    phone_e164: str | None = text_field(default=None, max_length=32)
    wecom_external_id: str | None = text_field(default=None, max_length=128)
    gender: str | None = None
    birthday: date | None = None
    size_top: str | None = text_field(default=None, max_length=8)
    size_bottom: str | None = text_field(default=None, max_length=8)
    size_shoe: str | None = text_field(default=None, max_length=8)
    style_prefs: str = text_field(default="", max_length=500)
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
    created_at: datetime = utc_field(default=...)
    updated_at: datetime = utc_field(default=...)
    archived_at: datetime | None = utc_field(nullable=True)

    _phone = field_validator("phone_e164")(phone_rule)
    _blank = field_validator(*OPTIONAL_TEXT, mode="before")(blank_to_none)
    _name = field_validator("name")(name_rule)


def max_length(model: type[SQLModel], field: str) -> int:
    """A text field's length limit, as its base declares it."""
    for rule in model.model_fields[field].metadata:
        limit = getattr(rule, "max_length", None)
        if limit is not None:
            return int(limit)
    raise KeyError(f"{model.__name__}.{field} has no length limit")


class CustomerTagBase(SQLModel):
    """Tag membership as rows (locally) and as the customer's `tags` on the wire."""

    customer_id: str = Field(foreign_key="customer.id", primary_key=True)
    tag_id: str = Field(foreign_key="tag.id", primary_key=True)
    added_at: datetime = utc_field(default=...)


class TagGroupBase(SQLModel):
    """A group of tags (购买状态 / 渠道 / 风格 / 尺码 / 价值); `exclusive` groups allow one tag per customer."""

    id: str = Field(primary_key=True)
    name: str
    exclusive: bool = False
    sort_order: int = 0


class TagBase(SQLModel):
    id: str = Field(primary_key=True)
    group_id: str = Field(foreign_key="tag_group.id")
    name: str
    color: str = ""


class NoteBase(SQLModel):
    """Append-only notes on a customer."""

    id: str = Field(primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    guide_id: str | None = None
    body: str
    created_at: datetime = utc_field(default=...)
