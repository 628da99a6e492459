# SPDX-License-Identifier: Apache-2.0
"""Who this PC is to the central API: enrolment (a device token) and one session per guide who signed in
on it with their server password (a refresh token each), plus the short-lived access token the sync engine
sends with. Secrets go to the keyring (sync.credentials); the non-secret facts (API URL, store, device id,
which guides are signed in and when their sessions need renewing) to the database's sync_state.

The server authorises each pushed edit as the guide who made it, provided that guide has a live session on
this PC (DESIGN.md §4), so any live session's access token will do for a round. Sessions are renewed
halfway through their life, so a guide who signed in once stays signed in while the PC syncs."""

from __future__ import annotations

import json
import logging
import platform
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.clock import utcnow
from guide_desk.db import replica
from guide_desk.sync.client import SyncClient
from guide_desk.sync.credentials import Credentials
from guide_desk.sync.errors import NotEnrolled, NotSignedIn, Unauthorized
from guide_desk.sync.protocol import GuideInfo, TokenResponse

log = logging.getLogger(__name__)
SESSIONS = "sync_sessions"
"""sync_state key: {login: {"id", "name", "role", "renew_after"}} of the guides signed in on this PC."""


@dataclass(frozen=True)
class SignedInGuide:
    login: str
    id: str
    name: str
    role: str
    renew_after: datetime


class SyncAuth:
    def __init__(self, engine: Engine, client: SyncClient, *, store_code: str | None = None) -> None:
        self.engine = engine
        self.client = client
        with Session(engine) as session:
            self.store_code = store_code or replica.get_state(session, "store_code") or ""
            self.guide_login = replica.get_state(session, "guide_login")
        self.credentials = Credentials(api_url=client.base_url, store_code=self.store_code)
        self._access: str | None = None
        self._access_login: str | None = None
        self._adopt_single_session()

    # ----------------------------------------------------------------------------------------- state

    @property
    def enrolled(self) -> bool:
        return bool(self.store_code) and self.credentials.device_token is not None

    @property
    def signed_in(self) -> bool:
        """Whether anyone is signed in for sync on this PC (a session the engine can send with)."""
        return self._access is not None or any(self.credentials.refresh_token(g.login) for g in self.guides())

    def guides(self) -> list[SignedInGuide]:
        """The guides signed in on this PC, the most recent sign-in first."""
        with Session(self.engine) as session:
            raw = json.loads(replica.get_state(session, SESSIONS) or "{}")
        found = [SignedInGuide(login=login, id=str(facts.get("id", "")), name=str(facts.get("name", login)),
                               role=str(facts.get("role", "guide")),
                               renew_after=datetime.fromisoformat(facts["renew_after"]))
                 for login, facts in raw.items()]
        return sorted(found, key=lambda g: (g.login != self.guide_login, -g.renew_after.timestamp()))

    def _remember(self, **values: str | None) -> None:
        with Session(self.engine) as session:
            for key, value in values.items():
                replica.set_state(session, key, value)
            session.commit()

    def _record(self, login: str, tokens: TokenResponse | None) -> None:
        """Store (or, with None, drop) one guide's session: the refresh token in the keyring, the facts in the
        database. Read-modify-write, so two windows signing different guides in keep both."""
        self.credentials.set_refresh_token(login, tokens.refresh_token if tokens is not None else None)
        with Session(self.engine) as session:
            raw: dict[str, Any] = json.loads(replica.get_state(session, SESSIONS) or "{}")
            if tokens is None:
                raw.pop(login, None)
            else:
                guide = tokens.guide
                renew = utcnow() + timedelta(seconds=tokens.refresh_expires_in / 2)
                raw[login] = {"id": guide.id, "name": guide.name, "role": guide.role, "renew_after": renew.isoformat()}
            replica.set_state(session, SESSIONS, json.dumps(raw, ensure_ascii=False) if raw else None)
            session.commit()

    def _adopt_single_session(self) -> None:
        """An install from before per-guide sessions kept one refresh token: it becomes that guide's."""
        if not self.store_code or self.guide_login is None or any(g.login == self.guide_login for g in self.guides()):
            return
        secret = self.credentials.take_single_refresh_token()
        if secret is None:
            return
        self.credentials.set_refresh_token(self.guide_login, secret)
        with Session(self.engine) as session:
            raw: dict[str, Any] = json.loads(replica.get_state(session, SESSIONS) or "{}")
            raw[self.guide_login] = {"renew_after": utcnow().isoformat()}  # renewed (and described) next round
            replica.set_state(session, SESSIONS, json.dumps(raw))
            session.commit()

    # ---------------------------------------------------------------------------------------- actions

    def enrol(self, *, store_code: str, enrolment_code: str, device_name: str | None = None) -> str:
        """Trade a one-time code for this PC's device token; returns the device id. Sessions of an earlier
        enrolment end with it."""
        reply = self.client.enrol(store_code=store_code, enrolment_code=enrolment_code,
                                  device_name=device_name or platform.node()[:100])
        for guide in self.guides():
            self._record(guide.login, None)
        self.store_code = reply.store_code
        self.credentials = Credentials(api_url=self.client.base_url, store_code=reply.store_code)
        self.credentials.device_token = reply.device_token
        self._access = self._access_login = None
        self.guide_login = None
        self._remember(api_url=self.client.base_url, store_code=reply.store_code, store_id=reply.store_id,
                       device_id=reply.device_id, guide_login=None)
        log.info("enrolled as device %s of store %s", reply.device_id, reply.store_code)
        return reply.device_id

    def login(self, *, login: str, password: str) -> GuideInfo:
        """Sign a guide in on this PC (their own session, beside the others'); their edits can then sync."""
        device_token = self.credentials.device_token
        if not self.store_code or device_token is None:
            raise NotEnrolled("this PC is not enrolled yet: enrol it with the store's code first")
        tokens = self.client.login(device_token=device_token, login=login, password=password)
        self._record(tokens.guide.login, tokens)
        self._access, self._access_login = tokens.access_token, tokens.guide.login
        self.guide_login = tokens.guide.login
        self._remember(guide_login=tokens.guide.login)
        return tokens.guide

    def _renew(self, login: str) -> TokenResponse | None:
        """New tokens for one guide's session; None (and the session forgotten) when it has ended."""
        refresh = self.credentials.refresh_token(login)
        if refresh is None:
            self._record(login, None)
            return None
        try:
            tokens = self.client.refresh(refresh_token=refresh)
        except Unauthorized:
            log.info("the sync session of %s has ended (signed out, deactivated or expired)", login)
            self._record(login, None)
            if login == self._access_login:
                self._access = None
            return None
        self._record(login, tokens)
        if login == self._access_login or self._access is None:  # the rotated pair replaces the one in use
            self._access, self._access_login = tokens.access_token, login
        return tokens

    def access_token(self) -> str:
        if self._access is not None:
            return self._access
        if not self.enrolled:
            raise NotEnrolled("this PC is not enrolled yet: enrol it with the store's code first")
        for guide in self.guides():
            tokens = self._renew(guide.login)
            if tokens is not None:
                return tokens.access_token
        raise NotSignedIn("nobody is signed in for sync on this PC; sign in again")

    def keep_alive(self) -> None:
        """Renew the sessions that are halfway through their life (a guide who signed in weeks ago keeps
        their edits syncing); sessions the server ended are forgotten."""
        if not self.enrolled:
            return
        now = utcnow()
        for guide in self.guides():
            if guide.renew_after <= now:
                self._renew(guide.login)

    def drop_access(self) -> None:
        self._access = None
