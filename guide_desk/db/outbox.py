# SPDX-License-Identifier: Apache-2.0
"""Recording local edits for sync. Called by services inside the edit's own transaction (DESIGN.md §4),
so an edit and its outbox row commit or vanish together."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from guide_desk.clock import utcnow
from guide_desk.db.tables import Outbox
from guide_desk.model.enums import Entity, Op
from guide_desk.model.jsonable import jsonable

AUTHOR = "author_guide_id"
"""Key in `Session.info` naming the signed-in guide; the UI's unit of work sets it, so every outbox row knows
who made the edit on a shared PC without each service passing it along."""


def record_mutation(
    session: Session,
    *,
    entity: Entity,
    entity_id: str,
    op: Op,
    base_version: int = 0,
    fields: dict[str, Any] | None = None,
    tag_adds: list[str] | None = None,
    tag_removes: list[str] | None = None,
) -> None:
    session.add(
        Outbox(
            entity=entity.value,
            entity_id=entity_id,
            op=op.value,
            base_version=base_version,
            fields={k: jsonable(v) for k, v in (fields or {}).items()},
            tag_adds=list(tag_adds or []),
            tag_removes=list(tag_removes or []),
            client_ts=utcnow(),
            author_guide_id=session.info.get(AUTHOR),
        )
    )


def pending_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Outbox).where(col(Outbox.acked_at).is_(None))).one())


def pending(session: Session, *, limit: int = 100) -> list[Outbox]:
    """The oldest edits the server has not acknowledged, in mutation_id order."""
    statement = (select(Outbox).where(col(Outbox.acked_at).is_(None))
                 .order_by(col(Outbox.mutation_id)).limit(limit))
    return list(session.exec(statement))


def record_mutations(
    session: Session, *, entity: Entity, op: Op, changes: list[tuple[str, int, dict[str, Any]]],
) -> None:
    """Bulk `record_mutation` for one entity and op: `changes` holds (entity_id, base_version, fields) in the
    order they happened; one Core executemany, so mutation ids stay in that order."""
    if not changes:
        return
    session.flush()
    stamp, author = utcnow(), session.info.get(AUTHOR)
    rows: list[dict[str, Any]] = [
        {"entity": entity.value, "entity_id": entity_id, "op": op.value, "base_version": base_version,
             "fields": {k: jsonable(v) for k, v in fields.items()}, "tag_adds": [], "tag_removes": [],
             "client_ts": stamp, "author_guide_id": author}
            for entity_id, base_version, fields in changes]
    session.execute(insert(Outbox), rows)


def rewrite_pending(session: Session, *, entity_ids: list[str], values: dict[str, Any]) -> int:
    """Overwrite `values` in every unsent edit of these rows that carries one of those fields (an erasure
    must not leave personal data waiting in the outbox). Rows stay, so mutation ids stay contiguous."""
    changed = 0
    statement = select(Outbox).where(col(Outbox.acked_at).is_(None), col(Outbox.entity_id).in_(entity_ids))
    for row in session.exec(statement):
        touched = {key: values[key] for key in row.fields if key in values}
        if touched:
            row.fields = {**row.fields, **{k: jsonable(v) for k, v in touched.items()}}
            session.add(row)
            changed += 1
    return changed
