# SPDX-License-Identifier: Apache-2.0
"""Dashboard KPIs on a hand-built week with known answers: per guide, for the store, a guide with no
customers, an empty period, trends and drill-down."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session

from guide_desk.accounts.guides import create_guide
from guide_desk.appointments.service import book_appointment, mark_done, mark_no_show
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.tags import create_tag, create_tag_group, tag_customers
from guide_desk.db.tables import Customer, Suggestion
from guide_desk.ids import uuid7
from guide_desk.insights.drilldown import drill_down
from guide_desk.insights.kpis import compute_dashboard, compute_trend
from guide_desk.insights.periods import Period, preset_period
from guide_desk.tasks.service import complete_task, create_task
from guide_desk.tasks.suggestion_actions import accept_suggestion, dismiss_suggestion, mark_sent
from tests.builders import Shop

NOW = utcnow()
TODAY = NOW.astimezone(STORE_TZ).date()
WEEK = Period(TODAY - timedelta(days=6), TODAY)


@dataclass
class World:
    org: object
    shop: Shop
    idle: object
    people: dict[str, Customer]


def _suggest(session: Session, org, customer: Customer, kind: str) -> str:  # type: ignore[no-untyped-def]
    item = Suggestion(id=uuid7(), customer_id=customer.id, guide_id=org.guide.id, store_id=org.store.id, kind=kind,
                      key=uuid7(), template_kind=kind, computed_at=NOW)
    session.add(item)
    session.flush()
    return item.id


def _task(session: Session, org, customer: Customer, due: timedelta, done: timedelta | None,  # type: ignore[no-untyped-def]
          outcome: str = "reached", amount: int | None = None) -> None:
    task = create_task(session, assignee_guide_id=org.guide.id, title="回访", due_at=NOW - due,
                       by_guide_id=org.manager.id, customer_id=customer.id, now=NOW - timedelta(days=6))
    if done is not None:
        complete_task(session, task_id=task.id, outcome=outcome, amount_fen=amount, by_guide_id=org.guide.id,
                      now=NOW - done)


def _session(session: Session, org, customer: Customer, days_ago: int, status: str) -> None:  # type: ignore[no-untyped-def]
    starts = datetime.combine(TODAY - timedelta(days=days_ago), time(14), tzinfo=STORE_TZ)
    booked = book_appointment(session, customer_id=customer.id, guide_id=org.guide.id, kind="in_store",
                              starts_at=starts, duration=timedelta(hours=1), by_guide_id=org.guide.id,
                              now=starts - timedelta(days=2))
    finish = mark_done if status == "done" else mark_no_show
    finish(session, appointment_id=booked.id, by_guide_id=org.guide.id, now=starts + timedelta(hours=1))


@pytest.fixture
def world(session: Session, org) -> World:  # type: ignore[no-untyped-def]
    shop = Shop(session, org)
    idle = create_guide(session, store_id=org.store.id, login="g3", name="孙导购")
    people = {name: shop.customer(name) for name in ("A", "B", "C", "D", "E")}
    people["F"] = shop.customer("F")
    people["F"].owner_guide_id = org.other.id
    session.add(people["F"])
    session.flush()
    session.execute(text("UPDATE customer SET created_at = :old WHERE id = :id"),
                    {"old": (NOW - timedelta(days=30)).replace(tzinfo=None), "id": people["E"].id})
    a, b, c, d = (people[k] for k in "ABCD")
    shop.buy(a, 40)  # before the week: A is a returning buyer
    _task(session, org, a, due=timedelta(days=2), done=timedelta(days=3))  # on time, contact
    _task(session, org, b, due=timedelta(days=4), done=timedelta(days=2), outcome="no_answer")  # late, no contact
    _task(session, org, c, due=timedelta(days=1), done=None)  # still open past due
    _task(session, org, a, due=timedelta(days=1), done=timedelta(days=1, hours=1), outcome="purchased",
          amount=5000)  # on time, the same customer contacted again
    mark_sent(session, suggestion_id=_suggest(session, org, d, "post_purchase"), by_guide_id=org.guide.id,
              now=NOW - timedelta(days=2))
    mark_sent(session, suggestion_id=_suggest(session, org, c, "birthday"), by_guide_id=org.guide.id,
              now=NOW - timedelta(days=3))
    accept_suggestion(session, suggestion_id=_suggest(session, org, b, "dormant"), by_guide_id=org.guide.id, now=NOW)
    dismiss_suggestion(session, suggestion_id=_suggest(session, org, a, "new_arrival"), reason="刚买过",
                       by_guide_id=org.guide.id, now=NOW - timedelta(days=1))
    _session(session, org, a, 3, "done")
    _session(session, org, b, 2, "no_show")
    _session(session, org, c, 1, "done")
    shop.buy(d, 1)  # a day after the push to D
    shop.buy(a, 2)  # within 7 days of A's session
    group = create_tag_group(session, name="测试")
    tags = [create_tag(session, group_id=group.id, name=f"t{i}").id for i in range(3)]
    tag_customers(session, customer_ids=[a.id], tag_ids=tags, by_guide_id=org.guide.id)
    tag_customers(session, customer_ids=[b.id], tag_ids=tags[:2], by_guide_id=org.guide.id)
    session.commit()
    return World(org, shop, idle, people)


def test_each_kpi_of_a_busy_guide(session: Session, world: World) -> None:
    board = compute_dashboard(session, store_id=world.org.store.id, period=WEEK, now=NOW)  # type: ignore[attr-defined]
    mine = next(row for row in board.rows if row.guide_id == world.org.guide.id)  # type: ignore[attr-defined]
    values = {kpi: mine.value(kpi).value for kpi in mine.values}
    assert values["customers_added"] == 4  # E was added a month ago
    assert values["customers_contacted"] == 3  # A by tasks (twice, counted once), C and D by sent pushes
    assert values["tasks_on_time"] == pytest.approx(2 / 3)
    assert values["overdue_tasks"] == 2  # B done late, C still open
    assert values["suggestions_accepted"] == pytest.approx(3 / 4)
    assert values["push_purchase"] == pytest.approx(1 / 2)  # D bought the next day, C did not
    assert values["sessions_held"] == 2
    assert values["no_show_rate"] == pytest.approx(1 / 3)
    assert values["session_conversion"] == pytest.approx(1 / 2)
    assert values["attributed_sales"] == 2 * world.shop.coat.price_fen
    assert values["repurchase_rate"] == pytest.approx(1 / 2)  # A returning, D first-time
    assert values["tag_coverage"] == pytest.approx(1 / 5)
    assert board.funnels[world.org.guide.id].__dict__ == {"contacted": 3, "met": 2, "bought": 1}  # type: ignore[attr-defined]


def test_a_guide_with_no_customers_and_the_store_total(session: Session, world: World) -> None:
    board = compute_dashboard(session, store_id=world.org.store.id, period=WEEK, now=NOW)  # type: ignore[attr-defined]
    idle = next(row for row in board.rows if row.guide_id == world.idle.id)  # type: ignore[attr-defined]
    assert idle.value("customers_added").value == 0
    assert idle.value("attributed_sales").value == 0
    assert idle.value("tasks_on_time").value is None  # nothing to divide: shown empty, never 0 %
    assert idle.value("tag_coverage").value is None
    other = next(row for row in board.rows if row.guide_id == world.org.other.id)  # type: ignore[attr-defined]
    assert other.value("customers_added").value == 1
    assert other.value("tag_coverage").value == 0
    total = board.total
    assert total.value("customers_added").value == 5
    assert total.value("customers_contacted").value == 3
    assert total.value("tag_coverage").value == pytest.approx(1 / 6)
    assert board.funnels[None].__dict__ == {"contacted": 3, "met": 2, "bought": 1}


def test_an_empty_period_is_all_zero_and_empty_rates(session: Session, world: World) -> None:
    later = Period(TODAY + timedelta(days=30), TODAY + timedelta(days=36))
    board = compute_dashboard(session, store_id=world.org.store.id, period=later, now=NOW)  # type: ignore[attr-defined]
    for row in [*board.rows, board.total]:
        assert row.value("customers_added").value == 0
        assert row.value("sessions_held").value == 0
        assert row.value("no_show_rate").value is None
        assert row.value("repurchase_rate").value is None
    trend = compute_trend(session, store_id=world.org.store.id, period=later, kpi="attributed_sales")  # type: ignore[attr-defined]
    assert [value.value for _day, value in trend] == [0] * 7


def test_trend_buckets_add_up_to_the_period(session: Session, world: World) -> None:
    trend = compute_trend(session, store_id=world.org.store.id, period=WEEK, kpi="sessions_held", now=NOW)  # type: ignore[attr-defined]
    assert [day for day, _ in trend] == [WEEK.first + timedelta(days=i) for i in range(7)]
    assert sum(value.num for _, value in trend) == 2
    held_days = {day for day, value in trend if value.num}
    assert held_days == {TODAY - timedelta(days=3), TODAY - timedelta(days=1)}
    year = Period(TODAY - timedelta(days=364), TODAY)
    assert year.bucket == "month"
    monthly = compute_trend(session, store_id=world.org.store.id, period=year, kpi="attributed_sales")  # type: ignore[attr-defined]
    assert sum(value.num for _, value in monthly) == 3 * world.shop.coat.price_fen  # A's earlier purchase too
    contacted = compute_trend(session, store_id=world.org.store.id, period=WEEK, kpi="customers_contacted")  # type: ignore[attr-defined]
    assert sum(value.num for _, value in contacted) == 4  # A on two days, C and D once: distinct per day
    repeat = compute_trend(session, store_id=world.org.store.id, period=year, kpi="repurchase_rate")  # type: ignore[attr-defined]
    assert (sum(v.num for _, v in repeat), sum(v.den or 0 for _, v in repeat)) == (1, 3)  # only A's second buy


def test_drill_down_lists_what_a_number_counted(session: Session, world: World) -> None:
    rows = drill_down(session, store_id=world.org.store.id, period=WEEK, kpi="overdue_tasks",  # type: ignore[attr-defined]
                      guide_id=world.org.guide.id, now=NOW)  # type: ignore[attr-defined]
    assert sorted((row.customer_name, row.kind) for row in rows) == [("B", "done_late"), ("C", "overdue_open")]
    assert all(row.ref == "task" and row.ref_id for row in rows)
    pushes = drill_down(session, store_id=world.org.store.id, period=WEEK, kpi="push_purchase")  # type: ignore[attr-defined]
    assert sorted((row.customer_name, row.kind) for row in pushes) == [("C", "push"), ("D", "followed")]
    nobody = drill_down(session, store_id=world.org.store.id, period=WEEK, kpi="customers_added",  # type: ignore[attr-defined]
                        guide_id=world.idle.id)  # type: ignore[attr-defined]
    assert nobody == []


def test_periods() -> None:
    monday = TODAY - timedelta(days=TODAY.weekday())
    assert preset_period("this_week", today=TODAY) == Period(monday, TODAY)
    month = preset_period("last_month", today=TODAY)
    assert month.first.day == 1 and (month.last + timedelta(days=1)).day == 1
    assert month.previous().last == month.first - timedelta(days=1) and month.previous().first.day == 1
    assert WEEK.previous() == Period(WEEK.first - timedelta(days=7), WEEK.last - timedelta(days=7))
    assert WEEK.start.astimezone(STORE_TZ).time() == time(0)
    with pytest.raises(Exception, match="ends"):
        Period(TODAY, TODAY - timedelta(days=1))
