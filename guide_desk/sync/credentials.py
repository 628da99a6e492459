# SPDX-License-Identifier: Apache-2.0
"""Sync secrets (the device token and each signed-in guide's refresh token) live in the OS keyring only
(DESIGN.md §4).

No keyring backend (a bare Linux, a locked-down PC): the secrets are held in this process's memory, so the
app asks again each session; they are never written to files or logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

log = logging.getLogger(__name__)
SERVICE = "guide-desk"
_memory: dict[tuple[str, str], str] = {}


def keyring_available() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


class Credentials:
    """The secrets of one enrolment, keyed by API URL and store code (an install may be re-enrolled); one
    refresh token per guide signed in on this PC. The keyring cannot list entries: which guides are signed
    in is kept (not secret) in the database by sync.auth."""

    def __init__(self, *, api_url: str, store_code: str) -> None:
        self._account = f"{api_url.rstrip('/')}|{store_code}"

    @property
    def persistent(self) -> bool:
        return keyring_available()

    def _get(self, kind: str) -> str | None:
        key = f"{kind}|{self._account}"
        if self.persistent:
            try:
                return keyring.get_password(SERVICE, key)
            except KeyringError as exc:
                log.warning("keyring read failed (%s); using this session's memory", type(exc).__name__)
        return _memory.get((SERVICE, key))

    def _set(self, kind: str, secret: str | None) -> None:
        key = f"{kind}|{self._account}"
        if self.persistent:
            try:
                if secret is None:
                    if keyring.get_password(SERVICE, key) is not None:
                        keyring.delete_password(SERVICE, key)
                else:
                    keyring.set_password(SERVICE, key, secret)
                return
            except KeyringError as exc:
                log.warning("keyring write failed (%s); keeping it for this session only", type(exc).__name__)
        if secret is None:
            _memory.pop((SERVICE, key), None)
        else:
            _memory[(SERVICE, key)] = secret

    @property
    def device_token(self) -> str | None:
        return self._get("device")

    @device_token.setter
    def device_token(self, secret: str | None) -> None:
        self._set("device", secret)

    def refresh_token(self, login: str) -> str | None:
        """The refresh token of the guide who signed in on this PC with this login."""
        return self._get(f"refresh|{login}")

    def set_refresh_token(self, login: str, secret: str | None) -> None:
        self._set(f"refresh|{login}", secret)

    def take_single_refresh_token(self) -> str | None:
        """The one refresh token of an install from before per-guide sessions, removed from its old place."""
        secret = self._get("refresh")
        if secret is not None:
            self._set("refresh", None)
        return secret

    def forget(self, logins: Iterable[str] = ()) -> None:
        """Drop the device token and these guides' refresh tokens (a re-enrolment starts afresh)."""
        self.device_token = None
        for login in logins:
            self.set_refresh_token(login, None)
