# SPDX-License-Identifier: Apache-2.0
"""Acting on suggestions: accept, sent (contact caps), dismiss (snooze); drafts, templates, attribution."""

from __future__ import annotations

from datetime import timedelta

import pytest
from builders import Shop
from sqlmodel import Session, select

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.db.tables import Customer, SuggestionState
from guide_desk.errors import InvalidInput
from guide_desk.tasks.caps import cap_status
from guide_desk.tasks.drafts import DraftContext, check_placeholders, render, save_template, template_for
from guide_desk.tasks.suggest_settings import load_settings, save_settings
from guide_desk.tasks.suggestion_actions import (
    accept_suggestion,
    attributed_purchases,
    best_hours,
    dismiss_suggestion,
    draft_for,
    mark_sent,
)
from guide_desk.tasks.suggestions import customer_suggestions, recompute_customer


@pytest.fixture
def shop(session: Session, org) -> Shop:  # type: ignore[no-untyped-def]
    return Shop(session, org)


def one(session: Session, customer, kind: str):  # type: ignore[no-untyped-def]
    recompute_customer(session, customer_id=customer.id)
    return next(s for s in customer_suggestions(session, customer_id=customer.id) if s.kind == kind)


def expiring_points(session: Session, shop: Shop, name: str = "张丽"):  # type: ignore[no-untyped-def]
    customer = shop.customer(name=name, points=600)
    customer.points_expire_on = utcnow().astimezone(STORE_TZ).date() + timedelta(days=3)
    session.add(customer)
    return customer


def test_accept_makes_a_task_with_the_filled_draft(session: Session, shop: Shop) -> None:
    zhang = shop.customer()
    shop.buy(zhang, 3)
    item = one(session, zhang, "post_purchase")
    task = accept_suggestion(session, suggestion_id=item.id, by_guide_id=shop.org.guide.id)
    assert (task.source, task.title, task.customer_id) == ("suggestion", "购后关怀", zhang.id)
    assert task.draft.startswith("张女士您好，我是上海静安店的李导购") and "羊毛大衣" in task.draft
    recompute_customer(session, customer_id=zhang.id)
    assert "post_purchase" not in {s.kind for s in customer_suggestions(session, customer_id=zhang.id)}


def test_sent_push_logs_a_contact_and_caps_further_pushes(session: Session, shop: Shop) -> None:
    zhang = expiring_points(session, shop)
    item = one(session, zhang, "points_expiring")
    mark_sent(session, suggestion_id=item.id, by_guide_id=shop.org.guide.id)
    assert session.get(Customer, zhang.id).last_contact_at is not None  # type: ignore[union-attr]
    status = cap_status(session, customer_id=zhang.id)
    assert status is not None and status.reason == "gap"
    assert status.until == utcnow().astimezone(STORE_TZ).date() + timedelta(days=3)
    zhang.points_expire_on = zhang.points_expire_on + timedelta(days=1)  # a new occasion, but capped
    session.add(zhang)
    recompute_customer(session, customer_id=zhang.id)
    assert [s for s in customer_suggestions(session, customer_id=zhang.id) if s.marketing] == []


def test_service_follow_ups_are_never_capped(session: Session, shop: Shop) -> None:
    zhang = expiring_points(session, shop)
    mark_sent(session, suggestion_id=one(session, zhang, "points_expiring").id, by_guide_id=shop.org.guide.id)
    shop.buy(zhang, 3)
    assert one(session, zhang, "post_purchase").marketing is False


def test_monthly_cap_is_the_number_of_days_in_the_month(session: Session, shop: Shop) -> None:
    import calendar

    zhang = expiring_points(session, shop)
    local = utcnow().astimezone(STORE_TZ)
    start = local.replace(day=1, hour=12, minute=0)

    def send(n: int) -> None:
        session.add(SuggestionState(id=f"s{n}", customer_id=zhang.id, guide_id=shop.org.guide.id,
                                    kind="points_expiring", state="sent", at=start,
                                    detail={"key": f"k{n}", "marketing": True}))
        session.flush()

    days = calendar.monthrange(local.year, local.month)[1]
    for n in range(days - 1):
        send(n)
    below = cap_status(session, customer_id=zhang.id)
    assert below is None or below.reason == "gap"  # early in the month the 3-day gap may still apply
    send(days)
    status = cap_status(session, customer_id=zhang.id)
    assert status is not None and status.reason == "month"


