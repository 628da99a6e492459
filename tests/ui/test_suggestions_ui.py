# SPDX-License-Identifier: Apache-2.0
"""Suggestions on the Today page: reasons, drafts, accept, sent, dismiss, look cards, templates, thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import Shop
from PySide6.QtGui import QGuiApplication, QImage
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.config import load_settings
from guide_desk.db.engine import transaction
from guide_desk.tasks.suggest_settings import load_settings as load_thresholds
from guide_desk.ui.context import AppContext
from guide_desk.ui.pages.today import TodayPage

pytestmark = pytest.mark.ui


@pytest.fixture
def histories(engine: Engine, org):  # type: ignore[no-untyped-def]
    """张丽 bought a coat 3 days ago; 王芳 bought one 10 days ago (a look to complete)."""
    with transaction(engine) as session:
        shop = Shop(session, org)
        zhang = shop.customer()
        shop.buy(zhang, 3)
        wang = shop.customer(name="王芳", size_shoe="38")
        shop.buy(wang, 10)
    return {"张丽": zhang.id, "王芳": wang.id}


@pytest.fixture
def today(qtbot, engine: Engine, org, histories) -> TodayPage:  # type: ignore[no-untyped-def]
    context = AppContext(settings=load_settings(), engine=engine, guide=org.guide, background=False)
    page = TodayPage(context)
    qtbot.addWidget(page)
    return page


def rows(page: TodayPage) -> list[tuple[str, str]]:
    model = page.suggestions.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def select(page: TodayPage, name: str) -> None:
    row = [n for n, _ in rows(page)].index(name)
    page.suggestions.table.selectRow(row)


def test_suggestions_say_why_in_words_and_fill_the_draft(today: TodayPage) -> None:
    assert ("张丽", "bought 羊毛大衣 3 days ago — post-purchase care") in rows(today)
    assert ("王芳", "complete the look: 切尔西靴 in size 38") in rows(today)  # nearer her usual price
    select(today, "张丽")
    assert today.suggestions.draft.toPlainText().startswith("张女士您好，我是上海静安店的李导购")
    today.suggestions.copy_draft()
    assert QGuiApplication.clipboard().text() == today.suggestions.draft.toPlainText()


def test_accept_turns_it_into_a_task_due_today(today: TodayPage) -> None:
    select(today, "张丽")
    before = today.model.rowCount()
    assert today.suggestions.accept_current()
    assert "张丽" not in [n for n, _ in rows(today)]
    assert today.model.rowCount() == before + 1
    titles = [today.model.index(r, 2).data() for r in range(today.model.rowCount())]
    assert "购后关怀" in titles


def test_dismiss_asks_why_and_can_be_cancelled(today: TodayPage) -> None:
    select(today, "张丽")
    today.suggestions.ask_reason = lambda _parent: None  # type: ignore[assignment]
    assert not today.suggestions.dismiss_current()
    assert "张丽" in [n for n, _ in rows(today)]
    today.suggestions.ask_reason = lambda _parent: "Already contacted"  # type: ignore[assignment]
    assert today.suggestions.dismiss_current()
    assert "张丽" not in [n for n, _ in rows(today)]


def test_look_card_is_saved_as_a_png(today: TodayPage, tmp_path: Path) -> None:
    from guide_desk.ui.dialogs.look_card import LookCardDialog

    select(today, "王芳")
    assert today.suggestions.buttons["look"].isEnabled()
    shown: list[LookCardDialog] = []
    today.suggestions.run_dialog = lambda dialog: shown.append(dialog) or True  # type: ignore[assignment,func-returns-value]
    today.suggestions.show_look()
    card = shown[0]
    card.choose_path = lambda _parent, _name: tmp_path / "look"
    saved = card.save_png()
    assert saved == tmp_path / "look.png"
    image = QImage(str(saved))
    assert not image.isNull() and image.width() > 100


def test_sent_push_shows_the_cap_in_the_profile(today: TodayPage, histories, engine: Engine, org) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.ui.pages.profile import CustomerProfile

    select(today, "王芳")
    assert today.suggestions.sent_current()
    profile = CustomerProfile(today.suggestions._context)
    profile.show_customer(histories["王芳"])
    assert profile.cap.text().startswith("Pushed recently; next push from")


def test_template_editor_previews_and_saves_the_guides_own(qtbot, today: TodayPage) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.ui.dialogs.templates import TemplateEditor

    editor = TemplateEditor(today.suggestions._context)
    qtbot.addWidget(editor)
    editor.start_new()
    editor.kind.setCurrentText("post_purchase")
    editor.name.setText("我的购后关怀")
    editor.body.setPlainText("{称呼}，{商品}还合身吗？")
    assert editor.preview.text() == "张女士，羊毛大衣还合身吗？"
    assert editor.save()
    select(today, "张丽")
    today.suggestions.refresh()
    select(today, "张丽")
    assert today.suggestions.draft.toPlainText() == "张女士，羊毛大衣还合身吗？"


def test_manager_sets_store_thresholds(qtbot, engine: Engine, org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.ui.pages.settings import SettingsPage

    manager = AppContext(settings=load_settings(), engine=engine, guide=org.manager, background=False)
    page = SettingsPage(manager)
    qtbot.addWidget(page)
    assert page.thresholds is not None
    page.thresholds.days["push_gap_days"].setValue(5)
    page.thresholds.care_days.setText("2, 14")
    assert page.thresholds.save()
    with Session(engine) as session:
        saved = load_thresholds(session, store_id=org.store.id)
    assert (saved.push_gap_days, saved.post_purchase_days) == (5, (2, 14))
    shown: list[BaseException] = []
    monkeypatch.setattr("guide_desk.ui.ops.show_error", lambda _p, exc: shown.append(exc))
    page.thresholds.care_days.setText("soon")
    assert not page.thresholds.save() and "post_purchase_days" in str(shown[0])
    guide = SettingsPage(AppContext(settings=load_settings(), engine=engine, guide=org.guide, background=False))
    qtbot.addWidget(guide)
    assert guide.thresholds is None
