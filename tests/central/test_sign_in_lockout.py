# SPDX-License-Identifier: Apache-2.0
"""Wrong server passwords back off per account and per device: 429 with Retry-After, audited, the same for
logins that do not exist, and a correct password resets the account."""

from __future__ import annotations

from datetime import timedelta

from central_kit import PASSWORD, Api, Brand, LiveServer
from sqlalchemy import select, update

from guide_desk.central.lockout import lock_length
from guide_desk.central.tables import LoginBackoff, SignInEvent, table
from guide_desk.clock import utcnow


def _device(server: LiveServer, brand: Brand, store: str = "SH01") -> Api:
    return Api(server.url, brand.devices[store]["device_token"])


def _try(device: Api, login: str, password: str) -> tuple[int, dict[str, str], str]:
    response = device.http.post("/auth/login", json={"guide_id": login, "password": password})
    return response.status_code, dict(response.headers), response.json().get("code", "")


def _unlock_all(server: LiveServer) -> None:
    """As if the lock had run out (without waiting a minute)."""
    with server.engine.begin() as conn:
        conn.execute(update(table(LoginBackoff)).values(locked_until=utcnow() - timedelta(seconds=1)))


def test_five_wrong_passwords_lock_the_account_and_the_right_one_is_refused_too(
        server: LiveServer, brand: Brand) -> None:
    device = _device(server, brand)
    statuses = [_try(device, "g1", f"wrong-{n}")[0] for n in range(5)]
    assert statuses == [401] * 5
    status, headers, code = _try(device, "g1", PASSWORD)
    assert (status, code) == (429, "too_many_attempts")
    assert 55 <= int(headers["retry-after"]) <= 60
    body = device.http.post("/auth/login", json={"guide_id": "g1", "password": PASSWORD}).json()
    assert body["message"] == "too many failed sign-ins; try again in 1 minute"
    with server.engine.connect() as conn:
        actions = [row.action for row in conn.execute(select(table(SignInEvent)).order_by(table(SignInEvent).c.at))]
    assert actions.count("sign_in_failed") == 5 and "sign_in_locked" in actions
    assert actions[-1] == "sign_in_refused_locked"
    device.close()


def test_the_lock_doubles_after_it_runs_out_and_a_success_resets_the_account(
        server: LiveServer, brand: Brand) -> None:
    sh01, bj01 = _device(server, brand), _device(server, brand, "BJ01")
    for n in range(5):
        _try(sh01, "g2", f"wrong-{n}")
    _unlock_all(server)
    assert _try(sh01, "g2", "wrong-again")[0] == 401
    status, headers, _code = _try(sh01, "g2", PASSWORD)
    assert status == 429 and 115 <= int(headers["retry-after"]) <= 120, "the second lock is two minutes"
    assert _try(bj01, "g2", PASSWORD)[0] == 429, "the account is locked on every PC"
    _unlock_all(server)
    assert _try(sh01, "g2", PASSWORD)[0] == 200
    with server.engine.connect() as conn:
        keys = set(conn.execute(select(table(LoginBackoff).c.key)).scalars())
    assert "account:g2" not in keys, "a success forgets the account's failures"
    sh01.close()
    bj01.close()


def test_unknown_logins_lock_like_real_ones_and_the_device_is_locked_for_every_login(
        server: LiveServer, brand: Brand) -> None:
    device = _device(server, brand)
    answers = [_try(device, f"ghost{n}", "whatever")[:1] + (_try(device, "g1", "wrong")[0],) for n in range(2)]
    assert answers == [(401, 401), (401, 401)]
    assert _try(device, "ghost9", "whatever")[0] == 401
    assert _try(device, "g1", PASSWORD)[0] == 429, "five failures on one PC lock the PC, whatever the logins"
    other = brand.enrol("SH01")
    second = Api(server.url, other["device_token"])
    for n in range(5):
        assert _try(second, "ghost-x", f"p{n}")[0] == 401
    status, _headers, code = _try(second, "ghost-x", "p9")
    assert (status, code) == (429, "too_many_attempts"), "an unknown login locks exactly like a real one"
    device.close()
    second.close()


def test_lock_lengths_double_and_stop_at_an_hour() -> None:
    assert [lock_length(n).total_seconds() for n in (4, 5, 6, 7, 10, 11, 12, 50)] == [
        0, 60, 120, 240, 1920, 3600, 3600, 3600]
