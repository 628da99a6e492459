# SPDX-License-Identifier: Apache-2.0
"""1v1 sessions beyond booking: items to prepare with stock, closing with an outcome, blocked time as busy,
reminders and their message draft, and the calendar's view model."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from builders import Shop
from sqlmodel import Session

from guide_desk.appointments.calendar import build_calendar
from guide_desk.appointments.items import PrepItem, close_session, find_products, list_items, set_items
from guide_desk.appointments.reminders import due_reminders, reminder_draft
from guide_desk.appointments.service import book_appointment, reschedule_appointment
from guide_desk.appointments.slots import next_free_slots
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Appointment, BlockedTime
from guide_desk.errors import Conflict, InvalidInput
from guide_desk.ids import uuid7

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 5, 1, 9, 0, tzinfo=SH)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2030, 5, day, hour, minute, tzinfo=SH)


@pytest.fixture
def shop(session: Session, org: Any) -> Shop:
    return Shop(session, org)


def book(session: Session, org: Any, customer_id: str, starts: datetime, **kwargs: Any) -> Appointment:
    values: dict[str, Any] = {"guide_id": org.guide.id, "kind": "in_store", "by_guide_id": org.guide.id,
                              "duration": timedelta(hours=1)}
    values.update(kwargs)
    return book_appointment(session, customer_id=customer_id, starts_at=starts, now=NOW, **values)


def block(session: Session, guide_id: str, starts: datetime, ends: datetime, summary: str = "休息") -> None:
    session.add(BlockedTime(id=uuid7(), guide_id=guide_id, starts_at=starts, ends_at=ends, source_uid=uuid7(),
                            summary=summary, imported_at=NOW))
    session.flush()


def test_items_to_prepare_show_the_stock_here(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    appointment = book(session, org, customer.id, at(1, 14))
    found = find_products(session, store_id=org.store.id, text="B")
    assert [(c.sku, c.stock) for c in found] == [("B1", (("37", 0), ("38", 2)))]
    assert [c.sku for c in find_products(session, store_id=org.store.id, text="围巾")] == ["S1"]
    items = set_items(session, appointment_id=appointment.id, by_guide_id=org.guide.id,
                      items=[PrepItem(shop.coat.id, "M"), PrepItem(shop.boots.id, "37 ")])
    assert [(i.sku, i.size, i.stock) for i in items] == [("C1", "M", 3), ("B1", "37", 0)]
    with pytest.raises(InvalidInput):
        set_items(session, appointment_id=appointment.id, by_guide_id=org.guide.id,
                  items=[PrepItem(shop.coat.id, "M"), PrepItem(shop.coat.id, "M")])
    assert len(list_items(session, appointment_id=appointment.id)) == 2


def test_done_records_items_tried_bought_and_the_amount(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    appointment = book(session, org, customer.id, at(1, 14))
    set_items(session, appointment_id=appointment.id, by_guide_id=org.guide.id,
              items=[PrepItem(shop.coat.id, "M"), PrepItem(shop.scarf.id, "F")])
    with pytest.raises(InvalidInput) as bad:
        close_session(session, appointment_id=appointment.id, outcome="done", by_guide_id=org.guide.id,
                      amount_fen=-1, now=at(1, 15))
    assert bad.value.field == "amount"
    assert session.get(Appointment, appointment.id).status == "booked"  # type: ignore[union-attr]
    closed = close_session(session, appointment_id=appointment.id, outcome="done", by_guide_id=org.guide.id,
                           items=[PrepItem(shop.coat.id, "M", tried=True, bought=True),
                                  PrepItem(shop.scarf.id, "F", tried=True)], amount_fen=129900, now=at(1, 15))
    assert (closed.status, closed.outcome_amount_fen) == ("done", 129900)
    assert [(i.sku, i.tried, i.bought) for i in list_items(session, appointment_id=appointment.id)] == [
        ("C1", True, True), ("S1", True, False)]
    assert pending(session)[-1].fields == {"status": "done"}  # items and amount stay local for now


def test_cancel_needs_a_reason_and_no_show_has_no_purchase(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    appointment = book(session, org, customer.id, at(1, 14))
    with pytest.raises(InvalidInput) as empty:
        close_session(session, appointment_id=appointment.id, outcome="cancelled", by_guide_id=org.guide.id,
                      now=NOW)
    assert empty.value.field == "reason"
    with pytest.raises(InvalidInput):
        close_session(session, appointment_id=appointment.id, outcome="no_show", by_guide_id=org.guide.id,
                      amount_fen=100, now=at(1, 15))
    cancelled = close_session(session, appointment_id=appointment.id, outcome="cancelled", reason="客户出差",
                              by_guide_id=org.guide.id, now=NOW)
    assert (cancelled.status, cancelled.cancel_reason, cancelled.sequence) == ("cancelled", "客户出差", 1)


def test_blocked_time_is_busy_for_booking_and_slots(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    block(session, org.guide.id, at(1, 0), at(2, 0), "调休")
    with pytest.raises(Conflict) as refused:
        book(session, org, customer.id, at(1, 14))
    assert refused.value.reason == "guide_blocked"
    assert "李导购" in str(refused.value) and "调休" in str(refused.value)
    book(session, org, customer.id, at(1, 14), guide_id=org.other.id)
    slots = next_free_slots(session, guide_id=org.guide.id, store_id=org.store.id, duration=timedelta(hours=1),
                            after=NOW, count=1)
    assert slots[0].starts_at == at(2, 10)
    moved = book(session, org, customer.id, at(2, 14))
    with pytest.raises(Conflict) as blocked_move:
        reschedule_appointment(session, appointment_id=moved.id, starts_at=at(1, 15), by_guide_id=org.guide.id,
                               now=NOW)
    assert blocked_move.value.reason == "guide_blocked"


def test_reminders_a_day_and_half_an_hour_before(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    soon = book(session, org, customer.id, at(1, 14), kind="video", meeting_link="https://meet.example.com/x")
    tomorrow = book(session, org, customer.id, at(2, 11))
    book(session, org, customer.id, at(3, 11))
    colleague = book(session, org, customer.id, at(1, 15), guide_id=org.other.id)
    reminders = due_reminders(session, guide_id=org.guide.id, now=at(1, 13, 40))
    assert [(r.appointment_id, r.lead) for r in reminders] == [
        (soon.id, timedelta(minutes=30)), (tomorrow.id, timedelta(days=1))]
    assert reminders[0].customer_name == "张丽" and reminders[0].place == "https://meet.example.com/x"
    assert due_reminders(session, guide_id=org.guide.id, now=at(1, 13, 0))[0].lead == timedelta(days=1)
    assert colleague.id not in [r.appointment_id for r in reminders]
    custom = due_reminders(session, guide_id=org.guide.id, now=at(1, 13, 40), before=[timedelta(hours=1)])
    assert [r.appointment_id for r in custom] == [soon.id]
    with pytest.raises(InvalidInput):
        due_reminders(session, guide_id=org.guide.id, now=NOW, before=[])


def test_reminder_draft_names_the_time_and_the_link(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    video = book(session, org, customer.id, at(2, 14), kind="video", meeting_link="https://meet.example.com/x")
    text = reminder_draft(session, appointment_id=video.id, guide_id=org.guide.id)
    assert text.startswith("张女士您好，我是上海静安店的李导购，提醒您5月2日（周四）14:00的 1v1 预约")
    assert text.endswith("\n视频链接：https://meet.example.com/x")
    assert "138" not in text


def test_calendar_view_of_a_guide_week_and_a_store_day(session: Session, org: Any, shop: Shop) -> None:
    customer = shop.customer()
    first = book(session, org, customer.id, at(1, 14), resource="试衣间A")
    book(session, org, customer.id, at(3, 10, 30), duration=timedelta(minutes=45))
    book(session, org, customer.id, at(1, 16), guide_id=org.other.id)
    block(session, org.guide.id, at(4, 0), at(5, 0), "调休")
    week = build_calendar(session, store_id=org.store.id, day=date(2030, 4, 29), guide_id=org.guide.id)
    assert [c.day.isoformat() for c in week.columns][:3] == ["2030-04-29", "2030-04-30", "2030-05-01"]
    assert week.columns[0].open == ((600, 1320),)  # 10:00–22:00
    placed = sorted((b.column, b.top, b.bottom, b.title, b.kind) for b in week.blocks)
    assert placed == [(2, 840, 900, "张丽", "in_store"), (4, 630, 675, "张丽", "in_store"),
                      (5, 0, 1440, "调休", "blocked")]
    assert [b.appointment_id for b in week.blocks if b.column == 2] == [first.id]
    store = build_calendar(session, store_id=org.store.id, day=date(2030, 5, 1))
    assert [c.label for c in store.columns] == ["李导购", "王店长", "赵导购"]
    assert sorted((b.column, b.top) for b in store.blocks) == [(0, 840), (2, 960)]
    assert store.column_start(1) == at(1, 0)


def test_a_session_across_midnight_sits_in_both_days(session: Session, org: Any) -> None:
    from builders import add_customer

    from guide_desk.accounts.guides import create_guide, create_store

    night_store = create_store(session, code="SH24", name="机场店", opens_at="00:00", closes_at="23:59")
    night = create_guide(session, store_id=night_store.id, login="n1", name="夜班导购")
    customer = add_customer(session, night_store.id, night.id)
    book(session, org, customer.id, at(1, 23), guide_id=night.id, by_guide_id=night.id,
         duration=timedelta(hours=2))
    view = build_calendar(session, store_id=night_store.id, day=date(2030, 5, 1), days=2, guide_id=night.id)
    assert view.columns[0].open == ((0, 1440),)
    assert sorted((b.column, b.top, b.bottom) for b in view.blocks) == [(0, 1380, 1440), (1, 0, 60)]


def test_the_booking_form_offers_the_stores_rooms_most_used_first(session: Session, org: Any, shop: Shop) -> None:
    from guide_desk.appointments.views import store_resources

    customer = shop.customer()
    book(session, org, customer.id, at(1, 14), resource="试衣间B")
    book(session, org, customer.id, at(1, 16), resource="VIP室")
    book(session, org, customer.id, at(1, 18), resource="VIP室")
    book(session, org, customer.id, at(1, 20))
    assert store_resources(session, store_id=org.store.id) == ["VIP室", "试衣间B"]
