# SPDX-License-Identifier: Apache-2.0
"""Reference rows of the demo store: two stores, eight guides (a manager and three guides each), the tag
groups, HQ SOP task templates and 话术 message templates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from guide_desk.accounts.pins import hash_pin
from guide_desk.db.tables import Guide, MessageTemplate, Store, Tag, TagGroup, TaskTemplate
from guide_desk.demo.context import DAY, Ctx, GuideInfo, StoreInfo, dt
from guide_desk.demo.texts import GUIDE_MESSAGE_TEMPLATES, MESSAGE_TEMPLATES, TAG_GROUPS, TASK_TEMPLATES

Chunk = tuple[Table, list[dict[str, Any]]]

GUIDE_PIN = "1357"
MANAGER_PIN = "2580"
_STORES = (("SH01", "上海静安店", "上海", ("王静", "李娜", "陈思雨", "周婷")),
           ("HZ01", "杭州湖滨店", "杭州", ("赵敏", "孙佳怡", "吴倩", "郑晓雪")))


@dataclass
class Reference:
    """Ids the activity generators need: tags by name, templates by code, 话术 bodies by kind."""

    tag_ids: dict[str, str] = field(default_factory=dict)
    templates: dict[str, tuple[str, str, str, int]] = field(default_factory=dict)  # code → id, title, body, days
    messages: dict[str, list[str]] = field(default_factory=dict)


def table(model: Any) -> Table:
    result: Table = model.__table__
    return result


def reference_rows(ctx: Ctx) -> tuple[Reference, list[Chunk]]:
    """Stores and guides go into `ctx`; everything else is returned for insertion."""
    ref = Reference()
    founded = ctx.day_sec(-900)
    stores, guides = [], []
    pins = {"guide": hash_pin(GUIDE_PIN), "manager": hash_pin(MANAGER_PIN)}
    for index, (code, name, city, people) in enumerate(_STORES):
        store = StoreInfo(ctx.new_id(founded + index), code, name, city)
        ctx.stores.append(store)
        stores.append({"id": store.id, "code": code, "name": name, "city": city, "timezone": "Asia/Shanghai",
                       "opens_at": "10:00", "closes_at": "22:00", "server_version": 0})
        for number, person in enumerate(people):
            role = "manager" if number == 0 else "guide"
            login = f"{code.lower()}-m1" if role == "manager" else f"{code.lower()}-g{number}"
            hired = founded + (10 + 40 * number + 5 * index) * DAY
            guide = GuideInfo(ctx.new_id(hired), index, login, person, role)
            ctx.guides.append(guide)
            guides.append({"id": guide.id, "store_id": store.id, "login": login, "name": person, "role": role,
                           "pin_hash": pins[role], "active": True, "wecom_userid": login.replace("-", "").upper(),
                           "created_at": dt(hired), "server_version": 0})
    return ref, [(table(Store), stores), (table(Guide), guides), *_tags(ctx, ref), *_templates(ctx, ref)]


def _tags(ctx: Ctx, ref: Reference) -> Iterator[Chunk]:
    at = ctx.day_sec(-880)
    groups, tags = [], []
    for order, (group_name, exclusive, members) in enumerate(TAG_GROUPS):
        group_id = ctx.new_id(at + order)
        groups.append({"id": group_id, "name": group_name, "exclusive": exclusive, "sort_order": order,
                       "server_version": 0})
        for name, color in members:
            tag_id = ctx.new_id(at + order)
            ref.tag_ids[name] = tag_id
            tags.append({"id": tag_id, "group_id": group_id, "name": name, "color": color, "server_version": 0})
    yield table(TagGroup), groups
    yield table(Tag), tags


def _templates(ctx: Ctx, ref: Reference) -> Iterator[Chunk]:
    at = ctx.day_sec(-860)
    tasks = []
    for code, title, body, due_days in TASK_TEMPLATES:
        template_id = ctx.new_id(at)
        ref.templates[code] = (template_id, title, body, due_days)
        tasks.append({"id": template_id, "code": code, "title": title, "body": body, "source": "hq",
                      "due_days": due_days, "server_version": 0})
    yield table(TaskTemplate), tasks
    messages = []
    for kind, name, body in MESSAGE_TEMPLATES:
        ref.messages.setdefault(kind, []).append(body)
        messages.append({"id": ctx.new_id(at), "kind": kind, "name": name, "body": body, "owner_guide_id": None,
                         "language": "zh_CN", "server_version": 0})
    staff = [guide for guide in ctx.guides if guide.role == "guide"]
    for number, (kind, name, body) in enumerate(GUIDE_MESSAGE_TEMPLATES):
        owner = staff[number % len(staff)]
        messages.append({"id": ctx.new_id(at + DAY * (number + 1)), "kind": kind, "name": name,
                         "body": body, "owner_guide_id": owner.id, "language": "zh_CN", "server_version": 0})
    yield table(MessageTemplate), messages

