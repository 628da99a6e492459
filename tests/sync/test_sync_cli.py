# SPDX-License-Identifier: Apache-2.0
"""`guide-desk enrol`, `login` and `sync --once` as an IT script runs them, against a real central API."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from central_kit import PASSWORD, LiveServer
from sqlmodel import Session, select
from sync_kit import mirror_org

from guide_desk.__main__ import main
from guide_desk.central import admin
from guide_desk.customers.profiles import create_customer
from guide_desk.db.outbox import AUTHOR, pending_count
from guide_desk.db.tables import SyncRejection


def _login(monkeypatch: pytest.MonkeyPatch, data_dir: Path, login: str, password: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["login", "--data-dir", str(data_dir), "--guide", login])


def test_enrol_login_and_sync_once(server: LiveServer, org: Any, engine: Any, data_dir: Path,
                                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mirror_org(server, org)
    with Session(engine) as session:
        session.info[AUTHOR] = org.guide.id
        create_customer(session, owner_guide_id=org.guide.id, name="张三", by_guide_id=org.guide.id)
        session.commit()
    code = admin.issue_enrolment_code(server.engine, store_code="SH01")
    assert main(["enrol", "--data-dir", str(data_dir), "--api", server.url, "--store", "SH01", "--code", "WRONG"]) == 2
    assert "code" in capsys.readouterr().err
    assert main(["enrol", "--data-dir", str(data_dir), "--api", server.url, "--store", "SH01", "--code", code]) == 0
    assert _login(monkeypatch, data_dir, "m1", "not the password") == 2
    assert _login(monkeypatch, data_dir, "m1", PASSWORD) == 0
    assert _login(monkeypatch, data_dir, "g1", PASSWORD) == 0  # a second guide's session beside the first
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(data_dir), "--once"]) == 0
    out = capsys.readouterr().out
    assert "rejected 0" in out and "pending 0" in out, "g1's customer synced as g1's"
    with Session(engine) as session:
        assert pending_count(session) == 0


def test_an_edit_by_a_guide_not_signed_in_on_the_pc_is_refused(server: LiveServer, org: Any, engine: Any,
                                                               data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    mirror_org(server, org)
    with Session(engine) as session:
        session.info[AUTHOR] = org.guide.id
        create_customer(session, owner_guide_id=org.guide.id, name="张三", by_guide_id=org.guide.id)
        session.commit()
    code = admin.issue_enrolment_code(server.engine, store_code="SH01")
    assert main(["enrol", "--data-dir", str(data_dir), "--api", server.url, "--store", "SH01", "--code", code]) == 0
    assert _login(monkeypatch, data_dir, "m1", PASSWORD) == 0
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(data_dir), "--once"]) == 0
    assert "rejected 1" in capsys.readouterr().out
    with Session(engine) as session:
        rejection = session.exec(select(SyncRejection)).one()
    assert rejection.code == "author_not_signed_in"


def test_sync_once_fails_while_the_server_is_unreachable(server: LiveServer, org: Any, engine: Any, data_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    mirror_org(server, org)
    code = admin.issue_enrolment_code(server.engine, store_code="SH01")
    assert main(["enrol", "--data-dir", str(data_dir), "--api", server.url, "--store", "SH01", "--code", code]) == 0
    assert _login(monkeypatch, data_dir, "m1", PASSWORD) == 0
    server.__exit__()
    with Session(engine) as session:
        session.info[AUTHOR] = org.guide.id
        create_customer(session, owner_guide_id=org.guide.id, name="李四", by_guide_id=org.guide.id)
        session.commit()
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(data_dir), "--once"]) == 1
    assert "no answer" in capsys.readouterr().err
    with Session(engine) as session:
        assert pending_count(session) == 1  # kept for the next round


def test_sync_before_enrolment_says_so(data_dir: Path, engine: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sync", "--data-dir", str(data_dir), "--once"]) == 2
    assert "api" in capsys.readouterr().err


@pytest.mark.parametrize(("locale", "words"), [("en", "too many attempts, try again in 1 minute"),
                                               ("zh_CN", "尝试次数过多，请 1 分钟后再试")])
def test_login_after_five_wrong_passwords_says_how_long_to_wait(
        server: LiveServer, org: Any, engine: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], locale: str, words: str) -> None:
    mirror_org(server, org)
    monkeypatch.setenv("GUIDE_DESK_LOCALE", locale)
    code = admin.issue_enrolment_code(server.engine, store_code="SH01")
    assert main(["enrol", "--data-dir", str(data_dir), "--api", server.url, "--store", "SH01", "--code", code]) == 0
    for _ in range(5):
        assert _login(monkeypatch, data_dir, "m1", "not the password") == 2
    capsys.readouterr()
    assert _login(monkeypatch, data_dir, "m1", PASSWORD) == 1
    assert capsys.readouterr().err.strip() == f"guide-desk: {words}"
