# SPDX-License-Identifier: Apache-2.0
"""GET /sync/pull (DESIGN.md §4): every change after `cursor` in the device's scope (central.sync_scope),
from one snapshot, ordered by version.

Each table is read with `version > cursor` (an index range on (store_id, version) or (version)), at most
limit + 1 rows each; the union is sorted and cut at `limit`. Every written row has its own version, so a
page may end anywhere and the next one starts right after it. When nothing is left the cursor jumps to the
snapshot's server_version, which is safe because versions are handed out in commit order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import Column, ColumnElement, Connection, Date, Row, String, Table, func, or_, select, type_coerce

from guide_desk.central.auth import SignedIn
from guide_desk.central.context import Principal, central
from guide_desk.central.engine import counter_state, read_tx
from guide_desk.central.errors import ERRORS, ApiError
from guide_desk.central.sync_scope import Scope, device_scope, downloaded_for, remember
from guide_desk.central.tables import (
    Appointment,
    ClientState,
    ConflictRecord,
    Customer,
    CustomerTag,
    Guide,
    Look,
    MessageTemplate,
    Note,
    Product,
    Purchase,
    ScopeExit,
    Stock,
    Store,
    Tag,
    TagGroup,
    Task,
    table,
)
from guide_desk.central.types import UTCDateTime
from guide_desk.clock import utcnow
from guide_desk.sync.protocol import MAX_ID, MAX_VERSION, PULL_DEFAULT_LIMIT, PULL_MAX_LIMIT, PullResponse

router = APIRouter(prefix="/sync", tags=["sync"], responses=ERRORS)
_ctag, _exit, _client, _customer = table(CustomerTag), table(ScopeExit), table(ClientState), table(Customer)
_INTERNAL = {"version", "deleted", "deleted_at", "field_writers", "password_hash"}


@dataclass(frozen=True)
class Source:
    """One pulled entity: its table, whether rows belong to a store, and the columns its data shows."""

    entity: str
    tbl: Table
    scoped: bool
    hide: frozenset[str] = frozenset()
    scope_column: str = "store_id"

    def columns(self, dialect: str) -> list[ColumnElement[Any]]:
        """The shown columns first (times and dates as ISO text), then version and the tombstone flag."""
        return _columns(self, dialect)

    @cached_property
    def shown(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.tbl.columns if c.name not in _INTERNAL | self.hide)

    @cached_property
    def tombstones(self) -> bool:
        return "deleted" in self.tbl.c


@lru_cache(maxsize=64)
def _columns(source: Source, dialect: str) -> list[ColumnElement[Any]]:
    tbl = source.tbl
    keep = [_as_text(tbl.c[name], dialect) for name in source.shown]
    return [*keep, tbl.c.version, *([tbl.c.deleted] if source.tombstones else [])]


def _as_text(column: Column[Any], dialect: str) -> ColumnElement[Any]:
    """Times and dates formatted by the database as ISO 8601 text, so 100k rows make no datetime objects."""
    expression: ColumnElement[Any]
    if isinstance(column.type, UTCDateTime):
        if dialect == "sqlite":  # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC
            expression = type_coerce(func.replace(type_coerce(column, String), " ", "T"), String) + "+00:00"
        else:
            expression = func.to_char(func.timezone("UTC", column), 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')
    elif isinstance(column.type, Date):
        expression = type_coerce(column, String) if dialect == "sqlite" else func.to_char(column, "YYYY-MM-DD")
    else:
        return column
    return type_coerce(expression, String).label(column.name)


SOURCES = (
    Source("store", table(Store), False, frozenset({"store_wide_view", "scope_epoch"})),
    Source("guide", table(Guide), False, frozenset({"created_at"})),
    Source("tag_group", table(TagGroup), False),
    Source("tag", table(Tag), False),
    Source("product", table(Product), False),
    Source("look", table(Look), False),
    Source("message_template", table(MessageTemplate), False),
    Source("customer", table(Customer), True),
    Source("note", table(Note), True, frozenset({"store_id"})),
    Source("task", table(Task), True, frozenset({"store_id"})),
    Source("appointment", table(Appointment), True),
    Source("purchase", table(Purchase), True, frozenset({"home_store_id"}), scope_column="home_store_id"),
    Source("stock", table(Stock), True),
    Source("conflict", table(ConflictRecord), True, frozenset({"store_id"})),
)


def _iso(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _read(conn: Connection, scope: Scope, cursor: int, limit: int) -> list[tuple[int, str, Source | None, Row[Any]]]:
    found: list[tuple[int, str, Source | None, Row[Any]]] = []
    for source in SOURCES:
        tbl = source.tbl
        statement = select(*source.columns(conn.dialect.name)).where(tbl.c.version > cursor)
        if scope.store_id is not None:
            if source.scoped:
                statement = statement.where(tbl.c[source.scope_column] == scope.store_id)
                narrowing = scope.narrowing(source.entity, tbl)
                if narrowing is not None:
                    statement = statement.where(narrowing)
            elif source.entity == "guide":  # colleagues and HQ, not every guide of the brand
                statement = statement.where(or_(tbl.c.store_id == scope.store_id, tbl.c.role == "hq"))
        statement = statement.order_by(tbl.c.version).limit(limit + 1)
        found += [(row.version, row.id, source, row) for row in conn.execute(statement).all()]
    if scope.store_id is not None:
        statement = (select(_exit).where(_exit.c.version > cursor, _exit.c.store_id == scope.store_id)
                     .order_by(_exit.c.version).limit(limit + 1))
        found += [(row.version, row.entity_id, None, row) for row in conn.execute(statement)]
    found.sort(key=lambda item: item[0])
    return found


def _tags(conn: Connection, scope: Scope, cursor: int, through: int) -> dict[str, list[str]]:
    """Tag ids of the page's customers: exactly those in scope with cursor < version ≤ through (the page is
    a prefix of the version order), so the query stays the same whatever the page holds."""
    statement = (select(_ctag.c.customer_id, _ctag.c.tag_id).join(_customer, _customer.c.id == _ctag.c.customer_id)
                 .where(_customer.c.version > cursor, _customer.c.version <= through))
    if scope.store_id is not None:
        statement = statement.where(_customer.c.store_id == scope.store_id)
    narrowing = scope.narrowing("customer", _customer)
    if narrowing is not None:
        statement = statement.where(narrowing)
    tags: dict[str, list[str]] = {}
    for customer_id, tag_id in conn.execute(statement).all():
        tags.setdefault(customer_id, []).append(tag_id)
    return tags


def _change(source: Source | None, row: Row[Any], tags: dict[str, list[str]]) -> dict[str, Any]:
    if source is None:
        return {"entity": row.entity, "id": row.entity_id, "version": row.version, "deleted": False,
                "removed_from_scope": True, "data": None}
    if source.tombstones and row.deleted:
        return {"entity": source.entity, "id": row.id, "version": row.version, "deleted": True,
                "removed_from_scope": False, "data": None}
    data = dict(zip(source.shown, row, strict=False))
    if source.entity == "customer":
        data["tags"] = tags.get(row.id, [])
    return {"entity": source.entity, "id": row.id, "version": row.version, "deleted": False,
            "removed_from_scope": False, "data": data}


def pull(conn: Connection, who: Principal, scope: Scope, *, cursor: int, limit: int,
         client_id: str | None) -> dict[str, Any]:
    """One page of the device's scope (central.sync_scope)."""
    server_version, purged_through = counter_state(conn)
    if 0 < cursor < purged_through or cursor > server_version:
        raise ApiError(410, "resync_required",
                       "this cursor is older than the server keeps deletions (or from another database): "
                       "download everything again with cursor=0, then push the outbox")
    found = _read(conn, scope, cursor, limit)
    page, has_more = found[:limit], len(found) > limit
    customer_versions = [v for v, _id, source, _row in page if source is not None and source.entity == "customer"]
    tags = _tags(conn, scope, cursor, customer_versions[-1]) if customer_versions else {}
    last_mutation_id = 0
    if client_id:
        state = conn.execute(select(_client).where(_client.c.client_id == client_id)).first()
        if state is not None and state.store_id == who.store_id:
            last_mutation_id = int(state.last_mutation_id)
    return {
        "changes": [_change(source, row, tags) for _v, _id, source, row in page],
        "cursor": page[-1][0] if has_more else max(cursor, server_version),
        "has_more": has_more,
        "last_mutation_id": last_mutation_id,
        "server_version": server_version,
    }


@router.get("/pull", response_model=PullResponse, summary="Changes after a cursor, in version order")
def pull_route(
    request: Request,
    who: SignedIn,
    cursor: Annotated[int, Query(ge=0, le=MAX_VERSION, description="the last page's cursor; 0 = everything")] = 0,
    limit: Annotated[int, Query(ge=1, le=PULL_MAX_LIMIT)] = PULL_DEFAULT_LIMIT,
    client_id: Annotated[str | None, Query(min_length=1, max_length=MAX_ID,
                                           description="the pulling client, for last_mutation_id")] = None,
) -> Response:
    engine = central(request).engine
    with read_tx(engine) as conn:
        scope = device_scope(conn, who, utcnow())
        downloaded = downloaded_for(conn, who.device_id)
        if cursor > 0 and downloaded != scope.key:
            raise ApiError(410, "resync_required", "what this PC may hold changed (a sign-in, an ended session, a "
                                                   "handover or the store's view): download it again with cursor=0, "
                                                   "then push the outbox")
        body = pull(conn, who, scope, cursor=cursor, limit=limit, client_id=client_id)
    if cursor == 0 and downloaded != scope.key:
        remember(engine, who.device_id, scope.key)
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_iso)
    return Response(payload, media_type="application/json")
