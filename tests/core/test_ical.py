# SPDX-License-Identifier: Apache-2.0
"""iCalendar (RFC 5545) through the `icalendar` library: sessions out with stable UIDs, zoned times,
SEQUENCE and STATUS; a guide's days off in as blocked time, idempotent by UID."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from builders import Shop
from icalendar import Calendar, Event
from sqlmodel import Session, select

from guide_desk.appointments.ical import export_guide, export_sessions, import_blocked
from guide_desk.appointments.items import PrepItem, set_items
from guide_desk.appointments.service import book_appointment, cancel_appointment, reschedule_appointment
from guide_desk.appointments.slots import next_free_slots
from guide_desk.db.tables import BlockedTime
from guide_desk.errors import InvalidInput

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 5, 1, 9, 0, tzinfo=SH)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2030, 5, day, hour, minute, tzinfo=SH)


@pytest.fixture
def booked(session: Session, org: Any) -> dict[str, Any]:
    shop = Shop(session, org)
    customer = shop.customer(phone_e164="13800138000")
    kinds: dict[str, Any] = {
        "in_store": {"resource": "试衣间A"}, "video": {"meeting_link": "https://meet.example.com/v1"},
        "home": {"address": "静安区南京西路 1 号"}}
    made = {kind: book_appointment(session, customer_id=customer.id, guide_id=org.guide.id, kind=kind,
                                   starts_at=at(2 + n, 14), duration=timedelta(hours=1), by_guide_id=org.guide.id,
                                   now=NOW, note="带两件外套" if kind == "in_store" else "", **extra)
            for n, (kind, extra) in enumerate(kinds.items())}
    set_items(session, appointment_id=made["in_store"].id, by_guide_id=org.guide.id,
              items=[PrepItem(shop.coat.id, "M")])
    return made


def events(data: bytes) -> list[Event]:
    return list(Calendar.from_ical(data).events)


def test_one_session_exports_as_a_zoned_event_without_the_phone(session: Session, booked: dict[str, Any]) -> None:
    data = export_sessions(session, appointment_ids=[booked["in_store"].id])
    assert b"13800138000" not in data
    assert b"DTSTART;TZID=Asia/Shanghai:20300502T140000" in data
    calendar = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    [event] = calendar.events
    assert str(event["UID"]) == booked["in_store"].id + "@guide-desk"
    assert event.DTSTART == at(2, 14) and event.DTEND == at(2, 15)
    assert event.DTSTART.tzinfo is not None and str(event.DTSTART.tzinfo) == "Asia/Shanghai"
    assert (event["SEQUENCE"], str(event["STATUS"])) == (0, "CONFIRMED")
    assert str(event["SUMMARY"]) == "1v1 到店搭配：张丽"
    assert str(event["LOCATION"]) == "上海静安店 试衣间A"
    assert "带两件外套" in str(event["DESCRIPTION"]) and "羊毛大衣（C1 M）" in str(event["DESCRIPTION"])
    assert export_sessions(session, appointment_ids=[booked["in_store"].id]) == data  # stable bytes


def test_reschedule_and_cancel_keep_the_uid_and_bump_sequence(
    session: Session, org: Any, booked: dict[str, Any]
) -> None:
    video = booked["video"]
    before = events(export_sessions(session, appointment_ids=[video.id]))[0]
    reschedule_appointment(session, appointment_id=video.id, starts_at=at(3, 16), by_guide_id=org.guide.id,
                           now=NOW + timedelta(minutes=5))
    moved = events(export_sessions(session, appointment_ids=[video.id]))[0]
    assert str(moved["UID"]) == str(before["UID"])
    assert (moved["SEQUENCE"], moved.DTSTART) == (1, at(3, 16))
    assert str(moved["URL"]) == "https://meet.example.com/v1"
    assert moved.DTSTAMP > before.DTSTAMP
    cancel_appointment(session, appointment_id=video.id, reason="客户出差", by_guide_id=org.guide.id,
                       now=NOW + timedelta(minutes=10))
    gone = events(export_sessions(session, appointment_ids=[video.id]))[0]
    assert (gone["SEQUENCE"], str(gone["STATUS"])) == (2, "CANCELLED")
    assert "客户出差" in str(gone["DESCRIPTION"])


def test_the_guides_next_weeks_include_cancelled_sessions(session: Session, org: Any, booked: dict[str, Any]) -> None:
    cancel_appointment(session, appointment_id=booked["home"].id, reason="改期", by_guide_id=org.guide.id, now=NOW)
    found = events(export_guide(session, guide_id=org.guide.id, start=at(1, 0), weeks=2))
    assert [(str(e["SUMMARY"]), str(e["STATUS"])) for e in found] == [
        ("1v1 到店搭配：张丽", "CONFIRMED"), ("1v1 视频试穿：张丽", "CONFIRMED"), ("1v1 上门试穿：张丽", "CANCELLED")]
    assert str(found[2]["LOCATION"]) == "静安区南京西路 1 号"
    assert events(export_guide(session, guide_id=org.other.id, start=at(1, 0), weeks=2)) == []
    assert events(export_guide(session, guide_id=org.guide.id, start=at(3, 0), weeks=1))[0].DTSTART == at(3, 14)
    with pytest.raises(InvalidInput):
        export_guide(session, guide_id=org.guide.id, start=at(1, 0), weeks=0)


def days_off(*events: tuple[str, Any, Any], status: str | None = None) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//test//")
    calendar.add("version", "2.0")
    for uid, start, end in events:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", datetime(2030, 4, 1, tzinfo=SH))
        event.add("dtstart", start)
        if end is not None:
            event.add("dtend", end)
        event.add("summary", "调休")
        if status:
            event.add("status", status)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def test_days_off_import_as_busy_time_and_again_without_duplicates(session: Session, org: Any) -> None:
    data = days_off(("off-1", date(2030, 5, 2), date(2030, 5, 3)),
                    ("train-1", at(3, 14), at(3, 16)),
                    ("instant", at(4, 10), None))
    result = import_blocked(session, guide_id=org.guide.id, data=data, now=NOW)
    assert (result.added, result.updated, result.skipped) == (2, 0, 1)
    rows = session.exec(select(BlockedTime).order_by(BlockedTime.starts_at)).all()  # type: ignore[arg-type]
    assert [(r.starts_at, r.ends_at, r.summary) for r in rows] == [
        (at(2, 0), at(3, 0), "调休"), (at(3, 14), at(3, 16), "调休")]
    slots = next_free_slots(session, guide_id=org.guide.id, store_id=org.store.id, duration=timedelta(hours=1),
                            after=at(1, 22), count=1)
    assert slots[0].starts_at == at(3, 10)
    again = import_blocked(session, guide_id=org.guide.id, data=days_off(
        ("off-1", date(2030, 5, 2), date(2030, 5, 4)), ("train-1", at(3, 14), at(3, 16))), now=NOW)
    assert (again.added, again.updated) == (0, 2)
    assert len(session.exec(select(BlockedTime)).all()) == 2
    removed = import_blocked(session, guide_id=org.guide.id, data=days_off(
        ("train-1", at(3, 14), at(3, 16)), status="CANCELLED"), now=NOW)
    assert removed.removed == 1
    assert [r.source_uid for r in session.exec(select(BlockedTime)).all()] == ["off-1"]


def test_an_exported_file_round_trips_as_blocked_time(session: Session, org: Any, booked: dict[str, Any]) -> None:
    data = export_guide(session, guide_id=org.guide.id, start=at(1, 0), weeks=1)
    result = import_blocked(session, guide_id=org.other.id, data=data, now=NOW)
    assert result.added == 3
    rows = session.exec(select(BlockedTime).order_by(BlockedTime.starts_at)).all()  # type: ignore[arg-type]
    assert [(r.starts_at, r.ends_at) for r in rows] == [(at(d, 14), at(d, 15)) for d in (2, 3, 4)]
    assert rows[0].source_uid == booked["in_store"].id + "@guide-desk"


def test_a_file_that_is_not_icalendar_is_refused(session: Session, org: Any) -> None:
    with pytest.raises(InvalidInput) as raised:
        import_blocked(session, guide_id=org.guide.id, data=b"name,phone\n", now=NOW)
    assert raised.value.field == "file"
