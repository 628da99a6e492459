# SPDX-License-Identifier: Apache-2.0
"""What every mutation handler shares: its context, its outcome, field parsing, scope checks, aliases of
merged records, scope exits and conflict records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, Row, Select, Table, bindparam, delete, insert, select, update

from guide_desk.central.context import Principal
from guide_desk.central.engine import TX_CACHE, Tx
from guide_desk.central.errors import Reject, describe_validation
from guide_desk.central.tables import Alias, ConflictRecord, Customer, Guide, ScopeExit, Store, table
from guide_desk.ids import uuid7
from guide_desk.model.jsonable import jsonable
from guide_desk.sync.protocol import FieldConflict, Mutation, MutationStatus

M = TypeVar("M", bound=BaseModel)
_alias, _exit, _conflict = table(Alias), table(ScopeExit), table(ConflictRecord)
_guide, _customer, _store = table(Guide), table(Customer), table(Store)


@dataclass
class Ctx:
    """One mutation being applied inside the push's transaction."""

    tx: Tx
    who: Principal
    client_id: str
    m: Mutation

    @property
    def conn(self) -> Connection:
        return self.tx.conn

    @property
    def now(self) -> datetime:
        return self.tx.now


@dataclass
class Outcome:
    status: MutationStatus
    version: int | None
    merged_into: str | None = None
    conflicts: list[FieldConflict] = field(default_factory=list)


def parse(model: type[M], fields: dict[str, Any]) -> tuple[M, dict[str, Any]]:
    """Validate a mutation's fields; returns the model and the fields as sent, cleaned."""
    try:
        parsed = model.model_validate(fields)
    except ValidationError as exc:
        raise Reject("invalid", describe_validation(exc.errors())) from None
    return parsed, {name: getattr(parsed, name) for name in fields}


def require(given: dict[str, Any], *names: str) -> None:
    for name in names:
        if given.get(name) is None:
            raise Reject("invalid", f"{name}: is required")


def only(given: dict[str, Any], allowed: set[str], why: str) -> None:
    extra = sorted(set(given) - allowed)
    if extra:
        raise Reject("invalid", f"{extra[0]}: {why}")


_BY_ID: dict[str, Select[Any]] = {}
_ALIAS = select(_alias.c.target_id).where(_alias.c.entity == bindparam("entity"),
                                          _alias.c.alias_id == bindparam("alias_id"))


def get_row(conn: Connection, tbl: Table, row_id: str) -> Row[Any] | None:
    """The row with this id. Statements are built once per table: a push runs thousands of these."""
    statement = _BY_ID.get(tbl.name)
    if statement is None:
        statement = _BY_ID[tbl.name] = select(tbl).where(tbl.c.id == bindparam("row_id"))
    return conn.execute(statement, {"row_id": row_id}).first()


def resolve(conn: Connection, entity: str, row_id: str) -> str:
    """The surviving id of a record that was merged away (a colliding create), else the id itself."""
    for _ in range(4):
        target = conn.execute(_ALIAS, {"entity": entity, "alias_id": row_id}).scalar()
        if target is None:
            return row_id
        row_id = target
    return row_id


def is_alias(conn: Connection, entity: str, row_id: str) -> bool:
    return conn.execute(_ALIAS, {"entity": entity, "alias_id": row_id}).first() is not None


def add_alias(ctx: Ctx, entity: str, alias_id: str, target_id: str) -> None:
    ctx.conn.execute(insert(_alias).values(entity=entity, alias_id=alias_id, target_id=target_id, at=ctx.now))


def active_guide(conn: Connection, guide_id: str, field_name: str) -> Row[Any]:
    cache: dict[str, Row[Any] | None] = conn.info.get(TX_CACHE, {})  # this transaction's, see write_tx
    if guide_id not in cache:
        cache[guide_id] = get_row(conn, _guide, guide_id)
    guide = cache[guide_id]
    if guide is None or not guide.active:
        raise Reject("invalid", f"{field_name}: no active guide {guide_id}")
    return guide


def visible_customer(ctx: Ctx, customer_id: str, *, active: bool = False) -> Row[Any]:
    """The customer (through aliases) if it is in the caller's scope; another store's is 'not found'."""
    customer = get_row(ctx.conn, _customer, resolve(ctx.conn, "customer", customer_id))
    if customer is None or not ctx.who.sees_store(customer.store_id):
        raise Reject("not_found", f"customer {customer_id} not found")
    if active and customer.archived_at is not None:
        raise Reject("archived", f"customer {customer_id} is archived")
    return customer


def exists(conn: Connection, tbl: Table, entity: str, row_id: str) -> bool:
    """Whether the id is taken, by a row or by the alias of a merged one (one round trip)."""
    statement = select(tbl.c.id).where(tbl.c.id == row_id).union_all(
        select(_alias.c.alias_id).where(_alias.c.entity == entity, _alias.c.alias_id == row_id))
    return conn.execute(statement).first() is not None


def record_conflict(ctx: Ctx, *, store_id: str, entity: str, entity_id: str, field_name: str, kept: Any,
                    lost: Any, lost_by: str | None) -> FieldConflict:
    conflict_id = uuid7()
    ctx.conn.execute(insert(_conflict).values(
        id=conflict_id, store_id=store_id, entity=entity, entity_id=entity_id, field=field_name,
        kept=jsonable(kept), lost=jsonable(lost), lost_by_guide_id=lost_by, at=ctx.now,
        version=ctx.tx.next_version()))
    return FieldConflict(conflict_id=conflict_id, field=field_name, kept=jsonable(kept), lost=jsonable(lost))


def _exit_id(store_id: str, entity: str, entity_id: str) -> str:
    return f"{store_id}:{entity}:{entity_id}"


def exit_scope(ctx: Ctx, *, store_id: str, entity: str, entity_id: str) -> None:
    """The row left `store_id`: that store's devices pull it as removed_from_scope."""
    key = _exit_id(store_id, entity, entity_id)
    ctx.conn.execute(delete(_exit).where(_exit.c.id == key))
    ctx.conn.execute(insert(_exit).values(id=key, store_id=store_id, entity=entity, entity_id=entity_id,
                                          at=ctx.now, version=ctx.tx.next_version()))


def owners_changed(ctx: Ctx, *store_ids: str) -> None:
    """A customer (or a task of no customer) changed hands in these stores. A store without store_wide_view
    moves its scope epoch, so each of its PCs downloads its scope again (central.sync_scope): rows that left
    a PC go, rows that came in arrive with their whole history. Nothing happens in a store-wide store."""
    cache: dict[str, Any] = ctx.conn.info.get(TX_CACHE, {})
    for store_id in set(store_ids):
        key = f"store_wide_view:{store_id}"
        if key not in cache:
            cache[key] = ctx.conn.execute(select(_store.c.store_wide_view).where(_store.c.id == store_id)).scalar()
        if cache[key] is False:
            ctx.conn.execute(update(_store).where(_store.c.id == store_id)
                             .values(scope_epoch=_store.c.scope_epoch + 1))


def enter_scope(ctx: Ctx, *, store_id: str, entity: str, entity_id: str) -> None:
    ctx.conn.execute(delete(_exit).where(_exit.c.id == _exit_id(store_id, entity, entity_id)))
