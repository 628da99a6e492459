# SPDX-License-Identifier: Apache-2.0
"""The dashboard as rows of text, for CSV export (and the PDF/print tables the UI draws from the same rows).

Rates as percentages with one decimal, money as yuan with two (¥ in the UI, plain numbers in CSV so a
spreadsheet can sum them), an empty cell where a rate has nothing to divide."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from guide_desk.insights.kpis import KPI_KINDS, KPIS, Dashboard, KpiValue
from guide_desk.insights.leaderboard import Standing


def format_value(kpi: str, value: KpiValue, *, currency: str = "") -> str:
    number = value.value
    kind = KPI_KINDS[kpi]
    if number is None:
        return ""
    if kind == "rate":
        return f"{number * 100:.1f}%"
    if kind == "money":
        yuan, fen = divmod(int(number), 100)
        return f"{currency}{yuan:,}.{fen:02d}" if currency else f"{yuan}.{fen:02d}"
    return f"{int(number):,}" if currency else str(int(number))


def dashboard_rows(dashboard: Dashboard, *, kpi_labels: dict[str, str], guide_label: str, total_label: str,
                   inactive_suffix: str = "", currency: str = "") -> list[list[str]]:
    """Header then one line per guide and the store total last."""
    rows = [[guide_label, *(kpi_labels.get(k, k) for k in KPIS)]]
    for row in dashboard.rows:
        name = row.name if row.active else f"{row.name}{inactive_suffix}"
        rows.append([name, *(format_value(k, row.value(k), currency=currency) for k in KPIS)])
    rows.append([total_label, *(format_value(k, dashboard.total.value(k), currency=currency) for k in KPIS)])
    return rows


def leaderboard_rows(standings: Sequence[Standing], *, headers: Sequence[str]) -> list[list[str]]:
    """Header (rank, guide, points, movement) then one line per guide."""
    rows = [list(headers)]
    for standing in standings:
        move = standing.movement
        rows.append([str(standing.rank), standing.name, str(standing.points),
                     "" if move is None else f"{move:+d}" if move else "0"])
    return rows


def write_csv(path: Path, sections: Sequence[Sequence[Sequence[str]]]) -> Path:
    """Write tables one after another, a blank line between; UTF-8 with BOM so Excel reads the Chinese."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for index, rows in enumerate(sections):
            if index:
                writer.writerow([])
            writer.writerows(rows)
    return path
