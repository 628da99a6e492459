# SPDX-License-Identifier: Apache-2.0
"""The central schema comes from its Alembic migrations (and only its own tables); the `guide-desk central`
commands of DESIGN.md §7 with their exit codes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from central_kit import LiveServer
from sqlalchemy import select

from guide_desk.__main__ import main
from guide_desk.central.engine import make_engine
from guide_desk.central.migrate import current_revision, head_revision, upgrade
from guide_desk.central.tables import Device, Guide, Store, central_registry, table
from guide_desk.db.base import app_registry


def test_migrations_build_exactly_the_declared_tables(server: LiveServer) -> None:
    with server.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), central_registry.metadata) == []
    assert current_revision(server.engine) == head_revision()
    upgrade(server.engine)  # idempotent


def test_the_two_schemas_never_mix() -> None:
    import guide_desk.db.tables  # noqa: F401  (registers the app's tables)

    assert central_registry.metadata is not app_registry.metadata
    assert not set(central_registry.metadata.tables.values()) & set(app_registry.metadata.tables.values())


def _admin(db: str, *args: str, stdin: str = "") -> int:
    sys.stdin = io.StringIO(stdin)
    try:
        return main(["central", "admin", "--db", db, *args])
    finally:
        sys.stdin = sys.__stdin__


def test_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'central.db'}"
    assert _admin(db, "create-store", "SH01", "上海静安店", "--city", "上海") == 0
    store_id = capsys.readouterr().out.strip()
    assert _admin(db, "create-store", "SH01", "again") == 2
    assert "already exists" in capsys.readouterr().err
    assert _admin(db, "create-guide", "--store", "SH01", "--guide", "m1", "--name", "王店长", "--role", "manager",
                  stdin="a-long-password\n") == 0
    guide_id = capsys.readouterr().out.strip()
    assert _admin(db, "create-guide", "--store", "SH01", "--guide", "g9", "--name", "x", stdin="short\n") == 2
    assert "password" in capsys.readouterr().err
    assert _admin(db, "create-guide", "--store", "XX", "--guide", "g9", "--name", "x", stdin="long-enough-pw\n") == 2
    capsys.readouterr()
    assert _admin(db, "enrol-code", "--store", "SH01") == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 14 and code.count("-") == 2
    assert _admin(db, "revoke-device", "no-such-device") == 1
    assert "not found" in capsys.readouterr().err
    assert _admin(db, "devices") == 0
    assert _admin(db, "purge-tombstones", "--days", "30") == 0
    engine = make_engine(db)
    with engine.connect() as conn:
        assert conn.execute(select(table(Store).c.id)).scalar() == store_id
        guide = conn.execute(select(table(Guide))).one()
        assert conn.execute(select(table(Device))).first() is None
    engine.dispose()
    assert (guide.id, guide.login, guide.role) == (guide_id, "m1", "manager")
    assert guide.password_hash.startswith("scrypt$") and "a-long-password" not in guide.password_hash


def test_bad_usage_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["central"]) == 2
    assert main(["central", "admin", "--db", "not a url", "devices"]) == 2
    with pytest.raises(SystemExit) as exited:
        main(["central", "admin", "--db", "sqlite://", "create-guide", "--store", "SH01"])
    assert exited.value.code == 2
    capsys.readouterr()
