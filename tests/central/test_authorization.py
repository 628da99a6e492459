# SPDX-License-Identifier: Apache-2.0
"""Scope comes from the token, never the request: another store's records can be neither pulled nor
pushed, a guide cannot act as a manager, only HQ uses the HQ feeds, a revoked device is refused."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from central_kit import Brand, LiveServer, customer_fields
from sqlalchemy import select

from guide_desk.central import admin
from guide_desk.central.tables import Customer, table
from guide_desk.ids import uuid7


def _stored(server: LiveServer, customer_id: str) -> dict[str, Any]:
    with server.engine.connect() as conn:
        row = conn.execute(select(table(Customer)).where(table(Customer).c.id == customer_id)).one()
    return dict(row._mapping)


def test_another_stores_customer_can_be_neither_pulled_nor_pushed(server: LiveServer, brand: Brand) -> None:
    beijing, shanghai = brand.login("b1"), brand.login("g1")
    theirs = uuid7()
    beijing.push_one("customer", theirs, "create", customer_fields("周九", "13500135000"))
    note = uuid7()
    beijing.push_one("note", note, "create", {"customer_id": theirs, "body": "VIP"})
    before = _stored(server, theirs)

    changes, _ = shanghai.pull_all()
    assert not [key for key in changes if key[1] in (theirs, note)], "nothing of BJ01's customer reaches SH01"
    assert {c["data"]["store_id"] for (entity, _), c in changes.items() if entity == "customer"} <= {
        brand.stores["SH01"]}

    attempts = [
        shanghai.mutation("customer", theirs, "update", {"name": "改名"}),
        shanghai.mutation("customer", theirs, "tags", tag_adds=[]),
        shanghai.mutation("customer", theirs, "archive"),
        shanghai.mutation("note", uuid7(), "create", {"customer_id": theirs, "body": "hi"}),
        shanghai.mutation("task", uuid7(), "create", {"title": "t", "due_at": "2031-01-01T02:00:00+00:00",
                                                      "customer_id": theirs}),
        shanghai.mutation("customer", uuid7(), "create", customer_fields(
            "偷", owner_guide_id=brand.guides["b1"])),
        shanghai.mutation("customer", uuid7(), "create", customer_fields(
            "偷", store_id=brand.stores["BJ01"])),
    ]
    results = shanghai.push(*attempts)["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(attempts)
    assert [r["code"] for r in results] == ["not_found"] * 5 + ["forbidden", "invalid"]
    assert _stored(server, theirs) == before


def test_a_guide_cannot_act_as_a_manager(server: LiveServer, brand: Brand) -> None:
    guide, manager = brand.login("g1"), brand.login("m1")
    customer_id, task_id, tag_id, group_id = uuid7(), uuid7(), uuid7(), uuid7()
    guide.push(guide.mutation("customer", customer_id, "create", customer_fields()),
               guide.mutation("task", task_id, "create", {"title": "回访", "due_at": "2031-01-01T02:00:00+00:00"}),
               guide.mutation("tag_group", group_id, "create", {"name": "兴趣"}),
               guide.mutation("tag", tag_id, "create", {"group_id": group_id, "name": "瑜伽"}))
    as_manager = [
        guide.mutation("customer", customer_id, "update", {"owner_guide_id": brand.guides["g2"]}),
        guide.mutation("task", task_id, "update", {"assignee_guide_id": brand.guides["g2"]}),
        guide.mutation("task", uuid7(), "create", {"title": "给同事", "due_at": "2031-01-01T02:00:00+00:00",
                                                   "assignee_guide_id": brand.guides["g2"]}),
        guide.mutation("tag", tag_id, "delete"),
        guide.mutation("task", uuid7(), "create", {"title": "HQ?", "due_at": "2031-01-01T02:00:00+00:00",
                                                   "source": "hq"}),
    ]
    results = guide.push(*as_manager)["results"]
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "forbidden")] * len(as_manager)
    allowed = [
        manager.mutation("customer", customer_id, "update", {"owner_guide_id": brand.guides["g2"]}),
        manager.mutation("task", task_id, "update", {"assignee_guide_id": brand.guides["g2"]}),
        manager.mutation("task", uuid7(), "create", {"title": "给同事", "due_at": "2031-01-01T02:00:00+00:00",
                                                     "assignee_guide_id": brand.guides["g2"]}),
        manager.mutation("tag", tag_id, "delete"),
    ]
    assert [r["status"] for r in manager.push(*allowed)["results"]] == ["applied"] * len(allowed)
    colleague = brand.login("g2")
    other_task = colleague.push_one("task", uuid7(), "create", {"title": "mine", "due_at": "2031-01-01T02:00:00+00:00"})
    assert other_task["status"] == "applied"


def test_a_guide_works_only_their_own_tasks(server: LiveServer, brand: Brand) -> None:
    mine, colleague = brand.login("g1"), brand.login("g2")
    task_id = uuid7()
    colleague.push_one("task", task_id, "create", {"title": "回访", "due_at": "2031-01-01T02:00:00+00:00"})
    result = mine.push_one("task", task_id, "update", {"status": "done", "outcome": "reached"})
    assert (result["status"], result["code"]) == ("rejected", "forbidden")


@pytest.mark.parametrize("path", ["/hq/products", "/hq/stock", "/hq/looks", "/hq/message-templates"])
def test_hq_feeds_are_hq_only(server: LiveServer, brand: Brand, path: str) -> None:
    manager = brand.login("m1")
    response = manager.http.put(path, json={})
    assert response.status_code == 403 and response.json()["code"] == "forbidden"
    for post in ("/hq/purchases", "/hq/campaigns"):
        assert manager.http.post(post, json={}).status_code == 403


def test_a_client_id_stays_with_its_store(server: LiveServer, brand: Brand) -> None:
    shanghai = brand.login("g1")
    shanghai.push_one("customer", uuid7(), "create", customer_fields())
    beijing = brand.login("b1", client_id=shanghai.client_id)
    response = beijing.http.post("/sync/push", json={"client_id": shanghai.client_id, "mutations": []})
    assert response.status_code == 403
    assert beijing.pull()["last_mutation_id"] == 0, "another store's client state is not disclosed"


def test_revoked_device_is_refused(server: LiveServer, brand: Brand) -> None:
    api = brand.login("m1")
    admin.revoke_device(server.engine, device_id=brand.devices["SH01"]["device_id"])
    for response in (api.http.get("/sync/pull"), api.http.get("/auth/me"),
                     api.http.post("/sync/push", json={"client_id": api.client_id, "mutations": []})):
        assert response.status_code == 401 and response.json()["code"] == "unauthorized"
    enrolled_again = brand.enrol("SH01")
    login = httpx.post(f"{server.url}/auth/login", json={"guide_id": "m1", "password": "password-1234"},
                       headers={"Authorization": f"Bearer {enrolled_again['device_token']}"})
    assert login.status_code == 200, "a new enrolment brings the PC back"
