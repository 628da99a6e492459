# SPDX-License-Identifier: Apache-2.0
"""The tables derived from the shared model (guide_desk.model) build exactly the schemas the migrations built:
Alembic finds no difference — column types, nullability, defaults, keys and indexes — for the local
database and for the central one, on SQLite and, when GUIDE_DESK_TEST_PG_URL is set, on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData, String, text
from sqlalchemy.engine import make_url

import guide_desk.db.tables  # noqa: F401  (registers the app's tables)
from guide_desk.central import migrate as central_migrate
from guide_desk.central.engine import make_engine
from guide_desk.central.tables import central_registry
from guide_desk.db.base import app_registry


def _differences(engine: Engine, metadata: MetaData) -> list[object]:
    with engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))


def test_the_local_schema_is_the_migrated_one(engine: Engine) -> None:
    assert _differences(engine, app_registry.metadata) == []


def test_a_changed_column_would_be_seen(engine: Engine) -> None:
    """The comparison looks at column types and nullability, so the test above can fail."""
    copy = MetaData()
    for table in app_registry.metadata.sorted_tables:
        table.to_metadata(copy)
    copy.tables["customer"].c.points.type = String()
    copy.tables["customer"].c.phone_e164.nullable = False
    kinds = {change[0][0] if isinstance(change, list) else change[0] for change in _differences(engine, copy)}
    assert kinds == {"modify_type", "modify_nullable"}


@pytest.fixture
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated central database: a SQLite file, or a private schema of the PostgreSQL test database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.db'}"
        return
    base = os.environ.get("GUIDE_DESK_TEST_PG_URL")
    if not base:
        pytest.skip("PostgreSQL not available: set GUIDE_DESK_TEST_PG_URL")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.mark.parametrize("central_url", ["sqlite", "postgresql"], indirect=True)
def test_the_central_schema_is_the_migrated_one(central_url: str) -> None:
    engine = make_engine(central_url)
    try:
        central_migrate.upgrade(engine)
        assert _differences(engine, central_registry.metadata) == []
    finally:
        engine.dispose()
