# SPDX-License-Identifier: Apache-2.0
"""Auth: a store PC enrols once (store code + one-time code → device token); each guide signs in on it
(login + password → a short-lived access token and a rotating refresh token). Only token hashes are stored;
a revoked device, an ended session or a deactivated guide is refused on the very next request."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Row, insert, select, update

from guide_desk.central import lockout
from guide_desk.central.context import Central, Principal, central, client_address
from guide_desk.central.engine import write_tx
from guide_desk.central.errors import ERRORS, ApiError
from guide_desk.central.security import (
    burn_password_time,
    new_token,
    normalise_code,
    token_hash,
    verify_password,
)
from guide_desk.central.tables import Device, EnrolmentCode, Guide, GuideSession, Store, table
from guide_desk.clock import utcnow
from guide_desk.ids import uuid7
from guide_desk.sync.protocol import (
    EnrolRequest,
    EnrolResponse,
    GuideInfo,
    LoginRequest,
    RefreshRequest,
    TokenResponse,
)

bearer = HTTPBearer(auto_error=False, description="a device token (sign-in) or a guide's access token")
router = APIRouter(prefix="/auth", tags=["auth"], responses=ERRORS)
_session, _device, _guide = table(GuideSession), table(Device), table(Guide)
_store, _code = table(Store), table(EnrolmentCode)


def _unauthorized(message: str = "the token is unknown, expired or revoked") -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def _token(credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or not credentials.credentials:
        raise _unauthorized("sign in first: send Authorization: Bearer <token>")
    return credentials.credentials


def _session_row(state: Central, column: str, token: str) -> Row[Any] | None:
    """The session whose `column` (access_hash or refresh_hash) matches the token, with device and guide."""
    statement = (
        select(_session, _device.c.revoked_at.label("device_revoked_at"), _guide.c.store_id, _guide.c.role,
               _guide.c.active, _guide.c.login, _guide.c.name)
        .join(_device, _device.c.id == _session.c.device_id)
        .join(_guide, _guide.c.id == _session.c.guide_id)
        .where(_session.c[column] == token_hash(token))
    )
    with state.engine.connect() as conn:
        return conn.execute(statement).first()


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def current_guide(request: Request, credentials: Credentials) -> Principal:
    """The signed-in guide, or 401. Also where each device's rate limit is taken."""
    state = central(request)
    row = _session_row(state, "access_hash", _token(credentials))
    now = utcnow()
    if (row is None or row.revoked_at is not None or row.device_revoked_at is not None or not row.active
            or row.access_expires_at <= now):
        raise _unauthorized()
    state.device_limit.check(row.device_id)
    return Principal(guide_id=row.guide_id, store_id=row.store_id, role=row.role, device_id=row.device_id,
                     session_id=row.id)


SignedIn = Annotated[Principal, Depends(current_guide)]
"""A route parameter: the signed-in guide (401 otherwise)."""


def require_hq(who: SignedIn) -> Principal:
    if not who.is_hq:
        raise ApiError(403, "forbidden", f"HQ only (signed in as {who.role})")
    return who


HQ = Annotated[Principal, Depends(require_hq)]
"""A route parameter: a signed-in HQ user (403 for other roles)."""


def current_device(request: Request, credentials: Credentials) -> Row[Any]:
    state = central(request)
    token = _token(credentials)
    with state.engine.connect() as conn:
        row = conn.execute(select(_device).where(_device.c.token_hash == token_hash(token))).first()
    if row is None or row.revoked_at is not None:
        raise _unauthorized("this device is not enrolled, or was revoked: enrol it again")
    state.device_limit.check(row.id)
    return row


@router.post("/enrol", response_model=EnrolResponse, summary="Enrol a store PC with a one-time code")
def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
    state = central(request)
    state.anonymous_limit.check(f"ip:{client_address(request)}")
    refused = ApiError(401, "invalid_enrolment", "unknown store code, or the enrolment code is wrong, used or expired")
    token = new_token("gdd_")
    with write_tx(state.engine) as tx:
        store = tx.conn.execute(select(_store.c.id, _store.c.code).where(_store.c.code == body.store_code)).first()
        if store is None:
            raise refused
        code = tx.conn.execute(select(_code).where(
            _code.c.code_hash == token_hash(normalise_code(body.enrolment_code)))).first()
        if code is None or code.store_id != store.id or code.used_at is not None or code.expires_at <= tx.now:
            raise refused
        device_id = uuid7()
        tx.conn.execute(insert(_device).values(id=device_id, store_id=store.id, name=body.device_name.strip(),
                                               token_hash=token_hash(token), created_at=tx.now))
        tx.conn.execute(update(_code).where(_code.c.code_hash == code.code_hash)
                        .values(used_at=tx.now, device_id=device_id))
    return EnrolResponse(device_id=device_id, device_token=token, store_id=store.id, store_code=store.code)


