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
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author_guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('acked_at', guide_desk.db.types.UTCDateTime(), nullable=True))
        batch_op.create_index('ix_outbox_pending', ['acked_at', 'mutation_id'], unique=False)
    with op.batch_alter_table('sync_rejection', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolved', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('sync_rejection', schema=None) as batch_op:
        batch_op.drop_column('resolved')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_pending')
        batch_op.drop_column('acked_at')
        batch_op.drop_column('author_guide_id')
