# SPDX-License-Identifier: Apache-2.0
"""Tags (groups, exclusive groups, bulk, merge, delete) and customer search (text + tag expression)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from guide_desk.customers.profiles import archive_customer, create_customer
from guide_desk.customers.search import CustomerQuery, customer_rows, search_customer_ids
from guide_desk.customers.segments import list_segments, save_segment, segment_query
from guide_desk.customers.tags import (
    create_tag,
    create_tag_group,
    customer_tags,
    delete_tag,
    list_tags,
    merge_tags,
    rename_tag,
    tag_customers,
    tag_usage,
    untag_customers,
)
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Customer
from guide_desk.errors import Conflict, InvalidInput, NotFound

TODAY = date(2026, 11, 22)


@pytest.fixture
def people(session: Session, org):  # type: ignore[no-untyped-def]
    def make(name: str, phone: str, owner=org.guide):  # type: ignore[no-untyped-def]
        return create_customer(session, owner_guide_id=owner.id, by_guide_id=owner.id, today=TODAY,
                               name=name, phone_e164=phone).id

    ids = {
        "张三": make("张三", "13800138000"),
        "张珊珊": make("张珊珊", "13912340000"),
        "李四": make("李四", "13700001234"),
        "欧阳娜娜": make("欧阳娜娜", "+85291234567"),
        "王五": make("王五", "15000005555", owner=org.other),
    }
    session.commit()
    return ids


@pytest.fixture
def tags(session: Session):  # type: ignore[no-untyped-def]
    status = create_tag_group(session, name="购买状态", exclusive=True)
    style = create_tag_group(session, name="风格")
    made = {
        "未购买": create_tag(session, group_id=status.id, name="未购买").id,
        "已购买": create_tag(session, group_id=status.id, name="已购买").id,
        "法式": create_tag(session, group_id=style.id, name="法式").id,
        "通勤": create_tag(session, group_id=style.id, name="通勤").id,
        "极简": create_tag(session, group_id=style.id, name="极简").id,
    }
    session.commit()
    return made


def names(session: Session, people: dict[str, str], query: CustomerQuery) -> list[str]:
    by_id = {v: k for k, v in people.items()}
    return [by_id[i] for i in search_customer_ids(session, query=query)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张", ["张三", "张珊珊"]),
        ("珊", ["张珊珊"]),
        ("娜娜", ["欧阳娜娜"]),
        ("阳娜", []),
        ("zs", ["张三", "张珊珊"]),
        ("Z", ["张三", "张珊珊"]),
        ("o", ["欧阳娜娜"]),
        ("ZSS", ["张珊珊"]),
        ("zhangsan", ["张三"]),
        ("zhangs", ["张三", "张珊珊"]),
        ("oyn", ["欧阳娜娜"]),
        ("138", ["张三"]),
        ("0000", ["张珊珊"]),
        ("+86 138-0013-8000", ["张三"]),
        ("1234", ["李四"]),
        ("9123", ["欧阳娜娜"]),
        ("xyz", []),
        ("", ["李四", "欧阳娜娜", "王五", "张三", "张珊珊"]),
    ],
)
def test_search_by_name_pinyin_or_phone(session: Session, people, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert names(session, people, CustomerQuery(text=text)) == expected


def test_search_respects_owner_scope_and_archive(session: Session, org, people) -> None:  # type: ignore[no-untyped-def]
    archive_customer(session, customer_id=people["李四"], by_guide_id=org.guide.id)
    mine = CustomerQuery(owner_ids=(org.guide.id,))
    assert names(session, people, mine) == ["欧阳娜娜", "张三", "张珊珊"]
    everything = CustomerQuery(include_archived=True, store_id=org.store.id)
    assert len(search_customer_ids(session, query=everything)) == 5


def test_tag_expression_all_any_none(session: Session, org, people, tags) -> None:  # type: ignore[no-untyped-def]
    tag_customers(session, customer_ids=[people["张三"], people["李四"]], tag_ids=[tags["法式"]], by_guide_id=None)
    tag_customers(session, customer_ids=[people["张三"], people["王五"]], tag_ids=[tags["通勤"]], by_guide_id=None)
    both = CustomerQuery(all_of=(tags["法式"], tags["通勤"]))
    assert names(session, people, both) == ["张三"]
    either = CustomerQuery(any_of=(tags["法式"], tags["通勤"]))
    assert names(session, people, either) == ["李四", "王五", "张三"]
    neither = CustomerQuery(none_of=(tags["法式"], tags["通勤"]))
    assert names(session, people, neither) == ["欧阳娜娜", "张珊珊"]
    assert names(session, people, CustomerQuery(text="z", any_of=(tags["通勤"], tags["法式"]))) == ["张三"]
    assert names(session, people, CustomerQuery(text="w", all_of=(tags["通勤"],))) == ["王五"]


def test_sort_by_spend_descending_and_bad_sort(session: Session, people) -> None:  # type: ignore[no-untyped-def]
    for rank, name in enumerate(["李四", "王五", "张三", "欧阳娜娜", "张珊珊"]):
        session.get(Customer, people[name]).total_spent_fen = (5 - rank) * 1000  # type: ignore[union-attr]
    session.flush()
    by_spend = names(session, people, CustomerQuery(sort="spent", descending=True))
    assert by_spend == ["李四", "王五", "张三", "欧阳娜娜", "张珊珊"]
    with pytest.raises(InvalidInput) as raised:
        search_customer_ids(session, query=CustomerQuery(sort="mood"))
    assert raised.value.field == "sort"


def test_rows_mask_phones_and_list_tags(session: Session, org, people, tags) -> None:  # type: ignore[no-untyped-def]
    tag_customers(session, customer_ids=[people["张三"]], tag_ids=[tags["法式"], tags["已购买"]], by_guide_id=None)
    [row] = customer_rows(session, ids=[people["张三"]])
    assert row.phone_masked == "138****8000"
    assert set(row.tags.split(" · ")) == {"法式", "已购买"}
    assert row.owner_name == org.guide.name


def test_exclusive_group_replaces_the_old_tag(session: Session, people, tags) -> None:  # type: ignore[no-untyped-def]
    zs = people["张三"]
    tag_customers(session, customer_ids=[zs], tag_ids=[tags["未购买"], tags["法式"]], by_guide_id=None)
    tag_customers(session, customer_ids=[zs], tag_ids=[tags["已购买"]], by_guide_id=None)
    assert {t.name for t in customer_tags(session, customer_id=zs)} == {"已购买", "法式"}
    last = pending(session)[-1]
    assert last.tag_adds == [tags["已购买"]] and last.tag_removes == [tags["未购买"]]
    with pytest.raises(InvalidInput, match="exclusive"):
        tag_customers(session, customer_ids=[zs], tag_ids=[tags["未购买"], tags["已购买"]], by_guide_id=None)


def test_bulk_tag_is_idempotent_and_untag_counts(session: Session, people, tags) -> None:  # type: ignore[no-untyped-def]
    everyone = list(people.values())
    assert tag_customers(session, customer_ids=everyone, tag_ids=[tags["极简"]], by_guide_id=None) == 5
    assert tag_customers(session, customer_ids=everyone, tag_ids=[tags["极简"]], by_guide_id=None) == 0
    assert tag_usage(session, tag_id=tags["极简"]) == 5
    assert untag_customers(session, customer_ids=everyone[:2], tag_ids=[tags["极简"]], by_guide_id=None) == 2
    assert tag_usage(session, tag_id=tags["极简"]) == 3


def test_bulk_tag_with_an_unknown_customer_writes_nothing(session: Session, people, tags) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        tag_customers(session, customer_ids=[people["张三"], "nobody"], tag_ids=[tags["法式"]], by_guide_id=None)
    assert tag_usage(session, tag_id=tags["法式"]) == 0


def test_merge_and_delete_report_customers_affected(session: Session, people, tags) -> None:  # type: ignore[no-untyped-def]
    tag_customers(session, customer_ids=[people["张三"], people["李四"]], tag_ids=[tags["法式"]], by_guide_id=None)
    tag_customers(session, customer_ids=[people["李四"], people["王五"]], tag_ids=[tags["通勤"]], by_guide_id=None)
    assert merge_tags(session, source_id=tags["法式"], target_id=tags["通勤"], by_guide_id=None) == 1
    assert tag_usage(session, tag_id=tags["通勤"]) == 3
    assert "法式" not in {t.name for t in list_tags(session)}
    assert delete_tag(session, tag_id=tags["通勤"], by_guide_id=None) == 3
    assert names(session, people, CustomerQuery(any_of=(tags["通勤"],))) == []


def test_tag_names_are_unique_per_group(session: Session, tags) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Conflict):
        rename_tag(session, tag_id=tags["法式"], name="通勤")
    with pytest.raises(InvalidInput, match="30 characters"):
        rename_tag(session, tag_id=tags["法式"], name="法" * 31)


def test_segments_round_trip_and_reject_unknown_tags(session: Session, org, people, tags) -> None:  # type: ignore[no-untyped-def]
    query = CustomerQuery(text="z", all_of=(tags["法式"],), sort="last_purchase", descending=True)
    segment = save_segment(session, name="法式张姓", query=query, guide_id=org.guide.id)
    save_segment(session, name="全店", query=CustomerQuery(), guide_id=None)
    save_segment(session, name="别人的", query=CustomerQuery(), guide_id=org.other.id)
    assert segment_query(session, segment_id=segment.id) == query
    assert [s.name for s in list_segments(session, guide_id=org.guide.id)] == ["全店", "法式张姓"]
    with pytest.raises(InvalidInput) as raised:
        save_segment(session, name="坏", query=CustomerQuery(any_of=("nope",)), guide_id=None)
    assert raised.value.field == "tags"


def test_groups_are_listed_even_before_they_hold_a_tag(session: Session, tags) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.customers.tags import list_tag_groups

    create_tag_group(session, name="职业")
    listed = [(g.name, g.exclusive) for g in list_tag_groups(session)]
    assert listed == [("购买状态", True), ("风格", False), ("职业", False)]


def test_tag_pickers_can_skip_the_usage_counts(session: Session, people, tags) -> None:  # type: ignore[no-untyped-def]
    tag_customers(session, customer_ids=[people["张三"]], tag_ids=[tags["法式"]], by_guide_id=None)
    counted = {t.name: t.customers for t in list_tags(session)}
    named = {t.name: t.customers for t in list_tags(session, with_usage=False)}
    assert counted["法式"] == 1 and set(named) == set(counted) and set(named.values()) == {0}
