# SPDX-License-Identifier: Apache-2.0
"""The app's data behind one door: the engine and the signed-in guide, a unit of work for writes (authored by
that guide, so the outbox knows who made each edit) and a session for reads. The UI calls services through
this facade instead of opening sessions itself; `Changes` tells the views what a write touched. The database
file's own care (opening and migrating it, the daily backup and retention, backups on request) is here too,
so the UI never reaches into guide_desk.db."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.config import Settings
from guide_desk.db import backup
from guide_desk.db.connect import is_plain, key_for
from guide_desk.db.engine import database_path, transaction
from guide_desk.db.keys import MIN_PASSPHRASE as MIN_PASSPHRASE
from guide_desk.db.keys import set_passphrase_source as set_passphrase_source
from guide_desk.db.keys import use_key as use_key
from guide_desk.db.migrate import open_database
from guide_desk.db.outbox import AUTHOR

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What a committed write touched, by entity and id, so every open view refreshes what it shows.
    `erased` names customers whose personal data is gone: views drop them at once."""

    customers: frozenset[str] = field(default_factory=frozenset)
    erased: frozenset[str] = field(default_factory=frozenset)
    tasks: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    appointments: frozenset[str] = field(default_factory=frozenset)
    settings: bool = False  # store rules, templates, segments, PINs: things pages read their options from

    @classmethod
    def of(cls, *, customers: Iterable[str] = (), erased: Iterable[str] = (), tasks: Iterable[str] = (),
           tags: Iterable[str] = (), appointments: Iterable[str] = (), settings: bool = False) -> Changes:
        return cls(frozenset(customers), frozenset(erased), frozenset(tasks), frozenset(tags),
                   frozenset(appointments), settings)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.customers | other.customers, self.erased | other.erased, self.tasks | other.tasks,
                       self.tags | other.tags, self.appointments | other.appointments,
                       self.settings or other.settings)

    def __bool__(self) -> bool:
        return bool(self.customers or self.erased or self.tasks or self.tags or self.appointments or self.settings)


class AppData:
    """Runs services against the local database on behalf of one guide (None before anyone signs in)."""

    def __init__(self, engine: Engine, *, author_id: str | None = None) -> None:
        self.engine, self.author_id = engine, author_id

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """A committed unit of work (rolled back on any error), its edits authored by the signed-in guide."""
        with transaction(self.engine) as session:
            if self.author_id is not None:
                session.info[AUTHOR] = self.author_id
            yield session

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; what it returns stays usable after it closes."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def write(self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(session, ...)` in one unit of work: all of it is stored, or none."""
        with self.unit() as session:
            return fn(session, *args, **kwargs)

    def read(self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(session, ...)` in a read session."""
        with self.session() as session:
            return fn(session, *args, **kwargs)


def is_encrypted(data_dir: Path) -> bool:
    """Whether the database of `data_dir` is already encrypted (or not there yet); False before the upgrade."""
    return not is_plain(database_path(data_dir))


def read_key(data_dir: Path) -> None:
    """Find the database key now (asking for the passphrase where there is no keyring), before a slow open."""
    key_for(database_path(data_dir))


def open_app_data(data_dir: Path) -> Engine:
    """The local database of `data_dir`, created or migrated to the current schema."""
    return open_database(data_dir)


def daily_care(settings: Settings, engine: Engine) -> None:
    """The daily backup (keep 7), then the retention rule. The backup comes first, so an erasure by retention
    is always preceded by a copy."""
    from guide_desk.customers.privacy import apply_retention

    backup.backup_if_due(database_path(settings.data_dir))
    if settings.retention_archived_months > 0:
        erased = AppData(engine).write(apply_retention, months=settings.retention_archived_months)
        if erased:
            log.info("retention: anonymised %d customers archived over %d months ago", erased,
                     settings.retention_archived_months)


class Backups:
    """The copies of one install's database: listed newest first, taken on request, checked and restored."""

    def __init__(self, data_dir: Path) -> None:
        self.db_path = database_path(data_dir)

    def listed(self) -> list[Path]:
        return backup.list_backups(self.db_path)

    @staticmethod
    def taken_at(path: Path) -> datetime:
        return backup.backup_time(path)

    def take(self) -> Path:
        return backup.backup_database(self.db_path, reason="manual", keep=10)

    def restore(self, engine: Engine, chosen: Path) -> Path:
        """Replace the data with `chosen` (the current data is backed up first); returns that safety copy."""
        engine.dispose()
        return backup.restore_backup(self.db_path, chosen)
