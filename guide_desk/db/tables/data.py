# SPDX-License-Identifier: Apache-2.0
"""Customer data in and out: remembered import column mappings and the record of erased customers."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from guide_desk.db.base import AppTable, json_field, utc_field


class ImportMapping(AppTable, table=True):
    """How the columns of one kind of file (known by its header signature) map to customer fields, so the
    file a POS exports every night is mapped once and then imported without questions."""

    __tablename__ = "import_mapping"

    signature: str = Field(primary_key=True)
    mapping: dict[str, str] = json_field()
    updated_at: datetime = utc_field()


class CustomerErasure(AppTable, table=True):
    """A customer whose personal data was erased (PIPL): the row stays anonymised for history and sync."""

    __tablename__ = "customer_erasure"

    customer_id: str = Field(foreign_key="customer.id", primary_key=True)
    erased_at: datetime = utc_field()
    by_guide_id: str | None = Field(default=None, foreign_key="guide.id")
    reason: str = "request"
