# SPDX-License-Identifier: Apache-2.0
"""Which file column fills which customer field: common Chinese and English headers are recognised by
themselves (姓名/手机号/生日/会员等级/积分…, Name/Phone/Tags…, and the headers of the exports brands really have:
Shopify's First Name/Last Name/Phone/Tags, Youzan/Weimob's 客户昵称/手机号码/积分余额/标签, POS member lists),
`--map COL=FIELD` overrides, and a mapping a person confirmed is remembered per header signature, so
tomorrow's file of the same shape needs no questions. A file needs a name (or its two parts) or a key — a
phone or WeCom id column: a file of keys without names only updates the customers it matches."""

from __future__ import annotations

import hashlib
import re

from sqlmodel import Session

from guide_desk.clock import utcnow
from guide_desk.customers.transfer.reasons import FileRefused
from guide_desk.db.tables import ImportMapping
from guide_desk.errors import InvalidInput

IGNORE = ""
FIELDS = (
    "name", "phone_e164", "wecom_external_id", "gender", "birthday", "size_top", "size_bottom", "size_shoe",
    "style_prefs", "tier", "points", "marketing_consent", "tags", "note",
)
# Parts of the name some files split in two (Shopify's First Name / Last Name, 姓 / 名); joined into `name`.
NAME_PARTS = ("first_name", "last_name")
KEYS = ("phone_e164", "wecom_external_id")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户姓名", "会员姓名", "顾客姓名", "客户名称", "会员名称", "名字", "name", "fullname",
             "customername", "membername", "客户", "会员", "客户昵称", "会员昵称", "昵称", "顾客"),
    "first_name": ("firstname", "givenname", "名"),
    "last_name": ("lastname", "surname", "familyname", "姓"),
    "phone_e164": ("手机号", "手机", "手机号码", "电话", "电话号码", "联系电话", "联系方式", "会员手机",
                   "会员手机号", "会员手机号码", "客户手机号", "手机号码必填",
                   "phone", "mobile", "mobilephone", "cellphone", "tel", "telephone", "phonenumber"),
    "wecom_external_id": ("企业微信id", "企微id", "企业微信", "外部联系人id", "wecomid", "wecom",
                          "wecomexternalid", "externaluserid", "wechatworkid", "外部联系人userid", "企微外部联系人id"),
    "gender": ("性别", "客户性别", "会员性别", "gender", "sex"),
    "birthday": ("生日", "出生日期", "生日公历", "会员生日", "客户生日",
                  "出生年月日", "生日日期", "birthday", "birthdate", "dateofbirth", "dob"),
    "size_top": ("上衣尺码", "上装尺码", "尺码", "衣服尺码", "topsize", "size", "sizetop"),
    "size_bottom": ("下装尺码", "裤装尺码", "裤子尺码", "裤码", "bottomsize", "sizebottom", "pantssize"),
    "size_shoe": ("鞋码", "鞋子尺码", "鞋尺码", "shoesize", "sizeshoe"),
    "style_prefs": ("风格", "风格偏好", "喜好风格", "偏好", "style", "styles", "stylepreferences", "styleprefs"),
    "tier": ("会员等级", "等级", "会员级别", "卡等级", "会员卡", "会员卡等级", "会员卡名称", "等级名称", "客户等级",
             "vip等级", "tier", "level", "membershiplevel", "membertier", "customertier"),
    "points": ("积分", "会员积分", "可用积分", "积分余额", "当前积分", "剩余积分", "points", "loyaltypoints",
               "point", "pointsbalance"),
    "marketing_consent": ("营销同意", "同意营销", "营销授权", "接受营销", "是否同意营销", "consent",
                          "marketingconsent", "optin", "marketingoptin"),
    "tags": ("标签", "客户标签", "会员标签", "企业微信标签", "标签名称", "tags", "tag", "labels"),
    "note": ("备注", "说明", "客户备注", "会员备注", "备注信息", "note", "notes", "remark", "remarks", "comment"),
}
# Columns brands' exports carry that are recognised but never imported: figures this PC computes from
# purchases (and our own exports write), and contact data it does not keep.
NOT_IMPORTED = frozenset((
    "负责导购", "购买次数", "累计消费元", "累计消费", "累计消费金额", "消费金额", "消费总额", "最近购买", "最近消费",
    "最近消费时间", "订单数", "owner", "guide", "purchases", "totalspent¥", "totalspent", "lastpurchase", "totalorders",
    "email", "邮箱", "电子邮箱", "customerid", "会员编号", "会员卡号", "卡号", "开卡日期", "开卡门店", "注册时间",
    "成为客户时间", "acceptsemailmarketing", "acceptssmsmarketing", "taxexempt"))
