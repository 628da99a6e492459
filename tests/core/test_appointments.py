# SPDX-License-Identifier: Apache-2.0
"""1v1 sessions: validation that writes nothing, slot conflicts (guide, resource, store hours, the past,
across midnight), reschedule history, and free-slot proposals."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from builders import add_customer
from sqlalchemy import func
from sqlmodel import Session, col, select

from guide_desk.accounts.guides import create_guide, create_store
from guide_desk.appointments.service import (
    book_appointment,
    cancel_appointment,
    mark_done,
    mark_no_show,
    reschedule_appointment,
)
from guide_desk.appointments.slots import Slot, next_free_slots
from guide_desk.appointments.views import list_appointments
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Appointment, AppointmentChange, Customer, Outbox, Store
from guide_desk.errors import Conflict, InvalidInput, NotAllowed
from guide_desk.ids import uuid7

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 5, 1, 9, 0, tzinfo=SH)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time in May 2030."""
    return datetime(2030, 5, day, hour, minute, tzinfo=SH)



def counts(session: Session) -> tuple[int, int, int]:
    def count(table: Any) -> int:
        return int(session.exec(select(func.count()).select_from(table)).one())

    return count(Appointment), count(AppointmentChange), count(Outbox)


@pytest.fixture
def customer(session: Session, org: Any) -> Customer:
    return add_customer(session, org.store.id, org.guide.id)


def book(session: Session, org: Any, customer: Customer, starts: datetime, ends: datetime | None = None,
         **kwargs: Any) -> Appointment:
    values: dict[str, Any] = {"guide_id": org.guide.id, "kind": "in_store", "by_guide_id": org.guide.id}
    values.update(kwargs)
    if ends is None and "duration" not in values:
        ends = starts + timedelta(hours=1)
    return book_appointment(session, customer_id=customer.id, starts_at=starts, ends_at=ends, now=NOW, **values)


def clash(session: Session, org: Any, customer: Customer, starts: datetime, ends: datetime | None = None,
          **kwargs: Any) -> Conflict:
    before = counts(session)
    with pytest.raises(Conflict) as raised:
        book(session, org, customer, starts, ends, **kwargs)
    assert counts(session) == before
    return raised.value


def test_booking_records_the_session_and_its_outbox_entry(session: Session, org: Any, customer: Customer) -> None:
    session_ = book(session, org, customer, at(1, 14), kind="video", meeting_link="https://meet.example.com/a1",
                    resource=" 直播间 ", by_guide_id=org.other.id)
    assert (session_.store_id, session_.status, session_.sequence, session_.resource) == (
        org.store.id, "booked", 0, "直播间")
    *_, entry = pending(session)
    assert [e.entity for e in pending(session)] == ["customer", "appointment"]
    assert (entry.entity, entry.entity_id, entry.op) == ("appointment", session_.id, "create")
    assert datetime.fromisoformat(entry.fields["starts_at"]) == at(1, 14)
    assert entry.fields["meeting_link"] == "https://meet.example.com/a1"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "phone"}, "kind"),
        ({"starts": datetime(2030, 5, 1, 14, 0)}, "starts_at"),
        ({"ends": at(1, 14)}, "ends_at"),
        ({"ends": at(1, 13)}, "ends_at"),
        ({"ends": at(2, 14)}, "ends_at"),
        ({"duration": timedelta(0), "ends": None}, "duration"),
        ({"duration": timedelta(hours=1)}, "duration"),
        ({"kind": "home", "address": "  "}, "address"),
        ({"kind": "video", "meeting_link": "zoom.us/j/1"}, "meeting_link"),
        ({"kind": "video", "meeting_link": "ftp://meet.example.com"}, "meeting_link"),
        ({"customer_id": "no-such-customer"}, "customer_id"),
        ({"guide_id": "no-such-guide"}, "guide_id"),
    ],
)
def test_bad_input_names_its_field_and_writes_nothing(
    session: Session, org: Any, customer: Customer, change: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"starts_at": at(1, 14), "ends_at": at(1, 15), "guide_id": org.guide.id,
                              "kind": "in_store", "customer_id": customer.id}
    values.update({{"starts": "starts_at", "ends": "ends_at"}.get(k, k): v for k, v in change.items()})
    before = counts(session)
    with pytest.raises(InvalidInput) as raised:
        book_appointment(session, by_guide_id=org.guide.id, now=NOW, **values)
    assert raised.value.field == field
    assert counts(session) == before


