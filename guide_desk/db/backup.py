# SPDX-License-Identifier: Apache-2.0
"""Backups of the local database: a consistent snapshot (db/snapshot.py) compressed and encrypted on its way
into backups/ (db/sealed.py), keeping the newest N of each reason. Restore checks the backup, saves the live
data as a 'pre-restore' backup, loads the backup into a new encrypted file, checks that, and swaps it in."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from guide_desk.clock import utcnow
from guide_desk.db import connect as local
from guide_desk.db.files import fsync_dir, remove_database
from guide_desk.db.sealed import SealedWriter, read_sealed
from guide_desk.db.snapshot import frames, load_snapshot, read_manifest, write_snapshot
from guide_desk.errors import GuideDeskError, InvalidInput

log = logging.getLogger(__name__)
BACKUP_DIR = "backups"
SUFFIX = ".gdbk"
LEGACY_SUFFIX = ".sqlite3"


def backup_database(db_path: Path, *, reason: str, keep: int = 7, source_plain: bool = False) -> Path:
    """Seal a snapshot of `db_path` into backups/ beside it, named by time and reason; prune to `keep` of that
    reason. `source_plain` reads a database from before encryption (the upgrade's own backup)."""
    target_dir = db_path.parent / BACKUP_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{db_path.stem}-{reason}-{stamp}{SUFFIX}"
    source = local.connect_plain(db_path) if source_plain else local.connect(db_path)
    try:
        seal(source, target, local.key_for(db_path))
    finally:
        source.close()
    for old in list_backups(db_path, reason=reason)[keep:]:
        old.unlink(missing_ok=True)
    return target


def seal(source: local.Connection, target: Path, key: bytes) -> dict[str, Any]:
    source.isolation_level = None
    with SealedWriter(target, key) as writer:
        manifest = write_snapshot(source, writer.write)
    fsync_dir(target.parent)
    return manifest


def list_backups(db_path: Path, *, reason: str | None = None) -> list[Path]:
    """Newest first."""
    pattern = f"{db_path.stem}-{reason or '*'}-*{SUFFIX}"
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


def check_backup(db_path: Path, path: Path) -> dict[str, Any]:
    """Refuse a file that is not a sound backup of this install: every chunk must pass its authentication
    tag (so not a bit changed), and its schema must be one this build knows. Returns the manifest."""
    from guide_desk.db.migrate import known_revisions

    if not path.is_file():
        raise InvalidInput("backup", f"{path} does not exist")
    key = local.key_for(db_path)
    statements = frames(read_sealed(path, key))
    manifest = read_manifest(statements)
    for _statement in statements:  # reads (and so authenticates) the whole file
        pass
    schema = manifest.get("schema")
    if schema is None or "customer" not in manifest.get("rows", {}):
        raise InvalidInput("backup", f"{path.name} is not a Guide Desk database")
    if schema not in known_revisions():
        raise InvalidInput("backup", f"{path.name} was written by a newer Guide Desk (schema {schema})")
    return manifest


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the live database with `backup`, all or nothing: the backup is checked, the live data is
    saved as a 'pre-restore' backup, the backup is loaded into a new encrypted file beside the database and
    checked (PRAGMA integrity_check), then swapped in by one atomic rename. Callers close their connections
    first. Returns the safety backup's path."""
    check_backup(db_path, backup)
    key = local.key_for(db_path)
    staged = db_path.with_name(db_path.name + ".restoring")
    remove_database(staged)
    try:
        target = local.connect(staged, key=key)
        try:
            target.isolation_level = None
            statements = frames(read_sealed(backup, key))
            read_manifest(statements)
            load_snapshot(statements, target)
            target.execute("PRAGMA journal_mode = WAL")
            verdict = target.execute("PRAGMA quick_check").fetchone()
        finally:
            target.close()
        if not verdict or verdict[0] != "ok":
            raise GuideDeskError(f"the restored database failed its check ({verdict}); nothing was replaced")
        safety = backup_database(db_path, reason=SAFETY, keep=3)
        swap_in(staged, db_path)
    except BaseException:
        remove_database(staged)
        raise
    log.info("restored %s from %s; the data before is in %s", db_path, backup, safety)
    return safety


def swap_in(staged: Path, db_path: Path) -> None:
    """Make the complete, closed database file `staged` the live one with one atomic rename. The live
    database's WAL and shared-memory files go first: a leftover WAL would be replayed onto the new file."""
    with staged.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    fsync_dir(db_path.parent)


def reseal_legacy_backups(db_path: Path) -> int:
    """Backups from before encryption are plain copies of the database: seal each (keeping its reason and
    time) and delete the plain file. Returns how many."""
    done = 0
    key = local.key_for(db_path)
    for old in sorted((db_path.parent / BACKUP_DIR).glob(f"{db_path.stem}-*{LEGACY_SUFFIX}")):
        if not local.is_plain(old):
            continue
        target = old.with_suffix(SUFFIX)
        source = local.connect_plain(old, readonly=True)
        try:
            seal(source, target, key)
        finally:
            source.close()
        stat = old.stat()
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        old.unlink()
        done += 1
    return done
