# SPDX-License-Identifier: Apache-2.0
"""What every page needs: the database, who is signed in, and a way to run a unit of work."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.config import Settings
from guide_desk.db.engine import transaction
from guide_desk.db.outbox import AUTHOR
from guide_desk.db.tables import Guide
from guide_desk.ui.runner import InlineRunner, Runner


@dataclass(frozen=True)
class Notice:
    """A change every open view must follow at once, not at its next refresh: `kind` says what happened
    ('customer_erased'), `customer_ids` to whom."""

    kind: str
    customer_ids: tuple[str, ...] = ()


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    guide: Guide
    background: bool = True  # False runs slow work inline (tests, screenshots)
    edit_hooks: list[Callable[[], None]] = field(default_factory=list)  # run after each committed work()
    notice_hooks: list[Callable[[Notice], None]] = field(default_factory=list)  # views that follow notices

    @property
    def is_manager(self) -> bool:
        return self.guide.role in ("manager", "hq")

    def runner(self, parent: QObject | None = None) -> Runner:
        return Runner(parent) if self.background else InlineRunner(parent)

    def ui_settings(self) -> QSettings:
        """Window state lives beside the data it shows, so each install (and each test) keeps its own."""
        return QSettings(str(self.settings.data_dir / "ui-state.ini"), QSettings.Format.IniFormat)

    @contextmanager
    def work(self) -> Iterator[Session]:
        """A committed unit of work (rolls back on error)."""
        with transaction(self.engine) as session:
            session.info[AUTHOR] = self.guide.id
            yield session
        for hook in list(self.edit_hooks):
            hook()

    def notify(self, notice: Notice) -> None:
        """Tell every view that follows notices (the main window relays them to its pages)."""
        for hook in list(self.notice_hooks):
            hook(notice)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session
