# SPDX-License-Identifier: Apache-2.0
"""Typed errors the core raises; the CLI and the UI turn them into words for people."""

from __future__ import annotations


class GuideDeskWarning(UserWarning):
    """Our own warnings; the test suite turns them into errors."""


class GuideDeskError(Exception):
    """Base of every error the core raises on purpose."""


class InvalidInput(GuideDeskError):
    """A value a person gave is wrong; `field` names it and `problem` says what is wrong with it."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFound(GuideDeskError):
    """A record asked for by id does not exist (or is outside the caller's scope)."""

    def __init__(self, entity: str, entity_id: str) -> None:
        super().__init__(f"{entity} {entity_id} not found")
        self.entity = entity
        self.entity_id = entity_id


class Conflict(GuideDeskError):
    """The change is well-formed but clashes with what is stored (a double booking, a duplicate)."""

    def __init__(self, reason: str, message: str, *, existing_id: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.existing_id = existing_id


class NotAllowed(GuideDeskError):
    """The signed-in guide's role or the store's policy forbids this action."""


class SchemaTooNew(GuideDeskError):
    """The database was written by a newer Guide Desk; opening it here could corrupt it."""


class MigrationFailed(GuideDeskError):
    """A schema migration could not complete; it was rolled back and the database is as it was."""


class DatabaseKeyUnavailable(GuideDeskError):
    """The key of the encrypted local database cannot be had; `reason` says why, for the UI to word:
    no_keyring, key_missing, no_passphrase, wrong_passphrase, passphrase_short, passphrase_mismatch."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
