# SPDX-License-Identifier: Apache-2.0
"""Store manager: leaderboard rules and handovers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import guide_desk.db.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
