# SPDX-License-Identifier: Apache-2.0
"""Importing customers from the files stores really have: GBK and BOM CSVs, semicolons, quoted newlines,
.xlsx from openpyxl, 10,000 rows with 3% bad ones; duplicates skipped, updated or merged; whole batches."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

from guide_desk.bench.transfer import write_customers_csv
from guide_desk.customers.profiles import create_customer
from guide_desk.customers.tags import customer_tags
from guide_desk.customers.transfer.apply import ImportOptions
from guide_desk.customers.transfer.importer import import_customers, preview_file
from guide_desk.customers.transfer.mapping import remembered_mapping
from guide_desk.customers.transfer.reading import read_sheet
from guide_desk.customers.transfer.rejects import write_rejects
from guide_desk.db.engine import transaction
from guide_desk.db.tables import AuditEvent, ConsentEvent, Customer, Note, Outbox
from guide_desk.errors import InvalidInput

TODAY = date(2026, 11, 22)
HEADER = "姓名,手机号,生日,性别,会员等级,积分,标签,营销同意,备注\n"
ROWS = ("王小明,138 0013 8111,1990/5/17,女,金卡,\"1,200\",通勤，新客,是,老顾客\n"
        "韩梅梅,+86 139 1234 5678,19851120,男,,,,否,\n")


def _options(org, **kw) -> ImportOptions:  # type: ignore[no-untyped-def]
    return ImportOptions(owner_guide_id=org.guide.id, by_guide_id=org.manager.id, **kw)


def _run(engine: Engine, org, path: Path, **kw):  # type: ignore[no-untyped-def]
    overrides = kw.pop("overrides", None)
    return import_customers(engine, path=path, options=_options(org, **kw), overrides=overrides, today=TODAY)


def _customers(engine: Engine) -> dict[str, Customer]:
    with Session(engine) as session:
        return {c.name: c for c in session.scalars(select(Customer))}


def test_gbk_csv_with_chinese_headers_imports_every_field(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "pos.csv"
    path.write_bytes((HEADER + ROWS).encode("gbk"))
    result = _run(engine, org, path)
    assert result.counts() == {"imported": 2, "updated": 0, "rejected": 0, "duplicates": 0}
    wang = _customers(engine)["王小明"]
    assert (wang.phone_e164, wang.birthday, wang.gender, wang.tier, wang.points, wang.marketing_consent) == (
        "+8613800138111", date(1990, 5, 17), "F", "gold", 1200, True)
    with Session(engine) as session:
        assert sorted(t.name for t in customer_tags(session, customer_id=wang.id)) == ["新客", "通勤"]
        assert session.scalars(select(Note.body).where(Note.customer_id == wang.id)).all() == ["老顾客"]
        assert session.scalar(select(func.count()).select_from(ConsentEvent).where(
            ConsentEvent.customer_id == wang.id, ConsentEvent.source == "import")) == 1
        ops = session.execute(select(Outbox.op, Outbox.entity).where(Outbox.entity_id == wang.id)).all()
        assert ("create", "customer") in ops and ("tags", "customer") in ops
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).one()  # one batch
        assert audit.detail["imported"] == 2 and "王小明" not in str(audit.detail)


def test_search_columns_match_what_the_profile_service_derives(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("姓名,手机号\n欧阳娜娜,13912345678\nAnna Li,\n", encoding="utf-8")
    _run(engine, org, path)
    with transaction(engine) as session:
        by_hand = create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="欧阳娜娜",
                                  phone_e164="+85291234567")
        manual = {k: getattr(by_hand, k) for k in ("name_pinyin", "name_initials", "name_given")}
    with Session(engine) as session:
        nana = session.scalars(select(Customer).where(Customer.phone_e164 == "+8613912345678")).one()
    imported = _customers(engine)
    assert {k: getattr(nana, k) for k in manual} == manual
    assert (nana.phone_digits, nana.phone_rev) == ("13912345678", "87654321931")
    anna = imported["Anna Li"]
    assert (anna.name_pinyin, anna.name_initials, anna.name_given, anna.phone_digits) == ("annali", "al", "", None)


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ","), ("gb18030", ";"), ("utf-8", "\t")])
def test_encodings_and_separators_are_detected(engine: Engine, org, tmp_path: Path, encoding: str,
                                               delimiter: str) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes((HEADER + ROWS).replace(",", delimiter).replace("\"1" + delimiter + "200\"", "1200")
                     .encode(encoding))
    sheet = read_sheet(path)
    assert sheet.headers[:2] == ["姓名", "手机号"] and sheet.delimiter == delimiter
    assert _run(engine, org, path).imported == 2


def test_quoted_newlines_stay_in_one_cell_and_rows_keep_their_numbers(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('姓名,手机号,备注\n"张三",13800138000,"第一行\n第二行"\n李四,oops,\n', encoding="utf-8")
    result = _run(engine, org, path)
    assert result.imported == 1 and [(r.number, r.column) for r in result.rejects] == [(3, "手机号")]
    with Session(engine) as session:
        assert session.scalars(select(Note.body)).one() == "第一行\n第二行"


def test_xlsx_made_with_openpyxl(engine: Engine, org, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Phone", "Birthday", "Tier", "Points", "Tags"])
    sheet.append(["Lily Chen", 13800138000, datetime(1992, 3, 4), "silver", 300, "通勤"])
    sheet.append(["周杰", "+86 150 0000 5555", "1988-08-08", "gold", 12.5, ""])
    path = tmp_path / "book.xlsx"
    book.save(path)
    result = _run(engine, org, path)
    assert result.imported == 1
    assert [(r.number, r.column) for r in result.rejects] == [(3, "Points")]
    lily = _customers(engine)["Lily Chen"]
    assert (lily.phone_e164, lily.birthday, lily.tier, lily.points) == ("+8613800138000", date(1992, 3, 4),
                                                                        "silver", 300)


def test_ten_thousand_rows_with_three_percent_bad(engine: Engine, org, tmp_path: Path) -> None:
    path = write_customers_csv(tmp_path / "big.csv", 10_000, seed=3, bad_share=0.03)
    result = _run(engine, org, path, batch_size=1000)
    assert 250 <= result.rejected <= 350
    assert result.imported == 10_000 - result.rejected
    assert all(r.column == "手机号" and "phone" in r.reason for r in result.rejects)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == result.imported
    rejects = write_rejects(tmp_path / "rejects.csv", headers=read_sheet(path).headers, rejects=result.rejects)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:4] == ["rejected_row", "rejected_column", "rejected_reason", "姓名"]
    assert len(lines) == result.rejected + 1 and all(line[3] for line in lines[1:])
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(lines[0])
        for number, line in enumerate(lines[1:]):
            writer.writerow([*line[:4], f"199{number:08d}", *line[5:]])
    again = _run(engine, org, fixed)
    assert (again.imported, again.rejected) == (result.rejected, 0)


def test_duplicates_skip_update_or_merge(engine: Engine, org, tmp_path: Path) -> None:
    with transaction(engine) as session:
        create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="王小明",
                        phone_e164="13800138111", size_top="M")
    path = tmp_path / "d.csv"
    path.write_text("姓名,手机号,上衣尺码,鞋码,标签\n王晓明,13800138111,L,37,新客\n", encoding="utf-8")
    skipped = _run(engine, org, path)
    assert skipped.counts() == {"imported": 0, "updated": 0, "rejected": 0, "duplicates": 1}
    merged = _run(engine, org, path, on_duplicate="merge")
    customer = _customers(engine)["王小明"]
    assert merged.updated == 1 and (customer.size_top, customer.size_shoe) == ("M", "37")
    updated = _run(engine, org, path, on_duplicate="update")
    customers = _customers(engine)
    assert updated.updated == 1 and "王小明" not in customers
    assert (customers["王晓明"].size_top, customers["王晓明"].name_pinyin) == ("L", "wangxiaoming")
    with Session(engine) as session:
        assert [t.name for t in customer_tags(session, customer_id=customers["王晓明"].id)] == ["新客"]


def test_a_row_repeating_a_phone_of_the_file_is_rejected_naming_the_first(engine: Engine, org,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("姓名,手机号\n甲,13800138000\n乙,+86 138-0013-8000\n", encoding="utf-8")
    result = _run(engine, org, path)
    assert result.imported == 1 and result.rejects[0].reason == "same phone as row 2"


def test_dry_run_stores_nothing_and_reports_the_same_counts(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(HEADER + ROWS + "坏,123,,,,,,,\n", encoding="utf-8")
    dry = _run(engine, org, path, dry_run=True)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
        assert session.scalar(select(func.count()).select_from(Outbox)) == 0
    assert dry.counts() == _run(engine, org, path).counts() == {"imported": 2, "updated": 0, "rejected": 1,
                                                                  "duplicates": 0}


def test_cancel_keeps_whole_batches_only(engine: Engine, org, tmp_path: Path) -> None:
    path = write_customers_csv(tmp_path / "c.csv", 2_500)
    calls: list[int] = []
    result = import_customers(engine, path=path, options=_options(org, batch_size=1000), today=TODAY,
                              progress=lambda done, total: calls.append(done), cancel=lambda: len(calls) >= 2)
    assert result.cancelled and calls == [1000, 2000]
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 2000
        assert session.scalar(select(func.count()).select_from(Outbox).where(Outbox.op == "create",
                                                                              Outbox.entity == "customer")) == 2000


def test_mapping_overrides_are_remembered_for_the_same_headers(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("客户代码,联系人,号码\nA1,张三,13800138000\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="name"):
        _run(engine, org, path)
    _run(engine, org, path, overrides={"联系人": "name", "号码": "phone"})
    with Session(engine) as session:
        assert remembered_mapping(session, headers=["客户代码", "联系人", "号码"]) == {
            "客户代码": "", "联系人": "name", "号码": "phone_e164"}
    preview = preview_file(engine, path=path)
    assert preview.remembered and preview.mapping == {"联系人": "name", "号码": "phone_e164"}
    assert [row.cells for row in preview.first_rows] == [["A1", "张三", "13800138000"]]


def test_a_row_the_database_refuses_is_rejected_alone_and_its_batch_stays_whole(engine: Engine, org,
                                                                                tmp_path: Path) -> None:
    """A write failing halfway through a batch (here a trigger on notes) leaves nothing of the row at fault —
    no customer without its note, no outbox row — and the rest of its batch is written whole, audited."""
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON note WHEN NEW.body = 'boom' "
                                   "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    lines = "".join(f"客户{i},1380013{i:04d},{'boom' if i == 3 else ''}\n" for i in range(6))
    path = tmp_path / "t.csv"
    path.write_text("姓名,手机号,备注\n" + lines, encoding="utf-8")
    result = _run(engine, org, path, batch_size=2)
    assert result.counts() == {"imported": 5, "updated": 0, "rejected": 1, "duplicates": 0}
    assert [(r.number, r.code) for r in result.rejects] == [(5, "batch_refused")]
    assert "disk says no" in result.rejects[0].reason and result.rejects[0].cells == ("客户3", "13800130003", "boom")
    with Session(engine) as session:
        assert sorted(session.scalars(select(col(Customer.name)))) == ["客户0", "客户1", "客户2", "客户4", "客户5"]
        assert session.scalar(select(func.count()).select_from(Outbox).where(Outbox.entity == "customer")) == 5
        audits = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
    assert sorted((a.detail["batch"], a.detail["imported"], a.detail["rejected"]) for a in audits) == [
        (1, 2, 0), (2, 1, 1), (3, 2, 0)]
