# SPDX-License-Identifier: Apache-2.0
"""Two API processes over one PostgreSQL (as behind a load balancer), 20 clients pushing 1,000 mutations
each while others pull: no change lost, duplicated or skipped. Each client also re-sends a batch whose reply
it "lost"; every puller's final state must equal the database's, which fails if a version ever became
visible after a higher one (commit order ≠ version order)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from central_kit import PASSWORD
from sqlalchemy import Engine, func, or_, select

from guide_desk.central import admin
from guide_desk.central.engine import make_engine
from guide_desk.central.sync_pull import SOURCES
from guide_desk.central.tables import ClientState, Customer, Note, ScopeExit, SyncCounter, table
from guide_desk.ids import uuid7

CLIENTS, MUTATIONS, BATCH = 20, 1000, 100
CREATES, UPDATES = 400, 300  # the rest are notes


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def two_servers(pg_schema: str) -> Iterator[list[str]]:
    ports = [_free_port(), _free_port()]
    processes = [subprocess.Popen([sys.executable, "-m", "guide_desk", "central", "serve", "--db", pg_schema,
                                   "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for port in ports]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        deadline = time.monotonic() + 30
        for url, process in zip(urls, processes, strict=True):
            while True:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                try:
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


class Client:
    """A store PC behind the load balancer: round-robins its requests over both servers, honours 429."""

    def __init__(self, urls: list[str], device_token: str, login: str) -> None:
        self.urls = urls
        self.turn = 0
        self.http = httpx.Client(timeout=120)
        self.headers = {"Authorization": f"Bearer {device_token}"}
        tokens = self.call("POST", "/auth/login", json={"guide_id": login, "password": PASSWORD})
        self.headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        self.client_id = uuid7()

    def call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        while True:
            self.turn += 1
            url = self.urls[self.turn % len(self.urls)] + path
            response = self.http.request(method, url, headers=self.headers, **kwargs)
            if response.status_code in (429, 503):
                time.sleep(float(response.headers.get("retry-after", "1")))
                continue
            assert response.status_code == 200, response.text
            body: dict[str, Any] = response.json()
            return body


def _mutations(owner: str) -> list[dict[str, Any]]:
    customers = [uuid7() for _ in range(CREATES)]
    items: list[dict[str, Any]] = [
        {"entity": "customer", "entity_id": cid, "op": "create", "fields": {"name": f"顾客{i}",
                                                                          "owner_guide_id": owner}}
        for i, cid in enumerate(customers)]
    items += [{"entity": "customer", "entity_id": customers[i], "op": "update", "fields": {"points": i + 1}}
              for i in range(UPDATES)]
    items += [{"entity": "note", "entity_id": uuid7(), "op": "create",
               "fields": {"customer_id": customers[i % CREATES], "body": f"note {i}"}}
              for i in range(MUTATIONS - CREATES - UPDATES)]
    return [{**item, "mutation_id": n} for n, item in enumerate(items, start=1)]


def _truth(engine: Engine, store_id: str | None) -> dict[tuple[str, str], int]:
    """(entity, id) → version of everything a store (or HQ, None) should hold, read from the database."""
    state: dict[tuple[str, str], int] = {}
    with engine.connect() as conn:
        for source in SOURCES:
            statement = select(source.tbl.c.id, source.tbl.c.version)
            if source.scoped and store_id is not None:
                statement = statement.where(source.tbl.c[source.scope_column] == store_id)
            elif source.entity == "guide" and store_id is not None:  # colleagues and HQ users only
                statement = statement.where(or_(source.tbl.c.store_id == store_id, source.tbl.c.role == "hq"))
            state.update({(source.entity, row_id): version for row_id, version in conn.execute(statement)})
        if store_id is not None:
            exits = table(ScopeExit)
            for entity, row_id, version in conn.execute(select(exits.c.entity, exits.c.entity_id, exits.c.version)
                                                        .where(exits.c.store_id == store_id)):
                state[(entity, row_id)] = version
    return state


@pytest.mark.slow
def test_two_processes_twenty_pushers_and_pullers_lose_nothing(pg_schema: str, two_servers: list[str]) -> None:
    engine = make_engine(pg_schema)
    stores = {code: admin.create_store(engine, code=code, name=code) for code in ("SH01", "BJ01", "HQ")}
    admin.create_guide(engine, store_code="HQ", login="hq", name="hq", role="hq", password=PASSWORD)
    logins, owners = [], {}
    for n in range(CLIENTS):
        store = "SH01" if n % 2 == 0 else "BJ01"
        owners[f"g{n}"] = admin.create_guide(engine, store_code=store, login=f"g{n}", name=f"g{n}", role="guide",
                                             password=PASSWORD)
        logins.append((store, f"g{n}"))

    def device(store: str) -> str:
        code = admin.issue_enrolment_code(engine, store_code=store)
        response = httpx.post(f"{two_servers[0]}/auth/enrol", json={"store_code": store, "enrolment_code": code})
        token: str = response.json()["device_token"]
        return token

    pushers = [Client(two_servers, device(store), login) for store, login in logins]
    pullers = {store: Client(two_servers, device(store), login)
               for store, login in (("SH01", "g0"), ("BJ01", "g1"), ("HQ", "hq"))}
    seen: dict[str, dict[tuple[str, str], int]] = {store: {} for store in pullers}
    cursors = {store: 0 for store in pullers}
    done = threading.Event()
    failures: list[BaseException] = []

    def pull(store: str) -> None:
        client = pullers[store]
        try:
            while True:
                finished = done.is_set()
                page = client.call("GET", "/sync/pull", params={"cursor": cursors[store], "limit": 500})
                versions = [change["version"] for change in page["changes"]]
                assert versions == sorted(versions) and all(v > cursors[store] for v in versions)
                for change in page["changes"]:
                    seen[store][(change["entity"], change["id"])] = change["version"]
                assert page["cursor"] >= cursors[store]
                cursors[store] = page["cursor"]
                if finished and not page["has_more"]:
                    return
                if not page["has_more"]:
                    time.sleep(0.1)  # caught up: a real client waits for its timer
        except BaseException as exc:  # noqa: BLE001  (reported by the main thread)
            failures.append(exc)

    def push(client: Client, owner: str) -> None:
        try:
            mutations = _mutations(owner)
            for start in range(0, MUTATIONS, BATCH):
                batch = mutations[start:start + BATCH]
                body = client.call("POST", "/sync/push", json={"client_id": client.client_id, "mutations": batch})
                assert {r["status"] for r in body["results"]} == {"applied"}, body["results"][:3]
                assert body["last_mutation_id"] == batch[-1]["mutation_id"] and not body["gap"]
                if start == 5 * BATCH:  # the reply was "lost": the same batch again is only acknowledged
                    again = client.call("POST", "/sync/push", json={"client_id": client.client_id,
                                                                    "mutations": batch})
                    assert {r["status"] for r in again["results"]} == {"duplicate"}
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=pull, args=(store,)) for store in pullers]
    threads += [threading.Thread(target=push, args=(client, owners[login]))
                for client, (_store, login) in zip(pushers, logins, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads[len(pullers):]:
        thread.join()
    done.set()
    for thread in threads[:len(pullers)]:
        thread.join()
    elapsed = time.monotonic() - started
    assert not failures, failures[0]

    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(table(Customer))).scalar() == CLIENTS * CREATES
        assert conn.execute(select(func.count()).select_from(table(Note))).scalar() == \
            CLIENTS * (MUTATIONS - CREATES - UPDATES)
        assert conn.execute(select(func.sum(table(Customer).c.points))).scalar() == \
            CLIENTS * UPDATES * (UPDATES + 1) // 2
        assert set(conn.execute(select(table(ClientState).c.last_mutation_id)).scalars()) == {MUTATIONS}
        counter = conn.execute(select(table(SyncCounter).c.version)).scalar_one()
    for store, state in seen.items():
        assert state == _truth(engine, None if store == "HQ" else stores[store]), f"{store} missed changes"
    every_version = [v for state in seen.values() for v in state.values()]
    assert max(every_version) <= counter
    engine.dispose()
    sys.stderr.write(f"\n{CLIENTS * MUTATIONS} mutations through 2 processes in {elapsed:.1f} s\n")
