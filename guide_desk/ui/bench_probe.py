# SPDX-License-Identifier: Apache-2.0
"""Measurements that need a real window, run by `guide-desk bench` in a fresh process each so start-up
is measured cold:

    python -m guide_desk.ui.bench_probe bare
    python -m guide_desk.ui.bench_probe workbench DATA_DIR

Each prints one JSON object. Times start at the top of this module, before Qt is imported.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from sqlalchemy import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)


def _until_painted(widget: object) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    widget.show()  # type: ignore[attr-defined]
    while not painted:
        QApplication.processEvents()
    widget.repaint()  # type: ignore[attr-defined]


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    _until_painted(window)
    result = {"bare_window_ms": _ms(STARTED)}
    app.quit()
    return result


def workbench(data_dir: Path, texts: list[str]) -> dict[str, float]:
    from guide_desk.accounts.guides import list_guides
    from guide_desk.app_data import AppData, open_app_data
    from guide_desk.config import load_settings
    from guide_desk.ui.app import make_application
    from guide_desk.ui.context import AppContext
    from guide_desk.ui.main_window import MainWindow

    app = make_application()
    engine = open_app_data(data_dir)
    manager = next(g for g in sorted(AppData(engine).read(list_guides), key=lambda g: g.login) if g.role == "manager")
    context = AppContext(settings=load_settings(data_dir=data_dir), engine=engine, guide=manager)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.nav.setCurrentRow(1)
    _until_painted(window)
    first_paint = _ms(STARTED)
    page = window.customers
    samples = []
    for text in texts:
        begin = time.perf_counter()
        page.search.blockSignals(True)
        page.search.setText(text)
        page.search.blockSignals(False)
        page.refresh()
        page.table.viewport().repaint()
        samples.append(_ms(begin))
    samples.sort()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    today_ready = _today_ready(engine, data_dir)
    app.quit()
    return {
        "first_paint_ms": first_paint,
        "search_keystroke_p95_ms": samples[min(len(samples) - 1, int(len(samples) * 0.95))],
        "rss_mb": round(rss_mb, 1),
        "today_ready_ms": today_ready,
        "customers_listed": float(page.model.rowCount()),
    }


def _today_ready(engine: Engine, data_dir: Path) -> float:
    """A guide's Today page built and painted: tasks, sessions and suggestions with drafts and best hours."""
    from guide_desk.accounts.guides import list_guides
    from guide_desk.app_data import AppData
    from guide_desk.config import load_settings
    from guide_desk.ui.context import AppContext
    from guide_desk.ui.pages.today import TodayPage

    guide = next(g for g in sorted(AppData(engine).read(list_guides), key=lambda g: g.login) if g.role == "guide")
    context = AppContext(settings=load_settings(data_dir=data_dir), engine=engine, guide=guide, background=False)
    begin = time.perf_counter()
    page = TodayPage(context)
    page.resize(1280, 800)
    _until_painted(page)
    return _ms(begin)


def sync_stall(data_dir: Path, url: str, store_code: str, code: str, login: str, password: str) -> dict[str, float]:
    """The workbench downloads a whole store through its own scheduler while a 5 ms timer ticks on the GUI
    thread: the longest gap between ticks is the longest the window froze."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from guide_desk.accounts.guides import get_guide
    from guide_desk.app_data import AppData, open_app_data
    from guide_desk.config import load_settings
    from guide_desk.sync.auth import SyncAuth
    from guide_desk.sync.client import SyncClient
    from guide_desk.sync.engine import SyncCancelled, SyncEngine
    from guide_desk.ui.app import freeze_startup_objects, make_application
    from guide_desk.ui.context import AppContext
    from guide_desk.ui.main_window import MainWindow

    app = make_application()
    engine = open_app_data(data_dir)
    enrolment = SyncClient(url, timeout=60)
    auth = SyncAuth(engine, enrolment)
    auth.enrol(store_code=store_code, enrolment_code=code, device_name="stall-probe")
    info = auth.login(login=login, password=password)
    pages: list[int] = []
    try:  # the first page brings the store and its guides, so the window has someone to show
        SyncEngine(engine, auth).run_round(progress=lambda done, _total: pages.append(done),
                                           cancelled=lambda: bool(pages))
    except SyncCancelled:
        pass
    enrolment.close()
    guide = AppData(engine).read(get_guide, guide_id=info.id)
    context = AppContext(settings=load_settings(data_dir=data_dir, api_url=url), engine=engine, guide=guide)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    _until_painted(window)
    clock, gaps, done = QElapsedTimer(), [0.0], []
    ticker = QTimer()
    ticker.setInterval(5)

    def tick() -> None:
        gaps.append(clock.nsecsElapsed() / 1e6)
        if gaps[-1] > 50:
            sys.stderr.write(f"stall {gaps[-1]:.0f} ms at {time.perf_counter() - begin:.2f} s\n")
        clock.restart()

    ticker.timeout.connect(tick)
    scheduler = window.sync.scheduler
    scheduler.round_finished.connect(lambda result: done.append(result))

    def failed(status: object) -> None:
        if getattr(status, "state", "") in ("offline", "error"):
            done.append(status)

    scheduler.status_changed.connect(failed)
    scheduler._active = True  # noqa: SLF001 — a round without the periodic timer
    freeze_startup_objects()
    begin = time.perf_counter()
    clock.start()
    ticker.start()
    scheduler.sync_now()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    result = done[0]
    app.quit()
    return {"gui_max_stall_ms": round(max(gaps), 1), "gui_sync_s": round(time.perf_counter() - begin, 2),
            "gui_sync_rows": float(getattr(result, "pulled", -1))}


def _key_from_stdin(data_dir: Path) -> None:
    """The benchmark hands over the database key on stdin: where it lives only in the parent's memory (a
    passphrase, tests) this process could not find it. A pipe, never an argument or the environment."""
    from guide_desk.app_data import use_key

    given = sys.stdin.readline().strip() if sys.stdin and not sys.stdin.isatty() else ""
    if given:
        use_key(data_dir, bytes.fromhex(given))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode in ("sync", "workbench"):
        _key_from_stdin(Path(sys.argv[2]))
    if mode == "sync":
        sys.stdout.write(json.dumps(sync_stall(Path(sys.argv[2]), *sys.argv[3:8])) + "\n")
    elif mode == "bare":
        sys.stdout.write(json.dumps(bare()) + "\n")
    else:
        typed = json.loads(sys.argv[3]) if len(sys.argv) > 3 else []
        sys.stdout.write(json.dumps(workbench(Path(sys.argv[2]), typed)) + "\n")
