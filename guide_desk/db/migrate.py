# SPDX-License-Identifier: Apache-2.0
"""Opening the database: back up, then migrate to this build's schema with Alembic.

An older build on a newer database refuses (SchemaTooNew) instead of corrupting it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from guide_desk.db.backup import backup_database
from guide_desk.db.engine import database_path, make_engine
from guide_desk.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# The newest migration. Kept here so a current database opens without loading Alembic (~0.1 s of start-up);
# tests/core/test_database.py checks it against the migration scripts.
SCHEMA_HEAD = "0002"
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


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(data_dir: Path) -> Engine:
    """The migrated engine for the install in `data_dir`; creates the database on first run."""
    path = database_path(data_dir)
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
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
