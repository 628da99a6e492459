# SPDX-License-Identifier: Apache-2.0
"""Small builders for test data, through the real services."""

from __future__ import annotations

from sqlmodel import Session

from guide_desk.customers.profiles import create_customer
from guide_desk.db.tables import Customer


def add_customer(session: Session, store_id: str, owner_id: str, name: str = "张三") -> Customer:
    """A customer of `owner_id` (whose store must be `store_id`)."""
    customer = create_customer(session, owner_guide_id=owner_id, by_guide_id=owner_id, name=name)
    assert customer.store_id == store_id
    return customer
