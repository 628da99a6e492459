# SPDX-License-Identifier: Apache-2.0
"""1v1 session mutations. The server validates every slot: a double booking (two PCs booking one guide or
one fitting room offline) is rejected with its reason. Status moves forward only
(booked → done | no_show | cancelled); a late, different close is kept as a conflict record."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from sqlalchemy import insert, update

from guide_desk.central.errors import Reject
from guide_desk.central.records import (
    Ctx,
    Outcome,
    active_guide,
    exists,
    get_row,
    only,
    parse,
    record_conflict,
    require,
    visible_customer,
)
from guide_desk.central.slots import check_slot
from guide_desk.central.tables import Appointment, Store, table
from guide_desk.sync.fields import AppointmentFields

_appointment, _store = table(Appointment), table(Store)
EDITABLE = {"starts_at", "ends_at", "sequence", "status", "cancel_reason", "note", "meeting_link", "address",
            "resource"}
CLOSING = {"status", "cancel_reason"}


def _check_place(kind: str, link: str | None, address: str | None) -> None:
    if link is not None:
        parsed = urlparse(link)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise Reject("invalid", "meeting_link: must be an http(s) address")
    if kind == "home" and address is None:
        raise Reject("invalid", "address: is required for a home session")


def create(ctx: Ctx) -> Outcome:
    _model, given = parse(AppointmentFields, ctx.m.fields)
    require(given, "customer_id", "starts_at", "ends_at")
    guide = active_guide(ctx.conn, given.get("guide_id") or ctx.who.guide_id, "guide_id")
    if given.get("store_id") not in (None, guide.store_id):
        raise Reject("invalid", "store_id: must be the guide's store")
    if not ctx.who.sees_store(guide.store_id):
        raise Reject("forbidden", "sessions of another store are out of scope")
    customer = visible_customer(ctx, given["customer_id"], active=True)
    if given.get("status", "booked") != "booked":
        raise Reject("invalid", "status: a new session is booked")
    kind = given.get("kind", "in_store")
    _check_place(kind, given.get("meeting_link"), given.get("address"))
    if exists(ctx.conn, _appointment, "appointment", ctx.m.entity_id):
        raise Reject("exists", f"appointment {ctx.m.entity_id} already exists")
    store = get_row(ctx.conn, _store, guide.store_id)
    assert store is not None
    check_slot(ctx, store=store, guide_id=guide.id, starts_at=given["starts_at"], ends_at=given["ends_at"],
               resource=given.get("resource"))
    version = ctx.tx.next_version()
    values: dict[str, Any] = {"created_at": ctx.now, **{k: v for k, v in given.items() if v is not None},
                              "id": ctx.m.entity_id, "customer_id": customer.id, "guide_id": guide.id,
                              "store_id": guide.store_id, "status": "booked", "updated_at": ctx.now,
                              "version": version}
    ctx.conn.execute(insert(_appointment).values(**values))
    return Outcome("applied", version)


def update_(ctx: Ctx) -> Outcome:
    row = get_row(ctx.conn, _appointment, ctx.m.entity_id)
    if row is None or not ctx.who.sees_store(row.store_id):
        raise Reject("not_found", f"appointment {ctx.m.entity_id} not found")
    _model, given = parse(AppointmentFields, ctx.m.fields)
    only(given, EDITABLE, "is set when the session is booked")
    for name in ("starts_at", "ends_at"):
        if name in given and given[name] is None:
            raise Reject("invalid", f"{name}: is required")
    starts, ends = given.get("starts_at", row.starts_at), given.get("ends_at", row.ends_at)
    resource = given.get("resource", row.resource)
    moved = (starts, ends, resource) != (row.starts_at, row.ends_at, row.resource)
    lost: list[tuple[str, Any, Any]] = []
    if row.status != "booked":
        if moved:
            raise Reject("appointment_closed", f"the session is already {row.status}")
        lost = [(k, getattr(row, k), v) for k, v in given.items() if k in CLOSING and getattr(row, k) != v]
        given = {k: v for k, v in given.items() if k not in CLOSING}
    if given.get("status") == "cancelled" and not (given.get("cancel_reason") or "").strip():
        raise Reject("invalid", "cancel_reason: say why the session is cancelled")
    _check_place(row.kind, given.get("meeting_link", row.meeting_link), given.get("address", row.address))
    if moved:
        store = get_row(ctx.conn, _store, row.store_id)
        assert store is not None
        check_slot(ctx, store=store, guide_id=row.guide_id, starts_at=starts, ends_at=ends, resource=resource,
                   ignore_id=row.id)
    bumps = moved or (given.get("status") == "cancelled" and row.status == "booked")
    given["sequence"] = max(int(given.get("sequence", 0)), row.sequence + (1 if bumps else 0))
    changes = {k: v for k, v in given.items() if getattr(row, k) != v}
    version = row.version
    if changes:
        version = ctx.tx.next_version()
        ctx.conn.execute(update(_appointment).where(_appointment.c.id == row.id).values(
            **changes, updated_at=ctx.now, version=version))
    conflicts = [record_conflict(ctx, store_id=row.store_id, entity="appointment", entity_id=row.id,
                                 field_name=name, kept=kept, lost=value, lost_by=ctx.who.guide_id)
                 for name, kept, value in lost]
    return Outcome("conflict_recorded" if conflicts else "applied", version, conflicts=conflicts)
