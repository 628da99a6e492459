# SPDX-License-Identifier: Apache-2.0
"""Duplicate candidates and merging: per-field choice, tags united, history moved, the other record
archived, and sync told in order (survivor update, then merge)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from builders import Shop
from sqlmodel import Session, col, select

from guide_desk.appointments.service import book_appointment
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.duplicates import candidate_pairs
from guide_desk.customers.merge import merge_customers, merge_preview
from guide_desk.customers.notes import add_note
from guide_desk.customers.tags import create_tag, create_tag_group, customer_tags, tag_customers
from guide_desk.db.tables import AuditEvent, Customer, Note, Outbox, Purchase, Task
from guide_desk.errors import InvalidInput
from guide_desk.tasks.service import create_task


@pytest.fixture
def shop(session: Session, org) -> Shop:  # type: ignore[no-untyped-def]
    return Shop(session, org)


def test_candidates_by_name_and_birthday(session: Session, shop: Shop) -> None:
    first = shop.customer("张丽", birthday=date(1990, 5, 17), phone_e164="13800138000")
    second = shop.customer("张丽", birthday=date(1990, 5, 17), phone_e164="13900139000")
    shop.customer("张丽", birthday=date(1991, 5, 17))
    pairs = candidate_pairs(session)
    assert [(p.keep_id, p.other_id, p.reason) for p in pairs] == [
        (min(first.id, second.id), max(first.id, second.id), "name_birthday")]


def test_merge_takes_chosen_fields_unites_tags_and_moves_history(session: Session, shop: Shop) -> None:
    keep = shop.customer("张丽", phone_e164="13800138000", size_top="M")
    other = shop.customer("张莉", phone_e164="13900139000", size_top="L", wecom_external_id="wm-1")
    group = create_tag_group(session, name="风格")
    a, b = create_tag(session, group_id=group.id, name="通勤"), create_tag(session, group_id=group.id, name="法式")
    tag_customers(session, customer_ids=[keep.id], tag_ids=[a.id], by_guide_id=None)
    tag_customers(session, customer_ids=[other.id], tag_ids=[a.id, b.id], by_guide_id=None)
    shop.buy(other, 3)
    shop.buy(keep, 10)
    add_note(session, customer_id=other.id, body="喜欢围巾", by_guide_id=None)
    create_task(session, assignee_guide_id=shop.org.guide.id, title="回访", due_at=utcnow() + timedelta(days=1),
                by_guide_id=shop.org.guide.id, customer_id=other.id)
    starts = datetime.combine(date.today() + timedelta(days=2), time(14), STORE_TZ)
    book_appointment(session, customer_id=other.id, guide_id=shop.org.guide.id, kind="in_store",
                     starts_at=starts, duration=timedelta(hours=1), by_guide_id=shop.org.guide.id)
    choices = {c.field: c for c in merge_preview(session, keep_id=keep.id, other_id=other.id)}
    assert choices["size_top"].differs and not choices["tier"].differs
    start = session.exec(select(Outbox.mutation_id).order_by(col(Outbox.mutation_id).desc())).first()

    result = merge_customers(session, keep_id=keep.id, other_id=other.id,
                             take_from_other=["phone_e164", "wecom_external_id"], by_guide_id=shop.org.manager.id)

    survivor, merged = session.get(Customer, keep.id), session.get(Customer, other.id)
    assert survivor is not None and merged is not None
    assert (survivor.name, survivor.phone_e164, survivor.wecom_external_id, survivor.size_top) == (
        "张丽", "+8613900139000", "wm-1", "M")
    assert survivor.phone_digits == "13900139000" and survivor.purchase_count == 2
    assert merged.archived_at is not None
    assert sorted(t.name for t in customer_tags(session, customer_id=keep.id)) == ["法式", "通勤"]
    assert result.moved["purchases"] == 1 and result.moved["notes"] == 1 and result.moved["tasks"] == 1
    assert result.moved["sessions"] == 1
    for table in (Purchase, Note, Task):
        assert not session.exec(select(table).where(table.customer_id == other.id)).all()  # type: ignore[attr-defined]
    queued = session.exec(select(Outbox).where(col(Outbox.mutation_id) > start).order_by(col(Outbox.mutation_id)))
    ops = [(o.entity_id, o.op, o.fields) for o in queued]
    assert ops[-2][:2] == (keep.id, "update") and set(ops[-2][2]) == {"phone_e164", "wecom_external_id"}
    assert ops[-1] == (other.id, "merge", {"into": keep.id})
    assert (keep.id, "tags", {}) in ops
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "merge")).one()
    assert audit.entity_id == keep.id and audit.detail["merged"] == other.id and "张" not in str(audit.detail)


def test_merge_refuses_itself_and_archived_records(session: Session, shop: Shop) -> None:
    one, two = shop.customer("甲"), shop.customer("乙")
    with pytest.raises(InvalidInput, match="itself"):
        merge_customers(session, keep_id=one.id, other_id=one.id, take_from_other=[], by_guide_id=None)
    merge_customers(session, keep_id=one.id, other_id=two.id, take_from_other=["name"], by_guide_id=None)
    assert session.get(Customer, one.id).name == "乙"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match="archived"):
        merge_customers(session, keep_id=one.id, other_id=two.id, take_from_other=[], by_guide_id=None)
    with pytest.raises(InvalidInput, match="points_expire_on"):
        merge_customers(session, keep_id=one.id, other_id=shop.customer("丙").id,
                        take_from_other=["points_expire_on"], by_guide_id=None)
