# SPDX-License-Identifier: Apache-2.0
"""Faults between a sync client and a real central API, for the fault-injection suite.

`FaultyTransport` forwards to the real app but, on the sync endpoints, may drop the request, lose the
reply after the server committed, deliver the request twice, or answer 500 / 429 itself. `Crash` stands
for the client process dying at a named point; `restore_database` puts an older copy of the central
database back in place, as an operator restoring a backup would."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import httpx

from guide_desk.db.connect import copy_database, is_plain

FAULTS = ("drop", "lose_reply", "twice", "500", "429")


class Crash(Exception):
    """The client process died here; whatever it had committed stays, the rest is gone."""


class FaultyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, rng: random.Random, rate: float) -> None:
        self.inner, self.rng, self.rate = inner, rng, rate
        self.healthy = False
        self.injected: dict[str, int] = dict.fromkeys(FAULTS, 0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.healthy or not request.url.path.startswith("/sync/") or self.rng.random() >= self.rate:
            return self.inner.handle_request(request)
        fault = self.rng.choice(FAULTS)
        self.injected[fault] += 1
        if fault == "drop":
            raise httpx.ConnectError("injected: request dropped", request=request)
        if fault == "500":
            return httpx.Response(500, json={"code": "server_error", "message": "injected"}, request=request)
        if fault == "429":
            return httpx.Response(429, headers={"Retry-After": "0"},
                                  json={"code": "rate_limited", "message": "injected"}, request=request)
        response = self.inner.handle_request(request)
        response.read()
        if fault == "lose_reply":
            raise httpx.ReadError("injected: reply lost after the server acted", request=request)
        again = self.inner.handle_request(request)  # "twice": the same request delivered again
        again.read()
        return again


def snapshot_database(path: Path, target: Path) -> None:
    """A consistent copy of a database: the central API's plain file, or a PC's encrypted one (the copy keeps
    its key: copy_database gives the copy's folder the same key in this process)."""
    if not is_plain(path):
        copy_database(path, target)
        return
    source, dest = sqlite3.connect(path), sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()


def restore_database(backup: Path, path: Path) -> None:
    """Copy `backup` over the live database through SQLite's backup API (safe under open connections)."""
    snapshot_database(backup, path)
