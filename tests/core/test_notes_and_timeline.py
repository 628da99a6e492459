# SPDX-License-Identifier: Apache-2.0
"""Notes (append-only, queued for sync) and the customer's merged history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from builders import add_customer
from sqlalchemy import func
from sqlmodel import Session, select

from guide_desk.customers.notes import add_note
from guide_desk.customers.timeline import customer_timeline
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Note, Product, Purchase, PurchaseLine
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.tasks.service import complete_task, create_task

T0 = datetime(2026, 11, 1, 4, 0, tzinfo=UTC)


def test_note_is_trimmed_and_queued(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(session, org.store.id, org.guide.id)
    note = add_note(session, customer_id=customer.id, body="  喜欢法式，M码偏大  ", by_guide_id=org.guide.id)
    assert note.body == "喜欢法式，M码偏大"
    last = pending(session)[-1]
    assert (last.entity, last.op, last.fields["body"]) == ("note", "create", "喜欢法式，M码偏大")


@pytest.mark.parametrize(("body", "problem"), [("   ", "is empty"), ("好" * 2001, "longer than 2000")])
def test_bad_notes_are_refused(session: Session, org, body: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(session, org.store.id, org.guide.id)
    with pytest.raises(InvalidInput, match=problem):
        add_note(session, customer_id=customer.id, body=body, by_guide_id=None)
    with pytest.raises(NotFound):
        add_note(session, customer_id="ghost", body="hi", by_guide_id=None)
    assert session.exec(select(func.count()).select_from(Note)).one() == 0


def test_timeline_merges_every_kind_newest_first(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(session, org.store.id, org.guide.id)
    coat = Product(id="p1", sku="C-01", name="羊毛大衣", category="外套", price_fen=129900)
    session.add(coat)
    session.flush()
    session.add(Purchase(id="o1", order_no="POS-1", customer_id=customer.id, store_id=org.store.id,
                         guide_id=org.guide.id, purchased_at=T0, total_fen=129900))
    session.flush()
    session.add(PurchaseLine(id="l1", purchase_id="o1", product_id="p1", size="M", price_fen=129900))
    task = create_task(session, assignee_guide_id=org.guide.id, title="购后3天关怀", due_at=T0 + timedelta(days=3),
                       by_guide_id=org.guide.id, customer_id=customer.id, now=T0)
    complete_task(session, task_id=task.id, outcome="reached", by_guide_id=org.guide.id, now=T0 + timedelta(days=3))
    note = add_note(session, customer_id=customer.id, body="回访：很满意", by_guide_id=org.guide.id)
    entries = customer_timeline(session, customer_id=customer.id)
    assert [e.kind for e in entries] == ["note", "task", "purchase"]
    assert entries[0].entity_id == note.id and entries[0].by == org.guide.name
    assert (entries[1].status, entries[1].detail) == ("done", "reached")
    assert entries[2].detail == "羊毛大衣 M" and entries[2].amount_fen == 129900
    assert len(customer_timeline(session, customer_id=customer.id, limit=2)) == 2
