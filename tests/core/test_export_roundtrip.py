# SPDX-License-Identifier: Apache-2.0
"""Exports that are safe to open and that import back unchanged: a customer named like a formula stays
text in CSV (a leading quote, OWASP) and in .xlsx (a text cell), the importer undoes exactly the quote the
export added, labels follow the user's language, and a failed write leaves no half file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from guide_desk.accounts.guides import create_guide, create_store
from guide_desk.customers.profiles import create_customer
from guide_desk.customers.tags import create_tag, create_tag_group, customer_tags, tag_customers
from guide_desk.customers.transfer.apply import ImportOptions
from guide_desk.customers.transfer.export import export_customers, write_atomically
from guide_desk.customers.transfer.importer import import_customers
from guide_desk.db.engine import transaction
from guide_desk.db.migrate import open_database
from guide_desk.db.tables import Customer

FORMULA = "=cmd|' /C calc'!A0"
NAMES = (FORMULA, "'=already quoted", "+Plus Minus", "-dash", "@handle", "O'Neil", "'plain quote", "张三")
FIELDS = ("name", "phone_e164", "wecom_external_id", "gender", "birthday", "size_top", "size_bottom", "size_shoe",
          "style_prefs", "tier", "points", "marketing_consent")


@pytest.fixture
def people(engine: Engine, org):  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        group = create_tag_group(session, name="风格")
        tag = create_tag(session, group_id=group.id, name="=SUM(A1)")
        for i, name in enumerate(NAMES):
            customer = create_customer(
                session, owner_guide_id=org.guide.id, by_guide_id=None, name=name, phone_e164=f"1380013800{i}",
                wecom_external_id=f"@wm-{i}" if i % 2 else None, gender="F" if i % 2 else "M",
                birthday=f"199{i}-05-17", size_top="M", size_shoe="37", style_prefs="通勤,=法式",
                tier=("normal", "silver", "gold", "platinum")[i % 4], points=10 * i, marketing_consent=bool(i % 2))
            tag_customers(session, customer_ids=[customer.id], tag_ids=[tag.id], by_guide_id=None)
    return org


def _snapshot(engine: Engine) -> dict[str, tuple[object, ...]]:
    with Session(engine) as session:
        return {c.name: (*(getattr(c, f) for f in FIELDS),
                         tuple(sorted(t.name for t in customer_tags(session, customer_id=c.id))))
                for c in session.scalars(select(Customer))}


def _fresh(tmp_path: Path) -> tuple[Engine, str]:
    engine = open_database(tmp_path / "fresh")
    with transaction(engine) as session:
        store = create_store(session, code="B", name="B")
        owner = create_guide(session, store_id=store.id, login="b", name="B", role="manager")
    return engine, owner.id


@pytest.mark.parametrize(("fmt", "language"), [("csv", "zh_CN"), ("csv", "en"), ("xlsx", "zh_CN"), ("xlsx", "en")])
def test_an_export_imports_back_unchanged(engine: Engine, people, tmp_path: Path, fmt: str, language: str) -> None:
    path = tmp_path / f"out.{fmt}"
    with transaction(engine) as session:
        assert export_customers(session, path=path, fmt=fmt, by_guide_id=people.manager.id,  # type: ignore[arg-type]
                                language=language) == len(NAMES)
    fresh, owner_id = _fresh(tmp_path)
    try:
        result = import_customers(fresh, path=path, options=ImportOptions(owner_guide_id=owner_id, by_guide_id=None))
        assert result.counts() == {"imported": len(NAMES), "updated": 0, "rejected": 0, "duplicates": 0}
        assert _snapshot(fresh) == _snapshot(engine)
    finally:
        fresh.dispose()


def test_csv_cells_that_look_like_formulas_start_with_a_quote(engine: Engine, people, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with transaction(engine) as session:
        export_customers(session, path=path, fmt="csv", by_guide_id=people.manager.id, language="en")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [row["Name"] for row in rows]
    assert "'" + FORMULA in names and "''=already quoted" in names and "'+Plus Minus" in names
    assert "'-dash" in names and "'@handle" in names and "O'Neil" in names and "'plain quote" in names
    assert all(row["Tags"] == "'=SUM(A1)" for row in rows)
    assert {row["Tier"] for row in rows} == {"Member", "Silver", "Gold", "Platinum"}
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row.values())


def test_xlsx_cells_are_text_never_formulas(engine: Engine, people, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    with transaction(engine) as session:
        export_customers(session, path=path, fmt="xlsx", by_guide_id=people.manager.id, language="zh_CN")
    sheet = load_workbook(path).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    formula = next(cell for cell in cells if cell.value == FORMULA)
    assert formula.data_type == "s"
    assert [c.value for c in sheet[1]][:3] == ["姓名", "手机号", "企业微信ID"]
    assert {sheet.cell(row=r, column=10).value for r in range(2, sheet.max_row + 1)} == {"普通会员", "银卡", "金卡",
                                                                                          "白金卡"}


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "customers.csv"
    target.write_text("old", encoding="utf-8")

    def half_then_fail(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half of a new file")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old" and [p.name for p in tmp_path.iterdir()] == ["customers.csv"]
