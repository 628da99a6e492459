# SPDX-License-Identifier: Apache-2.0
"""CRM tasks: validation that writes nothing, forward-only status, manager-only reassignment, the list views
around the store's local midnight, and the outbox written in the edit's own transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from builders import add_customer
from sqlalchemy import Engine, event, func
from sqlmodel import Session, select

from guide_desk.accounts.audit import list_audit
from guide_desk.accounts.guides import create_guide, create_store
from guide_desk.db.engine import transaction
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Customer, Outbox, Task
from guide_desk.errors import Conflict, InvalidInput, NotAllowed
from guide_desk.tasks.service import (
    assign_task,
    cancel_task,
    complete_task,
    create_task,
    snooze_task,
)
from guide_desk.tasks.views import VIEWS, count_tasks, list_tasks, task_badges

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 5, 1, 20, 0, tzinfo=SH)  # 12:00 UTC



def counts(session: Session) -> tuple[int, int]:
    tasks = session.exec(select(func.count()).select_from(Task)).one()
    outbox = session.exec(select(func.count()).select_from(Outbox)).one()
    return int(tasks), int(outbox)


def new_task(session: Session, org: Any, *, due: datetime = NOW, **kwargs: Any) -> Task:
    values: dict[str, Any] = {"assignee_guide_id": org.guide.id, "title": "回访", "by_guide_id": org.guide.id}
    values.update(kwargs)
    return create_task(session, due_at=due, now=NOW, **values)


def test_create_task_records_its_outbox_entry(session: Session, org: Any) -> None:
    customer = add_customer(session, org.store.id, org.guide.id)
    task = new_task(session, org, customer_id=customer.id, title="  售后关怀 D+3 ", draft="您好，{称呼}")

    assert (task.status, task.title, task.created_by_guide_id) == ("open", "售后关怀 D+3", org.guide.id)
    customer_entry, entry = pending(session)
    assert (customer_entry.entity, customer_entry.entity_id) == ("customer", customer.id)
    assert (entry.entity, entry.entity_id, entry.op, entry.base_version) == ("task", task.id, "create", 0)
    assert entry.fields["title"] == "售后关怀 D+3"
    assert entry.fields["customer_id"] == customer.id
    assert datetime.fromisoformat(entry.fields["due_at"]) == NOW


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"due": datetime(2030, 5, 1, 20, 0)}, "due_at"),
        ({"source": "robot"}, "source"),
        ({"customer_id": "no-such-customer"}, "customer_id"),
        ({"template_id": "no-such-template"}, "template_id"),
        ({"assignee_guide_id": "no-such-guide"}, "assignee_guide_id"),
    ],
)
def test_create_task_rejects_bad_input_and_writes_nothing(
    session: Session, org: Any, change: dict[str, Any], field: str
) -> None:
    before = counts(session)
    with pytest.raises(InvalidInput) as raised:
        new_task(session, org, **change)
    assert raised.value.field == field
    assert counts(session) == before


def test_only_a_manager_creates_tasks_for_someone_else(session: Session, org: Any) -> None:
    before = counts(session)
    with pytest.raises(NotAllowed):
        new_task(session, org, assignee_guide_id=org.other.id)
    assert counts(session) == before
    task = new_task(session, org, assignee_guide_id=org.other.id, by_guide_id=org.manager.id)
    assert task.assignee_guide_id == org.other.id


@pytest.mark.parametrize(
    ("outcome", "amount", "field"),
    [
        ("purchased", None, "amount_fen"),
        ("purchased", 0, "amount_fen"),
        ("purchased", -500, "amount_fen"),
        ("reached", 1000, "amount_fen"),
        ("ghosted", None, "outcome"),
    ],
)
def test_complete_rejects_bad_outcome_and_writes_nothing(
    session: Session, org: Any, outcome: str, amount: int | None, field: str
) -> None:
    task = new_task(session, org)
    before = counts(session)
    with pytest.raises(InvalidInput) as raised:
        complete_task(session, task_id=task.id, outcome=outcome, amount_fen=amount, by_guide_id=org.guide.id,
                      now=NOW)
    assert raised.value.field == field
    assert counts(session) == before
    session.expire_all()
    assert session.get(Task, task.id).status == "open"  # type: ignore[union-attr]


def test_purchase_records_amount_and_contact(session: Session, org: Any) -> None:
    customer = add_customer(session, org.store.id, org.guide.id)
    task = new_task(session, org, customer_id=customer.id)
    done = complete_task(session, task_id=task.id, outcome="purchased", amount_fen=129900,
                         by_guide_id=org.guide.id, now=NOW)
    assert (done.status, done.outcome, done.outcome_amount_fen, done.completed_at) == (
        "done", "purchased", 129900, NOW)
    assert customer.last_contact_at == NOW
    fields = pending(session)[-1].fields
    assert datetime.fromisoformat(fields.pop("completed_at")) == NOW
    assert fields == {"status": "done", "outcome": "purchased", "outcome_amount_fen": 129900}


def test_no_answer_is_not_a_contact(session: Session, org: Any) -> None:
    customer = add_customer(session, org.store.id, org.guide.id)
    task = new_task(session, org, customer_id=customer.id)
    complete_task(session, task_id=task.id, outcome="no_answer", by_guide_id=org.guide.id, now=NOW)
    session.expire_all()
    assert session.get(Customer, customer.id).last_contact_at is None  # type: ignore[union-attr]


CloseStep = Callable[[Session, Any, str], Task]
COMPLETE: CloseStep = lambda s, org, tid: complete_task(  # noqa: E731
    s, task_id=tid, outcome="reached", by_guide_id=org.guide.id, now=NOW)
CANCEL: CloseStep = lambda s, org, tid: cancel_task(s, task_id=tid, by_guide_id=org.guide.id, now=NOW)  # noqa: E731
SNOOZE: CloseStep = lambda s, org, tid: snooze_task(  # noqa: E731
    s, task_id=tid, until=NOW + timedelta(days=1), by_guide_id=org.guide.id, now=NOW)


@pytest.mark.parametrize("first", [COMPLETE, CANCEL], ids=["done", "cancelled"])
@pytest.mark.parametrize("then", [COMPLETE, CANCEL, SNOOZE], ids=["complete", "cancel", "snooze"])
def test_status_only_moves_forward(session: Session, org: Any, first: CloseStep, then: CloseStep) -> None:
    task = new_task(session, org)
    closed = first(session, org, task.id)
    status, before = closed.status, counts(session)
    with pytest.raises(Conflict) as raised:
        then(session, org, task.id)
    assert raised.value.reason == "task_closed"
    assert counts(session) == before
    session.expire_all()
    assert session.get(Task, task.id).status == status  # type: ignore[union-attr]


def test_a_guide_cannot_close_a_colleagues_task(session: Session, org: Any) -> None:
    task = new_task(session, org, assignee_guide_id=org.other.id, by_guide_id=org.manager.id)
    with pytest.raises(NotAllowed):
        complete_task(session, task_id=task.id, outcome="reached", by_guide_id=org.guide.id, now=NOW)
    assert complete_task(session, task_id=task.id, outcome="reached", by_guide_id=org.manager.id,
                         now=NOW).status == "done"


def test_only_managers_reassign_and_it_is_audited(session: Session, org: Any) -> None:
    task = new_task(session, org)
    before = counts(session)
    with pytest.raises(NotAllowed):
        assign_task(session, task_id=task.id, assignee_guide_id=org.other.id, by_guide_id=org.guide.id, now=NOW)
    assert counts(session) == before
    assert list_audit(session, action="task_reassigned") == []
    assert session.get(Task, task.id).assignee_guide_id == org.guide.id  # type: ignore[union-attr]

    moved = assign_task(session, task_id=task.id, assignee_guide_id=org.other.id, by_guide_id=org.manager.id,
                        now=NOW)
    assert moved.assignee_guide_id == org.other.id
    [event_] = list_audit(session, action="task_reassigned")
    assert (event_.guide_id, event_.entity_id) == (org.manager.id, task.id)
    assert event_.detail == {"from_guide_id": org.guide.id, "to_guide_id": org.other.id}
    assert pending(session)[-1].fields == {"assignee_guide_id": org.other.id}


def test_a_manager_cannot_reassign_into_another_store(session: Session, org: Any) -> None:
    store = create_store(session, code="BJ01", name="北京店")
    stranger = create_guide(session, store_id=store.id, login="bj1", name="外店导购")
    task = new_task(session, org)
    with pytest.raises(NotAllowed):
        assign_task(session, task_id=task.id, assignee_guide_id=stranger.id, by_guide_id=org.manager.id)
    hq = create_guide(session, store_id=org.store.id, login="hq1", name="总部", role="hq")
    assert assign_task(session, task_id=task.id, assignee_guide_id=stranger.id,
                       by_guide_id=hq.id).assignee_guide_id == stranger.id


def test_snooze_must_lie_ahead_and_hides_until_then(session: Session, org: Any) -> None:
    task = new_task(session, org)
    before = counts(session)
    with pytest.raises(InvalidInput) as raised:
        snooze_task(session, task_id=task.id, until=NOW - timedelta(minutes=1), by_guide_id=org.guide.id, now=NOW)
    assert raised.value.field == "until"
    assert counts(session) == before

    snooze_task(session, task_id=task.id, until=NOW + timedelta(hours=2), by_guide_id=org.guide.id, now=NOW)
    assert list_tasks(session, guide_id=org.guide.id, view="mine", now=NOW) == []
    later = NOW + timedelta(hours=2)
    assert [t.id for t in list_tasks(session, guide_id=org.guide.id, view="mine", now=later)] == [task.id]


def test_views_follow_the_store_local_day(session: Session, org: Any) -> None:
    # NOW is 20:00 Shanghai = 12:00 UTC; a UTC day would misfile every task below.
    tonight = new_task(session, org, title="tonight", due=datetime(2030, 5, 1, 23, 30, tzinfo=SH))
    early = new_task(session, org, title="early", due=datetime(2030, 5, 1, 0, 5, tzinfo=SH))
    tomorrow = new_task(session, org, title="tomorrow", due=datetime(2030, 5, 2, 0, 10, tzinfo=SH))
    yesterday = new_task(session, org, title="yesterday", due=datetime(2030, 4, 30, 23, 50, tzinfo=SH))
    hq = new_task(session, org, title="hq", due=datetime(2030, 5, 3, 12, 0, tzinfo=SH), source="hq")
    done = new_task(session, org, title="done", due=datetime(2030, 5, 1, 12, 0, tzinfo=SH))
    complete_task(session, task_id=done.id, outcome="reached", by_guide_id=org.guide.id, now=NOW)
    new_task(session, org, title="not mine", assignee_guide_id=org.other.id, by_guide_id=org.manager.id)

    def ids(view: str) -> list[str]:
        return [t.id for t in list_tasks(session, guide_id=org.guide.id, view=view, now=NOW)]

    assert ids("today") == [early.id, tonight.id]
    assert ids("overdue") == [yesterday.id]
    assert ids("mine") == [yesterday.id, early.id, tonight.id, tomorrow.id, hq.id]
    assert ids("hq") == [hq.id]
    assert ids("done") == [done.id]
    assert task_badges(session, guide_id=org.guide.id, now=NOW) == {
        "mine": 5, "today": 2, "overdue": 1, "hq": 1, "done": 1}
    assert [t.id for t in list_tasks(session, guide_id=org.guide.id, view="mine", now=NOW, limit=2)] == [
        yesterday.id, early.id]

    # Just after local midnight, tonight's task is overdue and tomorrow's is today's.
    after_midnight = datetime(2030, 5, 2, 0, 1, tzinfo=SH)
    assert [t.id for t in list_tasks(session, guide_id=org.guide.id, view="today", now=after_midnight)] == [
        tomorrow.id]
    assert count_tasks(session, guide_id=org.guide.id, view="overdue", now=after_midnight) == 3


def test_unknown_view_names_the_field(session: Session, org: Any) -> None:
    with pytest.raises(InvalidInput) as raised:
        list_tasks(session, guide_id=org.guide.id, view="later", now=NOW)
    assert raised.value.field == "view"


def test_views_use_the_assignee_status_due_index(engine: Engine, session: Session, org: Any) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if "FROM task" in statement and not statement.startswith("EXPLAIN"):
            statements.append((statement, params))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        for view in VIEWS:
            list_tasks(session, guide_id=org.guide.id, view=view, now=NOW, limit=50)
            count_tasks(session, guide_id=org.guide.id, view=view, now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len(statements) == 2 * len(VIEWS)
    for statement, params in statements:
        plan = " | ".join(row[-1] for row in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, params))
        assert "ix_task_assignee_status_due" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_outbox_entry_commits_or_vanishes_with_the_edit(engine: Engine, session: Session, org: Any) -> None:
    with pytest.raises(RuntimeError), transaction(engine) as tx:
        new_task(tx, org)
        assert counts(tx) == (1, 1)
        raise RuntimeError("power cut")
    assert counts(session) == (0, 0)

    with transaction(engine) as tx:
        task = new_task(tx, org)
    session.expire_all()
    assert counts(session) == (1, 1)
    assert [e.entity_id for e in pending(session)] == [task.id]
