# SPDX-License-Identifier: Apache-2.0
"""Handing a leaving guide's customers over: who gets whom, what moves along (open tasks, future sessions,
suggestions), the note, the sync outbox, the audit, deactivation, and WeCom's transfer-rule warnings."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, select

from guide_desk.accounts.audit import list_audit
from guide_desk.accounts.guides import create_guide, get_guide
from guide_desk.appointments.service import book_appointment, mark_done
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.search import CustomerQuery
from guide_desk.customers.segments import save_segment
from guide_desk.db.tables import Appointment, Customer, HandoverCustomer, Note, Outbox, Task
from guide_desk.errors import InvalidInput, NotAllowed
from guide_desk.insights.handover import apply_handover, handover_candidates, handover_history, plan_handover
from guide_desk.tasks.service import create_task
from tests.builders import add_customer

NOW = utcnow()
TOMORROW = NOW.astimezone(STORE_TZ).date() + timedelta(days=1)


@pytest.fixture
def leaving(session: Session, org):  # type: ignore[no-untyped-def]
    """org.guide leaves with five customers, two open tasks, a done one, a future and a past session."""
    third = create_guide(session, store_id=org.store.id, login="g3", name="孙导购")
    people = [add_customer(session, org.store.id, org.guide.id, name) for name in ("阿", "贝", "丙", "丁", "戊")]
    for customer in people[:2]:
        create_task(session, assignee_guide_id=org.guide.id, title="回访", due_at=NOW + timedelta(days=1),
                    by_guide_id=org.guide.id, customer_id=customer.id)
    create_task(session, assignee_guide_id=org.guide.id, title="整理陈列", due_at=NOW + timedelta(days=1),
                by_guide_id=org.guide.id)
    starts = datetime.combine(TOMORROW + timedelta(days=2), time(15), tzinfo=STORE_TZ)
    book_appointment(session, customer_id=people[2].id, guide_id=org.guide.id, kind="in_store", starts_at=starts,
                     duration=timedelta(hours=1), by_guide_id=org.guide.id)
    past_start = datetime.combine(TOMORROW - timedelta(days=3), time(15), tzinfo=STORE_TZ)
    past = book_appointment(session, customer_id=people[3].id, guide_id=org.guide.id, kind="in_store",
                            starts_at=past_start, duration=timedelta(hours=1), by_guide_id=org.guide.id,
                            now=past_start - timedelta(days=1))
    mark_done(session, appointment_id=past.id, by_guide_id=org.guide.id, now=past_start + timedelta(hours=1))
    session.commit()
    session.execute(text("DELETE FROM outbox"))
    session.commit()
    return org, third, people


def test_all_customers_move_evenly_with_their_work_and_the_guide_is_deactivated(session: Session, leaving) -> None:  # type: ignore[no-untyped-def]
    org, third, people = leaving
    plan = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[org.other.id, third.id])
    assert plan.per_guide == {org.other.id: 3, third.id: 2}
    assert (plan.open_tasks, plan.future_sessions) == (3, 1)
    progress: list[tuple[int, int]] = []
    handover = apply_handover(session, plan=plan, by_guide_id=org.manager.id, note="小李离职，请尽快联系",
                              progress=lambda done, total: progress.append((done, total)))
    session.commit()
    owners = {c.id: c.owner_guide_id for c in session.exec(select(Customer))}
    assert {owners[p.id] for p in people} == {org.other.id, third.id}
    assert not session.exec(select(Task).where(Task.assignee_guide_id == org.guide.id, Task.status == "open")).all()
    sessions = {a.customer_id: a.guide_id for a in session.exec(select(Appointment))}
    assert sessions[people[2].id] == plan.assignments[people[2].id]
    assert sessions[people[3].id] == org.guide.id  # history stays with who held it
    leaver = get_guide(session, guide_id=org.guide.id)
    assert leaver.active is False and leaver.name == "李导购"  # deactivated, never deleted
    notes = session.exec(select(Note).where(Note.body == "小李离职，请尽快联系")).all()
    assert len(notes) == 5
    assert progress[-1] == (9, 9)
    assert handover_history(session, store_id=org.store.id)[0].id == handover.id
    assert list_audit(session, action="handover")[0].detail["customers"] == 5


def test_every_change_is_recorded_for_sync(session: Session, leaving) -> None:  # type: ignore[no-untyped-def]
    org, third, people = leaving
    session.execute(text("UPDATE customer SET server_version = 7 WHERE id = :id"), {"id": people[0].id})
    session.commit()
    plan = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[third.id])
    apply_handover(session, plan=plan, by_guide_id=org.manager.id)
    session.commit()
    rows = session.exec(select(Outbox).order_by(col(Outbox.mutation_id))).all()
    by_entity: dict[str, list[Outbox]] = {}
    for row in rows:
        by_entity.setdefault(row.entity, []).append(row)
    assert len(by_entity["customer"]) == 5
    first = next(r for r in by_entity["customer"] if r.entity_id == people[0].id)
    assert (first.op, first.fields, first.base_version) == ("update", {"owner_guide_id": third.id}, 7)
    assert {r.fields["assignee_guide_id"] for r in by_entity["task"]} == {third.id}
    assert len(by_entity["task"]) == 3
    assert [r.fields for r in by_entity["appointment"]] == [{"guide_id": third.id}]
    assert [(r.entity_id, r.fields) for r in by_entity["guide"]] == [(org.guide.id, {"active": False})]


def test_a_segment_with_the_least_loaded_rule_keeps_the_guide_active(session: Session, leaving) -> None:  # type: ignore[no-untyped-def]
    org, third, people = leaving
    add_customer(session, org.store.id, org.other.id, "己")  # org.other already owns one
    segment = save_segment(session, name="阿贝", query=CustomerQuery(text="阿"), guide_id=None)
    chosen = handover_candidates(session, from_guide_id=org.guide.id, segment_id=segment.id)
    assert chosen == [people[0].id]
    chosen = [people[0].id, people[1].id, people[2].id]
    with pytest.raises(InvalidInput, match="keep 2 customers"):
        plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[third.id], customer_ids=chosen)
    plan = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[org.other.id, third.id],
                         customer_ids=chosen, split="least_loaded", deactivate=False)
    assert plan.per_guide == {org.other.id: 1, third.id: 2}
    apply_handover(session, plan=plan, by_guide_id=org.manager.id)
    session.commit()
    assert get_guide(session, guide_id=org.guide.id).active is True
    assert session.exec(select(Task).where(Task.assignee_guide_id == org.guide.id)).all()  # the store task stays


def test_wecom_rules_warn_before_they_bite(session: Session, leaving) -> None:  # type: ignore[no-untyped-def]
    org, third, people = leaving
    bounce = [people[0].id]
    for source, target in ((org.guide, third), (third, org.guide)):
        plan = plan_handover(session, from_guide_id=source.id, to_guide_ids=[target.id], customer_ids=bounce,
                             deactivate=False)
        apply_handover(session, plan=plan, by_guide_id=org.manager.id)
    session.commit()
    plan = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[org.other.id])
    warnings = {w.code: w for w in plan.warnings}
    assert warnings["wecom_transfer_limit"].customer_ids == (people[0].id,)
    assert warnings["wecom_takeover"].count == 5
    assert "wecom_batches" not in warnings
    later = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[org.other.id], now=NOW)
    assert later.effective_at == NOW + timedelta(hours=24)  # WeCom's takeover comes a day later
    many = [add_customer(session, org.store.id, third.id, f"客{i:03d}").id for i in range(150)]
    big = plan_handover(session, from_guide_id=third.id, to_guide_ids=[org.other.id], customer_ids=many,
                        deactivate=False)
    assert {w.code: w.count for w in big.warnings}["wecom_batches"] == 2
    apply_handover(session, plan=big, by_guide_id=org.manager.id)
    batches = session.exec(select(HandoverCustomer.batch).where(col(HandoverCustomer.customer_id).in_(many))).all()
    assert sorted(set(batches)) == [0, 1] and batches.count(0) == 100


def test_only_a_manager_hands_over_and_receivers_must_be_active_colleagues(session: Session, leaving) -> None:  # type: ignore[no-untyped-def]
    org, third, _people = leaving
    plan = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[third.id])
    with pytest.raises(NotAllowed):
        apply_handover(session, plan=plan, by_guide_id=org.other.id)
    with pytest.raises(InvalidInput, match="leaving guide"):
        plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[org.guide.id])
    with pytest.raises(InvalidInput, match="at least one"):
        plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[])
    with pytest.raises(InvalidInput, match="split"):
        plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[third.id], split="random")


def test_a_session_clashing_with_the_receivers_calendar_is_flagged(session: Session, leaving) -> None:  # type: ignore[no-untyped-def]
    org, third, people = leaving
    starts = datetime.combine(TOMORROW + timedelta(days=2), time(15, 30), tzinfo=STORE_TZ)
    book_appointment(session, customer_id=people[4].id, guide_id=third.id, kind="in_store", starts_at=starts,
                     duration=timedelta(hours=1), by_guide_id=third.id)
    plan = plan_handover(session, from_guide_id=org.guide.id, to_guide_ids=[third.id])
    assert {w.code: w.customer_ids for w in plan.warnings}["sessions_clash"] == (people[2].id,)
