# SPDX-License-Identifier: Apache-2.0
"""GET /sync/pull: pages in version order, tombstones and the 410 after retention, scope exits on
reassignment, and version order equal to commit order under concurrent writers."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from central_kit import Api, Brand, LiveServer, customer_fields
from sqlalchemy import update

from guide_desk.central import admin
from guide_desk.central.tables import TagGroup, table
from guide_desk.clock import utcnow
from guide_desk.ids import uuid7


def test_pages_are_in_version_order_without_gaps_or_repeats(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    ids = [uuid7() for _ in range(23)]
    api.push(*[api.mutation("customer", cid, "create", customer_fields(f"顾客{i}")) for i, cid in enumerate(ids)])
    cursor, versions, pages = 0, [], 0
    while True:
        page = api.pull(cursor, limit=5)
        pages += 1
        versions += [c["version"] for c in page["changes"]]
        assert all(c["version"] > cursor for c in page["changes"])
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert versions == sorted(versions) and len(versions) == len(set(versions))
    assert len(versions) == 3 + 4 + 23 and pages == 6  # stores, SH01's guides and HQ's, customers
    assert api.pull(cursor) == {"changes": [], "cursor": cursor, "has_more": False, "last_mutation_id": 23,
                                "server_version": cursor}


def test_a_cursor_older_than_retention_must_resync(server: LiveServer, brand: Brand) -> None:
    manager = brand.login("m1")
    group = uuid7()
    manager.push_one("tag_group", group, "create", {"name": "旧组"})
    _, cursor = manager.pull_all()
    manager.push_one("tag_group", group, "delete")
    changes, later = manager.pull_all(cursor)
    assert changes[("tag_group", group)]["deleted"] is True
    with server.engine.begin() as conn:
        conn.execute(update(table(TagGroup)).values(deleted_at=utcnow() - timedelta(days=100)))
    assert admin.purge_tombstones(server.engine, older_than=timedelta(days=90)) == 1
    gone = manager.http.get("/sync/pull", params={"cursor": cursor})
    assert gone.status_code == 410 and gone.json()["code"] == "resync_required"
    assert manager.http.get("/sync/pull", params={"cursor": later}).status_code == 200, "a newer cursor is fine"
    fresh, _ = manager.pull_all(0)
    assert ("tag_group", group) not in fresh, "a full download simply lacks the purged row"
    future = manager.http.get("/sync/pull", params={"cursor": later + 1000})
    assert future.status_code == 410, "a cursor from another (restored) database resyncs too"


def test_reassignment_to_another_store_is_sent_as_removed_from_scope(server: LiveServer, brand: Brand) -> None:
    shanghai, beijing, hq = brand.login("g1"), brand.login("b1"), brand.login("hq1")
    customer_id, note_id = uuid7(), uuid7()
    shanghai.push(shanghai.mutation("customer", customer_id, "create", customer_fields()),
                  shanghai.mutation("note", note_id, "create", {"customer_id": customer_id, "body": "搬家了"}))
    _, sh_cursor = shanghai.pull_all()
    _, bj_cursor = beijing.pull_all()
    handover = brand.login("m1").push_one("customer", customer_id, "update", {"owner_guide_id": brand.guides["b1"]})
    assert handover["code"] == "forbidden", "a manager hands over within the store only"
    moved = hq.push_one("customer", customer_id, "update", {"owner_guide_id": brand.guides["b1"]})
    assert moved["status"] == "applied"
    left, _ = shanghai.pull_all(sh_cursor)
    assert {key: (c["removed_from_scope"], c["data"]) for key, c in left.items()} == {
        ("customer", customer_id): (True, None), ("note", note_id): (True, None)}
    arrived, _ = beijing.pull_all(bj_cursor)
    assert arrived[("customer", customer_id)]["data"]["store_id"] == brand.stores["BJ01"]
    assert arrived[("note", note_id)]["data"]["body"] == "搬家了"
    assert beijing.push_one("note", uuid7(), "create", {"customer_id": customer_id, "body": "到了"})["status"] == \
        "applied"
    assert shanghai.push_one("note", uuid7(), "create", {"customer_id": customer_id, "body": "?"})["code"] == \
        "not_found"


def test_hq_pulls_every_store(server: LiveServer, brand: Brand) -> None:
    brand.login("g1").push_one("customer", uuid7(), "create", customer_fields("沪"))
    brand.login("b1").push_one("customer", uuid7(), "create", customer_fields("京"))
    changes, _ = brand.login("hq1").pull_all()
    assert sorted(c["data"]["name"] for (entity, _), c in changes.items() if entity == "customer") == ["京", "沪"]


def test_concurrent_writers_never_make_a_puller_skip(server: LiveServer, brand: Brand) -> None:
    """Several pushers and a puller at once (SQLite here; PostgreSQL with two processes in
    test_concurrency): the puller's final state equals the server's."""
    pushers = [brand.login(login) for login in ("g1", "g2", "m1", "g1")]
    puller = brand.login("m1")
    seen: dict[tuple[str, str], int] = {}
    where = {"cursor": 0}
    stop = threading.Event()
    failures: list[BaseException] = []

    def pull_loop() -> None:
        while not stop.is_set():
            page = puller.pull(where["cursor"], limit=50)
            for change in page["changes"]:
                seen[(change["entity"], change["id"])] = change["version"]
            where["cursor"] = page["cursor"]
            if not page["has_more"]:
                time.sleep(0.02)

    def push_loop(api: Api) -> None:
        try:
            ids = [uuid7() for _ in range(40)]
            for start in range(0, 40, 10):
                batch = [api.mutation("customer", cid, "create", customer_fields()) for cid in ids[start:start + 10]]
                batch += [api.mutation("customer", cid, "update", {"points": 5}) for cid in ids[start:start + 10]]
                assert {r["status"] for r in api.push(*batch)["results"]} == {"applied"}
        except BaseException as exc:  # noqa: BLE001  (reported below)
            failures.append(exc)

    reader = threading.Thread(target=pull_loop)
    writers = [threading.Thread(target=push_loop, args=(api,)) for api in pushers]
    reader.start()
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    assert not failures
    tail, _ = puller.pull_all(where["cursor"])  # the puller carries on from where it stood
    seen.update({key: change["version"] for key, change in tail.items()})
    final, _ = puller.pull_all()
    assert seen == {key: change["version"] for key, change in final.items()}
    assert sum(1 for entity, _ in seen if entity == "customer") == 160