def test_home_and_duration_forms(session: Session, org: Any, customer: Customer) -> None:
    home = book(session, org, customer, at(1, 14), None, kind="home", address="静安区南京西路 1 号",
                duration=timedelta(minutes=90))
    assert home.ends_at == at(1, 15, 30)


def test_guide_busy_but_back_to_back_is_fine(session: Session, org: Any, customer: Customer) -> None:
    first = book(session, org, customer, at(1, 14), at(1, 15))
    error = clash(session, org, customer, at(1, 14, 30), at(1, 15, 30))
    assert (error.reason, error.existing_id) == ("guide_busy", first.id)
    assert "14:00–15:00" in str(error)  # store-local time, not 06:00 UTC
    assert clash(session, org, customer, at(1, 13), at(1, 16)).reason == "guide_busy"
    book(session, org, customer, at(1, 15), at(1, 16))
    book(session, org, customer, at(1, 13), at(1, 14))
    book(session, org, customer, at(1, 14), at(1, 15), guide_id=org.other.id)


def test_a_cancelled_session_frees_its_slot(session: Session, org: Any, customer: Customer) -> None:
    first = book(session, org, customer, at(1, 14))
    before = counts(session)
    with pytest.raises(InvalidInput) as raised:
        cancel_appointment(session, appointment_id=first.id, reason=" ", by_guide_id=org.guide.id, now=NOW)
    assert raised.value.field == "reason"
    assert counts(session) == before
    cancelled = cancel_appointment(session, appointment_id=first.id, reason="客户出差", by_guide_id=org.guide.id,
                                   now=NOW)
    assert (cancelled.status, cancelled.cancel_reason, cancelled.sequence) == ("cancelled", "客户出差", 1)
    book(session, org, customer, at(1, 14))
    with pytest.raises(Conflict) as closed:
        cancel_appointment(session, appointment_id=first.id, reason="again", by_guide_id=org.guide.id, now=NOW)
    assert closed.value.reason == "appointment_closed"


def test_overlap_across_midnight_in_a_24_hour_store(session: Session, org: Any) -> None:
    store = create_store(session, code="SH24", name="机场店", opens_at="00:00", closes_at="23:59")
    night = create_guide(session, store_id=store.id, login="n1", name="夜班导购")
    peer = create_guide(session, store_id=store.id, login="n2", name="夜班二")
    customer = add_customer(session, store.id, night.id)
    late = book(session, org, customer, at(1, 23), at(2, 1), guide_id=night.id, by_guide_id=night.id)
    error = clash(session, org, customer, at(2, 0, 30), at(2, 1, 30), guide_id=night.id, by_guide_id=night.id)
    assert (error.reason, error.existing_id) == ("guide_busy", late.id)
    assert "23:00–05-02 01:00" in str(error)
    book(session, org, customer, at(2, 1), at(2, 2), guide_id=night.id, by_guide_id=night.id)
    book(session, org, customer, at(2, 0, 30), at(2, 1, 30), guide_id=peer.id, by_guide_id=night.id)


def test_resource_and_guide_conflicts_are_told_apart(session: Session, org: Any, customer: Customer) -> None:
    room_a = book(session, org, customer, at(1, 14), resource="试衣间A")
    resource_error = clash(session, org, customer, at(1, 14, 30), guide_id=org.other.id, resource="试衣间A")
    assert (resource_error.reason, resource_error.existing_id) == ("resource_busy", room_a.id)
    assert "试衣间A" in str(resource_error)
    guide_error = clash(session, org, customer, at(1, 14, 30), resource="试衣间B")
    assert (guide_error.reason, guide_error.existing_id) == ("guide_busy", room_a.id)
    book(session, org, customer, at(1, 14, 30), guide_id=org.other.id, resource="试衣间B")


def test_outside_store_hours_and_in_the_past(session: Session, org: Any, customer: Customer) -> None:
    late = clash(session, org, customer, at(1, 21, 30), at(1, 22, 30))
    assert late.reason == "outside_store_hours"
    assert "21:30–22:30" in str(late) and "10:00–22:00" in str(late)
    assert clash(session, org, customer, at(1, 9, 30), at(1, 10, 30)).reason == "outside_store_hours"
    assert clash(session, org, customer, at(1, 21), at(2, 0, 30)).reason == "outside_store_hours"
    book(session, org, customer, at(1, 21), at(1, 22))
    book(session, org, customer, at(1, 10), at(1, 11))
    assert clash(session, org, customer, at(1, 8), at(1, 8, 30)).reason == "in_the_past"


