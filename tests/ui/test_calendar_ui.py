# SPDX-License-Identifier: Apache-2.0
"""1v1 sessions in the UI: book from the profile (with a proposed slot and items), drag to move and resize
on the calendar, conflicts said in words, close as done, reminders on Today, store and list views, .ics."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import Shop
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.appointments.items import list_items
from guide_desk.appointments.service import book_appointment
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Appointment
from guide_desk.errors import Conflict
from guide_desk.tasks.suggestions import customer_suggestions
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.booking import BookingDialog
from guide_desk.ui.dialogs.session_close import SessionCloseDialog
from guide_desk.ui.pages.calendar import CalendarPage
from guide_desk.ui.pages.profile import CustomerProfile
from guide_desk.ui.pages.today import TodayPage

pytestmark = pytest.mark.ui
TOMORROW = utcnow().astimezone(STORE_TZ).date() + timedelta(days=1)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=STORE_TZ)


@pytest.fixture
def catalog(engine: Engine, shop: Any) -> Shop:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        return Shop(session, shop)


@pytest.fixture
def zhang(engine: Engine) -> str:
    with Session(engine) as session:
        from guide_desk.customers.search import CustomerQuery, search_customer_ids

        return search_customer_ids(session, query=CustomerQuery(text="张三"))[0]


def book(engine: Engine, guide_id: str, customer_id: str, starts: datetime, *, now: datetime | None = None,
         **kwargs: Any) -> str:
    with transaction(engine) as session:
        return book_appointment(session, customer_id=customer_id, guide_id=guide_id, kind="in_store",
                                starts_at=starts, duration=timedelta(hours=1), by_guide_id=guide_id,
                                now=now, **kwargs).id


def stored(engine: Engine, appointment_id: str) -> Appointment:
    with Session(engine) as session:
        found = session.get(Appointment, appointment_id)
        assert found is not None
        return found


def test_book_from_the_profile_with_a_proposed_slot_and_items(  # type: ignore[no-untyped-def]
    qtbot, guide_context: AppContext, catalog: Shop, zhang: str, engine: Engine
) -> None:
    profile = CustomerProfile(guide_context)
    qtbot.addWidget(profile)
    profile.show_customer(zhang)
    shown: list[BookingDialog] = []

    def fill(dialog: BookingDialog) -> bool:
        shown.append(dialog)
        assert dialog.customer.currentData() == zhang and dialog.slots
        dialog.slot_buttons[1].click()
        dialog.resource.setCurrentText("试衣间A")
        dialog.product_search.setText("C1")
        assert dialog.item_size.itemText(0) == "M (3 in stock)"
        assert dialog.add_item()
        dialog.note.setPlainText("通勤外套")
        return dialog.save()

    profile.run_dialog = fill  # type: ignore[method-assign]
    assert profile.ask_booking()
    dialog = shown[0]
    booked = stored(engine, dialog.booked_id or "")
    assert (booked.customer_id, booked.starts_at, booked.resource, booked.note) == (
        zhang, dialog.slots[1].starts_at, "试衣间A", "通勤外套")
    with Session(engine) as session:
        assert [(i.sku, i.size, i.stock) for i in list_items(session, appointment_id=booked.id)] == [("C1", "M", 3)]


def test_a_refused_booking_says_why_and_keeps_the_form(  # type: ignore[no-untyped-def]
    qtbot, guide_context: AppContext, shop, zhang: str, engine: Engine, monkeypatch
) -> None:
    book(engine, shop.guide.id, zhang, local(TOMORROW, 14))
    dialog = BookingDialog(guide_context, customer_id=zhang, start=local(TOMORROW, 14, 30))
    qtbot.addWidget(dialog)
    assert dialog.slots[0].starts_at != local(TOMORROW, 14, 30)
    errors: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.dialogs.booking.show_error", lambda _parent, exc: errors.append(exc))
    dialog.note.setPlainText("keep me")
    assert not dialog.save()
    assert isinstance(errors[0], Conflict) and errors[0].reason == "guide_busy"
    assert "14:00–15:00" in str(errors[0])
    assert dialog.note.toPlainText() == "keep me" and dialog.booked_id is None


@pytest.fixture
def day_page(qtbot, guide_context: AppContext) -> CalendarPage:  # type: ignore[no-untyped-def]
    page = CalendarPage(guide_context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.day = TOMORROW
    page.set_mode("day")
    return page


def drag(qtbot, page: CalendarPage, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(page.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.grid, pos=QPoint(start.x(), (start.y() + end.y()) // 2))
    qtbot.mouseMove(page.grid, pos=end)
    qtbot.mouseRelease(page.grid, Qt.MouseButton.LeftButton, pos=end)


def test_drag_moves_and_resizes_a_session(  # type: ignore[no-untyped-def]
    qtbot, day_page: CalendarPage, shop, zhang: str, engine: Engine
) -> None:
    moved = book(engine, shop.guide.id, zhang, local(TOMORROW, 14))
    day_page.refresh()
    grid = day_page.grid
    assert not grid.block_rect(moved).isEmpty()
    drag(qtbot, day_page, grid.point_at(0, local(TOMORROW, 14, 10)), grid.point_at(0, local(TOMORROW, 15, 10)))
    after = stored(engine, moved)
    assert (after.starts_at, after.ends_at, after.sequence) == (local(TOMORROW, 15), local(TOMORROW, 16), 1)
    bottom = grid.block_rect(moved).bottom()
    drag(qtbot, day_page, QPoint(grid.point_at(0, local(TOMORROW, 15)).x(), bottom),
         QPoint(grid.point_at(0, local(TOMORROW, 15)).x(), grid.point_at(0, local(TOMORROW, 16, 30)).y()))
    assert stored(engine, moved).ends_at == local(TOMORROW, 16, 30)


def test_a_move_into_a_busy_slot_is_refused_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, day_page: CalendarPage, shop, zhang: str, engine: Engine, monkeypatch
) -> None:
    moving = book(engine, shop.guide.id, zhang, local(TOMORROW, 14))
    book(engine, shop.guide.id, zhang, local(TOMORROW, 16))
    day_page.refresh()
    errors: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.pages.calendar.show_error", lambda _parent, exc: errors.append(exc))
    grid = day_page.grid
    drag(qtbot, day_page, grid.point_at(0, local(TOMORROW, 14, 10)), grid.point_at(0, local(TOMORROW, 15, 40)))
    assert isinstance(errors[0], Conflict) and errors[0].reason == "guide_busy"
    assert stored(engine, moving).starts_at == local(TOMORROW, 14)
    assert not day_page.move_session(moving, local(TOMORROW, 21, 30), local(TOMORROW, 22, 30))
    assert isinstance(errors[1], Conflict) and errors[1].reason == "outside_store_hours"
    assert grid.block_rect(moving).top() < grid.point_at(0, local(TOMORROW, 14, 1)).y()  # snapped back


def test_mark_done_records_the_outcome_and_suggests_a_follow_up(  # type: ignore[no-untyped-def]
    qtbot, guide_context: AppContext, catalog: Shop, zhang: str, engine: Engine
) -> None:
    yesterday = TOMORROW - timedelta(days=2)
    held = book(engine, catalog.org.guide.id, zhang, local(yesterday, 14), now=local(yesterday, 9))
    with transaction(engine) as session:
        from guide_desk.appointments.items import PrepItem, set_items

        set_items(session, appointment_id=held, by_guide_id=catalog.org.guide.id,
                  items=[PrepItem(catalog.coat.id, "M"), PrepItem(catalog.scarf.id, "F")])
    page = CalendarPage(guide_context)
    qtbot.addWidget(page)

    def close(dialog: SessionCloseDialog) -> bool:
        dialog.choose("done")
        items = dialog.items
        items.setData(items.index(0, 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        dialog.amount.setValue(1299)
        return dialog.save()

    page.run_dialog = close  # type: ignore[method-assign]
    assert page.close_selected(held)
    done = stored(engine, held)
    assert (done.status, done.outcome_amount_fen) == ("done", 129900)
    with Session(engine) as session:
        assert [(i.sku, i.tried, i.bought) for i in list_items(session, appointment_id=held)] == [
            ("C1", True, True), ("S1", False, False)]
        assert "session_followup" in [s.kind for s in customer_suggestions(session, customer_id=zhang)]


def test_cancel_from_today_needs_a_reason(  # type: ignore[no-untyped-def]
    qtbot, guide_context: AppContext, shop, zhang: str, engine: Engine, monkeypatch
) -> None:
    today = TOMORROW - timedelta(days=1)
    held = book(engine, shop.guide.id, zhang, local(today, 10), now=local(today, 9))
    page = TodayPage(guide_context)
    qtbot.addWidget(page)
    assert page.sessions.rowCount() == 1
    page.sessions_table.selectRow(0)
    errors: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.ops.show_error", lambda _parent, exc: errors.append(exc))

    def cancel(dialog: SessionCloseDialog) -> bool:
        dialog.choose("cancelled")
        assert not dialog.save()
        dialog.reason.setText("客户出差")
        return dialog.save()

    page.run_dialog = cancel  # type: ignore[method-assign]
    assert page.close_session()
    assert getattr(errors[0], "field", None) == "reason"
    assert (stored(engine, held).status, stored(engine, held).cancel_reason) == ("cancelled", "客户出差")


def test_reminders_notify_once_and_offer_the_message(  # type: ignore[no-untyped-def]
    qtbot, guide_context: AppContext, shop, zhang: str, engine: Engine
) -> None:
    held = book(engine, shop.guide.id, zhang, local(TOMORROW, 14), resource="试衣间A")
    page = TodayPage(guide_context)
    qtbot.addWidget(page)
    sent: list[tuple[str, str]] = []
    page.reminders.notify = lambda title, text: sent.append((title, text))
    assert page.reminders.check(now=local(TOMORROW, 13, 35))[0].appointment_id == held
    assert sent == [("1 1v1 session coming up", "1v1 with 张三 in 25 minutes (In-store styling)")]
    assert page.reminders.isVisibleTo(page)
    assert page.reminders.check(now=local(TOMORROW, 13, 36)) == [] and len(sent) == 1
    page.reminders.copy_message()
    assert QGuiApplication.clipboard().text().startswith("张三您好，我是上海静安店的李导购，提醒您")
    page.reminders.dismiss()
    page.reminders.check(now=local(TOMORROW, 13, 40))
    assert not page.reminders.isVisibleTo(page)


def test_store_view_and_list_for_a_manager(  # type: ignore[no-untyped-def]
    qtbot, manager_context: AppContext, shop, zhang: str, engine: Engine
) -> None:
    book(engine, shop.guide.id, zhang, local(TOMORROW, 14))
    book(engine, shop.other.id, zhang, local(TOMORROW, 14))
    page = CalendarPage(manager_context)
    qtbot.addWidget(page)
    page.day = TOMORROW
    page.set_mode("store")
    view = page.grid.view
    assert view is not None and [c.label for c in view.columns] == ["李导购", "王店长", "赵导购"]
    assert sorted(b.column for b in view.blocks) == [0, 2]
    page.day = TOMORROW - timedelta(days=1)
    page.set_mode("list")
    model = page.list_model
    assert model.rowCount() == 2
    assert {model.index(r, 4).data() for r in range(2)} == {"李导购", "赵导购"}
    assert model.index(0, 5).data() == "Booked"


def test_export_and_import_ics_through_the_page(  # type: ignore[no-untyped-def]
    qtbot, guide_context: AppContext, shop, zhang: str, engine: Engine, tmp_path: Path
) -> None:
    held = book(engine, shop.guide.id, zhang, local(TOMORROW, 14))
    page = CalendarPage(guide_context)
    qtbot.addWidget(page)
    page.day = TOMORROW
    page.set_mode("week")
    page.choose_save_path = lambda name: tmp_path / name  # type: ignore[method-assign]
    exported = page.ask_export()
    assert exported == tmp_path / "sessions.ics"
    [event] = Calendar.from_ical(exported.read_bytes()).events
    assert str(event["UID"]) == f"{held}@guide-desk"
    off = tmp_path / "off.ics"
    off.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//\r\nBEGIN:VEVENT\r\nUID:off-1\r\n"
                    b"DTSTAMP:20300101T000000Z\r\nDTSTART;VALUE=DATE:" + TOMORROW.strftime("%Y%m%d").encode()
                    + b"\r\nSUMMARY:\xe8\xb0\x83\xe4\xbc\x91\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    page.choose_open_path = lambda: off  # type: ignore[method-assign]
    assert page.ask_import() == 1
    assert page.status.text() == "1 blocked time imported"
    assert [b.title for b in page.grid.view.blocks if b.kind == "blocked"] == ["调休"]  # type: ignore[union-attr]
