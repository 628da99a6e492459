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
    op.create_table('import_mapping',
    sa.Column('signature', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=False),
    sa.Column('updated_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('signature')
    )
    op.create_table('customer_erasure',
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('erased_at', guide_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('by_guide_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['by_guide_id'], ['guide.id'], ),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ),
    sa.PrimaryKeyConstraint('customer_id')
    )


def downgrade() -> None:
    op.drop_table('customer_erasure')
    op.drop_table('import_mapping')
