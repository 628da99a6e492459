# SPDX-License-Identifier: Apache-2.0
"""Central API benchmarks, against a throwaway central database (SQLite; PostgreSQL too, suffixed `_pg`,
when GUIDE_DESK_TEST_PG_URL is set): a guide's first pull of 100k customers through the real HTTP API
(rows/s) and a push of 1,000 customer creates (s), each beside a raw select / insert of the same rows on the
same database in the same run. The data dir is not used: the central API keeps its own database."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import Engine, insert, text

log = logging.getLogger(__name__)
PG_ENV = "GUIDE_DESK_TEST_PG_URL"
CUSTOMERS = 100_000
PUSHED = 1_000
Metrics = dict[str, float]


@contextmanager
def _serve(db_url: str) -> Iterator[str]:
    """`guide-desk central serve` in its own process, as deployed (the client's work stays in this one)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "GUIDE_DESK_CENTRAL_RATE_PER_S": "1000000", "GUIDE_DESK_CENTRAL_RATE_BURST": "1000000"}
    process = subprocess.Popen([sys.executable, "-m", "guide_desk", "central", "serve", "--db", db_url,
                                "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the central API did not start")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _customer_rows(count: int, store_id: str, guide_id: str, first_version: int) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    return [{"id": str(uuid.uuid4()), "store_id": store_id, "owner_guide_id": guide_id, "name": f"顾客{n}",
             "phone_e164": f"+86139{n:08d}", "tier": "normal", "style_prefs": "", "points": n % 1000,
             "marketing_consent": False, "source": "store", "purchase_count": 0, "total_spent_fen": 0,
             "created_at": now, "updated_at": now, "field_writers": {}, "version": first_version + n}
            for n in range(count)]


def _seed(engine: Engine, store_id: str, guide_id: str) -> None:
    """100k customers straight into the central database (Core executemany), versions as a push would."""
    from guide_desk.central.engine import write_tx
    from guide_desk.central.tables import Customer, table

    with write_tx(engine) as tx:
        first = tx.versions(CUSTOMERS).start
        rows = _customer_rows(CUSTOMERS, store_id, guide_id, first)
        for start in range(0, CUSTOMERS, 5000):
            tx.conn.execute(insert(table(Customer)), rows[start:start + 5000])
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:  # what autovacuum does within a minute of a bulk load
            conn.execute(text("ANALYZE"))


def _sign_in(url: str, engine: Engine) -> httpx.Client:
    from guide_desk.central import admin

    code = admin.issue_enrolment_code(engine, store_code="B1")
    device = httpx.post(f"{url}/auth/enrol", json={"store_code": "B1", "enrolment_code": code}).json()
    tokens = httpx.post(f"{url}/auth/login", json={"guide_id": "bench", "password": "bench-password"},
                        headers={"Authorization": f"Bearer {device['device_token']}"}).json()
    return httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {tokens['access_token']}"})


def _pull_all(api: httpx.Client) -> int:
    cursor, rows = 0, 0
    while True:
        page = api.get("/sync/pull", params={"cursor": cursor, "limit": 1000}).json()
        rows += sum(1 for change in page["changes"] if change["entity"] == "customer")
        cursor = page["cursor"]
        if not page["has_more"]:
            return rows


def _raw_select(engine: Engine) -> float:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        started = time.perf_counter()
        cursor.execute("SELECT * FROM customer ORDER BY version")
        count = len(cursor.fetchall())
        elapsed = time.perf_counter() - started
        cursor.close()
    finally:
        raw.close()
    return count / elapsed


def _raw_insert(engine: Engine, store_id: str, guide_id: str) -> float:
    rows = _customer_rows(PUSHED, store_id, guide_id, 10**9)
    columns = ["id", "store_id", "owner_guide_id", "name", "tier", "style_prefs", "points", "marketing_consent",
               "source", "purchase_count", "total_spent_fen", "created_at", "updated_at", "field_writers", "version"]
    sqlite = engine.dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    statement = f"INSERT INTO customer ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"

    def value(row: dict[str, Any], column: str) -> Any:
        if column == "field_writers":
            return "{}"
        if sqlite and column.endswith("_at"):
            return row[column].replace(tzinfo=None).isoformat(" ")
        return row[column]

    values = [tuple(value(row, column) for column in columns) for row in rows]
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        started = time.perf_counter()
        if sqlite:
            cursor.execute("BEGIN")  # the central engine leaves transactions to SQLAlchemy
        cursor.executemany(statement, values)
        raw.commit()
        elapsed = time.perf_counter() - started
        cursor.close()
    finally:
        raw.close()
    return elapsed


def _measure(db_url: str, suffix: str) -> Metrics:
    from guide_desk.central import admin
    from guide_desk.central.engine import make_engine
    from guide_desk.central.migrate import upgrade
    from guide_desk.ids import uuid7

    engine = make_engine(db_url)
    upgrade(engine)
    store_id = admin.create_store(engine, code="B1", name="bench store")
    guide_id = admin.create_guide(engine, store_code="B1", login="bench", name="bench", role="guide",
                                  password="bench-password")
    _seed(engine, store_id, guide_id)
    metrics: Metrics = {}
    with _serve(db_url) as url, _sign_in(url, engine) as api:
        started = time.perf_counter()
        rows = _pull_all(api)
        pull_s = time.perf_counter() - started
        assert rows == CUSTOMERS, rows
        metrics[f"pull_rows_per_s{suffix}"] = round(rows / pull_s)
        metrics[f"pull_raw_rows_per_s{suffix}"] = round(_raw_select(engine))
        ids = [uuid7() for _ in range(PUSHED)]
        started = time.perf_counter()
        for batch in range(0, PUSHED, 100):
            mutations = [{"mutation_id": batch + n + 1, "entity": "customer", "entity_id": cid, "op": "create",
                          "fields": {"name": f"新客{batch + n}", "phone_e164": f"+86137{batch + n:08d}"}}
                         for n, cid in enumerate(ids[batch:batch + 100])]
            reply = api.post("/sync/push", json={"client_id": "bench", "mutations": mutations}).json()
            assert {r["status"] for r in reply["results"]} == {"applied"}, reply
        metrics[f"push_1k_s{suffix}"] = round(time.perf_counter() - started, 3)
    metrics[f"push_raw_1k_s{suffix}"] = round(_raw_insert(engine, store_id, guide_id), 4)
    name = {key: f"{key}{suffix}" for key in ("pull_rows_per_s", "pull_raw_rows_per_s", "push_1k_s", "push_raw_1k_s")}
    metrics[f"pull_ratio{suffix}"] = round(metrics[name["pull_raw_rows_per_s"]] / metrics[name["pull_rows_per_s"]], 1)
    metrics[f"push_ratio{suffix}"] = round(metrics[name["push_1k_s"]] / metrics[name["push_raw_1k_s"]], 1)
    engine.dispose()
    return metrics


@contextmanager
def _pg_schema(base_url: str) -> Iterator[str]:
    from sqlalchemy.engine import make_url

    from guide_desk.central.engine import make_engine

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin_engine = make_engine(base_url)
    with admin_engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin_engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin_engine.dispose()


def bench_central() -> Metrics:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError:
        log.warning("central benchmarks skipped: the central extra is not installed")
        return {}
    with tempfile.TemporaryDirectory(prefix="guide-desk-central-bench-") as tmp:
        metrics = _measure(f"sqlite:///{tmp}/central.db", "")
    pg_url = os.environ.get(PG_ENV)
    if pg_url:
        with _pg_schema(pg_url) as url:
            metrics.update(_measure(url, "_pg"))
    return metrics
