# SPDX-License-Identifier: Apache-2.0
"""Enrolment, sign-in, refresh, revocation; tokens stored hashed; limits; errors as JSON everywhere."""

from __future__ import annotations

from datetime import timedelta

import httpx
from central_kit import PASSWORD, Api, Brand, LiveServer, start
from sqlalchemy import select, text, update

from guide_desk.central import admin
from guide_desk.central.settings import CentralSettings
from guide_desk.central.tables import Device, EnrolmentCode, GuideSession, table
from guide_desk.clock import utcnow


def test_enrolment_code_is_one_time_and_store_bound(server: LiveServer, brand: Brand) -> None:
    code = admin.issue_enrolment_code(server.engine, store_code="SH01")
    wrong_store = httpx.post(f"{server.url}/auth/enrol", json={"store_code": "BJ01", "enrolment_code": code})
    assert wrong_store.status_code == 401 and wrong_store.json()["code"] == "invalid_enrolment"
    typed = code.lower().replace("-", " ")  # as IT might type it
    first = httpx.post(f"{server.url}/auth/enrol", json={"store_code": "SH01", "enrolment_code": typed})
    assert first.status_code == 200 and first.json()["store_code"] == "SH01"
    again = httpx.post(f"{server.url}/auth/enrol", json={"store_code": "SH01", "enrolment_code": code})
    assert again.status_code == 401


def test_expired_enrolment_code_is_refused(server: LiveServer, brand: Brand) -> None:
    code = admin.issue_enrolment_code(server.engine, store_code="SH01", ttl=timedelta(seconds=-1))
    response = httpx.post(f"{server.url}/auth/enrol", json={"store_code": "SH01", "enrolment_code": code})
    assert response.status_code == 401


def test_tokens_are_stored_only_as_hashes(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    device_token = brand.devices["SH01"]["device_token"]
    with server.engine.connect() as conn:
        hashes = set(conn.execute(select(table(Device).c.token_hash)).scalars())
        sessions = conn.execute(select(table(GuideSession))).all()
        codes = set(conn.execute(select(table(EnrolmentCode).c.code_hash)).scalars())
    assert device_token not in hashes and all(len(h) == 64 for h in hashes | codes)
    stored = {value for row in sessions for value in row}
    assert api.refresh_token not in stored
    assert api.http.headers["Authorization"].removeprefix("Bearer ") not in stored


def test_sign_in_refresh_and_logout(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    me = api.http.get("/auth/me").json()
    assert me["login"] == "g1" and me["role"] == "guide" and me["store_id"] == brand.stores["SH01"]
    old_refresh = api.refresh_token
    renewed = httpx.post(f"{server.url}/auth/refresh", json={"refresh_token": old_refresh})
    assert renewed.status_code == 200
    assert httpx.post(f"{server.url}/auth/refresh", json={"refresh_token": old_refresh}).status_code == 401
    assert api.http.get("/auth/me").status_code == 401, "the access token rotated with the refresh"
    fresh = Api(server.url, renewed.json()["access_token"])
    assert fresh.http.get("/auth/me").status_code == 200
    assert fresh.http.post("/auth/logout").status_code == 204
    assert fresh.http.get("/auth/me").status_code == 401
    fresh.close()


def test_wrong_password_unknown_guide_and_wrong_store(server: LiveServer, brand: Brand) -> None:
    device = Api(server.url, brand.devices["SH01"]["device_token"])
    for login, password in (("g1", "nope-nope-nope"), ("ghost", PASSWORD)):
        response = device.http.post("/auth/login", json={"guide_id": login, "password": password})
        assert response.status_code == 401 and response.json()["code"] == "invalid_credentials"
    response = device.http.post("/auth/login", json={"guide_id": "b1", "password": PASSWORD})
    assert response.status_code == 403 and response.json()["code"] == "wrong_store"
    device.close()


def test_expired_access_token_is_refused(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    sessions = table(GuideSession)
    with server.engine.begin() as conn:
        conn.execute(update(sessions).values(access_expires_at=utcnow() - timedelta(seconds=1)))
    response = api.http.get("/sync/pull")
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {"code": "unauthorized", "message": "the token is unknown, expired or revoked"}


def test_a_revoked_device_is_refused_at_once(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    assert api.http.get("/sync/pull").status_code == 200
    admin.revoke_device(server.engine, device_id=brand.devices["SH01"]["device_id"])
    assert api.http.get("/sync/pull").status_code == 401
    assert api.http.post("/sync/push", json={"client_id": "c", "mutations": []}).status_code == 401
    assert httpx.post(f"{server.url}/auth/refresh", json={"refresh_token": api.refresh_token}).status_code == 401
    device = Api(server.url, brand.devices["SH01"]["device_token"])
    assert device.http.post("/auth/login", json={"guide_id": "g1", "password": PASSWORD}).status_code == 401
    device.close()
    assert brand.login("b1").http.get("/sync/pull").status_code == 200, "other stores' devices are untouched"


def test_no_token_and_garbage_token(server: LiveServer) -> None:
    assert httpx.get(f"{server.url}/sync/pull").json()["code"] == "unauthorized"
    response = httpx.get(f"{server.url}/sync/pull", headers={"Authorization": "Bearer gda_nope"})
    assert response.status_code == 401


def test_errors_are_json_never_html(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    cases = [
        api.http.get("/no/such/page"),
        api.http.delete("/sync/pull"),
        api.http.get("/sync/pull", params={"cursor": "yesterday"}),
        api.http.post("/sync/push", content=b"{not json", headers={"content-type": "application/json"}),
        api.http.post("/sync/push", json={"client_id": "c", "mutations": [{"mutation_id": 0}]}),
        api.http.post("/sync/push", json={"client_id": "c\u0000", "mutations": []}),
    ]
    assert [r.status_code for r in cases] == [404, 405, 422, 422, 422, 422]
    for response in cases:
        assert response.headers["content-type"].startswith("application/json")
        assert set(response.json()) == {"code", "message"}
    assert cases[2].json()["code"] == "invalid" and "cursor" in cases[2].json()["message"]


def test_request_size_limit(server: LiveServer, brand: Brand) -> None:
    api = brand.login("g1")
    big = {"client_id": "c", "mutations": [{"mutation_id": 1, "entity": "note", "entity_id": "n", "op": "create",
                                            "fields": {"body": "x" * 1_100_000}}]}
    response = api.http.post("/sync/push", json=big)
    assert response.status_code == 413 and response.json()["code"] == "too_large"

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(20):
            yield b" " * 100_000

    streamed = api.http.post("/sync/push", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_rate_limit_per_device_says_when_to_retry(sqlite_url: str) -> None:
    with start(sqlite_url, CentralSettings(rate_per_s=0.5, rate_burst=3)) as live:
        brand = Brand(live)
        api = brand.login("g1")  # the login itself takes a token from SH01's device bucket
        statuses = [api.http.get("/sync/pull").status_code for _ in range(3)]
        assert statuses[:2] == [200, 200] and statuses[2] == 429
        limited = api.http.get("/sync/pull")
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert limited.json()["code"] == "rate_limited"
        assert brand.login("b1").http.get("/sync/pull").status_code == 200, "another device has its own bucket"
        brand.close()


def test_health_needs_no_token(server: LiveServer) -> None:
    body = httpx.get(f"{server.url}/health").json()
    assert body["status"] == "ok"
    with server.engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM sync_counter")).scalar() == 0
