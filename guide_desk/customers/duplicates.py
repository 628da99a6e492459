# SPDX-License-Identifier: Apache-2.0
"""Duplicate detection: one active customer per normalised phone and per WeCom id (DESIGN.md §4)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from guide_desk.db.tables import Customer
from guide_desk.errors import Conflict
from guide_desk.phones import mask_phone, normalise_phone


def find_duplicates(
    session: Session, *, phone: str | None = None, wecom_external_id: str | None = None,
    exclude_id: str | None = None,
) -> list[Customer]:
    """Active customers sharing the phone (any written form) or the WeCom external id."""
    found: dict[str, Customer] = {}
    checks = []
    if phone:
        checks.append(Customer.phone_e164 == normalise_phone(phone))
    if wecom_external_id:
        checks.append(Customer.wecom_external_id == wecom_external_id)
    for check in checks:
        statement = select(Customer).where(check, col(Customer.archived_at).is_(None))
        for customer in session.exec(statement):
            if customer.id != exclude_id:
                found[customer.id] = customer
    return list(found.values())


def ensure_not_duplicate(
    session: Session, *, phone_e164: str | None, wecom_external_id: str | None, exclude_id: str | None = None
) -> None:
    """Refuse a create or edit that would give two active customers one phone or WeCom id; the error
    carries the existing customer's id so the UI can offer to open it instead."""
    for existing in find_duplicates(session, phone=phone_e164, wecom_external_id=wecom_external_id,
                                    exclude_id=exclude_id):
        if phone_e164 and existing.phone_e164 == phone_e164:
            raise Conflict("duplicate_phone", f"phone {mask_phone(phone_e164)} already belongs to "
                           f"{existing.name}", existing_id=existing.id)
        raise Conflict("duplicate_wecom", f"WeCom id {wecom_external_id} already belongs to {existing.name}",
                       existing_id=existing.id)
