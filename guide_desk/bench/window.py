# SPDX-License-Identifier: Apache-2.0
"""Window benchmarks: cold start to first paint with data vs a bare QMainWindow, search keystrokes in the
customers page, and memory with that page open. Each runs in its own process (guide_desk.ui.bench_probe),
so this module stays free of Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlmodel import Session

from guide_desk.bench.runner import Metrics
from guide_desk.bench.search import sample_texts
from guide_desk.db.connect import key_for
from guide_desk.db.engine import database_path
from guide_desk.db.migrate import open_database

RUNS = 3


def _probe(*args: str, key: str = "") -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "guide_desk.ui.bench_probe", *args], capture_output=True,
                            text=True, timeout=300, env=env, check=True, input=key)
    parsed: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return parsed


def keystrokes(texts: list[str]) -> list[str]:
    """Every prefix of what the guide types, as the search field sees it key by key."""
    return [text[:end] for text in texts for end in range(1, len(text) + 1)]


def bench_window(data_dir: Path) -> Metrics:
    engine = open_database(data_dir)
    with Session(engine) as session:
        typed = keystrokes(sample_texts(session)[:24])
    engine.dispose()
    bare = min(_probe("bare")["bare_window_ms"] for _ in range(RUNS))
    key = key_for(database_path(data_dir)).hex()
    runs = [_probe("workbench", str(data_dir), json.dumps(typed, ensure_ascii=False), key=key) for _ in range(RUNS)]
    best = min(runs, key=lambda run: run["first_paint_ms"])
    return {
        "bare_window_ms": bare,
        "first_paint_ms": best["first_paint_ms"],
        "first_paint_ratio": round(best["first_paint_ms"] / bare, 2),
        "search_keystroke_p95_ms": max(run["search_keystroke_p95_ms"] for run in runs),
        "rss_mb": max(run["rss_mb"] for run in runs),
        "today_ready_ms": min(run["today_ready_ms"] for run in runs),
    }
