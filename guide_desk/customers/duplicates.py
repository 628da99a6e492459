# SPDX-License-Identifier: Apache-2.0
"""Duplicate detection: the queries for customers holding the same keys, judged by the uniqueness rules
the server applies too (guide_desk.model.rules.uniqueness, DESIGN.md §4)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text as sa_text
from sqlmodel import Session, col, select

from guide_desk.db.tables import Customer
from guide_desk.errors import Conflict
from guide_desk.model.rules.phones import mask_phone, normalise_phone
from guide_desk.model.rules.uniqueness import REVIEW_KEYS, first_holder, unique_keys


def find_duplicates(
    session: Session, *, phone: str | None = None, wecom_external_id: str | None = None,
    exclude_id: str | None = None,
) -> list[Customer]:
    """Active customers sharing the phone (any written form) or the WeCom external id."""
    found: dict[str, Customer] = {}
    keys = unique_keys({"phone_e164": normalise_phone(phone) if phone else None,
                        "wecom_external_id": wecom_external_id})
    for field, value in keys.items():
        statement = select(Customer).where(getattr(Customer, field) == value, col(Customer.archived_at).is_(None))
        for customer in session.exec(statement):
            if customer.id != exclude_id:
                found[customer.id] = customer
    return list(found.values())


def ensure_not_duplicate(
    session: Session, *, phone_e164: str | None, wecom_external_id: str | None, exclude_id: str | None = None
) -> None:
    """Refuse a create or edit that would give two active customers one phone or WeCom id; the error
    carries the existing customer's id so the UI can offer to open it instead."""
    keys = unique_keys({"phone_e164": phone_e164, "wecom_external_id": wecom_external_id})
    held = first_holder(keys, find_duplicates(session, phone=phone_e164, wecom_external_id=wecom_external_id,
                                              exclude_id=exclude_id))
    if held is None:
        return
    existing, field = held
    if field == "phone_e164":
        raise Conflict("duplicate_phone", f"phone {mask_phone(phone_e164)} already belongs to {existing.name}",
                       existing_id=existing.id)
    raise Conflict("duplicate_wecom", f"WeCom id {wecom_external_id} already belongs to {existing.name}",
                   existing_id=existing.id)


@dataclass(frozen=True)
class DuplicatePair:
    """Two active customers that look like one person; `keep_id` is the older record (the default survivor)."""

    keep_id: str
    keep_name: str
    other_id: str
    other_name: str
    reason: str  # phone | wecom | name_birthday


def _pairs(session: Session, condition: str, reason: str, store_id: str | None, limit: int) -> list[DuplicatePair]:
    scope = "AND a.store_id = :store AND b.store_id = :store" if store_id else ""
    statement = sa_text(f"""
        SELECT a.id, a.name, b.id, b.name FROM customer a JOIN customer b ON {condition} AND a.id < b.id
         WHERE a.archived_at IS NULL AND b.archived_at IS NULL {scope}
         ORDER BY a.created_at LIMIT :limit""")
    rows = session.execute(statement, {"store": store_id, "limit": limit}).all()
    return [DuplicatePair(a_id, a_name, b_id, b_name, reason) for a_id, a_name, b_id, b_name in rows]


def candidate_pairs(session: Session, *, store_id: str | None = None, limit: int = 500) -> list[DuplicatePair]:
    """Pairs to review: the same normalised phone, the same WeCom id (possible where records came in
    before the uniqueness rule or from two stores), or the same name and birthday."""
    found: dict[tuple[str, str], DuplicatePair] = {}
    for reason, fields in REVIEW_KEYS.items():
        condition = " AND ".join(f"a.{field} = b.{field}" for field in fields)
        for pair in _pairs(session, condition, reason, store_id, limit):
            found.setdefault((pair.keep_id, pair.other_id), pair)
    return list(found.values())[:limit]
