# SPDX-License-Identifier: Apache-2.0
"""The local replica's side of sync: writing pulled rows, acknowledging the outbox, re-pointing a customer
the server merged, and the sync bookkeeping (cursor, client id, last result).

Table-level only (no domain rules): the sync engine maps the server's rows (sync.mapping) and calls these
inside one transaction per pull page or push reply, so a page and its cursor commit together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, func, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlmodel import Session, col, select

from guide_desk.db.base import app_registry
from guide_desk.db.tables import Outbox, SyncRejection, SyncState
from guide_desk.ids import uuid7


def _table(name: str) -> Table:
    table = app_registry.metadata.tables[name]
    assert isinstance(table, Table)
    return table


_INSERT_ONLY = {"created_at"}


def upsert(session: Session, table_name: str, rows: list[dict[str, Any]]) -> None:
    """Insert or update by primary key, touching only the columns given (local-only columns survive)."""
    if not rows:
        return
    table = _table(table_name)
    keys = [c.name for c in table.primary_key.columns]
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_shape[tuple(sorted(row))].append(row)
    for shape, batch in by_shape.items():
        statement = insert(table)
        changed = {c: statement.excluded[c] for c in shape if c not in keys and c not in _INSERT_ONLY}
        statement = (statement.on_conflict_do_update(index_elements=keys, set_=changed) if changed
                     else statement.on_conflict_do_nothing(index_elements=keys))
        session.execute(statement, batch)


def replace_children(session: Session, table_name: str, parent_column: str, parent_ids: list[str],
                     rows: list[dict[str, Any]]) -> None:
    table = _table(table_name)
    for start in range(0, len(parent_ids), 500):
        session.execute(delete(table).where(table.c[parent_column].in_(parent_ids[start:start + 500])))
    if rows:
        session.execute(insert(table).on_conflict_do_nothing(), rows)


def _dependants(table_name: str) -> list[tuple[Table, str]]:
    """(table, column) pairs whose column references `table_name`.id."""
    found = []
    for table in app_registry.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name and fk.parent.name != "id":
                found.append((table, fk.parent.name))
    return found


def remove(session: Session, table_name: str, key: dict[str, Any]) -> None:
    """Forget a row that was deleted or left this device's scope, with the local rows that hang off it
    (a customer's notes, tags, tasks, sessions, purchases…)."""
    table = _table(table_name)
    if "id" in key:
        for child, column in _dependants(table_name):
            child_ids = [r[0] for r in session.execute(select(child.c.id).where(child.c[column] == key["id"]))] \
                if "id" in child.c else []
            for child_id in child_ids:
                remove(session, child.name, {"id": child_id})
            session.execute(delete(child).where(child.c[column] == key["id"]))
    session.execute(delete(table).where(*(table.c[k] == v for k, v in key.items())))


def repoint(session: Session, table_name: str, old_id: str, new_id: str) -> None:
    """The server merged `old_id` into `new_id`: local rows that referred to the old one follow, pending
    mutations now name the survivor, and the duplicate row goes."""
    table = _table(table_name)
    # Children move before the row they point at is renamed: foreign keys are checked at commit instead.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    for child, column in _dependants(table_name):
        keys = [c.name for c in child.primary_key.columns]
        if column in keys:  # a link row (customer_tag): move what the survivor lacks, drop the rest
            session.execute(update(child).where(child.c[column] == old_id).values({column: new_id})
                            .prefix_with("OR IGNORE"))
            session.execute(delete(child).where(child.c[column] == old_id))
        else:
            session.execute(update(child).where(child.c[column] == old_id).values({column: new_id}))
    session.execute(update(Outbox).where(col(Outbox.entity_id) == old_id).values(entity_id=new_id))
    survivor = session.execute(select(table.c.id).where(table.c.id == new_id)).first()
    if survivor is None:
        session.execute(update(table).where(table.c.id == old_id).values(id=new_id))
    else:
        session.execute(delete(table).where(table.c.id == old_id))
    for row in session.exec(select(Outbox).where(col(Outbox.acked_at).is_(None))):
        if old_id in row.fields.values():
            row.fields = {k: (new_id if v == old_id else v) for k, v in row.fields.items()}
            session.add(row)


REPLICATED = ("customer_tag", "note", "task", "appointment", "purchase_line", "purchase", "customer", "tag",
              "tag_group", "sync_conflict")
"""Tables whose rows only the server decides: emptied before a full download so rows the server no longer
has (deleted while this PC was away too long, or lost in a server restore) do not linger."""


def wipe_replica(session: Session) -> None:
    """Empty the replicated tables, keeping rows this device has pending edits of (they are re-sent)."""
    kept = {row.entity_id for row in session.exec(select(Outbox).where(col(Outbox.acked_at).is_(None)))}
    for name in REPLICATED:
        table = _table(name)
        if "id" in table.c and kept:
            session.execute(delete(table).where(table.c.id.not_in(kept)))
        elif name == "customer_tag" and kept:
            session.execute(delete(table).where(table.c.customer_id.not_in(kept)))
        else:
            session.execute(delete(table))


def fold_local_twins(session: Session, rows: list[dict[str, Any]]) -> int:
    """Pulled customers whose phone or WeCom id a different *local* active customer holds: the server merged
    (or will merge) that local one into the pulled one, so it is folded in now — its rows follow, and an
    unsent create of it becomes an edit of the survivor. Returns how many were folded."""
    table = _table("customer")
    folded = 0
    for column in ("phone_e164", "wecom_external_id"):
        wanted = {row[column]: row["id"] for row in rows if row.get(column) and row.get("archived_at") is None}
        if not wanted:
            continue
        values = sorted(wanted)
        for start in range(0, len(values), 500):
            statement = select(table.c.id, table.c[column]).where(
                table.c[column].in_(values[start:start + 500]), table.c.archived_at.is_(None))
            for local_id, value in session.execute(statement).all():
                survivor = wanted[value]
                if local_id == survivor:
                    continue
                repoint(session, "customer", local_id, survivor)
                session.execute(update(Outbox).where(col(Outbox.entity_id) == survivor, col(Outbox.op) == "create",
                                                     col(Outbox.acked_at).is_(None)).values(op="update"))
                folded += 1
    return folded


def set_version(session: Session, table_name: str, row_id: str, version: int) -> None:
    table = _table(table_name)
    if "server_version" in table.c:
        session.execute(update(table).where(table.c.id == row_id, table.c.server_version < version)
                        .values(server_version=version))


def pending_edits(session: Session, *, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Unacknowledged edits of these (entity, id) rows, oldest first, as plain dicts."""
    wanted = set(keys)
    if not wanted:
        return {}
    ids = sorted({entity_id for _entity, entity_id in wanted})
    found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        statement = (select(Outbox).where(col(Outbox.acked_at).is_(None),
                                          col(Outbox.entity_id).in_(ids[start:start + 500]))
                     .order_by(col(Outbox.mutation_id)))
        for row in session.exec(statement):
            if (row.entity, row.entity_id) in wanted:
                found[(row.entity, row.entity_id)].append({
                    "op": row.op, "fields": row.fields, "tag_adds": row.tag_adds, "tag_removes": row.tag_removes,
                    "client_ts": row.client_ts.isoformat()})
    return found


def acknowledge(session: Session, *, through: int, at: datetime) -> int:
    """Mark every pending mutation up to `through` as applied by the server."""
    result = session.execute(update(Outbox).where(col(Outbox.mutation_id) <= through, col(Outbox.acked_at).is_(None))
                             .values(acked_at=at))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def reopen_after(session: Session, *, last_applied: int) -> int:
    """The server knows fewer of our mutations than we thought (it was restored from a backup): mark the
    acknowledged ones after `last_applied` pending again so they are sent once more."""
    result = session.execute(update(Outbox).where(col(Outbox.mutation_id) > last_applied,
                                                  col(Outbox.acked_at).is_not(None)).values(acked_at=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def prune_acknowledged(session: Session, *, before: datetime) -> None:
    """Acknowledged mutations are kept a while (to re-send to a server restored from a backup), then go.
    The newest one always stays, so mutation ids keep counting up from it."""
    newest = session.exec(select(func.max(Outbox.mutation_id))).one()
    session.execute(delete(Outbox).where(col(Outbox.acked_at) < before, col(Outbox.mutation_id) != newest))


def record_rejection(session: Session, *, mutation: Outbox, code: str, message: str, at: datetime) -> None:
    session.add(SyncRejection(id=uuid7(), mutation_id=mutation.mutation_id or 0, entity=mutation.entity,
                              entity_id=mutation.entity_id, code=code, message=message, at=at,
                              payload={"op": mutation.op, "fields": mutation.fields, "tag_adds": mutation.tag_adds,
                                       "tag_removes": mutation.tag_removes, "base_version": mutation.base_version,
                                       "author_guide_id": mutation.author_guide_id}))


def get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def set_state(session: Session, key: str, value: str | None) -> None:
    row = session.get(SyncState, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value
        session.add(row)
