# SPDX-License-Identifier: Apache-2.0
"""Sync in the window against a real central API on 127.0.0.1: connecting a PC from the enrolment dialog
(and its errors in words), signing in again for sync, the first download's progress and Cancel, and the
status bar after a good round. Rounds run inline (background=False); no modal box ever opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt", reason="UI tests need pytest-qt")

from central_kit import PASSWORD, LiveServer  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlmodel import Session, func, select  # noqa: E402
from sync_kit import Device, clone_database, mirror_org  # noqa: E402

from guide_desk.central import admin  # noqa: E402
from guide_desk.config import load_settings  # noqa: E402
from guide_desk.customers.profiles import create_customer  # noqa: E402
from guide_desk.db import replica  # noqa: E402
from guide_desk.db.tables import Customer  # noqa: E402
from guide_desk.ui.context import AppContext  # noqa: E402
from guide_desk.ui.main_window import MainWindow  # noqa: E402
from guide_desk.ui.sync.enrol_dialog import ConnectDialog  # noqa: E402

pytestmark = pytest.mark.ui


@pytest.fixture(autouse=True)
def english_and_no_boxes(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from guide_desk.ui.i18n import install_language

    install_language(qapp, "en")

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"unexpected modal message box: {args}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture
def window(qtbot: Any, server: LiveServer, engine: Engine, org: Any) -> Iterator[MainWindow]:
    mirror_org(server, org)
    context = AppContext(settings=load_settings(api_url=server.url, store_code="SH01"), engine=engine,
                         guide=org.manager, background=False)
    made = MainWindow(context)
    qtbot.addWidget(made)
    yield made
    made.sync.scheduler.shutdown()
    connection = made.sync.scheduler.connection
    if connection is not None:
        connection.close()


def filler(*, code: str, password: str = PASSWORD, seen: list[ConnectDialog] | None = None
           ) -> Callable[[ConnectDialog], bool]:
    def fill(dialog: ConnectDialog) -> bool:
        if seen is not None:
            seen.append(dialog)
        dialog.enrolment_code.setText(code)
        dialog.password.setText(password)
        dialog.submit()
        return dialog.connection is not None

    return fill


def test_connecting_from_the_dialog_enrols_signs_in_and_syncs(window: MainWindow, server: LiveServer) -> None:
    status = window.sync.status
    seen: list[ConnectDialog] = []
    status.run_dialog = filler(code=admin.issue_enrolment_code(server.engine, store_code="SH01"),  # type: ignore[method-assign]
                               seen=seen)
    downloaded: list[tuple[int, int]] = []
    window.sync.scheduler.progress.connect(lambda done, total: downloaded.append((done, total)))
    window.sync.scheduler.first_download_started.connect(lambda: downloaded.append((-1, -1)))
    assert status.connect_server()
    dialog = seen[0]
    assert dialog.api_url.text() == server.url and dialog.store_code.text() == "SH01"
    assert dialog.login.text() == "m1" and dialog.password.text() == ""  # the password is not kept
    assert status.state.text() == "Online"
    assert status.pending.text() == "0 changes to send"
    assert status.synced.text().startswith("synced ") and not status.error.isVisible()
    assert downloaded[0] == (-1, -1) and downloaded[-1][0] >= 1  # the first round showed its progress
    assert window.sync.first_download.dialog is None
    assert window.sync.action.isEnabled()
    with Session(window.context.engine) as session:
        assert replica.get_state(session, "device_id") and replica.get_state(session, "guide_login") == "m1"


def test_a_wrong_enrolment_code_shows_the_servers_sentence(window: MainWindow, qtbot: Any) -> None:
    dialog = ConnectDialog(window.context, enrol=True)
    qtbot.addWidget(dialog)
    dialog.enrolment_code.setText("WRONG-CODE")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.connection is None and dialog.enrolling
    assert dialog.message.text().startswith("The store code or the enrolment code is wrong")


def test_an_unreachable_server_is_named_in_the_dialog(window: MainWindow, qtbot: Any) -> None:
    dialog = ConnectDialog(window.context, enrol=True)
    qtbot.addWidget(dialog)
    dialog.api_url.setText("http://127.0.0.1:9")
    dialog.enrolment_code.setText("ANY")
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.connection is None
    assert dialog.message.text().startswith("Cannot reach http://127.0.0.1:9.")


def test_a_wrong_password_keeps_the_enrolment_and_asks_only_to_sign_in(window: MainWindow, server: LiveServer,
                                                                      qtbot: Any) -> None:
    dialog = ConnectDialog(window.context, enrol=True)
    qtbot.addWidget(dialog)
    dialog.enrolment_code.setText(admin.issue_enrolment_code(server.engine, store_code="SH01"))
    dialog.password.setText("not-the-password")
    dialog.submit()
    assert dialog.connection is None and not dialog.enrolling  # the one-time code is spent
    assert dialog.message.text() == "This PC is enrolled, but the sign-in failed: Wrong guide login or password."
    assert dialog.enrolment_code.isHidden() or not dialog.enrolment_code.isVisibleTo(dialog)
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.connection is not None and dialog.connection.auth.signed_in
    dialog.connection.close()


def test_five_wrong_passwords_then_the_dialog_says_how_long_to_wait(window: MainWindow, server: LiveServer,
                                                                    qtbot: Any) -> None:
    dialog = ConnectDialog(window.context, enrol=True)
    qtbot.addWidget(dialog)
    dialog.enrolment_code.setText(admin.issue_enrolment_code(server.engine, store_code="SH01"))
    for _ in range(5):
        dialog.password.setText("not-the-password")
        dialog.submit()
    dialog.password.setText(PASSWORD)
    dialog.submit()
    assert dialog.connection is None
    assert dialog.message.text() == "Too many attempts. Try again in 1 minute."
    if dialog._enrolled is not None:
        dialog._enrolled.close()


def test_sign_in_needed_then_sign_in_for_sync(window: MainWindow, server: LiveServer) -> None:
    from guide_desk.sync.stack import connect

    connection = connect(window.context.settings, window.context.engine)
    assert connection is not None
    connection.auth.enrol(store_code="SH01", enrolment_code=admin.issue_enrolment_code(server.engine,
                                                                                         store_code="SH01"))
    connection.close()
    scheduler, status = window.sync.scheduler, window.sync.status
    scheduler.start()
    scheduler.sync_now()
    assert status.state.text() == "Sign-in needed for sync"
    assert not status.sign_in_button.isHidden() and status.connect_button.isHidden()
    assert status.error.toolTip().startswith("Nobody is signed in for sync")
    seen: list[ConnectDialog] = []
    status.run_dialog = filler(code="", seen=seen)  # type: ignore[method-assign]
    assert status.sign_in_for_sync()
    assert not seen[0].enrolling and seen[0].api_url.isReadOnly()
    assert status.state.text() == "Online" and status.sign_in_button.isHidden()


def test_the_guide_at_the_pc_is_offered_a_sign_in_when_only_a_colleague_is_signed_in(window: MainWindow,
                                                                                   server: LiveServer) -> None:
    from guide_desk.sync.stack import connect

    connection = connect(window.context.settings, window.context.engine)
    assert connection is not None
    connection.auth.enrol(store_code="SH01", enrolment_code=admin.issue_enrolment_code(server.engine,
                                                                                         store_code="SH01"))
    connection.auth.login(login="g1", password=PASSWORD)  # a colleague signed in for sync, the manager not
    connection.close()
    scheduler, status = window.sync.scheduler, window.sync.status
    scheduler.start()
    scheduler.sync_now()
    assert status.state.text() == "Online"
    assert not status.sign_in_button.isHidden() and "sign in for sync on this PC" in status.sign_in_button.toolTip()
    status.run_dialog = filler(code="")  # type: ignore[method-assign]
    assert status.sign_in_for_sync()
    assert status.state.text() == "Online" and status.sign_in_button.isHidden()


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 500 rows, so a download of ~1,100 rows has several and can be cancelled between them."""
    monkeypatch.setattr("guide_desk.sync.client.PULL_PAGE", 500)


