# SPDX-License-Identifier: Apache-2.0
"""Validation of customer fields: each cleaner returns the stored value or raises InvalidInput naming the
field. Shared by create, update and import, so a value is judged the same way everywhere. The limits, choices
and phone rule are the model's (guide_desk.model), the same the server checks a pushed edit against; these
cleaners only word the problems the app's way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from guide_desk.errors import InvalidInput
from guide_desk.model.customers import CustomerBase, birthday_problem, max_length
from guide_desk.model.enums import Gender, Tier, values
from guide_desk.model.rules.phones import normalise_phone

TIERS = values(Tier)
GENDERS = values(Gender)
MAX_NAME = max_length(CustomerBase, "name")


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
    text = _text("phone", value, max_len=max_length(CustomerBase, "phone_e164"))
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
    problem = birthday_problem(value, today=today)
    if problem:
        raise InvalidInput("birthday", f"{value.isoformat()} {problem}")
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


def _limit(field: str) -> int:
    return max_length(CustomerBase, field)


def _sized(field: str) -> Callable[[Any], Any]:
    return lambda v: _text(field, v, max_len=_limit(field))


def cleaners(today: date) -> dict[str, Callable[[Any], Any]]:
    """Editable customer fields and how each is validated."""
    return {
        "name": clean_name,
        "phone_e164": clean_phone,
        "wecom_external_id": lambda v: _text("wecom_external_id", v, max_len=_limit("wecom_external_id")),
        "gender": lambda v: clean_choice("gender", v, GENDERS, optional=True),
        "birthday": lambda v: clean_birthday(v, today=today),
        **{size: _sized(size) for size in ("size_top", "size_bottom", "size_shoe")},
        "style_prefs": clean_styles,
        "tier": lambda v: clean_choice("tier", v, TIERS),
        "points": clean_points,
        "marketing_consent": lambda v: clean_bool("marketing_consent", v),
    }
