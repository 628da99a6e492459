# SPDX-License-Identifier: Apache-2.0
"""Outfit pushes (complete the look) and new arrivals: items in stock in the customer's own size at their
store, never what they already own, ranked by style overlap and closeness to what they usually spend."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import text
from sqlmodel import Session

from guide_desk.tasks.rules import Candidate, Scope, utc_bound
from guide_desk.tasks.suggest_settings import SuggestionSettings

SIZE_COLUMN = {"top": "size_top", "bottom": "size_bottom", "shoe": "size_shoe"}
ONE_SIZE = "F"
RECENT_DAYS = 60  # purchases a look is completed for
TOGETHER = 10  # bought-together partners considered per product


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


@dataclass
class Catalogue:
    """Per-product lookups shared by every customer of one recompute: many bought the same items."""

    store_id: str
    companions: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)
    stock: dict[str, list[tuple[str, str, int, str, str]]] = field(default_factory=dict)

    def prefetch(self, session: Session, product_ids: set[str]) -> None:
        """Load partners for many products in two queries, instead of two per product."""
        wanted = sorted(product_ids - set(self.companions))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks, bound = _marks(chunk)
            looks: dict[str, set[str]] = {pid: set() for pid in chunk}
            for a, b in session.execute(text(f"""
                SELECT DISTINCT li1.product_id, li2.product_id FROM look_item li1
                  JOIN look_item li2 ON li2.look_id = li1.look_id AND li2.product_id != li1.product_id
                 WHERE li1.product_id IN ({marks})"""), bound):
                looks[a].add(b)
            together: dict[str, set[str]] = {pid: set() for pid in chunk}
            for a, b in session.execute(text(f"""
                SELECT a, b FROM (
                    SELECT pl1.product_id AS a, pl2.product_id AS b, ROW_NUMBER() OVER (
                           PARTITION BY pl1.product_id ORDER BY count(*) DESC, pl2.product_id) AS rank
                      FROM purchase_line pl1 JOIN purchase_line pl2
                        ON pl2.purchase_id = pl1.purchase_id AND pl2.product_id != pl1.product_id
                     WHERE pl1.product_id IN ({marks}) GROUP BY pl1.product_id, pl2.product_id)
                 WHERE rank <= {TOGETHER}"""), bound):
                together[a].add(b)
            for pid in chunk:
                self.companions[pid] = (looks[pid], together[pid])

    def in_stock(self, session: Session, product_ids: set[str]) -> dict[str, list[tuple[str, str, int, str, str]]]:
        """(name, size kind, price, style tags, size) per size in stock at the store, by product."""
        missing = sorted(product_ids - set(self.stock))
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            marks, bound = _marks(chunk)
            for pid in chunk:
                self.stock[pid] = []
            for pid, name, kind, price, tags, size in session.execute(text(f"""
                SELECT pr.id, pr.name, pr.size_kind, pr.price_fen, pr.style_tags, ps.size FROM product pr
                  JOIN product_stock ps ON ps.product_id = pr.id AND ps.store_id = :store AND ps.qty > 0
                 WHERE pr.id IN ({marks})"""), {"store": self.store_id, **bound}):
                self.stock[pid].append((name, kind, price, tags, size))
        return {pid: self.stock[pid] for pid in product_ids}


def _marks(values: list[str]) -> tuple[str, dict[str, str]]:
    return ", ".join(f":v{i}" for i in range(len(values))), {f"v{i}": v for i, v in enumerate(values)}


_PROFILE = "SELECT id, store_id, size_top, size_bottom, size_shoe, style_prefs FROM customer WHERE id IN ({marks})"
_OWNED = """
    SELECT DISTINCT p.customer_id, pl.product_id, pl.price_fen, pr.style_tags, p.purchased_at >= :since
      FROM purchase p JOIN purchase_line pl ON pl.purchase_id = p.id JOIN product pr ON pr.id = pl.product_id
     WHERE p.customer_id IN ({marks})"""


def complete_the_look(session: Session, *, customer_id: str, recent_days: int = RECENT_DAYS, limit: int = 4,
                      today: date | None = None, catalogue: Catalogue | None = None) -> list[OutfitItem]:
    """What goes with the customer's recent purchases: HQ looks first, then what others bought together."""
    looks = complete_the_looks(session, customer_ids=[customer_id], recent_days=recent_days, limit=limit,
                               today=today, catalogue=catalogue)
    return looks.get(customer_id, [])


def complete_the_looks(session: Session, *, customer_ids: list[str], recent_days: int = RECENT_DAYS,
                       limit: int = 4, today: date | None = None,
                       catalogue: Catalogue | None = None) -> dict[str, list[OutfitItem]]:
    """complete_the_look for many customers of one store, reading their profiles and purchases in bulk."""
    since = utc_bound((today or date.today()) - timedelta(days=recent_days))
    profiles: dict[str, tuple[str, dict[str, str | None], str | None]] = {}
    owned: dict[str, list[tuple[str, int, str, bool]]] = {}
    for start in range(0, len(customer_ids), 500):
        marks, bound = _marks(customer_ids[start:start + 500])
        for cid, store_id, top, bottom, shoe, prefs in session.execute(text(_PROFILE.format(marks=marks)), bound):
            profiles[cid] = (store_id, {"size_top": top, "size_bottom": bottom, "size_shoe": shoe}, prefs)
        for cid, pid, price, tags, recent in session.execute(text(_OWNED.format(marks=marks)),
                                                            {**bound, "since": since}):
            owned.setdefault(cid, []).append((pid, price, tags, bool(recent)))
    catalogues: dict[str, Catalogue] = {} if catalogue is None else {catalogue.store_id: catalogue}
    for store_id in {store for store, _, _ in profiles.values()}:
        shared = catalogues.setdefault(store_id, Catalogue(store_id))
        members = [cid for cid, profile in profiles.items() if profile[0] == store_id]
        shared.prefetch(session, {row[0] for cid in members for row in owned.get(cid, []) if row[3]})
        wanted: set[str] = set()
        for cid in members:
            for product_id in {row[0] for row in owned.get(cid, []) if row[3]}:
                wanted |= shared.companions[product_id][0] | shared.companions[product_id][1]
        shared.in_stock(session, wanted)  # one pass for everyone's candidates
    looks: dict[str, list[OutfitItem]] = {}
    for cid, (store_id, sizes, prefs) in profiles.items():
        items = _look_for(session, catalogues[store_id], sizes, prefs, owned.get(cid, []))[:limit]
        if items:
            looks[cid] = items
    return looks


