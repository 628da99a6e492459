# SPDX-License-Identifier: Apache-2.0
"""The follow-up rules, each one set-based SQL over a store (or a few customers of it) for one day.

Every rule returns Candidates: who, why (kind + params the UI words in its language), how urgent (score),
which occasion (key), and whether it is marketing (needs consent, counts toward contact caps)."""

from __future__ import annotations

import statistics
from calendar import isleap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlmodel import Session

from guide_desk.clock import utcnow
from guide_desk.db.tables import Store
from guide_desk.errors import NotFound
from guide_desk.tasks.suggest_settings import SuggestionSettings


@dataclass(frozen=True)
class Scope:
    """One store's customers (optionally only some of them) on one local day. `tz` is an SQLite date modifier
    such as '+480 minutes' that turns stored UTC into the store's wall clock."""

    store_id: str
    today: date
    tz: str
    customer_ids: tuple[str, ...] | None = None

    def customers(self, alias: str = "c") -> str:
        """The WHERE clause for this scope's active customers; bind `params()` with it."""
        base = f"{alias}.store_id = :store AND {alias}.archived_at IS NULL"
        if self.customer_ids is None:
            return base
        listed = ", ".join(f":cid{i}" for i in range(len(self.customer_ids)))
        return f"{base} AND {alias}.id IN ({listed or 'NULL'})"

    def params(self, **extra: Any) -> dict[str, Any]:
        bound = {"store": self.store_id, "tz": self.tz, **extra}
        bound.update({f"cid{i}": cid for i, cid in enumerate(self.customer_ids or ())})
        return bound


@dataclass(frozen=True)
class Candidate:
    customer_id: str
    guide_id: str
    kind: str
    key: str
    score: float
    marketing: bool
    params: dict[str, Any] = field(default_factory=dict)
    products: tuple[str, ...] = ()
    template_kind: str = ""


def store_scope(session: Session, *, store_id: str, today: date | None = None,
                customer_ids: Sequence[str] | None = None) -> Scope:
    """The store's local day (its own time zone) and the SQLite modifier that converts stored UTC to it."""
    store = session.get(Store, store_id)
    if store is None:
        raise NotFound("store", store_id)
    zone = ZoneInfo(store.timezone)
    now = utcnow()
    offset = now.astimezone(zone).utcoffset() or timedelta()
    local_today = today or now.astimezone(zone).date()
    return Scope(store_id, local_today, f"{int(offset.total_seconds() // 60):+d} minutes",
                       tuple(customer_ids) if customer_ids is not None else None)


def scope_for_customer(session: Session, *, customer_id: str, today: date | None = None) -> Scope:
    row = session.execute(text("SELECT store_id FROM customer WHERE id = :id"), {"id": customer_id}).first()
    if row is None:
        raise NotFound("customer", customer_id)
    return store_scope(session, store_id=row[0], today=today, customer_ids=[customer_id])


def _julian(day: date) -> float:
    """The Julian day number of `day`'s local midnight, as SQLite's julianday() counts."""
    return day.toordinal() + 1721424.5


def utc_bound(day: date) -> str:
    """Stored datetimes are naive UTC text; a generous bound, refined by local dates in the query."""
    return datetime.combine(day, datetime.min.time()).strftime("%Y-%m-%d %H:%M:%S")


