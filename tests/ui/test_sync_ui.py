# SPDX-License-Identifier: Apache-2.0
"""Sync in the window, without a central server: the status bar's states (standalone, not enrolled,
offline against a port nobody listens on, pending count after an edit) and the Sync page's decisions on
conflicts and refused edits built in a real local database."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session, select

from guide_desk.customers.profiles import get_customer, update_customer
from guide_desk.customers.sync_review import count_open
from guide_desk.db import replica
from guide_desk.db.outbox import pending_count
from guide_desk.db.tables import Customer, SyncConflict, SyncRejection
from guide_desk.ids import uuid7
from guide_desk.sync.auth import SESSIONS
from guide_desk.sync.credentials import Credentials
from guide_desk.ui.context import AppContext
from guide_desk.ui.main_window import MainWindow
from guide_desk.ui.pages.sync_review import SyncReviewPage

pytestmark = pytest.mark.ui


def free_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # closed again: nobody listens there


@pytest.fixture
def window(qtbot, guide_context: AppContext):  # type: ignore[no-untyped-def]
    made = MainWindow(guide_context)
    qtbot.addWidget(made)
    yield made
    made.sync.scheduler.shutdown()


def customer_of(context: AppContext, name: str) -> Customer:
    with context.data.session() as session:
        return session.exec(select(Customer).where(Customer.name == name)).one()


def test_without_a_server_the_app_is_standalone_and_sync_stays_idle(window: MainWindow) -> None:
    window.sync.start()
    status = window.sync.status
    assert status.state.text() == "Not connected to a central server"
    assert not window.sync.action.isEnabled() and not window.sync.scheduler.running
    assert not window.sync.scheduler._timer.isActive()
    assert window.sync.action.shortcut().toString() == "F5"
    assert window.row_of("sync") >= 0


def test_an_edit_shows_in_the_pending_count(window: MainWindow, guide_context: AppContext) -> None:
    with guide_context.data.session() as session:
        before = pending_count(session)
    customer = customer_of(guide_context, "张三")
    assert guide_context.write(window, update_customer, customer_id=customer.id, changes={"size_top": "M"},
                               by_guide_id=customer.owner_guide_id).run()  # the UI's one way to write
    assert window.sync.status.pending.text() == f"{before + 1} changes to send"


def test_an_unenrolled_pc_with_a_server_address_offers_enrolment(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    guide_context.settings = guide_context.settings.model_copy(update={"api_url": free_url()})
    window = MainWindow(guide_context)
    qtbot.addWidget(window)
    offered: list[Any] = []
    window.sync.status.run_dialog = lambda dialog: offered.append(dialog) or False  # type: ignore[method-assign]
    window.sync.start()
    window.sync.scheduler.sync_now()
    status = window.sync.status
    assert status.state.text() == "Not enrolled"
    assert not status.connect_button.isHidden() and status.sign_in_button.isHidden()
    assert len(offered) == 1 and offered[0].enrolling
    assert offered[0].api_url.text() == guide_context.settings.api_url
    assert not window.sync.scheduler._timer.isActive()  # nothing to retry until someone enrols
    window.sync.scheduler.shutdown()


def test_an_unreachable_server_shows_offline_and_backs_off(window: MainWindow, guide_context: AppContext) -> None:
    url = free_url()
    with Session(guide_context.engine) as session:
        replica.set_state(session, "api_url", url)
        replica.set_state(session, "store_code", "SH01")
        replica.set_state(session, SESSIONS, json.dumps({"g1": {"renew_after": "2099-01-01T00:00:00+00:00"}}))
        session.commit()
    credentials = Credentials(api_url=url, store_code="SH01")
    credentials.device_token = "device-secret"
    credentials.set_refresh_token("g1", "refresh-secret")
    scheduler = window.sync.scheduler
    scheduler.start()
    scheduler.sync_now()
    status = window.sync.status
    assert status.state.text() == "Offline"
    assert status.error.toolTip().startswith(f"Cannot reach {url}.")
    assert status.synced.text() == "never synced"
    assert scheduler.backoff.failures == 1 and scheduler._timer.isActive()
    assert scheduler._timer.remainingTime() <= 2000  # the first retry comes soon (backoff base 2 s)
    scheduler.stop()
    assert not scheduler._timer.isActive() and status.state.text() == "Sync paused"


def add_conflict(context: AppContext, customer: Customer, field: str, mine: str, theirs: str) -> str:
    with context.data.unit() as session:
        row = SyncConflict(id=uuid7(), entity="customer", entity_id=customer.id, field=field, mine=mine,
                           theirs=theirs, at=datetime(2026, 11, 22, 6, tzinfo=UTC))
        session.add(row)
        return row.id


def test_keep_mine_and_keep_theirs_on_the_sync_page(window: MainWindow, guide_context: AppContext) -> None:
    customer = customer_of(guide_context, "张三")
    add_conflict(guide_context, customer, "size_top", "M", "L")
    add_conflict(guide_context, customer, "size_shoe", "37", "38")
    window.sync.scheduler.refresh_status()
    assert window.nav.item(window.row_of("sync")).text() == "Sync (2)"
    page = window.show_page("sync")
    assert isinstance(page, SyncReviewPage)
    assert page.tabs.tabText(0) == "Conflicts (2)"
    shown = {page.conflicts.index(r, 1).data(): (page.conflicts.index(r, 2).data(), page.conflicts.index(r, 3).data())
             for r in range(2)}
    assert shown == {"Top size": ("M", "L"), "Shoe size": ("37", "38")}
    assert page.conflicts.index(0, 0).data() == "张三"
    row = next(r for r in range(2) if page.conflicts.index(r, 1).data() == "Top size")
    page.conflicts_table.selectRow(row)
    with guide_context.data.session() as session:
        before = pending_count(session)
    assert page.keep_mine()
    with guide_context.data.session() as session:
        assert get_customer(session, customer_id=customer.id).size_top == "M"
        assert pending_count(session) == before + 1
    assert window.sync.status.pending.text() == f"{before + 1} changes to send"
    page.conflicts_table.selectRow(0)
    assert page.keep_theirs()
    with guide_context.data.session() as session:
        assert get_customer(session, customer_id=customer.id).size_shoe is None
        assert count_open(session) == (0, 0) and pending_count(session) == before + 1
    assert page.tabs.tabText(0) == "Conflicts (0)" and not page.keep_theirs_button.isEnabled()
    assert window.nav.item(window.row_of("sync")).text() == "Sync"


def test_a_refused_edit_is_explained_and_fix_and_resend_opens_the_customer(window: MainWindow,
                                                                           guide_context: AppContext) -> None:
    customer = customer_of(guide_context, "李四")
    with guide_context.data.unit() as session:
        session.add(SyncRejection(id=uuid7(), mutation_id=9, entity="customer", entity_id=customer.id,
                                  code="invalid", message="size_top: is longer than 8 characters",
                                  at=datetime(2026, 11, 22, 6, tzinfo=UTC),
                                  payload={"op": "update", "fields": {"size_top": "XXXXXXXXXL"}}))
    page = window.show_page("sync")
    assert isinstance(page, SyncReviewPage)
    assert page.tabs.tabText(1) == "Rejected changes (1)"
    assert page.rejections.index(0, 0).data() == "李四"
    assert page.rejections.index(0, 2).data() == "A value was not accepted: size_top: is longer than 8 characters"
    assert page.rejections.index(0, 3).data() == "Top size = XXXXXXXXXL"
    assert page.fix_and_resend()
    assert window.customers.profile.customer_id == customer.id
    with guide_context.data.session() as session:
        assert count_open(session) == (0, 0)


def test_an_edit_by_a_guide_not_signed_in_for_sync_says_whom_to_sign_in_as(window: MainWindow,
                                                                          guide_context: AppContext) -> None:
    customer, guide = customer_of(guide_context, "李四"), guide_context.guide
    at = datetime(2026, 11, 22, 6, tzinfo=UTC)
    with guide_context.data.unit() as session:
        for mutation_id, op, fields, code in ((9, "update", {"size_top": "M"}, "author_not_signed_in"),
                                              (10, "erase", {}, "author_not_signed_in"),
                                              (11, "update", {"owner_guide_id": guide.id}, "forbidden"),
                                              (12, "update", {"size_top": "L"}, "author_inactive")):
            session.add(SyncRejection(id=uuid7(), mutation_id=mutation_id, entity="customer", entity_id=customer.id,
                                      code=code, message="the server's English", at=at,
                                      payload={"op": op, "fields": fields, "author_guide_id": guide.id}))
    page = window.show_page("sync")
    assert isinstance(page, SyncReviewPage)
    reasons = [page.rejections.index(row, 2).data() for row in range(4)]
    assert reasons == [
        f"{guide.name} has been deactivated: their changes are no longer accepted",
        "Only a store manager may make this change: sign in as a store manager on this PC, then make it again",
        "Only a store manager may make this change, and none was signed in for sync: sign in as a store manager "
        "on this PC, then make the change again",
        f"{guide.name} was not signed in for sync on this PC: sign in as {guide.name} on this PC (with the server "
        "password), then make the change again",
    ]


def test_without_a_keyring_the_dialog_says_the_sign_in_is_asked_again(qtbot, guide_context: AppContext) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    from guide_desk.ui.sync.enrol_dialog import ConnectDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectDialog(guide_context, enrol=True)
        qtbot.addWidget(dialog)
        assert dialog.keyring_note.isVisibleTo(dialog)
        assert "asked again next session" in dialog.keyring_note.text()
        dialog.submit()  # nothing filled in: says what is missing, talks to nobody
        assert dialog.message.text() == "Please fill in the central server address."
    finally:
        keyring.set_keyring(previous)
