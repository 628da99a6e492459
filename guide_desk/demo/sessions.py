# SPDX-License-Identifier: Apache-2.0
"""1v1 sessions (in-store styling, video try-on, home try-on) laid out day by day per guide.

Each guide-day is packed with non-overlapping sessions inside store hours (10:00–22:00 local), and every
in-store session takes a fitting room free at that time, so no guide and no room is ever double-booked.
A guide takes at most about seven sessions a day; when the store's size asks for more sessions than fit
in -60…+30 days, the history reaches further back instead of packing the days fuller.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from guide_desk.db.tables import Appointment
from guide_desk.demo.catalog import CatalogInfo
from guide_desk.demo.context import DAY, HOUR, Ctx, dt
from guide_desk.demo.people import Crowd
from guide_desk.demo.reference import Chunk, table
from guide_desk.demo.texts import APPOINTMENT_NOTES, CANCEL_REASONS, DISTRICTS, ROOMS

PAST_DAYS, FUTURE_DAYS = 60, 30
PER_CUSTOMER = 0.2  # sessions per customer: 20k at L
MAX_PER_DAY = 7.0
_DURATIONS = (30, 45, 60, 60, 60, 90)  # minutes
_SLOT = 15 * 60
_OPEN_SLOTS = 12 * 4  # 10:00–22:00 in 15-minute slots


@dataclass
class SessionLog:
    """Done sessions (customer, guide, end) so the SOP-1V1 follow-up tasks can refer to them."""

    done: list[tuple[int, int, int]] = field(default_factory=list)


def session_window(ctx: Ctx) -> int:
    """How many days back the sessions reach: 60, or more when the days would otherwise overflow."""
    needed = ctx.customers * PER_CUSTOMER / (_staffing(ctx) * MAX_PER_DAY)
    return max(PAST_DAYS, math.ceil(needed) - FUTURE_DAYS - 1)


def _staffing(ctx: Ctx) -> float:
    """Guides available for sessions; a manager takes half a guide's load."""
    return sum(0.5 if g.role == "manager" else 1.0 for g in ctx.guides)


def session_chunks(ctx: Ctx, crowd: Crowd, cat: CatalogInfo, log: SessionLog, batch: int) -> Iterator[Chunk]:
    rng = ctx.rng
    rand = rng.random
    target = table(Appointment)
    past = session_window(ctx)
    days = past + FUTURE_DAYS + 1
    rate = ctx.customers * PER_CUSTOMER / (_staffing(ctx) * days)
    categories = sorted(set(cat.categories))
    rows: list[dict[str, Any]] = []
    for day in range(-past, FUTURE_DAYS + 1):
        opens = ctx.day_sec(day) + 10 * HOUR
        rooms: list[list[list[tuple[int, int]]]] = [[[] for _ in ROOMS] for _ in ctx.stores]
        for g, guide in enumerate(ctx.guides):
            mean = rate * (0.5 if guide.role == "manager" else 1.0)
            k = int(mean * (0.4 + 1.2 * rand()) + rand())
            lengths = [_DURATIONS[int(rand() * len(_DURATIONS))] * 60 // _SLOT for _ in range(k)]
            while sum(lengths) > _OPEN_SLOTS - 2:
                lengths.pop()
            free = _OPEN_SLOTS - sum(lengths)
            cuts = sorted(int(rand() * (free + 1)) for _ in lengths)
            slot, previous = 0, 0
            for length, cut in zip(lengths, cuts, strict=True):
                slot += cut - previous
                previous = cut
                starts, ends = opens + slot * _SLOT, opens + (slot + length) * _SLOT
                slot += length
                made = _session(ctx, crowd, g, day, starts, ends, rooms[guide.store], categories)
                if made is None:
                    continue
                customer, row = made
                rows.append(row)
                if row["status"] == "done":
                    log.done.append((customer, g, ends))
                    crowd.contact[customer] = max(crowd.contact[customer], ends)
        if len(rows) >= batch:
            yield target, rows
            rows = []
    yield target, rows


def _session(
    ctx: Ctx, crowd: Crowd, g: int, day: int, starts: int, ends: int, rooms: list[list[tuple[int, int]]],
    categories: list[str],
) -> tuple[int, dict[str, Any]] | None:
    """One session in [starts, ends) with someone who was a customer when it was booked (None: nobody)."""
    rng = ctx.rng
    rand = rng.random
    guide = ctx.guides[g]
    own = crowd.by_guide.get(g, [])
    booked = min(starts - DAY - int(rand() * 13 * DAY), ctx.day0 - HOUR - int(rand() * 3 * DAY))
    for _ in range(8):  # someone who was already a customer when the session was booked
        pool = own if own and rand() < 0.85 else crowd.by_store[guide.store]
        customer = pool[int(rand() * len(pool))]
        if crowd.created[customer] < booked:
            break
    else:
        return None
    kind = "in_store" if rand() < 0.6 else "video" if rand() < 0.75 else "home"
    resource = link = address = None
    if kind == "in_store":
        for number, taken in enumerate(rooms):
            if all(e <= starts or s >= ends for s, e in taken):
                taken.append((starts, ends))
                resource = ROOMS[number]
                break
        else:
            kind = "video"
    if kind == "video":
        link = f"https://meeting.tencent.com/dm/{rng.randrange(10**11, 10**12)}"
    elif kind == "home":
        city = ctx.stores[guide.store].city
        district, roads = DISTRICTS[city][int(rand() * len(DISTRICTS[city]))]
        address = (f"{city}市{district}{roads[int(rand() * len(roads))]}{1 + int(rand() * 1500)}弄"
                   f"{1 + int(rand() * 30)}号{101 + int(rand() * 25) * 100 + int(rand() * 4)}室")
    if day < 0:
        roll = rand()
        status = "done" if roll < 0.75 else "no_show" if roll < 0.85 else "cancelled"
    else:
        status = "booked" if rand() < 0.92 else "cancelled"
    if status == "cancelled":
        updated = booked + int((min(starts, ctx.day0 - 60) - booked) * rand())
    elif status == "booked":
        updated = booked
    else:
        updated = min(ends + HOUR, ctx.day0 - 60)
    note = APPOINTMENT_NOTES[int(rand() * len(APPOINTMENT_NOTES))]
    if note:
        note = note.format(cat=categories[int(rand() * len(categories))], size=crowd.sizes[customer][0])
    return customer, {
        "id": ctx.new_id(booked), "customer_id": crowd.ids[customer], "guide_id": guide.id,
        "store_id": ctx.stores[guide.store].id, "kind": kind, "starts_at": dt(starts), "ends_at": dt(ends),
        "resource": resource, "meeting_link": link, "address": address, "note": note, "status": status,
        "cancel_reason": rng.choice(CANCEL_REASONS) if status == "cancelled" else None, "sequence": 0,
        "created_at": dt(booked), "updated_at": dt(updated), "server_version": 0,
    }