@pytest.mark.usefixtures("small_pages")
def test_cancelling_the_first_download_keeps_what_arrived_and_the_next_round_resumes(
        window: MainWindow, server: LiveServer, org: Any, engine: Engine, data_dir: Path, tmp_path: Path) -> None:
    clone_database(engine, data_dir, tmp_path / "pc2")
    other = Device(server, tmp_path / "pc2", store_code="SH01")
    try:
        with other.work(org.guide.id) as session:
            for n in range(1200):
                create_customer(session, owner_guide_id=org.guide.id, by_guide_id=org.guide.id, name=f"顾客{n}")
            session.commit()
        assert other.sync.run_round().synced
    finally:
        other.close()
    scheduler = window.sync.scheduler
    code = admin.issue_enrolment_code(server.engine, store_code="SH01")
    window.sync.status.run_dialog = lambda dialog: filler(code=code)(dialog)  # type: ignore[method-assign]
    pages: list[tuple[int, int]] = []

    def cancel_after_first_page(done: int, total: int) -> None:
        pages.append((done, total))
        assert window.sync.first_download.dialog is not None
        window.sync.first_download.dialog.findChild(QPushButton).click()  # the guide presses Cancel

    scheduler.progress.connect(cancel_after_first_page)
    assert window.sync.status.connect_server()
    scheduler.progress.disconnect(cancel_after_first_page)
    assert len(pages) == 1 and pages[0][1] >= 1200 and pages[0][0] < pages[0][1]
    with Session(engine) as session:
        kept = session.exec(select(func.count()).select_from(Customer)).one()
        cursor = int(replica.get_state(session, "cursor") or 0)
    assert cursor > 0 and 0 < kept < 1200 + 4
    assert window.sync.status.state.text() == "Online"
    scheduler.sync_now()
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() >= 1200


