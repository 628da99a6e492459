# SPDX-License-Identifier: Apache-2.0
"""Central API fixtures: a fresh database per test (SQLite always, PostgreSQL when GUIDE_DESK_TEST_PG_URL
is set), the real app served by uvicorn on 127.0.0.1 in a thread, and a small brand of stores, guides and
enrolled devices created through the admin functions — never a mock of our own API."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the central API needs the central extra")

from central_kit import Brand, LiveServer, start  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from guide_desk.central import security  # noqa: E402
from guide_desk.central.engine import make_engine  # noqa: E402
from guide_desk.central.migrate import upgrade  # noqa: E402
from guide_desk.central.tables import central_registry  # noqa: E402

PG_ENV = "GUIDE_DESK_TEST_PG_URL"


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at full cost takes ~50 ms a hash; tests create dozens. Verification reads n from the hash."""
    monkeypatch.setattr(security, "SCRYPT_N", 2**4)


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not available: set {PG_ENV} (sudo ./dev test sets up a server and sets it)")
    return url


def schema_url(base: str, schema: str) -> str:
    """The same database with `schema` first on the search path: a private, droppable namespace."""
    url = make_url(base)
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_migrated(pg_url: str) -> Iterator[str]:
    """One schema for the session, migrated once; each test empties it (see pg_schema)."""
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
    engine = make_engine(pg_migrated)
    with engine.begin() as conn:
        for tbl in reversed(central_registry.metadata.sorted_tables):
            conn.execute(tbl.delete())
        conn.execute(text("INSERT INTO sync_counter (tenant, version, purged_through) VALUES ('brand', 0, 0)"))
    engine.dispose()
    return pg_migrated


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test using it runs on SQLite and, when available, on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.db'}"
    return str(request.getfixturevalue("pg_schema"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'central.db'}"


@pytest.fixture
def server(db_url: str) -> Iterator[LiveServer]:
    with start(db_url) as live:
        yield live
        live.engine.dispose()


@pytest.fixture
def brand(server: LiveServer) -> Iterator[Brand]:
    made = Brand(server)
    yield made
    made.close()