def test_only_store_staff_book_for_the_store(session: Session, org: Any, customer: Customer) -> None:
    store = create_store(session, code="BJ01", name="北京店")
    stranger = create_guide(session, store_id=store.id, login="bj1", name="外店导购")
    before = counts(session)
    with pytest.raises(NotAllowed):
        book(session, org, customer, at(1, 14), by_guide_id=stranger.id)
    assert counts(session) == before


def test_reschedule_keeps_history_and_bumps_sequence(session: Session, org: Any, customer: Customer) -> None:
    appointment = book(session, org, customer, at(1, 14), at(1, 15))
    moved = reschedule_appointment(session, appointment_id=appointment.id, starts_at=at(1, 14, 30),
                                   by_guide_id=org.manager.id, now=NOW)
    assert (moved.starts_at, moved.ends_at, moved.sequence) == (at(1, 14, 30), at(1, 15, 30), 1)
    moved = reschedule_appointment(session, appointment_id=appointment.id, starts_at=at(2, 11),
                                   duration=timedelta(minutes=45), by_guide_id=org.guide.id, now=NOW)
    assert (moved.ends_at, moved.sequence) == (at(2, 11, 45), 2)

    history = session.exec(select(AppointmentChange).where(AppointmentChange.appointment_id == appointment.id)
                           .order_by(col(AppointmentChange.to_starts_at))).all()
    assert [(h.from_starts_at, h.to_starts_at, h.by_guide_id) for h in history] == [
        (at(1, 14), at(1, 14, 30), org.manager.id), (at(1, 14, 30), at(2, 11), org.guide.id)]
    entry = pending(session)[-1]
    assert (entry.op, entry.fields["sequence"]) == ("update", 2)
    assert datetime.fromisoformat(entry.fields["starts_at"]) == at(2, 11)


def test_reschedule_into_a_conflict_leaves_the_session_unchanged(
    session: Session, org: Any, customer: Customer
) -> None:
    appointment = book(session, org, customer, at(1, 14), at(1, 15))
    other = book(session, org, customer, at(1, 16), at(1, 17))
    before = counts(session)
    with pytest.raises(Conflict) as raised:
        reschedule_appointment(session, appointment_id=appointment.id, starts_at=at(1, 16, 30),
                               by_guide_id=org.guide.id, now=NOW)
    assert (raised.value.reason, raised.value.existing_id) == ("guide_busy", other.id)
    with pytest.raises(Conflict) as outside:
        reschedule_appointment(session, appointment_id=appointment.id, starts_at=at(1, 21, 30),
                               by_guide_id=org.guide.id, now=NOW)
    assert outside.value.reason == "outside_store_hours"
    assert counts(session) == before
    session.expire_all()
    stored = session.get(Appointment, appointment.id)
    assert stored is not None
    assert (stored.starts_at, stored.ends_at, stored.sequence) == (at(1, 14), at(1, 15), 0)
    # Moving within its own slot does not clash with itself.
    reschedule_appointment(session, appointment_id=appointment.id, starts_at=at(1, 14, 30),
                           by_guide_id=org.guide.id, now=NOW)


def test_done_and_no_show_only_after_the_start(session: Session, org: Any, customer: Customer) -> None:
    appointment = book(session, org, customer, at(1, 14))
    with pytest.raises(Conflict) as early:
        mark_done(session, appointment_id=appointment.id, by_guide_id=org.guide.id, now=at(1, 13, 59))
    assert early.value.reason == "not_started"
    assert mark_done(session, appointment_id=appointment.id, by_guide_id=org.guide.id,
                     now=at(1, 15)).status == "done"
    with pytest.raises(Conflict) as closed:
        mark_no_show(session, appointment_id=appointment.id, by_guide_id=org.guide.id, now=at(1, 15))
    assert closed.value.reason == "appointment_closed"
    with pytest.raises(Conflict) as moved:
        reschedule_appointment(session, appointment_id=appointment.id, starts_at=at(2, 14),
                               by_guide_id=org.guide.id, now=NOW)
    assert moved.value.reason == "appointment_closed"
    missed = book(session, org, customer, at(1, 16))
    assert mark_no_show(session, appointment_id=missed.id, by_guide_id=org.guide.id,
                        now=at(1, 16, 20)).status == "no_show"


