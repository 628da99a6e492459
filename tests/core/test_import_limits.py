# SPDX-License-Identifier: Apache-2.0
"""Files that would tie an import up or abort it half-way: a workbook whose one stray cell sits at
XFD1048576, a decompression bomb, and rows that would create tags beyond WeCom's limit in the middle of a
file. Each answers quickly with a clear message, or rejects just the rows at fault."""

from __future__ import annotations

import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlmodel import Session

from guide_desk.customers.tags import MAX_TAGS, create_tag_group
from guide_desk.customers.transfer.apply import ImportOptions
from guide_desk.customers.transfer.importer import import_customers
from guide_desk.customers.transfer.reasons import FileRefused
from guide_desk.customers.transfer.workbook import MAX_UNPACKED_MB
from guide_desk.db.engine import transaction
from guide_desk.db.tables import AuditEvent, Customer, Tag
from guide_desk.ids import uuid7


def _options(org, **kw) -> ImportOptions:  # type: ignore[no-untyped-def]
    return ImportOptions(owner_guide_id=org.guide.id, by_guide_id=org.manager.id, **kw)


def _workbook(path: Path, far_cell: str | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机号"])
    sheet.append(["张三", "13800138000"])
    if far_cell:
        sheet[far_cell] = "x"
    book.save(path)
    return path


def test_a_stray_cell_at_xfd1048576_is_refused_at_once_naming_the_cell(engine: Engine, org, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "far.xlsx", "XFD1048576")
    assert path.stat().st_size < 10_000
    started = time.perf_counter()
    with pytest.raises(FileRefused) as caught:
        import_customers(engine, path=path, options=_options(org))
    assert time.perf_counter() - started < 5
    assert caught.value.code == "xlsx_too_wide"
    assert "XFD1048576" in caught.value.problem and "500000 rows × 200 columns" in caught.value.problem


def test_a_far_empty_styled_cell_does_not_stop_the_import(engine: Engine, org, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import Font

    path = _workbook(tmp_path / "styled.xlsx")
    book = load_workbook(path)
    book.active["XFD1048576"].font = Font(bold=True)  # formatted, holds nothing
    book.save(path)
    started = time.perf_counter()
    assert import_customers(engine, path=path, options=_options(org)).imported == 1
    assert time.perf_counter() - started < 5


def test_a_decompression_bomb_is_refused_before_it_is_unpacked(engine: Engine, org, tmp_path: Path) -> None:
    small = _workbook(tmp_path / "small.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    row = b"<row>" + b"<c t=\"inlineStr\"><is><t>aaaaaaaa</t></is></c>" * 40 + b"</row>"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                            b"<sheetData>")
                chunk = row * 1000
                for _ in range(248 * 1024 * 1024 // len(chunk)):
                    sheet.write(chunk)
                sheet.write(b"</sheetData></worksheet>")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(FileRefused) as caught:
        import_customers(engine, path=bomb, options=_options(org))
    assert time.perf_counter() - started < 5
    assert caught.value.code == "xlsx_too_big" and f"limit of {MAX_UNPACKED_MB} MB" in caught.value.problem


def test_rows_with_tags_past_wecom_limit_mid_file_are_rejected_alone(engine: Engine, org, tmp_path: Path) -> None:
    with transaction(engine) as session:
        group = create_tag_group(session, name="老标签")
        session.execute(insert(Tag), [{"id": uuid7(), "group_id": group.id, "name": f"t{i}", "color": ""}
                                      for i in range(MAX_TAGS - 2)])
    lines = []
    for i in range(2500):
        tags = {2100: "新A，新B，新C", 2200: "新A", 2300: "新D，新E", 2400: "新D"}.get(i, "t1")
        lines.append(f"客户{i},1380013{i:04d},{tags}\n")
    path = tmp_path / "tags.csv"
    path.write_text("姓名,手机号,标签\n" + "".join(lines), encoding="utf-8")
    result = import_customers(engine, path=path, options=_options(org))
    assert result.counts() == {"imported": 2498, "updated": 0, "rejected": 2, "duplicates": 0}
    assert [(r.number, r.column, r.code) for r in result.rejects] == [(2102, "标签", "too_many_tags"),
                                                                       (2302, "标签", "too_many_tags")]
    assert result.rejects[0].describe() == "row 2102, column 标签: would create new tags beyond WeCom's limit of " \
                                           "3000 tags"
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Tag)) == MAX_TAGS
        assert session.scalar(select(func.count()).select_from(Customer)) == 2498
        audits = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
    assert sorted(a.detail["batch"] for a in audits) == [1, 2, 3]
    assert sum(a.detail["imported"] for a in audits) == 2498 and sum(a.detail["rejected"] for a in audits) == 2


def test_every_row_problem_is_a_rejected_row_with_its_column(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "problems.csv"
    path.write_text(
        "姓名,手机号,会员等级,生日,标签,上衣尺码,积分\n"
        f"{'长' * 70},13800138000,,,,,\n"
        "甲,13800138001,钻石王老五,,,,\n"
        "乙,13800138002,,1990-02-30,,,\n"
        f"丙,13800138003,,,{'标' * 31},,\n"
        "丁,13800138004,,,,XXXXXXXXXL,\n"
        "戊,13800138005,,2099-01-01,,,-3\n"
        "己,13800138006,金卡,1990-01-01,通勤,M,10\n", encoding="utf-8")
    result = import_customers(engine, path=path, options=_options(org), today=date(2026, 11, 22))
    assert result.imported == 1
    assert [(r.number, r.columns, r.code) for r in result.rejects] == [
        (2, "姓名", "too_long"), (3, "会员等级", "bad_tier"), (4, "生日", "bad_date"), (5, "标签", "tag_too_long"),
        (6, "上衣尺码", "too_long"), (7, "生日; 积分", "future_date")]
    assert result.rejects[-1].reason == "2099-01-01 is in the future; '-3' is negative"
    assert result.rejects[-1].describe("zh_CN") == "第 7 行，“生日; 积分”列：2099-01-01 是将来的日期；“-3”是负数" \
        .replace("；", "; ")
