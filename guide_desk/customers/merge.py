# SPDX-License-Identifier: Apache-2.0
"""Merging two records of one customer: per field, the person chooses whose value survives; tags are
united; purchases, notes, tasks, 1v1 sessions, consent history and suggestion states move to the
survivor; the other record is archived. Sync sees the survivor's `update` with the chosen fields, then a
`merge` of the other record into it, so the server re-points its own copies the same way."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, col

from guide_desk.accounts.audit import record_audit
from guide_desk.clock import utcnow
from guide_desk.customers.profiles import get_customer, update_customer
from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import (
    Appointment,
    ConsentEvent,
    Customer,
    CustomerTag,
    Note,
    Purchase,
    Suggestion,
    SuggestionState,
    Tag,
    TagGroup,
    Task,
)
from guide_desk.errors import InvalidInput
from guide_desk.model.enums import Entity, Op

MERGE_FIELDS = ("name", "phone_e164", "wecom_external_id", "gender", "birthday", "size_top", "size_bottom",
                "size_shoe", "style_prefs", "tier", "points", "marketing_consent")
_MOVED = {"purchases": Purchase, "notes": Note, "tasks": Task, "sessions": Appointment,
          "consent_events": ConsentEvent, "suggestion_states": SuggestionState}


@dataclass(frozen=True)
class FieldChoice:
    field: str
    keep_value: Any
    other_value: Any

    @property
    def differs(self) -> bool:
        return bool(self.keep_value != self.other_value)


@dataclass(frozen=True)
class MergeResult:
    survivor_id: str
    merged_id: str
    fields: tuple[str, ...]
    moved: dict[str, int]
    tags_added: int


def merge_preview(session: Session, *, keep_id: str, other_id: str) -> list[FieldChoice]:
    """Both records' values, field by field, for the side-by-side choice."""
    keep, other = get_customer(session, customer_id=keep_id), get_customer(session, customer_id=other_id)
    return [FieldChoice(name, getattr(keep, name), getattr(other, name)) for name in MERGE_FIELDS]


def _unite_tags(session: Session, *, survivor_id: str, merged_id: str) -> list[str]:
    """Add the merged record's tags the survivor lacks; in an exclusive group the survivor's tag stays."""
    def held(customer_id: str) -> list[tuple[str, str, bool]]:
        statement = (select(col(CustomerTag.tag_id), col(Tag.group_id), col(TagGroup.exclusive))
                     .join(Tag, col(Tag.id) == CustomerTag.tag_id).join(TagGroup, col(TagGroup.id) == Tag.group_id)
                     .where(col(CustomerTag.customer_id) == customer_id))
        return [(t, g, bool(e)) for t, g, e in session.execute(statement)]

    mine = held(survivor_id)
    have = {tag_id for tag_id, _, _ in mine}
    exclusive_groups = {group_id for _, group_id, exclusive in mine if exclusive}
    adds = [tag_id for tag_id, group_id, exclusive in held(merged_id)
            if tag_id not in have and not (exclusive and group_id in exclusive_groups)]
    if adds:
        now = utcnow()
        session.execute(insert(CustomerTag.__table__),  # type: ignore[attr-defined]
                        [{"customer_id": survivor_id, "tag_id": tag_id, "added_at": now} for tag_id in adds])
        record_mutation(session, entity=Entity.CUSTOMER, entity_id=survivor_id, op=Op.TAGS, tag_adds=adds)
    return adds


def _refresh_aggregates(session: Session, survivor: Customer, merged: Customer) -> None:
    """Purchase totals follow the purchases that moved; the latest contact of either record counts."""
    count, total, first, last = session.execute(
        select(func.count(), func.coalesce(func.sum(col(Purchase.total_fen)), 0), func.min(col(Purchase.purchased_at)),
               func.max(col(Purchase.purchased_at))).where(col(Purchase.customer_id) == survivor.id)).one()
    contacts = [t for t in (survivor.last_contact_at, merged.last_contact_at) if t is not None]
    survivor.purchase_count, survivor.total_spent_fen = int(count), int(total)
    survivor.first_purchase_at = first or survivor.first_purchase_at
    survivor.last_purchase_at = last or survivor.last_purchase_at
    survivor.last_contact_at = max(contacts) if contacts else None
    session.add(survivor)


def merge_customers(
    session: Session, *, keep_id: str, other_id: str, take_from_other: Iterable[str], by_guide_id: str | None,
) -> MergeResult:
    """Merge `other_id` into `keep_id`; fields named in `take_from_other` take the other record's value."""
    if keep_id == other_id:
        raise InvalidInput("customer", "cannot be merged with itself")
    survivor = get_customer(session, customer_id=keep_id)
    merged = get_customer(session, customer_id=other_id)
    for customer in (survivor, merged):
        if customer.archived_at is not None:
            raise InvalidInput("customer", f"{customer.id} is archived; restore it before merging")
    chosen = list(dict.fromkeys(take_from_other))
    unknown = [name for name in chosen if name not in MERGE_FIELDS]
    if unknown:
        raise InvalidInput(unknown[0], "is not a field a merge can take")
    changes = {name: getattr(merged, name) for name in chosen if getattr(merged, name) != getattr(survivor, name)}
    now = utcnow()
    merged.archived_at = merged.updated_at = now  # first, so the survivor may take its phone or WeCom id
    session.add(merged)
    session.flush()
    moved: dict[str, int] = {}
    for label, table in _MOVED.items():
        result = session.execute(update(table).where(col(table.customer_id) == other_id)  # type: ignore[attr-defined]
                                 .values(customer_id=keep_id))
        moved[label] = int(result.rowcount)  # type: ignore[attr-defined]
    session.execute(delete(Suggestion).where(col(Suggestion.customer_id) == other_id))
    adds = _unite_tags(session, survivor_id=keep_id, merged_id=other_id)
    if changes:
        update_customer(session, customer_id=keep_id, changes=changes, by_guide_id=by_guide_id)
    _refresh_aggregates(session, survivor, merged)
    record_mutation(session, entity=Entity.CUSTOMER, entity_id=other_id, op=Op.MERGE,
                    base_version=merged.server_version, fields={"into": keep_id})
    record_audit(session, guide_id=by_guide_id, action="merge", entity="customer", entity_id=keep_id,
                 detail={"merged": other_id, "fields": sorted(changes), "moved": moved, "tags_added": len(adds)})
    session.flush()
    return MergeResult(keep_id, other_id, tuple(sorted(changes)), moved, len(adds))
