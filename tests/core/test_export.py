# SPDX-License-Identifier: Apache-2.0
"""Exports: CSV that Excel opens (BOM) and that imports again, .xlsx, vCard 4.0; managers only by policy;
every export audited without personal data."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from guide_desk.customers.profiles import create_customer
from guide_desk.customers.tags import create_tag, create_tag_group, tag_customers
from guide_desk.customers.transfer.apply import ImportOptions
from guide_desk.customers.transfer.export import export_customers, format_for
from guide_desk.customers.transfer.importer import import_customers
from guide_desk.db.engine import transaction
from guide_desk.db.migrate import open_database
from guide_desk.db.tables import AuditEvent
from guide_desk.errors import InvalidInput, NotAllowed


@pytest.fixture
def people(engine: Engine, org):  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        group = create_tag_group(session, name="风格")
        tag = create_tag(session, group_id=group.id, name="通勤")
        zhang = create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="张三",
                                phone_e164="13800138000", birthday="1990-05-17", gender="F", tier="gold", points=12,
                                marketing_consent=True)
        create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="Li, Anna; \"A\"")
        tag_customers(session, customer_ids=[zhang.id], tag_ids=[tag.id], by_guide_id=None)
    return org


def _export(engine: Engine, path: Path, fmt, guide_id: str | None) -> int:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        return export_customers(session, path=path, fmt=fmt, by_guide_id=guide_id)


def test_csv_has_a_bom_chinese_headers_and_imports_again(engine: Engine, people, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert _export(engine, path, "csv", people.manager.id) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    zhang = next(r for r in rows if r["姓名"] == "张三")
    assert (zhang["手机号"], zhang["生日"], zhang["性别"], zhang["标签"], zhang["营销同意"]) == (
        "13800138000", "1990-05-17", "女", "通勤", "是")
    fresh = open_database(tmp_path / "other")
    try:
        with transaction(fresh) as session:
            from guide_desk.accounts.guides import create_guide, create_store

            store = create_store(session, code="B", name="B")
            owner = create_guide(session, store_id=store.id, login="b", name="B")
        result = import_customers(fresh, path=path, options=ImportOptions(owner_guide_id=owner.id, by_guide_id=None))
        assert result.counts() == {"imported": 2, "updated": 0, "rejected": 0, "duplicates": 0}
    finally:
        fresh.dispose()


def test_xlsx_keeps_phones_as_text(engine: Engine, people, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    _export(engine, path, "xlsx", people.manager.id)
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("姓名", "手机号") and len(rows) == 3
    assert ("张三", "13800138000") in [r[:2] for r in rows]


def test_vcard_4_escapes_text(engine: Engine, people, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    _export(engine, path, "vcf", people.manager.id)
    text = path.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 2 and text.count("END:VCARD\r\n") == 2
    assert "FN:张三\r\nN:张;三;;;\r\n" in text and "TEL;VALUE=uri;TYPE=cell:tel:+8613800138000" in text
    assert "BDAY:19900517" in text and "CATEGORIES:通勤" in text
    assert 'FN:Li\\, Anna\\; "A"' in text


def test_guides_may_not_export_by_default_and_exports_are_audited(engine: Engine, people, tmp_path: Path) -> None:
    with pytest.raises(NotAllowed, match="managers"):
        _export(engine, tmp_path / "x.csv", "csv", people.guide.id)
    assert not (tmp_path / "x.csv").exists()
    with transaction(engine) as session:
        export_customers(session, path=tmp_path / "y.csv", fmt="csv", by_guide_id=people.guide.id,
                         requires_manager=False)
    _export(engine, tmp_path / "z.csv", "csv", people.manager.id)
    with Session(engine) as session:
        audits = session.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert [(a.guide_id, a.detail["count"]) for a in audits] == [(people.guide.id, 2), (people.manager.id, 2)]
    assert all("张三" not in str(a.detail) for a in audits)


def test_format_comes_from_the_flag_or_the_suffix() -> None:
    assert format_for(Path("a.VCF"), None) == "vcf"
    assert format_for(Path("a.txt"), "xlsx") == "xlsx"
    with pytest.raises(InvalidInput, match="pass --format"):
        format_for(Path("a.txt"), None)
