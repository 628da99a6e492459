# SPDX-License-Identifier: Apache-2.0
"""Tag manager, tag filter chips, saved segments and bulk tagging, each answering its questions through
injected callables so no modal box ever opens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QMenu, QToolButton, QTreeWidgetItem, QWidget
from sqlalchemy import Engine

from guide_desk.customers.search import CustomerQuery, search_customer_ids
from guide_desk.customers.tags import (
    create_tag,
    create_tag_group,
    customer_tags,
    list_tags,
    tag_customers,
    tag_usage,
)
from guide_desk.db.engine import transaction
from guide_desk.db.tables import TagGroup
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.bulk_tag import BulkTagDialog
from guide_desk.ui.dialogs.tag_manager import TagManagerDialog
from guide_desk.ui.widgets.segments import SegmentPicker
from guide_desk.ui.widgets.tag_filter import TagFilterBar

pytestmark = pytest.mark.ui


@pytest.fixture
def tags(engine: Engine, shop) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """风格 (法式, 通勤, 极简) and the exclusive 购买状态 (已购买); 张三 and 李四 carry 法式."""
    with transaction(engine) as session:
        style = create_tag_group(session, name="风格")
        status = create_tag_group(session, name="购买状态", exclusive=True)
        ids = {name: create_tag(session, group_id=style.id, name=name).id for name in ("法式", "通勤", "极简")}
        ids["已购买"] = create_tag(session, group_id=status.id, name="已购买").id
        ids["风格"], ids["购买状态"] = style.id, status.id
        tag_customers(session, customer_ids=[customer(session, "张三"), customer(session, "李四")],
                      tag_ids=[ids["法式"]], by_guide_id=None)
    return ids


def customer(session, name: str) -> str:  # type: ignore[no-untyped-def]
    [customer_id] = search_customer_ids(session, query=CustomerQuery(text=name))
    return customer_id


def tag_names(engine: Engine) -> dict[str, int]:
    with transaction(engine) as session:
        return {t.name: t.customers for t in list_tags(session)}


def usage(engine: Engine, tag_id: str) -> int:
    with transaction(engine) as session:
        return tag_usage(session, tag_id=tag_id)


def pick(dialog: TagManagerDialog, text: str) -> None:
    [item] = dialog.tree.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    dialog.tree.setCurrentItem(item)


def current(dialog: TagManagerDialog) -> QTreeWidgetItem:
    item = dialog.tree.currentItem()
    assert item is not None
    return item


class Answers:
    """Records each question and answers from a queue."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, parent: QWidget, title: str, text: str, *rest: object) -> Any:
        self.asked.append(text)
        return self.answers.pop(0)


def unnamed_controls(widget: QWidget) -> list[QWidget]:
    controls = widget.findChildren(QComboBox) + widget.findChildren(QAbstractItemView) + \
        widget.findChildren(QToolButton)
    return [c for c in controls if not c.accessibleName() and not isinstance(c, QHeaderView)
            and c.window() is widget.window()]


