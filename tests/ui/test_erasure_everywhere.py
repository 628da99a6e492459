# SPDX-License-Identifier: Apache-2.0
"""Erasing a customer (PIPL) clears every open view at once: the profile, the customer list, Today's tasks,
suggestions and their drafts, and an open look card — nothing of the person stays on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import Shop
from sqlalchemy import Engine

from guide_desk.clock import utcnow
from guide_desk.config import load_settings
from guide_desk.db.engine import transaction
from guide_desk.tasks.service import create_task
from guide_desk.ui.context import AppContext
from guide_desk.ui.dialogs.look_card import LookCardDialog
from guide_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.ui


def _texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_an_erased_customer_leaves_every_open_view(qtbot, engine: Engine, org) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        shop = Shop(session, org)
        zhang = shop.customer("张丽", phone_e164="13800138000", birthday="1990-05-17")
        shop.buy(zhang, 3)
        create_task(session, assignee_guide_id=org.guide.id, title="回访张丽", due_at=utcnow() - timedelta(hours=1),
                    by_guide_id=org.guide.id, customer_id=zhang.id, draft="张女士您好")
    context = AppContext(settings=load_settings(), engine=engine, guide=org.guide, background=False)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.today.refresh()
    assert any("张丽" in text for text in _texts(window.today.suggestions.model))
    assert any("张丽" in text for text in _texts(window.today.model))
    window.open_customer(zhang.id)
    profile = window.customers.profile
    assert profile.name.text() == "张丽" and profile.birthday.text() == "1990-05-17"
    card = LookCardDialog("张丽", [], "上海静安店", window, customer_id=zhang.id)
    card.show()

    profile.privacy.ask_text = lambda *_args: "张丽"
    assert profile.privacy.ask_erase()

    assert profile.customer_id is None
    assert (profile.name.text(), profile.phone.text(), profile.birthday.text(), profile.title.text()) == ("",) * 4
    assert "张丽" not in _texts(window.customers.model)
    assert not any("张丽" in text for text in _texts(window.today.suggestions.model))
    assert "张" not in window.today.suggestions.draft.toPlainText()
    assert not any("张丽" in text for text in _texts(window.today.model))
    assert not card.isVisible()
    window.close()
    assert window.follow_notice not in context.notice_hooks
