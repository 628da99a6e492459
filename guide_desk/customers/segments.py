# SPDX-License-Identifier: Apache-2.0
"""Saved segments: a named CustomerQuery, private to a guide or shared with the store."""

from __future__ import annotations

from sqlmodel import Session, col, or_, select

from guide_desk.clock import utcnow
from guide_desk.customers.search import CustomerQuery
from guide_desk.db.tables import Segment, Tag
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7


def save_segment(session: Session, *, name: str, query: CustomerQuery, guide_id: str | None) -> Segment:
    """Save `query` under `name`; guide_id None shares it with the whole store."""
    name = name.strip()
    if not name:
        raise InvalidInput("name", "is empty")
    tag_ids = set(query.all_of) | set(query.any_of) | set(query.none_of)
    known = set(session.exec(select(Tag.id).where(col(Tag.id).in_(tag_ids)))) if tag_ids else set()
    if tag_ids - known:
        raise InvalidInput("tags", f"unknown tag {sorted(tag_ids - known)[0]}")
    segment = Segment(id=uuid7(), guide_id=guide_id, name=name, query=query.to_dict(), created_at=utcnow())
    session.add(segment)
    session.flush()
    return segment


def list_segments(session: Session, *, guide_id: str) -> list[Segment]:
    """The guide's own segments and the shared ones."""
    statement = select(Segment).where(or_(Segment.guide_id == guide_id, col(Segment.guide_id).is_(None)))
    return list(session.exec(statement.order_by(col(Segment.name))))


def segment_query(session: Session, *, segment_id: str) -> CustomerQuery:
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFound("segment", segment_id)
    return CustomerQuery.from_dict(segment.query)


def delete_segment(session: Session, *, segment_id: str) -> None:
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFound("segment", segment_id)
    session.delete(segment)
    session.flush()