def test_manager_creates_a_group_and_a_tag(qtbot, engine: Engine, manager_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    dialog.ask_group = lambda parent: ("尺码", True)
    dialog.new_group()
    kind, group_id = dialog.selected() or ("", "")
    assert kind == "group" and current(dialog).text(0) == "尺码"  # shown before it has a tag
    dialog.ask_text = Answers("M")
    with qtbot.waitSignal(dialog.tags_changed):
        dialog.new_tag()
    parent = current(dialog).parent()
    assert current(dialog).text(0) == "M" and parent is not None and parent.text(0) == "尺码"
    with transaction(engine) as session:
        group = session.get(TagGroup, group_id)
        assert group is not None and group.exclusive
    assert tag_names(engine) == {"M": 0}
    assert unnamed_controls(dialog) == []


def test_rename_tag_and_group(qtbot, engine: Engine, manager_context: AppContext, tags) -> None:  # type: ignore[no-untyped-def]
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    pick(dialog, "通勤")
    dialog.ask_text = ask = Answers("职场通勤")
    dialog.rename()
    assert ask.asked == ["New name for “通勤”:"]
    assert "职场通勤" in tag_names(engine) and current(dialog).text(0) == "职场通勤"
    pick(dialog, "风格")
    dialog.ask_text = Answers("穿搭风格")
    dialog.rename()
    assert dialog.tree.findItems("穿搭风格", Qt.MatchFlag.MatchExactly, 0)


def test_merge_states_the_customers_affected_and_a_no_changes_nothing(  # type: ignore[no-untyped-def]
        qtbot, engine: Engine, manager_context: AppContext, tags) -> None:
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    pick(dialog, "法式")
    dialog.choose_tag = lambda parent, title, label, options: dict((b, a) for a, b in options)["风格 · 通勤"]
    dialog.confirm = declined = Answers(False)
    dialog.merge()
    assert "2 customers" in declined.asked[0] and "“通勤”" in declined.asked[0]
    assert usage(engine, tags["法式"]) == 2 and usage(engine, tags["通勤"]) == 0

    dialog.confirm = Answers(True)
    dialog.merge()
    assert "法式" not in tag_names(engine) and usage(engine, tags["通勤"]) == 2
    assert current(dialog).text(0) == "通勤" and current(dialog).text(1) == "2"


def test_delete_confirms_with_the_customers_who_lose_the_tag(  # type: ignore[no-untyped-def]
        qtbot, engine: Engine, manager_context: AppContext, tags) -> None:
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    pick(dialog, "法式")
    dialog.tree.setFocus()
    dialog.confirm = confirm = Answers(True)
    QTest.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert "2 customers will lose it" in confirm.asked[0]
    assert "法式" not in tag_names(engine)
    assert not dialog.tree.findItems("法式", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)


def test_guide_creates_tags_but_cannot_rename_merge_or_delete(  # type: ignore[no-untyped-def]
        qtbot, engine: Engine, guide_context: AppContext, tags) -> None:
    dialog = TagManagerDialog(guide_context)
    qtbot.addWidget(dialog)
    assert dialog.rename_button.isHidden() and dialog.merge_button.isHidden() and dialog.delete_button.isHidden()
    pick(dialog, "法式")
    dialog.confirm = dialog.ask_text = never = Answers()
    dialog.delete()
    dialog.rename()
    assert never.asked == [] and "法式" in tag_names(engine)
    dialog.ask_text = Answers("度假")
    dialog.new_tag()
    assert "度假" in tag_names(engine)


def test_service_errors_are_shown_and_nothing_changes(  # type: ignore[no-untyped-def]
        qtbot, engine: Engine, manager_context: AppContext, tags, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.ops.show_error", lambda parent, exc: shown.append(exc))
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    pick(dialog, "风格")
    dialog.ask_text = Answers("通勤")
    dialog.new_tag()
    assert [type(e).__name__ for e in shown] == ["Conflict"] and len(tag_names(engine)) == 4


def test_filter_bar_round_trips_and_reports_changes(qtbot, guide_context: AppContext, tags) -> None:  # type: ignore[no-untyped-def]
    bar = TagFilterBar(guide_context)
    qtbot.addWidget(bar)
    assert bar.expression() == ((), (), ())
    style_menu = next(a.menu() for a in bar.menu.actions() if a.text() == "风格")
    assert isinstance(style_menu, QMenu)
    with qtbot.waitSignal(bar.changed):
        next(a for a in style_menu.actions() if a.text() == "通勤").trigger()
    assert bar.expression() == ((tags["通勤"],), (), ())

    with qtbot.waitSignal(bar.changed):
        bar.set_expression([tags["法式"]], [tags["通勤"], tags["极简"]], [tags["已购买"]])
    assert bar.expression() == ((tags["法式"],), (tags["通勤"], tags["极简"]), (tags["已购买"],))
    with qtbot.assertNotEmitted(bar.changed):
        bar.set_expression(*bar.expression())

    chip = bar._chip(tags["已购买"])
    assert chip is not None
    with qtbot.waitSignal(bar.changed):
        chip.mode_box.setCurrentIndex(0)
    assert bar.expression()[0] == (tags["法式"], tags["已购买"]) and bar.expression()[2] == ()
    with qtbot.waitSignal(bar.changed):
        qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert bar.expression() == ((tags["法式"],), (tags["通勤"], tags["极简"]), ())
    assert unnamed_controls(bar) == []
    with qtbot.waitSignal(bar.changed):
        bar.clear()
    assert bar.expression() == ((), (), ())


def test_filter_bar_drops_deleted_tags_on_reload(qtbot, engine: Engine, manager_context: AppContext, tags) -> None:  # type: ignore[no-untyped-def]
    bar = TagFilterBar(manager_context)
    qtbot.addWidget(bar)
    bar.set_expression([tags["法式"]], [], [tags["极简"]])
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    dialog.tags_changed.connect(bar.reload_tags)
    pick(dialog, "极简")
    dialog.confirm = Answers(True)
    with qtbot.waitSignal(bar.changed):
        dialog.delete()
    assert bar.expression() == ((tags["法式"],), (), ())


def test_segment_is_saved_and_reapplied(qtbot, guide_context: AppContext, tags) -> None:  # type: ignore[no-untyped-def]
    bar = TagFilterBar(guide_context)
    qtbot.addWidget(bar)
    bar.set_expression([tags["法式"]], [], [tags["已购买"]])
    shown = CustomerQuery(text="zs", all_of=bar.expression()[0], none_of=bar.expression()[2],
                          store_id=guide_context.guide.store_id, owner_ids=(guide_context.guide.id,))
    picker = SegmentPicker(guide_context, current_query=lambda: shown)
    qtbot.addWidget(picker)
    picker.ask_text = Answers("法式未购")
    with qtbot.waitSignal(picker.saved):
        qtbot.mouseClick(picker.save_button, Qt.MouseButton.LeftButton)
    [segment_id] = picker.segment_ids()
    assert picker.combo.currentText() == "法式未购"

    bar.clear()
    picker.clear_selection()
    picker.segment_chosen.connect(lambda q: bar.set_expression(q.all_of, q.any_of, q.none_of))
    with qtbot.waitSignal(picker.segment_chosen) as chosen:
        picker.choose(segment_id)
    assert chosen.args[0] == CustomerQuery(text="zs", all_of=(tags["法式"],), none_of=(tags["已购买"],))
    assert bar.expression() == ((tags["法式"],), (), (tags["已购买"],))
    assert unnamed_controls(picker) == []


def test_bulk_tag_adds_to_the_selected_customers_and_reports_the_count(  # type: ignore[no-untyped-def]
        qtbot, engine: Engine, guide_context: AppContext, tags) -> None:
    with transaction(engine) as session:
        chosen = [customer(session, "张三"), customer(session, "张珊珊"), customer(session, "李四")]
    dialog = BulkTagDialog(guide_context, chosen)
    qtbot.addWidget(dialog)
    assert "3 customers" in dialog.summary.text() and not dialog.apply_button.isEnabled()
    dialog.set_chosen_tags([tags["通勤"], tags["法式"]])
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.apply_button.click()
    assert applied.args == [4]  # 通勤 ×3, 法式 only for 张珊珊
    assert "4" in dialog.outcome.text()
    with transaction(engine) as session:
        assert all({t.name for t in customer_tags(session, customer_id=c)} == {"法式", "通勤"} for c in chosen)
    assert usage(engine, tags["通勤"]) == 3

    dialog.remove.setChecked(True)
    dialog.set_chosen_tags([tags["通勤"]])
    dialog.confirm = confirm = Answers(False)
    dialog.apply()
    assert "3 customers" in confirm.asked[0] and usage(engine, tags["通勤"]) == 3
    dialog.confirm = Answers(True)
    dialog.apply()
    assert usage(engine, tags["通勤"]) == 0 and dialog.changed_count == 3 and "3" in dialog.outcome.text()
    assert unnamed_controls(dialog) == []


def test_an_empty_group_from_an_earlier_session_is_shown(qtbot, manager_context, engine) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.customers.tags import create_tag_group
    from guide_desk.db.engine import transaction
    from guide_desk.ui.dialogs.tag_manager import TagManagerDialog

    with transaction(engine) as session:
        create_tag_group(session, name="职业")
    dialog = TagManagerDialog(manager_context)
    qtbot.addWidget(dialog)
    names = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert "职业" in names
