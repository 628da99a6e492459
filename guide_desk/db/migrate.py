# SPDX-License-Identifier: Apache-2.0
"""Opening the database: back up, then migrate to this build's schema with Alembic.

An older build on a newer database refuses (SchemaTooNew) instead of corrupting it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from guide_desk.db.backup import backup_database
from guide_desk.db.engine import database_path, make_engine
from guide_desk.errors import SchemaTooNew

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
KEEP_MIGRATION_BACKUPS = 5


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_database(data_dir: Path) -> Engine:
    """The migrated engine for the install in `data_dir`; creates the database on first run."""
    path = database_path(data_dir)
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return engine
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
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
