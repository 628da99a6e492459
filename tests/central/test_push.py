# SPDX-License-Identifier: Apache-2.0
"""POST /sync/push: mutation ids (duplicate, gap), rejections that never block, per-field merge with
conflict records, colliding creates merged, tags as sets, notes append-only."""

from __future__ import annotations

from typing import Any

from central_kit import Brand, LiveServer, customer_fields
from sqlalchemy import func, select

from guide_desk.central.tables import Customer, Note, Rejection, table
from guide_desk.ids import uuid7


def _count(server: LiveServer, model: Any, **where: Any) -> int:
    tbl = table(model)
    statement = select(func.count()).select_from(tbl)
    for name, value in where.items():
        statement = statement.where(tbl.c[name] == value)
    with server.engine.connect() as conn:
        return int(conn.execute(statement).scalar_one())


def _customer(api: Any, customer_id: str) -> dict[str, Any]:
    changes, _cursor = api.pull_all()
    data: dict[str, Any] = changes[("customer", customer_id)]["data"]
    return data


def test_duplicates_are_acknowledged_and_a_gap_stops_the_batch(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    customer_id = uuid7()
    first = [api.mutation("customer", customer_id, "create", customer_fields()),
             api.mutation("note", uuid7(), "create", {"customer_id": customer_id, "body": "likes wool"})]
    assert [r["status"] for r in api.push(*first)["results"]] == ["applied", "applied"]
    replay = api.push(*first)  # the reply was lost; the client sends the same batch again
    assert [r["status"] for r in replay["results"]] == ["duplicate", "duplicate"]
    assert replay["last_mutation_id"] == 2 and _count(server, Note) == 1
    api.next_mutation = 4  # mutation 3 went missing
    skipped = api.push(api.mutation("note", uuid7(), "create", {"customer_id": customer_id, "body": "later"}))
    assert skipped == {"results": [], "last_mutation_id": 2, "gap": True}
    assert _count(server, Note) == 1
    assert api.pull()["last_mutation_id"] == 2, "pull tells a client whose push reply was lost where it stands"


def test_a_rejected_mutation_is_kept_and_never_blocks_the_queue(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    bad = api.mutation("customer", uuid7(), "create", {"name": "", "phone_e164": "12"})
    unknown = api.mutation("wishlist", uuid7(), "create", {})
    good = api.mutation("customer", uuid7(), "create", customer_fields("李四"))
    results = api.push(bad, unknown, good)["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert results[0]["code"] == "invalid" and results[0]["message"]
    assert results[1]["code"] == "unknown_entity"
    assert _count(server, Rejection) == 2 and _count(server, Customer) == 1
    with server.engine.connect() as conn:
        kept = conn.execute(select(table(Rejection).c.payload).where(table(Rejection).c.mutation_id == 1)).scalar()
    assert kept["fields"] == {"name": "", "phone_e164": "12"}
    replay = api.push(bad, unknown, good)["results"]  # the reply was lost: the client must still learn of the refusals
    assert [(r["status"], r.get("code")) for r in replay] == [("rejected", "invalid"), ("rejected", "unknown_entity"),
                                                              ("duplicate", None)]
    assert _count(server, Rejection) == 2 and _count(server, Customer) == 1


def test_per_field_merge_keeps_both_sides_and_records_real_conflicts(server: LiveServer, brand: Brand) -> None:
    pc1, pc2 = brand.login("g1"), brand.login("g2")
    customer_id = uuid7()
    base = pc1.push_one("customer", customer_id, "create", customer_fields(size_top="M"))["version"]
    # both PCs edit offline from the same base version
    size = pc1.push_one("customer", customer_id, "update", {"size_top": "L"}, base_version=base)
    birthday = pc2.push_one("customer", customer_id, "update", {"birthday": "1990-05-17"}, base_version=base)
    assert size["status"] == birthday["status"] == "applied"
    clash = pc2.push_one("customer", customer_id, "update", {"size_top": "S"}, base_version=base)
    assert clash["status"] == "conflict_recorded"
    assert [(c["field"], c["kept"], c["lost"]) for c in clash["conflicts"]] == [("size_top", "S", "L")]
    data = _customer(pc1, customer_id)
    assert (data["size_top"], data["birthday"]) == ("S", "1990-05-17"), "the later arrival wins"
    changes, _ = pc1.pull_all()
    conflicts = [c["data"] for (entity, _), c in changes.items() if entity == "conflict"]
    assert conflicts == [{**conflicts[0], "entity": "customer", "entity_id": customer_id, "field": "size_top",
                          "kept": "S", "lost": "L", "lost_by_guide_id": brand.guides["g1"]}]


def test_a_clients_own_earlier_edit_is_no_conflict(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    customer_id = uuid7()
    base = api.push_one("customer", customer_id, "create", customer_fields())["version"]
    edits = [api.mutation("customer", customer_id, "update", {"tier": tier}, base_version=base)
             for tier in ("silver", "gold")]
    assert [r["status"] for r in api.push(*edits)["results"]] == ["applied", "applied"]
    assert _customer(api, customer_id)["tier"] == "gold"


def test_a_colliding_create_is_merged_into_the_existing_customer(server: LiveServer, brand: Brand) -> None:
    pc1, pc2 = brand.login("g1"), brand.login("m1")
    group, vip, coat = uuid7(), uuid7(), uuid7()
    pc1.push(pc1.mutation("tag_group", group, "create", {"name": "价值"}),
             pc1.mutation("tag", vip, "create", {"group_id": group, "name": "VIP"}),
             pc1.mutation("tag", coat, "create", {"group_id": group, "name": "大衣"}))
    first, second = uuid7(), uuid7()
    pc1.push_one("customer", first, "create", customer_fields("张三", "13800138000", size_top="M"),
                 tag_adds=[vip])
    # the other PC created the same person offline, phone written differently
    created = pc2.mutation("customer", second, "create",
                           customer_fields("张三丰", "+86 138-0013-8000", size_shoe="38", tier="gold"), tag_adds=[coat])
    noted = pc2.mutation("note", uuid7(), "create", {"customer_id": second, "body": "tried the coat"})
    results = pc2.push(created, noted)["results"]
    assert results[0]["status"] == "merged" and results[0]["merged_into"] == first
    assert [(c["field"], c["kept"], c["lost"]) for c in results[0]["conflicts"]] == [("name", "张三", "张三丰")]
    assert results[1]["status"] == "applied", "mutations naming the merged id land on the survivor"
    data = _customer(pc1, first)
    assert (data["size_top"], data["size_shoe"], data["tier"]) == ("M", "38", "gold"), "blanks are filled"
    assert sorted(data["tags"]) == sorted([vip, coat])
    assert _count(server, Customer) == 1 and _count(server, Note, customer_id=first) == 1
    again = pc2.push_one("customer", second, "update", {"points": 10})
    assert again["status"] == "applied" and _customer(pc1, first)["points"] == 10


def test_wecom_id_collisions_merge_too_and_updates_may_not_steal_a_phone(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    first, second, third = uuid7(), uuid7(), uuid7()
    api.push_one("customer", first, "create", customer_fields("王五", wecom_external_id="wm-1"))
    merged = api.push_one("customer", second, "create", customer_fields("王五", wecom_external_id="wm-1"))
    assert merged["status"] == "merged" and merged["merged_into"] == first and merged["conflicts"] == []
    api.push_one("customer", third, "create", customer_fields("赵六", "13900139000"))
    stolen = api.push_one("customer", first, "update", {"phone_e164": "139 0013 9000"})
    assert stolen["status"] == "rejected" and stolen["code"] == "duplicate_phone"


def test_a_collision_with_another_stores_customer_is_rejected(server: LiveServer, brand: Brand) -> None:
    brand.login("b1").push_one("customer", uuid7(), "create", customer_fields("钱七", "13700137000"))
    result = brand.login("g1").push_one("customer", uuid7(), "create", customer_fields("钱七", "13700137000"))
    assert result["status"] == "rejected" and result["code"] == "exists_in_other_store"


def test_archived_customers_free_their_phone(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    old, new = uuid7(), uuid7()
    api.push_one("customer", old, "create", customer_fields("孙八", "13600136000"))
    assert api.push_one("customer", old, "archive")["status"] == "applied"
    assert api.push_one("customer", new, "create", customer_fields("孙八", "13600136000"))["status"] == "applied"
    assert _customer(api, old)["archived_at"] is not None


def test_tags_are_sets_and_exclusive_groups_hold_one(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    tier_group, gold, silver, style, loose = uuid7(), uuid7(), uuid7(), uuid7(), uuid7()
    other_group = uuid7()
    api.push(api.mutation("tag_group", tier_group, "create", {"name": "等级", "exclusive": True}),
             api.mutation("tag", gold, "create", {"group_id": tier_group, "name": "金"}),
             api.mutation("tag", silver, "create", {"group_id": tier_group, "name": "银"}),
             api.mutation("tag_group", other_group, "create", {"name": "风格"}),
             api.mutation("tag", style, "create", {"group_id": other_group, "name": "通勤"}),
             api.mutation("tag", loose, "create", {"group_id": other_group, "name": "宽松"}))
    customer_id = uuid7()
    api.push_one("customer", customer_id, "create", customer_fields())
    api.push_one("customer", customer_id, "tags", tag_adds=[silver, style, loose])
    api.push_one("customer", customer_id, "tags", tag_adds=[gold], tag_removes=[loose])
    assert sorted(_customer(api, customer_id)["tags"]) == sorted([gold, style])
    same = api.push_one("customer", customer_id, "tags", tag_adds=[gold])
    assert same["status"] == "applied"


def test_tag_names_merge_across_stores_and_deletes_are_tombstones(server: LiveServer, brand: Brand) -> None:
    sh, bj, manager = brand.login("g1"), brand.login("b1"), brand.login("m1")
    group_sh, group_bj = uuid7(), uuid7()
    sh.push_one("tag_group", group_sh, "create", {"name": "渠道"})
    merged = bj.push_one("tag_group", group_bj, "create", {"name": "渠道"})
    assert merged["status"] == "merged" and merged["merged_into"] == group_sh
    tag = uuid7()
    assert bj.push_one("tag", tag, "create", {"group_id": group_bj, "name": "小程序"})["status"] == "applied"
    assert sh.push_one("tag", tag, "delete")["code"] == "forbidden", "brand-wide tags: managers delete"
    assert manager.push_one("tag", tag, "delete")["status"] == "applied"
    assert manager.push_one("tag", tag, "delete")["status"] == "applied", "a second delete is a no-op"
    changes, _ = sh.pull_all()
    assert changes[("tag", tag)]["deleted"] is True and changes[("tag", tag)]["data"] is None


def test_notes_are_append_only(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    customer_id, note_id = uuid7(), uuid7()
    api.push_one("customer", customer_id, "create", customer_fields())
    api.push_one("note", note_id, "create", {"customer_id": customer_id, "body": "first"})
    edit = api.push_one("note", note_id, "update", {"body": "changed"})
    assert edit["status"] == "rejected" and edit["code"] == "append_only"
    again = api.push_one("note", note_id, "create", {"customer_id": customer_id, "body": "first"})
    assert again["code"] == "exists"


def test_values_out_of_range_are_rejected_not_failed(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    result = api.push_one("customer", uuid7(), "create", customer_fields(points=2**40))
    assert result["status"] == "rejected" and result["code"] == "invalid"
    future = api.push_one("customer", uuid7(), "create", customer_fields(birthday="2999-01-01"))
    assert future["code"] == "invalid" and "birthday" in future["message"]
