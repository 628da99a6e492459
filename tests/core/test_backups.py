# SPDX-License-Identifier: Apache-2.0
"""Daily automatic backups (keep 7) and restore from a chosen backup: checked first, the live data saved
before, all or nothing."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from guide_desk.clock import utcnow
from guide_desk.customers.profiles import create_customer
from guide_desk.db.backup import DAILY, SAFETY, backup_if_due, check_backup, list_backups, restore_backup
from guide_desk.db.engine import database_path, transaction
from guide_desk.db.tables import Customer
from guide_desk.errors import InvalidInput


def _count(engine: Engine) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def _add(engine: Engine, org, name: str) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name=name)


def test_daily_backup_once_a_day_keeping_seven(engine: Engine, org, data_dir: Path) -> None:
    path = database_path(data_dir)
    first = backup_if_due(path)
    assert first is not None and backup_if_due(path) is None
    for _day in range(9):
        for old in list_backups(path, reason=DAILY):  # a day passes
            stamp = old.stat().st_mtime - timedelta(days=1, minutes=1).total_seconds()
            os.utime(old, (stamp, stamp))
        assert backup_if_due(path) is not None
    kept = list_backups(path, reason=DAILY)
    assert len(kept) == 7 and first not in kept
    assert backup_if_due(path, now=utcnow() + timedelta(hours=23)) is None


def test_restore_brings_back_the_chosen_backup_after_saving_the_live_data(engine: Engine, org, data_dir: Path
                                                                          ) -> None:
    path = database_path(data_dir)
    _add(engine, org, "甲")
    chosen = backup_if_due(path)
    assert chosen is not None
    _add(engine, org, "乙")
    engine.dispose()
    safety = restore_backup(path, chosen)
    assert _count(engine) == 1
    assert safety in list_backups(path, reason=SAFETY)
    engine.dispose()
    restore_backup(path, safety)
    assert _count(engine) == 2


def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(engine: Engine, org, data_dir: Path,
                                                                  tmp_path: Path) -> None:
    import sqlite3

    path = database_path(data_dir)
    _add(engine, org, "甲")
    chosen = backup_if_due(path)
    assert chosen is not None
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(chosen.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.commit()
    for bad in (damaged, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(InvalidInput, match="backup"):
            check_backup(path, bad)
        with pytest.raises(InvalidInput):
            restore_backup(path, bad)
    assert _count(engine) == 1 and not list_backups(path, reason=SAFETY)
