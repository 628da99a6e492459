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
    op.create_table('handover',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('store_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('from_guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by_guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('to_guide_ids', sa.JSON(), nullable=False),
    sa.Column('split', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_count', sa.Integer(), nullable=False),
    sa.Column('task_count', sa.Integer(), nullable=False),
    sa.Column('session_count', sa.Integer(), nullable=False),
    sa.Column('deactivated', sa.Boolean(), nullable=False),
    sa.Column('at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('effective_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['by_guide_id'], ['guide.id'], ),
    sa.ForeignKeyConstraint(['from_guide_id'], ['guide.id'], ),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_from_guide_id'), ['from_guide_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_handover_store_id'), ['store_id'], unique=False)

    op.create_table('handover_customer',
    sa.Column('handover_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('from_guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('to_guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('batch', sa.Integer(), nullable=False),
    sa.Column('at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ),
    sa.ForeignKeyConstraint(['from_guide_id'], ['guide.id'], ),
    sa.ForeignKeyConstraint(['handover_id'], ['handover.id'], ),
    sa.ForeignKeyConstraint(['to_guide_id'], ['guide.id'], ),
    sa.PrimaryKeyConstraint('handover_id', 'customer_id'),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('handover_customer', schema=None) as batch_op:
        batch_op.create_index('ix_handover_customer_at', ['customer_id', 'at'], unique=False)
    op.create_index('ix_task_insights', 'task', ['assignee_guide_id', 'completed_at', 'due_at', 'outcome', 'source',
                                                 'customer_id'], unique=False, sqlite_where=sa.text("status = 'done'"))
    op.create_index('ix_purchase_insights', 'purchase', ['store_id', 'purchased_at', 'guide_id', 'total_fen'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_purchase_insights', table_name='purchase')
    op.drop_index('ix_task_insights', table_name='task')
    with op.batch_alter_table('handover_customer', schema=None) as batch_op:
        batch_op.drop_index('ix_handover_customer_at')

    op.drop_table('handover_customer')
    with op.batch_alter_table('handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_store_id'))
        batch_op.drop_index(batch_op.f('ix_handover_from_guide_id'))

    op.drop_table('handover')
