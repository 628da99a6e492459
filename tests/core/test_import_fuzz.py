# SPDX-License-Identifier: Apache-2.0
"""Malformed CSV and .xlsx content never crashes an import, never leaves a partial customer, and every
data row is accounted for: imported, a duplicate, or rejected with a row-level message."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from guide_desk.customers.transfer.apply import ImportOptions
from guide_desk.customers.transfer.importer import import_customers
from guide_desk.customers.transfer.reading import read_sheet
from guide_desk.db.tables import Customer, Outbox
from guide_desk.errors import InvalidInput
from guide_desk.model.rules.phones import national_digits
from guide_desk.model.rules.search_columns import given_name, pinyin_keys

HEADERS = ["姓名", "手机号", "生日", "性别", "会员等级", "积分", "标签", "营销同意", "备注", "企业微信ID", "Name", "x"]
CELLS = st.one_of(
    st.sampled_from(["张三", "13800138000", "+86 139 0013 9000", "1990-05-17", "1990/13/40", "女", "金卡", "1,200",
                     "-5", "是", "maybe", "", " ", '"', '""', "a,b", "a;b", "line\nbreak", "\r", "通勤，新客",
                     "x" * 70]),
    st.text(max_size=12),
)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                           HealthCheck.too_slow])


def _check_database(engine: Engine) -> None:
    """Every stored customer is whole: a name, its search columns derived, its create in the outbox."""
    with Session(engine) as session:
        customers = session.scalars(select(Customer)).all()
        created = set(session.scalars(select(Outbox.entity_id).where(Outbox.entity == "customer",
                                                                      Outbox.op == "create")))
    for customer in customers:
        assert customer.name.strip()
        assert (customer.name_pinyin, customer.name_initials) == pinyin_keys(customer.name)
        assert customer.name_given == given_name(customer.name)
        assert customer.phone_digits == (national_digits(customer.phone_e164) if customer.phone_e164 else None)
        assert customer.id in created


def _import_and_check(engine: Engine, org, path: Path) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        before = session.scalar(select(func.count()).select_from(Customer))
    try:
        total = len(read_sheet(path).rows)
        result = import_customers(engine, path=path, options=ImportOptions(
            owner_guide_id=org.guide.id, by_guide_id=None, on_duplicate="update", batch_size=3),
            today=date(2026, 11, 22))
    except InvalidInput as exc:
        assert exc.field in ("file", "map") and exc.problem  # the whole file is refused, saying why
        event(f"refused: {exc.field}")
        return
    finally:
        _check_database(engine)
    event("some rows imported" if result.imported else "no row imported")
    assert result.imported + result.updated + result.duplicates + result.rejected == total
    assert all(r.number >= 2 and r.reason for r in result.rejects)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == before + result.imported


@SETTINGS
@given(headers=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6, unique=True).map(
           lambda h: h if "姓名" in h or len(h) % 3 == 0 else ["姓名", *h]),
       rows=st.lists(st.lists(CELLS, max_size=8), max_size=12),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]), delimiter=st.sampled_from([",", ";", "\t"]),
       garbage=st.binary(max_size=40))
def test_malformed_csv(engine: Engine, org, tmp_path_factory, headers, rows, encoding, delimiter,  # type: ignore[no-untyped-def]
                       garbage) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("fuzz") / "f.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace") + garbage)
    _import_and_check(engine, org, path)


XLSX_CELLS = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
                       st.booleans(), st.dates(min_value=date(1800, 1, 1)),
                       st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 1, 1)),
                       st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=10), CELLS.filter(
                           lambda s: not any(ord(c) < 32 and c not in "\t\n\r" for c in s)))


@SETTINGS
@given(headers=st.lists(st.one_of(st.sampled_from(HEADERS), st.none(), st.integers()), min_size=1, max_size=6).map(
           lambda h: h if len(h) % 3 == 0 else ["Name", *h]),
       rows=st.lists(st.lists(XLSX_CELLS, max_size=7), max_size=10))
def test_malformed_xlsx(engine: Engine, org, tmp_path_factory, headers, rows) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    path = tmp_path_factory.mktemp("fuzz") / "f.xlsx"
    book.save(path)
    _import_and_check(engine, org, path)


def test_a_file_that_is_not_a_workbook_is_refused_by_name(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput, match="broken.xlsx is not a readable .xlsx workbook"):
        import_customers(engine, path=path, options=ImportOptions(owner_guide_id=org.guide.id, by_guide_id=None))
    _check_database(engine)
