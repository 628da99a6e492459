# SPDX-License-Identifier: Apache-2.0
"""Language: Simplified Chinese or English, following the system locale unless Settings say otherwise.
Our strings come from resources/i18n/guide_desk_<lang>.qm (English has one too, for plural forms); Qt's own
(OK, Cancel…) from Qt's catalogue. `./dev i18n` refreshes the catalogues from the source."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources"


def choose_language(setting: str) -> str:
    """'zh_CN' or 'en' for a setting of 'system', 'zh_CN' or 'en'."""
    if setting in ("zh_CN", "en"):
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_language(app: QApplication, setting: str) -> str:
    """Replace the installed translators; returns the language now in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(setting)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ours, qt = QTranslator(app), QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"guide_desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
