# SPDX-License-Identifier: Apache-2.0
"""Cells that a spreadsheet would run as a formula, made inert in the CSV files we write and read back.

OWASP's CSV-injection advice: a cell that starts with = + - @ tab or CR gets a single quote in front, which
Excel and LibreOffice show as text. So that an export imports back unchanged, the rule is a bijection:

- writing: a cell that starts with one of those characters, or with quotes followed by one, gets one more
  quote in front (`=1+2` → `'=1+2`, `'=x` → `''=x`);
- reading a CSV: a cell of one or more quotes followed by one of those characters loses its first quote —
  exactly what writing added. Any other cell is left alone (`'abc`, `O'Neil` stay as they are).

A person who typed `'=x` in a CSV of their own gets `=x`, as Excel would show it. .xlsx cells are written as
text cells (never formulas) and read as they are, so the rule does not apply there."""

from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r"
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_RISKY = re.compile(r"'*[=+\-@\t\r]")
_FIRST = frozenset(TRIGGERS + "'")


def neutralise(text: str) -> str:
    if not text or text[0] not in _FIRST:  # the common case, without the regular expression
        return text
    return "'" + text if _RISKY.match(text) else text


def restore(text: str) -> str:
    return text[1:] if text.startswith("'") and _ESCAPED.match(text) else text
