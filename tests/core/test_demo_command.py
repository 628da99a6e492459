# SPDX-License-Identifier: Apache-2.0
"""`guide-desk demo` run again: it reuses the demo it built and says so, rebuilds it with --fresh (removing
the database, the embedded central API's database and the keyring entries of its enrolment), rebuilds a
build that never finished, and never reuses or removes a database it did not build."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine

from guide_desk.__main__ import main
from guide_desk.db.engine import database_path
from guide_desk.sync.credentials import SERVICE

OFFLINE = ["--no-gui", "--no-central"]


def demo(target: Path, *extra: str) -> int:
    return main(["demo", "--data-dir", str(target), *extra])


def demo_secrets() -> list[str]:
    """The names of the demo's secrets in the (in-memory test) keyring."""
    backend = keyring.get_keyring()
    return [name for service, name in backend._items if service == SERVICE]  # type: ignore[attr-defined]


def test_a_second_run_reuses_the_demo_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo"
    assert demo(target, *OFFLINE) == 0
    assert "demo store (S) built" in capsys.readouterr().out
    before = database_path(target).stat().st_mtime_ns
    again = subprocess.run([sys.executable, "-m", "guide_desk", "demo", "--data-dir", str(target), *OFFLINE],
                           capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"reusing the demo store (S) at {target}: ")
    assert "customer 1,000" in again.stdout and "--fresh" in again.stdout
    assert database_path(target).stat().st_mtime_ns == before


def test_another_size_asks_for_fresh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo"
    assert demo(target, *OFFLINE) == 0
    assert demo(target, "--size", "M", *OFFLINE) == 2
    assert "holds a size-S demo; add --fresh to rebuild it at size M" in capsys.readouterr().err
    assert demo(target, "--size", "S", *OFFLINE) == 0


def test_fresh_removes_the_demo_its_central_and_its_secrets(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo"
    assert demo(target, "--no-gui") == 0  # with the embedded central API: enrolled, secrets in the keyring
    assert (target / "central" / "central.db").exists()
    before = demo_secrets()
    assert len(before) > 1, "the demo's enrolment keeps its device and sign-in tokens in the keyring"
    (target / "backups").mkdir()
    (target / "backups" / "copy.sqlite3").write_bytes(b"old")
    capsys.readouterr()

    assert demo(target, "--fresh", *OFFLINE) == 0
    out = capsys.readouterr().out
    assert f"removed the earlier demo at {target} (--fresh): keyring entries, database, backups, embedded " \
           "central API database" in out
    assert "demo store (S) built" in out
    after = demo_secrets()  # the old key and tokens are gone; the rebuilt offline demo has a key of its own
    assert set(after).isdisjoint(before) and len(after) == 1 and after[0].startswith("db-key|")
    assert not (target / "central").exists() and not (target / "backups").exists()
    assert json.loads((target / "demo.json").read_text())["counts"]["customer"] == 1000


def test_an_unfinished_build_is_rebuilt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo"
    target.mkdir()
    (target / "demo.building").touch()  # what a build interrupted half-way leaves
    database_path(target).write_bytes(b"half a database")
    assert demo(target, *OFFLINE) == 0
    out = capsys.readouterr().out
    assert "removed the earlier demo" in out and "an earlier demo build did not finish" in out
    assert not (target / "demo.building").exists()
    assert json.loads((target / "demo.json").read_text())["size"] == "S"


@pytest.mark.parametrize("fresh", [[], ["--fresh"]])
def test_a_real_database_is_never_reused_or_removed(fresh: list[str], engine: Engine, data_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    engine.dispose()
    before = database_path(data_dir).read_bytes()
    assert demo(data_dir, *fresh, *OFFLINE) == 2
    assert "holds a database the demo did not build" in capsys.readouterr().err
    assert database_path(data_dir).read_bytes() == before
    assert main(["demo", *fresh, *OFFLINE]) == 2  # GUIDE_DESK_DATA_DIR names the same folder
