# SPDX-License-Identifier: Apache-2.0
"""The customer profile beside the list: edit and save, failed saves keep what was typed, tags, notes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.customers.profiles import get_customer
from guide_desk.customers.tags import create_tag, create_tag_group, customer_tags
from guide_desk.db.engine import transaction
from guide_desk.ui.context import AppContext
from guide_desk.ui.pages.customers import CustomersPage

pytestmark = pytest.mark.ui


@pytest.fixture
def page(qtbot, guide_context: AppContext) -> CustomersPage:  # type: ignore[no-untyped-def]
    page = CustomersPage(guide_context)
    qtbot.addWidget(page)
    page.search.setText("zhangsan")
    page.refresh()
    page.table.selectRow(0)
    assert page.profile.title.text() == "张三"
    return page


def test_selecting_a_row_opens_the_profile_with_masked_phone(page: CustomersPage) -> None:
    assert page.profile.subtitle.text() == "138****8000"
    assert page.profile.phone.text() == "138****8000" and page.profile.phone.isReadOnly()
    page.profile.show_full_phone()
    assert page.profile.phone.text() == "+8613800138000" and not page.profile.phone.isReadOnly()
    page.profile.copy_full_phone()
    assert QGuiApplication.clipboard().text() == "+8613800138000"


def test_edit_and_save_updates_the_list(page: CustomersPage, engine: Engine) -> None:
    page.profile.name.setText("张三丰")
    page.profile.show_full_phone()
    page.profile.phone.setText("139 1111 2222")
    page.profile.size_top.setCurrentText("M")
    page.profile.styles.setText("法式, 通勤")
    assert page.profile.save()
    with Session(engine) as session:
        stored = get_customer(session, customer_id=page.profile.customer_id or "")
    assert (stored.name, stored.size_top, stored.style_prefs) == ("张三丰", "M", "法式,通勤")
    assert stored.phone_e164 == "+8613911112222"
    assert page.profile.phone.text() == "139****2222"
    assert page.model.index(0, 0).data() == "张三丰"


def test_a_failed_save_names_the_field_and_keeps_the_typing(page: CustomersPage, monkeypatch, engine) -> None:  # type: ignore[no-untyped-def]
    shown: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.ops.show_error", lambda _parent, exc: shown.append(exc))
    page.profile.name.setText("张三三")
    page.profile.birthday.setText("2999-01-01")
    assert not page.profile.save()
    assert "birthday" in str(shown[0])
    assert page.profile.name.text() == "张三三" and page.profile.birthday.text() == "2999-01-01"
    with Session(engine) as session:
        assert get_customer(session, customer_id=page.profile.customer_id or "").name == "张三"


def test_notes_are_added_to_the_history(page: CustomersPage) -> None:
    page.profile.note.setPlainText("喜欢驼色大衣")
    assert page.profile.save_note()
    assert page.profile.note.toPlainText() == ""
    assert page.profile.timeline.index(0, 1).data() == "Note"
    assert page.profile.timeline.index(0, 2).data().startswith("喜欢驼色大衣")


def test_tag_buttons_tag_and_untag_at_once(qtbot, guide_context: AppContext, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        group = create_tag_group(session, name="风格")
        french = create_tag(session, group_id=group.id, name="法式")
    page = CustomersPage(guide_context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    customer_id = page.profile.customer_id or ""
    page.profile.tags.buttons[french.id].click()
    with Session(engine) as session:
        assert [t.name for t in customer_tags(session, customer_id=customer_id)] == ["法式"]
    assert "法式" in page.model.index(0, 3).data()
    page.profile.tags.buttons[french.id].click()
    with Session(engine) as session:
        assert customer_tags(session, customer_id=customer_id) == []


def test_new_task_from_the_profile_lands_in_history_and_tasks(page: CustomersPage, guide_context: AppContext,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    from guide_desk.clock import utcnow
    from guide_desk.tasks.views import list_tasks

    def fill(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert dialog.due_at() > utcnow()  # proposes tomorrow morning
        dialog.title.setText("约试新款大衣")
        return True

    page.profile.run_dialog = fill  # type: ignore[method-assign]
    assert page.profile.ask_new_task()
    assert page.profile.timeline.index(0, 2).data().startswith("约试新款大衣")
    with guide_context.data.session() as session:
        mine = list_tasks(session, guide_id=guide_context.guide.id, view="mine", now=utcnow())
    assert [t.title for t in mine] == ["约试新款大衣"]
    shown: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.ops.show_error", lambda _parent, exc: shown.append(exc))
    assert not page.profile.create_task(title=" ", due_at=utcnow() + timedelta(days=1))
    assert "title" in str(shown[0])
