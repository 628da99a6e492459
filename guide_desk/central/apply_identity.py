# SPDX-License-Identifier: Apache-2.0
"""Mutations that change who a record belongs to: a manager merging two customers, erasing one (PIPL), or
deactivating a guide who leaves.

Merge: the loser's notes, tasks, sessions, purchases and tags move to the survivor (each moved row takes a
new version so every device pulls it), the loser is archived and its id becomes an alias of the survivor.
Erase: personal fields and note bodies are purged and the customer archived; the row stays so that ids in
history still resolve. Both are manager or HQ acts, like a handover."""

from __future__ import annotations

from sqlalchemy import insert, select, update

from guide_desk.central.errors import Reject
from guide_desk.central.records import (
    Ctx,
    Outcome,
    add_alias,
    get_row,
    only,
    owners_changed,
    resolve,
    visible_customer,
)
from guide_desk.central.sessions import end_sessions
from guide_desk.central.tables import Appointment, Customer, CustomerTag, Guide, Note, Purchase, Task, table

_customer, _ctag, _note, _task = table(Customer), table(CustomerTag), table(Note), table(Task)
_appointment, _purchase, _guide = table(Appointment), table(Purchase), table(Guide)
ERASED_NAME = "已删除顾客"
PERSONAL = {"phone_e164": None, "wecom_external_id": None, "gender": None, "birthday": None, "size_top": None,
            "size_bottom": None, "size_shoe": None, "style_prefs": "", "points": 0, "points_expire_on": None,
            "marketing_consent": False}


def _supervisor(ctx: Ctx, store_id: str, what: str) -> None:
    if not ctx.who.manages_store(store_id):
        raise Reject("forbidden", f"only a manager or HQ may {what}")


def merge(ctx: Ctx) -> Outcome:
    into = ctx.m.fields.get("into")
    if not isinstance(into, str) or not into:
        raise Reject("invalid", "into: the surviving customer's id is required")
    loser = visible_customer(ctx, ctx.m.entity_id)
    survivor = visible_customer(ctx, resolve(ctx.conn, "customer", into), active=True)
    if loser.id == survivor.id:
        return Outcome("applied", survivor.version)
    _supervisor(ctx, loser.store_id, "merge customers")
    if loser.owner_guide_id != survivor.owner_guide_id:  # the loser's history moves to another guide
        owners_changed(ctx, loser.store_id, survivor.store_id)
    held = {r.tag_id for r in ctx.conn.execute(select(_ctag.c.tag_id).where(_ctag.c.customer_id == survivor.id))}
    moving = [r for r in ctx.conn.execute(select(_ctag).where(_ctag.c.customer_id == loser.id))
              if r.tag_id not in held]
    ctx.conn.execute(_ctag.delete().where(_ctag.c.customer_id == loser.id))
    if moving:
        ctx.conn.execute(insert(_ctag), [{"customer_id": survivor.id, "tag_id": r.tag_id, "added_at": r.added_at}
                                         for r in moving])
    for tbl in (_note, _task, _appointment, _purchase):
        ids = [r.id for r in ctx.conn.execute(select(tbl.c.id).where(tbl.c.customer_id == loser.id))]
        for row_id in ids:
            ctx.conn.execute(update(tbl).where(tbl.c.id == row_id).values(
                customer_id=survivor.id, version=ctx.tx.next_version()))
    ctx.conn.execute(update(_customer).where(_customer.c.id == loser.id).values(
        archived_at=loser.archived_at or ctx.now, updated_at=ctx.now, version=ctx.tx.next_version()))
    version = ctx.tx.next_version()
    ctx.conn.execute(update(_customer).where(_customer.c.id == survivor.id).values(updated_at=ctx.now,
                                                                                     version=version))
    add_alias(ctx, "customer", loser.id, survivor.id)
    return Outcome("applied", version)


def erase(ctx: Ctx) -> Outcome:
    row = visible_customer(ctx, ctx.m.entity_id)
    _supervisor(ctx, row.store_id, "erase a customer's personal data")
    for note_id in [r.id for r in ctx.conn.execute(select(_note.c.id).where(_note.c.customer_id == row.id))]:
        ctx.conn.execute(update(_note).where(_note.c.id == note_id).values(body="", version=ctx.tx.next_version()))
    version = ctx.tx.next_version()
    ctx.conn.execute(update(_customer).where(_customer.c.id == row.id).values(
        **PERSONAL, name=ERASED_NAME, archived_at=row.archived_at or ctx.now, updated_at=ctx.now,
        field_writers={}, version=version))
    ctx.conn.execute(_ctag.delete().where(_ctag.c.customer_id == row.id))
    return Outcome("applied", version)


def update_guide(ctx: Ctx) -> Outcome:
    """A manager deactivates (or reactivates) a guide of their store; guides are never deleted. Deactivating
    ends the guide's sessions on every device."""
    only(ctx.m.fields, {"active"}, "a device may only change whether a guide is active")
    active = ctx.m.fields.get("active")
    if not isinstance(active, bool):
        raise Reject("invalid", "active: must be true or false")
    guide = get_row(ctx.conn, _guide, ctx.m.entity_id)
    if guide is None or not ctx.who.sees_store(guide.store_id):
        raise Reject("not_found", f"guide {ctx.m.entity_id} not found")
    _supervisor(ctx, guide.store_id, "deactivate a guide")
    if guide.id == ctx.who.guide_id and not active:
        raise Reject("invalid", "active: a manager cannot deactivate themselves")
    if guide.active == active:
        return Outcome("applied", guide.version)
    version = ctx.tx.next_version()
    ctx.conn.execute(update(_guide).where(_guide.c.id == guide.id).values(active=active, version=version))
    if not active:  # signed out everywhere at once: their tokens and pending edits are refused from now on
        end_sessions(ctx.conn, ctx.now, guide_id=guide.id)
    return Outcome("applied", version)
