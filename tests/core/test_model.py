# SPDX-License-Identifier: Apache-2.0
"""One model for both sides of the wire: every synced entity's app table, central table and pulled form carry
its base's fields; every entity has a pulled form and every push handler names an entity and op of the enums;
a customer value is judged alike by the app's cleaners and the server's push form."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from guide_desk.central import tables as central
from guide_desk.central.sync_push import HANDLERS
from guide_desk.customers.fields import cleaners
from guide_desk.db import tables as app
from guide_desk.errors import InvalidInput
from guide_desk.model.bases import STORED
from guide_desk.model.enums import PUSH_ENTITIES, Entity, Op
from guide_desk.sync.entities import ENTITY_DATA
from guide_desk.sync.fields import CustomerFields


@pytest.mark.parametrize("entity", list(STORED))
def test_both_tables_and_the_pulled_form_derive_from_the_base(entity: Entity) -> None:
    base = STORED[entity]
    name = base.__name__.removesuffix("Base")
    for table in (getattr(app, name), getattr(central, name)):
        assert issubclass(table, base)
        assert set(base.model_fields) <= set(table.__table__.c.keys())  # type: ignore[attr-defined]
    assert issubclass(ENTITY_DATA[entity], base)


def test_every_entity_and_op_is_one_of_the_enums() -> None:
    assert set(ENTITY_DATA) == set(Entity)
    assert all(isinstance(e, Entity) and isinstance(op, Op) for e, op in HANDLERS)
    assert {e for e, _op in HANDLERS} == set(PUSH_ENTITIES)


@pytest.mark.parametrize(("field", "value"), [
    ("name", "名" * 65), ("name", "   "), ("phone_e164", "12345"), ("size_shoe", "123456789"),
    ("wecom_external_id", "w" * 129), ("tier", "diamond"), ("gender", "X"),
])
def test_the_app_and_the_server_refuse_the_same_customer_values(field: str, value: str) -> None:
    with pytest.raises(InvalidInput):
        cleaners(date(2030, 1, 1))[field](value)
    with pytest.raises(ValidationError):
        CustomerFields.model_validate({field: value})


@pytest.mark.parametrize(("field", "value", "stored"), [
    ("name", "  王小美 ", "王小美"), ("phone_e164", "138 0013 8000", "+8613800138000"), ("size_shoe", "  ", None),
    ("tier", "gold", "gold"), ("gender", "", None),
])
def test_the_app_and_the_server_store_the_same_customer_values(field: str, value: str, stored: str | None) -> None:
    assert cleaners(date(2030, 1, 1))[field](value) == stored
    parsed = CustomerFields.model_validate({field: value})
    assert getattr(parsed, field) == stored
    assert type(getattr(parsed, field)) in (str, type(None))  # choices reach the database as plain strings
