# SPDX-License-Identifier: Apache-2.0
"""A consistent logical snapshot of the database as a stream of SQL statements, and loading one back.

Backups are this stream, sealed (db/sealed.py). A logical dump rather than page images: it is taken inside
one read transaction (WAL: writers go on meanwhile), carries no index pages (they are rebuilt on load) and
compresses far better — at size L, 1.1 GB of database becomes 620 MB of statements and ~150 MB sealed, where
compressed page images stay above a quarter of the database. Loading it into a fresh encrypted file is a
restore; nothing of it is written to disk in plaintext.

Stream: frames of `u32 length + UTF-8 text`. The first frame is a JSON manifest (format, schema revision,
row counts) so a backup's schema is known without loading it; then CREATE TABLE, the rows as INSERTs
(SQLite's own quote() renders the values), sqlite_sequence, indexes/views/triggers, statistics, user_version.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from guide_desk.errors import InvalidInput

FORMAT = 1
BATCH = 4000
Connection = Any


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _statements(connection: Connection, tables: list[tuple[str, str]]) -> Iterator[str]:
    for _name, sql in tables:
        yield sql
    for name, _sql in tables:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({_quoted(name)})")]
        values = " || ',' || ".join(f"quote({_quoted(column)})" for column in columns)
        prefix = f"INSERT INTO {_quoted(name)} VALUES("
        for (statement,) in connection.execute(f"SELECT {values} FROM {_quoted(name)}"):
            yield prefix + statement + ")"
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        yield 'DELETE FROM "sqlite_sequence"'
        for name, seq in connection.execute("SELECT name, seq FROM sqlite_sequence"):
            yield f"INSERT INTO sqlite_sequence(name, seq) VALUES({_literal(name)}, {int(seq)})"
    for (sql,) in connection.execute("SELECT sql FROM sqlite_master WHERE type IN ('index', 'view', 'trigger') "
                                     "AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                     "ORDER BY type = 'trigger', type = 'view', name"):
        yield sql
    if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        yield 'ANALYZE "sqlite_master"'
        yield 'DELETE FROM "sqlite_stat1"'
        for tbl, idx, stat in connection.execute("SELECT tbl, idx, stat FROM sqlite_stat1"):
            yield f"INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES({_literal(tbl)}, {_literal(idx)}, {_literal(stat)})"
    yield f"PRAGMA user_version = {int(connection.execute('PRAGMA user_version').fetchone()[0])}"


def _literal(value: str | None) -> str:
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


def write_snapshot(connection: Connection, sink: Callable[[bytes], None]) -> dict[str, Any]:
    """Stream the database behind `connection` (autocommit mode) into `sink`, all from one read
    transaction. Returns the manifest."""
    connection.execute("BEGIN")
    try:
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name").fetchall()
        names = {name for name, _ in tables}
        schema = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
                  if "alembic_version" in names else None)
        manifest = {"format": FORMAT, "schema": schema[0] if schema else None,
                    "rows": {name: connection.execute(f"SELECT count(*) FROM {_quoted(name)}").fetchone()[0]
                             for name, _ in tables}}
        sink(_frame(json.dumps(manifest)))
        batch: list[bytes] = []
        for statement in _statements(connection, tables):
            batch.append(_frame(statement))
            if len(batch) >= BATCH:
                sink(b"".join(batch))
                batch.clear()
        sink(b"".join(batch))
    finally:
        connection.execute("COMMIT")
    return manifest


def _frame(text: str) -> bytes:
    data = text.encode("utf-8")
    return struct.pack(">I", len(data)) + data


def frames(pieces: Iterable[bytes]) -> Iterator[str]:
    """The statements (the manifest first) in a stream of bytes cut anywhere."""
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        start = 0
        while len(buffer) - start >= 4:
            size = struct.unpack_from(">I", buffer, start)[0]
            if len(buffer) - start - 4 < size:
                break
            yield buffer[start + 4:start + 4 + size].decode("utf-8")
            start += 4 + size
        del buffer[:start]
    if buffer:
        raise InvalidInput("backup", "the backup ends in the middle of a statement")


def read_manifest(statements: Iterator[str]) -> dict[str, Any]:
    try:
        manifest = json.loads(next(statements))
    except (StopIteration, ValueError) as exc:
        raise InvalidInput("backup", "the backup has no manifest") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput("backup", "the backup is of an unknown format")
    return manifest


def load_snapshot(statements: Iterator[str], connection: Connection) -> None:
    """Run the statements after the manifest into an empty database on `connection` (autocommit mode),
    in one transaction with foreign keys off (rows come table by table, not in reference order)."""
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("BEGIN")
    try:
        for statement in statements:
            connection.execute(statement)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
