# SPDX-License-Identifier: Apache-2.0
"""Builds the seeded demo store into an empty data dir (DESIGN.md §3, §7).

The schema comes from Alembic (`open_database`); the rows go in through SQLAlchemy Core `insert()`
executemany in batches. During the load the connection runs without a journal, without fsync and without
foreign-key enforcement, and the secondary indexes of the big tables are dropped and re-created from their
own stored SQL afterwards, so the final schema is exactly Alembic's. A failed build deletes the half-built
file: a demo is always whole or absent. Same seed and anchor ⇒ identical rows, ids included.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, insert, text

from guide_desk.db.engine import database_path
from guide_desk.db.migrate import open_database
from guide_desk.demo.activity import note_chunks, purchase_chunks
from guide_desk.demo.catalog import catalog_rows
from guide_desk.demo.context import Ctx
from guide_desk.demo.people import consent_chunks, customer_chunks, draw_crowd, settle_tiers, tag_chunks
from guide_desk.demo.reference import Chunk, reference_rows
from guide_desk.demo.sessions import SessionLog, session_chunks
from guide_desk.demo.tasks import task_chunks
from guide_desk.errors import InvalidInput

log = logging.getLogger(__name__)

BATCH = 25_000
Progress = Callable[[str, float], None]
_BULK_TABLES = ("customer", "customer_tag", "note", "consent_event", "purchase", "purchase_line", "task",
                "appointment", "product", "look_item")
# stage → (share of the build time, rows expected per customer) for the progress fraction
_STAGES = {
    "reference": (0.01, 0.0), "catalog": (0.02, 0.0), "people": (0.08, 0.0), "purchases": (0.36, 14.0),
    "sessions": (0.02, 0.2), "tasks": (0.15, 2.2), "notes": (0.06, 1.6), "customers": (0.12, 1.0),
    "tags": (0.08, 5.5), "consent": (0.03, 1.1), "indexes": (0.05, 0.0), "analyze": (0.02, 0.0),
}


@dataclass(frozen=True)
class DemoSummary:
    """What was built: row counts per table and how long it took."""

    path: Path
    size: str
    seed: int
    anchor: date
    counts: dict[str, int]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


class _Loader:
    """Runs the batched inserts on one connection and reports progress as a fraction of the whole build."""

    def __init__(self, connection: Connection, customers: int, progress: Progress | None) -> None:
        self.connection = connection
        self.customers = customers
        self.progress = progress
        self.counts: dict[str, int] = {}
        self.done = 0.0

    def stage(self, name: str) -> None:
        log.debug("demo stage %s", name)
        if self.progress is not None:
            self.progress(name, round(self.done, 3))

    def finish(self, name: str) -> None:
        self.connection.commit()
        self.done += _STAGES[name][0]

    def load(self, name: str, chunks: Iterable[Chunk]) -> None:
        self.stage(name)
        share, per_customer = _STAGES[name]
        expected = max(1.0, per_customer * self.customers)
        loaded = 0
        for target, rows in chunks:
            if not rows:
                continue
            self.connection.execute(insert(target), rows)
            self.counts[target.name] = self.counts.get(target.name, 0) + len(rows)
            loaded += len(rows)
            if self.progress is not None and per_customer:
                self.progress(name, round(self.done + share * min(1.0, loaded / expected), 3))
        self.finish(name)


def build_demo(
    data_dir: Path, *, size: str = "S", seed: int = 7, anchor: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create the demo store in `data_dir`, which must not hold a database yet.

    size S/M/L = 1,000 / 10,000 / 100,000 customers, everything else in proportion (two stores and eight
    guides at every size). `anchor` is the demo's today (default: the real one); all dates are relative to
    it. Guides sign in as sh01-g1…g3 / hz01-g1…g3 with PIN 1357, managers as sh01-m1 / hz01-m1 with 2580.
    """
    started = time.perf_counter()
    path = database_path(data_dir)
    if path.exists():
        raise InvalidInput("data_dir", f"already holds a database ({path}); choose an empty directory")
    ctx = Ctx.create(size=size, seed=seed, anchor=anchor or date.today())
    engine = open_database(data_dir)
    try:
        with engine.connect() as connection:
            loader = _Loader(connection, ctx.customers, progress)
            _fill(connection, ctx, loader)
        engine.dispose()
    except BaseException:
        engine.dispose()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    seconds = time.perf_counter() - started
    log.info("demo %s (seed %s, anchor %s) built in %.1f s: %s", size, seed, ctx.anchor, seconds, loader.counts)
    if progress is not None:
        progress("done", 1.0)
    return DemoSummary(path, size, seed, ctx.anchor, dict(sorted(loader.counts.items())), round(seconds, 3))


def _fill(connection: Connection, ctx: Ctx, loader: _Loader) -> None:
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.exec_driver_sql("PRAGMA journal_mode=OFF")
    connection.exec_driver_sql("PRAGMA synchronous=OFF")
    indexes = _drop_indexes(connection)

    ref, chunks = reference_rows(ctx)
    loader.load("reference", chunks)
    cat, chunks = catalog_rows(ctx)
    loader.load("catalog", chunks)
    loader.stage("people")
    crowd = draw_crowd(ctx)
    loader.finish("people")
    loader.load("purchases", purchase_chunks(ctx, crowd, cat, BATCH))
    settle_tiers(crowd)
    sessions = SessionLog()
    loader.load("sessions", session_chunks(ctx, crowd, cat, sessions, BATCH))
    loader.load("tasks", task_chunks(ctx, crowd, cat, ref, sessions, BATCH))
    loader.load("notes", note_chunks(ctx, crowd, cat, BATCH))
    loader.load("customers", customer_chunks(ctx, crowd, BATCH))
    loader.load("tags", tag_chunks(ctx, crowd, ref, BATCH))
    loader.load("consent", consent_chunks(ctx, crowd, BATCH))

    loader.stage("indexes")
    for sql in indexes:
        connection.exec_driver_sql(sql)
    loader.finish("indexes")
    loader.stage("analyze")
    connection.exec_driver_sql("ANALYZE")
    loader.finish("analyze")
    connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
    connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def _drop_indexes(connection: Connection) -> list[str]:
    """Drop the named indexes of the bulk tables; returns their CREATE statements, verbatim."""
    names = ", ".join(f"'{name}'" for name in _BULK_TABLES)
    found = connection.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names})"
    )).all()
    for name, _ in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    connection.commit()
    return [sql for _, sql in found]
