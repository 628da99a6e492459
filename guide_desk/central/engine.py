# SPDX-License-Identifier: Apache-2.0
"""Engines and transactions for SQLite and PostgreSQL.

Every write transaction locks the tenant's version counter first (`SELECT … FOR UPDATE` on PostgreSQL,
`BEGIN IMMEDIATE` — SQLite's single-writer lock — on SQLite) and holds it until commit, so versions are
handed out in commit order: a pull that has seen version N has seen every commit below N (DESIGN.md §4).
Reads run in one snapshot (REPEATABLE READ on PostgreSQL, one deferred transaction on SQLite).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, update
from sqlalchemy.engine import make_url

from guide_desk.central.tables import TENANT, SyncCounter, table
from guide_desk.clock import utcnow

BUSY_TIMEOUT_MS = 30_000
TX_CACHE = "guide_desk_tx_cache"
"""Key of a per-transaction cache in Connection.info (guides looked up during one push)."""
_counter = table(SyncCounter)


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (below), so pysqlite must not: this also makes SAVEPOINT work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    mode = "BEGIN IMMEDIATE" if connection.get_execution_options().get("write") else "BEGIN"
    connection.exec_driver_sql(mode)


def make_engine(db_url: str) -> Engine:
    """An engine for `db_url` (sqlite:///file.db or postgresql+psycopg://…)."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


class Tx:
    """One write transaction: the connection, the moment it started and the version allocator.

    Every row written takes its own version (`next_version`), so a pull page may end anywhere without
    splitting a version; versions a rolled-back savepoint took are simply never used."""

    def __init__(self, conn: Connection, current: int, now: datetime) -> None:
        self.conn = conn
        self.now = now
        self.start = current
        self._last = current

    def next_version(self) -> int:
        self._last += 1
        return self._last

    def versions(self, count: int) -> range:
        first = self._last + 1
        self._last += count
        return range(first, self._last + 1)

    @property
    def last_version(self) -> int:
        return self._last


@contextmanager
def write_tx(engine: Engine) -> Iterator[Tx]:
    """A write transaction holding the version counter; commits on success, rolls back on any error."""
    with engine.connect() as conn:
        if is_sqlite(engine):
            conn.execution_options(write=True)
        conn.info[TX_CACHE] = {}
        try:
            with conn.begin():
                current = conn.execute(
                    select(_counter.c.version).where(_counter.c.tenant == TENANT).with_for_update()).scalar_one()
                tx = Tx(conn, int(current), utcnow())
                yield tx
                if tx.last_version != tx.start:
                    conn.execute(update(_counter).where(_counter.c.tenant == TENANT).values(version=tx.last_version))
        finally:
            conn.info.pop(TX_CACHE, None)


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    """A read-only snapshot: every statement inside sees the same committed state."""
    with engine.connect() as conn:
        if not is_sqlite(engine):
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def counter_state(conn: Connection) -> tuple[int, int]:
    """(server_version, purged_through) as this transaction sees them."""
    row = conn.execute(select(_counter.c.version, _counter.c.purged_through)
                       .where(_counter.c.tenant == TENANT)).one()
    return int(row.version), int(row.purged_through)
