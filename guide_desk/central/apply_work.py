# SPDX-License-Identifier: Apache-2.0
"""Note and task mutations.

Notes are append-only. Tasks: HQ owns title/description/draft/due_at/assignee (a manager may reassign within
their store), the guide owns status/outcome/snooze. Status only moves forward (open → done | cancelled);
a late status that would move it back or sideways is kept as a conflict record, unless HQ reopens."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, insert, update

from guide_desk.central.errors import Reject
from guide_desk.central.records import (
    Ctx,
    Outcome,
    active_guide,
    exists,
    exit_scope,
    get_row,
    only,
    owners_changed,
    parse,
    record_conflict,
    require,
    visible_customer,
)
from guide_desk.central.tables import Customer, Guide, Note, Task, table
from guide_desk.sync.fields import NoteFields, TaskFields

_note, _task, _guide, _customer = table(Note), table(Task), table(Guide), table(Customer)
HQ_OWNED = {"title", "description", "draft", "due_at", "assignee_guide_id"}
GUIDE_OWNED = {"status", "outcome", "outcome_amount_fen", "snoozed_until", "completed_at"}
CLOSING = {"status", "outcome", "outcome_amount_fen", "completed_at"}
CONTACT_OUTCOMES = {"reached", "purchased", "declined"}


def create_note(ctx: Ctx) -> Outcome:
    _model, given = parse(NoteFields, ctx.m.fields)
    customer = visible_customer(ctx, given["customer_id"])
    author = given.get("guide_id") or ctx.who.guide_id
    guide = get_row(ctx.conn, _guide, author)
    if guide is None or not ctx.who.sees_store(guide.store_id):
        author = ctx.who.guide_id
    body = given["body"].strip()
    if not body:
        raise Reject("invalid", "body: is empty")
    if exists(ctx.conn, _note, "note", ctx.m.entity_id):
        raise Reject("exists", f"note {ctx.m.entity_id} already exists")
    version = ctx.tx.next_version()
    ctx.conn.execute(insert(_note).values(id=ctx.m.entity_id, customer_id=customer.id, store_id=customer.store_id,
                                          guide_id=author, body=body,
                                          created_at=ctx.now, version=version))
    return Outcome("applied", version)


def create_task(ctx: Ctx) -> Outcome:
    _model, given = parse(TaskFields, ctx.m.fields)
    require(given, "title", "due_at")
    assignee = active_guide(ctx.conn, given.get("assignee_guide_id") or ctx.who.guide_id, "assignee_guide_id")
    if not ctx.who.sees_store(assignee.store_id):
        raise Reject("forbidden", "the assignee works in another store")
    if assignee.id != ctx.who.guide_id and not ctx.who.manages_store(assignee.store_id):
        raise Reject("forbidden", "only a manager may create tasks for another guide")
    if given.get("source") == "hq" and not ctx.who.is_hq:
        raise Reject("forbidden", "only HQ creates HQ tasks")
    if given.get("status", "open") != "open":
        raise Reject("invalid", "status: a new task is open")
    if given.get("customer_id") is not None:
        given["customer_id"] = visible_customer(ctx, given["customer_id"], active=True).id
    if exists(ctx.conn, _task, "task", ctx.m.entity_id):
        raise Reject("exists", f"task {ctx.m.entity_id} already exists")
    given.pop("created_by_guide_id", None)
    version = ctx.tx.next_version()
    values: dict[str, Any] = {"created_at": ctx.now, **{k: v for k, v in given.items() if v is not None},
                              "id": ctx.m.entity_id, "assignee_guide_id": assignee.id,
                              "store_id": assignee.store_id, "created_by_guide_id": ctx.who.guide_id,
                              "status": "open", "updated_at": ctx.now, "version": version}
    ctx.conn.execute(insert(_task).values(**values))
    if given.get("customer_id") is None and assignee.id != ctx.who.guide_id:
        owners_changed(ctx, assignee.store_id)
    return Outcome("applied", version)


def _may_work(ctx: Ctx, row: Row[Any]) -> bool:
    return row.assignee_guide_id == ctx.who.guide_id or ctx.who.manages_store(row.store_id)


def _authorise(ctx: Ctx, row: Row[Any], given: dict[str, Any]) -> None:
    only(given, HQ_OWNED | GUIDE_OWNED, "is set when the task is created")
    if set(given) & GUIDE_OWNED and not _may_work(ctx, row):
        raise Reject("forbidden", "a guide may only work their own tasks")
    if set(given) & (HQ_OWNED - {"assignee_guide_id"}):
        if row.source == "hq" and not ctx.who.is_hq:
            raise Reject("forbidden", "HQ owns the title, description and due date of its tasks")
        if not _may_work(ctx, row):
            raise Reject("forbidden", "a guide may only edit their own tasks")
    new = given.get("assignee_guide_id")
    if "assignee_guide_id" in given and new != row.assignee_guide_id:
        if not ctx.who.supervises:
            raise Reject("forbidden", "only a manager may reassign tasks")
        if new is None:
            raise Reject("invalid", "assignee_guide_id: is required")
        assignee = active_guide(ctx.conn, new, "assignee_guide_id")
        if not (ctx.who.manages_store(row.store_id) and ctx.who.manages_store(assignee.store_id)):
            raise Reject("forbidden", "a manager may only reassign tasks within their store")
        if row.status != "open":
            raise Reject("task_closed", f"the task is already {row.status}")
    for name in ("title", "due_at"):
        if name in given and given[name] is None:
            raise Reject("invalid", f"{name}: is required")


def update_task(ctx: Ctx) -> Outcome:
    row = get_row(ctx.conn, _task, ctx.m.entity_id)
    if row is None or not ctx.who.sees_store(row.store_id):
        raise Reject("not_found", f"task {ctx.m.entity_id} not found")
    _model, given = parse(TaskFields, ctx.m.fields)
    _authorise(ctx, row, given)
    lost: list[tuple[str, Any, Any]] = []
    status = given.get("status", row.status)
    if status != row.status or (row.status != "open" and set(given) & CLOSING):
        reopening = status == "open" and ctx.who.is_hq
        if row.status != "open" and not reopening:
            # done stays done: the first close wins, a later one is kept for review
            lost = [(k, getattr(row, k), v) for k, v in given.items() if k in CLOSING and getattr(row, k) != v]
            given = {k: v for k, v in given.items() if k not in CLOSING}
        elif reopening:
            given.update(outcome=None, outcome_amount_fen=None, completed_at=None)
    _check_close(ctx, row, given)
    changes = {k: v for k, v in given.items() if getattr(row, k) != v}
    version = row.version
    if changes:
        version = ctx.tx.next_version()
        if "assignee_guide_id" in changes:
            store_id = active_guide(ctx.conn, changes["assignee_guide_id"], "assignee_guide_id").store_id
            if store_id != row.store_id:
                changes["store_id"] = store_id
                exit_scope(ctx, store_id=row.store_id, entity="task", entity_id=row.id)
            if row.customer_id is None:  # such a task follows its assignee (central.sync_scope)
                owners_changed(ctx, row.store_id, store_id)
        ctx.conn.execute(update(_task).where(_task.c.id == row.id).values(**changes, updated_at=ctx.now,
                                                                          version=version))
        _touch_contact(ctx, row, changes)
    conflicts = [record_conflict(ctx, store_id=row.store_id, entity="task", entity_id=row.id, field_name=name,
                                 kept=kept, lost=value, lost_by=ctx.who.guide_id) for name, kept, value in lost]
    return Outcome("conflict_recorded" if conflicts else "applied", version, conflicts=conflicts)


def _check_close(ctx: Ctx, row: Row[Any], given: dict[str, Any]) -> None:
    """A task moving to done carries its outcome (and the amount when the customer purchased)."""
    if given.get("status") != "done" or row.status == "done":
        return
    outcome = given.get("outcome", row.outcome)
    amount = given.get("outcome_amount_fen", row.outcome_amount_fen)
    if outcome is None:
        raise Reject("invalid", "outcome: is required to complete a task")
    if (outcome == "purchased") != (amount is not None):
        raise Reject("invalid", "outcome_amount_fen: is required for purchased, and only for it")
    given.setdefault("completed_at", ctx.now)


def _touch_contact(ctx: Ctx, row: Row[Any], changes: dict[str, Any]) -> None:
    """A real contact (reached / purchased / declined) moves the customer's last_contact_at too."""
    if changes.get("status") != "done" or row.customer_id is None or changes.get("outcome") not in CONTACT_OUTCOMES:
        return
    customer = get_row(ctx.conn, _customer, row.customer_id)
    stamp = changes.get("completed_at") or ctx.now
    if customer is not None and (customer.last_contact_at is None or customer.last_contact_at < stamp):
        ctx.conn.execute(update(_customer).where(_customer.c.id == customer.id).values(
            last_contact_at=stamp, version=ctx.tx.next_version()))