def _look_for(session: Session, shared: Catalogue, sizes: dict[str, str | None], prefs: str | None,
              owned: list[tuple[str, int, str, bool]]) -> list[OutfitItem]:
    recent = [row for row in owned if row[3]]
    if not recent:
        return []
    taste = _styles(prefs) | set().union(*(_styles(row[2]) for row in recent))
    usual_price = sum(row[1] for row in owned) / len(owned)
    from_looks: set[str] = set()
    together: set[str] = set()
    for product_id in sorted({row[0] for row in recent}):
        looks, bought = shared.companions[product_id]
        from_looks |= looks
        together |= bought
    candidates = (from_looks | together) - {row[0] for row in owned}
    ranked: dict[str, OutfitItem] = {}
    for pid, sizes_in_stock in shared.in_stock(session, candidates).items():
        for name, kind, price, tags, size in sizes_in_stock:
            if _size_for(kind, sizes) != size:
                continue
            band = abs(math.log(max(price, 1) / max(usual_price, 1)))
            score = len(taste & _styles(tags)) * 2 + (1.5 if pid in from_looks else 0) - band
            ranked[pid] = OutfitItem(pid, name, size, price, pid in from_looks, round(score, 3))
    return sorted(ranked.values(), key=lambda item: (-item.score, item.price_fen, item.product_id))


def outfit_items(session: Session, *, customer_id: str, product_ids: list[str]) -> list[OutfitItem]:
    """The suggested products as the customer would get them: in their size, at today's price."""
    customer = session.execute(text(
        "SELECT size_top, size_bottom, size_shoe FROM customer WHERE id = :id"), {"id": customer_id}).first()
    if customer is None or not product_ids:
        return []
    sizes = {"size_top": customer[0], "size_bottom": customer[1], "size_shoe": customer[2]}
    marks, bound = _marks(list(product_ids))
    rows = {pid: (name, kind, price) for pid, name, kind, price in session.execute(text(
        f"SELECT id, name, size_kind, price_fen FROM product WHERE id IN ({marks})"), bound)}
    return [OutfitItem(pid, rows[pid][0], _size_for(rows[pid][1], sizes) or "", rows[pid][2], False, 0.0)
            for pid in product_ids if pid in rows]


def outfit_pushes(session: Session, scope: Scope, settings: SuggestionSettings) -> list[Candidate]:
    """A few days after a purchase, suggest what completes it."""
    day = scope.today - timedelta(days=settings.outfit_after_days)
    rows = session.execute(text(f"""
        SELECT DISTINCT p.customer_id, c.owner_guide_id, p.id FROM purchase p JOIN customer c ON c.id = p.customer_id
         WHERE {scope.customers()} AND c.marketing_consent AND p.purchased_at >= :since AND p.purchased_at < :until
           AND date(p.purchased_at, :tz) = :day"""),
        scope.params(day=day.isoformat(), since=utc_bound(day - timedelta(days=1)),
                     until=utc_bound(day + timedelta(days=2)))).all()
    catalogue = Catalogue(scope.store_id)
    looks = complete_the_looks(session, customer_ids=sorted({cid for cid, _, _ in rows}), today=scope.today,
                               catalogue=catalogue)
    found = []
    for customer_id, guide_id, purchase_id in rows:
        items = looks.get(customer_id)
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
    def best_for(prefs: str | None, top: str | None, bottom: str | None, shoe: str | None) -> tuple[int, str] | None:
        taste = _styles(prefs)
        sizes = {"size_top": top, "size_bottom": bottom, "size_shoe": shoe}
        best: tuple[int, str] | None = None
        for pid in {p for tag in taste for p in by_style.get(tag, ())}:
            _, kind, tags = products[pid]
            if _size_for(kind, sizes) in stock[pid] and (best is None or (len(taste & tags), pid) > best):
                best = (len(taste & tags), pid)
        return best

    memo: dict[tuple[str | None, ...], tuple[int, str] | None] = {}  # customers share few (style, size) profiles
    found = []
    for cid, gid, prefs, top, bottom, shoe in rows:
        profile = (prefs, top, bottom, shoe)
        if profile not in memo:
            memo[profile] = best_for(*profile)
        best = memo[profile]
        if best is not None:
            overlap, pid = best
            name, kind, _ = products[pid]
            size = _size_for(kind, {"size_top": top, "size_bottom": bottom, "size_shoe": shoe}) or ""
            found.append(Candidate(cid, gid, "new_arrival", f"new:{pid}", 55 + overlap * 3, True,
                                   {"product": name, "size": size}, (pid,), template_kind="new_arrival"))
    return found
