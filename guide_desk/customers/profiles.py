# SPDX-License-Identifier: Apache-2.0
"""Customer profiles: create, update, archive. Each edit writes its outbox row in the same transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from guide_desk.accounts.audit import record_audit
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.duplicates import ensure_not_duplicate
from guide_desk.customers.fields import cleaners
from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import ConsentEvent, Customer, Guide
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op
from guide_desk.model.rules.search_columns import search_columns


def _today() -> date:
    return utcnow().astimezone(STORE_TZ).date()


def _validate(fields: dict[str, Any], today: date) -> dict[str, Any]:
    rules = cleaners(today)
    unknown = sorted(set(fields) - set(rules))
    if unknown:
        raise InvalidInput(unknown[0], "is not a customer field")
    return {name: rules[name](value) for name, value in fields.items()}


def _derive(customer: Customer) -> None:
    """Search columns follow the name and phone they are derived from."""
    for column, value in search_columns(customer.name, customer.phone_e164).items():
        setattr(customer, column, value)


def get_customer(session: Session, *, customer_id: str) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer", customer_id)
    return customer


def create_customer(
    session: Session, *, owner_guide_id: str, by_guide_id: str | None, today: date | None = None,
    customer_id: str | None = None, **fields: Any,
) -> Customer:
    """Create a customer owned by `owner_guide_id`, in that guide's store. Keyword fields as in
    `fields.cleaners` (name required; phone as `phone_e164` in any written form)."""
    values = _validate(fields, today or _today())
    if "name" not in values:
        raise InvalidInput("name", "is required")
    owner = session.get(Guide, owner_guide_id)
    if owner is None:
        raise NotFound("guide", owner_guide_id)
    ensure_not_duplicate(session, phone_e164=values.get("phone_e164"),
                         wecom_external_id=values.get("wecom_external_id"))
    now = utcnow()
    customer = Customer(
        id=customer_id or uuid7(), store_id=owner.store_id, owner_guide_id=owner.id,
        name_pinyin="", name_initials="", created_at=now, updated_at=now, **values,
    )
    _derive(customer)
    session.add(customer)
    session.flush()  # the consent row's foreign key needs the customer first
    if values.get("marketing_consent"):
        _consent(session, customer_id=customer.id, granted=True, by_guide_id=by_guide_id, source="store")
    record_mutation(session, entity=Entity.CUSTOMER, entity_id=customer.id, op=Op.CREATE,
                    fields={**values, "owner_guide_id": owner.id, "store_id": owner.store_id})
    session.flush()
    return customer


def update_customer(
    session: Session, *, customer_id: str, changes: dict[str, Any], by_guide_id: str | None,
    today: date | None = None,
) -> Customer:
    """Apply `changes` (field → new value); only fields that really change are stored and queued."""
    customer = get_customer(session, customer_id=customer_id)
    if customer.archived_at is not None:
        raise InvalidInput("customer", "is archived; restore it before editing")
    values = _validate(changes, today or _today())
    changed = {k: v for k, v in values.items() if getattr(customer, k) != v}
    if not changed:
        return customer
    ensure_not_duplicate(session, phone_e164=changed.get("phone_e164"),
                         wecom_external_id=changed.get("wecom_external_id"), exclude_id=customer.id)
    for name, value in changed.items():
        setattr(customer, name, value)
    _derive(customer)
    customer.updated_at = utcnow()
    session.add(customer)
    if "marketing_consent" in changed:
        _consent(session, customer_id=customer.id, granted=changed["marketing_consent"],
                 by_guide_id=by_guide_id, source="store")
    record_mutation(session, entity=Entity.CUSTOMER, entity_id=customer.id, op=Op.UPDATE,
                    base_version=customer.server_version, fields=changed)
    session.flush()
    return customer


def archive_customer(session: Session, *, customer_id: str, by_guide_id: str | None) -> Customer:
    """Delete = archive (DESIGN.md §4): the row stays for history and sync, out of every list."""
    customer = get_customer(session, customer_id=customer_id)
    if customer.archived_at is not None:
        return customer
    customer.archived_at = customer.updated_at = utcnow()
    session.add(customer)
    record_mutation(session, entity=Entity.CUSTOMER, entity_id=customer.id, op=Op.ARCHIVE,
                    base_version=customer.server_version)
    record_audit(session, guide_id=by_guide_id, action="customer_archived", entity="customer",
                 entity_id=customer.id)
    session.flush()
    return customer


def _consent(session: Session, *, customer_id: str, granted: bool, by_guide_id: str | None, source: str) -> None:
    session.add(ConsentEvent(id=uuid7(), customer_id=customer_id, channel="wecom", granted=granted,
                             source=source, recorded_by=by_guide_id, at=utcnow()))
