# SPDX-License-Identifier: Apache-2.0
"""scope per device: a store's store_wide_view and scope epoch, the scope each device last downloaded

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('store', schema=None) as batch_op:
        batch_op.add_column(sa.Column('store_wide_view', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('scope_epoch', sa.BigInteger(), nullable=False, server_default='0'))
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scope_key', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_column('scope_key')
    with op.batch_alter_table('store', schema=None) as batch_op:
        batch_op.drop_column('scope_epoch')
        batch_op.drop_column('store_wide_view')
