# SPDX-License-Identifier: Apache-2.0
"""What sync left for a guide to decide (DESIGN.md §4, no modal dialogs): fields where another device's
edit won (conflicts) and edits the server refused (rejections), listed with the customer they concern,
and the guide's answers — keep theirs, restore mine (a normal, validated and queued edit), discard.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from guide_desk.customers.profiles import update_customer
from guide_desk.db.tables import Customer, Guide, SyncConflict, SyncRejection
from guide_desk.errors import NotAllowed, NotFound

JSON_FIELDS = frozenset({"points", "marketing_consent"})
"""Customer fields whose conflict values arrive as JSON text (numbers, yes/no); the rest are plain text."""


@dataclass(frozen=True)
class ConflictRow:
    id: str
    entity: str
    entity_id: str
    customer_name: str | None
    field: str
    mine: str | None
    theirs: str | None
    at: datetime


@dataclass(frozen=True)
class RejectionRow:
    id: str
    mutation_id: int
    entity: str
    entity_id: str
    customer_id: str | None
    customer_name: str | None
    op: str
    code: str
    message: str
    fields: dict[str, Any]
    at: datetime
    author_name: str | None = None
    """Who made the edit on this PC, when it was recorded (sync rejects edits of guides not signed in)."""
    manager_only: bool = False
    """Only a manager (or HQ) may make this change."""


MANAGER_ONLY = {("customer", "merge"), ("customer", "erase"), ("guide", "update"), ("tag", "delete"),
                ("tag_group", "delete")}
MANAGER_FIELDS = {"customer": "owner_guide_id", "task": "assignee_guide_id"}


def manager_only(entity: str, op: str, fields: dict[str, Any]) -> bool:
    """Whether the change is one only a manager (or HQ) may make: the advice after a refusal differs."""
    return (entity, op) in MANAGER_ONLY or (op == "update" and MANAGER_FIELDS.get(entity, "") in fields)


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    found: dict[str, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        rows = session.exec(select(Customer.id, Customer.name).where(col(Customer.id).in_(ordered[start:start + 500])))
        found.update({row[0]: row[1] for row in rows})
    return found


def list_conflicts(session: Session, *, resolved: bool = False) -> list[ConflictRow]:
    """Conflicts newest first, each with the customer's name when it is a customer field."""
    rows = session.exec(select(SyncConflict).where(SyncConflict.resolved == resolved)
                        .order_by(col(SyncConflict.at).desc(), col(SyncConflict.id))).all()
    names = _names(session, {r.entity_id for r in rows if r.entity == "customer"})
    return [ConflictRow(id=r.id, entity=r.entity, entity_id=r.entity_id, customer_name=names.get(r.entity_id),
                        field=r.field, mine=r.mine, theirs=r.theirs, at=r.at) for r in rows]


def _conflict(session: Session, conflict_id: str) -> SyncConflict:
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        raise NotFound("sync_conflict", conflict_id)
    return row


def keep_theirs(session: Session, *, conflict_id: str) -> None:
    """The value that won stays; the conflict is settled."""
    row = _conflict(session, conflict_id)
    row.resolved = True
    session.add(row)
    session.flush()


def _decoded(field: str, value: str | None) -> Any:
    if value is None or field not in JSON_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def keep_mine(session: Session, *, conflict_id: str, by_guide_id: str | None) -> None:
    """Restore the value that lost: for a customer field it is edited again through update_customer (so it
    is validated, re-derived and queued for the server on top of the current version); then settled."""
    row = _conflict(session, conflict_id)
    if row.entity != "customer":
        raise NotAllowed(f"only customer fields can be restored here (this conflict is on a {row.entity}); "
                         "edit it where it lives, then choose Keep theirs")
    update_customer(session, customer_id=row.entity_id, changes={row.field: _decoded(row.field, row.mine)},
                    by_guide_id=by_guide_id)
    row.resolved = True
    session.add(row)
    session.flush()


def _customer_of(entity: str, entity_id: str, fields: dict[str, Any]) -> str | None:
    if entity == "customer":
        return entity_id
    value = fields.get("customer_id")
    return value if isinstance(value, str) else None


def list_rejections(session: Session, *, resolved: bool = False) -> list[RejectionRow]:
    """Refused edits newest first, with the change's fields and the customer it concerned (when any)."""
    rows = session.exec(select(SyncRejection).where(SyncRejection.resolved == resolved)
                        .order_by(col(SyncRejection.at).desc(), col(SyncRejection.mutation_id).desc())).all()
    payloads = {r.id: (r.payload or {}) for r in rows}
    customers = {r.id: _customer_of(r.entity, r.entity_id, payloads[r.id].get("fields") or {}) for r in rows}
    names = _names(session, {c for c in customers.values() if c})
    author_ids = sorted({str(p["author_guide_id"]) for p in payloads.values() if p.get("author_guide_id")})
    authors = dict(session.exec(select(Guide.id, Guide.name).where(col(Guide.id).in_(author_ids))).all()) \
        if author_ids else {}
    result = []
    for r in rows:
        payload = payloads[r.id]
        customer_id = customers[r.id]
        fields = dict(payload.get("fields") or {})
        op = str(payload.get("op", ""))
        result.append(RejectionRow(
            id=r.id, mutation_id=r.mutation_id, entity=r.entity, entity_id=r.entity_id, customer_id=customer_id,
            customer_name=names.get(customer_id) if customer_id else None, op=op, code=r.code, message=r.message,
            fields=fields, at=r.at, author_name=authors.get(str(payload.get("author_guide_id"))),
            manager_only=manager_only(r.entity, op, fields)))
    return result


def discard_rejection(session: Session, *, rejection_id: str) -> None:
    """The guide lets the refused edit go (the server's row was already fetched back)."""
    row = session.get(SyncRejection, rejection_id)
    if row is None:
        raise NotFound("sync_rejection", rejection_id)
    row.resolved = True
    session.add(row)
    session.flush()


def count_open(session: Session) -> tuple[int, int]:
    """(unresolved conflicts, unresolved rejections), for the navigation badge."""
    conflicts = session.exec(select(func.count()).select_from(SyncConflict)
                             .where(col(SyncConflict.resolved).is_(False))).one()
    rejections = session.exec(select(func.count()).select_from(SyncRejection)
                              .where(col(SyncRejection.resolved).is_(False))).one()
    return int(conflicts), int(rejections)
