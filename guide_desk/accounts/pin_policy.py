# SPDX-License-Identifier: Apache-2.0
"""How long a PIN must be in a store: 4 digits by default, 6 where the store manager (store setting
"sign_in") or IT (machine config `six_digit_pins`) requires it. A guide whose PIN is shorter than the rule
chooses a new one at their next sign-in; the old one still proves who they are that once."""

from __future__ import annotations

from sqlmodel import Session

from guide_desk.accounts.audit import record_audit
from guide_desk.accounts.pins import MIN_PIN
from guide_desk.db.tables import Store, StoreSetting
from guide_desk.errors import NotFound

NAME = "sign_in"
SIX = 6


def six_digit_pins(session: Session, *, store_id: str) -> bool:
    """The store's own rule (without IT's override)."""
    row = session.get(StoreSetting, (store_id, NAME))
    return bool(row is not None and row.values.get("six_digit_pins"))


def required_pin_digits(session: Session, *, store_id: str, it_requires_six: bool = False) -> int:
    """The fewest digits a PIN of this store may have."""
    return SIX if it_requires_six or six_digit_pins(session, store_id=store_id) else MIN_PIN


def set_six_digit_pins(session: Session, *, store_id: str, required: bool, by_guide_id: str | None) -> None:
    """Turn the store's 6-digit rule on or off (audited); shorter PINs are replaced at their next sign-in."""
    if session.get(Store, store_id) is None:
        raise NotFound("store", store_id)
    row = session.get(StoreSetting, (store_id, NAME)) or StoreSetting(store_id=store_id, name=NAME)
    row.values = {**(row.values or {}), "six_digit_pins": required}
    session.add(row)
    record_audit(session, guide_id=by_guide_id, action="pin_policy_changed", entity="store", entity_id=store_id,
                 detail={"six_digit_pins": required})
    session.flush()
