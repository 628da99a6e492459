# SPDX-License-Identifier: Apache-2.0
"""Alembic environment for the central database; run programmatically by guide_desk.central.migrate."""

from alembic import context

from guide_desk.central import tables  # noqa: F401  (registers every table)
from guide_desk.central.tables import central_registry

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=central_registry.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
