# SPDX-License-Identifier: Apache-2.0
"""The demo's embedded central API: `guide-desk demo` serves a central database seeded with the same
stores, guides and customers on 127.0.0.1 and enrols the demo install with it, so sync works out of the
box. Every demo guide's server password is DEMO_PASSWORD; every guide of the demo PC's store is signed in on
it, so edits made as any of them sync."""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from guide_desk.db import replica
from guide_desk.db.engine import database_path
from guide_desk.db.migrate import open_database

log = logging.getLogger(__name__)
DEMO_PASSWORD = "guide-desk-demo"
PREFERRED_PORT = 8765


@dataclass
class EmbeddedCentral:
    url: str
    store_code: str
    manager_login: str
    stop: threading.Event


def _port() -> int:
    for port in (PREFERRED_PORT, 0):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(probe.getsockname()[1])
    raise OSError("no free port on 127.0.0.1")


def start_embedded_central(data_dir: Path) -> EmbeddedCentral:
    """Seed (once) and serve the demo's central API in a daemon thread; enrol and sign in this install."""
    import uvicorn

    from guide_desk.central.app import create_app
    from guide_desk.central.engine import make_engine
    from guide_desk.central.migrate import upgrade
    from guide_desk.central.security import hash_password
    from guide_desk.commands.central_seed import seed_central

    central_db = data_dir / "central" / "central.db"
    db_url = f"sqlite:///{central_db}"
    if not central_db.exists():
        central_db.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(db_url)
        upgrade(engine)
        engine.dispose()
        version = seed_central(central_db, database_path(data_dir), password_hash=hash_password(DEMO_PASSWORD))
        log.info("demo central API seeded up to version %s", version)
        local = open_database(data_dir)
        with Session(local) as session:  # the local data is the seed: nothing to download
            replica.set_state(session, "cursor", str(version))
            session.commit()
        local.dispose()
    port = _port()
    server = uvicorn.Server(uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, name="demo-central", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise OSError("the demo's central API did not start")
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}"
    store_code, login = _enrol(data_dir, db_url, url)
    stop = threading.Event()

    def stop_when_asked() -> None:
        stop.wait()
        server.should_exit = True

    threading.Thread(target=stop_when_asked, daemon=True).start()
    return EmbeddedCentral(url=url, store_code=store_code, manager_login=login, stop=stop)


def _enrol(data_dir: Path, db_url: str, url: str) -> tuple[str, str]:
    from sqlalchemy import text

    from guide_desk.central import admin
    from guide_desk.central.engine import make_engine
    from guide_desk.sync.auth import SyncAuth
    from guide_desk.sync.client import SyncClient

    local = open_database(data_dir)
    try:
        with Session(local) as session:
            store_code, login = session.execute(text(
                "SELECT s.code, g.login FROM guide g JOIN store s ON s.id = g.store_id WHERE g.role = 'manager' "
                "AND g.active ORDER BY s.code DESC, g.login LIMIT 1")).one()
            colleagues = list(session.execute(text(
                "SELECT g.login FROM guide g JOIN store s ON s.id = g.store_id WHERE s.code = :code AND g.active "
                "AND g.login != :manager ORDER BY g.login"), {"code": store_code, "manager": login}).scalars())
        client = SyncClient(url, timeout=30)
        auth = SyncAuth(local, client, store_code=store_code)
        try:
            with Session(local) as session:
                same = replica.get_state(session, "api_url") == url
            if not (same and auth.enrolled):
                central = make_engine(db_url)
                code = admin.issue_enrolment_code(central, store_code=store_code)
                central.dispose()
                auth.enrol(store_code=store_code, enrolment_code=code, device_name="demo")
            # Every guide of the store signs in on this PC, so demo edits by any of them sync; the manager
            # last, so theirs is the session the engine sends with.
            signed_in = {guide.login for guide in auth.guides()}
            for guide_login in [*colleagues, login]:
                if guide_login not in signed_in:
                    auth.login(login=guide_login, password=DEMO_PASSWORD)
        finally:
            client.close()
    finally:
        local.dispose()
    return store_code, login
