# SPDX-License-Identifier: Apache-2.0
"""The demo catalog: products (one style in one colour), stock per store and size, and HQ looks.

Products come back sorted by launch day so purchase generation can pick "what was in season then" with a
bisect instead of a scan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from guide_desk.db.tables import Look, LookItem, Product, ProductStock
from guide_desk.demo.context import Ctx
from guide_desk.demo.reference import Chunk, table
from guide_desk.demo.texts import SIZES_BY_KIND, STYLES

# (category, size kind, sku code, weight, (low, high) price in yuan, styles)
_CATEGORIES = (
    ("外套", "top", "WT", 14, (899, 3999),
     ("羊毛双面大衣", "短款羽绒服", "长款羽绒服", "西装外套", "风衣", "牛仔夹克", "皮衣", "棉服", "羊绒大衣")),
    ("连衣裙", "top", "LY", 12, (599, 2299),
     ("真丝连衣裙", "碎花茶歇裙", "针织连衣裙", "衬衫裙", "吊带连衣裙", "西装连衣裙", "丝绒连衣裙")),
    ("针织衫", "top", "ZZ", 12, (399, 1899),
     ("羊绒毛衣", "圆领针织衫", "V领开衫", "高领打底衫", "马海毛毛衣", "短袖针织衫")),
    ("衬衫", "top", "CS", 11, (399, 1299),
     ("真丝衬衫", "棉质白衬衫", "条纹衬衫", "雪纺衬衫", "牛津纺衬衫", "亚麻衬衫")),
    ("T恤", "top", "TX", 11, (199, 599), ("纯棉圆领T恤", "印花T恤", "短袖Polo衫", "长袖打底T恤", "刺绣T恤")),
    ("裤装", "bottom", "KZ", 12, (399, 1299),
     ("阔腿裤", "直筒牛仔裤", "西装裤", "休闲裤", "烟管裤", "工装裤", "卫裤")),
    ("半身裙", "bottom", "BQ", 9, (399, 1199), ("A字半身裙", "百褶裙", "包臀裙", "牛仔半身裙", "缎面半身裙")),
    ("鞋履", "shoe", "XL", 9, (599, 1999), ("乐福鞋", "切尔西靴", "小白鞋", "玛丽珍鞋", "尖头高跟鞋", "芭蕾平底鞋")),
    ("配饰", "onesize", "PS", 10, (199, 1599), ("羊绒围巾", "托特包", "皮质腰带", "贝雷帽", "真丝丝巾", "链条包")),
)
_MODIFIERS = ("", "", "", "经典", "新款", "轻奢", "廓形", "设计感", "基础款", "小众")
_COLORS = ("驼色", "黑色", "白色", "米白", "藏青", "燕麦色", "雾霾蓝", "酒红", "墨绿", "卡其", "灰色", "奶茶色",
           "粉色", "杏色", "浅蓝", "焦糖色")
_CATEGORY_TABLE = tuple(index for index, spec in enumerate(_CATEGORIES) for _ in range(spec[3]))


@dataclass
class CatalogInfo:
    """Product columns the activity generators use, in launch order (index = position)."""

    ids: list[str] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    prices: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


def _season(ctx: Ctx, day: int) -> str:
    when = ctx.day_date(day)
    return f"{when.year}{'春夏' if 3 <= when.month <= 8 else '秋冬'}"


def catalog_rows(ctx: Ctx) -> tuple[CatalogInfo, list[Chunk]]:
    rng = ctx.rng
    rand = rng.random
    drafts: list[tuple[int, str, dict[str, Any]]] = []
    style_no = 0
    while len(drafts) < ctx.products:
        category, kind, code, _, (low, high), styles = _CATEGORIES[_CATEGORY_TABLE[int(rand() * len(_CATEGORY_TABLE))]]
        style_no += 1
        base = _MODIFIERS[int(rand() * len(_MODIFIERS))] + styles[int(rand() * len(styles))]
        day = -rng.randrange(1, 15) if rand() < 0.04 else -int(900 * rand() ** 1.15) - 1
        price = (low + 100 * rng.randrange((high - low) // 100 + 1)) * 100
        tags = ",".join(rng.sample(STYLES, 1 if rand() < 0.5 else 2))
        when = ctx.day_date(day)
        for color_no in rng.sample(range(len(_COLORS)), rng.choice((1, 2, 2, 3))):
            if len(drafts) == ctx.products:
                break
            color = _COLORS[color_no]
            sku = f"{code}{when.year % 100:02d}{'A' if when.month <= 6 else 'B'}{style_no:05d}-{color_no:02d}"
            drafts.append((day, sku, {
                "id": ctx.new_id(ctx.day_sec(day)), "sku": sku, "name": f"{base} {color}", "category": category,
                "size_kind": kind, "color": color, "style_tags": tags, "price_fen": price, "launched_on": when,
                "server_version": 0,
            }))
    drafts.sort(key=lambda draft: (draft[0], draft[1]))
    info = CatalogInfo()
    products = [row for _, _, row in drafts]
    for day, _, row in drafts:
        info.ids.append(row["id"])
        info.days.append(day)
        info.prices.append(row["price_fen"])
        info.kinds.append(row["size_kind"])
        info.names.append(row["name"])
        info.categories.append(row["category"])
    return info, [(table(Product), products), (table(ProductStock), _stock(ctx, info)),
                  *_looks(ctx, info)]


def _stock(ctx: Ctx, info: CatalogInfo) -> list[dict[str, Any]]:
    rand = ctx.rng.random
    rows = []
    for product_id, day, kind in zip(info.ids, info.days, info.kinds, strict=True):
        empty = 0.12 if day > -365 else 0.35  # last year's styles are selling out
        for store in ctx.stores:
            for size in SIZES_BY_KIND[kind]:
                qty = 0 if rand() < empty else 1 + int(rand() * 12)
                rows.append({"product_id": product_id, "store_id": store.id, "size": size, "qty": qty})
    return rows


def _looks(ctx: Ctx, info: CatalogInfo) -> list[Chunk]:
    """HQ outfits of 2–4 products from this year's catalog: a dress or a top and a bottom, plus extras."""
    rng = ctx.rng
    by_category: dict[str, list[int]] = {}
    for index, (category, day) in enumerate(zip(info.categories, info.days, strict=True)):
        if day > -365:
            by_category.setdefault(category, []).append(index)
    looks, items = [], []
    names_seen: set[str] = set()
    for number in range(ctx.looks):
        if rng.random() < 0.35 and by_category.get("连衣裙"):
            cores = ["连衣裙"]
        else:
            cores = [rng.choice(("针织衫", "衬衫", "T恤")), rng.choice(("裤装", "半身裙"))]
        extras = rng.sample(("外套", "鞋履", "配饰"), rng.randint(0, 2) if len(cores) == 2 else rng.randint(1, 3))
        chosen = [rng.choice(by_category[c]) for c in cores + extras if by_category.get(c)]
        if len(chosen) < 2:
            continue
        day = -rng.randrange(0, 180)
        style = rng.choice(STYLES)
        bases = " + ".join(info.names[index].split(" ")[0] for index in chosen[:2])
        name = f"{_season(ctx, day)}{style} · {bases}"
        if name in names_seen:
            name = f"{name} #{number + 1}"
        names_seen.add(name)
        look_id = ctx.new_id(ctx.day_sec(day) + number)
        looks.append({"id": look_id, "name": name, "season": _season(ctx, day), "server_version": 0})
        for position, index in enumerate(dict.fromkeys(chosen)):
            items.append({"look_id": look_id, "product_id": info.ids[index], "position": position})
    return [(table(Look), looks), (table(LookItem), items)]
