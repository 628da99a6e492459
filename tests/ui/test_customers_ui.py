# SPDX-License-Identifier: Apache-2.0
"""The customers table model first, then the page and the window around it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import Engine

from guide_desk.customers.search import CustomerQuery
from guide_desk.ui.context import AppContext
from guide_desk.ui.main_window import MainWindow
from guide_desk.ui.models.customer_table import CustomerTableModel
from guide_desk.ui.pages.customers import CustomersPage
from guide_desk.ui.sign_in import SignInDialog

pytestmark = pytest.mark.ui


def column(model: CustomerTableModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_model_shows_masked_phones_in_pinyin_order(guide_context: AppContext) -> None:
    model = CustomerTableModel(guide_context)
    model.set_query(CustomerQuery(owner_ids=(guide_context.guide.id,)))
    assert column(model, 0) == ["李四", "张三", "张珊珊"]
    assert column(model, 1) == ["137****1234", "138****8000", "139****0000"]
    assert column(model, 6) == [guide_context.guide.name] * 3


def test_model_sorts_through_the_service(guide_context: AppContext) -> None:
    model = CustomerTableModel(guide_context)
    model.set_query(CustomerQuery(owner_ids=(guide_context.guide.id,)))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert column(model, 0) == ["张珊珊", "张三", "李四"]


def test_guide_searches_as_they_type(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = CustomersPage(guide_context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3  # 王五 belongs to another guide
    QTest.keyClicks(page.search, "zs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert column(page.model, 0) == ["张三", "张珊珊"]
    page.search.setText("0000")
    qtbot.waitUntil(lambda: column(page.model, 0) == ["张珊珊"])
    assert "1" in page.count.text()


def test_manager_sees_the_whole_store(qtbot, manager_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = CustomersPage(manager_context)
    qtbot.addWidget(page)
    assert "王五" in column(page.model, 0) and page.model.rowCount() == 4


def test_ctrl_f_jumps_to_customer_search(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(guide_context)
    qtbot.addWidget(window)
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.customers
    assert window.customers.search.hasFocus()


def test_sign_in_refuses_a_wrong_pin_then_accepts_the_right_one(qtbot, engine: Engine, shop) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(engine)
    qtbot.addWidget(dialog)
    dialog.who.setCurrentIndex(dialog.who.findData(shop.guide.id))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    dialog.pin.setText("9999")
    ok.click()
    assert dialog.guide is None and "Wrong PIN" in dialog.message.text()
    dialog.pin.setText("1357")
    ok.click()
    assert dialog.guide is not None and dialog.guide.id == shop.guide.id


def test_today_lists_overdue_then_today_with_customer_names(qtbot, engine: Engine, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from guide_desk.clock import utcnow
    from guide_desk.db.engine import transaction
    from guide_desk.tasks.service import create_task
    from guide_desk.ui.pages.today import TodayPage

    guide = guide_context.guide
    with transaction(engine) as session:
        zhang = search_ids(session, "张三")
        create_task(session, assignee_guide_id=guide.id, title="生日关怀", due_at=utcnow() - timedelta(days=2),
                    by_guide_id=guide.id, customer_id=zhang, now=utcnow() - timedelta(days=3))
        create_task(session, assignee_guide_id=guide.id, title="下周回访", due_at=utcnow() + timedelta(days=7),
                    by_guide_id=guide.id)
    page = TodayPage(guide_context)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in (1, 2, 3)] == ["张三", "生日关怀", "Mine"]


def search_ids(session, text: str) -> str:  # type: ignore[no-untyped-def]
    from guide_desk.customers.search import search_customer_ids

    [customer_id] = search_customer_ids(session, query=CustomerQuery(text=text))
    return customer_id


def test_window_size_is_remembered_per_install(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(guide_context)
    qtbot.addWidget(first)
    first.show()
    first.resize(960, 640)  # the offscreen screen is 800 px wide, so only the height can show memory
    first.close()
    second = MainWindow(guide_context)
    qtbot.addWidget(second)
    assert second.height() == 640  # a first start opens 800 high
    assert (guide_context.settings.data_dir / "ui-state.ini").exists()


def test_whole_store_toggle_widens_a_guides_list(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = CustomersPage(guide_context)
    qtbot.addWidget(page)
    assert page.whole_store.isVisibleTo(page) and page.model.rowCount() == 3
    page.whole_store.setChecked(True)
    assert page.model.rowCount() == 4


def test_tag_chips_filter_and_bulk_button_follows_selection(qtbot, guide_context: AppContext, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.customers.tags import create_tag, create_tag_group
    from guide_desk.db.engine import transaction

    with transaction(engine) as session:
        vip = create_tag(session, group_id=create_tag_group(session, name="价值").id, name="高价值")
    page = CustomersPage(guide_context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert page.selected_ids() == [page.model.customer_id(0), page.model.customer_id(2)]
    assert "2" in page.bulk_button.text()
    page.tag_filter.add_tag(vip.id)
    assert page.model.rowCount() == 0
    page.tag_filter.clear()
    with transaction(engine) as session:
        from guide_desk.customers.tags import tag_customers

        tag_customers(session, customer_ids=[page.model.customer_id(0), page.model.customer_id(2)],
                      tag_ids=[vip.id], by_guide_id=None)
    page.after_tags_changed()
    page.tag_filter.add_tag(vip.id)
    assert column(page.model, 0) == ["李四", "张珊珊"]


def test_tasks_and_calendar_are_built_on_first_visit(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.ui.pages.calendar import CalendarPage
    from guide_desk.ui.pages.tasks import TasksPage

    window = MainWindow(guide_context)
    qtbot.addWidget(window)
    pages_before = window.pages.count()
    assert not isinstance(window.pages.widget(window.row_of("tasks")), TasksPage)
    window.nav.setCurrentRow(window.row_of("tasks"))
    assert isinstance(window.pages.currentWidget(), TasksPage)
    window.nav.setCurrentRow(window.row_of("calendar"))
    assert isinstance(window.pages.currentWidget(), CalendarPage)
    assert window.pages.count() == pages_before
