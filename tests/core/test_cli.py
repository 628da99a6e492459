# SPDX-License-Identifier: Apache-2.0
"""The command-line contracts of DESIGN.md §7: demo, doctor, bench, version, exit codes."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest

from guide_desk import __version__
from guide_desk.__main__ import main
from guide_desk.db.connect import connect
from guide_desk.db.engine import database_path


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo"
    assert main(["demo", "--data-dir", str(path), "--size", "S", "--no-gui", "--no-central"]) == 0
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"guide-desk {__version__}"


def test_demo_reports_what_it_built_and_reuses_it(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    summary = json.loads((demo_dir / "demo.json").read_text())
    assert summary["size"] == "S" and summary["counts"]["customer"] == 1000
    before = database_path(demo_dir).stat().st_mtime_ns
    assert main(["demo", "--data-dir", str(demo_dir), "--size", "S", "--no-gui", "--no-central"]) == 0
    assert "reusing the demo store (S)" in capsys.readouterr().out
    assert database_path(demo_dir).stat().st_mtime_ns == before


def test_doctor_on_a_healthy_install(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["doctor", "--data-dir", str(demo_dir), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["schema version"]["value"].endswith("(current)")
    assert report["integrity check"]["ok"] and not report["integrity check"]["warning"]
    assert report["integrity check"]["value"].startswith("ok (quick check, ")
    assert report["api"]["value"].startswith("not configured")
    assert report["sync"]["value"] == "not enrolled (works offline)"
    assert {"data dir", "keyring", "free disk", "version"} <= set(report)


def test_doctor_full_also_checks_indexes_and_foreign_keys(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A tag link to a customer that does not exist: the quick check cannot see it, --full names it."""
    assert main(["demo", "--data-dir", str(tmp_path), "--no-gui", "--no-central"]) == 0
    connection = connect(database_path(tmp_path))  # foreign keys are off on a raw connection
    with connection:
        connection.execute("INSERT INTO customer_tag (customer_id, tag_id, added_at) "
                           "SELECT 'no-such-customer', id, '2026-01-01 00:00:00' FROM tag LIMIT 1")
    connection.close()
    capsys.readouterr()
    assert main(["doctor", "--data-dir", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["integrity check"]["value"].startswith("ok (quick check")
    assert main(["doctor", "--data-dir", str(tmp_path), "--json", "--full"]) == 1
    check = json.loads(capsys.readouterr().out)["integrity check"]
    assert check == {"value": "rows pointing to rows that do not exist: customer_tag → customer (1 rows)",
                     "ok": False, "warning": False}


def test_doctor_probes_the_server_this_pc_is_enrolled_with(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """No api_url in any setting, but the demo enrolled the PC with its own central API, which stopped with
    the demo command: doctor says where the PC syncs to and that the server does not answer."""
    assert main(["demo", "--data-dir", str(tmp_path), "--no-gui"]) == 0
    url = capsys.readouterr().out.split("demo central API at ")[1].split()[0]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the server thread stops shortly after the command returned
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", int(url.rsplit(":", 1)[1]))) != 0:
                break
        time.sleep(0.05)
    assert main(["doctor", "--data-dir", str(tmp_path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["sync"]["value"] == f"enrolled with {url} as store SH01; 0 changes waiting; never synced"
    assert report["api"]["value"].startswith(f"{url} unreachable") and not report["api"]["ok"]


def test_doctor_fails_on_a_damaged_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = database_path(tmp_path)
    path.write_bytes(b"this is not a database" * 100)
    assert main(["doctor", "--data-dir", str(tmp_path)]) == 1
    assert "✗ database" in capsys.readouterr().out


def test_doctor_fails_when_the_api_is_unreachable(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["doctor", "--data-dir", str(tmp_path), "--api", "http://127.0.0.1:9"]) == 1
    assert "unreachable" in capsys.readouterr().out


def test_bench_json_has_the_contract_metrics(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["bench", "--data-dir", str(demo_dir), "--json"]) == 0
    metrics = json.loads(capsys.readouterr().out)
    for name in ("demo_build_s", "db_size_mb", "search_p50_ms", "search_p95_ms", "search_raw_p95_ms",
                 "search_ratio"):
        assert metrics[name] > 0, name
    assert metrics["search_p50_ms"] <= metrics["search_p95_ms"]


def test_bench_only_runs_the_named_metrics(demo_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["bench", "--data-dir", str(demo_dir), "--json", "--only", "db_size_mb"]) == 0
    assert list(json.loads(capsys.readouterr().out)) == ["db_size_mb"]
    assert main(["bench", "--data-dir", str(demo_dir), "--only", "speed_of_light"]) == 2


def test_bench_without_data_is_bad_input(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["bench", "--data-dir", str(tmp_path)]) == 2
    assert "guide-desk demo" in capsys.readouterr().err
