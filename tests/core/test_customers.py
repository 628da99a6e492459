# SPDX-License-Identifier: Apache-2.0
"""Customer profiles: validation, duplicates, edits queued for sync, archive."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from guide_desk.customers.profiles import archive_customer, create_customer, update_customer
from guide_desk.db.engine import transaction
from guide_desk.db.outbox import pending, pending_count
from guide_desk.db.tables import AuditEvent, ConsentEvent, Customer
from guide_desk.errors import Conflict, InvalidInput

TODAY = date(2026, 11, 22)


def count(session: Session, table: type) -> int:
    return int(session.exec(select(func.count()).select_from(table)).one())


def new(session: Session, org, **fields):  # type: ignore[no-untyped-def]
    return create_customer(session, owner_guide_id=org.guide.id, by_guide_id=org.guide.id, today=TODAY, **fields)


def test_create_derives_search_keys_and_queues_the_edit(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    customer = new(session, org, name=" 张三 ", phone_e164="138 0013 8000", birthday="1990-05-17",
                   marketing_consent=True)
    session.commit()
    assert customer.name == "张三"
    assert customer.phone_e164 == "+8613800138000"
    assert (customer.name_pinyin, customer.name_initials) == ("zhangsan", "zs")
    assert customer.phone_digits == "13800138000" and customer.phone_rev == "00083100831"
    assert customer.store_id == org.store.id
    assert customer.created_at.tzinfo is not None
    [mutation] = pending(session)
    assert (mutation.entity, mutation.entity_id, mutation.op) == ("customer", customer.id, "create")
    assert mutation.fields["phone_e164"] == "+8613800138000"
    assert count(session, ConsentEvent) == 1


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"name": "  "}, "name", "is empty"),
        ({"name": "李四", "phone_e164": "12345"}, "phone", "not a valid phone number"),
        ({"name": "李四", "phone_e164": "call me"}, "phone", "not a phone number"),
        ({"name": "李四", "birthday": "2030-01-01"}, "birthday", "in the future"),
        ({"name": "李四", "birthday": "17/05/1990"}, "birthday", "not a date"),
        ({"name": "李四", "tier": "diamond"}, "tier", "must be one of"),
        ({"name": "李四", "points": -5}, "points", "must not be negative"),
        ({"name": "李四", "favourite_colour": "红"}, "favourite_colour", "not a customer field"),
        ({"phone_e164": "13800138000"}, "name", "is required"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(session: Session, org, fields, field, problem) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as raised:
        new(session, org, **fields)
    assert raised.value.field == field
    assert problem in raised.value.problem
    session.rollback()
    assert count(session, Customer) == 0
    assert pending_count(session) == 0


def test_same_phone_in_another_format_is_a_duplicate(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    first = new(session, org, name="王芳", phone_e164="+86 139-1234-5678")
    with pytest.raises(Conflict) as raised:
        new(session, org, name="王小芳", phone_e164="008613912345678")
    assert raised.value.reason == "duplicate_phone"
    assert raised.value.existing_id == first.id
    assert "139****5678" in str(raised.value)


def test_same_wecom_id_is_a_duplicate(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    first = new(session, org, name="王芳", wecom_external_id="wmABC")
    with pytest.raises(Conflict) as raised:
        new(session, org, name="赵敏", wecom_external_id="wmABC")
    assert raised.value.existing_id == first.id


def test_archived_customer_frees_the_phone(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    first = new(session, org, name="王芳", phone_e164="13912345678")
    archive_customer(session, customer_id=first.id, by_guide_id=org.guide.id)
    second = new(session, org, name="王芳", phone_e164="13912345678")
    assert second.id != first.id
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "customer_archived")).one()


def test_update_queues_only_changed_fields_with_base_version(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    customer = new(session, org, name="陈静", tier="silver")
    customer.server_version = 41
    session.commit()
    update_customer(session, customer_id=customer.id, by_guide_id=org.guide.id, today=TODAY,
                    changes={"name": "陈静怡", "tier": "silver", "size_top": "M"})
    session.commit()
    last = pending(session)[-1]
    assert last.op == "update" and last.base_version == 41
    assert last.fields == {"name": "陈静怡", "size_top": "M"}
    assert customer.name_initials == "cjy"


def test_update_with_a_bad_field_changes_nothing(engine, org) -> None:  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        customer_id = new(session, org, name="陈静", size_top="S").id
    with pytest.raises(InvalidInput), transaction(engine) as session:
        update_customer(session, customer_id=customer_id, by_guide_id=org.guide.id, today=TODAY,
                        changes={"size_top": "M", "birthday": "2999-01-01"})
    with Session(engine) as session:
        assert session.get(Customer, customer_id).size_top == "S"  # type: ignore[union-attr]
        assert pending_count(session) == 1


def test_revoking_consent_is_recorded_with_who_did_it(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    customer = new(session, org, name="周雨", marketing_consent=True)
    update_customer(session, customer_id=customer.id, by_guide_id=org.other.id, today=TODAY,
                    changes={"marketing_consent": False})
    events = session.exec(select(ConsentEvent).order_by(ConsentEvent.at)).all()
    assert [e.granted for e in events] == [True, False]
    assert events[-1].recorded_by == org.other.id


def test_editing_an_archived_customer_is_refused(session: Session, org) -> None:  # type: ignore[no-untyped-def]
    customer = new(session, org, name="周雨")
    archive_customer(session, customer_id=customer.id, by_guide_id=None)
    with pytest.raises(InvalidInput, match="archived"):
        update_customer(session, customer_id=customer.id, by_guide_id=None, changes={"name": "周雨涵"})
