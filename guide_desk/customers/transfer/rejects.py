# SPDX-License-Identifier: Apache-2.0
"""Rejected rows: each with its row number, the column(s) at fault and why (a reason code with parameters,
worded by whoever shows it), plus the original cells, saved as a CSV a person can fix in Excel and import
again (the three leading columns are ignored on re-import)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guide_desk.customers.transfer.reasons import word
from guide_desk.customers.transfer.safe_cells import neutralise

REJECT_COLUMNS = ("rejected_row", "rejected_column", "rejected_reason")


@dataclass(frozen=True)
class Reject:
    number: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    cells: tuple[str, ...] = ()
    also: tuple[tuple[str, str, dict[str, Any]], ...] = ()  # further (column, code, params) of the same row

    def problems(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [(self.column, self.code, self.params), *self.also]

    @property
    def columns(self) -> str:
        return "; ".join(dict.fromkeys(column for column, _, _ in self.problems() if column))

    def reasons(self, language: str = "en") -> str:
        return "; ".join(word(code, params, language) for _, code, params in self.problems())

    @property
    def reason(self) -> str:
        """The reasons in English (logs, tests); people get them worded in their language."""
        return self.reasons()

    def describe(self, language: str = "en") -> str:
        zh = language == "zh_CN"
        where = (f"第 {self.number} 行" if zh else f"row {self.number}") + (
            (f"，“{self.columns}”列" if zh else f", column {self.columns}") if self.columns else "")
        return f"{where}{'：' if zh else ': '}{self.reasons(language)}"


Wording = Callable[[Reject], str]


def write_rejects(path: Path, *, headers: list[str], rejects: list[Reject], wording: Wording | None = None) -> Path:
    """UTF-8 with a BOM, so Excel on a Chinese Windows shows the names right; cells made inert as exports
    are (safe_cells); reasons in English unless `wording` says them in the person's language."""
    def say(reject: Reject) -> str:
        return wording(reject) if wording is not None else reject.reason

    path.parent.mkdir(parents=True, exist_ok=True)
    own = [h for h in headers if h not in REJECT_COLUMNS]
    keep = [i for i, h in enumerate(headers) if h not in REJECT_COLUMNS]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*REJECT_COLUMNS, *own])
        for reject in sorted(rejects, key=lambda r: r.number):
            cells = [neutralise(reject.cells[i]) if i < len(reject.cells) else "" for i in keep]
            writer.writerow([reject.number, reject.columns, say(reject), *cells])
    return path
