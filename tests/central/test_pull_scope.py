# SPDX-License-Identifier: Apache-2.0
"""Pull scope is the server's decision (security issue: store_wide_view was only a UI filter). With a store's
store_wide_view off, a PC pulls the customers (and all that hangs off them) of the guides signed in on it,
the whole store when a manager is signed in there; when who is signed in changes, or a customer changes
hands, the PC is told to download its scope again and then holds exactly that."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from central_kit import Api, Brand, LiveServer, customer_fields
from test_author_sessions import sign_in

from guide_desk.central import admin
from guide_desk.ids import uuid7


def _ids(api: Api, cursor: int = 0) -> tuple[set[tuple[str, str]], int]:
    changes, cursor = api.pull_all(cursor)
    return {key for key, change in changes.items() if not change["removed_from_scope"]}, cursor


def _customer_with_history(api: Api, name: str) -> dict[str, str]:
    made = {"customer": uuid7(), "note": uuid7(), "task": uuid7()}
    results = api.push(
        api.mutation("customer", made["customer"], "create", customer_fields(name)),
        api.mutation("note", made["note"], "create", {"customer_id": made["customer"], "body": "喜欢羊毛"}),
        api.mutation("task", made["task"], "create", {"title": "回访", "due_at": "2031-01-01T02:00:00+00:00",
                                                      "customer_id": made["customer"]}),
    )["results"]
    assert [r["status"] for r in results] == ["applied"] * 3
    return made


def _keys(made: dict[str, str]) -> set[tuple[str, str]]:
    return {(entity, row_id) for entity, row_id in made.items()}


@pytest.fixture
def narrowed(server: LiveServer, brand: Brand) -> dict[str, Any]:
    """SH01 with store_wide_view off: PC a with g1, PC b with g2, each with a customer and its history."""
    admin.set_store_wide_view(server.engine, store_code="SH01", on=False)
    pc_a, pc_b = brand.enrol("SH01"), brand.enrol("SH01")
    a, b = sign_in(brand, pc_a, "g1"), sign_in(brand, pc_b, "g2")
    return {"pc_a": pc_a, "pc_b": pc_b, "a": a, "b": b, "mine": _customer_with_history(a, "张三"),
            "theirs": _customer_with_history(b, "李四")}


def test_a_pc_pulls_only_the_customers_of_the_guides_signed_in_on_it(brand: Brand, narrowed: dict[str, Any]) -> None:
    seen, _ = _ids(narrowed["a"])
    assert _keys(narrowed["mine"]) <= seen
    assert not _keys(narrowed["theirs"]) & seen, "guide B's customer, note and task stay off guide A's PC"
    guides = {row_id for entity, row_id in seen if entity == "guide"}
    assert guides == {brand.guides[login] for login in ("g1", "g2", "m1", "hq1")}, "no other store's guides"
    other, _ = _ids(narrowed["b"])
    assert _keys(narrowed["theirs"]) <= other and not _keys(narrowed["mine"]) & other


def test_a_managers_session_shows_the_whole_store(brand: Brand, narrowed: dict[str, Any]) -> None:
    _seen, cursor = _ids(narrowed["a"])
    sign_in(brand, narrowed["pc_a"], "m1")
    stale = narrowed["a"].http.get("/sync/pull", params={"cursor": cursor})
    assert stale.status_code == 410 and stale.json()["code"] == "resync_required"
    seen, _ = _ids(narrowed["a"])
    assert _keys(narrowed["mine"]) | _keys(narrowed["theirs"]) <= seen


def test_scope_follows_sign_ins_and_ended_sessions(server: LiveServer, brand: Brand,
                                                   narrowed: dict[str, Any]) -> None:
    a = narrowed["a"]
    _seen, cursor = _ids(a)
    assert a.pull(cursor)["changes"] == [], "nothing changed: no re-download"
    sign_in(brand, narrowed["pc_a"], "g2")  # guide B signs in on A's PC too
    assert a.http.get("/sync/pull", params={"cursor": cursor}).status_code == 410
    seen, cursor = _ids(a)
    assert _keys(narrowed["theirs"]) <= seen
    admin.set_guide_active(server.engine, login="g2", active=False)  # B leaves: their session ends
    assert a.http.get("/sync/pull", params={"cursor": cursor}).status_code == 410
    seen, _ = _ids(a)
    assert _keys(narrowed["mine"]) <= seen and not _keys(narrowed["theirs"]) & seen


def test_a_handover_moves_the_customer_and_its_history_between_pcs(server: LiveServer, brand: Brand,
                                                                   narrowed: dict[str, Any]) -> None:
    a, b = narrowed["a"], narrowed["b"]
    (_, cursor_a), (_, cursor_b) = _ids(a), _ids(b)
    manager = sign_in(brand, brand.enrol("SH01"), "m1")
    moved = manager.push_one("customer", narrowed["mine"]["customer"], "update",
                             {"owner_guide_id": brand.guides["g2"]})
    assert moved["status"] == "applied"
    for api, cursor in ((a, cursor_a), (b, cursor_b)):
        assert api.http.get("/sync/pull", params={"cursor": cursor}).status_code == 410
    seen_a, _ = _ids(a)
    seen_b, _ = _ids(b)
    assert not _keys(narrowed["mine"]) & seen_a
    assert _keys(narrowed["mine"]) | _keys(narrowed["theirs"]) <= seen_b, "the note and task came with it"


def test_store_wide_view_on_shows_the_whole_store_as_before(server: LiveServer, brand: Brand) -> None:
    pc_a, pc_b = brand.enrol("SH01"), brand.enrol("SH01")
    a, b = sign_in(brand, pc_a, "g1"), sign_in(brand, pc_b, "g2")
    theirs = _customer_with_history(b, "李四")
    seen, _ = _ids(a)
    assert _keys(theirs) <= seen


def test_central_admin_switches_a_stores_view(server: LiveServer, brand: Brand) -> None:
    from guide_desk.__main__ import main

    url = str(server.engine.url.render_as_string(hide_password=False))
    assert main(["central", "admin", "--db", url, "store-view", "--store", "SH01", "off"]) == 0
    pc = brand.enrol("SH01")
    a = sign_in(brand, pc, "g1")
    theirs = _customer_with_history(sign_in(brand, brand.enrol("SH01"), "g2"), "李四")
    seen, cursor = _ids(a)
    assert not _keys(theirs) & seen
    assert main(["central", "admin", "--db", url, "store-view", "--store", "SH01", "on"]) == 0
    assert httpx.get(f"{server.url}/sync/pull", params={"cursor": cursor},
                     headers={"Authorization": f"Bearer {a.http.headers['Authorization'].split()[1]}"}
                     ).status_code == 410
    seen, _ = _ids(a)
    assert _keys(theirs) <= seen
