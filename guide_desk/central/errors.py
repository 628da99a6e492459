# SPDX-License-Identifier: Apache-2.0
"""Errors as JSON `{code, message}` everywhere — never HTML, never a traceback.

`ApiError` ends a request with a status; `Reject` ends one mutation of a push as rejected{code}."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from guide_desk.sync.protocol import ErrorBody

log = logging.getLogger(__name__)
_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 409: "conflict", 410: "gone", 413: "too_large", 415: "unsupported_media",
                 422: "invalid", 429: "rate_limited", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


class Reject(Exception):
    """A mutation the server refuses: acknowledged as rejected, kept server-side, never blocks the queue."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(code=code, message=message).model_dump(), status_code=status, headers=headers)


def describe_validation(errors: Any) -> str:
    """'mutations.0.entity_id: String should have at most 64 characters' — the first problem, named."""
    if not errors:
        return "invalid request"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()) if part not in ("body", "query"))
    return f"{where}: {first.get('msg', 'is invalid')}" if where else str(first.get("msg", "is invalid"))


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid", describe_validation(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", "internal server error; it has been logged")


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (400, "bad request"), (401, "no token, or an expired or revoked one"),
        (403, "the token's role or store may not do this"),
        (404, "no such record in the caller's scope, or a key in the body (SKU, store or template code) names "
              "nothing stored"),
        (409, "conflicts with what is stored"), (410, "cursor older than tombstone retention: resync"),
        (413, "request body too large"), (422, "invalid request (including NUL characters anywhere)"),
        (429, "rate limited, or too many failed sign-ins; see Retry-After"),
        (503, "the database is busy; retry after Retry-After"),
    )
}
"""Documented on every operation, so each error answer matches the published schema."""
