# SPDX-License-Identifier: Apache-2.0
"""Search keys derived from a name: full pinyin and initials, so "zs" and "zhangsan" find 张三."""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

# Surnames whose reading differs from the character's commonest one.
_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha"}


@lru_cache(maxsize=65536)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lowercase without spaces; Latin letters pass through ('Anna Li' → 'annali')."""
    text = name.strip()
    if not text:
        return "", ""
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
