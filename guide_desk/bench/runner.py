# SPDX-License-Identifier: Apache-2.0
"""Runs the benchmark groups and collects one flat dict of metrics (DESIGN.md §7 names)."""

from __future__ import annotations

import json
import logging
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path

from guide_desk.db.engine import database_path
from guide_desk.errors import InvalidInput

log = logging.getLogger(__name__)
DEMO_SUMMARY = "demo.json"
Metrics = dict[str, float]


def percentile(samples: Sequence[float], pct: float) -> float:
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(pct) - 1]


def _storage(data_dir: Path) -> Metrics:
    metrics: Metrics = {}
    summary = data_dir / DEMO_SUMMARY
    if summary.exists():
        metrics["demo_build_s"] = round(float(json.loads(summary.read_text())["seconds"]), 2)
    path = database_path(data_dir)
    size = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    metrics["db_size_mb"] = round(size / 1e6, 1)
    return metrics


def _search(data_dir: Path) -> Metrics:
    from guide_desk.bench.search import bench_search

    return bench_search(data_dir)


def _suggest(data_dir: Path) -> Metrics:
    from guide_desk.bench.suggest import bench_suggest

    return bench_suggest(data_dir)


def _calendar(data_dir: Path) -> Metrics:
    from guide_desk.bench.calendar import bench_calendar

    return bench_calendar(data_dir)


def _window(data_dir: Path) -> Metrics:
    from guide_desk.bench.window import bench_window

    return bench_window(data_dir)


def _central(_data_dir: Path) -> Metrics:
    from guide_desk.bench.central import bench_central

    return bench_central()


def _sync(data_dir: Path) -> Metrics:
    from guide_desk.bench.sync import bench_sync

    return bench_sync(data_dir)


def _insights(data_dir: Path) -> Metrics:
    from guide_desk.bench.insights import bench_insights

    return bench_insights(data_dir)


def _transfer(data_dir: Path) -> Metrics:
    from guide_desk.bench.transfer import bench_transfer

    return bench_transfer(data_dir)


def _encryption(data_dir: Path) -> Metrics:
    from guide_desk.bench.encryption import bench_encryption

    return bench_encryption(data_dir)


def _backup(data_dir: Path) -> Metrics:
    from guide_desk.bench.encryption import bench_backup

    return bench_backup(data_dir)


_CENTRAL = ("pull_rows_per_s", "pull_raw_rows_per_s", "pull_ratio", "push_1k_s", "push_raw_1k_s", "push_ratio")
DATA_FREE = {"central"}
"""Groups that bring their own data (a throwaway central database) and ignore the data dir."""


GROUPS: dict[str, tuple[tuple[str, ...], Callable[[Path], Metrics]]] = {
    "storage": (("demo_build_s", "db_size_mb"), _storage),
    "search": (("search_p50_ms", "search_p95_ms", "search_raw_p95_ms", "search_ratio"), _search),
    "suggest": (("suggest_full_ms", "suggest_one_ms"), _suggest),
    "calendar": (("week_view_ms", "next_slot_ms"), _calendar),
    "window": (("bare_window_ms", "first_paint_ms", "first_paint_ratio", "search_keystroke_p95_ms", "rss_mb",
                "today_ready_ms"), _window),
    "central": ((*_CENTRAL, *(f"{name}_pg" for name in _CENTRAL)), _central),
    "sync": (("initial_sync_s", "initial_sync_rows", "push_confirm_1k_s", "gui_max_stall_ms"), _sync),
    "insights": (("dashboard_year_ms", "handover_5000_s"), _insights),
    "transfer": (("import_100k_s", "export_100k_s", "export_100k_xlsx_s"), _transfer),
    "encryption": (("encryption_overhead_ratio", "encryption_search_ratio", "encryption_import_ratio",
                    "encryption_search_p95_ms", "encryption_search_plain_p95_ms", "encryption_import_rows",
                    "encryption_import_s", "encryption_import_plain_s"), _encryption),
    "backup": (("backup_s", "backup_mb", "backups_7_db_ratio"), _backup),
}


def run_benchmarks(data_dir: Path, *, only: Sequence[str] | None = None) -> Metrics:
    wanted = set(only or ())
    known = {name for names, _ in GROUPS.values() for name in names}
    if wanted - known:
        raise InvalidInput("only", f"unknown metric {sorted(wanted - known)[0]}")
    chosen = [group for group, (names, _run) in GROUPS.items() if not wanted or wanted & set(names)]
    if set(chosen) - DATA_FREE and not database_path(data_dir).exists():
        raise InvalidInput("data_dir", f"{data_dir} holds no database; build one with `guide-desk demo --no-gui`")
    metrics: Metrics = {}
    for group, (names, run) in GROUPS.items():
        if group not in chosen:
            continue
        log.info("benchmark %s", ", ".join(names))
        metrics.update(run(data_dir))
    return {k: v for k, v in metrics.items() if not wanted or k in wanted}
