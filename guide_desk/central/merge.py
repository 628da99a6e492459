# SPDX-License-Identifier: Apache-2.0
"""Merge rules for customers (DESIGN.md §4).

- Update: per-field three-way merge against base_version. `field_writers` holds, per field, the version,
  client and guide of its last write; a field another client wrote after base_version changed on both
  sides: the later arrival (this mutation) wins and the losing value becomes a conflict record.
- Colliding create: one active customer per normalised phone and per WeCom id (the rule the app applies
  too: guide_desk.model.rules.uniqueness). A create that collides is folded into the existing customer:
  blanks are filled, differing values kept as conflict records, tags united, and the created id becomes an
  alias of the survivor (`merged_into`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Row, and_, or_, select, update

from guide_desk.central.errors import Reject
from guide_desk.central.records import Ctx, Outcome, add_alias, record_conflict
from guide_desk.central.tables import Customer, table
from guide_desk.clock import STORE_TZ
from guide_desk.model.customers import birthday_problem
from guide_desk.model.rules.uniqueness import UNIQUE_FIELDS, first_holder, unique_keys
from guide_desk.sync.protocol import FieldConflict

_customer = table(Customer)
BLANK: dict[str, Any] = {"tier": "normal", "points": 0, "marketing_consent": False, "style_prefs": ""}


def check_birthday(given: dict[str, Any], now_date: date) -> None:
    birthday = given.get("birthday")
    if birthday is not None and birthday_problem(birthday, today=now_date):
        raise Reject("invalid", f"birthday: {birthday.isoformat()} is in the future or before 1900")


def store_today(ctx: Ctx) -> date:
    return ctx.now.astimezone(STORE_TZ).date()


def holder_of(ctx: Ctx, field: str, value: Any, *, exclude_id: str | None = None) -> Row[Any] | None:
    """The active customer holding a unique value (phone, WeCom id), if any."""
    if value is None:
        return None
    statement = select(_customer).where(_customer.c[field] == value, _customer.c.archived_at.is_(None))
    if exclude_id is not None:
        statement = statement.where(_customer.c.id != exclude_id)
    return ctx.conn.execute(statement).first()


def collision(ctx: Ctx, given: dict[str, Any]) -> Row[Any] | None:
    """The active customer a new one would duplicate: same normalised phone first, then same WeCom id."""
    keys = unique_keys(given)
    if not keys:
        return None
    terms = [_customer.c[field] == value for field, value in keys.items()]
    statement = select(_customer).where(and_(_customer.c.archived_at.is_(None), or_(*terms)))
    held = first_holder(keys, ctx.conn.execute(statement))
    return held[0] if held else None


def writer(ctx: Ctx, version: int) -> list[Any]:
    return [version, ctx.client_id, ctx.who.guide_id]


def three_way(ctx: Ctx, row: Row[Any], given: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, Any, Any, Any]]]:
    """Which fields change, and which of them another client changed after base_version.

    Returns (changes, conflicts as (field, kept, lost, lost_by_guide))."""
    writers: dict[str, Any] = row.field_writers or {}
    changes: dict[str, Any] = {}
    conflicts = []
    for name, value in given.items():
        current = getattr(row, name)
        if current == value:
            continue
        last = writers.get(name)
        if last and int(last[0]) > ctx.m.base_version and last[1] != ctx.client_id:
            conflicts.append((name, value, current, last[2]))
        changes[name] = value
    return changes, conflicts


def merge_create(ctx: Ctx, survivor: Row[Any], given: dict[str, Any], *, store_id: str) -> Outcome:
    """Fold a colliding create into `survivor`; the caller applies the create's tags to the survivor."""
    if survivor.store_id != store_id and not ctx.who.is_hq:
        raise Reject("exists_in_other_store",
                     "a customer with this phone or WeCom id belongs to another store; ask HQ to move them")
    changes: dict[str, Any] = {}
    lost: list[tuple[str, Any, Any]] = []
    for name, value in given.items():
        current = getattr(survivor, name)
        if value is None or value == "" or value == current or value == BLANK.get(name, object()):
            continue
        blank = current is None or current == "" or current == BLANK.get(name, object())
        taken = name in UNIQUE_FIELDS and holder_of(ctx, name, value, exclude_id=survivor.id) is not None
        if blank and not taken:
            changes[name] = value
        else:
            lost.append((name, current, value))
    version = ctx.tx.next_version()
    writers = dict(survivor.field_writers or {})
    for name in changes:
        writers[name] = writer(ctx, version)
    ctx.conn.execute(update(_customer).where(_customer.c.id == survivor.id).values(
        **changes, field_writers=writers, updated_at=ctx.now, version=version))
    conflicts: list[FieldConflict] = [
        record_conflict(ctx, store_id=survivor.store_id, entity="customer", entity_id=survivor.id,
                        field_name=name, kept=kept, lost=value, lost_by=ctx.who.guide_id)
        for name, kept, value in lost
    ]
    add_alias(ctx, "customer", ctx.m.entity_id, survivor.id)
    return Outcome("merged", version, merged_into=survivor.id, conflicts=conflicts)
