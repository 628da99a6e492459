# SPDX-License-Identifier: Apache-2.0
"""The shared store PC: idle lock, switching guides, and settings that apply at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from guide_desk.config import load_settings
from guide_desk.ui.lock import IdleLock
from guide_desk.ui.workbench import Workbench

pytestmark = pytest.mark.ui


@pytest.fixture
def workbench(qtbot, engine: Engine, shop):  # type: ignore[no-untyped-def]
    bench = Workbench(QApplication.instance(), load_settings(), engine, background=False)
    yield bench
    QApplication.instance().removeEventFilter(bench.lock)
    if bench.window is not None:
        bench.window.close()


def test_idle_lock_fires_only_without_input(qtbot) -> None:  # type: ignore[no-untyped-def]
    lock = IdleLock(minutes=0.005)  # 300 ms
    QApplication.instance().installEventFilter(lock)
    try:
        lock.start()
        with qtbot.assertNotEmitted(lock.locked, wait=150):
            pass
        with qtbot.waitSignal(lock.locked, timeout=2000):
            pass
        lock.stop()
        with qtbot.assertNotEmitted(lock.locked, wait=400):
            pass
    finally:
        QApplication.instance().removeEventFilter(lock)


def test_locking_hides_the_window_and_the_same_guide_finds_their_typing(qtbot, workbench, shop) -> None:  # type: ignore[no-untyped-def]
    workbench.signed_in(shop.guide)
    window = workbench.window
    window.customers.search.setText("张")
    with qtbot.waitSignal(workbench.signed_out):
        window.switch_action.trigger()
    assert not window.isVisible()
    workbench.signed_in(shop.guide)
    assert workbench.window is window and window.isVisible()
    assert window.customers.search.text() == "张"


def test_another_guide_gets_a_fresh_window(qtbot, workbench, shop) -> None:  # type: ignore[no-untyped-def]
    workbench.signed_in(shop.guide)
    first = workbench.window
    first.customers.search.setText("张")
    workbench.sign_out()
    workbench.signed_in(shop.other)
    assert workbench.window is not first
    assert workbench.window.customers.search.text() == ""
    assert workbench.window.customers.model.rowCount() == 1  # 王五 is the other guide's only customer


def test_idle_time_returns_to_the_picker(qtbot, workbench, shop) -> None:  # type: ignore[no-untyped-def]
    workbench.signed_in(shop.guide)
    workbench.lock.set_minutes(0.005)
    QTest.keyClick(workbench.window.customers.search, Qt.Key.Key_A)  # activity restarts the countdown
    with qtbot.waitSignal(workbench.signed_out, timeout=3000):
        pass
    assert not workbench.window.isVisible()


def test_settings_switch_language_and_are_saved(qtbot, workbench, shop) -> None:  # type: ignore[no-untyped-def]
    workbench.signed_in(shop.guide)
    page = workbench.window.settings_page
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    page.lock_minutes.setValue(3)
    page.apply()
    assert workbench.window.nav.item(0).text() == "今日"
    assert load_settings().locale == "zh_CN" and load_settings().auto_lock_minutes == 3
    assert "auto_lock_minutes = 3" in Path(os.environ["GUIDE_DESK_CONFIG_FILE"]).read_text()