def test_list_appointments_by_range(session: Session, org: Any, customer: Customer) -> None:
    morning = book(session, org, customer, at(1, 10))
    evening = book(session, org, customer, at(1, 20))
    colleague = book(session, org, customer, at(1, 12), guide_id=org.other.id)
    dropped = book(session, org, customer, at(1, 15))
    cancel_appointment(session, appointment_id=dropped.id, reason="改期", by_guide_id=org.guide.id, now=NOW)
    next_day = book(session, org, customer, at(2, 10))

    def ids(**kwargs: Any) -> list[str]:
        return [a.id for a in list_appointments(session, **kwargs)]

    day = {"start": at(1, 0), "end": at(2, 0)}
    assert ids(guide_id=org.guide.id, **day) == [morning.id, evening.id]
    assert ids(store_id=org.store.id, **day) == [morning.id, colleague.id, evening.id]
    assert ids(guide_id=org.guide.id, include_cancelled=True, **day) == [morning.id, dropped.id, evening.id]
    assert ids(guide_id=org.guide.id, start=at(1, 10, 30), end=at(1, 20)) == [morning.id]
    assert ids(guide_id=org.guide.id, start=at(1, 21), end=at(3, 0)) == [next_day.id]


def test_next_free_slots_skip_busy_time_and_closed_hours(session: Session, org: Any, customer: Customer) -> None:
    book(session, org, customer, at(1, 20), at(1, 21))
    book(session, org, customer, at(2, 10, 30), at(2, 11, 15))
    slots = next_free_slots(session, guide_id=org.guide.id, store_id=org.store.id, duration=timedelta(hours=1),
                            after=at(1, 19, 40), count=4)
    assert slots == [
        Slot(at(1, 21), at(1, 22)),        # 20:00 is taken; 21:30 would run past closing
        Slot(at(2, 11, 30), at(2, 12, 30)),  # 10:00 and 11:00 overlap the 10:30–11:15 session
        Slot(at(2, 12), at(2, 13)),
        Slot(at(2, 12, 30), at(2, 13, 30)),
    ]
    first = slots[0]
    book(session, org, customer, first.starts_at, first.ends_at)


def test_next_free_slots_respect_the_resource(session: Session, org: Any, customer: Customer) -> None:
    book(session, org, customer, at(1, 14), at(1, 15), guide_id=org.other.id, resource="试衣间A")
    free = next_free_slots(session, guide_id=org.guide.id, store_id=org.store.id, duration=timedelta(hours=1),
                           after=at(1, 13, 50), count=2, resource="试衣间A")
    assert [s.starts_at for s in free] == [at(1, 15), at(1, 15, 30)]
    anywhere = next_free_slots(session, guide_id=org.guide.id, store_id=org.store.id,
                               duration=timedelta(hours=1), after=at(1, 13, 50), count=1)
    assert [s.starts_at for s in anywhere] == [at(1, 14)]


def test_a_late_night_store_is_open_across_midnight(session: Session, org: Any) -> None:
    store = Store(id=uuid7(), code="SH-NIGHT", name="夜市店", opens_at="18:00", closes_at="02:00")
    session.add(store)
    session.flush()
    night = create_guide(session, store_id=store.id, login="n1", name="夜班导购")
    customer = add_customer(session, store.id, night.id)
    mine = {"guide_id": night.id, "by_guide_id": night.id}
    book(session, org, customer, at(1, 23, 30), at(2, 1, 30), **mine)
    assert clash(session, org, customer, at(2, 1, 30), at(2, 2, 30), **mine).reason == "outside_store_hours"
    assert clash(session, org, customer, at(1, 17, 30), at(1, 18, 30), **mine).reason == "outside_store_hours"
    slots = next_free_slots(session, guide_id=night.id, store_id=store.id, duration=timedelta(hours=1),
                            after=at(1, 22), count=3)
    # 23:00 and 23:30 clash with the booking, 01:30 would run past 02:00: next is tomorrow's opening.
    assert [s.starts_at for s in slots] == [at(1, 22), at(1, 22, 30), at(2, 18)]
