# SPDX-License-Identifier: Apache-2.0
"""What the sign-in and first-run screens ask of the local data before anyone is signed in: whether this PC
still needs setting up, a guide by login once the download brought them, and a new PIN with its first
sign-in in one unit of work."""

from __future__ import annotations

from sqlmodel import Session

from guide_desk.accounts.guides import list_guides, set_pin, sign_in
from guide_desk.db.tables import Guide


def nobody_signed_in() -> Guide:
    """An unsaved stand-in with an empty login, for the steps that run before anyone is signed in."""
    return Guide(id="", store_id="", login="", name="")


def pc_needs_setup(session: Session) -> bool:
    """True when no active guide on this PC has a PIN: nobody could get past the PIN picker."""
    return not any(guide.pin_hash for guide in list_guides(session))


def guide_by_login(session: Session, *, login: str) -> Guide | None:
    """The guide row with this login on this PC (active or not), if there is one."""
    return next((g for g in list_guides(session, include_inactive=True) if g.login == login), None)


def choose_pin_and_sign_in(session: Session, *, guide_id: str, pin: str, it_requires_six: bool = False) -> Guide:
    """Store the chosen PIN (ending any lockout), then sign in with it (both audited)."""
    set_pin(session, guide_id=guide_id, pin=pin, it_requires_six=it_requires_six)
    return sign_in(session, guide_id=guide_id, pin=pin)
