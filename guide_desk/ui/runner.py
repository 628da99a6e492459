# SPDX-License-Identifier: Apache-2.0
"""Slow work off the GUI thread: one small runner over QThreadPool. Workers get a function (services and
an engine, never widgets); results come back to the GUI thread by signal. Tests swap in InlineRunner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries one job's answer back to the thread that owns the runner."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the widget that asked was closed meanwhile: nobody is waiting for the answer


class Runner(QObject):
    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        relay = _Relay(self)  # dies with its owner, so a late answer never reaches a closed widget
        self._relays.add(relay)

        def finished(result: Any) -> None:
            self._relays.discard(relay)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            on_error(exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self._pool.start(_Job(work, relay))


class InlineRunner(Runner):
    """Runs the work at once on the calling thread (tests, scripts)."""

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        try:
            result = work()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
