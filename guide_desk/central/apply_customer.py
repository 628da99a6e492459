# SPDX-License-Identifier: Apache-2.0
"""Customer mutations: create (merged into an existing customer on a phone / WeCom collision), update
(per-field merge), archive (delete = archive) and tags (add/remove sets).

Any guide of the store may create and edit the store's customers; handing one to another guide
(owner_guide_id) is a manager's or HQ's act, moving one to another store is HQ's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, delete, insert, select, update

from guide_desk.central.errors import Reject
from guide_desk.central.merge import (
    check_birthday,
    collision,
    holder_of,
    merge_create,
    store_today,
    three_way,
    writer,
)
from guide_desk.central.records import (
    Ctx,
    Outcome,
    active_guide,
    enter_scope,
    exists,
    exit_scope,
    owners_changed,
    parse,
    record_conflict,
    resolve,
    visible_customer,
)
from guide_desk.central.tables import Customer, CustomerTag, Note, Purchase, Tag, TagGroup, table
from guide_desk.model.rules.uniqueness import unique_keys
from guide_desk.sync.fields import CustomerFields

_customer, _ctag, _tag, _group = table(Customer), table(CustomerTag), table(Tag), table(TagGroup)
_note, _purchase = table(Note), table(Purchase)


def create(ctx: Ctx) -> Outcome:
    _model, given = parse(CustomerFields, ctx.m.fields)
    if given.get("name") is None:
        raise Reject("invalid", "name: is required")
    owner = active_guide(ctx.conn, given.pop("owner_guide_id", None) or ctx.who.guide_id, "owner_guide_id")
    store_id = given.pop("store_id", None) or owner.store_id
    if store_id != owner.store_id:
        raise Reject("invalid", "store_id: must be the owner's store")
    if not ctx.who.sees_store(store_id):
        raise Reject("forbidden", "customers of another store are out of scope")
    check_birthday(given, store_today(ctx))
    if exists(ctx.conn, _customer, "customer", ctx.m.entity_id):
        raise Reject("exists", f"customer {ctx.m.entity_id} already exists")
    survivor = collision(ctx, given)
    if survivor is not None:
        if survivor.owner_guide_id != ctx.who.guide_id:  # the author's PC re-points to someone else's customer
            owners_changed(ctx, survivor.store_id)
        outcome = merge_create(ctx, survivor, given, store_id=store_id)
        _apply_tags(ctx, survivor.id, ctx.m.tag_adds, ctx.m.tag_removes)
        return outcome
    version = ctx.tx.next_version()
    ctx.conn.execute(insert(_customer).values(
        id=ctx.m.entity_id, store_id=store_id, owner_guide_id=owner.id, source="store", created_at=ctx.now,
        updated_at=ctx.now, field_writers={name: writer(ctx, version) for name in given}, version=version,
        **given))
    _apply_tags(ctx, ctx.m.entity_id, ctx.m.tag_adds, ctx.m.tag_removes)
    if owner.id != ctx.who.guide_id:  # made on one PC for a guide who may be signed in elsewhere
        owners_changed(ctx, store_id)
    return Outcome("applied", version)


def _handover(ctx: Ctx, row: Row[Any], given: dict[str, Any]) -> None:
    """Validate owner and store changes; fills in the store when the new owner works elsewhere."""
    owner_id, store_id = given.get("owner_guide_id"), given.get("store_id")
    if "owner_guide_id" in given and owner_id is None:
        raise Reject("invalid", "owner_guide_id: is required")
    if "store_id" in given and store_id is None:
        raise Reject("invalid", "store_id: is required")
    if owner_id is not None and owner_id != row.owner_guide_id:
        if not ctx.who.supervises:
            raise Reject("forbidden", "only a manager may hand a customer to another guide")
        owner = active_guide(ctx.conn, owner_id, "owner_guide_id")
        if owner.store_id != row.store_id:
            if not ctx.who.is_hq:
                raise Reject("forbidden", "only HQ may move a customer to another store")
            given.setdefault("store_id", owner.store_id)
        if not ctx.who.manages_store(owner.store_id):
            raise Reject("forbidden", "the new owner is outside your store")
    target_store = given.get("store_id")
    if target_store is not None and target_store != row.store_id:
        if not ctx.who.is_hq:
            raise Reject("forbidden", "only HQ may move a customer to another store")
        owner = active_guide(ctx.conn, given.get("owner_guide_id") or row.owner_guide_id, "owner_guide_id")
        if owner.store_id != target_store:
            raise Reject("invalid", "store_id: the owner must be a guide of that store (send owner_guide_id too)")


def update_(ctx: Ctx) -> Outcome:
    row = visible_customer(ctx, ctx.m.entity_id)
    _model, given = parse(CustomerFields, ctx.m.fields)
    if "name" in given and given["name"] is None:
        raise Reject("invalid", "name: is required")
    _handover(ctx, row, given)
    check_birthday(given, store_today(ctx))
    if row.archived_at is None:
        for name, value in unique_keys(given).items():
            if holder_of(ctx, name, value, exclude_id=row.id) is not None:
                raise Reject(f"duplicate_{name.removesuffix('_e164').removesuffix('_external_id')}",
                             f"{name}: another active customer already has {value}")
    changes, lost = three_way(ctx, row, given)
    if not changes:
        return Outcome("applied", row.version)
    version = ctx.tx.next_version()
    writers = dict(row.field_writers or {})
    for name in changes:
        writers[name] = writer(ctx, version)
    ctx.conn.execute(update(_customer).where(_customer.c.id == row.id).values(
        **changes, field_writers=writers, updated_at=ctx.now, version=version))
    store_id = changes.get("store_id", row.store_id)
    if store_id != row.store_id:
        _move_store(ctx, row.id, row.store_id, store_id)
    if changes.get("owner_guide_id", row.owner_guide_id) != row.owner_guide_id:
        owners_changed(ctx, row.store_id, store_id)
    conflicts = [record_conflict(ctx, store_id=store_id, entity="customer", entity_id=row.id, field_name=name,
                                 kept=kept, lost=value, lost_by=by) for name, kept, value, by in lost]
    return Outcome("conflict_recorded" if conflicts else "applied", version, conflicts=conflicts)


def _move_store(ctx: Ctx, customer_id: str, old: str, new: str) -> None:
    """The customer, their notes and purchases leave `old` (removed_from_scope there) and appear in `new`."""
    exit_scope(ctx, store_id=old, entity="customer", entity_id=customer_id)
    enter_scope(ctx, store_id=new, entity="customer", entity_id=customer_id)
    for tbl, entity, column in ((_note, "note", "store_id"), (_purchase, "purchase", "home_store_id")):
        for (row_id,) in ctx.conn.execute(select(tbl.c.id).where(tbl.c.customer_id == customer_id)).all():
            ctx.conn.execute(update(tbl).where(tbl.c.id == row_id).values(
                {column: new, "version": ctx.tx.next_version()}))
            exit_scope(ctx, store_id=old, entity=entity, entity_id=row_id)
            enter_scope(ctx, store_id=new, entity=entity, entity_id=row_id)


def archive(ctx: Ctx) -> Outcome:
    row = visible_customer(ctx, ctx.m.entity_id)
    if row.archived_at is not None:
        return Outcome("applied", row.version)
    version = ctx.tx.next_version()
    ctx.conn.execute(update(_customer).where(_customer.c.id == row.id).values(
        archived_at=ctx.now, updated_at=ctx.now, version=version))
    return Outcome("applied", version)


def tags(ctx: Ctx) -> Outcome:
    row = visible_customer(ctx, ctx.m.entity_id)
    if not _apply_tags(ctx, row.id, ctx.m.tag_adds, ctx.m.tag_removes):
        return Outcome("applied", row.version)
    version = ctx.tx.next_version()
    ctx.conn.execute(update(_customer).where(_customer.c.id == row.id).values(updated_at=ctx.now, version=version))
    return Outcome("applied", version)


def _apply_tags(ctx: Ctx, customer_id: str, adds: list[str], removes: list[str]) -> bool:
    """Add and remove tag ids (through aliases); tags deleted meanwhile are skipped. In an exclusive group
    an added tag replaces the customer's other tag of that group. Returns whether anything changed."""
    if not adds and not removes:
        return False
    adds = list(dict.fromkeys(resolve(ctx.conn, "tag", t) for t in adds))
    removes = [resolve(ctx.conn, "tag", t) for t in removes]
    held = {r.tag_id: r.group_id for r in ctx.conn.execute(
        select(_ctag.c.tag_id, _tag.c.group_id).join(_tag, _tag.c.id == _ctag.c.tag_id)
        .where(_ctag.c.customer_id == customer_id))}
    live = {r.id: r for r in ctx.conn.execute(
        select(_tag.c.id, _tag.c.group_id, _group.c.exclusive).join(_group, _group.c.id == _tag.c.group_id)
        .where(_tag.c.id.in_(adds), _tag.c.deleted.is_(False)))} if adds else {}
    drop = {t for t in removes if t in held and t not in live}
    new = [t for t in adds if t in live and t not in held]
    for tag_id in new:
        if live[tag_id].exclusive:
            drop |= {t for t, g in held.items() if g == live[tag_id].group_id and t != tag_id}
    if drop:
        ctx.conn.execute(delete(_ctag).where(_ctag.c.customer_id == customer_id, _ctag.c.tag_id.in_(drop)))
    if new:
        ctx.conn.execute(insert(_ctag), [{"customer_id": customer_id, "tag_id": t, "added_at": ctx.now} for t in new])
    return bool(drop or new)
