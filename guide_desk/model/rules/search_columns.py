# SPDX-License-Identifier: Apache-2.0
"""A customer's search columns, derived from the name and phone wherever a row is written: a local edit
(guide_desk.customers.profiles), an import (customers.transfer) and a pulled row (guide_desk.sync.mapping).
Full pinyin and initials, so "zs" and "zhangsan" find 张三; the given name, so "娜娜" finds 欧阳娜娜; the
phone's national digits forward and reversed, so a prefix or the last digits find it on an index."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from guide_desk.model.rules.phones import national_digits

# Two-character surnames; anything else is taken as a one-character surname.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 独孤 南宫 西门 轩辕 百里".split()
)

# Surnames whose reading differs from the character's commonest one.
_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha"}


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lowercase without spaces; Latin letters pass through ('Anna Li' → 'annali')."""
    text = name.strip()
    if not text:
        return "", ""
    from pypinyin import Style, lazy_pinyin  # its phrase tables take ~0.25 s to load; only writes need them

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    if text[0] in _SURNAME_READINGS:
        syllables[0] = _SURNAME_READINGS[text[0]]
    cleaned = [s.lower() for s in syllables if s.strip()]
    full = "".join(c for c in "".join(cleaned) if c.isalnum())
    initials = "".join(s[0] for s in cleaned if s[0].isalnum())
    if text.isascii():
        words = text.lower().split()
        initials = "".join(w[0] for w in words if w[:1].isalnum())
    return full, initials


def given_name(name: str) -> str:
    """The name without its surname, so a guide typing "娜娜" finds 欧阳娜娜 through an index.

    Only for Chinese names; a Latin name has no column-worthy split and returns "".
    """
    text = name.strip()
    if text.isascii() or len(text) < 2:
        return ""
    return text[2:] if text[:2] in _COMPOUND_SURNAMES and len(text) > 2 else text[1:]


def name_columns(name: str) -> dict[str, str]:
    """name_pinyin, name_initials and name_given of a name."""
    pinyin, initials = pinyin_keys(name)
    return {"name_pinyin": pinyin, "name_initials": initials, "name_given": given_name(name)}


def phone_columns(phone_e164: str | None) -> dict[str, str | None]:
    """phone_digits and phone_rev of an E.164 phone (both None without one)."""
    if phone_e164 and phone_e164.startswith("+86"):
        digits: str | None = phone_e164[3:]  # what national_digits gives for China, without parsing again
    else:
        digits = national_digits(phone_e164) if phone_e164 else None
    return {"phone_digits": digits, "phone_rev": digits[::-1] if digits else None}


def search_columns(name: str, phone_e164: str | None) -> dict[str, Any]:
    """All the search columns of a customer with this name and phone."""
    return {**name_columns(name), **phone_columns(phone_e164)}
