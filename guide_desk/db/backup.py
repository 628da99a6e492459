# SPDX-License-Identifier: Apache-2.0
"""Consistent copies of the database (SQLite's online backup API), keeping the newest N."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from guide_desk.clock import utcnow

BACKUP_DIR = "backups"


def backup_database(db_path: Path, *, reason: str, keep: int = 7) -> Path:
    """Copy `db_path` into backups/ beside it, named by time and reason; prune to `keep` of that reason."""
    target_dir = db_path.parent / BACKUP_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{db_path.stem}-{reason}-{stamp}.sqlite3"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    for old in list_backups(db_path, reason=reason)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(db_path: Path, *, reason: str | None = None) -> list[Path]:
    """Newest first."""
    pattern = f"{db_path.stem}-{reason or '*'}-*.sqlite3"
    found = (db_path.parent / BACKUP_DIR).glob(pattern)
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def backup_time(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


DAILY = "daily"
KEEP_DAILY = 7
SAFETY = "pre-restore"


def backup_if_due(db_path: Path, *, keep: int = KEEP_DAILY, now: datetime | None = None) -> Path | None:
    """The automatic daily backup: taken when the newest one is older than a day (or there is none)."""
    if not db_path.exists():
        return None
    newest = list_backups(db_path, reason=DAILY)
    current = now or utcnow()
    if newest and current - backup_time(newest[0]) < timedelta(days=1):
        return None
    return backup_database(db_path, reason=DAILY, keep=keep)


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound Guide Desk database: PRAGMA integrity_check, then the schema."""
    from guide_desk.errors import InvalidInput

    if not path.is_file():
        raise InvalidInput("backup", f"{path} does not exist")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = (connection.execute("SELECT version_num FROM alembic_version").fetchone()
                       if "alembic_version" in tables else None)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise InvalidInput("backup", f"{path.name} is not a readable database ({exc})") from exc
    if not verdict or verdict[0] != "ok":
        raise InvalidInput("backup", f"{path.name} failed the integrity check ({verdict[0] if verdict else '?'})")
    if "customer" not in tables or version is None:
        raise InvalidInput("backup", f"{path.name} is not a Guide Desk database")
    from guide_desk.db.migrate import known_revisions

    if version[0] not in known_revisions():
        raise InvalidInput("backup", f"{path.name} was written by a newer Guide Desk (schema {version[0]})")


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the live database with `backup`, all or nothing: the backup is checked first, the live data
    is saved as a 'pre-restore' backup, then SQLite's backup API copies the pages in one locked step.
    Callers close their connections first. Returns the safety backup's path."""
    check_backup(backup)
    safety = backup_database(db_path, reason=SAFETY, keep=3)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(db_path)
        try:
            source.backup(dest)
            verdict = dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
    finally:
        source.close()
    if not verdict or verdict[0] != "ok":  # cannot happen short of a disk fault: put the live data back
        restore_backup(db_path, safety)
        from guide_desk.errors import GuideDeskError

        raise GuideDeskError(f"the restored database failed its check; {db_path.name} was put back as it was")
    return safety
