# SPDX-License-Identifier: Apache-2.0
"""The tasks table model first, then the dialogs' values, then the page: views, counts and the actions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.search import CustomerQuery, search_customer_ids
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Task
from guide_desk.errors import Conflict
from guide_desk.tasks.service import complete_task, create_task
from guide_desk.tasks.views import local_day_bounds
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.task_actions import CompleteDialog, ReassignDialog, SnoozeDialog, wake_time
from guide_desk.ui.models.task_table import OVERDUE_COLOUR, TaskTableModel
from guide_desk.ui.pages import tasks as tasks_module
from guide_desk.ui.pages.tasks import TasksPage

pytestmark = pytest.mark.ui


def customer(session: Session, text: str) -> str:
    [customer_id] = search_customer_ids(session, query=CustomerQuery(text=text))
    return customer_id


def seed(engine: Engine, assignee_id: str, creator_id: str) -> dict[str, str]:
    """One overdue task, two due today (one from HQ), a suggestion next week and one done purchase."""
    now = utcnow()
    today = local_day_bounds(now, STORE_TZ)[0]  # times inside today's local day, whatever the hour
    with transaction(engine) as session:
        def add(key: str, title: str, due: datetime, who: str | None, source: str = "guide") -> tuple[str, str]:
            task = create_task(session, assignee_guide_id=assignee_id, title=title, due_at=due,
                               by_guide_id=creator_id, source=source, now=now - timedelta(days=3),
                               customer_id=customer(session, who) if who else None)
            return key, task.id

        ids = dict([
            add("overdue", "生日关怀", now - timedelta(days=2), "张三"),
            add("sop", "新品到店通知", today + timedelta(minutes=1), "李四", source="hq"),
            add("call", "回访电话", today + timedelta(minutes=2), "张珊珊"),
            add("later", "搭配推荐", now + timedelta(days=7), None, source="suggestion"),
            add("bought", "售后关怀", now - timedelta(days=5), "张三"),
        ])
        complete_task(session, task_id=ids["bought"], outcome="purchased", amount_fen=123450,
                      by_guide_id=assignee_id, now=now)
    return ids


def stored(engine: Engine, task_id: str) -> Task:
    with Session(engine) as session:
        task = session.get(Task, task_id)
        assert task is not None
        return task


def column(model: TaskTableModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_lists_mine_by_due_with_names_sources_and_overdue_in_red(engine: Engine,
                                                                       guide_context: AppContext) -> None:
    ids = seed(engine, guide_context.guide.id, guide_context.guide.id)
    model = TaskTableModel(guide_context)
    model.load(guide_id=guide_context.guide.id, view="mine")
    assert [model.task(r).id for r in range(model.rowCount())] == [ids[k] for k in ("overdue", "sop", "call",
                                                                                      "later")]
    assert column(model, 1) == ["张三", "李四", "张珊珊", ""]
    assert column(model, 2) == ["生日关怀", "新品到店通知", "回访电话", "搭配推荐"]
    assert column(model, 3) == ["Mine", "HQ SOP", "Mine", "Suggestion"]
    assert column(model, 4) == ["Overdue", "Open", "Open", "Open"]
    due = stored(engine, ids["overdue"]).due_at.astimezone(STORE_TZ).strftime("%m-%d %H:%M")
    assert model.index(0, 0).data() == due
    colours = [model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) for r in range(model.rowCount())]
    assert colours == [QColor(OVERDUE_COLOUR), None, None, None]


def test_model_shows_outcomes_in_the_done_view(engine: Engine, guide_context: AppContext) -> None:
    seed(engine, guide_context.guide.id, guide_context.guide.id)
    model = TaskTableModel(guide_context)
    model.load(guide_id=guide_context.guide.id, view="done")
    assert column(model, 4) == ["Purchased ¥1,234.50"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_complete_dialog_gives_the_outcome_and_the_amount_in_fen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CompleteDialog("回访电话")
    qtbot.addWidget(dialog)
    assert (dialog.outcome(), dialog.amount_fen()) == ("reached", None)
    assert not dialog.amount.isEnabled()
    dialog.choices["purchased"].setChecked(True)
    assert dialog.amount.isEnabled() and not dialog.ok.isEnabled()  # a purchase of ¥0 is not one
    dialog.amount.setValue(19.99)
    assert dialog.ok.isEnabled() and dialog.amount_fen() == 1999
    dialog.choices["declined"].setChecked(True)
    assert (dialog.outcome(), dialog.amount_fen()) == ("declined", None)


def test_snooze_and_reassign_dialogs_give_their_values(qtbot) -> None:  # type: ignore[no-untyped-def]
    today = datetime(2026, 11, 22, 15, 0, tzinfo=STORE_TZ).date()
    snooze = SnoozeDialog(today)
    qtbot.addWidget(snooze)
    assert snooze.until() == datetime(2026, 11, 23, tzinfo=STORE_TZ)
    snooze.choices[7].setChecked(True)
    assert snooze.wake_day().isoformat() == "2026-11-29"
    snooze.on_date.setChecked(True)
    snooze.date.setDate(snooze.date.date().addDays(9))
    assert snooze.wake_day().isoformat() == "2026-12-02"
    reassign = ReassignDialog("回访电话", [("g1", "李导购"), ("g2", "赵导购")])
    qtbot.addWidget(reassign)
    reassign.who.setCurrentIndex(1)
    assert reassign.guide_id() == "g2"


def test_filters_switch_rows_and_show_counts(qtbot, engine: Engine, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    seed(engine, guide_context.guide.id, guide_context.guide.id)
    page = TasksPage(guide_context)
    qtbot.addWidget(page)
    labels = {view: button.text() for view, button in page.filter_buttons.items()}
    assert labels == {"mine": "Mine (4)", "today": "Today (2)", "overdue": "Overdue (1)", "hq": "HQ SOP (1)",
                      "done": "Done (1)"}
    assert page.view == "today" and column(page.model, 2) == ["新品到店通知", "回访电话"]
    page.filter_buttons["overdue"].click()
    assert page.view == "overdue" and column(page.model, 2) == ["生日关怀"]
    page.filter_buttons["done"].click()
    assert column(page.model, 2) == ["售后关怀"]
    assert not page.complete_button.isEnabled()  # done stays done
    assert page.filter_buttons["done"].accessibleName() == "Done (1)"


def test_done_view_says_when_it_shows_only_the_latest(qtbot, engine: Engine, guide_context: AppContext,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    ids = seed(engine, guide_context.guide.id, guide_context.guide.id)
    with transaction(engine) as session:
        complete_task(session, task_id=ids["overdue"], outcome="reached", by_guide_id=guide_context.guide.id)
    monkeypatch.setattr(tasks_module, "DONE_LIMIT", 1)
    page = TasksPage(guide_context)
    qtbot.addWidget(page)
    page.set_view("done")
    assert page.model.rowCount() == 1 and page.summary.text() == "Showing the latest 1 of 2 done tasks."


def test_complete_through_the_dialog_records_a_purchase(qtbot, engine: Engine, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = seed(engine, guide_context.guide.id, guide_context.guide.id)
    page = TasksPage(guide_context)
    qtbot.addWidget(page)

    def purchase(dialog: QDialog) -> bool:
        assert isinstance(dialog, CompleteDialog)
        dialog.choices["purchased"].setChecked(True)
        dialog.amount.setValue(2599.5)
        dialog.ok.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = purchase  # type: ignore[method-assign]
    assert page.selected_task() is not None and page.selected_task().id == ids["sop"]  # type: ignore[union-attr]
    page.complete_button.click()
    task = stored(engine, ids["sop"])
    assert (task.status, task.outcome, task.outcome_amount_fen) == ("done", "purchased", 259950)
    assert column(page.model, 2) == ["回访电话"]
    assert page.selected_task().id == ids["call"]  # type: ignore[union-attr]
    assert page.filter_buttons["today"].text() == "Today (1)" and page.filter_buttons["done"].text() == "Done (2)"


def test_ctrl_enter_completes_and_enter_opens_the_customer(qtbot, engine: Engine, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = seed(engine, guide_context.guide.id, guide_context.guide.id)
    page = TasksPage(guide_context)
    qtbot.addWidget(page)
    page.show()
    page.windowHandle().requestActivate()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    asked: list[QDialog] = []

    def cancel(dialog: QDialog) -> bool:
        asked.append(dialog)
        return False

    page.run_dialog = cancel  # type: ignore[method-assign]
    QTest.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and isinstance(asked[0], CompleteDialog)
    with qtbot.waitSignal(page.customer_requested) as opened:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    row = page.table.visualRect(page.model.index(1, 1)).center()
    with qtbot.waitSignal(page.customer_requested) as clicked:
        QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)  # an item view needs a press
        QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    with Session(engine) as session:
        assert opened.args == [customer(session, "李四")] and clicked.args == [customer(session, "张珊珊")]
    assert stored(engine, ids["sop"]).status == "open"  # the dialog was not accepted


def test_snooze_takes_the_task_off_today(qtbot, engine: Engine, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = seed(engine, guide_context.guide.id, guide_context.guide.id)
    page = TasksPage(guide_context)
    qtbot.addWidget(page)

    def three_days(dialog: QDialog) -> bool:
        assert isinstance(dialog, SnoozeDialog)
        dialog.choices[3].setChecked(True)
        dialog.accept()
        return True

    page.run_dialog = three_days  # type: ignore[method-assign]
    page.snooze_button.click()
    wake = wake_time(utcnow().astimezone(STORE_TZ).date() + timedelta(days=3))
    assert stored(engine, ids["sop"]).snoozed_until == wake
    assert column(page.model, 2) == ["回访电话"] and page.filter_buttons["today"].text() == "Today (1)"
    assert page.filter_buttons["hq"].text() == "HQ SOP (0)"


def test_guides_cannot_reassign(qtbot, engine: Engine, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    seed(engine, guide_context.guide.id, guide_context.guide.id)
    page = TasksPage(guide_context)
    qtbot.addWidget(page)
    assert page.reassign_button.isHidden() and not page.reassign_button.isEnabled()
    assert page.whose.isHidden()
    page.ask_reassign()  # the shortcut lands here too; nothing happens


def test_manager_reassigns_a_guides_task(qtbot, engine: Engine, manager_context: AppContext, shop) -> None:  # type: ignore[no-untyped-def]
    ids = seed(engine, shop.guide.id, shop.manager.id)
    page = TasksPage(manager_context)
    qtbot.addWidget(page)
    assert not page.reassign_button.isHidden() and not page.whose.isHidden()
    assert page.model.rowCount() == 0  # the manager's own list is empty
    page.whose.setCurrentIndex(page.whose.findData(shop.guide.id))
    assert page.guide_id == shop.guide.id and column(page.model, 2) == ["新品到店通知", "回访电话"]
    offered: list[str] = []

    def to_other(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReassignDialog)
        offered.extend(dialog.who.itemText(i) for i in range(dialog.who.count()))
        dialog.who.setCurrentIndex(dialog.who.findData(shop.other.id))
        dialog.accept()
        return True

    page.run_dialog = to_other  # type: ignore[method-assign]
    page.reassign_button.click()
    assert shop.guide.name not in offered and shop.other.name in offered
    assert stored(engine, ids["sop"]).assignee_guide_id == shop.other.id
    assert column(page.model, 2) == ["回访电话"]
    page.show_guide(shop.other.id)
    assert column(page.model, 2) == ["新品到店通知"]


def test_a_failed_action_is_worded_and_the_list_catches_up(qtbot, engine: Engine, guide_context: AppContext,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ids = seed(engine, guide_context.guide.id, guide_context.guide.id)
    shown: list[BaseException] = []
    monkeypatch.setattr(tasks_module, "show_error", lambda parent, exc: shown.append(exc))
    page = TasksPage(guide_context)
    qtbot.addWidget(page)
    with transaction(engine) as session:  # another PC (through sync) or window finished it meanwhile
        complete_task(session, task_id=ids["sop"], outcome="reached", by_guide_id=guide_context.guide.id)
    assert page.selected_task().id == ids["sop"]  # type: ignore[union-attr]
    assert page.complete_selected(outcome="no_answer") is False
    assert len(shown) == 1 and isinstance(shown[0], Conflict)
    assert stored(engine, ids["sop"]).outcome == "reached"
    assert column(page.model, 2) == ["回访电话"] and page.selected_task().id == ids["call"]  # type: ignore[union-attr]
    assert page.filter_buttons["today"].text() == "Today (1)"