def _issue(state: Central, guide: GuideInfo, device_id: str, session_id: str | None) -> TokenResponse:
    settings = state.settings
    access, refresh = new_token("gda_"), new_token("gdr_")
    with write_tx(state.engine) as tx:
        values = {"access_hash": token_hash(access), "refresh_hash": token_hash(refresh),
                  "access_expires_at": tx.now + timedelta(seconds=settings.access_ttl_s),
                  "refresh_expires_at": tx.now + timedelta(seconds=settings.refresh_ttl_s)}
        if session_id is None:
            tx.conn.execute(insert(_session).values(id=uuid7(), guide_id=guide.id, device_id=device_id,
                                                    created_at=tx.now, **values))
        else:
            tx.conn.execute(update(_session).where(_session.c.id == session_id).values(**values))
    return TokenResponse(access_token=access, refresh_token=refresh, expires_in=settings.access_ttl_s,
                         refresh_expires_in=settings.refresh_ttl_s, guide=guide)


@router.post("/login", response_model=TokenResponse, summary="Sign a guide in on an enrolled device")
def login(body: LoginRequest, request: Request, device: Annotated[Row[Any], Depends(current_device)]) -> TokenResponse:
    """After 5 wrong passwords in a row for one login, or on one device, sign-in there is locked for a
    minute, doubling with each further failure up to an hour: 429 `too_many_attempts` with Retry-After.
    Unknown logins count the same, so a lockout does not tell which logins exist."""
    state = central(request)
    lockout.refuse_if_locked(state.engine, login=body.guide_id, device_id=device.id)
    with state.engine.connect() as conn:
        guide = conn.execute(select(_guide).where(_guide.c.login == body.guide_id)).first()
    if guide is None:
        burn_password_time(body.password)
    if guide is None or not verify_password(body.password, guide.password_hash) or not guide.active:
        lockout.record_failure(state.engine, login=body.guide_id, device_id=device.id,
                               guide_id=guide.id if guide is not None else None)
        raise ApiError(401, "invalid_credentials", "wrong guide id or password")
    lockout.record_success(state.engine, login=body.guide_id)
    if guide.store_id != device.store_id:
        raise ApiError(403, "wrong_store", "this guide belongs to another store than this device")
    info = GuideInfo(id=guide.id, login=guide.login, name=guide.name, role=guide.role, store_id=guide.store_id)
    return _issue(state, info, device.id, None)


@router.post("/refresh", response_model=TokenResponse, summary="Trade a refresh token for new tokens")
def refresh(body: RefreshRequest, request: Request) -> TokenResponse:
    """The refresh token rotates: the old one stops working."""
    state = central(request)
    state.anonymous_limit.check(f"ip:{client_address(request)}")
    row = _session_row(state, "refresh_hash", body.refresh_token)
    if (row is None or row.revoked_at is not None or row.device_revoked_at is not None or not row.active
            or row.refresh_expires_at <= utcnow()):
        raise _unauthorized("the refresh token is unknown, expired or revoked: sign in again")
    info = GuideInfo(id=row.guide_id, login=row.login, name=row.name, role=row.role, store_id=row.store_id)
    return _issue(state, info, row.device_id, row.id)


@router.post("/logout", status_code=204, response_class=Response, summary="End this guide session")
def logout(request: Request, who: SignedIn) -> Response:
    with write_tx(central(request).engine) as tx:
        tx.conn.execute(update(_session).where(_session.c.id == who.session_id).values(revoked_at=tx.now))
    return Response(status_code=204)


@router.get("/me", response_model=GuideInfo, summary="Who the token belongs to")
def me(request: Request, who: SignedIn) -> GuideInfo:
    with central(request).engine.connect() as conn:
        guide = conn.execute(select(_guide).where(_guide.c.id == who.guide_id)).one()
    return GuideInfo(id=guide.id, login=guide.login, name=guide.name, role=guide.role, store_id=guide.store_id)
