# SPDX-License-Identifier: Apache-2.0
"""The central API over HTTP (httpx): enrol, login, refresh, push, pull. Replies are parsed with the shared
wire schema; failures become the types in sync.errors so the engine knows whether to retry, refresh,
resync or stop."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from guide_desk.sync.errors import (
    Offline,
    Refused,
    ResyncRequired,
    ServerBusy,
    ServerFailed,
    TooManyAttempts,
    Unauthorized,
)
from guide_desk.sync.protocol import (
    EnrolRequest,
    EnrolResponse,
    LoginRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    TokenResponse,
)

log = logging.getLogger(__name__)
R = TypeVar("R", bound=BaseModel)
PULL_PAGE = 2000


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _error(response: httpx.Response) -> Exception:
    try:
        body = response.json()
        code, message = str(body.get("code", "")), str(body.get("message", ""))
    except (ValueError, AttributeError):
        code, message = "", response.text[:200]
    status = response.status_code
    if status == 401:
        return Unauthorized(message or "the sign-in has expired")
    if status == 410:
        return ResyncRequired(message or "the server asks for a full download")
    if status == 429 and code == "too_many_attempts":
        return TooManyAttempts(message, retry_after=_retry_after(response))
    if status in (429, 503):
        return ServerBusy(message or f"the server is busy ({status})", retry_after=_retry_after(response))
    if status >= 500:
        return ServerFailed(f"the server failed ({status}){': ' + message if message else ''}")
    return Refused(code or str(status), message or f"the server refused the request ({status})", status=status)


class SyncClient:
    """One connection to the central API. `transport` lets tests put faults between us and a real server."""

    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None, **options: Any) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = httpx.Client(base_url=self.base_url, transport=transport, **options)

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, reply: type[R], *, token: str | None = None,
              json: dict[str, Any] | None = None, params: dict[str, Any] | None = None) -> R:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = self._http.request(method, path, json=json, params=params, headers=headers)
        except httpx.TransportError as exc:
            raise Offline(f"no answer from {self.base_url} ({type(exc).__name__})") from exc
        if response.status_code >= 400:
            raise _error(response)
        try:
            return reply.model_validate_json(response.content)  # one pass in pydantic-core, no dict in between
        except (ValueError, ValidationError) as exc:
            raise ServerFailed(f"the server's reply to {path} was not understood") from exc

    def enrol(self, *, store_code: str, enrolment_code: str, device_name: str) -> EnrolResponse:
        body = EnrolRequest(store_code=store_code, enrolment_code=enrolment_code, device_name=device_name)
        return self._call("POST", "/auth/enrol", EnrolResponse, json=body.model_dump())

    def login(self, *, device_token: str, login: str, password: str) -> TokenResponse:
        body = LoginRequest(guide_id=login, password=password)
        return self._call("POST", "/auth/login", TokenResponse, token=device_token, json=body.model_dump())

    def refresh(self, *, refresh_token: str) -> TokenResponse:
        body = RefreshRequest(refresh_token=refresh_token)
        return self._call("POST", "/auth/refresh", TokenResponse, json=body.model_dump())

    def push(self, *, token: str, request: PushRequest) -> PushResponse:
        return self._call("POST", "/sync/push", PushResponse, token=token, json=request.model_dump(mode="json"))

    def pull(self, *, token: str, cursor: int, client_id: str, limit: int | None = None) -> PullResponse:
        return self._call("GET", "/sync/pull", PullResponse, token=token,
                          params={"cursor": cursor, "limit": limit or PULL_PAGE, "client_id": client_id})
