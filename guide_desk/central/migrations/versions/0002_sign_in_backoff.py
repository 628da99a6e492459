# SPDX-License-Identifier: Apache-2.0
"""password sign-in backoff and its audit trail

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import guide_desk.central.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_backoff',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', guide_desk.central.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('locked_until', guide_desk.central.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('sign_in_event',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('at', guide_desk.central.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('login', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sign_in_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_in_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_sign_in_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sign_in_event_device_id'), ['device_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sign_in_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_in_event_device_id'))
        batch_op.drop_index(batch_op.f('ix_sign_in_event_at'))
        batch_op.drop_index(batch_op.f('ix_sign_in_event_action'))
    op.drop_table('sign_in_event')
    op.drop_table('login_backoff')