def post_purchase(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    if not settings.post_purchase_days:
        return []
    offsets = sorted(set(settings.post_purchase_days))
    windows = " OR ".join(f"(p.purchased_at >= :since{i} AND p.purchased_at < :until{i})" for i in range(len(offsets)))
    bounds = {}
    for i, days in enumerate(offsets):  # a day either side of each local day, trimmed below by its local date
        bounds[f"since{i}"] = utc_bound(scope.today - timedelta(days=days + 1))
        bounds[f"until{i}"] = utc_bound(scope.today - timedelta(days=days - 1))
    rows = session.execute(text(f"""
        SELECT p.customer_id, c.owner_guide_id, p.id, date(p.purchased_at, :tz) AS day
          FROM purchase p JOIN customer c ON c.id = p.customer_id
         WHERE {scope.customers()} AND ({windows})"""), scope.params(**bounds)).all()
    due = [(cid, gid, pid, (scope.today - date.fromisoformat(day)).days) for cid, gid, pid, day in rows]
    due = [row for row in due if row[3] in settings.post_purchase_days]
    main = main_products(session, [pid for _, _, pid, _ in due])
    return [Candidate(cid, gid, "post_purchase", f"{pid}:D{days}", 90 - days / 2, False,
                      {"days": days, "product": main.get(pid, ("", ""))[0], "size": main.get(pid, ("", ""))[1]},
                      template_kind="post_purchase")
            for cid, gid, pid, days in due]


def main_products(session: Session, purchase_ids: list[str]) -> dict[str, tuple[str, str]]:
    """(name, size) of the dearest item of each purchase: what a guide would mention ("the wool coat")."""
    found: dict[str, tuple[int, str, str]] = {}
    for start in range(0, len(purchase_ids), 500):
        chunk = purchase_ids[start:start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        for pid, price, name, size in session.execute(text(f"""
            SELECT pl.purchase_id, pl.price_fen, pr.name, pl.size FROM purchase_line pl
              JOIN product pr ON pr.id = pl.product_id WHERE pl.purchase_id IN ({marks})"""),
                {f"p{i}": v for i, v in enumerate(chunk)}):
            if pid not in found or price > found[pid][0]:
                found[pid] = (price, name, size)
    return {pid: (name, size) for pid, (_, name, size) in found.items()}


def birthday(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    target = scope.today + timedelta(days=settings.birthday_ahead_days)
    days = [target.strftime("%m-%d")]
    if target.month == 2 and target.day == 28 and not isleap(target.year):
        days.append("02-29")  # leap-day birthdays are celebrated on the 28th in other years
    rows = session.execute(text(f"""
        SELECT c.id, c.owner_guide_id FROM customer c
         WHERE {scope.customers()} AND substr(c.birthday, 6, 5) IN ({", ".join(f"'{d}'" for d in days)})"""),
        scope.params()).all()
    return [Candidate(cid, gid, "birthday", f"birthday:{target.year}", 85, False,
                      {"days": settings.birthday_ahead_days, "date": target.isoformat()}, template_kind="birthday")
            for cid, gid in rows]


def repurchase_due(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    """The customer's own median gap between purchases has passed since their last one (for 30 days)."""
    rows = session.execute(text(f"""
        SELECT p.customer_id, julianday(p.purchased_at, :tz) FROM purchase p
         WHERE p.customer_id IN (SELECT c.id FROM customer c WHERE {scope.customers()} AND c.purchase_count >= 3)
         ORDER BY p.customer_id, p.purchased_at"""), scope.params()).all()
    gaps: dict[str, list[float]] = {}
    last: dict[str, float] = {}
    for customer_id, day in rows:
        if customer_id in last:
            gaps.setdefault(customer_id, []).append(day - last[customer_id])
        last[customer_id] = day
    today = _julian(scope.today)
    owners = _owners(session, scope, list(gaps))
    found = []
    for customer_id, values in gaps.items():
        median = statistics.median(values)
        since = int(today - last[customer_id] + 1)  # whole local days since the day of the last purchase
        if median >= 1 and median < since <= median + 30:
            found.append(Candidate(customer_id, owners[customer_id], "repurchase_due",
                                   f"due:{round(last[customer_id], 3)}", 75 + min(since - median, 10) / 2, True,
                                   {"days_since": since, "median_days": round(median)}, template_kind="repurchase"))
    return found


def dormant(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    rows = session.execute(text(f"""
        SELECT c.id, c.owner_guide_id, date(c.last_purchase_at, :tz), c.total_spent_fen FROM customer c
         WHERE {scope.customers()} AND c.last_purchase_at < :before AND c.total_spent_fen >= :spent"""),
        scope.params(spent=settings.dormant_min_spent_fen,
                     before=utc_bound(scope.today - timedelta(days=settings.dormant_days)))).all()
    return [Candidate(cid, gid, "dormant", f"dormant:{last}", 65 + min(spent / 1_000_000, 10), True,
                      {"days_since": (scope.today - date.fromisoformat(last)).days, "spent_yuan": spent // 100},
                      template_kind="dormant")
            for cid, gid, last, spent in rows]


def tier_offer(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    """A month after the last purchase, by purchases so far: one (first-time buyer), tier_repeat_low to
    tier_repeat_high (repeat buyer), more (regular) — each tier with its own offer template."""
    low = scope.today - timedelta(days=settings.tier_offer_after_days + 14)
    high = scope.today - timedelta(days=settings.tier_offer_after_days)
    rows = session.execute(text(f"""
        SELECT c.id, c.owner_guide_id, date(c.last_purchase_at, :tz), c.purchase_count FROM customer c
         WHERE {scope.customers()} AND c.purchase_count >= 1
           AND date(c.last_purchase_at, :tz) BETWEEN :low AND :high"""),
        scope.params(low=low.isoformat(), high=high.isoformat())).all()
    found = []
    for cid, gid, last, count in rows:
        tier = ("tier_first" if count < settings.tier_repeat_low
                else "tier_repeat" if count <= settings.tier_repeat_high else "tier_vip")
        found.append(Candidate(cid, gid, "tier_offer", f"tier:{last}", 50, True,
                               {"purchases": count, "tier": tier}, template_kind=tier))
    return found


def session_followup(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    yesterday = scope.today - timedelta(days=1)
    rows = session.execute(text(f"""
        SELECT a.id, a.customer_id, c.owner_guide_id, a.kind FROM appointment a JOIN customer c ON c.id = a.customer_id
         WHERE {scope.customers()} AND a.status = 'done' AND a.starts_at >= :since AND a.starts_at < :until
           AND date(a.starts_at, :tz) = :day"""),
        scope.params(day=yesterday.isoformat(), since=utc_bound(yesterday - timedelta(days=1)),
                     until=utc_bound(scope.today + timedelta(days=1)))).all()
    return [Candidate(cid, gid, "session_followup", f"session:{aid}", 92, False, {"session_kind": kind},
                      template_kind="session_followup") for aid, cid, gid, kind in rows]


def points_expiring(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    until = scope.today + timedelta(days=settings.points_expiry_days)
    rows = session.execute(text(f"""
        SELECT c.id, c.owner_guide_id, c.points, c.points_expire_on FROM customer c
         WHERE {scope.customers()} AND c.points > 0 AND c.points_expire_on BETWEEN :today AND :until"""),
        scope.params(today=scope.today.isoformat(), until=until.isoformat())).all()
    return [Candidate(cid, gid, "points_expiring", f"points:{expires}", 60, True,
                      {"points": points, "date": str(expires)}, template_kind="points_expiring")
            for cid, gid, points, expires in rows]


def _owners(session: Session, scope: Scope, ids: list[str]) -> dict[str, str]:
    rows = session.execute(text(f"SELECT c.id, c.owner_guide_id FROM customer c WHERE {scope.customers()}"),
                           scope.params()).all()
    wanted = set(ids)
    return {cid: gid for cid, gid in rows if cid in wanted}
