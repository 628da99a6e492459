# SPDX-License-Identifier: Apache-2.0
"""The readable side of a PIPL data request: what a store holds about a customer, worded for that customer —
labelled fields, tier and gender names, money in ¥, times in the store's time zone, in Simplified Chinese or
English — as an HTML page (opens in any browser, prints to PDF) and as a CSV of the same lines. The JSON
file beside them stays the complete machine-readable record."""

from __future__ import annotations

import csv
import html
from datetime import datetime
from pathlib import Path
from typing import Any

from guide_desk.clock import STORE_TZ
from guide_desk.customers.transfer.export import GENDER_LABELS, TIER_LABELS, YES_NO, write_atomically
from guide_desk.customers.transfer.safe_cells import neutralise

Item = list[tuple[str, str]]
Section = tuple[str, list[Item]]

# key → (English, 简体中文)
_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Personal data held about you", "我们保存的您的个人信息"),
    "intro": ("Everything this store's workbench holds about you on {date}.",
              "截至 {date}，本门店导购工作台保存的关于您的全部信息。"),
    "profile": ("Profile", "基本信息"), "tags": ("Tags", "标签"), "consent": ("Consent", "授权记录"),
    "notes": ("Notes", "备注"), "purchases": ("Purchases", "购买记录"), "tasks": ("Follow-ups", "跟进任务"),
    "sessions": ("1v1 sessions", "1v1 服务"), "none": ("none", "无"),
    "name": ("Name", "姓名"), "phone": ("Phone", "手机号"), "wecom": ("WeCom id", "企业微信 ID"),
    "gender": ("Gender", "性别"), "birthday": ("Birthday", "生日"), "size_top": ("Top size", "上衣尺码"),
    "size_bottom": ("Bottom size", "下装尺码"), "size_shoe": ("Shoe size", "鞋码"),
    "styles": ("Style preferences", "风格偏好"), "tier": ("Tier", "会员等级"), "points": ("Points", "积分"),
    "points_expire": ("Points expire on", "积分到期日"), "marketing": ("Marketing consent", "营销同意"),
    "purchase_count": ("Purchases", "购买次数"), "total_spent": ("Total spent", "累计消费"),
    "first_purchase": ("First purchase", "首次购买"), "last_purchase": ("Last purchase", "最近购买"),
    "last_contact": ("Last contact", "最近联系"), "since": ("Customer since", "建档时间"),
    "tag": ("Tag", "标签"), "channel": ("Channel", "渠道"), "granted": ("Granted", "同意"),
    "source": ("Source", "来源"), "at": ("Time", "时间"), "text": ("Text", "内容"),
    "order": ("Order", "订单号"), "total": ("Amount", "金额"), "items": ("Items", "商品"),
    "title_task": ("Task", "任务"), "due": ("Due", "截止"), "status": ("Status", "状态"),
    "outcome": ("Outcome", "结果"), "kind": ("Kind", "类型"), "starts": ("Starts", "开始"),
    "address": ("Address", "地址"), "note": ("Note", "备注"),
}
_WORDS: dict[str, tuple[str, str]] = {
    "wecom": ("WeCom", "企业微信"), "sms": ("SMS", "短信"), "phone": ("Phone", "电话"),
    "mini_program": ("Mini-program", "小程序"), "store": ("In store", "门店"), "import": ("Import", "导入"),
    "open": ("Open", "待办"), "done": ("Done", "已完成"), "cancelled": ("Cancelled", "已取消"),
    "booked": ("Booked", "已预约"), "no_show": ("No-show", "未到店"), "in_store": ("In-store styling", "到店搭配"),
    "video": ("Video try-on", "视频试穿"), "home": ("Home try-on", "上门试穿"), "reached": ("Reached", "已联系"),
    "no_answer": ("No answer", "未接通"), "purchased": ("Purchased", "已购买"), "declined": ("Declined", "已拒绝"),
}


class _Words:
    def __init__(self, language: str) -> None:
        self.zh = language == "zh_CN"

    def label(self, key: str) -> str:
        return _LABELS[key][self.zh]

    def word(self, value: Any) -> str:
        return _WORDS[value][self.zh] if value in _WORDS else ("" if value is None else str(value))

    def yes(self, value: Any) -> str:
        return YES_NO[bool(value)][self.zh]

    @staticmethod
    def money(fen: Any) -> str:
        return f"¥{(fen or 0) / 100:,.2f}"

    @staticmethod
    def when(value: Any, *, day: bool = False) -> str:
        if not value:
            return ""
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        if day and not isinstance(moment, datetime):
            return str(moment)
        if moment.tzinfo is not None:
            moment = moment.astimezone(STORE_TZ)
        return moment.strftime("%Y-%m-%d" if day else "%Y-%m-%d %H:%M")


