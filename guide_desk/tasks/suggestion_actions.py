# SPDX-License-Identifier: Apache-2.0
"""What a guide does with a suggestion: accept it (a task with the draft), mark the message sent (a logged
contact that counts toward the caps), or dismiss it with a reason (snoozed). Also the filled message draft,
the customer's best hours, and which purchases a push earned (for the dashboard)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.db.tables import Customer, Guide, Product, Store, Suggestion, SuggestionState, Task
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7
from guide_desk.tasks.drafts import DraftContext, render, template_for
from guide_desk.tasks.service import create_task
from guide_desk.tasks.suggest_settings import load_settings

# Task titles are stored data, written in the store's working language.
TASK_TITLES = {
    "post_purchase": "购后关怀", "birthday": "生日关怀", "repurchase_due": "复购提醒", "dormant": "沉睡唤醒",
    "tier_offer": "复购礼遇", "session_followup": "1v1 回访", "new_arrival": "新品推荐",
    "points_expiring": "积分到期提醒", "outfit": "搭配推荐",
}


def _suggestion(session: Session, suggestion_id: str) -> Suggestion:
    found = session.get(Suggestion, suggestion_id)
    if found is None:
        raise NotFound("suggestion", suggestion_id)
    return found


def draft_for(session: Session, *, suggestion_id: str, guide_id: str) -> str:
    """The message (话术) for this suggestion, placeholders filled."""
    item = _suggestion(session, suggestion_id)
    customer = session.get(Customer, item.customer_id)
    guide = session.get(Guide, guide_id)
    store = session.get(Store, item.store_id)
    assert customer is not None and guide is not None and store is not None
    names = [p.name for p in session.exec(select(Product).where(col(Product.id).in_(item.products)))]
    products = "、".join(names) or str(item.reason_params.get("product", ""))
    body = template_for(session, kind=item.template_kind or item.kind, guide_id=guide_id)
    context = DraftContext(name=customer.name, gender=customer.gender, products=products,
                           size=str(item.reason_params.get("size", "")), store=store.name, guide=guide.name)
    return render(body, context)


def _record(session: Session, item: Suggestion, *, guide_id: str, state: str, now: datetime,
            until: datetime | None = None, reason: str = "", extra: dict[str, Any] | None = None) -> SuggestionState:
    row = SuggestionState(id=uuid7(), customer_id=item.customer_id, guide_id=guide_id, kind=item.kind, state=state,
                          reason=reason, until=until, at=now,
                          detail={"key": item.key, "marketing": item.marketing, "products": item.products,
                                  **(extra or {})})
    session.add(row)
    session.delete(item)
    session.flush()
    return row


def accept_suggestion(session: Session, *, suggestion_id: str, by_guide_id: str, now: datetime | None = None) -> Task:
    """Turn the suggestion into a task due today, with the filled draft attached."""
    moment = now or utcnow()
    item = _suggestion(session, suggestion_id)
    draft = draft_for(session, suggestion_id=suggestion_id, guide_id=by_guide_id)
    due = datetime.combine(moment.astimezone(STORE_TZ).date(), datetime.max.time().replace(microsecond=0),
                           tzinfo=STORE_TZ) - timedelta(hours=2)
    task = create_task(session, assignee_guide_id=by_guide_id, title=TASK_TITLES.get(item.kind, item.kind),
                       due_at=max(due, moment + timedelta(minutes=1)), by_guide_id=by_guide_id,
                       customer_id=item.customer_id, source="suggestion", draft=draft, now=moment)
    _record(session, item, guide_id=by_guide_id, state="accepted", now=moment, extra={"task_id": task.id})
    return task


def mark_sent(session: Session, *, suggestion_id: str, by_guide_id: str, now: datetime | None = None) -> None:
    """The guide sent the message in WeCom: a contact, and for marketing kinds a push that counts to the caps."""
    moment = now or utcnow()
    item = _suggestion(session, suggestion_id)
    customer = session.get(Customer, item.customer_id)
    assert customer is not None
    customer.last_contact_at = moment
    session.add(customer)
    _record(session, item, guide_id=by_guide_id, state="sent", now=moment)


def dismiss_suggestion(session: Session, *, suggestion_id: str, reason: str, by_guide_id: str,
                       now: datetime | None = None, days: int | None = None) -> SuggestionState:
    """Not now: the same kind is not suggested for this customer again for `days` (store setting, 14)."""
    if not reason.strip():
        raise InvalidInput("reason", "is empty; say why, so HQ can tune the rules")
    moment = now or utcnow()
    item = _suggestion(session, suggestion_id)
    snooze = days if days is not None else load_settings(session, store_id=item.store_id).dismiss_days
    if snooze < 1:
        raise InvalidInput("days", "must be at least 1")
    return _record(session, item, guide_id=by_guide_id, state="dismissed", now=moment,
                   until=moment + timedelta(days=snooze), reason=reason.strip())


@dataclass(frozen=True)
class BestHours:
    start_hour: int
    end_hour: int
    evidence: int


def best_hours(session: Session, *, customer_id: str) -> BestHours | None:
    """The two-hour window in which the customer bought in store or answered most often (store time)."""
    return best_hours_of(session, customer_ids=[customer_id]).get(customer_id)


def best_hours_of(session: Session, *, customer_ids: list[str]) -> dict[str, BestHours]:
    """best_hours for a list of customers in two queries (the Today list shows fifty at once)."""
    hours: dict[str, Counter[int]] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start:start + 500]
        marks = ", ".join(f":c{i}" for i in range(len(chunk)))
        rows = session.execute(text(f"""
            SELECT customer_id, purchased_at FROM purchase WHERE customer_id IN ({marks}) AND channel = 'store'
            UNION ALL
            SELECT customer_id, completed_at FROM task
             WHERE customer_id IN ({marks}) AND outcome IN ('reached', 'purchased')"""),
            {f"c{i}": cid for i, cid in enumerate(chunk)}).all()
        for customer_id, stamp in rows:
            if stamp is not None:
                local = datetime.fromisoformat(str(stamp)).replace(tzinfo=UTC).astimezone(STORE_TZ)
                hours.setdefault(customer_id, Counter())[local.hour // 2] += 1
    best = {}
    for customer_id, counts in hours.items():
        slot, count = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
        best[customer_id] = BestHours(slot * 2, slot * 2 + 2, count)
    return best


def attributed_purchases(session: Session, *, store_id: str, start: datetime, end: datetime,
                         days: int | None = None) -> list[tuple[str, str]]:
    """(purchase id, suggestion_state id) for purchases within `days` (store setting, 7) after a sent push;
    each purchase goes to the latest push before it."""
    window = days if days is not None else load_settings(session, store_id=store_id).attribution_days
    rows = session.execute(text("""
        SELECT p.id, (SELECT s.id FROM suggestion_state s
                       WHERE s.customer_id = p.customer_id AND s.state = 'sent' AND s.at <= p.purchased_at
                         AND s.at >= datetime(p.purchased_at, :back) ORDER BY s.at DESC LIMIT 1) AS push
          FROM purchase p WHERE p.store_id = :store AND p.purchased_at >= :start AND p.purchased_at < :end"""),
        {"store": store_id, "back": f"-{window} days",
         "start": start.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
         "end": end.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")}).all()
    return [(purchase, push) for purchase, push in rows if push is not None]
