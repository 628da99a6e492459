# SPDX-License-Identifier: Apache-2.0
"""`guide-desk screenshot`: render every page to PNG offscreen, signed in as the store's first manager
(for the README and for review; it reads the same database file the app would)."""

from __future__ import annotations

import os
from pathlib import Path

from guide_desk.config import Settings

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


def render_pages(settings: Settings, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlmodel import Session, col, select

    from guide_desk.db.migrate import open_database
    from guide_desk.db.tables import Guide
    from guide_desk.ui.app import make_application
    from guide_desk.ui.context import AppContext
    from guide_desk.ui.main_window import MainWindow

    app = make_application()
    engine = open_database(settings.data_dir)
    with Session(engine) as session:
        manager = session.exec(select(Guide).where(Guide.role == "manager").order_by(col(Guide.login))).first()
    if manager is None:
        from guide_desk.errors import InvalidInput

        raise InvalidInput("data_dir", "has no store manager to sign in as")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(AppContext(settings=settings, engine=engine, guide=manager))
    for label, (width, height) in SIZES.items():
        window.resize(width, height)
        window.show()
        for row, name in enumerate(("today", "customers")):
            window.nav.setCurrentRow(row)
            app.processEvents()
            target = out_dir / f"{name}-{label}.png"
            window.grab().save(str(target))
            written.append(target)
    window.close()
    engine.dispose()
    return written
