# SPDX-License-Identifier: Apache-2.0
"""Each follow-up rule on hand-built histories, including the edge cases a real store produces."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from builders import Shop
from sqlmodel import Session, select

from guide_desk.appointments.service import book_appointment, mark_done
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.profiles import archive_customer, update_customer
from guide_desk.db.tables import Suggestion
from guide_desk.tasks.outfits import complete_the_look
from guide_desk.tasks.suggestions import customer_suggestions, list_suggestions, recompute_customer, recompute_store


@pytest.fixture
def shop(session: Session, org) -> Shop:  # type: ignore[no-untyped-def]
    return Shop(session, org)


def kinds(session: Session, customer) -> dict[str, dict]:  # type: ignore[no-untyped-def, type-arg]
    recompute_customer(session, customer_id=customer.id)
    return {s.kind: s.params for s in customer_suggestions(session, customer_id=customer.id)}


def today() -> date:
    return utcnow().astimezone(STORE_TZ).date()


@pytest.mark.parametrize(("days_ago", "expected"), [(3, True), (4, False), (7, True), (30, True), (31, False)])
def test_post_purchase_care_on_day_3_7_and_30(session: Session, shop: Shop, days_ago: int, expected: bool) -> None:
    zhang = shop.customer()
    shop.buy(zhang, days_ago)
    found = kinds(session, zhang)
    assert ("post_purchase" in found) is expected
    if expected:
        assert found["post_purchase"] == {"days": days_ago, "product": "羊毛大衣", "size": "M"}


def test_no_purchases_means_no_purchase_rules(session: Session, shop: Shop) -> None:
    assert kinds(session, shop.customer(birthday=None)) == {}


def test_birthday_seven_days_ahead(session: Session, shop: Shop) -> None:
    ahead = today() + timedelta(days=7)
    zhang = shop.customer(birthday=ahead.replace(year=1990 if not (ahead.month == 2 and ahead.day == 29) else 1992))
    assert kinds(session, zhang)["birthday"]["days"] == 7
    other = shop.customer(name="李娜", birthday=(ahead + timedelta(days=1)).replace(year=1991))
    assert "birthday" not in kinds(session, other)


def test_leap_day_birthday_is_remembered_on_28_february(session: Session, shop: Shop) -> None:
    leap = shop.customer(birthday=date(1996, 2, 29))
    recompute_store(session, store_id=shop.org.store.id, today=date(2027, 2, 21))
    assert [s.kind for s in customer_suggestions(session, customer_id=leap.id)] == ["birthday"]
    recompute_store(session, store_id=shop.org.store.id, today=date(2028, 2, 21))
    assert customer_suggestions(session, customer_id=leap.id) == []  # 2028 has its own 29th


def test_repurchase_due_uses_the_customers_own_rhythm(session: Session, shop: Shop) -> None:
    regular = shop.customer()
    for days_ago in (125, 95, 65, 35):
        shop.buy(regular, days_ago)
    assert kinds(session, regular)["repurchase_due"] == {"days_since": 35, "median_days": 30}
    recent = shop.customer(name="王芳")
    for days_ago in (80, 50, 20):
        shop.buy(recent, days_ago)
    assert "repurchase_due" not in kinds(session, recent)
    once = shop.customer(name="赵敏")
    shop.buy(once, 100)
    assert "repurchase_due" not in kinds(session, once)


def test_dormant_only_for_high_value_customers(session: Session, shop: Shop) -> None:
    big = shop.customer()
    shop.buy(big, 200, price_fen=400_000)
    small = shop.customer(name="王芳")
    shop.buy(small, 200, price_fen=10_000)
    assert kinds(session, big)["dormant"] == {"days_since": 200, "spent_yuan": 4000}
    assert "dormant" not in kinds(session, small)


@pytest.mark.parametrize(("purchases", "tier"), [(1, "tier_first"), (3, "tier_repeat"), (7, "tier_vip")])
def test_tier_offer_by_number_of_purchases(session: Session, shop: Shop, purchases: int, tier: str) -> None:
    zhang = shop.customer()
    for n in range(purchases):
        shop.buy(zhang, 35 + 90 * n)
    offer = kinds(session, zhang)["tier_offer"]
    assert offer == {"purchases": purchases, "tier": tier}


def test_session_follow_up_the_day_after_a_done_1v1(session: Session, shop: Shop) -> None:
    zhang = shop.customer()
    yesterday = today() - timedelta(days=1)
    start = datetime.combine(yesterday, datetime.min.time(), tzinfo=STORE_TZ).replace(hour=15)
    past = start - timedelta(days=1)
    booked = book_appointment(session, customer_id=zhang.id, guide_id=shop.org.guide.id, kind="in_store",
                              starts_at=start, duration=timedelta(hours=1), by_guide_id=shop.org.guide.id, now=past)
    assert "session_followup" not in kinds(session, zhang)
    mark_done(session, appointment_id=booked.id, by_guide_id=shop.org.guide.id, now=start + timedelta(hours=2))
    assert kinds(session, zhang)["session_followup"] == {"session_kind": "in_store"}


def test_points_about_to_expire(session: Session, shop: Shop) -> None:
    soon = shop.customer(points=800)
    later = shop.customer(name="王芳", points=800)
    for customer, days in ((soon, 20), (later, 40)):
        customer.points_expire_on = today() + timedelta(days=days)
        session.add(customer)
    assert kinds(session, soon)["points_expiring"]["points"] == 800
    assert "points_expiring" not in kinds(session, later)


def test_new_arrival_needs_style_match_and_stock_in_size(session: Session, shop: Shop) -> None:
    french_m = shop.customer(style_prefs="法式", size_top="M")
    shop.buy(french_m, 100, product=shop.scarf, size="F")
    french_s = shop.customer(name="王芳", style_prefs="法式", size_top="S")
    shop.buy(french_s, 100, product=shop.scarf, size="F")
    assert kinds(session, french_m)["new_arrival"] == {"product": "法式碎花连衣裙", "size": "M"}
    assert "new_arrival" not in kinds(session, french_s)  # out of stock in S


def test_complete_the_look_skips_owned_and_out_of_stock_items(session: Session, shop: Shop) -> None:
    zhang = shop.customer(size_shoe="37")
    shop.buy(zhang, 10)
    assert [item.name for item in complete_the_look(session, customer_id=zhang.id)] == ["羊绒围巾"]
    owns_scarf = shop.customer(name="王芳", size_shoe="38")
    shop.buy(owns_scarf, 10)
    shop.buy(owns_scarf, 400, product=shop.scarf, size="F")
    look = complete_the_look(session, customer_id=owns_scarf.id)
    assert [(item.name, item.size) for item in look] == [("切尔西靴", "38")]
    assert kinds(session, owns_scarf)["outfit"]["product"] == "切尔西靴"


def test_marketing_needs_consent_and_revoking_stops_it_at_once(session: Session, shop: Shop) -> None:
    zhang = shop.customer(points=500)
    zhang.points_expire_on = today() + timedelta(days=5)
    shop.buy(zhang, 7)
    assert set(kinds(session, zhang)) == {"post_purchase", "points_expiring"}
    update_customer(session, customer_id=zhang.id, changes={"marketing_consent": False}, by_guide_id=None)
    stored = {s.kind for s in session.exec(select(Suggestion).where(Suggestion.customer_id == zhang.id))}
    assert stored == {"post_purchase", "points_expiring"}  # not recomputed yet, and still…
    assert {s.kind for s in list_suggestions(session, guide_id=shop.org.guide.id)} == {"post_purchase"}  # …hidden
    assert set(kinds(session, zhang)) == {"post_purchase"}


def test_archived_customers_get_nothing(session: Session, shop: Shop) -> None:
    zhang = shop.customer()
    shop.buy(zhang, 3)
    archive_customer(session, customer_id=zhang.id, by_guide_id=None)
    recompute_store(session, store_id=shop.org.store.id)
    assert customer_suggestions(session, customer_id=zhang.id) == []


def test_recomputing_one_customer_leaves_the_others(session: Session, shop: Shop) -> None:
    zhang, wang = shop.customer(), shop.customer(name="王芳")
    shop.buy(zhang, 3)
    shop.buy(wang, 3)
    recompute_store(session, store_id=shop.org.store.id)
    before = customer_suggestions(session, customer_id=wang.id)
    recompute_customer(session, customer_id=zhang.id)
    assert customer_suggestions(session, customer_id=wang.id) == before
    assert [s.customer_name for s in list_suggestions(session, guide_id=shop.org.guide.id)].count("王芳") == 1


def test_a_store_recompute_on_a_fresh_session_finds_the_same(engine, session: Session, shop: Shop) -> None:  # type: ignore[no-untyped-def]
    zhang = shop.customer(size_shoe="38")
    shop.buy(zhang, 10)
    shop.buy(shop.customer(name="王芳"), 3)
    recompute_store(session, store_id=shop.org.store.id)
    written = sorted((s.customer_name, s.kind) for s in list_suggestions(session, guide_id=shop.org.guide.id))
    session.commit()
    with Session(engine) as fresh:  # nothing written yet: the outfit rule runs on a second connection
        recompute_store(fresh, store_id=shop.org.store.id)
        again = sorted((s.customer_name, s.kind) for s in list_suggestions(fresh, guide_id=shop.org.guide.id))
    assert again == written and ("张丽", "outfit") in again
