# SPDX-License-Identifier: Apache-2.0
"""What a device may pull (DESIGN.md §4): its store's rows, narrowed to the customers of the guides signed in
on it when the store's `store_wide_view` is off.

A device's scope is decided by the server from the live sessions on the device, never by the client or by
whichever guide's token happens to pull. HQ sees every store. A store-wide store (the default), or a device
with a manager's live session, sees the whole store. Otherwise the device sees the customers owned by the
guides signed in on it, and everything hanging off them: their tags, notes, tasks (and the tasks of no
customer assigned to those guides), purchases, sessions and conflict records. Brand-wide rows (catalog, tag
groups and tags, templates) and the guides of its own store (plus HQ users) reach every device.

Scope changes are handled by re-downloading, not by streaming rows in and out: a scope *key* names what a
device's data was downloaded for (`all`, or the store's scope epoch plus the signed-in guides). It is saved
on the device row when a full download starts (cursor 0); a later page asked for under another key is
answered 410 resync_required, and the client downloads its scope again, keeping its outbox. A key changes
when a guide signs in or their session ends, when the store's view is switched, and when a customer changes
hands in a narrowed store (central.records.owners_changed moves the epoch). This is the simplest design
that is exact both ways: rows entering scope come with their whole history whatever their version (a
cursor cannot do that), rows leaving scope are gone, and a store-wide store — the common case — pays
nothing but one small read per page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Select, Table, and_, or_, select, update

from guide_desk.central.context import Principal
from guide_desk.central.sessions import live_guides
from guide_desk.central.tables import Appointment, Customer, Device, Store, Task, table

WHOLE = "all"
_store, _device, _customer = table(Store), table(Device), table(Customer)
_task, _appointment = table(Task), table(Appointment)


@dataclass(frozen=True)
class Scope:
    store_id: str | None
    """The store whose rows are pulled; None: every store (HQ)."""
    guides: tuple[str, ...] | None
    """Only these guides' customers; None: the whole store."""
    key: str

    def customers(self) -> Select[Any]:
        assert self.guides is not None
        return select(_customer.c.id).where(_customer.c.store_id == self.store_id,
                                            _customer.c.owner_guide_id.in_(self.guides))

    def tasks(self) -> Select[Any]:
        return select(_task.c.id).where(self.task_condition(_task))

    def task_condition(self, tbl: Table) -> ColumnElement[bool]:
        assert self.guides is not None
        return or_(tbl.c.customer_id.in_(self.customers()),
                   and_(tbl.c.customer_id.is_(None), tbl.c.assignee_guide_id.in_(self.guides)))

    def narrowing(self, entity: str, tbl: Table) -> ColumnElement[bool] | None:
        """The extra condition on a store-scoped entity's rows when the device sees only some guides."""
        if self.guides is None:
            return None
        if entity == "customer":
            return tbl.c.owner_guide_id.in_(self.guides)
        if entity in ("note", "purchase", "appointment"):
            return tbl.c.customer_id.in_(self.customers())
        if entity == "task":
            return self.task_condition(tbl)
        if entity == "conflict":
            appointments = select(_appointment.c.id).where(_appointment.c.customer_id.in_(self.customers()))
            return or_(and_(tbl.c.entity == "customer", tbl.c.entity_id.in_(self.customers())),
                       and_(tbl.c.entity == "task", tbl.c.entity_id.in_(self.tasks())),
                       and_(tbl.c.entity == "appointment", tbl.c.entity_id.in_(appointments)))
        return None


def device_scope(conn: Connection, who: Principal, now: datetime) -> Scope:
    if who.is_hq:
        return Scope(None, None, WHOLE)
    store = conn.execute(select(_store.c.store_wide_view, _store.c.scope_epoch)
                         .where(_store.c.id == who.store_id)).one()
    if store.store_wide_view:
        return Scope(who.store_id, None, WHOLE)
    live = live_guides(conn, who.device_id, now)
    if any(guide.role in ("manager", "hq") for guide in live):
        return Scope(who.store_id, None, WHOLE)
    guides = tuple(guide.id for guide in live)
    return Scope(who.store_id, guides, f"{store.scope_epoch}:{','.join(guides)}")


def downloaded_for(conn: Connection, device_id: str) -> str:
    """The scope key the device's last full download was made for."""
    key = conn.execute(select(_device.c.scope_key).where(_device.c.id == device_id)).scalar()
    return str(key) if key else WHOLE


def remember(engine: Engine, device_id: str, key: str) -> None:
    """A full download starts under `key` (no version: the device row is never pulled)."""
    with engine.begin() as conn:
        conn.execute(update(_device).where(_device.c.id == device_id).values(scope_key=None if key == WHOLE else key))
