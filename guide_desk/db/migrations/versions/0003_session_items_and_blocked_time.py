# SPDX-License-Identifier: Apache-2.0
"""1v1 session items to prepare (tried / bought), the session outcome amount, and guides' blocked time

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel
import guide_desk.db.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('blocked_time',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('starts_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('ends_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('source_uid', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('imported_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['guide.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('blocked_time', schema=None) as batch_op:
        batch_op.create_index('ix_blocked_time_guide_start', ['guide_id', 'starts_at'], unique=False)
        batch_op.create_index('uq_blocked_time_source', ['guide_id', 'source_uid'], unique=True)

    op.create_table('appointment_item',
    sa.Column('appointment_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('product_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('size', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('tried', sa.Boolean(), nullable=False),
    sa.Column('bought', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.PrimaryKeyConstraint('appointment_id', 'product_id', 'size'),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcome_amount_fen', sa.Integer(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_column('outcome_amount_fen')

    op.drop_table('appointment_item')
    with op.batch_alter_table('blocked_time', schema=None) as batch_op:
        batch_op.drop_index('uq_blocked_time_source')
        batch_op.drop_index('ix_blocked_time_guide_start')

    op.drop_table('blocked_time')
