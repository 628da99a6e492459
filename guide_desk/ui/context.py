# SPDX-License-Identifier: Apache-2.0
"""What every page needs: who is signed in, the app's data (read through `read`, written through `write`,
which makes a WriteOp) and the change notices that keep every open view in step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from guide_desk.app_data import AppData, Changes
from guide_desk.config import Settings
from guide_desk.ui.ops import WriteOp, WriteWorker
from guide_desk.ui.runner import InlineRunner, Runner

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from guide_desk.db.tables import Guide

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    guide: Guide
    background: bool = True  # False runs slow work and writes inline (tests, screenshots)
    edit_hooks: list[Callable[[], None]] = field(default_factory=list)  # run after each committed write
    notice_hooks: list[Callable[[Changes], None]] = field(default_factory=list)  # views that follow changes
    data: AppData = field(init=False, repr=False)
    _writer: WriteWorker | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.data = AppData(self.engine, author_id=self.guide.id)

    @property
    def is_manager(self) -> bool:
        return self.guide.role in ("manager", "hq")

    def runner(self, parent: QObject | None = None) -> Runner:
        return Runner(parent) if self.background else InlineRunner(parent)

    def ui_settings(self) -> QSettings:
        """Window state lives beside the data it shows, so each install (and each test) keeps its own."""
        return QSettings(str(self.settings.data_dir / "ui-state.ini"), QSettings.Format.IniFormat)

    def read(self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """A quick read on the calling thread: `fn(session, ...)`; slow ones go through runner()."""
        return self.data.read(fn, *args, **kwargs)

    def write(self, parent: QWidget | None, fn: Callable[..., T], /, **kwargs: Any) -> WriteOp[T]:
        """An op that runs `fn(session, **kwargs)` on the write worker; chain .success()/.failure(), then .run()."""
        return WriteOp(self, parent, fn, **kwargs)

    def batch_writer(self, parent: QObject | None = None) -> Runner:
        """For a long write that commits in batches itself (an import): it runs on the write worker too, so it
        never overlaps another write; its answer comes back like a runner's."""
        return Runner(parent, self.write_worker().pool) if self.background else InlineRunner(parent)

    def write_worker(self) -> WriteWorker:
        if self._writer is None:
            self._writer = WriteWorker.shared()
        return self._writer

    def shut_down(self) -> None:
        """Let queued writes finish (the window is closing)."""
        if self._writer is not None:
            self._writer.shut_down()

    def committed(self, changes: Changes) -> None:
        """After each committed write: the sync hooks, then every view that follows changes."""
        for hook in list(self.edit_hooks):
            hook()
        if changes:
            self.notify(changes)

    def notify(self, changes: Changes) -> None:
        """Tell every view that follows changes (the main window relays them to its pages)."""
        for hook in list(self.notice_hooks):
            hook(changes)
