# SPDX-License-Identifier: Apache-2.0
"""Validation of customer fields: each cleaner returns the stored value or raises InvalidInput naming the
field. Shared by create, update and (later) import, so a value is judged the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from guide_desk.errors import InvalidInput
from guide_desk.model.rules.phones import normalise_phone

TIERS = ("normal", "silver", "gold", "platinum")
GENDERS = ("F", "M")
MAX_NAME = 64


def _text(field: str, value: Any, *, required: bool = False, max_len: int = 64) -> str | None:
    if value is None:
        if required:
            raise InvalidInput(field, "is required")
        return None
    if not isinstance(value, str):
        raise InvalidInput(field, f"must be text (got {type(value).__name__})")
    text = value.strip()
    if not text:
        if required:
            raise InvalidInput(field, "is empty")
        return None
    if len(text) > max_len:
        raise InvalidInput(field, f"is longer than {max_len} characters")
    return text


def clean_name(value: Any) -> str:
    name = _text("name", value, required=True, max_len=MAX_NAME)
    assert name is not None
    return name


def clean_phone(value: Any) -> str | None:
    text = _text("phone", value, max_len=32)
    return None if text is None else normalise_phone(text)


def clean_birthday(value: Any, *, today: date) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError as exc:
            raise InvalidInput("birthday", f"'{value}' is not a date like 1990-05-17") from exc
    if not isinstance(value, date):
        raise InvalidInput("birthday", "must be a date")
    if value > today:
        raise InvalidInput("birthday", f"{value.isoformat()} is in the future")
    if value.year < 1900:
        raise InvalidInput("birthday", f"{value.isoformat()} is before 1900")
    return value


def clean_choice(field: str, value: Any, choices: tuple[str, ...], *, optional: bool = False) -> str | None:
    if value in (None, "") and optional:
        return None
    if value not in choices:
        raise InvalidInput(field, f"must be one of {', '.join(choices)} (got '{value}')")
    return str(value)


def clean_points(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput("points", "must be a whole number")
    if value < 0:
        raise InvalidInput("points", "must not be negative")
    return value


def clean_styles(value: Any) -> str:
    if value is None:
        return ""
    items = value.split(",") if isinstance(value, str) else list(value)
    cleaned = [str(item).strip() for item in items if str(item).strip()]
    return ",".join(dict.fromkeys(cleaned))


def clean_bool(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(field, "must be yes or no")
    return value


def cleaners(today: date) -> dict[str, Callable[[Any], Any]]:
    """Editable customer fields and how each is validated."""
    return {
        "name": clean_name,
        "phone_e164": clean_phone,
        "wecom_external_id": lambda v: _text("wecom_external_id", v, max_len=128),
        "gender": lambda v: clean_choice("gender", v, GENDERS, optional=True),
        "birthday": lambda v: clean_birthday(v, today=today),
        "size_top": lambda v: _text("size_top", v, max_len=8),
        "size_bottom": lambda v: _text("size_bottom", v, max_len=8),
        "size_shoe": lambda v: _text("size_shoe", v, max_len=8),
        "style_prefs": clean_styles,
        "tier": lambda v: clean_choice("tier", v, TIERS),
        "points": clean_points,
        "marketing_consent": lambda v: clean_bool("marketing_consent", v),
    }
