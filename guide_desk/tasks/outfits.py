# SPDX-License-Identifier: Apache-2.0
"""Outfit pushes (complete the look) and new arrivals: items in stock in the customer's own size at their
store, never what they already own, ranked by style overlap and closeness to what they usually spend."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlmodel import Session

from guide_desk.tasks.rules import Candidate, Scope, utc_bound
from guide_desk.tasks.suggest_settings import SuggestionSettings

SIZE_COLUMN = {"top": "size_top", "bottom": "size_bottom", "shoe": "size_shoe"}
ONE_SIZE = "F"


@dataclass(frozen=True)
class OutfitItem:
    product_id: str
    name: str
    size: str
    price_fen: int
    from_look: bool
    score: float


def _styles(value: str | None) -> set[str]:
    return {s for s in (value or "").split(",") if s}


def _size_for(kind: str, sizes: dict[str, str | None]) -> str | None:
    return ONE_SIZE if kind == "onesize" else sizes.get(SIZE_COLUMN.get(kind, ""))


def complete_the_look(session: Session, *, customer_id: str, recent_days: int = 60, limit: int = 4,
                      today: date | None = None) -> list[OutfitItem]:
    """What goes with the customer's recent purchases: HQ looks first, then what others bought together."""
    customer = session.execute(text(
        "SELECT store_id, size_top, size_bottom, size_shoe, style_prefs FROM customer WHERE id = :id"),
        {"id": customer_id}).first()
    if customer is None:
        return []
    store_id, top, bottom, shoe, prefs = customer
    sizes = {"size_top": top, "size_bottom": bottom, "size_shoe": shoe}
    since = utc_bound((today or date.today()) - timedelta(days=recent_days))
    owned = session.execute(text("""
        SELECT DISTINCT pl.product_id, pl.price_fen, pr.style_tags, p.purchased_at >= :since
          FROM purchase p JOIN purchase_line pl ON pl.purchase_id = p.id JOIN product pr ON pr.id = pl.product_id
         WHERE p.customer_id = :id"""), {"id": customer_id, "since": since}).all()
    recent = [row for row in owned if row[3]]
    if not recent:
        return []
    owned_ids = {row[0] for row in owned}
    recent_ids = sorted({row[0] for row in recent})
    taste = _styles(prefs) | set().union(*(_styles(row[2]) for row in recent))
    usual_price = sum(row[1] for row in owned) / len(owned)
    marks = ", ".join(f":p{i}" for i in range(len(recent_ids)))
    bound = {f"p{i}": pid for i, pid in enumerate(recent_ids)}
    from_looks = {pid for (pid,) in session.execute(text(f"""
        SELECT DISTINCT li2.product_id FROM look_item li1 JOIN look_item li2 ON li2.look_id = li1.look_id
         WHERE li1.product_id IN ({marks})"""), bound)}
    together = {pid for (pid,) in session.execute(text(f"""
        SELECT pl2.product_id FROM purchase_line pl1 JOIN purchase_line pl2
            ON pl2.purchase_id = pl1.purchase_id AND pl2.product_id != pl1.product_id
         WHERE pl1.product_id IN ({marks}) GROUP BY pl2.product_id ORDER BY count(*) DESC LIMIT 20"""), bound)}
    candidates = (from_looks | together) - owned_ids
    return _rank_in_stock(session, store_id, candidates, sizes, taste, usual_price, from_looks)[:limit]


