# SPDX-License-Identifier: Apache-2.0
"""Sync benchmarks through the real server (`guide-desk central serve` in its own process):

- initial_sync_s — a freshly enrolled PC downloads the whole store of the data dir (the central database is
  seeded from a copy of it), with the search columns derived as on any local write;
- push_confirm_1k_s — 1,000 local customer edits pushed and acknowledged, then the round's pull;
- gui_max_stall_ms — the longest gap of a 5 ms GUI timer while the workbench runs a background sync round
  (ui.bench_probe, a process of its own).

The data dir is only read: everything happens in a temporary directory."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlmodel import Session, select

from guide_desk.bench.central import _serve
from guide_desk.db.connect import connect, copy_database, key_for
from guide_desk.db.engine import database_path
from guide_desk.db.migrate import open_database

log = logging.getLogger(__name__)
PASSWORD = "bench-password"
Metrics = dict[str, float]


def prepare_central(data_dir: Path, work: Path) -> tuple[str, str]:
    """A migrated central database holding the data dir's store; returns (db url, a manager's login)."""
    from guide_desk.central.engine import make_engine
    from guide_desk.central.migrate import upgrade
    from guide_desk.central.security import hash_password
    from guide_desk.commands.central_seed import seed_central

    local_copy = work / "source.sqlite3"
    copy_database(database_path(data_dir), local_copy)
    central_db = work / "central.db"
    engine = make_engine(f"sqlite:///{central_db}")
    upgrade(engine)
    engine.dispose()
    seed_central(central_db, local_copy, password_hash=hash_password(PASSWORD))
    connection = connect(local_copy, readonly=True)
    try:
        store_code, login = connection.execute(
            "SELECT s.code, g.login FROM guide g JOIN store s ON s.id = g.store_id WHERE g.role = 'manager' "
            "AND g.active ORDER BY s.code, g.login LIMIT 1").fetchone()
    finally:
        connection.close()
    return f"sqlite:///{central_db}", f"{store_code}:{login}"


def enrol_fresh(url: str, db_url: str, who: str, data_dir: Path):  # type: ignore[no-untyped-def]
    from guide_desk.central import admin
    from guide_desk.central.engine import make_engine
    from guide_desk.sync.auth import SyncAuth
    from guide_desk.sync.client import SyncClient
    from guide_desk.sync.engine import SyncEngine

    store_code, login = who.split(":", 1)
    central = make_engine(db_url)
    code = admin.issue_enrolment_code(central, store_code=store_code)
    central.dispose()
    engine = open_database(data_dir)
    auth = SyncAuth(engine, SyncClient(url, timeout=60))
    auth.enrol(store_code=store_code, enrolment_code=code, device_name="bench")
    auth.login(login=login, password=PASSWORD)
    return engine, SyncEngine(engine, auth)


def _edit_thousand(engine, guide_login: str) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.customers.profiles import update_customer
    from guide_desk.db.outbox import AUTHOR
    from guide_desk.db.tables import Customer, Guide

    with Session(engine) as session:
        guide = session.exec(select(Guide).where(Guide.login == guide_login)).one()
        session.info[AUTHOR] = guide.id
        ids = session.exec(select(Customer.id).where(Customer.store_id == guide.store_id,
                                                     Customer.archived_at.is_(None)).limit(1000)).all()  # type: ignore[union-attr]
        for n, customer_id in enumerate(ids):
            update_customer(session, customer_id=customer_id, changes={"style_prefs": f"通勤 {n % 7}"},
                            by_guide_id=guide.id)
        session.commit()


def bench_sync(data_dir: Path) -> Metrics:
    metrics: Metrics = {}
    with tempfile.TemporaryDirectory(prefix="guide-desk-bench-sync-") as temp:
        work = Path(temp)
        started = time.perf_counter()
        db_url, who = prepare_central(data_dir, work)
        log.info("central seeded in %.1f s", time.perf_counter() - started)
        with _serve(db_url) as url:
            engine, sync = enrol_fresh(url, db_url, who, work / "pc")
            started = time.perf_counter()
            first = sync.run_round()
            metrics["initial_sync_s"] = round(time.perf_counter() - started, 2)
            metrics["initial_sync_rows"] = first.pulled
            _edit_thousand(engine, who.split(":", 1)[1])
            started = time.perf_counter()
            pushed = sync.run_round()
            metrics["push_confirm_1k_s"] = round(time.perf_counter() - started, 2)
            if not pushed.synced or pushed.pushed < 1000:
                log.warning("push benchmark: %s", pushed)
            sync.auth.client.close()
            engine.dispose()
            stall = _stall_probe(url, db_url, who, work / "gui")
            if stall is not None:
                metrics["gui_max_stall_ms"] = stall
    return metrics


def _stall_probe(url: str, db_url: str, who: str, data_dir: Path) -> float | None:
    """The GUI probe enrols a fresh install and runs its first download through the workbench's scheduler."""
    from guide_desk.central import admin
    from guide_desk.central.engine import make_engine

    store_code, login = who.split(":", 1)
    central = make_engine(db_url)
    code = admin.issue_enrolment_code(central, store_code=store_code)
    central.dispose()
    probe = subprocess.run([sys.executable, "-m", "guide_desk.ui.bench_probe", "sync", str(data_dir), url, store_code,
                            code, login, PASSWORD], capture_output=True, text=True, timeout=900,
                           input=key_for(database_path(data_dir)).hex())
    try:
        found = json.loads(probe.stdout.strip().splitlines()[-1])
        log.info("GUI sync probe: %s", found)
        return float(found["gui_max_stall_ms"])
    except (IndexError, KeyError, ValueError):
        log.warning("GUI stall probe failed: %s", probe.stderr[-2000:])
        return None
