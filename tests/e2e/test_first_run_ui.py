# SPDX-License-Identifier: Apache-2.0
"""First run on a store PC against a real central API on 127.0.0.1: the local database starts empty (no
store, no guide), the store and its guides exist only on the central side. The setup dialog enrols the PC,
signs in, downloads (Cancel keeps what arrived, Resume or re-opening carries on) and asks for a PIN; a
second guide pulled without a PIN signs in once with their password. Work runs inline; no modal box opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt", reason="UI tests need pytest-qt")

from central_kit import PASSWORD, LiveServer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlmodel import Session, func, select  # noqa: E402
from sync_kit import Device  # noqa: E402

from guide_desk.accounts.guides import list_guides, sign_in  # noqa: E402
from guide_desk.central import admin  # noqa: E402
from guide_desk.config import Settings, load_settings  # noqa: E402
from guide_desk.customers.profiles import create_customer  # noqa: E402
from guide_desk.db.engine import transaction  # noqa: E402
from guide_desk.db.migrate import open_database  # noqa: E402
from guide_desk.db.tables import Customer  # noqa: E402
from guide_desk.ui.sign_in import SignInDialog  # noqa: E402
from guide_desk.ui.sync.first_run import SetupDialog, needs_setup  # noqa: E402
from guide_desk.ui.sync.pin_setup import PasswordSignInDialog  # noqa: E402
from guide_desk.ui.workbench import Workbench  # noqa: E402

pytestmark = pytest.mark.ui
GUIDES = (("m1", "王店长", "manager"), ("g1", "李娜", "guide"), ("g2", "张伟", "guide"))


@pytest.fixture(autouse=True)
def english_and_no_boxes(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from guide_desk.ui.i18n import install_language

    install_language(qapp, "en")

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"unexpected modal message box: {args}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


def central_store(server: LiveServer, tmp_path: Path, *, customers: int) -> dict[str, str]:
    """Store SH01 and its guides on the central side only; `customers` of g1's are pushed by another PC."""
    admin.create_store(server.engine, code="SH01", name="上海静安店")
    ids = {login: admin.create_guide(server.engine, store_code="SH01", login=login, name=name, role=role,
                                     password=PASSWORD) for login, name, role in GUIDES}
    open_database(tmp_path / "pc2").dispose()
    other = Device(server, tmp_path / "pc2", store_code="SH01")
    try:
        other.sync.run_round()  # the store and its guides, so the customers have an owner there
        with other.work(ids["m1"]) as session:
            for n in range(customers):
                create_customer(session, owner_guide_id=ids["g1"], by_guide_id=ids["m1"], name=f"顾客{n}")
            session.commit()
        assert other.sync.run_round().synced
    finally:
        other.auth.credentials.forget()  # the tests share one keyring; real PCs each have their own
        other.close()
    return ids


@pytest.fixture
def settings(server: LiveServer, data_dir: Path) -> Settings:
    return load_settings(api_url=server.url, store_code="SH01", data_dir=data_dir)


@pytest.fixture
def setup_dialog(qtbot: Any, settings: Settings, engine: Engine) -> Iterator[SetupDialog]:
    dialog = SetupDialog(settings, engine, background=False)
    qtbot.addWidget(dialog)
    yield dialog
    if dialog.connection is not None:
        dialog.connection.close()


def connect_as(dialog: SetupDialog, server: LiveServer, login: str, *, code: str | None = None) -> None:
    step = dialog.connect_step
    step.enrolment_code.setText(code or admin.issue_enrolment_code(server.engine, store_code="SH01"))
    step.login.setText(login)
    step.password.setText(PASSWORD)
    step.submit()


def choose_pin(dialog: SetupDialog, pin: str, repeat: str | None = None) -> None:
    dialog.pins.pin.setText(pin)
    dialog.pins.repeat.setText(pin if repeat is None else repeat)
    dialog.finish_button.click()


def customers_on(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Customer)).one()