def _profile(c: dict[str, Any], w: _Words) -> Item:
    gender = GENDER_LABELS.get(c.get("gender") or "")
    tier = TIER_LABELS.get(c.get("tier") or "")
    rows = [("name", c["name"]), ("phone", c.get("phone_e164") or ""), ("wecom", c.get("wecom_external_id") or ""),
            ("gender", gender[w.zh] if gender else ""), ("birthday", c.get("birthday") or ""),
            ("size_top", c.get("size_top") or ""), ("size_bottom", c.get("size_bottom") or ""),
            ("size_shoe", c.get("size_shoe") or ""), ("styles", c.get("style_prefs") or ""),
            ("tier", tier[w.zh] if tier else c.get("tier") or ""), ("points", str(c.get("points") or 0)),
            ("points_expire", c.get("points_expire_on") or ""), ("marketing", w.yes(c.get("marketing_consent"))),
            ("purchase_count", str(c.get("purchase_count") or 0)), ("total_spent", w.money(c.get("total_spent_fen"))),
            ("first_purchase", w.when(c.get("first_purchase_at"))),
            ("last_purchase", w.when(c.get("last_purchase_at"))),
            ("last_contact", w.when(c.get("last_contact_at"))), ("since", w.when(c.get("created_at"), day=True))]
    return [(w.label(key), value) for key, value in rows if value not in ("", None)]


def report_sections(data: dict[str, Any], language: str) -> list[Section]:
    """The data request as sections of labelled items, in `language` ('zh_CN' or 'en')."""
    w = _Words(language)
    label = w.label
    purchases = [[(label("at"), w.when(p["purchased_at"])), (label("order"), p["order_no"]),
                  (label("channel"), w.word(p["channel"])), (label("total"), w.money(p["total_fen"])),
                  (label("items"), "; ".join(f"{line['product']} ({line['sku']}) {line['size']} ×{line['qty']} "
                                             f"{w.money(line['price_fen'])}" for line in p["lines"]))]
                 for p in data["purchases"]]
    sessions = [[(label("kind"), w.word(s["kind"])), (label("starts"), w.when(s["starts_at"])),
                 (label("status"), w.word(s["status"])), (label("address"), s.get("address") or ""),
                 (label("note"), s.get("note") or "")] for s in data["sessions"]]
    return [
        (label("profile"), [_profile(data["customer"], w)]),
        (label("tags"), [[(label("tag"), name)] for name in data["tags"]]),
        (label("consent"), [[(label("channel"), w.word(e["channel"])), (label("granted"), w.yes(e["granted"])),
                             (label("source"), w.word(e["source"])), (label("at"), w.when(e["at"]))]
                            for e in data["consent"]]),
        (label("notes"), [[(label("at"), w.when(n["created_at"])), (label("text"), n["body"])]
                          for n in data["notes"]]),
        (label("purchases"), purchases),
        (label("tasks"), [[(label("title_task"), t["title"]), (label("due"), w.when(t["due_at"])),
                           (label("status"), w.word(t["status"])), (label("outcome"), w.word(t.get("outcome")))]
                          for t in data["tasks"]]),
        (label("sessions"), [[pair for pair in item if pair[1]] for item in sessions]),
    ]


def write_report_csv(path: Path, sections: list[Section]) -> None:
    """(section, item, field, value) lines, UTF-8 with a BOM for Excel; cells made inert (safe_cells)."""
    def write(handle: Any) -> None:
        import io

        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        for title, items in sections:
            for number, item in enumerate(items, start=1):
                for field, value in item:
                    writer.writerow([neutralise(title), number, neutralise(field), neutralise(value)])
        text.flush()
        text.detach()

    write_atomically(path, write)


def write_report_html(path: Path, sections: list[Section], *, language: str, today: str) -> None:
    w = _Words(language)
    e = html.escape
    parts = [f"<!DOCTYPE html>\n<html lang=\"{'zh-CN' if w.zh else 'en'}\"><head><meta charset=\"utf-8\">",
             f"<title>{e(w.label('title'))}</title><style>body{{font-family:'Microsoft YaHei','PingFang SC',"
             "'Noto Sans CJK SC',sans-serif;max-width:52em;margin:2em auto;color:#222}h2{border-bottom:1px solid "
             "#ccc;padding-bottom:.2em}table{border-collapse:collapse;margin:.5em 0 1em;width:100%}th{text-align:"
             "left;width:12em;color:#555;font-weight:normal;vertical-align:top}td,th{padding:.15em .5em}"
             ".item{border-left:3px solid #ddd;margin-bottom:.6em}</style></head><body>",
             f"<h1>{e(w.label('title'))}</h1><p>{e(w.label('intro').format(date=today))}</p>"]
    for title, items in sections:
        parts.append(f"<h2>{e(title)}</h2>")
        if not items:
            parts.append(f"<p>{e(w.label('none'))}</p>")
        for item in items:
            rows = "".join(f"<tr><th>{e(field)}</th><td>{e(value).replace(chr(10), '<br>')}</td></tr>"
                           for field, value in item)
            parts.append(f"<table class=\"item\">{rows}</table>")
    parts.append("</body></html>\n")
    write_atomically(path, lambda handle: handle.write("".join(parts).encode("utf-8")))
