# SPDX-License-Identifier: Apache-2.0
"""Per-store suggestion thresholds and contact caps, with defaults a store can override one by one."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlmodel import Session

from guide_desk.db.tables import Store, StoreSetting
from guide_desk.errors import InvalidInput, NotFound

NAME = "suggestions"


@dataclass(frozen=True)
class SuggestionSettings:
    post_purchase_days: tuple[int, ...] = (3, 7, 30)
    birthday_ahead_days: int = 7
    dormant_days: int = 120
    dormant_min_spent_fen: int = 300_000
    tier_offer_after_days: int = 30
    new_arrival_days: int = 14
    points_expiry_days: int = 30
    outfit_after_days: int = 10
    push_gap_days: int = 3
    dismiss_days: int = 14
    attribution_days: int = 7
    tier_repeat_low: int = 2
    tier_repeat_high: int = 5

    def validate(self) -> SuggestionSettings:
        for item in fields(self):
            value = getattr(self, item.name)
            values = value if isinstance(value, tuple) else (value,)
            if any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in values):
                raise InvalidInput(item.name, f"must be whole numbers of 0 or more (got {value!r})")
        if not 1 <= self.tier_repeat_low <= self.tier_repeat_high:
            raise InvalidInput("tier_repeat_high", "must be at least tier_repeat_low, which must be at least 1")
        if self.push_gap_days < 1:
            raise InvalidInput("push_gap_days", "must be at least 1 day")
        return self


def load_settings(session: Session, *, store_id: str) -> SuggestionSettings:
    row = session.get(StoreSetting, (store_id, NAME))
    if row is None:
        return SuggestionSettings()
    known = {f.name for f in fields(SuggestionSettings)}
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in row.values.items() if k in known}
    return replace(SuggestionSettings(), **values)


def save_settings(session: Session, *, store_id: str, changes: dict[str, Any]) -> SuggestionSettings:
    """Change some thresholds of one store; the whole result is validated before anything is written."""
    if session.get(Store, store_id) is None:
        raise NotFound("store", store_id)
    known = {f.name for f in fields(SuggestionSettings)}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise InvalidInput(unknown[0], "is not a suggestion setting")
    merged: dict[str, Any] = asdict(load_settings(session, store_id=store_id))
    merged.update({k: tuple(v) if isinstance(v, list) else v for k, v in changes.items()})
    updated = SuggestionSettings(**merged).validate()
    row = session.get(StoreSetting, (store_id, NAME)) or StoreSetting(store_id=store_id, name=NAME)
    row.values = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(updated).items()}
    session.add(row)
    session.flush()
    return updated
