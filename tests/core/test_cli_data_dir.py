# SPDX-License-Identifier: Apache-2.0
"""Every command works on the data dir it is given: `--data-dir DIR` before the command, after it, or
GUIDE_DESK_DATA_DIR — never silently on the default folder. Each test asserts the folder actually used (what
the command found there, or the database it created there) and that the other folder stayed untouched."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guide_desk.__main__ import main
from guide_desk.db.engine import database_path

POSITIONS = ["before", "after", "environment"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo store (1,000 customers), built once for the module."""
    path = tmp_path_factory.mktemp("cli-data-dir") / "store"
    assert main(["demo", "--data-dir", str(path), "--no-gui", "--no-central"]) == 0
    return path


def argv(position: str, data_dir: Path, command: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`command` run on `data_dir`, the folder named in the given position (GUIDE_DESK_DATA_DIR otherwise
    points at the test's own, empty, data dir)."""
    if position == "environment":
        monkeypatch.setenv("GUIDE_DESK_DATA_DIR", str(data_dir))
        return command
    if position == "before":
        return ["--data-dir", str(data_dir), *command]
    return [*command, "--data-dir", str(data_dir)]


def untouched(default_dir: Path) -> bool:
    return not database_path(default_dir).exists()


@pytest.mark.parametrize("position", POSITIONS)
def test_doctor(position: str, store: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv(position, store, ["doctor", "--json"], monkeypatch)) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["data dir"]["value"] == str(store)
    assert report["database"]["value"].startswith(str(database_path(store)))
    assert report["settings"]["data_dir"]["source"] == ("environment" if position == "environment" else "flag")
    assert untouched(data_dir)


@pytest.mark.parametrize("position", POSITIONS)
def test_export(position: str, store: Path, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "customers.csv"
    assert main(argv(position, store, ["export", "customers", "--out", str(out)], monkeypatch)) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 1000  # the demo store's customers
    assert untouched(data_dir)


@pytest.mark.parametrize("position", POSITIONS)
def test_import(position: str, store: Path, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "customers.csv"
    assert main(["export", "customers", "--data-dir", str(store), "--out", str(exported)]) == 0
    capsys.readouterr()
    command = ["import", "customers", str(exported), "--dry-run", "--json"]
    assert main(argv(position, store, command, monkeypatch)) == 0
    counts = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert counts["imported"] == 0 and counts["duplicates"] == 1000  # every row is already in that store
    assert untouched(data_dir)


@pytest.mark.parametrize("position", POSITIONS)
def test_bench(position: str, store: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv(position, store, ["bench", "--json", "--only", "db_size_mb"], monkeypatch)) == 0
    assert json.loads(capsys.readouterr().out)["db_size_mb"] == round(database_path(store).stat().st_size / 1e6, 1)


def test_bench_never_falls_back_to_this_pcs_data(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("GUIDE_DESK_DATA_DIR")
    assert main(["bench", "--json"]) == 2
    assert "bench needs --data-dir" in capsys.readouterr().err


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("command", [["sync", "--once"], ["enrol", "--api", "http://127.0.0.1:9", "--store", "SH01",
                                                            "--code", "x"], ["login", "--guide", "m1"]])
def test_sync_commands_open_that_folder(position: str, command: list[str], data_dir: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is enrolled there, so each fails — after opening (and so creating) the database it was given."""
    target = tmp_path / "elsewhere"
    monkeypatch.setattr(sys, "stdin", io.StringIO("a password\n"))
    assert main(argv(position, target, command, monkeypatch)) != 0
    assert database_path(target).exists()
    assert untouched(data_dir)


@pytest.mark.parametrize("position", POSITIONS)
def test_demo(position: str, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo"
    assert main(argv(position, target, ["demo", "--no-gui", "--no-central"], monkeypatch)) == 0
    assert json.loads((target / "demo.json").read_text())["counts"]["customer"] == 1000
    assert f"at {target}" in capsys.readouterr().out
    if position != "environment":
        assert untouched(data_dir)


def run_cli(args: list[str], **env: str) -> subprocess.Popen[str]:
    """The installed command as IT runs it: the subprocess has no keyring here, so the database key comes from
    a passphrase in the environment."""
    return subprocess.Popen([sys.executable, "-m", "guide_desk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "GUIDE_DESK_DB_PASSPHRASE": "store passphrase 1", **env})


@pytest.mark.parametrize("position", POSITIONS)
def test_gui_opens_that_folder(position: str, tmp_path: Path, data_dir: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The workbench (offscreen) creates its database in the folder given, then waits for a sign-in."""
    target = tmp_path / "workbench"
    process = run_cli(argv(position, target, ["gui"], monkeypatch), QT_QPA_PLATFORM="offscreen")
    try:
        deadline = time.monotonic() + 60
        while not database_path(target).exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert database_path(target).exists(), process.stderr.read() if process.poll() is not None else "timed out"
    finally:
        process.kill()
        process.communicate()
    assert untouched(data_dir)


@pytest.mark.parametrize("position", ["before", "environment"])
def test_screenshot_opens_that_folder(position: str, tmp_path: Path, data_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty folder has no manager to render the pages as: refused, naming the folder's problem."""
    target = tmp_path / "shots-data"
    process = run_cli(argv(position, target, ["screenshot", "--out", str(tmp_path / "png")], monkeypatch))
    _, err = process.communicate(timeout=120)
    assert process.returncode == 2 and "no store manager" in err
    assert database_path(target).exists()
    assert untouched(data_dir)


def test_self_test_takes_the_flag_as_a_setting(tmp_path: Path) -> None:
    process = run_cli(["--data-dir", str(tmp_path / "x"), "--self-test"])
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, out + err
    assert "config from flag" in out
