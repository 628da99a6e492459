# SPDX-License-Identifier: Apache-2.0
"""Manager benchmarks: the dashboard of the busiest store over one year (every KPI per guide and for the
store, the funnels and the default trend chart), and a 5,000-customer handover — run on a copy of the
database made with SQLite's backup API, so the user's data dir is never changed; the copy is not timed."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from guide_desk.bench.runner import Metrics
from guide_desk.clock import STORE_TZ
from guide_desk.db.connect import copy_database
from guide_desk.db.engine import database_path, transaction
from guide_desk.db.migrate import open_database
from guide_desk.insights.handover import apply_handover, handover_candidates, plan_handover
from guide_desk.insights.kpis import compute_dashboard, compute_trend
from guide_desk.insights.periods import Period

RUNS = 5
HANDOVER_CUSTOMERS = 5000


def _busiest_store(session: Session) -> str:
    return str(session.execute(text(
        "SELECT store_id FROM customer GROUP BY store_id ORDER BY count(*) DESC, store_id LIMIT 1")).scalar_one())


def _dashboard(data_dir: Path) -> Metrics:
    engine = open_database(data_dir)
    with Session(engine) as session:
        store_id = _busiest_store(session)
        latest = session.execute(text("SELECT max(purchased_at) FROM purchase")).scalar_one()
        stamp = datetime.fromisoformat(str(latest)).replace(tzinfo=UTC) if latest else datetime.now(UTC)
        last = stamp.astimezone(STORE_TZ).date()
        period = Period(last - timedelta(days=364), last)
        samples, cpu = [], []
        for _ in range(RUNS + 1):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            compute_dashboard(session, store_id=store_id, period=period, now=stamp)
            compute_trend(session, store_id=store_id, period=period, kpi="attributed_sales", now=stamp)
            samples.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
    engine.dispose()
    # cpu: the work itself (both threads), which a busy machine does not inflate the way it does wall time
    return {"dashboard_year_ms": round(statistics.median(samples[1:]), 1),
            "dashboard_year_cold_ms": round(samples[0], 1),
            "dashboard_year_cpu_ms": round(statistics.median(cpu[1:]), 1)}


def _handover(data_dir: Path) -> Metrics:
    with tempfile.TemporaryDirectory(prefix="guide-desk-bench-") as scratch:
        copy_dir = Path(scratch)
        copy_database(database_path(data_dir), database_path(copy_dir))
        engine = open_database(copy_dir)
        with Session(engine) as session:
            store_id = _busiest_store(session)
            manager, leaving = session.execute(text("""
                SELECT (SELECT id FROM guide WHERE store_id = :s AND role = 'manager' AND active LIMIT 1),
                       (SELECT owner_guide_id FROM customer WHERE store_id = :s AND archived_at IS NULL
                         GROUP BY owner_guide_id ORDER BY count(*) DESC LIMIT 1)"""), {"s": store_id}).one()
            receivers = list(session.execute(text(
                "SELECT id FROM guide WHERE store_id = :s AND active AND role = 'guide' AND id != :g ORDER BY id"),
                {"s": store_id, "g": leaving}).scalars())
        begin = time.perf_counter()
        with transaction(engine) as session:
            chosen = handover_candidates(session, from_guide_id=leaving)[:HANDOVER_CUSTOMERS]
            plan = plan_handover(session, from_guide_id=leaving, to_guide_ids=receivers, customer_ids=chosen,
                                 deactivate=False)
            apply_handover(session, plan=plan, by_guide_id=manager, note="交接：导购离职")
        seconds = time.perf_counter() - begin
        engine.dispose()
    return {"handover_5000_s": round(seconds, 2), "handover_customers": float(len(plan.assignments))}


def bench_insights(data_dir: Path) -> dict[str, float]:
    return {**_dashboard(data_dir), **_handover(data_dir)}
