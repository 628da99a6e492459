# SPDX-License-Identifier: Apache-2.0
"""Rejected rows: each with its row number, the column(s) at fault and why, plus the original cells, saved
as a CSV a person can fix in Excel and import again (the three leading columns are ignored on re-import)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

REJECT_COLUMNS = ("rejected_row", "rejected_column", "rejected_reason")


@dataclass(frozen=True)
class Reject:
    number: int
    column: str
    reason: str
    cells: tuple[str, ...] = ()

    def describe(self) -> str:
        where = f"row {self.number}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.reason}"


def write_rejects(path: Path, *, headers: list[str], rejects: list[Reject]) -> Path:
    """UTF-8 with a BOM, so Excel on a Chinese Windows shows the names right."""
    path.parent.mkdir(parents=True, exist_ok=True)
    own = [h for h in headers if h not in REJECT_COLUMNS]
    keep = [i for i, h in enumerate(headers) if h not in REJECT_COLUMNS]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*REJECT_COLUMNS, *own])
        for reject in sorted(rejects, key=lambda r: r.number):
            cells = [reject.cells[i] if i < len(reject.cells) else "" for i in keep]
            writer.writerow([reject.number, reject.column, reject.reason, *cells])
    return path
