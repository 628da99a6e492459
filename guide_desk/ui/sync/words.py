# SPDX-License-Identifier: Apache-2.0
"""Sync in words a guide understands: the sync states, the last error, the server's refusal codes.
One place, so the status bar, the enrolment dialog and the review page say the same thing."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from guide_desk.sync.errors import (
    NotEnrolled,
    NotSignedIn,
    Offline,
    Refused,
    ResyncRequired,
    ServerBusy,
    ServerFailed,
    SyncError,
    TooManyAttempts,
    Unauthorized,
)
from guide_desk.ui.errors import describe

translate = QCoreApplication.translate


def state_text(state: str) -> str:
    texts = {
        "standalone": translate("sync", "Not connected to a central server"),
        "not_enrolled": translate("sync", "Not enrolled"),
        "sign_in": translate("sync", "Sign-in needed for sync"),
        "syncing": translate("sync", "Syncing…"),
        "online": translate("sync", "Online"),
        "offline": translate("sync", "Offline"),
        "error": translate("sync", "Sync problem"),
        "stopped": translate("sync", "Sync paused"),
        "idle": translate("sync", "Waiting to sync"),
    }
    return texts.get(state, state)


def synced_text(at: datetime | None, now: datetime | None = None) -> str:
    if at is None:
        return translate("sync", "never synced")
    local = at.astimezone()
    today = (now or datetime.now().astimezone()).date()
    if local.date() == today:
        return translate("sync", "synced {time}").format(time=f"{local:%H:%M}")
    return translate("sync", "synced {date}").format(date=f"{local:%m-%d %H:%M}")


def error_text(exc: BaseException, api_url: str | None = None) -> str:
    """The last sync failure as a sentence (what happened and what the app does about it)."""
    where = api_url or translate("sync", "the central server")
    if isinstance(exc, TooManyAttempts):
        return wait_text(exc.retry_after)
    if isinstance(exc, Offline):
        return translate("sync", "Cannot reach {url}. Check the network; your changes are kept and sent later."
                         ).format(url=where)
    if isinstance(exc, ServerBusy):
        return translate("sync", "The central server is busy; the app tries again shortly.")
    if isinstance(exc, ServerFailed):
        return translate("sync", "The central server had a problem; the app tries again later.")
    if isinstance(exc, NotEnrolled):
        return translate("sync", "This PC is not enrolled with a central server yet: connect it in Settings.")
    if isinstance(exc, NotSignedIn):
        return translate("sync", "Nobody is signed in for sync on this PC: sign in to send and receive changes.")
    if isinstance(exc, Unauthorized):
        return translate("sync", "The server did not accept this PC's sign-in; sign in for sync again.")
    if isinstance(exc, ResyncRequired):
        return translate("sync", "The server asked for a full download; it starts with the next round.")
    if isinstance(exc, Refused):
        return translate("sync", "The server refused: {message}").format(message=str(exc))
    if isinstance(exc, SyncError):
        return str(exc)
    return describe(exc)


def wait_text(seconds: float | None) -> str:
    """A sign-in lockout (server password or PIN): how long to wait, in whole minutes."""
    minutes = max(1, math.ceil((seconds or 60) / 60))
    if minutes == 1:
        return translate("sync", "Too many attempts. Try again in 1 minute.")
    return translate("sync", "Too many attempts. Try again in {minutes} minutes.").format(minutes=minutes)


AUTHOR_CODES = frozenset({"author_not_signed_in", "author_inactive", "author_other_store", "author_unknown"})
"""Refusals about who made an edit: the sentence says everything, the server's English adds nothing."""


def _author_reason(code: str, author: str | None, manager_only: bool) -> str:
    name = author or translate("sync", "the guide who made it")
    if code == "author_not_signed_in":
        if manager_only:
            return translate("sync", "Only a store manager may make this change, and none was signed in for sync: "
                                     "sign in as a store manager on this PC, then make the change again")
        return translate("sync", "{name} was not signed in for sync on this PC: sign in as {name} on this PC "
                                 "(with the server password), then make the change again").format(name=name)
    if code == "author_inactive":
        return translate("sync", "{name} has been deactivated: their changes are no longer accepted").format(name=name)
    if code == "author_other_store":
        return translate("sync", "{name} works in another store than this PC").format(name=name)
    return translate("sync", "The server does not know who made this change")


def rejection_text(code: str, message: str, *, author: str | None = None, manager_only: bool = False) -> str:
    """One refused edit in words: the reason, with the server's detail when it adds something."""
    if code in AUTHOR_CODES:
        return _author_reason(code, author, manager_only)
    if code == "forbidden" and manager_only:
        return translate("sync", "Only a store manager may make this change: sign in as a store manager on this "
                                 "PC, then make it again")
    reason = rejection_reason(code)
    return f"{reason}: {message}" if message else reason


def rejection_reason(code: str) -> str:
    """The server's refusal code of one edit, in words."""
    reasons = {
        "invalid": translate("sync", "A value was not accepted"),
        "forbidden": translate("sync", "Your role may not make this change"),
        "not_found": translate("sync", "The record no longer exists on the server"),
        "archived": translate("sync", "The customer was archived"),
        "exists": translate("sync", "It already exists"),
        "exists_in_other_store": translate("sync", "This person is already a customer of another store"),
        "duplicate_name": translate("sync", "The name is already used"),
        "append_only": translate("sync", "Notes cannot be changed once written"),
        "appointment_closed": translate("sync", "The session was already closed"),
        "task_closed": translate("sync", "The task was already closed"),
        "guide_busy": translate("sync", "The guide is already booked at that time"),
        "resource_busy": translate("sync", "The room or resource is already booked at that time"),
        "outside_store_hours": translate("sync", "The time is outside the store's opening hours"),
        "too_many_tags": translate("sync", "Too many tags"),
        "unknown_entity": translate("sync", "The server does not know this kind of record"),
        "unknown_op": translate("sync", "The server does not know this kind of change"),
    }
    return reasons.get(code, translate("sync", "Refused ({code})").format(code=code))