def _rank_in_stock(session: Session, store_id: str, candidates: set[str], sizes: dict[str, str | None],
                   taste: set[str], usual_price: float, from_looks: set[str]) -> list[OutfitItem]:
    if not candidates:
        return []
    ids = sorted(candidates)
    marks = ", ".join(f":c{i}" for i in range(len(ids)))
    rows = session.execute(text(f"""
        SELECT pr.id, pr.name, pr.size_kind, pr.price_fen, pr.style_tags, ps.size FROM product pr
          JOIN product_stock ps ON ps.product_id = pr.id AND ps.store_id = :store AND ps.qty > 0
         WHERE pr.id IN ({marks})"""), {"store": store_id, **{f"c{i}": pid for i, pid in enumerate(ids)}}).all()
    ranked: dict[str, OutfitItem] = {}
    for pid, name, kind, price, tags, size in rows:
        wanted = _size_for(kind, sizes)
        if wanted is None or size != wanted:
            continue
        overlap = len(taste & _styles(tags))
        band = abs(math.log(max(price, 1) / max(usual_price, 1)))
        score = overlap * 2 + (1.5 if pid in from_looks else 0) - band
        ranked[pid] = OutfitItem(pid, name, size, price, pid in from_looks, round(score, 3))
    return sorted(ranked.values(), key=lambda item: (-item.score, item.price_fen, item.product_id))


def outfit_pushes(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    """A few days after a purchase, suggest what completes it."""
    day = scope.today - timedelta(days=settings.outfit_after_days)
    rows = session.execute(text(f"""
        SELECT DISTINCT p.customer_id, c.owner_guide_id, p.id FROM purchase p JOIN customer c ON c.id = p.customer_id
         WHERE {scope.customers()} AND c.marketing_consent AND p.purchased_at >= :since AND p.purchased_at < :until
           AND date(p.purchased_at, :tz) = :day"""),
        scope.params(day=day.isoformat(), since=utc_bound(day - timedelta(days=1)),
                     until=utc_bound(day + timedelta(days=2)))).all()
    found = []
    for customer_id, guide_id, purchase_id in rows:
        items = complete_the_look(session, customer_id=customer_id, today=scope.today)
        if items:
            found.append(Candidate(customer_id, guide_id, "outfit", f"outfit:{purchase_id}", 58 + items[0].score,
                                   True, {"product": items[0].name, "size": items[0].size, "count": len(items)},
                                   tuple(i.product_id for i in items), template_kind="outfit"))
    return found


def new_arrivals(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    """New products that match a recent customer's style and are in stock in their size: the best one each."""
    since = (scope.today - timedelta(days=settings.new_arrival_days)).isoformat()
    stock: dict[str, set[str]] = {}
    products: dict[str, tuple[str, str, set[str]]] = {}
    for pid, name, kind, tags, size in session.execute(text("""
        SELECT pr.id, pr.name, pr.size_kind, pr.style_tags, ps.size FROM product pr
          JOIN product_stock ps ON ps.product_id = pr.id AND ps.store_id = :store AND ps.qty > 0
         WHERE pr.launched_on >= :since AND pr.launched_on <= :today"""),
            {"store": scope.store_id, "since": since, "today": scope.today.isoformat()}):
        stock.setdefault(pid, set()).add(size)
        products[pid] = (name, kind, _styles(tags))
    if not products:
        return []
    by_style: dict[str, list[str]] = {}
    for pid, (_, _, tags) in products.items():
        for tag in tags:
            by_style.setdefault(tag, []).append(pid)
    rows = session.execute(text(f"""
        SELECT c.id, c.owner_guide_id, c.style_prefs, c.size_top, c.size_bottom, c.size_shoe FROM customer c
         WHERE {scope.customers()} AND c.marketing_consent AND c.last_purchase_at >= :active"""),
        scope.params(active=utc_bound(scope.today - timedelta(days=365)))).all()
    found = []
    for cid, gid, prefs, top, bottom, shoe in rows:
        taste = _styles(prefs)
        sizes = {"size_top": top, "size_bottom": bottom, "size_shoe": shoe}
        best: tuple[int, str] | None = None
        for pid in {p for tag in taste for p in by_style.get(tag, ())}:
            name, kind, tags = products[pid]
            if _size_for(kind, sizes) in stock[pid]:
                overlap = len(taste & tags)
                if best is None or (overlap, pid) > best:
                    best = (overlap, pid)
        if best is not None:
            overlap, pid = best
            name, kind, _ = products[pid]
            found.append(Candidate(cid, gid, "new_arrival", f"new:{pid}", 55 + overlap * 3, True,
                                   {"product": name, "size": _size_for(kind, sizes) or ""}, (pid,),
                                   template_kind="new_arrival"))
    return found