def test_a_fresh_pc_is_set_up_and_the_workbench_opens_signed_in(
        qtbot: Any, qapp: Any, server: LiveServer, settings: Settings, engine: Engine, tmp_path: Path) -> None:
    central_store(server, tmp_path, customers=3)
    assert needs_setup(engine)
    bench = Workbench(qapp, settings, engine, background=False)
    seen: list[QDialog] = []

    def drive(dialog: QDialog) -> bool:
        seen.append(dialog)
        assert isinstance(dialog, SetupDialog) and dialog.step == SetupDialog.CONNECT
        step = dialog.connect_step
        assert step.api_url.text() == server.url and step.store_code.text() == "SH01"  # from the settings
        assert step.enrolling and step.login.text() == ""
        connect_as(dialog, server, "g1")
        assert dialog.step == SetupDialog.PIN and "李娜" in dialog.welcome.text()
        assert dialog.download_step.label.text().startswith("Download complete: 7 row")  # store, guides, customers
        choose_pin(dialog, "2468", repeat="2469")
        assert dialog.pins.message.text() == "The two PINs differ. Type the same PIN twice."
        choose_pin(dialog, "1111")
        assert dialog.pins.message.text().startswith("A PIN is 4 to 8 digits")
        choose_pin(dialog, "2468")
        return dialog.result() == QDialog.DialogCode.Accepted

    bench.run_dialog = drive  # type: ignore[method-assign]
    try:
        assert bench.ask_sign_in()
        window = bench.window
        assert window is not None and window.isVisible()
        assert window.context.guide.login == "g1"
        assert window.customers.model.rowCount() == 3
        qtbot.waitUntil(lambda: window.sync.status.state.text() == "Online", timeout=10000)  # setup's tokens
        assert not needs_setup(engine)
        with transaction(engine) as session:
            assert sign_in(session, guide_id=window.context.guide.id, pin="2468").login == "g1"
        seen.clear()

        def pick(dialog: QDialog) -> bool:
            seen.append(dialog)
            return False

        bench.run_dialog = pick  # type: ignore[method-assign]
        bench.sign_out()
        assert not bench.ask_sign_in() and isinstance(seen[0], SignInDialog)  # next time: the PIN picker
    finally:
        if bench.window is not None:
            bench.window.sync.scheduler.shutdown()
            bench.window.close()
        QApplication.instance().removeEventFilter(bench.lock)


