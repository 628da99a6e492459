# SPDX-License-Identifier: Apache-2.0
"""Tasks (ownership, forward-only status) and 1v1 sessions (server-validated slots) over push."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from central_kit import Api, Brand, LiveServer, customer_fields

from guide_desk.ids import uuid7

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _at(hour: int, minute: int = 0, days: int = 3) -> str:
    """A time `days` ahead at the given Shanghai wall-clock hour, as the wire carries it."""
    day = (datetime.now(SHANGHAI) + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC).isoformat()


def _customer(api: Api) -> str:
    customer_id = uuid7()
    assert api.push_one("customer", customer_id, "create", customer_fields())["status"] == "applied"
    return customer_id


def _task(api: Api, **fields: Any) -> str:
    task_id = uuid7()
    result = api.push_one("task", task_id, "create", {"title": "回访", "due_at": _at(12), **fields})
    assert result["status"] == "applied", result
    return task_id


def _row(api: Api, entity: str, row_id: str) -> dict[str, Any]:
    changes, _ = api.pull_all()
    data: dict[str, Any] = changes[(entity, row_id)]["data"]
    return data


def test_task_status_only_moves_forward(server: LiveServer, brand: Brand) -> None:
    pc1, pc2 = brand.login("g1"), brand.login("g1")
    task_id = _task(pc1, customer_id=_customer(pc1))
    done = pc1.push_one("task", task_id, "update", {"status": "done", "outcome": "reached",
                                                    "completed_at": _at(11, days=0)})
    assert done["status"] == "applied"
    late = pc2.push_one("task", task_id, "update", {"status": "cancelled"})
    assert late["status"] == "conflict_recorded"
    assert [(c["field"], c["kept"], c["lost"]) for c in late["conflicts"]] == [("status", "done", "cancelled")]
    other = pc2.push_one("task", task_id, "update", {"status": "done", "outcome": "no_answer"})
    assert other["status"] == "conflict_recorded", "the first completion wins; the second is kept for review"
    row = _row(pc1, "task", task_id)
    assert (row["status"], row["outcome"]) == ("done", "reached")
    reopened = brand.login("hq1").push_one("task", task_id, "update", {"status": "open"})
    assert reopened["status"] == "applied"
    row = _row(pc1, "task", task_id)
    assert (row["status"], row["outcome"], row["completed_at"]) == ("open", None, None)


def test_completing_a_task_needs_its_outcome_and_touches_the_customer(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    customer_id = _customer(api)
    task_id = _task(api, customer_id=customer_id)
    missing = api.push_one("task", task_id, "update", {"status": "done"})
    assert missing["code"] == "invalid"
    no_amount = api.push_one("task", task_id, "update", {"status": "done", "outcome": "purchased"})
    assert no_amount["code"] == "invalid" and "amount" in no_amount["message"]
    sold = api.push_one("task", task_id, "update", {"status": "done", "outcome": "purchased",
                                                    "outcome_amount_fen": 129900})
    assert sold["status"] == "applied"
    assert _row(api, "customer", customer_id)["last_contact_at"] is not None


def test_hq_owns_the_wording_of_its_tasks(server: LiveServer, brand: Brand) -> None:
    hq, guide = brand.login("hq1"), brand.login("g1")
    task_id = _task(hq, assignee_guide_id=brand.guides["g1"], source="hq")
    assert _row(guide, "task", task_id)["source"] == "hq"
    retitled = guide.push_one("task", task_id, "update", {"title": "我的标题"})
    assert retitled["status"] == "rejected" and retitled["code"] == "forbidden"
    snoozed = guide.push_one("task", task_id, "update", {"snoozed_until": _at(9, days=1)})
    assert snoozed["status"] == "applied", "the guide owns snoozing"
    assert hq.push_one("task", task_id, "update", {"title": "新标题"})["status"] == "applied"
    fixed = guide.push_one("task", task_id, "update", {"source": "guide"})
    assert fixed["code"] == "invalid", "fields set at creation stay"


def test_a_manager_reassigns_within_the_store(server: LiveServer, brand: Brand) -> None:
    guide, manager = brand.login("g1"), brand.login("m1")
    task_id = _task(guide)
    to_colleague = manager.push_one("task", task_id, "update", {"assignee_guide_id": brand.guides["g2"]})
    assert to_colleague["status"] == "applied"
    across = manager.push_one("task", task_id, "update", {"assignee_guide_id": brand.guides["b1"]})
    assert across["code"] == "forbidden"
    moved = brand.login("hq1").push_one("task", task_id, "update", {"assignee_guide_id": brand.guides["b1"]})
    assert moved["status"] == "applied"
    changes, _ = guide.pull_all()
    assert changes[("task", task_id)]["removed_from_scope"] is True
    assert ("task", task_id) in brand.login("b1").pull_all()[0]


def test_double_bookings_are_rejected_with_a_reason(server: LiveServer, brand: Brand) -> None:
    pc1, pc2 = brand.login("g1"), brand.login("g2")
    customer_id = _customer(pc1)
    booked = pc1.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g1"], "kind": "in_store", "starts_at": _at(14),
        "ends_at": _at(15), "resource": "试衣间1", "status": "booked", "sequence": 0})
    assert booked["status"] == "applied"
    same_guide = pc2.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g1"], "starts_at": _at(14, 30), "ends_at": _at(15, 30)})
    assert same_guide["status"] == "rejected" and same_guide["code"] == "guide_busy"
    same_room = pc2.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g2"], "starts_at": _at(14, 30),
        "ends_at": _at(15, 30), "resource": "试衣间1"})
    assert same_room["code"] == "resource_busy"
    back_to_back = pc2.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g1"], "starts_at": _at(15), "ends_at": _at(16)})
    assert back_to_back["status"] == "applied", "half-open intervals: 15:00 follows 14–15"
    at_night = pc2.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g2"], "starts_at": _at(22, 30), "ends_at": _at(23)})
    assert at_night["code"] == "outside_store_hours"
    home = pc2.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g2"], "kind": "home", "starts_at": _at(11),
        "ends_at": _at(12)})
    assert home["code"] == "invalid" and "address" in home["message"]


def test_rescheduling_and_closing_sessions(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    customer_id = _customer(api)
    first, second = uuid7(), uuid7()
    for session_id, hour in ((first, 11), (second, 16)):
        api.push_one("appointment", session_id, "create", {
            "customer_id": customer_id, "guide_id": brand.guides["g1"], "starts_at": _at(hour),
            "ends_at": _at(hour + 1)})
    clash = api.push_one("appointment", first, "update", {"starts_at": _at(16), "ends_at": _at(17), "sequence": 1})
    assert clash["code"] == "guide_busy"
    moved = api.push_one("appointment", first, "update", {"starts_at": _at(13), "ends_at": _at(14), "sequence": 1})
    assert moved["status"] == "applied" and _row(api, "appointment", first)["sequence"] == 1
    no_reason = api.push_one("appointment", second, "update", {"status": "cancelled"})
    assert no_reason["code"] == "invalid"
    cancelled = api.push_one("appointment", second, "update", {"status": "cancelled", "cancel_reason": "客户出差"})
    assert cancelled["status"] == "applied"
    row = _row(api, "appointment", second)
    assert (row["status"], row["sequence"]) == ("cancelled", 1)
    late = api.push_one("appointment", second, "update", {"status": "done"})
    assert late["status"] == "conflict_recorded"
    reopened = api.push_one("appointment", second, "update", {"starts_at": _at(18), "ends_at": _at(19)})
    assert reopened["code"] == "appointment_closed"
    assert api.push_one("appointment", uuid7(), "create", {
        "customer_id": customer_id, "guide_id": brand.guides["g1"], "starts_at": _at(16, 30),
        "ends_at": _at(17)})["status"] == "applied", "a cancelled session frees its slot"
