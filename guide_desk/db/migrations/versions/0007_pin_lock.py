# SPDX-License-Identifier: Apache-2.0
"""PIN lockout per guide on this PC

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import guide_desk.db.types


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pin_lock',
    sa.Column('guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', guide_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('updated_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['guide.id'], ),
    sa.PrimaryKeyConstraint('guide_id')
    )


def downgrade() -> None:
    op.drop_table('pin_lock')
