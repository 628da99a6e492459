# SPDX-License-Identifier: Apache-2.0
"""Customer data encrypted at rest: a copied data folder (database, WAL, backups) reveals no customer, the
key lives in the keyring or comes from a passphrase, and a database from before encryption is encrypted in
place on upgrade — after a backup, and whole whatever moment the power is cut."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from guide_desk.customers.profiles import create_customer
from guide_desk.db import backup as backups
from guide_desk.db.backup import check_backup, list_backups, restore_backup
from guide_desk.db.connect import connect, is_plain, key_for
from guide_desk.db.encrypt import partial_copy
from guide_desk.db.engine import database_path, transaction
from guide_desk.db.keys import SERVICE, forget_keys
from guide_desk.db.migrate import open_database
from guide_desk.db.tables import Customer
from guide_desk.errors import DatabaseKeyUnavailable, InvalidInput

NAME, PHONE = "欧阳娜娜", "13912345678"


def _add(engine: Engine, org, name: str = NAME, phone: str = PHONE) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name=name, phone_e164=phone)


def _names(engine: Engine) -> set[str]:
    with Session(engine) as session:
        return set(session.scalars(select(Customer.name)))


def _leaks(folder: Path) -> list[str]:
    needles = [NAME.encode(), PHONE.encode()]
    return [str(path) for path in folder.rglob("*") if path.is_file()
            for needle in needles if needle in path.read_bytes()]


def _plain_copy(source: Path, target_dir: Path) -> Path:
    """A database as a build before encryption left it: the same data, unencrypted."""
    target_dir.mkdir(parents=True)
    target = database_path(target_dir)
    connection = connect(source)
    connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    assert is_plain(target)
    return target


def test_a_copied_data_folder_reveals_no_customer(engine: Engine, org, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _add(engine, org)
    assert backups.backup_if_due(database_path(data_dir)) is not None
    _add(engine, org, "司马相如", "13700001111")
    wal = database_path(data_dir).with_name("guide-desk.sqlite3-wal")
    assert wal.stat().st_size > 0  # the edit is still in the WAL, which is encrypted too
    assert _leaks(data_dir) == []
    for path in (database_path(data_dir), *list_backups(database_path(data_dir))):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert _names(engine) == {NAME, "司马相如"}


def test_a_plain_database_is_encrypted_on_upgrade_and_its_old_backups_sealed(
        engine: Engine, org, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add(engine, org)
    engine.dispose()
    upgraded = tmp_path / "upgraded"
    plain = _plain_copy(database_path(data_dir), upgraded)
    (upgraded / "backups").mkdir()
    legacy = upgraded / "backups" / "guide-desk-daily-20260101T000000000000Z.sqlite3"
    legacy.write_bytes(plain.read_bytes())
    os.utime(legacy, (1_767_225_600, 1_767_225_600))
    assert _leaks(upgraded)

    migrated = open_database(upgraded)
    assert _names(migrated) == {NAME}
    migrated.dispose()
    assert not is_plain(plain) and not legacy.exists() and _leaks(upgraded) == []
    [resealed] = list_backups(plain, reason="daily")
    assert resealed.stat().st_mtime == 1_767_225_600  # keeps its day, so the daily schedule holds
    [before] = list_backups(plain, reason="pre-encrypt")
    assert check_backup(plain, before)["rows"]["customer"] == 1


def test_a_power_cut_before_the_swap_leaves_the_plain_database_whole(
        engine: Engine, org, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _add(engine, org)
    engine.dispose()
    upgraded = tmp_path / "upgraded"
    plain = _plain_copy(database_path(data_dir), upgraded)

    class PowerCut(BaseException):
        pass

    def cut(*_args: object) -> None:
        raise PowerCut

    key_for(plain)  # the key is made first (an earlier start may have got this far)
    monkeypatch.setattr(backups.os, "replace", cut)
    with pytest.raises(PowerCut):
        open_database(upgraded)
    monkeypatch.undo()
    assert is_plain(plain) and partial_copy(plain).exists()  # the complete copy was never swapped in
    assert sqlite3.connect(plain).execute("SELECT name FROM customer").fetchall() == [(NAME,)]

    resumed = open_database(upgraded)
    assert _names(resumed) == {NAME}
    resumed.dispose()
    assert not is_plain(plain) and not partial_copy(plain).exists() and _leaks(upgraded) == []


def test_a_half_written_copy_from_a_cut_is_discarded(engine: Engine, org, data_dir: Path, tmp_path: Path
                                                     ) -> None:  # type: ignore[no-untyped-def]
    _add(engine, org)
    engine.dispose()
    upgraded = tmp_path / "upgraded"
    plain = _plain_copy(database_path(data_dir), upgraded)
    partial = partial_copy(plain)
    partial.write_bytes(os.urandom(12288))
    partial.with_name(partial.name + "-journal").write_bytes(os.urandom(512))
    resumed = open_database(upgraded)
    assert _names(resumed) == {NAME}
    resumed.dispose()
    assert sorted(p.name for p in upgraded.iterdir()) == ["backups", "guide-desk.sqlite3", "install-id"]


def test_without_its_key_the_database_is_not_opened(engine: Engine, org, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _add(engine, org)
    engine.dispose()
    keyring.delete_password(SERVICE, f"db-key|{(data_dir / 'install-id').read_text()}")
    forget_keys()
    with pytest.raises(DatabaseKeyUnavailable) as raised:
        open_database(data_dir)
    assert raised.value.reason == "key_missing"


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_passphrase_derives_the_key(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(data_dir).dispose()
    assert (data_dir / "db-key.json").exists() and not is_plain(database_path(data_dir))
    forget_keys()
    open_database(data_dir).dispose()  # the same passphrase opens it again
    forget_keys()
    monkeypatch.setenv("GUIDE_DESK_DB_PASSPHRASE", "not the passphrase")
    with pytest.raises(DatabaseKeyUnavailable) as raised:
        open_database(data_dir)
    assert raised.value.reason == "wrong_passphrase"
    monkeypatch.delenv("GUIDE_DESK_DB_PASSPHRASE")
    with pytest.raises(DatabaseKeyUnavailable) as raised:
        open_database(data_dir)
    assert raised.value.reason == "no_passphrase"


@pytest.mark.usefixtures("no_keyring")
def test_it_can_refuse_to_start_without_a_keyring(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUIDE_DESK_DB_KEY_WITHOUT_KEYRING", "refuse")
    with pytest.raises(DatabaseKeyUnavailable, match="no OS keyring") as raised:
        open_database(data_dir)
    assert raised.value.reason == "no_keyring" and not database_path(data_dir).exists()


def test_a_backup_of_another_install_is_refused(engine: Engine, org, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other_dir = tmp_path / "other"
    other = open_database(other_dir)
    other.dispose()
    theirs = backups.backup_database(database_path(other_dir), reason="manual")
    with pytest.raises(InvalidInput, match="another install"):
        restore_backup(database_path(data_dir), theirs)


def test_backups_are_small(engine: Engine, org, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        for number in range(400):
            create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name=f"顾客{number}",
                            phone_e164=f"1380000{number:04d}")
    engine.dispose()
    path = database_path(data_dir)
    saved = backups.backup_database(path, reason="manual")
    assert saved.stat().st_size * 7 < path.stat().st_size * 1.5
    assert check_backup(path, saved)["rows"]["customer"] == 400


def test_the_key_follows_a_moved_data_folder(engine: Engine, org, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _add(engine, org)
    engine.dispose()
    moved = tmp_path / "new disk" / "guide-desk"
    moved.parent.mkdir()
    data_dir.rename(moved)
    forget_keys()
    reopened = open_database(moved)
    assert _names(reopened) == {NAME}
    reopened.dispose()
