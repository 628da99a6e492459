# SPDX-License-Identifier: Apache-2.0
"""A customer's data request (everything, JSON and readable CSV), erasure that leaves no personal data
behind locally but keeps the history and tells sync, and the retention rule for archived customers."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest
from builders import Shop
from sqlalchemy import text
from sqlmodel import Session, col, select

from guide_desk.clock import utcnow
from guide_desk.customers.notes import add_note
from guide_desk.customers.privacy import PLACEHOLDER, apply_retention, erase_customer, export_customer_data, is_erased
from guide_desk.customers.profiles import archive_customer
from guide_desk.customers.search import CustomerQuery, search_customer_ids
from guide_desk.db.tables import AuditEvent, Customer, Note, Outbox, Purchase
from guide_desk.errors import InvalidInput, NotAllowed


@pytest.fixture
def shop(session: Session, org) -> Shop:  # type: ignore[no-untyped-def]
    return Shop(session, org)


def test_data_request_exports_everything_about_one_customer(session: Session, shop: Shop, tmp_path: Path) -> None:
    zhang = shop.customer("张丽", phone_e164="13800138000", tier="gold")
    shop.buy(zhang, 3)
    add_note(session, customer_id=zhang.id, body="喜欢羊绒", by_guide_id=shop.org.guide.id)
    with pytest.raises(NotAllowed):
        export_customer_data(session, customer_id=zhang.id, folder=tmp_path, by_guide_id=shop.org.guide.id)
    as_json, as_html, as_csv = export_customer_data(session, customer_id=zhang.id, folder=tmp_path,
                                                    by_guide_id=shop.org.manager.id)
    data = json.loads(as_json.read_text(encoding="utf-8"))
    assert data["customer"]["phone_e164"] == "+8613800138000" and data["notes"][0]["body"] == "喜欢羊绒"
    assert data["purchases"][0]["lines"][0]["product"] == "羊毛大衣" and data["consent"][0]["granted"] is True
    with as_csv.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert ["基本信息", "1", "姓名", "张丽"] in lines and ["备注", "1", "内容", "喜欢羊绒"] in lines
    assert ["基本信息", "1", "会员等级", "金卡"] in lines
    assert not any(field in ("phone_rev", "total_spent_fen", "name_pinyin") for _, _, field, _ in lines)
    page = as_html.read_text(encoding="utf-8")
    assert "我们保存的您的个人信息" in page and "金卡" in page and "羊毛大衣" in page and "¥" in page
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "data_request")).one()
    assert audit.entity_id == zhang.id and "张丽" not in json.dumps(audit.detail, ensure_ascii=False)


def test_data_request_report_in_english_with_money_and_tier_names(session: Session, shop: Shop,
                                                                   tmp_path: Path) -> None:
    anna = shop.customer("Anna Li", phone_e164="13800138000", tier="platinum", gender="F")
    shop.buy(anna, 3, price_fen=129_900)
    add_note(session, customer_id=anna.id, body="=HYPERLINK(\"x\")  <b>bold</b>", by_guide_id=None)
    _json, as_html, as_csv = export_customer_data(session, customer_id=anna.id, folder=tmp_path,
                                                  by_guide_id=shop.org.manager.id, language="en")
    page = as_html.read_text(encoding="utf-8")
    assert "Personal data held about you" in page and "Platinum" in page and "female" in page
    assert "¥1,299.00" in page and "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold" not in page
    with as_csv.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert ["Profile", "1", "Tier", "Platinum"] in lines
    assert any(line[:3] == ["Notes", "1", "Text"] and line[3].startswith("'=HYPERLINK") for line in lines)


def test_erase_purges_personal_data_keeps_history_and_queues_the_erasure(session: Session, shop: Shop) -> None:
    zhang = shop.customer("张丽", phone_e164="13800138000", wecom_external_id="wm-9")
    shop.buy(zhang, 3)
    add_note(session, customer_id=zhang.id, body="住在静安寺附近", by_guide_id=None)
    erase_customer(session, customer_id=zhang.id, by_guide_id=shop.org.manager.id)
    customer = session.get(Customer, zhang.id)
    assert customer is not None and customer.archived_at is not None and is_erased(session, customer_id=zhang.id)
    assert (customer.name, customer.phone_e164, customer.phone_digits, customer.wecom_external_id,
            customer.birthday, customer.name_pinyin, customer.size_top) == (PLACEHOLDER, None, None, None, None, "",
                                                                             None)
    assert session.exec(select(Note.body).where(Note.customer_id == zhang.id)).all() == [""]
    assert session.exec(select(Purchase).where(Purchase.customer_id == zhang.id)).all()  # sales history stays
    assert not search_customer_ids(session, query=CustomerQuery(text="1380013", include_archived=True))
    last = session.exec(select(Outbox).order_by(col(Outbox.mutation_id).desc())).first()
    assert last is not None and (last.entity_id, last.op) == (zhang.id, "erase")
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "erase")).one()
    assert audit.detail == {"reason": "request"}


    for table in ("customer", "note", "audit_event", "task", "appointment", "outbox"):
        rows = session.execute(text(f"SELECT * FROM {table}")).all()
        assert "张丽" not in repr(rows) and "13800138000" not in repr(rows) and "静安寺" not in repr(rows), table
    with pytest.raises(InvalidInput, match="already erased"):
        erase_customer(session, customer_id=zhang.id, by_guide_id=None)


def test_retention_erases_customers_archived_long_ago(session: Session, shop: Shop) -> None:
    old, recent, active = shop.customer("甲"), shop.customer("乙"), shop.customer("丙")
    for customer in (old, recent):
        archive_customer(session, customer_id=customer.id, by_guide_id=None)
    old.archived_at = utcnow() - timedelta(days=400)
    session.add(old)
    session.flush()
    assert apply_retention(session, months=0) == 0
    assert apply_retention(session, months=12) == 1
    assert is_erased(session, customer_id=old.id) and not is_erased(session, customer_id=recent.id)
    assert session.get(Customer, active.id).name == "丙"  # type: ignore[union-attr]
    assert apply_retention(session, months=12) == 0
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "erase")).one()
    assert audit.detail == {"reason": "retention"}
