# SPDX-License-Identifier: Apache-2.0
"""Consistent copies of the database (SQLite's online backup API), keeping the newest N."""

from __future__ import annotations

import sqlite3
from datetime import datetime
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
