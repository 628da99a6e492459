# SPDX-License-Identifier: Apache-2.0
"""Opening the database: encrypt a plain one (db/encrypt.py), back up, then migrate to this build's schema
with Alembic.

An older build on a newer database refuses (SchemaTooNew) instead of corrupting it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlalchemy import Connection, Engine, text

from guide_desk.db.backup import backup_database
from guide_desk.db.encrypt import encrypt_in_place
from guide_desk.db.engine import database_path, make_engine
from guide_desk.errors import MigrationFailed, SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# The newest migration. Kept here so a current database opens without loading Alembic (~0.1 s of start-up);
# tests/core/test_database.py checks it against the migration scripts.
SCHEMA_HEAD = "0007"
MIGRATIONS = Path(__file__).with_name("migrations")
KEEP_MIGRATION_BACKUPS = 5


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this build has a migration for; a database at any other one is from a newer build."""
    from alembic.script import ScriptDirectory

    return {revision.revision for revision in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(data_dir: Path) -> Engine:
    """The migrated engine for the install in `data_dir`; creates the database on first run and encrypts
    one from before encryption."""
    path = database_path(data_dir)
    encrypt_in_place(path)
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path)
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return engine
    from alembic.script import ScriptDirectory

    head = head_revision()
    script = ScriptDirectory.from_config(_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        engine.dispose()
        raise SchemaTooNew(
            f"{path} was written by a newer Guide Desk (schema {current}); this build knows up to {head}. "
            "Install the newer version; the data is untouched."
        )
    if existed:
        engine.dispose()
        saved = backup_database(path, reason="pre-migrate", keep=KEEP_MIGRATION_BACKUPS)
        log.info("backed up %s to %s before migrating %s → %s", path, saved, current, head)
        engine = make_engine(path)
    upgrade(engine)
    return engine


def upgrade(engine: Engine) -> None:
    """Migrate to head all-or-nothing, the way SQLite documents schema changes: foreign keys off (only
    possible outside a transaction), every step inside one explicit BEGIN … COMMIT, `foreign_key_check`
    before the commit, foreign keys back on. The driver's own transaction handling is switched off for this:
    it never opens a transaction for DDL, so a failed step used to leave earlier steps behind, and with
    enforcement on, rebuilding a referenced table (batch copy, drop, rename) failed at the DROP. Both were
    found by packaging/test-upgrade with a migration that rebuilds `customer`."""
    from alembic import command

    config = _config()
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlcipher3.Connection)
        saved = driver.isolation_level
        driver.isolation_level = None
        try:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationFailed(f"the migration would leave {len(broken)} broken references, "
                                          f"e.g. {tuple(broken[0])}; nothing was changed")
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
            _restore_statistics(connection)
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
            driver.isolation_level = saved


def _restore_statistics(connection: Connection) -> None:
    """A rebuilt table loses its ANALYZE statistics; gather them again where the database had them, so the
    query planner keeps the plans the indexes were made for."""
    if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is None:
        return
    analysed = {name for (name,) in connection.exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1")}
    indexed = {name for (name,) in connection.exec_driver_sql(
        "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'index' AND tbl_name NOT LIKE 'sqlite_%'")}
    for table in sorted(indexed - analysed):
        connection.exec_driver_sql(f'ANALYZE "{table}"')
    connection.commit()
