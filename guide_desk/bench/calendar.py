# SPDX-License-Identifier: Apache-2.0
"""Calendar benchmarks: a guide's week view model (the sessions query plus the blocks the page paints) and
the next free slot for a new session, each the p95 over the busiest guides of the first store."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from guide_desk.appointments.calendar import build_calendar
from guide_desk.appointments.slots import next_free_slots
from guide_desk.bench.runner import Metrics, percentile
from guide_desk.clock import STORE_TZ
from guide_desk.db.migrate import open_database

WEEKS = 4
SLOT_SAMPLES = 40


def bench_calendar(data_dir: Path) -> Metrics:
    engine = open_database(data_dir)
    with Session(engine) as session:
        guides = [tuple(row) for row in session.execute(text(
            "SELECT guide_id, store_id FROM appointment GROUP BY guide_id ORDER BY count(*) DESC, guide_id LIMIT 4"))]
        latest = session.execute(text("SELECT max(starts_at) FROM appointment")).scalar_one()
        stamp = datetime.fromisoformat(str(latest)).replace(tzinfo=UTC) if latest else datetime.now(UTC)
        newest = stamp.astimezone(STORE_TZ).date()
        monday = newest - timedelta(days=newest.weekday() + 7 * WEEKS)
        week_ms = []
        for guide_id, store_id in guides:
            for week in range(WEEKS):
                begin = time.perf_counter()
                build_calendar(session, store_id=store_id, day=monday + timedelta(weeks=week), guide_id=guide_id)
                week_ms.append((time.perf_counter() - begin) * 1000)
        slot_ms = []
        for n in range(SLOT_SAMPLES):
            guide_id, store_id = guides[n % len(guides)]
            after = datetime.combine(monday + timedelta(days=n % (7 * WEEKS)), datetime.min.time(), tzinfo=STORE_TZ)
            begin = time.perf_counter()
            next_free_slots(session, guide_id=guide_id, store_id=store_id, duration=timedelta(minutes=60),
                            after=after, count=5)
            slot_ms.append((time.perf_counter() - begin) * 1000)
    engine.dispose()
    return {"week_view_ms": round(percentile(week_ms, 95), 2), "next_slot_ms": round(percentile(slot_ms, 95), 2)}
