# SPDX-License-Identifier: Apache-2.0
"""Core bulk writes for the handover: re-point many rows at another guide, or add the same note to many
customers, each with its outbox mutations in the same transaction (executemany, not ORM objects)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlmodel import Session

from guide_desk.db.outbox import record_mutations
from guide_desk.db.tables import Note
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op


def table_of(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


def move_rows(session: Session, model: type, entity: Entity, column: str, rows: list[tuple[str, str, int]],
          moment: datetime) -> None:
    """Point rows (id, new guide, server_version) at their new guide, and record each for sync."""
    if not rows:
        return
    table = table_of(model)
    session.connection().execute(
        update(table).where(table.c.id == bindparam("b_id")).values({column: bindparam("b_to"),
                                                                     "updated_at": moment}),
        [{"b_id": row_id, "b_to": to} for row_id, to, _version in rows])
    record_mutations(session, entity=entity, op=Op.UPDATE,
                     changes=[(row_id, version, {column: to}) for row_id, to, version in rows])


def write_notes(session: Session, customer_ids: list[str], body: str, by_guide_id: str, moment: datetime) -> None:
    """The handover note on each customer's timeline (append-only notes, synced like any other)."""
    rows: list[dict[str, Any]] = [
        {"id": uuid7(), "customer_id": cid, "guide_id": by_guide_id, "body": body, "created_at": moment}
        for cid in customer_ids]
    session.connection().execute(insert(table_of(Note)), rows)
    record_mutations(session, entity=Entity.NOTE, op=Op.CREATE,
                     changes=[(str(row["id"]), 0, {"customer_id": row["customer_id"], "guide_id": by_guide_id,
                                               "body": body}) for row in rows])
