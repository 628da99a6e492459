# SPDX-License-Identifier: Apache-2.0
"""What can go wrong talking to the central API, as types the engine can act on and the UI can word."""

from __future__ import annotations

from guide_desk.errors import GuideDeskError


class SyncError(GuideDeskError):
    """Base of every sync failure; `retry_after` (seconds) when the server asked for a pause."""

    retry_after: float | None = None


class Offline(SyncError):
    """No answer: the network, DNS, TLS or a timeout. The reply may have been lost after the server acted."""


class ServerBusy(SyncError):
    """429 or 503: come back after `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TooManyAttempts(ServerBusy):
    """429 too_many_attempts on sign-in: wrong passwords locked this login or this PC for `retry_after` s."""


class ServerFailed(SyncError):
    """A 5xx the server did not explain: retry with backoff."""


class Unauthorized(SyncError):
    """401: the token is unknown, expired or revoked; sign in again (or refresh)."""


class ResyncRequired(SyncError):
    """410: the cursor is older than the server keeps deletions, or newer than the server (restored from a
    backup). Download everything again, then replay the outbox."""


class Refused(SyncError):
    """Any other 4xx, with the server's code and sentence (bad enrolment code, wrong password…)."""

    def __init__(self, code: str, message: str, *, status: int) -> None:
        super().__init__(message)
        self.code, self.status = code, status


class NotEnrolled(SyncError):
    """This install has no device token yet: enrol it (Settings, or `guide-desk enrol`)."""


class NotSignedIn(SyncError):
    """No guide session for sync: sign in (the app's sync sign-in, or `guide-desk login`)."""


class KeyringUnavailable(SyncError):
    """The OS has no keyring: secrets are kept in memory for this session only and asked again next time."""
