# SPDX-License-Identifier: Apache-2.0
"""The one factory for the sync stack — the HTTP client, the sign-in and the engine for one API URL — used
by the CLI (guide_desk.commands.sync) and the app (guide_desk.ui.sync) alike, so both find the server, the
store and the proxy settings the same way; and a cheap read of the local sync bookkeeping for the status
bar. No Qt here: the app runs it on its worker pool."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.config import Settings
from guide_desk.db import replica
from guide_desk.db.outbox import pending_count
from guide_desk.net import http_client_options
from guide_desk.sync.auth import SESSIONS, SyncAuth
from guide_desk.sync.client import SyncClient
from guide_desk.sync.engine import SyncEngine


@dataclass(frozen=True)
class LocalSyncState:
    """What the database says about sync, without touching the network or the keyring."""

    api_url: str | None
    store_code: str | None
    pending: int
    last_synced_at: datetime | None
    has_cursor: bool
    sync_logins: frozenset[str] = frozenset()
    """The guides signed in for sync on this PC (each with their own session)."""


def local_state(settings: Settings, engine: Engine) -> LocalSyncState:
    with Session(engine) as session:
        api_url = replica.get_state(session, "api_url") or settings.api_url
        store_code = replica.get_state(session, "store_code") or settings.store_code
        last = replica.get_state(session, "last_synced_at")
        cursor = replica.get_state(session, "cursor")
        count = pending_count(session)
        logins = frozenset(json.loads(replica.get_state(session, SESSIONS) or "{}"))
    return LocalSyncState(api_url=api_url or None, store_code=store_code or None, pending=count,
                          last_synced_at=datetime.fromisoformat(last) if last else None,
                          has_cursor=cursor is not None, sync_logins=logins)


@dataclass
class SyncConnection:
    """The client, sign-in and engine for one API URL; close() when done (it holds an HTTP pool)."""

    api_url: str
    client: SyncClient
    auth: SyncAuth
    engine: SyncEngine

    def close(self) -> None:
        self.client.close()


def connect(settings: Settings, engine: Engine, *, api_url: str | None = None, store_code: str | None = None,
            transport: httpx.BaseTransport | None = None, **options: Any) -> SyncConnection | None:
    """A connection to `api_url` (else the one this database enrolled with, else settings.api_url) for the
    store `store_code` (else the enrolled one, else settings.store_code); None when no central server is
    configured — the app then works standalone, the CLI says so."""
    state = local_state(settings, engine)
    url = (api_url or state.api_url or "").strip()
    if not url:
        return None
    client = SyncClient(url, transport=transport, **{**http_client_options(settings), **options})
    auth = SyncAuth(engine, client, store_code=store_code or state.store_code)
    return SyncConnection(api_url=client.base_url, client=client, auth=auth, engine=SyncEngine(engine, auth))
