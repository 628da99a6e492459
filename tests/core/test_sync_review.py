# SPDX-License-Identifier: Apache-2.0
"""What sync leaves for the guide: conflicts (keep mine / keep theirs) and refused edits (discard), on a
real local database with hand-built conflict and rejection rows as the sync engine writes them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from builders import add_customer
from sqlmodel import Session, col, select

from guide_desk.customers.profiles import get_customer
from guide_desk.customers.sync_review import (
    count_open,
    discard_rejection,
    keep_mine,
    keep_theirs,
    list_conflicts,
    list_rejections,
)
from guide_desk.db.engine import transaction
from guide_desk.db.outbox import pending
from guide_desk.db.tables import SyncConflict, SyncRejection
from guide_desk.errors import InvalidInput, NotAllowed, NotFound
from guide_desk.ids import uuid7

AT = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)


def conflict(session: Session, *, entity: str = "customer", entity_id: str, field: str, mine: str | None,
             theirs: str | None, at: datetime = AT) -> SyncConflict:
    row = SyncConflict(id=uuid7(), entity=entity, entity_id=entity_id, field=field, mine=mine, theirs=theirs, at=at)
    session.add(row)
    session.commit()
    return row


def rejection(session: Session, *, entity_id: str, fields: dict[str, Any], entity: str = "customer",
              code: str = "invalid", message: str = "size_top: too long", mutation_id: int = 7) -> SyncRejection:
    row = SyncRejection(id=uuid7(), mutation_id=mutation_id, entity=entity, entity_id=entity_id, code=code,
                        message=message, at=AT, payload={"op": "update", "fields": fields, "tag_adds": [],
                                                         "tag_removes": [], "base_version": 3})
    session.add(row)
    session.commit()
    return row


@pytest.fixture
def customer(session: Session, org: Any) -> Any:
    made = add_customer(session, org.store.id, org.guide.id, name="张三")
    session.commit()
    made.server_version = 5  # as if it came from the server at version 5
    session.add(made)
    session.commit()
    return made


def test_conflicts_are_listed_newest_first_with_the_customer_name(session: Session, customer: Any) -> None:
    older = conflict(session, entity_id=customer.id, field="size_top", mine="M", theirs="L", at=AT - timedelta(hours=1))
    newer = conflict(session, entity_id=customer.id, field="name", mine="张三", theirs="张三丰")
    rows = list_conflicts(session)
    assert [r.id for r in rows] == [newer.id, older.id]
    assert rows[1].customer_name == "张三" and (rows[1].mine, rows[1].theirs) == ("M", "L")
    assert count_open(session) == (2, 0)


def test_keep_theirs_settles_without_an_edit(engine: Any, session: Session, customer: Any) -> None:
    row = conflict(session, entity_id=customer.id, field="size_top", mine="M", theirs="L")
    before = len(pending(session, limit=1000))
    with transaction(engine) as work:
        keep_theirs(work, conflict_id=row.id)
    assert list_conflicts(session) == [] and [r.id for r in list_conflicts(session, resolved=True)] == [row.id]
    assert len(pending(session, limit=1000)) == before
    assert count_open(session) == (0, 0)


def test_keep_mine_edits_the_customer_and_queues_it_on_the_current_version(engine: Any, session: Session,
                                                                          customer: Any, org: Any) -> None:
    row = conflict(session, entity_id=customer.id, field="size_top", mine="M", theirs="L")
    with transaction(engine) as work:
        keep_mine(work, conflict_id=row.id, by_guide_id=org.guide.id)
    with Session(engine) as fresh:
        assert get_customer(fresh, customer_id=customer.id).size_top == "M"
        queued = pending(fresh, limit=1000)[-1]
        assert (queued.entity, queued.entity_id, queued.fields, queued.base_version) == (
            "customer", customer.id, {"size_top": "M"}, 5)
        assert list_conflicts(fresh) == []


def test_keep_mine_restores_a_renamed_customer_with_fresh_search_keys(engine: Any, session: Session,
                                                                      customer: Any, org: Any) -> None:
    with transaction(engine) as work:
        target = get_customer(work, customer_id=customer.id)
        target.name = "李四"  # what the pull wrote: theirs won
        work.add(target)
    row = conflict(session, entity_id=customer.id, field="name", mine="王芳", theirs="李四")
    with transaction(engine) as work:
        keep_mine(work, conflict_id=row.id, by_guide_id=org.guide.id)
    with Session(engine) as fresh:
        restored = get_customer(fresh, customer_id=customer.id)
        assert (restored.name, restored.name_initials) == ("王芳", "wf")


def test_keep_mine_of_points_decodes_the_number(engine: Any, session: Session, customer: Any, org: Any) -> None:
    row = conflict(session, entity_id=customer.id, field="points", mine="120", theirs="80")
    with transaction(engine) as work:
        keep_mine(work, conflict_id=row.id, by_guide_id=org.guide.id)
    with Session(engine) as fresh:
        assert get_customer(fresh, customer_id=customer.id).points == 120


def test_keep_mine_of_an_invalid_value_is_refused_and_stays_open(engine: Any, session: Session, customer: Any,
                                                                  org: Any) -> None:
    row = conflict(session, entity_id=customer.id, field="name", mine=None, theirs="张三")
    with pytest.raises(InvalidInput, match="name"), transaction(engine) as work:
        keep_mine(work, conflict_id=row.id, by_guide_id=org.guide.id)
    assert [r.id for r in list_conflicts(session)] == [row.id]


def test_keep_mine_of_a_task_field_says_where_to_edit_it(engine: Any, session: Session, org: Any) -> None:
    row = conflict(session, entity="task", entity_id=uuid7(), field="status", mine="done", theirs="open")
    with pytest.raises(NotAllowed, match="only customer fields"), transaction(engine) as work:
        keep_mine(work, conflict_id=row.id, by_guide_id=org.guide.id)
    with pytest.raises(NotFound), transaction(engine) as work:
        keep_theirs(work, conflict_id="no-such-id")


def test_rejections_show_the_change_and_the_customer_and_can_be_discarded(engine: Any, session: Session,
                                                                         customer: Any) -> None:
    refused = rejection(session, entity_id=customer.id, fields={"size_top": "XXXXXXXXXL"})
    note = rejection(session, entity="note", entity_id=uuid7(), code="forbidden", message="not your customer",
                     fields={"customer_id": customer.id, "body": "hi"}, mutation_id=8)
    rows = list_rejections(session)
    assert [r.id for r in rows] == [note.id, refused.id]
    assert rows[1].customer_name == "张三" and rows[1].fields == {"size_top": "XXXXXXXXXL"}
    assert rows[1].op == "update" and rows[1].code == "invalid"
    assert rows[0].customer_id == customer.id and rows[0].customer_name == "张三"
    assert count_open(session) == (0, 2)
    with transaction(engine) as work:
        discard_rejection(work, rejection_id=refused.id)
    with Session(engine) as fresh:
        assert [r.id for r in list_rejections(fresh)] == [note.id]
        assert fresh.exec(select(SyncRejection).where(col(SyncRejection.resolved))).one().id == refused.id
        assert count_open(fresh) == (0, 1)
