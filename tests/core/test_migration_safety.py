# SPDX-License-Identifier: Apache-2.0
"""Upgrades keep data: a migration that rebuilds a referenced table keeps every row, and a migration that
fails half-way leaves the database exactly as it was (DDL included). The migrations here live in a copy of
the scripts in tmp_path; nothing is added to the real tree."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from guide_desk.db import migrate
from guide_desk.db.connect import connect
from guide_desk.db.engine import database_path
from guide_desk.errors import MigrationFailed

REBUILD_CUSTOMER = '''
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("customer", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("probe", sa.String(), nullable=True))
    op.create_table("probe_table", sa.Column("id", sa.Integer(), primary_key=True))
    {tail}
'''


def with_extra_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tail: str = "pass") -> str:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    revision = f"{int(head) + 1:04d}"
    (scripts / "versions" / f"{revision}_probe.py").write_text(
        REBUILD_CUSTOMER.format(revision=revision, down=head, tail=tail), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", revision)
    return revision


def contents(path: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Per table: a digest of every row of the columns the table had before."""
    connection = connect(path)
    try:
        tables = [n for (n,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        digests = {}
        for name in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")') if row[1] not in skip]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = connection.execute(f'SELECT {listed} FROM "{name}" ORDER BY {listed}').fetchall()
            digests[name] = f"{len(rows)}:{hashlib.sha256(repr(rows).encode()).hexdigest()}"
        return digests
    finally:
        connection.close()


@pytest.fixture
def demo_db(data_dir: Path) -> Path:
    from guide_desk.demo import build_demo

    build_demo(data_dir, size="S")
    return database_path(data_dir)


@pytest.mark.slow
def test_rebuilding_a_referenced_table_keeps_every_row(demo_db: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    before = contents(demo_db)
    revision = with_extra_migration(tmp_path, monkeypatch)
    engine = migrate.open_database(demo_db.parent)
    try:
        assert migrate.current_revision(engine) == revision
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    after = contents(demo_db, skip=("probe",))
    assert {k: v for k, v in after.items() if k not in ("alembic_version", "probe_table")} == \
        {k: v for k, v in before.items() if k != "alembic_version"}
    assert int(before["customer"].split(":")[0]) == 1000
    stats = connect(demo_db).execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customer'").fetchone()
    assert stats[0] > 0, "the rebuilt table's planner statistics were gathered again"


@pytest.mark.slow
def test_a_failing_migration_changes_nothing(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = contents(demo_db)
    schema = migrate.current_revision(migrate.make_engine(demo_db))
    with_extra_migration(tmp_path, monkeypatch, tail='raise RuntimeError("step 3 failed")')
    with pytest.raises(RuntimeError, match="step 3 failed"):
        migrate.open_database(demo_db.parent)
    assert contents(demo_db) == before  # no _alembic_tmp_customer, no probe_table, no new column
    assert migrate.current_revision(migrate.make_engine(demo_db)) == schema


def test_a_migration_that_breaks_references_is_refused(data_dir: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    migrate.open_database(data_dir).dispose()
    with_extra_migration(tmp_path, monkeypatch, tail='op.execute("INSERT INTO note (id, customer_id, body, '
                         "created_at, server_version) VALUES ('n1', 'nobody', 'x', '2026-01-01', 0)\")")
    with pytest.raises(MigrationFailed, match="broken references"):
        migrate.open_database(data_dir)
    assert connect(database_path(data_dir)).execute("SELECT count(*) FROM note").fetchone() == (0,)
