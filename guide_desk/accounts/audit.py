# SPDX-License-Identifier: Apache-2.0
"""The audit log: one row per sensitive action, written in the action's transaction. No personal data:
entities are referred to by id only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from guide_desk.clock import utcnow
from guide_desk.db.tables import AuditEvent, Guide
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


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    guide_id: str | None
    guide_name: str
    action: str
    entity: str | None
    entity_id: str | None
    detail: dict[str, Any]


def search_audit(
    session: Session, *, actions: Sequence[str] | None = None, guide_id: str | None = None,
    since: datetime | None = None, until: datetime | None = None, text: str = "", limit: int = 1000,
) -> list[AuditRow]:
    """The audit log for the manager's viewer, newest first: by actions, guide, time range [since, until)
    and text (matched in the action, the entity id and the detail)."""
    statement = (sa_select(AuditEvent, col(Guide.name)).outerjoin(Guide, col(Guide.id) == AuditEvent.guide_id)
                 .order_by(col(AuditEvent.at).desc()).limit(limit))
    if actions:
        statement = statement.where(col(AuditEvent.action).in_(list(actions)))
    if guide_id is not None:
        statement = statement.where(col(AuditEvent.guide_id) == guide_id)
    if since is not None:
        statement = statement.where(col(AuditEvent.at) >= since)
    if until is not None:
        statement = statement.where(col(AuditEvent.at) < until)
    if text.strip():
        pattern = f"%{text.strip()}%"
        statement = statement.where(or_(col(AuditEvent.action).like(pattern), col(AuditEvent.entity_id).like(pattern),
                                        cast(col(AuditEvent.detail), String).like(pattern)))
    return [AuditRow(e.id, e.at, e.guide_id, name or "", e.action, e.entity, e.entity_id, dict(e.detail or {}))
            for e, name in session.execute(statement)]


def audit_actions(session: Session) -> list[str]:
    """Every action the log holds, for the viewer's filter."""
    return list(session.scalars(sa_select(col(AuditEvent.action)).distinct().order_by(col(AuditEvent.action))))
