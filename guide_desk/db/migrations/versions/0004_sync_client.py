# SPDX-License-Identifier: Apache-2.0
"""Sync client: outbox author, conflict and rejection details

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import guide_desk.db.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
