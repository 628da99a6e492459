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


def _window(data_dir: Path) -> Metrics:
    from guide_desk.bench.window import bench_window

    return bench_window(data_dir)


GROUPS: dict[str, tuple[tuple[str, ...], Callable[[Path], Metrics]]] = {
    "storage": (("demo_build_s", "db_size_mb"), _storage),
    "search": (("search_p50_ms", "search_p95_ms", "search_raw_p95_ms", "search_ratio"), _search),
    "suggest": (("suggest_full_ms", "suggest_one_ms"), _suggest),
    "window": (("bare_window_ms", "first_paint_ms", "first_paint_ratio", "search_keystroke_p95_ms", "rss_mb",
                "today_ready_ms"), _window),
}


def run_benchmarks(data_dir: Path, *, only: Sequence[str] | None = None) -> Metrics:
    if not database_path(data_dir).exists():
        raise InvalidInput("data_dir", f"{data_dir} holds no database; build one with `guide-desk demo --no-gui`")
    wanted = set(only or ())
    known = {name for names, _ in GROUPS.values() for name in names}
    if wanted - known:
        raise InvalidInput("only", f"unknown metric {sorted(wanted - known)[0]}")
    metrics: Metrics = {}
    for names, run in GROUPS.values():
        if wanted and not wanted & set(names):
            continue
        log.info("benchmark %s", ", ".join(names))
        metrics.update(run(data_dir))
    return {k: v for k, v in metrics.items() if not wanted or k in wanted}
