# SPDX-License-Identifier: Apache-2.0
"""The one way the UI writes: `WriteOp(context, parent, service, **kw).success(...).run()`.

Every op runs `service(session, **kw)` in one unit of work on the app's single write worker, so writes never
overlap (nor rely on SQLite's busy timeout to take turns); success and failure come back on the GUI thread.
A failure the caller does not handle is shown in words through errors.show_error. On success the op's
`Changes` (returned by the service, or declared with .changes()) are broadcast to every view that follows
them. With `context.background` False (tests, screenshots) the op runs inline, at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from guide_desk.app_data import Changes
from guide_desk.ui.errors import show_error
from guide_desk.ui.runner import InlineRunner, Runner

if TYPE_CHECKING:
    from guide_desk.ui.context import AppContext

T = TypeVar("T")


class WriteWorker:
    """One thread, first come first served: the only place the UI's writes run. One per process, shared by
    every signed-in guide's context (a locked guide's hidden window and the next guide's never write at once)."""

    _shared: WriteWorker | None = None

    @classmethod
    def shared(cls) -> WriteWorker:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # keep the thread: writes come in bursts
        self.pending: set[WriteOp[Any]] = set()  # kept alive until their answer is back

    def shut_down(self) -> None:
        self.pool.waitForDone()


def _nothing() -> None:
    pass


class WriteOp(Generic[T]):
    def __init__(self, context: AppContext, parent: QWidget | None, fn: Callable[..., T], /,
                 **kwargs: Any) -> None:
        self._context, self._parent, self._fn, self._kwargs = context, parent, fn, kwargs
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._changes: Changes | Callable[[T], Changes] | None = None

    def success(self, on_success: Callable[[T], None]) -> WriteOp[T]:
        self._on_success = on_success
        return self

    def failure(self, on_failure: Callable[[BaseException], None]) -> WriteOp[T]:
        """Handle the error yourself; without this it is shown in words."""
        self._on_failure = on_failure
        return self

    def changes(self, changes: Changes | Callable[[T], Changes]) -> WriteOp[T]:
        """Declare what the op touches (or how to tell from its result) when the service does not say."""
        self._changes = changes
        return self

    def run(self) -> bool:
        """Submits the op. False when it has already failed (inline runs answer at once), else True: done or
        under way, its answer to come on the GUI thread."""
        self._failed_already = False
        context, fn, kwargs = self._context, self._fn, self._kwargs
        if context.background:
            # the op, not its parent widget, owns the runner: a write whose dialog closed still reports its changes
            worker = context.write_worker()
            worker.pending.add(self)
            self._runner: Runner = Runner(None, worker.pool)
            self._release: Callable[[], None] = lambda: worker.pending.discard(self)
        else:
            self._runner, self._release = InlineRunner(None), _nothing
        self._runner.submit(lambda: context.data.write(fn, **kwargs), self._done, self._failed)
        return not self._failed_already

    def _asker_gone(self) -> bool:
        return self._parent is not None and not isValid(self._parent)

    def _done(self, result: T) -> None:
        self._release()
        changes = self._changes(result) if callable(self._changes) else self._changes
        if changes is None and isinstance(result, Changes):
            changes = result
        self._context.committed(changes or Changes())
        if self._on_success is not None and not self._asker_gone():
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._release()
        self._failed_already = True
        if self._asker_gone():
            show_error(None, exc)
        elif self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc)
