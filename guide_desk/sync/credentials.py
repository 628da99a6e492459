# SPDX-License-Identifier: Apache-2.0
"""Sync secrets (the device token and a guide's refresh token) live in the OS keyring only (DESIGN.md §4).

No keyring backend (a bare Linux, a locked-down PC): the secrets are held in this process's memory, so the
app asks again each session; they are never written to files or logs.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

log = logging.getLogger(__name__)
SERVICE = "guide-desk"
_memory: dict[tuple[str, str], str] = {}


def keyring_available() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


class Credentials:
    """The secrets of one enrolment, keyed by API URL and store code (an install may be re-enrolled)."""

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

    @property
    def refresh_token(self) -> str | None:
        return self._get("refresh")

    @refresh_token.setter
    def refresh_token(self, secret: str | None) -> None:
        self._set("refresh", secret)

    def forget(self) -> None:
        self.device_token = None
        self.refresh_token = None
