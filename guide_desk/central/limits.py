# SPDX-License-Identifier: Apache-2.0
"""Request limits: a body size cap (413), no NUL characters (PostgreSQL text cannot hold them; 422), and a
token bucket per device (429 with Retry-After).

The bucket lives in this process. Several API processes behind a load balancer each keep their own, so a
device's effective limit is (processes × rate) unless the balancer pins devices or a shared limiter is used.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from guide_desk.central.errors import ApiError


class TokenBucket:
    """`rate` tokens a second up to `burst`, per key. Thread-safe; idle keys are forgotten."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when allowed, otherwise the seconds until a token is free."""
        now = time.monotonic()
        with self._lock:
            tokens, stamp = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - stamp) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1 - tokens) / self.rate
            if len(self._buckets) > 10_000:
                self._forget(now)
        return wait

    def check(self, key: str) -> None:
        wait = self.take(key)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise ApiError(429, "rate_limited", f"too many requests; retry in {seconds} s",
                           headers={"Retry-After": str(seconds)})

    def _forget(self, now: float) -> None:
        full_after = self.burst / self.rate
        for key, (_tokens, stamp) in list(self._buckets.items()):
            if now - stamp > full_after:
                del self._buckets[key]


_ESCAPED_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
"""`\u0000` in JSON text, but not `\\u0000` (an escaped backslash followed by the letters u0000)."""


class RequestGuard:
    """Refuses request bodies over `max_bytes` (413), whether or not Content-Length says so, and NUL
    characters in the query or the body (422) before any handler sees them."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query: bytes = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query or "\x00" in scope.get("path", ""):
            await self._refuse(send, 422, "invalid", "NUL characters are not allowed")
            return
        if scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send, 413, "too_large", f"request body is larger than {self.max_bytes} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send, 413, "too_large", f"request body is larger than {self.max_bytes} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if b"\x00" in body or (b"\\u0000" in body and _ESCAPED_NUL.search(body)):
            await self._refuse(send, 422, "invalid", "NUL characters are not allowed")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send, status: int, code: str, message: str) -> None:
        payload: dict[str, Any] = {"code": code, "message": message}
        body = json.dumps(payload).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