def test_a_wrong_enrolment_code_is_refused_in_words(server: LiveServer, setup_dialog: SetupDialog,
                                                    tmp_path: Path) -> None:
    central_store(server, tmp_path, customers=0)
    connect_as(setup_dialog, server, "g1", code="WRONG-CODE")
    assert setup_dialog.step == SetupDialog.CONNECT and setup_dialog.connect_step.enrolling
    assert setup_dialog.connect_step.message.text().startswith("The store code or the enrolment code is wrong")


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 500 rows, so a download of ~1,100 rows has several and can be cancelled between them."""
    monkeypatch.setattr("guide_desk.sync.client.PULL_PAGE", 500)


@pytest.mark.usefixtures("small_pages")
def test_cancel_keeps_what_arrived_and_reopening_resumes(
        qtbot: Any, server: LiveServer, settings: Settings, engine: Engine, setup_dialog: SetupDialog,
        tmp_path: Path) -> None:
    central_store(server, tmp_path, customers=1100)
    admin.create_guide(server.engine, store_code="SH01", login="g3", name="周敏", role="guide",
                       password=PASSWORD)  # written after the customers: the last row to arrive
    pages: list[tuple[int, int]] = []

    def cancel_after_first_page(done: int, total: int) -> None:
        pages.append((done, total))
        setup_dialog.download_step.cancel_button.click()  # the guide presses Cancel

    setup_dialog.download_step.progress.connect(cancel_after_first_page)
    connect_as(setup_dialog, server, "g3")
    setup_dialog.download_step.progress.disconnect(cancel_after_first_page)
    step = setup_dialog.download_step
    assert len(pages) == 1 and pages[0][0] < pages[0][1] and pages[0][1] >= 1100
    assert setup_dialog.step == SetupDialog.DOWNLOAD
    assert step.label.text().startswith("Download paused.")
    assert step.message.text().startswith("Your own account has not arrived yet")
    assert not step.resume_button.isHidden() and step.continue_button.isHidden()
    kept = customers_on(engine)
    assert 0 < kept < 1100
    setup_dialog.reject()  # closed for now: the next start of the app opens the setup again

    reopened = SetupDialog(settings, engine, background=False)
    qtbot.addWidget(reopened)
    try:
        assert reopened.step == SetupDialog.DOWNLOAD  # enrolled and signed in: no code asked again
        assert "g3" in reopened.download_step.label.text()
        reopened.download_step.resume_button.click()
        assert reopened.step == SetupDialog.PIN and "周敏" in reopened.welcome.text()
        assert customers_on(engine) == 1100
        choose_pin(reopened, "3579")
        assert reopened.result() == QDialog.DialogCode.Accepted
        assert reopened.guide is not None and reopened.guide.login == "g3"
    finally:
        if reopened.connection is not None:
            reopened.connection.close()


def test_a_pulled_guide_without_a_pin_signs_in_with_the_password(
        qtbot: Any, server: LiveServer, settings: Settings, engine: Engine, setup_dialog: SetupDialog,
        tmp_path: Path) -> None:
    central_store(server, tmp_path, customers=2)
    connect_as(setup_dialog, server, "g1")
    choose_pin(setup_dialog, "2468")
    assert setup_dialog.guide is not None
    picker = SignInDialog(engine, "SH01", settings=settings, background=False)
    qtbot.addWidget(picker)
    labels = [picker.who.itemText(i) for i in range(picker.who.count())]
    assert labels == ["张伟 (set up PIN)", "李娜", "王店长 · Store manager (set up PIN)"]
    picker.who.setCurrentIndex(0)
    tries: list[PasswordSignInDialog] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PasswordSignInDialog)
        tries.append(dialog)
        dialog.password.setText("not-the-password")
        dialog.pins.pin.setText("1357")
        dialog.pins.repeat.setText("1357")
        dialog.submit()
        assert dialog.guide is None and dialog.pins.message.text() == "Wrong password. Try again."
        dialog.password.setText(PASSWORD)
        dialog.submit()
        return dialog.result() == QDialog.DialogCode.Accepted

    picker.run_dialog = fill  # type: ignore[method-assign]
    picker.pin.setText("0000")
    picker.try_sign_in()  # OK on a guide without a PIN opens the password path
    assert len(tries) == 1 and picker.guide is not None and picker.guide.login == "g2"
    assert picker.result() == QDialog.DialogCode.Accepted
    with transaction(engine) as session:
        assert sign_in(session, guide_id=picker.guide.id, pin="1357").login == "g2"
        assert [g.login for g in list_guides(session) if g.pin_hash] == ["g2", "g1"]
    again = SignInDialog(engine, "SH01", settings=settings, background=False)
    qtbot.addWidget(again)
    assert again.who.itemText(0) == "张伟"  # the PIN is set: a plain entry from now on


def test_the_network_work_runs_on_the_worker_pool(qtbot: Any, server: LiveServer, settings: Settings,
                                                  engine: Engine, tmp_path: Path) -> None:
    central_store(server, tmp_path, customers=600)
    dialog = SetupDialog(settings, engine, background=True)
    qtbot.addWidget(dialog)
    shown: list[int] = []
    dialog.download_step.progress.connect(lambda done, _total: shown.append(done))
    try:
        connect_as(dialog, server, "g1")
        qtbot.waitUntil(lambda: dialog.step == SetupDialog.PIN, timeout=20000)
        assert shown and shown[-1] >= 600 and customers_on(engine) == 600
        choose_pin(dialog, "2468")
        assert dialog.guide is not None and dialog.guide.login == "g1"
    finally:
        qtbot.waitUntil(lambda: not dialog.download_step.running, timeout=20000)
        if dialog.connection is not None:
            dialog.connection.close()


def test_without_a_keyring_the_setup_says_the_sign_in_is_asked_each_session(
        qtbot: Any, settings: Settings, engine: Engine) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = SetupDialog(settings, engine, background=False)
        qtbot.addWidget(dialog)
        assert not dialog.connect_step.keyring_note.isHidden()
        assert "asked again next session" in dialog.connect_step.keyring_note.text()
    finally:
        keyring.set_keyring(previous)
