# SPDX-License-Identifier: Apache-2.0
"""Consent per channel: who recorded it, when and from where; revoking the push channel hides marketing
suggestions at once (the summary flag changes in the same transaction) and tells sync."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import Shop
from sqlmodel import Session, col, select

from guide_desk.clock import utcnow
from guide_desk.customers.consent import consent_history, consent_state, set_consent
from guide_desk.db.tables import Customer, Outbox
from guide_desk.errors import InvalidInput
from guide_desk.tasks.suggestions import customer_suggestions, list_suggestions, recompute_customer


@pytest.fixture
def shop(session: Session, org) -> Shop:  # type: ignore[no-untyped-def]
    return Shop(session, org)


def test_each_channel_keeps_its_own_state_with_who_and_where(session: Session, shop: Shop) -> None:
    zhang = shop.customer(marketing_consent=False)
    set_consent(session, customer_id=zhang.id, channel="sms", granted=True, source="paper_form",
                by_guide_id=shop.org.guide.id)
    state = consent_state(session, customer_id=zhang.id)
    assert list(state) == ["wecom", "sms", "phone", "mini_program"]
    assert (state["sms"].granted, state["sms"].source, state["sms"].recorded_by) == (True, "paper_form", "李导购")
    assert state["sms"].at is not None and not state["wecom"].granted
    assert session.get(Customer, zhang.id).marketing_consent is False  # type: ignore[union-attr]  # sms is no push


def test_revoking_wecom_stops_pushes_at_once(session: Session, shop: Shop) -> None:
    zhang = shop.customer(points=500)
    zhang.points_expire_on = utcnow().date() + timedelta(days=5)
    shop.buy(zhang, 7)
    recompute_customer(session, customer_id=zhang.id)
    kinds = {s.kind: s.marketing for s in customer_suggestions(session, customer_id=zhang.id)}
    assert kinds == {"post_purchase": False, "points_expiring": True}
    summary = set_consent(session, customer_id=zhang.id, channel="wecom", granted=False, source="wecom",
                          by_guide_id=shop.org.guide.id)
    assert summary is False and session.get(Customer, zhang.id).marketing_consent is False  # type: ignore[union-attr]
    assert [s.kind for s in list_suggestions(session, guide_id=shop.org.guide.id)] == ["post_purchase"]
    last = session.exec(select(Outbox).order_by(col(Outbox.mutation_id).desc())).first()
    assert last is not None and (last.op, last.fields) == ("update", {"marketing_consent": False})
    assert [e.granted for e in consent_history(session, customer_id=zhang.id)][:2] == [False, True]


def test_unknown_channel_or_source_is_refused_by_name(session: Session, shop: Shop) -> None:
    zhang = shop.customer()
    with pytest.raises(InvalidInput, match="channel"):
        set_consent(session, customer_id=zhang.id, channel="fax", granted=True, by_guide_id=None)
    with pytest.raises(InvalidInput, match="source"):
        set_consent(session, customer_id=zhang.id, channel="sms", granted=True, source="rumour", by_guide_id=None)
