# SPDX-License-Identifier: Apache-2.0
"""Alembic environment for the local database; run programmatically by guide_desk.db.migrate."""

from alembic import context

from guide_desk.db import tables  # noqa: F401  (registers every table)
from guide_desk.db.base import app_registry

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=app_registry.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