def test_dismiss_needs_a_reason_and_snoozes_the_kind(session: Session, shop: Shop) -> None:
    zhang = expiring_points(session, shop)
    item = one(session, zhang, "points_expiring")
    with pytest.raises(InvalidInput) as raised:
        dismiss_suggestion(session, suggestion_id=item.id, reason="  ", by_guide_id=shop.org.guide.id)
    assert raised.value.field == "reason"
    state = dismiss_suggestion(session, suggestion_id=item.id, reason="已电话联系过", by_guide_id=shop.org.guide.id)
    assert state.until is not None and (state.until - state.at).days == 14
    zhang.points_expire_on = zhang.points_expire_on + timedelta(days=1)
    session.add(zhang)
    recompute_customer(session, customer_id=zhang.id)
    assert "points_expiring" not in {s.kind for s in customer_suggestions(session, customer_id=zhang.id)}


def test_a_purchase_within_seven_days_of_a_push_is_attributed(session: Session, shop: Shop) -> None:
    zhang = expiring_points(session, shop)
    sent_at = utcnow() - timedelta(days=12)
    mark_sent(session, suggestion_id=one(session, zhang, "points_expiring").id, by_guide_id=shop.org.guide.id,
              now=sent_at)
    earned = shop.buy(zhang, 9)
    late = shop.buy(zhang, 2)
    found = attributed_purchases(session, store_id=shop.org.store.id, start=utcnow() - timedelta(days=30),
                                 end=utcnow())
    assert [purchase for purchase, _push in found] == [earned.id]
    assert late.id not in dict(found)


def test_templates_placeholders_and_the_guides_own_wins(session: Session, shop: Shop) -> None:
    context = DraftContext(name="欧阳娜娜", gender="F", products="羊毛大衣", size="M", store="静安店", guide="小李")
    assert render("{称呼}，{商品}{尺码}码在{门店}，{导购}", context) == "欧女士，羊毛大衣M码在静安店，小李"
    with pytest.raises(InvalidInput, match=r"\{姓名\}"):
        check_placeholders("{姓名}您好")
    save_template(session, guide_id=shop.org.guide.id, kind="post_purchase", name="我的购后", body="{称呼}穿着还好吗？")
    assert template_for(session, kind="post_purchase", guide_id=shop.org.guide.id) == "{称呼}穿着还好吗？"
    assert template_for(session, kind="post_purchase", guide_id=shop.org.other.id).startswith("{称呼}您好，我是")
    zhang = shop.customer(gender=None)
    shop.buy(zhang, 3)
    item = one(session, zhang, "post_purchase")
    assert draft_for(session, suggestion_id=item.id, guide_id=shop.org.guide.id) == "张丽穿着还好吗？"


def test_best_hours_come_from_store_purchases(session: Session, shop: Shop) -> None:
    zhang = shop.customer()
    assert best_hours(session, customer_id=zhang.id) is None
    for days in (10, 40, 70):
        shop.buy(zhang, days)
    hours = best_hours(session, customer_id=zhang.id)
    local_hour = utcnow().astimezone(STORE_TZ).hour
    assert hours is not None and hours.start_hour <= local_hour < hours.end_hour and hours.evidence == 3


def test_store_settings_validate_and_persist(session: Session, shop: Shop) -> None:
    store = shop.org.store.id
    assert load_settings(session, store_id=store).push_gap_days == 3
    save_settings(session, store_id=store, changes={"push_gap_days": 5, "post_purchase_days": [2, 14]})
    assert load_settings(session, store_id=store).post_purchase_days == (2, 14)
    with pytest.raises(InvalidInput) as raised:
        save_settings(session, store_id=store, changes={"push_gap_days": 0})
    assert raised.value.field == "push_gap_days"
    with pytest.raises(InvalidInput):
        save_settings(session, store_id=store, changes={"spam_level": 11})
    assert load_settings(session, store_id=store).push_gap_days == 5
    assert not session.exec(select(SuggestionState)).all()
