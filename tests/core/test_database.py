# SPDX-License-Identifier: Apache-2.0
"""The local database: migrations match the tables, backups before migrating, refusal of newer schemas,
edits and their outbox rows commit together, and committed edits survive a killed process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from guide_desk.customers.profiles import create_customer
from guide_desk.db.backup import list_backups
from guide_desk.db.base import app_registry
from guide_desk.db.connect import key_for
from guide_desk.db.engine import database_path, transaction
from guide_desk.db.migrate import SCHEMA_HEAD, current_revision, head_revision, open_database, upgrade
from guide_desk.db.outbox import pending_count
from guide_desk.db.sealed import read_sealed
from guide_desk.db.snapshot import frames, read_manifest
from guide_desk.db.tables import Customer
from guide_desk.errors import SchemaTooNew


def test_migrations_build_exactly_the_declared_tables(engine: Engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), app_registry.metadata)
    assert diff == []


def test_connection_pragmas(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_reopening_a_current_database_takes_no_backup(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    open_database(data_dir).dispose()
    assert list_backups(database_path(data_dir)) == []


def test_an_outdated_database_is_backed_up_then_migrated(data_dir: Path) -> None:
    path = database_path(data_dir)
    path.parent.mkdir(parents=True)
    sqlite3.connect(path).execute("CREATE TABLE leftover (x)").connection.commit()
    engine = open_database(data_dir)
    assert current_revision(engine) == head_revision()
    [backup] = list_backups(path, reason="pre-migrate")
    assert read_manifest(frames(read_sealed(backup, key_for(path))))["rows"] == {"leftover": 0}


def test_a_database_from_a_newer_build_is_refused_untouched(data_dir: Path) -> None:
    engine = open_database(data_dir)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = database_path(data_dir).read_bytes()
    with pytest.raises(SchemaTooNew, match="newer Guide Desk"):
        open_database(data_dir)
    assert database_path(data_dir).read_bytes() == before


def test_the_fast_path_knows_the_newest_migration() -> None:
    assert SCHEMA_HEAD == head_revision()


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_edit_and_outbox_roll_back_together(engine: Engine, org) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), transaction(engine) as session:
        create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="林一")
        assert pending_count(session) == 1
        raise RuntimeError("power cut in the middle of the unit of work")
    with Session(engine) as session:
        assert session.exec(select(Customer)).all() == []
        assert pending_count(session) == 0


def test_an_acknowledged_edit_survives_a_killed_process(engine: Engine, data_dir: Path, org) -> None:  # type: ignore[no-untyped-def]
    script = f"""
import os, sys
from guide_desk.db.engine import make_engine, transaction, database_path
from guide_desk.db.keys import use_key
from guide_desk.customers.profiles import create_customer
from pathlib import Path
use_key(Path({str(data_dir)!r}), bytes.fromhex({key_for(database_path(data_dir)).hex()!r}))
engine = make_engine(database_path(Path({str(data_dir)!r})))
with transaction(engine) as session:
    create_customer(session, owner_guide_id={org.guide.id!r}, by_guide_id=None, name="许多")
sys.stdout.write("saved\\n"); sys.stdout.flush()
os.kill(os.getpid(), 9)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout == "saved\n" and result.returncode == -9
    with Session(engine) as session:
        assert [c.name for c in session.exec(select(Customer))] == ["许多"]
        assert pending_count(session) == 1


def test_core_packages_load_without_qt() -> None:
    script = (
        "import sys, guide_desk.__main__, guide_desk.customers.profiles, guide_desk.customers.search, "
        "guide_desk.customers.segments, guide_desk.tasks.service, guide_desk.tasks.views, "
        "guide_desk.appointments.service, guide_desk.accounts.guides, guide_desk.doctor, guide_desk.demo, "
        "guide_desk.bench.search; "
        "sys.exit('PySide6' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 0
