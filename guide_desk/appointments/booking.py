# SPDX-License-Identifier: Apache-2.0
"""Booking as one write: the session and the items to prepare for it are stored together or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session

from guide_desk.appointments.items import PrepItem, set_items
from guide_desk.appointments.service import book_appointment


def book_with_items(session: Session, *, booking: dict[str, Any], items: Sequence[PrepItem]) -> str:
    """Book with `booking` (book_appointment's arguments), then set its items; returns the appointment's id."""
    booked = book_appointment(session, **booking)
    if items:
        set_items(session, appointment_id=booked.id, items=items, by_guide_id=booking["by_guide_id"])
    return booked.id
