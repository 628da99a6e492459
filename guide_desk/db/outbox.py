# SPDX-License-Identifier: Apache-2.0
"""Recording local edits for sync. Called by services inside the edit's own transaction (DESIGN.md §4),
so an edit and its outbox row commit or vanish together."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from guide_desk.clock import utcnow
from guide_desk.db.tables import Outbox


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def record_mutation(
    session: Session,
    *,
    entity: str,
    entity_id: str,
    op: str,
    base_version: int = 0,
    fields: dict[str, Any] | None = None,
    tag_adds: list[str] | None = None,
    tag_removes: list[str] | None = None,
) -> None:
    session.add(
        Outbox(
            entity=entity,
            entity_id=entity_id,
            op=op,
            base_version=base_version,
            fields={k: _jsonable(v) for k, v in (fields or {}).items()},
            tag_adds=list(tag_adds or []),
            tag_removes=list(tag_removes or []),
            client_ts=utcnow(),
        )
    )


def pending_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(Outbox)).one())


def pending(session: Session, *, limit: int = 100) -> list[Outbox]:
    statement = select(Outbox).order_by(Outbox.mutation_id).limit(limit)  # type: ignore[arg-type]
    return list(session.exec(statement))
