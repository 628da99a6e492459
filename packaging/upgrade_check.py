# SPDX-License-Identifier: Apache-2.0
"""Helpers for packaging/test-upgrade (stdlib only; run with any Python 3.11).

  upgrade_check.py newer-tree DIR            bump the version and add a probe migration in a *copy* of the tree
  upgrade_check.py snapshot DB OUT.json      per-table columns and a digest of every row
  upgrade_check.py compare BEFORE.json DB    every row still there, unchanged in its old columns
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

PROBE_MIGRATION = '''"""upgrade probe (test-upgrade only; never committed)

Revision ID: {revision}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuilds the customer table (copy, drop, rename): the riskiest kind of step for rows that reference it.
    with op.batch_alter_table("customer", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("upgrade_probe", sa.String(), nullable=True))
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("note", sa.String()))
    op.execute("INSERT INTO upgrade_probe (note) VALUES ('migrated by the newer build')")


def downgrade() -> None:
    op.drop_table("upgrade_probe")
    with op.batch_alter_table("customer") as batch_op:
        batch_op.drop_column("upgrade_probe")
'''


def newer_tree(root: Path) -> None:
    """In the copy at `root`: version + 1 (last number), and migration head + 1 on top of the current head."""
    init = root / "guide_desk" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    old = re.search(r'__version__ = "([^"]+)"', text)
    assert old, "no __version__"
    parts = old.group(1).split(".")
    parts[-1] = str(int(re.match(r"\d+", parts[-1]).group(0)) + 1)  # type: ignore[union-attr]
    init.write_text(text.replace(old.group(0), f'__version__ = "{".".join(parts)}"'), encoding="utf-8")

    migrate = root / "guide_desk" / "db" / "migrate.py"
    source = migrate.read_text(encoding="utf-8")
    head = re.search(r'SCHEMA_HEAD = "(\d+)"', source)
    assert head, "no SCHEMA_HEAD"
    revision = f"{int(head.group(1)) + 1:04d}"
    migrate.write_text(source.replace(head.group(0), f'SCHEMA_HEAD = "{revision}"'), encoding="utf-8")
    versions = root / "guide_desk" / "db" / "migrations" / "versions"
    (versions / f"{revision}_upgrade_probe.py").write_text(
        PROBE_MIGRATION.format(revision=revision, down=head.group(1)), encoding="utf-8")
    sys.stdout.write(f"{'.'.join(parts)} {revision}\n")


def snapshot(db: Path) -> dict[str, dict[str, object]]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: _table(connection, name, None) for name in tables if name != "alembic_version"}
    finally:
        connection.close()


def _table(connection: sqlite3.Connection, name: str, columns: list[str] | None) -> dict[str, object]:
    """The table's columns and one digest per row (over those columns), sorted."""
    columns = columns or [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
    listed = ", ".join(f'"{c}"' for c in columns)
    rows = sorted(hashlib.sha1(repr(row).encode("utf-8")).hexdigest()
                  for row in connection.execute(f'SELECT {listed} FROM "{name}"'))
    return {"columns": columns, "rows": rows}


def compare(before: dict[str, dict[str, object]], db: Path) -> tuple[list[str], dict[str, int]]:
    """(problems, rows added per table): every row that was there must still be there, unchanged in every
    column it had; rows the newer app added on start (suggestions, say) are counted, not failed."""
    problems: list[str] = []
    added: dict[str, int] = {}
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for name, old in before.items():
            try:
                now = _table(connection, name, list(old["columns"]))  # type: ignore[call-overload]
            except sqlite3.DatabaseError as exc:
                problems.append(f"{name}: {exc}")
                continue
            lost = Counter(old["rows"]) - Counter(now["rows"])  # type: ignore[arg-type]
            if lost:
                problems.append(f"{name}: {sum(lost.values())} of {len(old['rows'])} rows lost or changed")  # type: ignore[arg-type]
            extra = len(now["rows"]) - len(old["rows"]) + sum(lost.values())  # type: ignore[arg-type]
            if extra:
                added[name] = extra
        fk = connection.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign key violations: {fk[:5]}")
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity check: {integrity}")
    finally:
        connection.close()
    return problems, added


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "newer-tree":
        newer_tree(Path(rest[0]))
    elif command == "snapshot":
        state = snapshot(Path(rest[0]))
        Path(rest[1]).write_text(json.dumps(state), encoding="utf-8")
        total = sum(len(t["rows"]) for t in state.values())  # type: ignore[arg-type]
        sys.stdout.write(f"{len(state)} tables, {total} rows\n")
    elif command == "compare":
        before = json.loads(Path(rest[0]).read_text(encoding="utf-8"))
        problems, added = compare(before, Path(rest[1]))
        for problem in problems:
            sys.stdout.write(f"LOST: {problem}\n")
        if problems:
            return 1
        total = sum(len(t["rows"]) for t in before.values())
        extra = ", ".join(f"{name} +{n}" for name, n in sorted(added.items()))
        sys.stdout.write(f"all {total} rows of {len(before)} tables present and unchanged"
                         f"{f' (added since: {extra})' if extra else ''}\n")
    else:
        sys.stderr.write(__doc__ or "")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
