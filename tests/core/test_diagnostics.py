# SPDX-License-Identifier: Apache-2.0
"""doctor's settings report and the diagnostics bundle: everything support needs, no customer's personal
data, no secrets."""

from __future__ import annotations

import json
import logging
import os
import zipfile
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import Engine, text
from sqlmodel import Session

from guide_desk.__main__ import main
from guide_desk.db.engine import database_path
from guide_desk.diagnostics.scrub import Scrubber
from guide_desk.logs import setup_logging

PROXY = "http://alice:pr0xy-s3cret@proxy.corp:3128"


def machine_config(text: str) -> None:
    Path(os.environ["GUIDE_DESK_MACHINE_CONFIG"]).write_text(text, encoding="utf-8")


def test_doctor_prints_each_setting_and_its_source(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    machine_config(f'store_code = "SH01"\nproxy_url = "{PROXY}"\n')
    assert main(["doctor", "--json", "--api", "http://127.0.0.1:9"]) == 1  # nothing listens on port 9
    report = json.loads(capsys.readouterr().out)
    settings = report["settings"]
    assert settings["store_code"] == {"value": "SH01", "source": "machine config"}
    assert settings["api_url"] == {"value": "http://127.0.0.1:9", "source": "flag"}
    assert settings["data_dir"] == {"value": str(data_dir), "source": "environment"}
    assert settings["auto_lock_minutes"] == {"value": 10, "source": "default"}
    assert settings["proxy_url"]["value"] == "http://***@proxy.corp:3128"
    assert report["proxy"]["value"].startswith("http://***@proxy.corp:3128")
    assert report["config"] == {"value": "ok", "ok": True, "warning": False}

    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "pr0xy-s3cret" not in out and "alice" not in out
    assert any(line.split() == ["store_code", '"SH01"', "machine", "config"] for line in out.splitlines())


def test_doctor_reports_a_broken_config_instead_of_failing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    machine_config("auto_lock_minutes = 'soon'\n")
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "✗ config" in out and "auto_lock_minutes" in out and "default (config unreadable)" in out


def test_doctor_says_when_the_database_is_from_a_newer_build(engine: Engine, data_dir: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    assert main(["doctor", "--json"]) == 1
    schema = json.loads(capsys.readouterr().out)["schema version"]
    assert not schema["ok"] and "newer Guide Desk" in schema["value"]


def seeded(session: Session, org) -> list[str]:  # type: ignore[no-untyped-def]
    """Customers whose personal data must not leave the PC: names, given names, phones, WeCom ids."""
    from guide_desk.customers.profiles import create_customer

    secrets = []
    for name, phone, wecom in (("欧阳娜娜", "13800138000", "wmSecretWecomId01"),
                               ("Anna Lindqvist", "+44 7911 123456", "wmSecretWecomId02")):
        customer = create_customer(session, owner_guide_id=org.guide.id, by_guide_id=org.guide.id, name=name,
                                   phone_e164=phone, wecom_external_id=wecom)
        session.commit()
        secrets += [name, customer.phone_e164 or "", customer.phone_digits or "", wecom]
    secrets += ["娜娜", "13800138000", "138 0013 8000", "7911123456", "+44 7911 123456"]
    return [s for s in secrets if s]


def test_bundle_has_what_support_needs_and_no_personal_data(session: Session, org, data_dir: Path,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secrets = seeded(session, org)
    session.execute(text("INSERT INTO sync_state (key, value) VALUES ('pull_cursor', '42'), "
                         "('device_token', 'tok-should-not-leak')"))
    session.commit()
    machine_config(f'api_url = "https://hq.example/api"\nproxy_url = "{PROXY}"\n')
    setup_logging(data_dir)
    log = logging.getLogger("guide_desk.test")
    log.info("guide %s signed in", org.guide.id)
    log.error("could not save customer 欧阳娜娜 (娜娜) phone 13800138000 / 138 0013 8000, wecom wmSecretWecomId01")
    log.error("IntegrityError\n[SQL: INSERT INTO customer (name, phone_e164) VALUES (?, ?)]\n"
              "[parameters: ('Anna Lindqvist', '+447911123456')]")
    log.warning("Anna Lindqvist called from +44 7911 123456")
    for handler in logging.getLogger().handlers:
        handler.flush()

    bundle = tmp_path / "support" / "bundle.zip"
    main(["doctor", "--bundle", str(bundle)])
    assert "diagnostics bundle written to" in capsys.readouterr().err
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        assert {"doctor.txt", "doctor.json", "database.json", "versions.json", "config-files.json",
                "logs/guide-desk.log"} <= names
        texts = {name: archive.read(name).decode("utf-8") for name in names}
    everything = "\n".join(texts.values())
    for secret in [*secrets, "pr0xy-s3cret", "alice", "tok-should-not-leak"]:
        assert secret not in everything, secret

    database = json.loads(texts["database.json"])
    assert database["schema_version"] and database["integrity_check"].startswith("ok (quick check")
    assert database["row_counts"]["customer"] == 2 and database["row_counts"]["guide"] == 3
    assert database["sync_state"] == {"pull_cursor": "42", "device_token": "***"}
    versions = json.loads(texts["versions.json"])
    assert versions["python"] and versions["sqlite"] == sqlcipher3.sqlite_version
    assert "PySide6-Essentials" in versions["packages"]
    assert json.loads(texts["doctor.json"])["settings"]["api_url"]["source"] == "machine config"
    assert json.loads(texts["config-files.json"])["machine config"]["values"]["proxy_url"] == "http://***@proxy.corp:3128"
    assert f"guide {org.guide.id} signed in" in texts["logs/guide-desk.log"]  # ids stay: they are not personal
    assert database_path(data_dir).exists()


def test_scrubbing_keeps_ordinary_log_lines() -> None:
    scrubber = Scrubber()
    scrubber.add_names(["张三"])
    line = "2026-11-22 18:49:00,123 INFO guide_desk.db.migrate: backed up to backups/x.sqlite3 before 0001 → 0002"
    assert scrubber.scrub(line) == line
    assert scrubber.scrub("顾客张三下单") == "顾客[redacted]下单"
