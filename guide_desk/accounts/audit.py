# SPDX-License-Identifier: Apache-2.0
"""The audit log: one row per sensitive action, written in the action's transaction. No personal data:
entities are referred to by id only."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from guide_desk.clock import utcnow
from guide_desk.db.tables import AuditEvent
from guide_desk.ids import uuid7


def record_audit(
    session: Session,
    *,
    guide_id: str | None,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            id=uuid7(), at=utcnow(), guide_id=guide_id, action=action,
            entity=entity, entity_id=entity_id, detail=detail or {},
        )
    )


def list_audit(
    session: Session, *, action: str | None = None, guide_id: str | None = None, limit: int = 500
) -> list[AuditEvent]:
    statement = select(AuditEvent).order_by(col(AuditEvent.at).desc()).limit(limit)
    if action is not None:
        statement = statement.where(AuditEvent.action == action)
    if guide_id is not None:
        statement = statement.where(AuditEvent.guide_id == guide_id)
    return list(session.exec(statement))
