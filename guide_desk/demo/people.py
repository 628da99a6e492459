# SPDX-License-Identifier: Apache-2.0
"""Demo customers: who they are (the `Crowd`, column lists drawn first), then their rows once purchases,
tasks and sessions have filled in the aggregates — plus their tags and consent history."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from guide_desk.db.tables import ConsentEvent, Customer, CustomerTag
from guide_desk.demo.context import DAY, HOUR, Ctx, dt
from guide_desk.demo.names import NameMaker, PhoneMaker, WecomIdMaker, honorific
from guide_desk.demo.reference import Chunk, Reference, table
from guide_desk.demo.texts import BOTTOM_SIZES, CHANNEL_SOURCES, SHOE_SIZES, STYLES, TOP_SIZES
from guide_desk.model.rules.search_columns import given_name, pinyin_keys

# Spend over two years (fen) → tier.
TIERS = ((3_500_000, "platinum"), (1_800_000, "gold"), (500_000, "silver"), (0, "normal"))
_TOP_F = (0,) * 8 + (1,) * 30 + (2,) * 35 + (3,) * 20 + (4,) * 7
_TOP_M = (2,) * 15 + (3,) * 45 + (4,) * 40
_SHOE_F = (0,) * 8 + (1,) * 20 + (2,) * 30 + (3,) * 25 + (4,) * 12 + (5,) * 5
_SOURCES = (0,) * 60 + (1,) * 18 + (2,) * 14 + (3,) * 8


@dataclass
class Crowd:
    """Column lists, one entry per customer; aggregates start empty and are filled by the activity."""

    ids: list[str] = field(default_factory=list)
    store: list[int] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)  # index into ctx.guides
    name: list[str] = field(default_factory=list)
    honorific: list[str] = field(default_factory=list)
    gender: list[str] = field(default_factory=list)
    phone: list[tuple[str, str, str]] = field(default_factory=list)
    wecom: list[str | None] = field(default_factory=list)
    birthday: list[date | None] = field(default_factory=list)
    sizes: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    consent: list[bool] = field(default_factory=list)
    buyer: list[bool] = field(default_factory=list)
    cadence: list[float] = field(default_factory=list)
    count: list[int] = field(default_factory=list)
    spent: list[int] = field(default_factory=list)
    first: list[int] = field(default_factory=list)
    last: list[int] = field(default_factory=list)
    channels: list[int] = field(default_factory=list)  # bit 1 store, bit 2 mini-program
    recent: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # (sec, product, size)
    contact: list[int] = field(default_factory=list)
    tier: list[str] = field(default_factory=list)
    by_guide: dict[int, list[int]] = field(default_factory=dict)
    by_store: dict[int, list[int]] = field(default_factory=dict)


def draw_crowd(ctx: Ctx) -> Crowd:
    rng = ctx.rng
    rand = rng.random
    crowd = Crowd()
    names, phones, wecoms = NameMaker(rng), PhoneMaker(rng), WecomIdMaker(rng)
    staff = {s: [ctx.guides.index(g) for g in ctx.store_guides(s, staff_only=True)] for s in range(len(ctx.stores))}
    managers = {g.store: index for index, g in enumerate(ctx.guides) if g.role == "manager"}
    anchor, year = ctx.anchor, ctx.anchor.year
    log_cadence = math.log(55)
    for i in range(ctx.customers):
        store = 0 if rand() < 0.55 else 1
        owner = managers[store] if rand() < 0.1 else staff[store][int(rand() * len(staff[store]))]
        name, surname, gender = names.draw()
        created_day = -int(1400 * rand() ** 1.3) - 1
        created = ctx.day_sec(created_day) + 10 * HOUR + int(rand() * 12 * HOUR)
        crowd.ids.append(ctx.new_id(created))
        crowd.store.append(store)
        crowd.owner.append(owner)
        crowd.name.append(name)
        crowd.honorific.append(honorific(surname, gender))
        crowd.gender.append(gender)
        crowd.phone.append(phones.draw())
        crowd.wecom.append(wecoms.draw() if rand() < 0.85 else None)
        crowd.birthday.append(_birthday(rng.random, anchor, year) if rand() < 0.9 else None)
        top = (_TOP_F if gender == "F" else _TOP_M)[int(rand() * 100)]
        bottom = BOTTOM_SIZES[min(5, top + int(rand() * 2))] if rand() < 0.92 else None
        shoe_index = _SHOE_F[int(rand() * 100)] if gender == "F" else 4 + int(rand() * 2)
        crowd.sizes.append((TOP_SIZES[top], bottom, SHOE_SIZES[shoe_index] if rand() < 0.85 else None))
        crowd.styles.append(",".join(rng.sample(STYLES, 1 if rand() < 0.45 else 2 if rand() < 0.75 else 3)))
        crowd.source.append(CHANNEL_SOURCES[_SOURCES[int(rand() * 100)]])
        crowd.created.append(created)
        crowd.consent.append(rand() < 0.8)
        crowd.buyer.append(rand() < 0.88)
        crowd.cadence.append(min(300.0, max(20.0, rng.lognormvariate(log_cadence, 0.5))))
        crowd.by_guide.setdefault(owner, []).append(i)
        crowd.by_store.setdefault(store, []).append(i)
    n = ctx.customers
    crowd.count, crowd.spent, crowd.first, crowd.last = [0] * n, [0] * n, [0] * n, [0] * n
    crowd.channels, crowd.contact, crowd.tier = [0] * n, [0] * n, ["normal"] * n
    return crowd


def _birthday(rand: Any, anchor: date, year: int) -> date:
    age = 20 + int(rand() * 36)
    if rand() < 0.03:  # a birthday in the coming week, so the Today page has some
        soon = anchor + timedelta(days=int(rand() * 8))
        day = 28 if soon.month == 2 and soon.day == 29 else soon.day
        return date(soon.year - age, soon.month, day)
    return date(year - age, 1, 1) + timedelta(days=int(rand() * 365))


def settle_tiers(crowd: Crowd) -> None:
    """Tier from two years of spend, once purchases are in."""
    for i, spent in enumerate(crowd.spent):
        crowd.tier[i] = next(tier for floor, tier in TIERS if spent >= floor)


def customer_chunks(ctx: Ctx, crowd: Crowd, batch: int) -> Iterator[Chunk]:
    target = table(Customer)
    store_ids = [s.id for s in ctx.stores]
    guide_ids = [g.id for g in ctx.guides]
    rand = ctx.rng.random
    rows: list[dict[str, Any]] = []
    for i, customer_id in enumerate(crowd.ids):
        name = crowd.name[i]
        pinyin, initials = pinyin_keys(name)
        e164, digits, rev = crowd.phone[i]
        top, bottom, shoe = crowd.sizes[i]
        spent, last, contact, created = crowd.spent[i], crowd.last[i], crowd.contact[i], crowd.created[i]
        points, expires = 0, None
        if last and last + 365 * DAY > ctx.day0:  # points last a year after the latest purchase
            points = spent // 100 - int(spent // 100 * rand() * 0.6)
            expires = (dt(last) + timedelta(days=365)).date() if points else None
        rows.append({
            "id": customer_id, "store_id": store_ids[crowd.store[i]], "owner_guide_id": guide_ids[crowd.owner[i]],
            "name": name, "name_pinyin": pinyin, "name_initials": initials, "name_given": given_name(name),
            "phone_e164": e164,
            "phone_digits": digits, "phone_rev": rev, "wecom_external_id": crowd.wecom[i],
            "gender": crowd.gender[i], "birthday": crowd.birthday[i], "size_top": top, "size_bottom": bottom,
            "size_shoe": shoe, "style_prefs": crowd.styles[i], "tier": crowd.tier[i], "points": points,
            "points_expire_on": expires, "marketing_consent": crowd.consent[i], "source": crowd.source[i],
            "purchase_count": crowd.count[i], "total_spent_fen": spent,
            "first_purchase_at": dt(crowd.first[i]) if crowd.first[i] else None,
            "last_purchase_at": dt(last) if last else None,
            "last_contact_at": dt(contact) if contact else None,
            "created_at": dt(created), "updated_at": dt(max(created, last, contact)), "archived_at": None,
            "server_version": 0,
        })
        if len(rows) >= batch:
            yield target, rows
            rows = []
    yield target, rows


def tag_chunks(ctx: Ctx, crowd: Crowd, ref: Reference, batch: int) -> Iterator[Chunk]:
    """4–7 tags per customer, each consistent with the customer's record."""
    target = table(CustomerTag)
    tag = ref.tag_ids
    rand = ctx.rng.random
    spent_sorted = sorted(s for s in crowd.spent if s)
    high = spent_sorted[int(len(spent_sorted) * 0.9)] if spent_sorted else 1
    dormant_before, new_after = ctx.day_sec(-180), ctx.day_sec(-90)
    valued = dt(ctx.day_sec(-1) + 3 * HOUR)  # the nightly value recompute
    rows: list[dict[str, Any]] = []
    for i, customer_id in enumerate(crowd.ids):
        count, created, last = crowd.count[i], dt(crowd.created[i]), crowd.last[i]
        status = "未购买" if count == 0 else "已购买" if count == 1 else "复购"
        picked = {status: dt(last) if last else created}
        source = crowd.source[i]
        if crowd.channels[i] & 1 or source == "store":
            picked["门店"] = created
        if crowd.channels[i] & 2 or source == "mini_program":
            picked["小程序"] = created
        if source == "live":
            picked["直播"] = created
        if source == "wecom" or crowd.wecom[i] and rand() < 0.15:
            picked["企业微信"] = created
        if not crowd.channels[i] and len(picked) == 1:
            picked["门店"] = created
        for number, style in enumerate(crowd.styles[i].split(",")):  # the first preference, often more
            if number == 0 or rand() < 0.4:
                picked[style] = created
        picked[f"{crowd.sizes[i][0]}码"] = created
        if count and crowd.spent[i] >= high:
            picked["高价值"] = valued
        if count and last < dormant_before:
            picked["沉睡"] = valued
        if crowd.created[i] >= new_after:
            picked["新客"] = valued
        elif count and len(picked) < 7 and rand() < 0.4 and last >= dormant_before:
            picked["潜力"] = valued
        rows.extend({"customer_id": customer_id, "tag_id": tag[name], "added_at": at} for name, at in picked.items())
        if len(rows) >= batch:
            yield target, rows
            rows = []
    yield target, rows


def consent_chunks(ctx: Ctx, crowd: Crowd, batch: int) -> Iterator[Chunk]:
    """One event per customer; some who said no had said yes first (the latest event is the state)."""
    target = table(ConsentEvent)
    rand = ctx.rng.random
    guide_ids = [g.id for g in ctx.guides]
    rows: list[dict[str, Any]] = []
    for i, customer_id in enumerate(crowd.ids):
        at, consent, by = crowd.created[i] + 60, crowd.consent[i], guide_ids[crowd.owner[i]]
        source = crowd.source[i]
        if not consent and rand() < 0.4:
            rows.append({"id": ctx.new_id(at), "customer_id": customer_id, "channel": "wecom", "granted": True,
                         "source": source, "recorded_by": by, "at": dt(at)})
            at += int((ctx.day0 - 1 - at) * rand())
        rows.append({"id": ctx.new_id(at), "customer_id": customer_id, "channel": "wecom", "granted": consent,
                     "source": source, "recorded_by": by, "at": dt(at)})
        if len(rows) >= batch:
            yield target, rows
            rows = []
    yield target, rows
