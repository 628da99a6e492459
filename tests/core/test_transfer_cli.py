# SPDX-License-Identifier: Apache-2.0
"""`guide-desk import customers …` and `guide-desk export customers …` as DESIGN.md §7 promises them,
on real files: --json counts, --on-duplicate, --rejects, --map, --dry-run, exit codes naming the problem."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from guide_desk.__main__ import main
from guide_desk.db.migrate import open_database
from guide_desk.db.tables import AuditEvent, Customer

GBK_FILE = "姓名,手机号,生日,会员等级\n王小明,13800138111,1990-05-17,金卡\n韩梅梅,13912345678,,\n坏行,12,,\n"


@pytest.fixture
def store_dir(tmp_path: Path, engine, org) -> Path:  # type: ignore[no-untyped-def]
    engine.dispose()
    return tmp_path / "data"


def _json(capsys) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_import_json_duplicates_and_rejects(store_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pos.csv"
    source.write_bytes(GBK_FILE.encode("gbk"))
    rejects = tmp_path / "rejects.csv"
    args = ["import", "customers", str(source), "--data-dir", str(store_dir), "--json"]
    assert main([*args, "--dry-run"]) == 0
    assert _json(capsys) == {"imported": 2, "updated": 0, "rejected": 1, "duplicates": 0}
    assert main([*args, "--rejects", str(rejects)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"imported": 2, "updated": 0, "rejected": 1, "duplicates": 0}
    assert "row 4, column 手机号" in captured.err
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:4] == ["4", "手机号", "'12' is not a valid phone number", "坏行"]
    assert main(args) == 0 and _json(capsys)["duplicates"] == 2
    source.write_bytes("姓名,手机号,会员等级\n王小明,13800138111,白金\n".encode("gbk"))
    assert main([*args, "--on-duplicate", "update"]) == 0
    assert _json(capsys) == {"imported": 0, "updated": 1, "rejected": 0, "duplicates": 0}
    engine = open_database(store_dir)
    with Session(engine) as session:
        assert session.scalar(select(Customer.tier).where(Customer.name == "王小明")) == "platinum"
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "import")) == 3
    engine.dispose()


def test_map_option_and_bad_input_exit_2(store_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "odd.csv"
    source.write_text("联系人;号码\n张三;13800138000\n", encoding="utf-8")
    base = ["import", "customers", str(source), "--data-dir", str(store_dir), "--json"]
    assert main(base) == 2 and "use --map COLUMN=name" in capsys.readouterr().err
    assert main([*base, "--map", "联系人=name,号码=phone"]) == 0
    assert _json(capsys)["imported"] == 1
    assert main([*base, "--map", "电话=phone"]) == 2 and "no column '电话'" in capsys.readouterr().err
    assert main([*base, "--map", "号码=shoe"]) == 2 and "'shoe' is not a customer field" in capsys.readouterr().err
    missing = ["import", "customers", str(tmp_path / "nope.csv"), "--data-dir", str(store_dir)]
    assert main(missing) == 2 and "does not exist" in capsys.readouterr().err
    all_bad = tmp_path / "bad.csv"
    all_bad.write_text("姓名,手机号\n甲,1\n", encoding="utf-8")
    assert main(["import", "customers", str(all_bad), "--data-dir", str(store_dir)]) == 2


def test_export_formats_from_flag_or_suffix_and_is_audited(store_dir: Path, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
                                                           ) -> None:
    source = tmp_path / "a.csv"
    source.write_text("姓名,手机号\n张三,13800138000\n", encoding="utf-8-sig")
    assert main(["import", "customers", str(source), "--data-dir", str(store_dir)]) == 0
    for out, extra in ((tmp_path / "c.csv", []), (tmp_path / "c.xlsx", []), (tmp_path / "c.txt", ["--format", "vcf"])):
        assert main(["export", "customers", "--data-dir", str(store_dir), "--out", str(out), *extra]) == 0
        assert out.stat().st_size > 0
    assert "BEGIN:VCARD" in (tmp_path / "c.txt").read_text(encoding="utf-8")
    assert main(["export", "customers", "--data-dir", str(store_dir), "--out", str(tmp_path / "c.pdf")]) == 2
    engine = open_database(store_dir)
    with Session(engine) as session:
        audits = session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    engine.dispose()
    assert [(a.guide_id, a.detail["via"], a.detail["format"]) for a in audits] == [
        (None, "cli", "csv"), (None, "cli", "xlsx"), (None, "cli", "vcf")]


@pytest.mark.usefixtures("no_keyring")
def test_the_installed_command(store_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "bom.csv"
    source.write_text("Name,Phone,Tags\nLily,13800138000,通勤\n", encoding="utf-8-sig")
    done = subprocess.run([sys.executable, "-m", "guide_desk", "import", "customers", str(source), "--data-dir",
                           str(store_dir), "--json"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"imported": 1, "updated": 0, "rejected": 0, "duplicates": 0}


def test_a_pos_file_of_phones_and_tiers_updates_from_the_command_line(store_dir: Path, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
                                                                      ) -> None:
    source = tmp_path / "members.csv"
    source.write_bytes("姓名,手机号\n王小明,13800138111\n韩梅梅,13912345678\n".encode("gbk"))
    args = ["import", "customers", "--data-dir", str(store_dir), "--json"]
    assert main([*args[:2], str(source), *args[2:]]) == 0 and _json(capsys)["imported"] == 2
    tiers = tmp_path / "tiers.csv"
    tiers.write_bytes("手机号,会员等级\n13800138111,金卡\n13912345678,银卡\n13700001234,金卡\n".encode("gbk"))
    assert main([*args[:2], str(tiers), *args[2:], "--on-duplicate", "update"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"imported": 0, "updated": 2, "rejected": 1, "duplicates": 0}
    assert "row 4: matches no customer here and has no name to create one" in captured.err
    engine = open_database(store_dir)
    with Session(engine) as session:
        tiers_now = {name: tier for name, tier in session.execute(select(Customer.name, Customer.tier))}
    assert tiers_now == {"王小明": "gold", "韩梅梅": "silver"}
    engine.dispose()


def test_reasons_and_export_headers_follow_the_config_locale(store_dir: Path, tmp_path: Path, capsys,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    monkeypatch.setenv("GUIDE_DESK_LOCALE", "zh_CN")
    source = tmp_path / "pos.csv"
    source.write_bytes(GBK_FILE.encode("gbk"))
    rejects = tmp_path / "rejects.csv"
    assert main(["import", "customers", str(source), "--data-dir", str(store_dir), "--rejects", str(rejects)]) == 0
    assert "第 4 行，“手机号”列：“12”不是有效的手机号" in capsys.readouterr().err
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:3] == ["4", "手机号", "“12”不是有效的手机号"]
    monkeypatch.setenv("GUIDE_DESK_LOCALE", "en")
    out = tmp_path / "customers.csv"
    assert main(["export", "customers", "--data-dir", str(store_dir), "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["Name"], r["Tier"]) for r in rows} == {("王小明", "Gold"), ("韩梅梅", "Member")}


def test_no_guides_yet_says_what_to_run(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.db import replica

    data_dir = tmp_path / "fresh"
    engine = open_database(data_dir)
    engine.dispose()
    source = tmp_path / "a.csv"
    source.write_text("姓名\n张三\n", encoding="utf-8")
    args = ["import", "customers", str(source), "--data-dir", str(data_dir)]
    assert main(args) == 2 and "enrol it" in capsys.readouterr().err
    engine = open_database(data_dir)
    with Session(engine) as session:
        replica.set_state(session, "store_code", "SH01")
        replica.set_state(session, "device_id", "d-1")
        replica.set_state(session, "guide_login", "m1")
        session.commit()
    engine.dispose()
    err = capsys.readouterr().err if main(args) == 2 else ""
    assert "enrolled and signed in" in err and "guide-desk sync --once" in err
