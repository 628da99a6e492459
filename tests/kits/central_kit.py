# SPDX-License-Identifier: Apache-2.0
"""Helpers of the central API tests: a live uvicorn server, a signed-in HTTP client, a small brand."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine

from guide_desk.central import admin
from guide_desk.central.app import create_app
from guide_desk.central.engine import make_engine
from guide_desk.central.migrate import upgrade
from guide_desk.central.settings import CentralSettings
from guide_desk.ids import uuid7

PASSWORD = "password-1234"
ROOT = Path(__file__).resolve().parents[2]


class LiveServer:
    """The app served by a real uvicorn on 127.0.0.1 (a free port) in a thread."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    @property
    def engine(self) -> Engine:
        engine: Engine = self.app.state.central.engine
        return engine


class Api:
    """An HTTP client signed in as one guide (or holding a device token only)."""

    def __init__(self, base_url: str, token: str | None = None, *, client_id: str | None = None) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=60,
                                 headers={"Authorization": f"Bearer {token}"} if token else {})
        self.client_id = client_id or uuid7()
        self.next_mutation = 1
        self.guide: dict[str, Any] = {}
        self.refresh_token = ""

    def mutation(self, entity: str, entity_id: str, op: str, fields: dict[str, Any] | None = None,
                 **extra: Any) -> dict[str, Any]:
        """The next mutation of this client (ids advance as an outbox's would)."""
        m = {"mutation_id": self.next_mutation, "entity": entity, "entity_id": entity_id, "op": op,
             "fields": fields or {}, **extra}
        self.next_mutation += 1
        return m

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A request that, like the real client, waits out a 429 for as long as Retry-After says."""
        while True:
            response = self.http.request(method, path, **kwargs)
            if response.status_code != 429:
                return response
            time.sleep(float(response.headers["retry-after"]))

    def push(self, *mutations: dict[str, Any]) -> dict[str, Any]:
        response = self.send("POST", "/sync/push", json={"client_id": self.client_id, "mutations": list(mutations)})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def push_one(self, entity: str, entity_id: str, op: str, fields: dict[str, Any] | None = None,
                 **extra: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.push(self.mutation(entity, entity_id, op, fields, **extra))["results"][0]
        return result

    def pull(self, cursor: int = 0, limit: int = 500) -> dict[str, Any]:
        response = self.send("GET", "/sync/pull", params={"cursor": cursor, "limit": limit,
                                                           "client_id": self.client_id})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[dict[tuple[str, str], dict[str, Any]], int]:
        """Every change after `cursor`, latest per (entity, id), and the final cursor."""
        seen: dict[tuple[str, str], dict[str, Any]] = {}
        while True:
            page = self.pull(cursor, limit)
            for change in page["changes"]:
                seen[(change["entity"], change["id"])] = change
            cursor = page["cursor"]
            if not page["has_more"]:
                return seen, cursor

    def close(self) -> None:
        self.http.close()


class Brand:
    """Stores SH01 and BJ01 and an HQ office; in SH01 guides g1, g2 and manager m1, in BJ01 guide b1, at HQ
    hq1. One enrolled device per store."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        engine = server.engine
        self.stores = {code: admin.create_store(engine, code=code, name=name)
                       for code, name in (("SH01", "上海静安店"), ("BJ01", "北京三里屯店"), ("HQ", "总部"))}
        self.guides: dict[str, str] = {}
        for login, store, role in (("g1", "SH01", "guide"), ("g2", "SH01", "guide"), ("m1", "SH01", "manager"),
                                   ("b1", "BJ01", "guide"), ("hq1", "HQ", "hq")):
            self.guides[login] = admin.create_guide(engine, store_code=store, login=login, name=login, role=role,
                                                    password=PASSWORD)
        self.devices = {code: self.enrol(code) for code in self.stores}
        self._open: list[Api] = []

    def enrol(self, store_code: str) -> dict[str, Any]:
        code = admin.issue_enrolment_code(self.server.engine, store_code=store_code)
        response = httpx.post(f"{self.server.url}/auth/enrol",
                              json={"store_code": store_code, "enrolment_code": code, "device_name": "PC"})
        assert response.status_code == 200, response.text
        device: dict[str, Any] = response.json()
        return device

    def login(self, login: str, *, store: str | None = None, client_id: str | None = None) -> Api:
        store = store or {"g1": "SH01", "g2": "SH01", "m1": "SH01", "b1": "BJ01", "hq1": "HQ"}[login]
        device = Api(self.server.url, self.devices[store]["device_token"])
        response = device.http.post("/auth/login", json={"guide_id": login, "password": PASSWORD})
        device.close()
        assert response.status_code == 200, response.text
        tokens = response.json()
        api = Api(self.server.url, tokens["access_token"], client_id=client_id)
        api.guide, api.refresh_token = tokens["guide"], tokens["refresh_token"]
        self._open.append(api)
        return api

    def close(self) -> None:
        for api in self._open:
            api.close()


def start(db_url: str, settings: CentralSettings | None = None) -> LiveServer:
    engine = make_engine(db_url)
    upgrade(engine)
    engine.dispose()
    return LiveServer(create_app(db_url, settings=settings))



def customer_fields(name: str = "张三", phone: str | None = None, **more: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"name": name, **more}
    if phone is not None:
        fields["phone_e164"] = phone
    return fields
