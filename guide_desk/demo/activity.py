# SPDX-License-Identifier: Apache-2.0
"""Two years of purchases (per-customer cadence, churn, seasonal products) and customers' notes.

Purchases fill the crowd's aggregates (count, spend, first/last, channels, recent buys) as they stream, so
the customer rows written afterwards agree with them exactly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from guide_desk.db.tables import Note, Purchase, PurchaseLine
from guide_desk.demo.catalog import CatalogInfo
from guide_desk.demo.context import DAY, HOUR, PURCHASE_DAYS, Ctx, dt
from guide_desk.demo.people import Crowd
from guide_desk.demo.reference import Chunk, table
from guide_desk.demo.texts import JOBS, NOTE_TEMPLATES, SIZES_BY_KIND

_LINES = (1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4)
_DISCOUNTS = (100, 100, 100, 100, 100, 100, 90, 90, 80, 70)  # percent of list price
_SEASON_DAYS = 240  # customers buy what launched in the last eight months
_RECENT_DAYS = 95


def purchase_chunks(ctx: Ctx, crowd: Crowd, cat: CatalogInfo, batch: int) -> Iterator[Chunk]:
    rng = ctx.rng
    rand, new_id, lognorm, expo = rng.random, ctx.new_id, rng.lognormvariate, rng.expovariate
    purchase_table, line_table = table(Purchase), table(PurchaseLine)
    ymd = [(ctx.anchor + timedelta(days=d)).strftime("%Y%m%d") for d in range(-PURCHASE_DAYS, 1)]
    day0, start = ctx.day0, -PURCHASE_DAYS
    cat_ids, cat_days, prices, kinds = cat.ids, cat.days, cat.prices, cat.kinds
    n_products = len(cat_ids)
    store_ids = [s.id for s in ctx.stores]
    codes = [s.code for s in ctx.stores]
    guide_ids = [g.id for g in ctx.guides]
    store_staff = [[guide_ids[ctx.guides.index(g)] for g in ctx.store_guides(s)] for s in range(len(ctx.stores))]
    season_lo = {d: bisect_left(cat_days, d - _SEASON_DAYS) for d in range(start - 1, 1)}
    season_hi = {d: bisect_right(cat_days, d) for d in range(start - 1, 1)}
    purchases: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    seq = 0
    for i, customer_id in enumerate(crowd.ids):
        if not crowd.buyer[i]:
            continue
        created, cadence, home = crowd.created[i], crowd.cadence[i], crowd.store[i]
        created_day = (created - day0) // DAY
        owner = guide_ids[crowd.owner[i]]
        top, bottom, shoe = crowd.sizes[i]
        by_kind = {"top": top, "bottom": bottom, "shoe": shoe, "onesize": "F"}
        if created_day < start:
            day = start + int(expo(1.0 / cadence))
        else:
            day = created_day if rand() < 0.6 else created_day + int(rand() * 20)
        count = spent = first = last = channels = 0
        recent: list[tuple[int, int, str]] = []
        while day < 0:
            if day == created_day:
                sec = created + 60 + int(rand() * 1800)
            else:
                sec = day0 + day * DAY + 10 * HOUR + int(rand() * 41_400)
            if rand() < 0.22:
                channel, store = "mini_program", home
                guide = owner if rand() < 0.7 else None
                channels |= 2
            else:
                channel, store = "store", home if rand() < 0.95 else 1 - home
                guide = owner if store == home and rand() < 0.75 else rng.choice(store_staff[store])
                channels |= 1
            purchase_id = new_id(sec)
            lo, hi = season_lo[day], season_hi[day]
            if hi - lo < 10:
                lo, hi = max(0, hi - 40), max(hi, min(n_products, 40))
            total = 0
            for _ in range(_LINES[int(rand() * 11)]):
                product = lo + int(rand() * (hi - lo))
                size = by_kind[kinds[product]] or rng.choice(SIZES_BY_KIND[kinds[product]])
                price = prices[product] * _DISCOUNTS[int(rand() * 10)] // 10_000 * 100
                qty = 2 if rand() < 0.04 else 1
                total += price * qty
                lines.append({"id": new_id(sec), "purchase_id": purchase_id, "product_id": cat_ids[product],
                              "size": size, "qty": qty, "price_fen": price})
            seq += 1
            purchases.append({"id": purchase_id, "order_no": f"{codes[store]}{ymd[day - start]}{seq:07d}",
                              "customer_id": customer_id, "store_id": store_ids[store], "guide_id": guide,
                              "channel": channel, "purchased_at": dt(sec), "total_fen": total})
            count += 1
            spent += total
            first = first or sec
            last = sec
            if day >= -_RECENT_DAYS:
                recent.append((sec, product, size))
            if rand() < (0.22 if count == 1 else 0.055):  # churn: many buy once, some drift away later
                break
            day += max(5, int(cadence * lognorm(0.0, 0.4)))
        crowd.count[i], crowd.spent[i], crowd.first[i], crowd.last[i] = count, spent, first, last
        crowd.channels[i] = channels
        if recent:
            crowd.recent[i] = recent
        if len(lines) >= batch:
            yield purchase_table, purchases
            yield line_table, lines
            purchases, lines = [], []
    yield purchase_table, purchases
    yield line_table, lines


def note_chunks(ctx: Ctx, crowd: Crowd, cat: CatalogInfo, batch: int) -> Iterator[Chunk]:
    """About 1.6 append-only notes per customer, written by the owner (sometimes a colleague)."""
    rng = ctx.rng
    rand = rng.random
    target = table(Note)
    guide_ids = [g.id for g in ctx.guides]
    colleagues = [[guide_ids[ctx.guides.index(g)] for g in ctx.store_guides(s)] for s in range(len(ctx.stores))]
    categories = sorted(set(cat.categories))
    colors = [name.rsplit(" ", 1)[-1] for name in cat.names[-200:]]
    counts = (0, 0, 1, 1, 1, 2, 2, 2, 3, 4)
    now = ctx.day0 - 600
    rows: list[dict[str, Any]] = []
    for i, customer_id in enumerate(crowd.ids):
        created = crowd.created[i]
        for _ in range(counts[int(rand() * 10)]):
            sec = created + int((now - created) * rand())
            product = crowd.recent[i][-1][1] if i in crowd.recent else int(rand() * len(cat.names))
            birthday = crowd.birthday[i]
            body = NOTE_TEMPLATES[int(rand() * len(NOTE_TEMPLATES))].format(
                style=crowd.styles[i].split(",")[0], color=colors[int(rand() * len(colors))],
                cat=categories[int(rand() * len(categories))], product=cat.names[product],
                size=crowd.sizes[i][0], month=birthday.month if birthday else 1 + int(rand() * 12),
                job=JOBS[int(rand() * len(JOBS))], height=155 + int(rand() * 18),
            )
            guide = guide_ids[crowd.owner[i]] if rand() < 0.85 else rng.choice(colleagues[crowd.store[i]])
            rows.append({"id": ctx.new_id(sec), "customer_id": customer_id, "guide_id": guide, "body": body,
                         "created_at": dt(sec), "server_version": 0})
        if len(rows) >= batch:
            yield target, rows
            rows = []
    yield target, rows
