# SPDX-License-Identifier: Apache-2.0
"""Every page in Simplified Chinese and English: catalogues complete, built and current; switching works."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from guide_desk.ui.context import AppContext
from guide_desk.ui.i18n import choose_language, install_language, resources_dir
from guide_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.ui
I18N = resources_dir() / "i18n"
ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def ui_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "guide_desk" / "ui").rglob("*.py"))


def test_every_chinese_string_is_translated() -> None:
    unfinished = [key for key, m in messages(I18N / "guide_desk_zh_CN.ts").items()
                  if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]
    assert unfinished == []


def test_catalogue_holds_every_string_of_the_source(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *ui_sources(), "-ts", str(fresh)], check=True,
                   capture_output=True)
    assert set(messages(fresh)) - set(messages(I18N / "guide_desk_zh_CN.ts")) == set(), "run ./dev i18n"


@pytest.mark.parametrize("name", ["guide_desk_zh_CN", "guide_desk_en"])
def test_built_catalogues_match_their_sources(tmp_path: Path, name: str) -> None:
    shutil.copy(I18N / f"{name}.ts", tmp_path / f"{name}.ts")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(tmp_path / f"{name}.ts"), "-qm",
                    str(tmp_path / f"{name}.qm")], check=True, capture_output=True)
    assert (tmp_path / f"{name}.qm").read_bytes() == (I18N / f"{name}.qm").read_bytes(), "run ./dev i18n"


def test_explicit_setting_wins_over_the_system_locale() -> None:
    assert choose_language("zh_CN") == "zh_CN" and choose_language("en") == "en"
    assert choose_language("system") in ("zh_CN", "en")


def test_the_window_speaks_chinese_and_english(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    try:
        assert install_language(app, "zh_CN") == "zh_CN"
        window = MainWindow(guide_context)
        qtbot.addWidget(window)
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles == ["今日", "顾客", "任务", "日历", "同步", "设置"]  # a guide: no Dashboard, no Data page
        assert window.customers.count.text() == "3 位顾客"
        assert window.customers.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
        install_language(app, "en")
        english = MainWindow(guide_context)
        qtbot.addWidget(english)
        assert english.nav.item(0).text() == "Today"
        assert english.customers.count.text() == "3 customers"
    finally:
        install_language(app, "en")
