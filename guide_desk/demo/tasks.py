# SPDX-License-Identifier: Apache-2.0
"""CRM tasks around the anchor: HQ SOP steps triggered by what happened (a recent purchase, a coming
birthday, a dormant customer, yesterday's 1v1) and guides' own tasks. Past ones are mostly done with an
outcome, some overdue; some are due today; the rest lie ahead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from guide_desk.db.tables import Task
from guide_desk.demo.catalog import CatalogInfo
from guide_desk.demo.context import DAY, HOUR, Ctx, dt
from guide_desk.demo.people import Crowd
from guide_desk.demo.reference import Chunk, Reference, table
from guide_desk.demo.sessions import SessionLog
from guide_desk.demo.texts import GUIDE_TASK_DETAILS, GUIDE_TASK_TITLES

FUTURE_DAYS = 30
_OUTCOMES = ("reached",) * 45 + ("no_answer",) * 22 + ("purchased",) * 15 + ("declined",) * 18
_CONTACT = frozenset({"reached", "purchased", "declined"})
_MESSAGE_KIND = {"SOP-D3": "post_purchase", "SOP-D7": "outfit", "SOP-D30": "repurchase", "SOP-BDAY": "birthday",
                 "SOP-DORMANT": "dormant", "SOP-NEWIN": "outfit", "SOP-TIER": "tier_offer",
                 "SOP-1V1": "post_purchase"}


def _triggers(ctx: Ctx, crowd: Crowd, log: SessionLog) -> dict[int, list[tuple[str, int, int]]]:
    """customer → [(template code, due day, product index or -1)] from the customer's history."""
    rand = ctx.rng.random
    day0 = ctx.day0
    found: dict[int, list[tuple[str, int, int]]] = {}
    for i, recent in crowd.recent.items():
        for sec, product, _ in recent:
            bought = (sec - day0) // DAY
            for code, after, chance in (("SOP-D3", 3, 1.0), ("SOP-D7", 7, 0.35), ("SOP-D30", 30, 0.35)):
                if bought + after <= FUTURE_DAYS and rand() < chance:
                    found.setdefault(i, []).append((code, bought + after, product))
    years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
    for i, birthday in enumerate(crowd.birthday):
        if birthday is None or not crowd.consent[i]:
            continue
        for year in years:  # the occurrences near the anchor, across New Year too
            month_day = (2, 28) if (birthday.month, birthday.day) == (2, 29) else (birthday.month, birthday.day)
            due = (date(year, *month_day) - ctx.anchor).days - 7
            if -60 <= due <= FUTURE_DAYS and rand() < 0.9:
                found.setdefault(i, []).append(("SOP-BDAY", due, -1))
    dormant_lo, dormant_hi = day0 - 400 * DAY, day0 - 180 * DAY
    for i, last in enumerate(crowd.last):
        if not crowd.consent[i]:
            continue
        if dormant_lo <= last < dormant_hi and rand() < 0.6:
            found.setdefault(i, []).append(("SOP-DORMANT", -45 + int(rand() * 56), -1))
        if rand() < 0.08:
            found.setdefault(i, []).append(("SOP-NEWIN", -30 + int(rand() * 36), -1))
        if crowd.tier[i] != "normal" and rand() < 0.04:
            found.setdefault(i, []).append(("SOP-TIER", -20 + int(rand() * 28), -1))
    for customer, _, ends in log.done:
        follow = (ends - day0) // DAY + 1
        if follow >= -60:
            found.setdefault(customer, []).append(("SOP-1V1", follow, -1))
    return found


