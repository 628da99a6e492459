# SPDX-License-Identifier: Apache-2.0
"""What encryption at rest costs, measured against a plain copy in the same run: customer search p95 (the
data dir's database vs an unencrypted copy of it, queries interleaved) and importing as many customers as the
store has (100k at size L) into a fresh encrypted vs a fresh plain database. `encryption_overhead_ratio` is
the worse of the two ratios. The plain copies live in a temporary folder and are deleted; the data dir is only read."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine, text
from sqlmodel import Session

from guide_desk.bench.runner import Metrics, percentile
from guide_desk.bench.search import ROUNDS, _tag_pair, sample_texts
from guide_desk.bench.transfer import ROWS, timed_import, write_customers_csv
from guide_desk.customers.search import CustomerQuery, search_customer_ids
from guide_desk.db.connect import connect
from guide_desk.db.engine import database_path, make_engine
from guide_desk.db.migrate import open_database


def plain_copy(source: Path, target: Path) -> None:
    """An unencrypted copy of the database at `source` (SQLCipher's export; a benchmark baseline only)."""
    connection = connect(source, readonly=True)
    try:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")
    finally:
        connection.close()


def _searches(engines: dict[str, Engine]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in engines}
    with Session(engines["encrypted"]) as session:
        store_id = session.execute(text("SELECT id FROM store ORDER BY code LIMIT 1")).scalar_one()
        tags = _tag_pair(session)
        queries = [CustomerQuery(text=t, all_of=tags, store_id=store_id) for t in sample_texts(session)]
    sessions = {name: Session(engine) for name, engine in engines.items()}
    try:
        for rounds in range(ROUNDS + 1):  # the first round warms caches and is not counted
            for query in queries:
                for name, session in sessions.items():
                    started = time.perf_counter()
                    search_customer_ids(session, query=query)
                    if rounds:
                        samples[name].append((time.perf_counter() - started) * 1000)
    finally:
        for session in sessions.values():
            session.close()
    return samples


IMPORT_ORDER = ("plain", "encrypted")
"""One each, plain first (a first import also pays for loading what importing needs). On a shared machine
one import alone varied from 55 to 115 s: compare runs of the same bench, not single numbers."""


def _fresh_engine(folder: Path, *, plain: bool) -> Engine:
    """A migrated, empty database: encrypted, or an unencrypted copy of one."""
    encrypted = open_database(folder)
    if not plain:
        return encrypted
    encrypted.dispose()
    baseline = folder / "plain.sqlite3"
    plain_copy(database_path(folder), baseline)
    return make_engine(baseline, plain_baseline=True)


def _import_rows(data_dir: Path) -> int:
    """The store's own size, up to 100k: a small demo store is not held up by two 100k imports."""
    engine = make_engine(database_path(data_dir))
    try:
        with Session(engine) as session:
            customers = session.execute(text("SELECT count(*) FROM customer")).scalar_one()
    finally:
        engine.dispose()
    return max(1000, min(ROWS, int(customers)))


def bench_encryption(data_dir: Path) -> Metrics:
    with tempfile.TemporaryDirectory(prefix="guide-desk-bench-") as temporary:
        folder = Path(temporary)
        open_database(data_dir).dispose()  # encrypts a plain data dir first, like the app would
        plain_path = folder / "plain" / "search.sqlite3"
        plain_path.parent.mkdir()
        plain_copy(database_path(data_dir), plain_path)
        engines = {"encrypted": make_engine(database_path(data_dir)),
                   "plain": make_engine(plain_path, plain_baseline=True)}
        try:
            searches = _searches(engines)
        finally:
            for engine in engines.values():
                engine.dispose()
        plain_path.unlink()

        rows = _import_rows(data_dir)
        source = write_customers_csv(folder / "customers.csv", rows)
        imports: dict[str, float] = {}
        for attempt, name in enumerate(IMPORT_ORDER):
            engine = _fresh_engine(folder / f"import-{attempt}", plain=name == "plain")
            try:
                elapsed = timed_import(engine, source, rows)
            finally:
                engine.dispose()
            imports[name] = min(elapsed, imports.get(name, elapsed))
    p95 = {name: percentile(values, 95) for name, values in searches.items()}
    search_ratio = p95["encrypted"] / p95["plain"] if p95["plain"] else 0.0
    import_ratio = imports["encrypted"] / imports["plain"] if imports["plain"] else 0.0
    return {
        "encryption_search_p95_ms": round(p95["encrypted"], 2),
        "encryption_search_plain_p95_ms": round(p95["plain"], 2),
        "encryption_search_ratio": round(search_ratio, 2),
        "encryption_import_rows": rows,
        "encryption_import_s": round(imports["encrypted"], 2),
        "encryption_import_plain_s": round(imports["plain"], 2),
        "encryption_import_ratio": round(import_ratio, 2),
        "encryption_overhead_ratio": round(max(search_ratio, import_ratio), 2),
    }


def bench_backup(data_dir: Path) -> Metrics:
    """The daily backup of the data dir's database, sealed into a temporary folder (the data dir's own
    backups are left alone): how long, how big, and seven of them against the database's size."""
    from guide_desk.db.backup import seal
    from guide_desk.db.connect import key_for

    path = database_path(data_dir)
    open_database(data_dir).dispose()
    with tempfile.TemporaryDirectory(prefix="guide-desk-bench-") as temporary:
        target = Path(temporary) / "daily.gdbk"
        source = connect(path)
        try:
            started = time.perf_counter()
            seal(source, target, key_for(path))
            elapsed = time.perf_counter() - started
        finally:
            source.close()
        size = target.stat().st_size
    return {"backup_s": round(elapsed, 2), "backup_mb": round(size / 1e6, 1),
            "backups_7_db_ratio": round(7 * size / path.stat().st_size, 2)}
