# SPDX-License-Identifier: Apache-2.0
"""`guide-desk screenshot`: every page to PNG, offscreen, in Chinese and English, at two screen sizes.
Signed in as the store's first manager (for the README and for review; it reads the same database file
the app would)."""

from __future__ import annotations

import os
from pathlib import Path

from guide_desk.config import Settings

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
LANGUAGES = ("zh_CN", "en")


def render_pages(settings: Settings, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from guide_desk.accounts.guides import list_guides
    from guide_desk.app_data import AppData, open_app_data
    from guide_desk.customers.search import CustomerQuery, search_customer_ids
    from guide_desk.errors import InvalidInput
    from guide_desk.ui.app import make_application
    from guide_desk.ui.context import AppContext
    from guide_desk.ui.i18n import install_language
    from guide_desk.ui.main_window import MainWindow

    app = make_application()
    engine = open_app_data(settings.data_dir)
    data = AppData(engine)
    managers = sorted((g for g in data.read(list_guides) if g.role == "manager"), key=lambda g: g.login)
    if not managers:
        raise InvalidInput("data_dir", "has no store manager to sign in as")
    manager = managers[0]
    first = data.read(search_customer_ids, query=CustomerQuery(store_id=manager.store_id), limit=1)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in LANGUAGES:
        install_language(app, language)
        context = AppContext(settings=settings.model_copy(update={"data_dir": out_dir / ".state"}), engine=engine,
                             guide=manager, background=False)
        window = MainWindow(context)
        if first:
            window.customers.open_customer(first[0])
        for label, (width, height) in SIZES.items():
            window.resize(width, height)
            window.show()
            for name in window.page_keys():
                window.show_page(name)
                app.processEvents()
                target = out_dir / f"{name}-{language}-{label}.png"
                window.grab().save(str(target))
                written.append(target)
        window.close()
        window.deleteLater()
    engine.dispose()
    return written
