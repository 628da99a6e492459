# SPDX-License-Identifier: Apache-2.0
"""Each pushed edit is authorised as the guide who made it, and only when that guide is active, of the PC's
store and signed in on that very PC (security issue: a guide's token used to act as any colleague it named,
even a deactivated manager). Deactivating a guide or revoking a device ends their sessions at once."""

from __future__ import annotations

from typing import Any

import httpx
from central_kit import PASSWORD, Api, Brand, LiveServer, customer_fields
from sqlalchemy import select

from guide_desk.central import admin
from guide_desk.central.tables import Customer, Guide, GuideSession, Tag, table
from guide_desk.ids import uuid7


def sign_in(brand: Brand, device: dict[str, Any], login: str) -> Api:
    """`login` signs in on `device` (an enrolled PC); the returned client carries their access token."""
    response = httpx.post(f"{brand.server.url}/auth/login", json={"guide_id": login, "password": PASSWORD},
                          headers={"Authorization": f"Bearer {device['device_token']}"})
    assert response.status_code == 200, response.text
    tokens = response.json()
    api = Api(brand.server.url, tokens["access_token"])
    api.guide, api.refresh_token = tokens["guide"], tokens["refresh_token"]
    brand._open.append(api)
    return api


def _row(server: LiveServer, model: Any, row_id: str) -> dict[str, Any]:
    tbl = table(model)
    with server.engine.connect() as conn:
        return dict(conn.execute(select(tbl).where(tbl.c.id == row_id)).one()._mapping)


def _manager_acts(api: Api, brand: Brand, customer_id: str, tag_id: str, author: str) -> list[dict[str, Any]]:
    """Erase a customer, hand one over, deactivate a colleague, delete a brand-wide tag — as `author`."""
    return [
        api.mutation("customer", customer_id, "update", {"owner_guide_id": brand.guides["g2"]}, author_guide_id=author),
        api.mutation("guide", brand.guides["g2"], "update", {"active": False}, author_guide_id=author),
        api.mutation("tag", tag_id, "delete", author_guide_id=author),
        api.mutation("customer", customer_id, "erase", author_guide_id=author),
    ]


def _setup(brand: Brand, api: Api) -> tuple[str, str]:
    customer_id, group_id, tag_id = uuid7(), uuid7(), uuid7()
    results = api.push(api.mutation("customer", customer_id, "create", customer_fields("张三", "13800138000")),
                       api.mutation("tag_group", group_id, "create", {"name": "兴趣"}),
                       api.mutation("tag", tag_id, "create", {"group_id": group_id, "name": "瑜伽"}))["results"]
    assert [r["status"] for r in results] == ["applied"] * 3
    return customer_id, tag_id


def test_a_guide_cannot_act_as_a_manager_who_is_not_signed_in_on_the_pc(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    guide = sign_in(brand, pc, "g1")
    sign_in(brand, brand.devices["SH01"], "m1")  # the manager is signed in, but on another PC
    customer_id, tag_id = _setup(brand, guide)
    before = _row(server, Customer, customer_id)
    results = guide.push(*_manager_acts(guide, brand, customer_id, tag_id, brand.guides["m1"]))["results"]
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "author_not_signed_in")] * 4
    assert "sign in as m1 on this PC" in results[0]["message"]
    assert _row(server, Customer, customer_id) == before
    assert _row(server, Guide, brand.guides["g2"])["active"] and not _row(server, Tag, tag_id)["deleted"]

    sign_in(brand, pc, "m1")  # now the manager signs in on this PC: their edits go through any token
    results = guide.push(*_manager_acts(guide, brand, customer_id, tag_id, brand.guides["m1"]))["results"]
    assert [r["status"] for r in results] == ["applied"] * 4
    assert _row(server, Customer, customer_id)["name"] == "已删除顾客"


def test_an_edit_in_a_guides_own_name_is_still_a_guides(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    guide = sign_in(brand, pc, "g1")
    sign_in(brand, pc, "m1")
    customer_id, tag_id = _setup(brand, guide)
    results = guide.push(*_manager_acts(guide, brand, customer_id, tag_id, brand.guides["g1"]))["results"]
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "forbidden")] * 4


