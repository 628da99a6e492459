# SPDX-License-Identifier: Apache-2.0
"""One file row → the values a customer is created or updated with, judged by the same cleaners as the
profile form (customers/fields.py), after turning what spreadsheets hold (女, 1990/5/17, 金卡, 1,200, 是)
into those values. Every problem names its column and says what is wrong; nothing here raises."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from guide_desk.customers.fields import cleaners
from guide_desk.customers.transfer.reading import RawRow
from guide_desk.errors import InvalidInput

MAX_TAG = 30
MAX_NOTE = 2000
_GENDERS = {"女": "F", "f": "F", "female": "F", "女士": "F", "男": "M", "m": "M", "male": "M", "男士": "M"}
_TIERS = {"普通": "normal", "普通会员": "normal", "银卡": "silver", "银卡会员": "silver", "金卡": "gold",
          "金卡会员": "gold", "白金": "platinum", "白金卡": "platinum", "钻石": "platinum", "铂金": "platinum"}
_YES = {"是", "y", "yes", "true", "1", "同意", "已同意", "√", "x", "ok"}
_NO = {"否", "n", "no", "false", "0", "不同意", "未同意", ""}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TAG_SPLIT = re.compile(r"[,，;；|、/]+")


@dataclass
class Problem:
    column: str
    reason: str


@dataclass
class CleanRow:
    """A valid row: customer field values, tag names, an optional note."""

    number: int
    values: dict[str, Any]
    tags: list[str] = field(default_factory=list)
    note: str | None = None


def _gender(text: str) -> str | None:
    key = text.strip().lower()
    return _GENDERS.get(key, text.strip()) if key else None


def _birthday(text: str) -> date | str | None:
    value = text.strip()
    if not value:
        return None
    match = _DATE.match(value) or _DATE_COMPACT.match(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError as exc:
            raise InvalidInput("birthday", f"'{value}' is not a real date") from exc
    return value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[ T]", value) else value


def _tier(text: str) -> str:
    value = text.strip()
    if not value:
        return "normal"
    return _TIERS.get(value, value.lower())


def _points(text: str) -> int:
    value = text.strip().replace(",", "").replace("，", "")
    if not value:
        return 0
    try:
        number = float(value)
    except ValueError as exc:
        raise InvalidInput("points", f"'{text.strip()}' is not a number") from exc
    if not number.is_integer() or abs(number) > 2**31:
        raise InvalidInput("points", f"'{text.strip()}' is not a whole number")
    return int(number)


def _consent(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise InvalidInput("marketing_consent", f"'{text.strip()}' is not yes or no (是/否)")


_CONVERT = {"gender": _gender, "birthday": _birthday, "tier": _tier, "points": _points,
            "marketing_consent": _consent}


def tag_names(text: str) -> list[str]:
    names = [part.strip() for part in _TAG_SPLIT.split(text) if part.strip()]
    for name in names:
        if len(name) > MAX_TAG:
            raise InvalidInput("tags", f"'{name[:40]}' is longer than {MAX_TAG} characters")
    return list(dict.fromkeys(names))


class RowCleaner:
    """Cleans rows against one mapping (header → field); the cleaners are built once per import."""

    def __init__(self, headers: list[str], mapping: dict[str, str], *, today: date) -> None:
        self.columns = [(i, h, mapping[h]) for i, h in enumerate(headers) if mapping.get(h)]
        self.width = len(headers)
        self._rules = cleaners(today)

    def clean(self, row: RawRow) -> CleanRow | list[Problem]:
        if row.problem:
            return [Problem("", row.problem)]
        problems: list[Problem] = []
        if len(row.cells) > self.width and any(c.strip() for c in row.cells[self.width:]):
            problems.append(Problem("", f"has {len(row.cells)} cells but the header has {self.width}"))
        result = CleanRow(row.number, {})
        for index, header, target in self.columns:
            raw = row.cells[index] if index < len(row.cells) else ""
            try:
                self._clean_cell(result, target, raw)
            except InvalidInput as exc:
                problems.append(Problem(header, exc.problem))
        if "name" not in result.values and not problems:
            name_header = next(h for _, h, t in self.columns if t == "name")
            problems.append(Problem(name_header, "is empty"))
        return problems or result

    def _clean_cell(self, result: CleanRow, target: str, raw: str) -> None:
        if target == "tags":
            result.tags = tag_names(raw)
            return
        if target == "note":
            text = raw.strip()
            if len(text) > MAX_NOTE:
                raise InvalidInput("note", f"is longer than {MAX_NOTE} characters")
            result.note = text or None
            return
        text = raw.strip()
        if not text and target != "name":
            return  # an empty cell leaves the field as it is (or its default)
        value: Any = _CONVERT[target](text) if target in _CONVERT else text
        result.values[target] = self._rules[target](value if value != "" else None)
