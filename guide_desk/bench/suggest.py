# SPDX-License-Identifier: Apache-2.0
"""Suggestion benchmarks: a store's full recompute, and one customer's after an edit."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from guide_desk.bench.runner import Metrics, percentile
from guide_desk.db.engine import transaction
from guide_desk.db.migrate import open_database
from guide_desk.tasks.suggestions import recompute_customer, recompute_store

ONE_SAMPLES = 40


def bench_suggest(data_dir: Path) -> Metrics:
    engine = open_database(data_dir)
    with transaction(engine) as session:
        store_id = session.execute(text("SELECT id FROM store ORDER BY code LIMIT 1")).scalar_one()
        start = time.perf_counter()
        stored = recompute_store(session, store_id=store_id)
        full_ms = (time.perf_counter() - start) * 1000
        others = [row[0] for row in session.execute(text("SELECT id FROM store WHERE id != :s"), {"s": store_id})]
        for other in others:  # every store ready for the window benchmarks that follow
            recompute_store(session, store_id=other)
        customers = [row[0] for row in session.execute(text(
            "SELECT id FROM customer WHERE store_id = :s AND last_purchase_at IS NOT NULL ORDER BY rowid LIMIT :n"),
            {"s": store_id, "n": ONE_SAMPLES})]
    one_ms = []
    for customer_id in customers:
        with transaction(engine) as session:
            start = time.perf_counter()
            recompute_customer(session, customer_id=customer_id)
            one_ms.append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return {"suggest_full_ms": round(full_ms, 1), "suggestions_stored": float(stored),
            "suggest_one_ms": round(percentile(one_ms, 95), 2)}
