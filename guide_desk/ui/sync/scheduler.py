# SPDX-License-Identifier: Apache-2.0
"""Background sync (DESIGN.md §4, §6): one round at a time on the worker pool, on a timer — the normal
interval after a good round, backoff with jitter (or the server's Retry-After) after a failed one, a few
seconds after a local edit. Emits the state for the status bar and how many rows a round pulled, so the
visible pages refresh. Without a configured central server it stays idle and the app works standalone."""

from __future__ import annotations

import gc
import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from guide_desk.sync.backoff import Backoff
from guide_desk.sync.engine import RoundResult, SyncCancelled
from guide_desk.sync.errors import NotEnrolled, NotSignedIn, Offline, ServerBusy, ServerFailed
from guide_desk.sync.stack import SyncConnection, connect, local_state
from guide_desk.ui.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows. state: standalone | not_enrolled | sign_in | idle | syncing | online |
    offline | error | stopped."""

    state: str
    pending: int = 0
    last_synced_at: datetime | None = None
    error: BaseException | None = None
    api_url: str | None = None
    sync_logins: frozenset[str] = frozenset()


class SyncScheduler(QObject):
    status_changed = Signal(object)  # SyncStatus
    pulled = Signal(int)  # rows a finished round brought in (> 0)
    round_finished = Signal(object)  # RoundResult
    first_download_started = Signal()
    progress = Signal(int, int)  # rows downloaded, server total (0 = unknown); emitted from the worker
    first_download_ended = Signal()
    enrolment_needed = Signal()  # un-enrolled install with settings.api_url: offer the enrolment dialog
    _edited = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.backoff = Backoff(interval_s=float(context.settings.sync_interval_s))
        self._runner = context.runner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._connection: SyncConnection | None = None
        self._running = False
        self._again = False
        self._active = False
        self._offered_enrolment = False
        self._cancel = threading.Event()
        self._edited.connect(self.nudge)
        self._hook = self._edited.emit  # any thread: the signal brings the nudge to this one
        context.edit_hooks.append(self._hook)
        self.status = SyncStatus("idle")
        self.refresh_status()

    # --------------------------------------------------------------------------------------- control

    @property
    def running(self) -> bool:
        return self._running

    @property
    def connection(self) -> SyncConnection | None:
        return self._connection

    def refresh_status(self, state: str | None = None, error: BaseException | None = None) -> SyncStatus:
        local = local_state(self._context.settings, self._context.engine)
        if state is None:
            state = self.status.state if local.api_url else "standalone"
            if error is None and state not in ("standalone", "idle"):
                error = self.status.error
        self.status = SyncStatus(state, local.pending, local.last_synced_at, error, local.api_url, local.sync_logins)
        self.status_changed.emit(self.status)
        return self.status

    def start(self) -> None:
        """Begin syncing (when a central server is configured); a round starts at once."""
        self._active = True
        if local_state(self._context.settings, self._context.engine).api_url is None:
            self.refresh_status("standalone")
            return
        self._schedule(0)

    def stop(self) -> None:
        """Lock or close: no more rounds; a running download stops after its current page."""
        self._active = False
        self._timer.stop()
        if self._running:
            self._cancel.set()
        self.refresh_status("stopped" if self.status.state != "standalone" else "standalone")

    def shutdown(self) -> None:
        self.stop()
        if self._hook in self._context.edit_hooks:
            self._context.edit_hooks.remove(self._hook)
        if not self._running and self._connection is not None:
            self._connection.close()
            self._connection = None

    def use_connection(self, connection: SyncConnection) -> None:
        """A fresh enrolment or sign-in: rounds use it from now on."""
        old, self._connection = self._connection, connection
        if old is not None and old is not connection and not self._running:
            old.close()
        self._offered_enrolment = True

    def nudge(self) -> None:
        """A local edit: push it within a few seconds (edits in a burst travel together)."""
        if self._running:
            self._again = True
        elif self._active and self.status.state in ("online", "idle"):  # failing: the backoff stands
            remaining = self._timer.remainingTime() if self._timer.isActive() else -1
            if remaining < 0 or remaining > self.backoff.after_edit_s * 1000:
                self._schedule(self.backoff.after_edit_s)
        self.refresh_status()

    def cancel(self) -> None:
        """The guide cancelled the first download: what arrived is kept; the next round resumes."""
        self._cancel.set()

    def _schedule(self, seconds: float) -> None:
        if self._active:
            self._timer.start(max(0, int(seconds * 1000)))

    # ----------------------------------------------------------------------------------------- round

    def sync_now(self) -> None:
        """Run one round now (F5, the timer); ignored while one is running (a second follows it)."""
        if self._running:
            self._again = True
            return
        self._timer.stop()
        local = local_state(self._context.settings, self._context.engine)
        if local.api_url is None and self._connection is None:
            self.refresh_status("standalone")
            return
        self._running, self._again = True, False
        self._cancel.clear()
        first = not local.has_cursor
        settings, engine = self._context.settings, self._context.engine
        self.refresh_status("syncing")
        if first:
            self.first_download_started.emit()

        def work() -> RoundResult:
            if self._connection is None:
                self._connection = connect(settings, engine)
            connection = self._connection
            if connection is None:
                raise NotEnrolled("no central server is configured")
            if not connection.auth.enrolled:
                raise NotEnrolled("this PC is not enrolled yet")
            if not connection.auth.signed_in:
                raise NotSignedIn("nobody is signed in for sync on this PC")
            return connection.engine.run_round(progress=self.progress.emit, cancelled=self._cancel.is_set)

        # A full cyclic-GC pass triggered by the worker's allocations holds the GIL for 100+ ms and freezes
        # the window; pages are freed by reference counting, so collection waits until the round ends.
        gc.disable()
        self._runner.submit(work, lambda result: self._finished(result, first),
                            lambda exc: self._failed(exc, first))

    def _finished(self, result: RoundResult, first: bool) -> None:
        self._running = False
        gc.enable()
        if first:
            self.first_download_ended.emit()
        self.backoff.succeeded()
        log.info("sync round: pushed %s, pulled %s, rejected %s, conflicts %s, pending %s", result.pushed,
                 result.pulled, result.rejected, result.conflicts, result.pending)
        self.refresh_status("online" if self._active else "stopped")
        self.round_finished.emit(result)
        if result.pulled or result.rejected or result.conflicts:
            self.pulled.emit(result.pulled)
        self._schedule(self.backoff.after_edit_s if self._again else self.backoff.interval_s)

    def _failed(self, exc: BaseException, first: bool) -> None:
        self._running = False
        gc.enable()
        if first:
            self.first_download_ended.emit()
        if isinstance(exc, SyncCancelled):
            self.refresh_status("online" if self._active else "stopped")
            self.pulled.emit(0)
            self._schedule(self.backoff.interval_s)
            return
        if isinstance(exc, NotEnrolled):
            self.refresh_status("not_enrolled", exc)
            if self._context.settings.api_url and not self._offered_enrolment and self._active:
                self._offered_enrolment = True
                self.enrolment_needed.emit()
            return  # nothing to retry until someone enrols
        if isinstance(exc, NotSignedIn):
            self.refresh_status("sign_in", exc)
            return  # waits for "Sign in for sync…"
        wait = self.backoff.failed(exc)
        state = "offline" if isinstance(exc, Offline | ServerBusy | ServerFailed) else "error"
        log.warning("sync round failed (%s); next try in %.0f s", type(exc).__name__, wait)
        self.refresh_status(state, exc)
        self._schedule(wait)