_LOOKUP = {alias: name for name, aliases in _SYNONYMS.items() for alias in aliases}
# Short names accepted by --map in addition to the field names themselves.
FIELD_ALIASES = {"phone": "phone_e164", "mobile": "phone_e164", "wecom": "wecom_external_id", "size": "size_top",
                 "styles": "style_prefs", "consent": "marketing_consent", "ignore": IGNORE, "-": IGNORE}
_STRIP = re.compile(r"[\s_\-*（）()\[\]【】:：.]+")


def normalise_header(header: str) -> str:
    return _STRIP.sub("", header.strip().lstrip("\ufeff")).lower()


def field_name(text: str) -> str:
    """A --map target or a header as a field name; InvalidInput naming it when it is neither."""
    key = text.strip()
    if key in FIELDS or key in NAME_PARTS:
        return key
    if key.lower() in FIELD_ALIASES:
        return FIELD_ALIASES[key.lower()]
    if normalise_header(key) in _LOOKUP:
        return _LOOKUP[normalise_header(key)]
    raise InvalidInput("map", f"'{text}' is not a customer field (one of {', '.join(FIELDS)}, or 'ignore')")


def not_imported(headers: list[str]) -> list[str]:
    """The headers recognised as data this PC computes or does not keep (累计消费, Email…)."""
    return [h for h in headers if normalise_header(h) in NOT_IMPORTED]


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Header → field for every header recognised; each field is filled from its first matching column."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        found = _LOOKUP.get(normalise_header(header))
        if found and found not in taken and header not in mapping:
            mapping[header] = found
            taken.add(found)
    return mapping


def parse_map_option(text: str | None, headers: list[str]) -> dict[str, str]:
    """`手机=phone,Col B=name` → {header: field}; a column not in the file is named in the error."""
    overrides: dict[str, str] = {}
    if not text:
        return overrides
    by_normal = {normalise_header(h): h for h in headers}
    for part in text.split(","):
        if not part.strip():
            continue
        column, sep, target = part.partition("=")
        if not sep:
            raise InvalidInput("map", f"'{part.strip()}' is not COLUMN=FIELD")
        header = column.strip() if column.strip() in headers else by_normal.get(normalise_header(column), "")
        if not header:
            raise InvalidInput("map", f"the file has no column '{column.strip()}' (columns: {', '.join(headers)})")
        overrides[header] = field_name(target)
    return overrides


def complete_mapping(headers: list[str], *, remembered: dict[str, str] | None = None,
                     overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Guessed, then remembered, then explicit choices; '' (ignore) entries dropped. A field claimed by
    two columns is refused, naming both."""
    mapping = guess_mapping(headers)
    for layer in (remembered or {}, overrides or {}):
        for header, target in layer.items():
            if header in headers:
                mapping[header] = field_name(target) if target else IGNORE
    mapping = {h: f for h, f in mapping.items() if f}
    seen: dict[str, str] = {}
    for header in headers:
        target = mapping.get(header, "")
        if not target:
            continue
        if target in seen:
            raise FileRefused("same_field", field="map", first=seen[target], second=header, field_name=target)
        seen[target] = header
    parts = [seen[p] for p in NAME_PARTS if p in seen]
    if "name" in seen and parts:
        raise FileRefused("name_twice", field="map", first=seen["name"], second=parts[0])
    if "name" not in seen and not parts and not any(k in seen for k in KEYS):
        raise FileRefused("no_name_column", field="map", columns=", ".join(headers))
    return mapping


def updates_only(mapping: dict[str, str]) -> bool:
    """A file without names (手机号 + 会员等级 from a POS) can only update the customers its rows match."""
    return not any(f in ("name", *NAME_PARTS) for f in mapping.values())


def header_signature(headers: list[str]) -> str:
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def remembered_mapping(session: Session, *, headers: list[str]) -> dict[str, str] | None:
    row = session.get(ImportMapping, header_signature(headers))
    return dict(row.mapping) if row else None


def remember_mapping(session: Session, *, headers: list[str], mapping: dict[str, str]) -> None:
    signature = header_signature(headers)
    row = session.get(ImportMapping, signature) or ImportMapping(signature=signature, updated_at=utcnow())
    row.mapping = {h: mapping.get(h, IGNORE) for h in headers}
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
