# SPDX-License-Identifier: Apache-2.0
"""The SQLite engine: encrypted (db/connect.py), WAL, foreign keys, FULL sync, a busy timeout — set on every
connection.

synchronous=FULL, not NORMAL: in WAL mode NORMAL may roll back the last commits on a power cut, and an
edit the guide saw saved must survive one. Commits are small and interactive, so the fsync is cheap."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from guide_desk.db import connect as local

DB_FILE = "guide-desk.sqlite3"
BUSY_TIMEOUT_MS = 5000


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def _on_connect(dbapi_connection: local.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(path: Path, *, plain_baseline: bool = False) -> Engine:
    """An engine on one encrypted SQLite file. Opening is cheap; encrypting a plain file and migrating are
    `migrate.open_database`'s job. Connections come from `connect.connect` (keyed); the URL only tells
    SQLAlchemy it is a file (its pool choice), and `module` lets it recognise sqlcipher3's errors.
    `plain_baseline` opens an unencrypted file: only the benchmark's baseline does."""
    import sqlcipher3

    path.parent.mkdir(parents=True, exist_ok=True)
    if plain_baseline:
        def creator() -> local.Connection:
            return local.connect_plain(path, check_same_thread=False)
    else:
        key = local.key_for(path)

        def creator() -> local.Connection:
            return local.connect(path, key=key, check_same_thread=False)
    # hide_parameters: an error's message (logged, shown, bundled) never carries a customer's name or phone.
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3, creator=creator, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error — nothing half-written."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
