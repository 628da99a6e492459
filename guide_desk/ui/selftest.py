# SPDX-License-Identifier: Apache-2.0
"""`guide-desk --self-test`: proves an install (frozen or from source) can run, without a display.

Starts Qt offscreen and shows a main window (the platform plugins are there), loads the zh_CN catalogue
and the app icon from resources/, then runs the headless checks (config, a migrated database in a
temporary directory, keyring). Prints one line and returns 0, or one line naming what failed and 1.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TextIO

from guide_desk import __version__


def run_self_test(out: TextIO, *, data_dir: Path | None = None) -> int:
    """`data_dir` is the --data-dir flag: the config check validates the settings with it, as the app would."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    stage = "qt"
    try:
        parts = [_check_qt()]
        stage = "resources"
        parts.append(_check_resources())
        from guide_desk.diagnostics.selftest import check_config, check_database, check_keyring

        config = partial(check_config, data_dir=data_dir)
        for name, check in (("database", check_database), ("keyring", check_keyring), ("config", config)):
            stage = name
            parts.append(check())
    except Exception as exc:  # noqa: BLE001  (any failure is reported on one line, never a traceback)
        message = " ".join(str(exc).split()) or type(exc).__name__
        prefix = "" if message.startswith(f"{stage}:") else f"{stage}: "
        out.write(f"guide-desk {__version__} self-test FAILED: {prefix}{message}\n")
        return 1
    out.write(f"guide-desk {__version__} self-test ok: {', '.join(parts)}\n")
    return 0


def _check_qt() -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QMainWindow

    from guide_desk.ui.app import make_application

    app = make_application()
    window = QMainWindow()
    window.resize(320, 200)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise RuntimeError("the main window did not show")
    window.close()
    return f"qt {qVersion()} {app.platformName()}"


def _check_resources() -> str:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

    from guide_desk.ui.i18n import resources_dir

    catalogue = resources_dir() / "i18n" / "guide_desk_zh_CN.qm"
    if not QTranslator().load(str(catalogue)):
        raise RuntimeError(f"cannot load {catalogue}")
    icon = resources_dir() / "icons" / "guide-desk.svg"
    if QIcon(str(icon)).pixmap(32, 32).isNull():
        raise RuntimeError(f"cannot render {icon}")
    return "i18n zh_CN"
