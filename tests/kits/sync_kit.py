# SPDX-License-Identifier: Apache-2.0
"""Devices for sync tests: local databases (real SQLite files, migrated) enrolled with a real central API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from central_kit import PASSWORD, LiveServer
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.central import admin
from guide_desk.db.connect import copy_database
from guide_desk.db.engine import database_path, make_engine
from guide_desk.db.outbox import AUTHOR
from guide_desk.sync.auth import SyncAuth
from guide_desk.sync.client import SyncClient
from guide_desk.sync.engine import SyncEngine


def mirror_org(server: LiveServer, org: Any) -> None:
    """The central side of the local `org`: the same store and guide ids."""
    admin.create_store(server.engine, code=org.store.code, name=org.store.name, store_id=org.store.id)
    for guide in (org.manager, org.guide, org.other):
        admin.create_guide(server.engine, store_code=org.store.code, login=guide.login, name=guide.name,
                           role=guide.role, password=PASSWORD, guide_id=guide.id)


class Device:
    """One store PC: its own database file, enrolled, the store's guides signed in on it for sync (a shared
    PC: each guide's edits sync as theirs)."""

    def __init__(self, server: LiveServer, db_dir: Path, *, store_code: str,
                 logins: tuple[str, ...] = ("g1", "g2", "m1"), transport: httpx.BaseTransport | None = None) -> None:
        self.dir = db_dir
        self.engine: Engine = make_engine(database_path(db_dir))
        self.client = SyncClient(server.url, transport=transport, timeout=10)
        self.auth = SyncAuth(self.engine, self.client)
        code = admin.issue_enrolment_code(server.engine, store_code=store_code)
        self.auth.enrol(store_code=store_code, enrolment_code=code, device_name=db_dir.name)
        for login in logins:
            self.auth.login(login=login, password=PASSWORD)
        self.sync = SyncEngine(self.engine, self.auth)

    def work(self, author: str | None = None) -> Session:
        session = Session(self.engine, expire_on_commit=False)
        if author is not None:
            session.info[AUTHOR] = author
        return session

    def close(self) -> None:
        self.client.close()
        self.engine.dispose()


def clone_database(source: Engine, source_dir: Path, target_dir: Path) -> None:
    """A second PC that starts from the same (not yet synced) database file."""
    source.dispose()
    target_dir.mkdir(parents=True, exist_ok=True)
    copy_database(database_path(source_dir), database_path(target_dir))  # same key, as a cloned disk would have
