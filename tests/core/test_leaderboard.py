# SPDX-License-Identifier: Apache-2.0
"""The guide contest: points per action by the store's rules, the per-customer daily cap, ranks and movement."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from guide_desk.accounts.audit import list_audit
from guide_desk.accounts.guides import create_guide
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.errors import InvalidInput
from guide_desk.insights.leaderboard import ScoringRules, leaderboard, load_rules, save_rules
from guide_desk.insights.periods import Period
from guide_desk.tasks.service import complete_task, create_task
from tests.builders import add_customer

NOW = utcnow()
TODAY = NOW.astimezone(STORE_TZ).date()
WEEK = Period(TODAY - timedelta(days=6), TODAY)
CONTACTS_ONLY = ScoringRules({"customer_added": 0, "contact": 3, "task_on_time": 0, "session_held": 0,
                              "purchase": 0}, cap_per_customer_day=5)


def _contact(session: Session, org, guide, customer, at) -> None:  # type: ignore[no-untyped-def]
    task = create_task(session, assignee_guide_id=guide.id, title="回访", due_at=at + timedelta(hours=1),
                       by_guide_id=org.manager.id, customer_id=customer.id, now=at - timedelta(days=1))
    complete_task(session, task_id=task.id, outcome="reached", by_guide_id=guide.id, now=at)


@pytest.fixture
def contest(session: Session, org):  # type: ignore[no-untyped-def]
    idle = create_guide(session, store_id=org.store.id, login="g3", name="孙导购")
    a = add_customer(session, org.store.id, org.guide.id, "甲")
    b = add_customer(session, org.store.id, org.guide.id, "乙")
    f = add_customer(session, org.store.id, org.other.id, "丙")
    day = NOW - timedelta(days=2)
    for minutes in range(4):  # four contacts with one customer on one day: 12 points, capped at 5
        _contact(session, org, org.guide, a, day + timedelta(minutes=minutes))
    _contact(session, org, org.guide, b, day)
    _contact(session, org, org.other, f, NOW - timedelta(days=1))
    _contact(session, org, org.other, f, NOW - timedelta(days=3))
    _contact(session, org, org.other, f, NOW - timedelta(days=9))  # the week before
    session.commit()
    return org, idle


def test_points_are_capped_per_customer_per_day_and_ranked(session: Session, contest) -> None:  # type: ignore[no-untyped-def]
    org, idle = contest
    standings = leaderboard(session, store_id=org.store.id, period=WEEK, rules=CONTACTS_ONLY)
    assert [(s.name, s.points, s.rank) for s in standings] == [
        (org.guide.name, 5 + 3, 1), (org.other.name, 3 + 3, 2), (idle.name, 0, 3)]
    mine = standings[0]
    assert mine.actions["contact"] == 5  # the cap limits points, not what is counted
    assert mine.previous_rank is None and mine.movement is None  # no points the week before
    assert standings[1].previous_rank == 1 and standings[1].movement == -1


def test_equal_points_share_a_rank(session: Session, contest) -> None:  # type: ignore[no-untyped-def]
    org, _idle = contest
    nothing = ScoringRules({"customer_added": 0, "contact": 0, "task_on_time": 0, "session_held": 0,
                            "purchase": 0})
    assert {s.rank for s in leaderboard(session, store_id=org.store.id, period=WEEK, rules=nothing)} == {1}


def test_rules_are_stored_per_store_validated_and_audited(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    assert load_rules(session, store_id=org.store.id) == ScoringRules()
    save_rules(session, store_id=org.store.id, rules=CONTACTS_ONLY, by_guide_id=org.manager.id)
    session.commit()
    assert load_rules(session, store_id=org.store.id) == CONTACTS_ONLY
    assert list_audit(session, action="scoring_rules_changed")[0].entity_id == org.store.id
    with pytest.raises(InvalidInput, match="cap_per_customer_day"):
        save_rules(session, store_id=org.store.id, rules=ScoringRules(cap_per_customer_day=0), by_guide_id=None)
    with pytest.raises(InvalidInput, match="contact"):
        save_rules(session, store_id=org.store.id, rules=ScoringRules({"contact": -1}), by_guide_id=None)
