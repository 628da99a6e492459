# SPDX-License-Identifier: Apache-2.0
"""The one way the UI writes: ops run one at a time on the write worker, off the GUI thread; their answers and
their failures (in words) come back on the GUI thread; and what a write changed reaches every open page."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.app_data import Changes
from guide_desk.clock import utcnow
from guide_desk.config import load_settings
from guide_desk.tasks.service import create_task
from guide_desk.tasks.views import list_tasks
from guide_desk.ui.context import AppContext
from guide_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.ui


@pytest.fixture
def background(engine: Engine, shop, qapp):  # type: ignore[no-untyped-def]
    context = AppContext(settings=load_settings(), engine=engine, guide=shop.guide, background=True)
    yield context
    context.shut_down()


def test_two_writes_submitted_at_once_run_one_after_the_other(qtbot, background: AppContext) -> None:  # type: ignore[no-untyped-def]
    guide_id, gui = background.guide.id, threading.get_ident()
    spans: list[tuple[str, float, float, int]] = []
    answers: list[tuple[str, int]] = []

    def slow_task(session: Session, *, title: str) -> str:
        started = time.monotonic()
        time.sleep(0.2)  # long enough that an overlapping second write would start inside this one
        task = create_task(session, assignee_guide_id=guide_id, title=title, due_at=utcnow(), by_guide_id=guide_id)
        spans.append((title, started, time.monotonic(), threading.get_ident()))
        return task.title

    for title in ("first", "second"):
        background.write(None, slow_task, title=title).success(
            lambda done: answers.append((done, threading.get_ident()))).run()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)

    (first, _, first_ends, one), (second, second_starts, _, other) = spans
    assert (first, second) == ("first", "second") and first_ends <= second_starts
    assert one == other != gui  # the one write worker, never the GUI thread
    assert answers == [("first", gui), ("second", gui)]
    titles = {t.title for t in background.read(list_tasks, guide_id=guide_id, view="today", now=utcnow())}
    assert {"first", "second"} <= titles


def test_a_refused_write_is_worded_on_the_gui_thread_and_stores_nothing(  # type: ignore[no-untyped-def]
        qtbot, background: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, int]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, _title, text: shown.append((text, threading.get_ident()))))
    guide_id = background.guide.id
    before = background.read(list_tasks, guide_id=guide_id, view="today", now=utcnow())

    background.write(None, create_task, assignee_guide_id=guide_id, title="  ", due_at=utcnow(),
                     by_guide_id=guide_id).run()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [("Please check “title”: is empty.", threading.get_ident())]

    handled: list[BaseException] = []
    background.write(None, create_task, assignee_guide_id=guide_id, title="", due_at=utcnow(),
                     by_guide_id=guide_id).failure(handled.append).run()
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert len(shown) == 1  # the caller handled this one: no second box
    assert len(background.read(list_tasks, guide_id=guide_id, view="today", now=utcnow())) == len(before)


def test_a_write_on_one_page_refreshes_the_others(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(guide_context)
    qtbot.addWidget(window)
    tasks = window.page("tasks")
    heard: list[Changes] = []
    guide_context.notice_hooks.append(heard.append)
    zhang = window.customers.model.customer_id(0)
    window.open_customer(zhang)

    assert window.customers.profile.create_task(title="回访试穿", due_at=utcnow() - timedelta(minutes=5))

    assert heard and zhang in heard[0].customers and heard[0].tasks
    assert "回访试穿" in [tasks.model.task(r).title for r in range(tasks.model.rowCount())]  # type: ignore[attr-defined]
    assert "回访试穿" in [window.today.model.index(r, 2).data() for r in range(window.today.model.rowCount())]
    window.close()
