# SPDX-License-Identifier: Apache-2.0
"""What makes two customers the same person (DESIGN.md §4), for the app (guide_desk.customers.duplicates)
and the central API (guide_desk.central.merge) alike.

One active customer per normalised phone and per WeCom external id: a create or edit that would give a
second active customer one of these is refused on the PC and folded into the existing customer on the
server; where both keys match different customers, the phone wins. The duplicates review also proposes
pairs with the same name and birthday, which may well be two people and so are never refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

UNIQUE_FIELDS = ("phone_e164", "wecom_external_id")
"""The customer fields no two active customers share, the phone first."""
REVIEW_KEYS: dict[str, tuple[str, ...]] = {
    "phone": ("phone_e164",),
    "wecom": ("wecom_external_id",),
    "name_birthday": ("name", "birthday"),
}
"""Why the duplicates review proposes a pair → the fields the two customers have equal (and set)."""

R = TypeVar("R")


def unique_keys(values: Mapping[str, Any]) -> dict[str, Any]:
    """The unique values among a customer's fields (the phone already normalised to E.164), by field;
    a blank is no key."""
    return {field: values[field] for field in UNIQUE_FIELDS if values.get(field)}


def shared_key(keys: Mapping[str, Any], other: Any) -> str | None:
    """The first unique field (phone, then WeCom id) whose value `other` holds too, or None."""
    return next((f for f in UNIQUE_FIELDS if keys.get(f) is not None and getattr(other, f) == keys[f]), None)


def first_holder(keys: Mapping[str, Any], candidates: Iterable[R]) -> tuple[R, str] | None:
    """The candidate a customer with `keys` would duplicate and the field they share: a phone match
    before a WeCom match, otherwise in the given order."""
    found = [(candidate, key) for candidate in candidates if (key := shared_key(keys, candidate)) is not None]
    found.sort(key=lambda pair: UNIQUE_FIELDS.index(pair[1]))
    return found[0] if found else None