def test_a_deactivated_manager_cannot_be_named(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    guide, manager = sign_in(brand, pc, "g1"), sign_in(brand, pc, "m1")
    customer_id, tag_id = _setup(brand, guide)
    admin.set_guide_active(server.engine, login="m1", active=False)
    results = guide.push(*_manager_acts(guide, brand, customer_id, tag_id, brand.guides["m1"]))["results"]
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "author_inactive")] * 4
    assert manager.http.get("/sync/pull").status_code == 401, "their own token is refused too"
    refresh = httpx.post(f"{server.url}/auth/refresh", json={"refresh_token": manager.refresh_token})
    assert refresh.status_code == 401
    with server.engine.connect() as conn:
        sessions = table(GuideSession)
        ended = conn.execute(select(sessions.c.revoked_at).where(sessions.c.guide_id == brand.guides["m1"])).all()
    assert ended and all(row.revoked_at is not None for row in ended)


def test_unknown_and_other_store_authors_are_refused(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    guide = sign_in(brand, pc, "g1")
    results = guide.push(
        guide.mutation("customer", uuid7(), "create", customer_fields("甲"), author_guide_id=uuid7()),
        guide.mutation("customer", uuid7(), "create", customer_fields("乙"), author_guide_id=brand.guides["b1"]),
        guide.mutation("customer", uuid7(), "create", customer_fields("丙"), author_guide_id=brand.guides["g2"]),
        guide.mutation("customer", uuid7(), "create", customer_fields("丁")),
    )["results"]
    assert [r.get("code") for r in results] == ["author_unknown", "author_other_store", "author_not_signed_in", None]
    assert results[-1]["status"] == "applied", "no author: the token's guide made it"


def test_deactivating_a_guide_ends_their_sessions_at_once(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    manager, colleague = sign_in(brand, pc, "m1"), sign_in(brand, pc, "g2")
    results = manager.push(
        manager.mutation("customer", uuid7(), "create", customer_fields("甲"), author_guide_id=brand.guides["g2"]),
        manager.mutation("guide", brand.guides["g2"], "update", {"active": False}),
        manager.mutation("customer", uuid7(), "create", customer_fields("乙"), author_guide_id=brand.guides["g2"]),
    )["results"]
    assert [(r["status"], r.get("code")) for r in results] == [("applied", None), ("applied", None),
                                                               ("rejected", "author_inactive")]
    for response in (colleague.http.get("/sync/pull"), colleague.http.get("/auth/me"),
                     httpx.post(f"{server.url}/auth/refresh", json={"refresh_token": colleague.refresh_token})):
        assert response.status_code == 401


def test_a_guide_deactivated_mid_push_sends_nothing_more_in_it(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    colleague = sign_in(brand, pc, "g2")
    sign_in(brand, pc, "m1")
    results = colleague.push(  # the push goes with g2's token; the manager's edit in it deactivates g2
        colleague.mutation("guide", brand.guides["g2"], "update", {"active": False},
                           author_guide_id=brand.guides["m1"]),
        colleague.mutation("customer", uuid7(), "create", customer_fields("甲")),
    )["results"]
    assert [(r["status"], r.get("code")) for r in results] == [("applied", None), ("rejected", "author_inactive")]


def test_revoking_a_device_refuses_every_token_issued_on_it(server: LiveServer, brand: Brand) -> None:
    pc = brand.enrol("SH01")
    guide, manager = sign_in(brand, pc, "g1"), sign_in(brand, pc, "m1")
    elsewhere = sign_in(brand, brand.devices["SH01"], "g1")
    admin.revoke_device(server.engine, device_id=pc["device_id"])
    for api in (guide, manager):
        assert api.http.post("/sync/push", json={"client_id": api.client_id, "mutations": []}).status_code == 401
        assert httpx.post(f"{server.url}/auth/refresh", json={"refresh_token": api.refresh_token}).status_code == 401
    login = httpx.post(f"{server.url}/auth/login", json={"guide_id": "g1", "password": PASSWORD},
                       headers={"Authorization": f"Bearer {pc['device_token']}"})
    assert login.status_code == 401
    assert elsewhere.pull()["changes"], "the same guide on another PC is unaffected"
