# SPDX-License-Identifier: Apache-2.0
"""Edits that change what the suggestions engine proposes for a customer (their sizes and consent, a merge,
a 1v1 session closed), each followed by that customer's recompute in the same unit of work, so tomorrow's
suggestions never lag the edit that should change them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlmodel import Session

from guide_desk.appointments.items import PrepItem, close_session
from guide_desk.customers.consent import set_consent
from guide_desk.customers.merge import MergeResult, merge_customers
from guide_desk.customers.profiles import update_customer
from guide_desk.tasks.suggestions import recompute_customer


def update_customer_and_resuggest(
    session: Session, *, customer_id: str, changes: dict[str, Any], by_guide_id: str,
) -> None:
    update_customer(session, customer_id=customer_id, changes=changes, by_guide_id=by_guide_id)
    recompute_customer(session, customer_id=customer_id)


def set_consent_and_resuggest(
    session: Session, *, customer_id: str, channel: str, granted: bool, source: str, by_guide_id: str,
) -> None:
    set_consent(session, customer_id=customer_id, channel=channel, granted=granted, source=source,
                by_guide_id=by_guide_id)
    recompute_customer(session, customer_id=customer_id)


def merge_customers_and_resuggest(
    session: Session, *, keep_id: str, other_id: str, take_from_other: Iterable[str], by_guide_id: str,
) -> MergeResult:
    outcome = merge_customers(session, keep_id=keep_id, other_id=other_id, take_from_other=take_from_other,
                              by_guide_id=by_guide_id)
    recompute_customer(session, customer_id=keep_id)
    return outcome


def close_session_and_resuggest(
    session: Session, *, appointment_id: str, customer_id: str, outcome: str, reason: str,
    items: Sequence[PrepItem] | None, amount_fen: int | None, by_guide_id: str,
) -> None:
    """Close the session; a done one may bring tomorrow's 1v1 follow-up."""
    close_session(session, appointment_id=appointment_id, outcome=outcome, reason=reason, items=items,
                  amount_fen=amount_fen, by_guide_id=by_guide_id)
    recompute_customer(session, customer_id=customer_id)
