# SPDX-License-Identifier: Apache-2.0
"""Customer search: text (name or given name, phone in any form, pinyin initials or full pinyin) plus a tag expression
(all of / any of / none of), as one SQL statement whose every text branch is an index range scan.

Phone digits are stored forwards and reversed, so "138…" (a prefix) and "…8000" (the last digits a
customer reads out) are both prefix lookups.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlmodel import Session, col

from guide_desk.db.tables import Customer, CustomerTag, Guide, Tag
from guide_desk.errors import InvalidInput
from guide_desk.model.rules.phones import mask_phone

MIN_PHONE_DIGITS = 3
SORTS = ("name", "tier", "last_purchase", "last_contact", "owner", "created", "spent")
_PHONE_CHARS = re.compile(r"[\s\-+()]")
_TIER_ORDER = {"normal": 0, "silver": 1, "gold": 2, "platinum": 3}


@dataclass(frozen=True)
class CustomerQuery:
    """What a guide asked for. Tag fields hold tag ids; owner_ids None means the whole store."""

    text: str = ""
    all_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    store_id: str | None = None
    owner_ids: tuple[str, ...] | None = None
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CustomerQuery:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "extra"}
        for name in ("all_of", "any_of", "none_of"):
            known[name] = tuple(known.get(name, ()))
        if known.get("owner_ids") is not None:
            known["owner_ids"] = tuple(known["owner_ids"])
        return cls(**known)


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers table, ready to show (phone already masked)."""

    id: str
    name: str
    phone_masked: str
    tier: str
    tags: str
    last_purchase_at: datetime | None
    last_contact_at: datetime | None
    owner_name: str


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, written as a range so SQLite uses the column's index."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def text_condition(text: str) -> ColumnElement[bool] | None:
    """How a typed search string matches a customer; None when there is nothing to match."""
    raw = text.strip()
    if not raw:
        return None
    digits = _PHONE_CHARS.sub("", raw)
    if digits.isdigit():
        if len(digits) < MIN_PHONE_DIGITS:
            return None  # every mobile starts with 1: one or two digits narrow nothing yet
        if len(digits) > 11 and digits.startswith("86"):
            digits = digits[2:]
        return or_(_prefix(Customer.phone_digits, digits), _prefix(Customer.phone_rev, digits[::-1]))
    if raw.isascii():
        letters = "".join(ch for ch in raw.lower() if ch.isalnum())
        if not letters:
            return None
        if len(letters) == 1:  # the first letter of the pinyin is the first initial: one index range suffices
            return _prefix(Customer.name_initials, letters)
        return or_(_prefix(Customer.name_initials, letters), _prefix(Customer.name_pinyin, letters))
    return or_(_prefix(Customer.name, raw), _prefix(Customer.name_given, raw))


def _tagged(tag_ids: tuple[str, ...]) -> Any:
    return select(col(CustomerTag.customer_id)).where(col(CustomerTag.tag_id).in_(tag_ids))


def _has_tag(tag_ids: tuple[str, ...]) -> Any:
    """Correlated check on customer_tag's primary key: cheap per candidate row."""
    return select(col(CustomerTag.customer_id)).where(
        col(CustomerTag.customer_id) == col(Customer.id), col(CustomerTag.tag_id).in_(tag_ids)).exists()


def _tag_conditions(query: CustomerQuery, *, narrowed: bool) -> list[Any]:
    """With typed text the text index finds few candidates, so each is checked for its tags; without
    text the tag index drives and customers are fetched from the tag's member list."""
    conditions: list[Any] = []
    if narrowed:
        conditions += [_has_tag((tag_id,)) for tag_id in query.all_of]
        if query.any_of:
            conditions.append(_has_tag(query.any_of))
        if query.none_of:
            conditions.append(~_has_tag(query.none_of))
        return conditions
    conditions += [col(Customer.id).in_(_tagged((tag_id,))) for tag_id in query.all_of]
    if query.any_of:
        conditions.append(col(Customer.id).in_(_tagged(query.any_of)))
    if query.none_of:
        conditions.append(col(Customer.id).not_in(_tagged(query.none_of)))
    return conditions


def _sort_key(sort: str) -> Any:
    if sort not in SORTS:
        raise InvalidInput("sort", f"must be one of {', '.join(SORTS)} (got '{sort}')")
    return {
        "name": Customer.name_pinyin,
        "tier": case(_TIER_ORDER, value=Customer.tier, else_=0),
        "last_purchase": Customer.last_purchase_at,
        "last_contact": Customer.last_contact_at,
        "owner": Customer.owner_guide_id,
        "created": Customer.created_at,
        "spent": Customer.total_spent_fen,
    }[sort]


def build_search(query: CustomerQuery, *, limit: int | None = None) -> Select[Any]:
    """The statement behind a search; exposed so the benchmark can run the very same SQL raw."""
    statement = select(col(Customer.id))
    conditions: list[Any] = []
    if not query.include_archived:
        conditions.append(col(Customer.archived_at).is_(None))
    if query.store_id is not None:
        conditions.append(Customer.store_id == query.store_id)
    if query.owner_ids is not None:
        conditions.append(col(Customer.owner_guide_id).in_(query.owner_ids))
    matched = text_condition(query.text)
    if matched is not None:
        conditions.append(matched)
    conditions += _tag_conditions(query, narrowed=matched is not None)
    key = _sort_key(query.sort)
    order = [key.desc() if query.descending else key.asc(), col(Customer.id).asc()]
    statement = statement.where(*conditions).order_by(*order)
    return statement.limit(limit) if limit is not None else statement


def search_customer_ids(session: Session, *, query: CustomerQuery, limit: int | None = None) -> list[str]:
    """Matching customer ids in display order (the table model keeps ids and fetches rows lazily).

    Runs on the Core connection: a store's full list is ~50k ids, and the ORM result layer would add ~40%."""
    return list(session.connection().execute(build_search(query, limit=limit)).scalars())


def customer_names(session: Session, *, ids: list[str]) -> dict[str, str]:
    """Names by id, for lists that only need to say whose task or session a row is."""
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        statement = select(col(Customer.id), col(Customer.name)).where(col(Customer.id).in_(chunk))
        names.update({row[0]: row[1] for row in session.connection().execute(statement)})
    return names


def customer_rows(session: Session, *, ids: list[str]) -> list[CustomerRow]:
    """Display rows for `ids`, in the same order; unknown ids are skipped."""
    if not ids:
        return []
    tags = (
        select(func.group_concat(col(Tag.name), " · "))
        .join(CustomerTag, col(CustomerTag.tag_id) == Tag.id)
        .where(col(CustomerTag.customer_id) == col(Customer.id))
        .scalar_subquery()
    )
    statement = (
        select(col(Customer.id), col(Customer.name), col(Customer.phone_e164), col(Customer.tier), tags,
               col(Customer.last_purchase_at), col(Customer.last_contact_at), col(Guide.name))
        .join(Guide, col(Guide.id) == Customer.owner_guide_id)
        .where(col(Customer.id).in_(ids))
    )
    found = {
        row[0]: CustomerRow(row[0], row[1], mask_phone(row[2]), row[3], row[4] or "", row[5], row[6], row[7])
        for row in session.execute(statement)
    }
    return [found[i] for i in ids if i in found]
