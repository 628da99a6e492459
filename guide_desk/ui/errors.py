# SPDX-License-Identifier: Apache-2.0
"""The one place errors reach people: typed core errors in words, anything else without a traceback."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from guide_desk.errors import Conflict, GuideDeskError, InvalidInput, NotAllowed, NotFound

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    if isinstance(exc, InvalidInput):
        return QCoreApplication.translate("errors", "Please check “{field}”: {problem}.").format(
            field=exc.field, problem=exc.problem)
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "errors", "This record no longer exists ({entity}). Refresh and try again.").format(entity=exc.entity)
    if isinstance(exc, NotAllowed):
        return QCoreApplication.translate("errors", "Your role does not allow this: {reason}").format(reason=str(exc))
    if isinstance(exc, Conflict | GuideDeskError):
        return str(exc)
    return QCoreApplication.translate(
        "errors", "Something went wrong ({kind}). Your data is safe; the details are in the log file.").format(
        kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, GuideDeskError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Guide Desk"), describe(exc))


def install_excepthooks() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        exc.__traceback__ = tb
        show_error(QApplication.activeWindow(), exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error("error in thread %s", args.thread, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
