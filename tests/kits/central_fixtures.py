# SPDX-License-Identifier: Apache-2.0
"""Fixtures of every test that talks to the central API (tests/central, sync, e2e, bench), loaded as a plugin
by tests/conftest.py: a database per test (SQLite always, PostgreSQL when GUIDE_DESK_TEST_PG_URL is set), the
real app served by uvicorn on 127.0.0.1 in a thread, and a small brand of stores, guides and enrolled devices
created through the admin functions — never a mock of our own API.

Migrating costs ~0.3 s a database, so each schema is migrated once per session: SQLite into a template file
copied per test, PostgreSQL into a schema emptied per test. The central extra is imported only when a fixture
runs, so the core tests load without it."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from central_kit import Brand, LiveServer

PG_ENV = "GUIDE_DESK_TEST_PG_URL"


@pytest.fixture
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at full cost takes ~50 ms a hash; tests create dozens. Verification reads n from the hash.
    Autouse in the folders whose tests reach the central API (their conftest.py)."""
    from guide_desk.central import security

    monkeypatch.setattr(security, "SCRYPT_N", 2**4)


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not available: set {PG_ENV} (sudo ./dev test sets up a server and sets it)")
    return url


def schema_url(base: str, schema: str) -> str:
    """The same database with `schema` first on the search path: a private, droppable namespace."""
    from sqlalchemy.engine import make_url

    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_migrated(pg_url: str) -> Iterator[str]:
    """One schema for the session, migrated once; each test empties it (see pg_schema)."""
    from sqlalchemy import text

    from guide_desk.central.engine import make_engine
    from guide_desk.central.migrate import upgrade

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin_engine = make_engine(pg_url)
    with admin_engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = schema_url(pg_url, schema)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin_engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin_engine.dispose()


@pytest.fixture
def pg_schema(pg_migrated: str) -> str:
    """The session's schema, emptied (DELETE: far quicker than TRUNCATE on small tables), the version
    counter back at zero."""
    from sqlalchemy import text

    from guide_desk.central.engine import make_engine
    from guide_desk.central.tables import central_registry

    engine = make_engine(pg_migrated)
    with engine.begin() as conn:
        for tbl in reversed(central_registry.metadata.sorted_tables):
            conn.execute(tbl.delete())
        conn.execute(text("INSERT INTO sync_counter (tenant, version, purged_through) VALUES ('brand', 0, 0)"))
    engine.dispose()
    return pg_migrated


@pytest.fixture(scope="session")
def central_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A central SQLite file migrated once; tests get a copy (a plain file: the central API's own database
    is not the app's encrypted one)."""
    from guide_desk.central.engine import make_engine
    from guide_desk.central.migrate import upgrade

    path = tmp_path_factory.mktemp("central-template") / "central.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, central_sqlite_template: Path) -> str:
    """A migrated central SQLite database of this test's own."""
    path = tmp_path / "central.db"
    shutil.copyfile(central_sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test using it runs on SQLite and, when available, on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_schema"))


@pytest.fixture
def server(db_url: str) -> Iterator[LiveServer]:
    from central_kit import start

    with start(db_url) as live:
        yield live
        live.engine.dispose()


@pytest.fixture
def brand(server: LiveServer) -> Iterator[Brand]:
    from central_kit import Brand

    made = Brand(server)
    yield made
    made.close()
