# SPDX-License-Identifier: Apache-2.0
"""The one way a connection to the local database is opened: SQLCipher (the `sqlcipher3` module, a DB-API
twin of `sqlite3`) keyed with the install key. The engine's pool, backups, the doctor, the diagnostics bundle
and the benchmarks all come through here, so nothing reads the file without the key.

Why SQLCipher through sqlcipher3 rather than SQLite3 Multiple Ciphers through apsw (docs/security.md has
the numbers): sqlcipher3 is DB-API 2, so SQLAlchemy, SQLModel and Alembic run on it unchanged (SQLAlchemy's
own `sqlite+pysqlcipher` dialect uses it); apsw is not DB-API and SQLAlchemy has no dialect for it. Both ship
wheels for Windows and Linux on CPython 3.11–3.13.

The cipher is SQLCipher 4's default (AES-256-CBC per page, HMAC-SHA512 per page, so a changed page is
detected); the key is raw (x'…'), so no PBKDF2 runs on each connect. The WAL is written through the same
pager codec, encrypted like the database; temp_store=MEMORY keeps sort and temp tables off the disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from guide_desk.db.keys import install_key

SQLITE_HEADER = b"SQLite format 3\x00"
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""


def is_plain(path: Path) -> bool:
    """Whether `path` is an unencrypted SQLite database (its first 16 bytes are SQLite's header)."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def has_data(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def key_for(path: Path) -> bytes:
    """The key of the database at `path` (a new install's key is created when there is no data yet)."""
    return install_key(path.parent, may_create=not has_data(path) or is_plain(path))


def key_sql(key: bytes) -> str:
    """The raw-key literal SQLCipher takes in PRAGMA key and ATTACH … KEY (hex only: nothing to escape)."""
    return f"\"x'{key.hex()}'\""


def connect(path: Path, *, readonly: bool = False, key: bytes | None = None, check_same_thread: bool = True
            ) -> Connection:
    """A keyed connection to the database at `path`, with the key checked (a wrong key fails here with
    DatabaseError "file is not a database", not at some later query). `key` defaults to the install key
    of the folder `path` is in; a backup being checked or restored passes its own."""
    connection = sqlcipher3.connect(_target(path, readonly), uri=True, check_same_thread=check_same_thread)
    try:
        connection.execute(f"PRAGMA key = {key_sql(key if key is not None else key_for(path))}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def connect_plain(path: Path, *, readonly: bool = False, check_same_thread: bool = True) -> Connection:
    """An unkeyed connection: for reading a database from before encryption (the upgrade that encrypts it,
    doctor on a not-yet-upgraded install) and for the central API's own plain file."""
    return sqlcipher3.connect(_target(path, readonly), uri=True, check_same_thread=check_same_thread)


def connect_local(path: Path, *, readonly: bool = False) -> Connection:
    """Read what is there: keyed when encrypted, plain when the upgrade has not encrypted it yet."""
    return connect_plain(path, readonly=readonly) if is_plain(path) else connect(path, readonly=readonly)


def attach(connection: Connection, path: Path, alias: str) -> None:
    """ATTACH the local database at `path` (keyed) to a connection opened on another file."""
    key = key_for(path)
    connection.execute(f"ATTACH DATABASE ? AS {alias} KEY {key_sql(key)}", (str(path),))


def _target(path: Path, readonly: bool) -> str:
    return path.absolute().as_uri() + ("?mode=ro" if readonly else "")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the database at `source` into `target` (SQLite's backup API; the benchmarks
    work on copies), encrypted with the same key: the copy's folder is given the source's key for this
    process."""
    from guide_desk.db.keys import use_key

    key = key_for(source)
    use_key(target.parent, key)
    reader, writer = connect(source, readonly=True), connect(target, key=key)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