def task_chunks(ctx: Ctx, crowd: Crowd, cat: CatalogInfo, ref: Reference, log: SessionLog,
                batch: int) -> Iterator[Chunk]:
    rng = ctx.rng
    rand = rng.random
    target = table(Task)
    day0 = ctx.day0
    guide_ids = [g.id for g in ctx.guides]
    stores = [s.name for s in ctx.stores]
    triggers = _triggers(ctx, crowd, log)
    extra = (0, 0, 0, 0, 0, 0, 0, 1, 1, 2)  # a guide's own tasks per customer: 0.4 on average
    rows: list[dict[str, Any]] = []
    for i, customer_id in enumerate(crowd.ids):
        created_day = (crowd.created[i] - day0) // DAY
        owner = crowd.owner[i]
        fill = {"称呼": crowd.honorific[i], "尺码": crowd.sizes[i][0], "门店": stores[crowd.store[i]],
                "导购": ctx.guides[owner].name, "商品": ""}
        work = list(triggers.get(i, ()))
        for _ in range(extra[int(rand() * 10)]):
            due = 0 if rand() < 0.05 else -90 + int(rand() * 112)
            work.append(("", due, -1))
        for code, due_day, product in work:
            if due_day <= created_day:
                continue
            fill["商品"] = cat.names[product if product >= 0 else int(rand() * len(cat.names))].split(" ")[0]
            if code:
                template_id, title, description, due_days = ref.templates[code]
                kind = _MESSAGE_KIND[code]
                bodies = ref.messages[kind]
                draft = bodies[int(rand() * len(bodies))].format_map(fill)
                due = ctx.day_sec(due_day) + 18 * HOUR
                created = due - due_days * DAY + 4 * HOUR  # HQ's nightly SOP run, 22:00 of the trigger day
                source, by = "hq", None
            else:
                template_id, due_days = None, 0
                title = GUIDE_TASK_TITLES[int(rand() * len(GUIDE_TASK_TITLES))]
                description = GUIDE_TASK_DETAILS[int(rand() * len(GUIDE_TASK_DETAILS))].format_map(fill)
                draft = ""
                due = ctx.day_sec(due_day) + 11 * HOUR + int(rand() * 9) * HOUR
                created = due - int(rand() * 7 * DAY) - HOUR
                source, by = "guide", guide_ids[owner]
            created = max(min(created, day0 - HOUR - int(rand() * 6 * HOUR)), crowd.created[i] + 60)
            status, outcome, amount, completed, snoozed = "open", None, None, None, None
            roll = rand()
            if due_day < 0:
                open_chance = 0.3 if due_day >= -7 else 0.05 if due_day >= -30 else 0.0  # old work gets closed
                if roll < 0.03:
                    status = "cancelled"
                elif roll >= 0.03 + open_chance:
                    status = "done"
            elif roll < (0.1 if due_day == 0 else 0.03):
                status = "done"  # done ahead of time
            updated = created
            if status == "done":
                outcome = _OUTCOMES[int(rand() * 100)]
                if outcome == "purchased":
                    amount = (299 + 100 * int(rand() * 37)) * 100
                completed = min(max(created + HOUR, due - int(rand() * 2 * DAY)), day0 - 60)
                completed = max(completed, created + 1)
                updated = completed
                if outcome in _CONTACT and completed > crowd.contact[i]:
                    crowd.contact[i] = completed
            elif status == "cancelled":
                updated = created + int((min(due, day0 - 60) - created) * rand())
            elif due_day < 0 and rand() < 0.1:
                snoozed = day0 + (1 + int(rand() * 3)) * DAY + 10 * HOUR
            rows.append({
                "id": ctx.new_id(created), "customer_id": customer_id, "assignee_guide_id": guide_ids[owner],
                "created_by_guide_id": by, "source": source, "template_id": template_id, "title": title,
                "description": description, "draft": draft, "due_at": dt(due),
                "snoozed_until": dt(snoozed) if snoozed else None, "status": status, "outcome": outcome,
                "outcome_amount_fen": amount, "completed_at": dt(completed) if completed else None,
                "created_at": dt(created), "updated_at": dt(updated), "server_version": 0,
            })
        if len(rows) >= batch:
            yield target, rows
            rows = []
    yield target, rows