def test_rounds_run_on_the_worker_pool_and_an_edit_is_sent_soon_after(qtbot: Any, server: LiveServer,
                                                                       engine: Engine, org: Any) -> None:
    from guide_desk.customers.profiles import update_customer
    from guide_desk.sync.stack import connect

    mirror_org(server, org)
    settings = load_settings(api_url=server.url, store_code="SH01")
    connection = connect(settings, engine)
    assert connection is not None
    connection.auth.enrol(store_code="SH01", enrolment_code=admin.issue_enrolment_code(server.engine,
                                                                                         store_code="SH01"))
    connection.auth.login(login="m1", password=PASSWORD)
    connection.close()
    context = AppContext(settings=settings, engine=engine, guide=org.manager, background=True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    scheduler = window.sync.scheduler
    scheduler.backoff.after_edit_s = 0.05
    progress: list[int] = []
    scheduler.progress.connect(lambda done, _total: progress.append(done))
    try:
        with qtbot.waitSignal(scheduler.round_finished, timeout=15000):
            window.sync.start()
        assert window.sync.status.state.text() == "Online" and progress
        created: list[Customer] = []
        context.write(window, create_customer, owner_guide_id=org.guide.id, by_guide_id=org.manager.id,
                      name="王芳").success(created.append).run()  # on the write worker, like every UI write
        qtbot.waitUntil(lambda: bool(created), timeout=5000)
        customer = created[0]
        assert window.sync.status.pending.text() == "1 change to send"
        with qtbot.waitSignal(scheduler.round_finished, timeout=15000) as blocker:
            pass  # the nudge's timer starts the round
        assert blocker.args[0].pushed == 1 and window.sync.status.pending.text() == "0 changes to send"
        updated: list[object] = []
        context.write(window, update_customer, customer_id=customer.id, changes={"size_top": "M"},
                      by_guide_id=org.manager.id).success(updated.append).run()
        qtbot.waitUntil(lambda: bool(updated), timeout=5000)
        window.sync.stop()
        qtbot.wait(300)
        assert window.sync.status.pending.text() == "1 change to send"  # locked: nothing is sent
    finally:
        scheduler.shutdown()
        qtbot.waitUntil(lambda: not scheduler.running, timeout=15000)
