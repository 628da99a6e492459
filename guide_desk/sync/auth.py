# SPDX-License-Identifier: Apache-2.0
"""Who this PC is to the central API: enrolment (a device token), a guide's sign-in (a refresh token), and
the short-lived access token made from it. Secrets go to the keyring (sync.credentials); the non-secret
facts (API URL, store, device id, who signed in) to the database's sync_state."""

from __future__ import annotations

import logging
import platform

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.db import replica
from guide_desk.sync.client import SyncClient
from guide_desk.sync.credentials import Credentials
from guide_desk.sync.errors import NotEnrolled, NotSignedIn, Unauthorized
from guide_desk.sync.protocol import GuideInfo

log = logging.getLogger(__name__)


class SyncAuth:
    def __init__(self, engine: Engine, client: SyncClient, *, store_code: str | None = None) -> None:
        self.engine = engine
        self.client = client
        with Session(engine) as session:
            self.store_code = store_code or replica.get_state(session, "store_code") or ""
            self.guide_login = replica.get_state(session, "guide_login")
        self.credentials = Credentials(api_url=client.base_url, store_code=self.store_code)
        self._access: str | None = None

    @property
    def enrolled(self) -> bool:
        return bool(self.store_code) and self.credentials.device_token is not None

    @property
    def signed_in(self) -> bool:
        return self._access is not None or self.credentials.refresh_token is not None

    def _remember(self, **values: str | None) -> None:
        with Session(self.engine) as session:
            for key, value in values.items():
                replica.set_state(session, key, value)
            session.commit()

    def enrol(self, *, store_code: str, enrolment_code: str, device_name: str | None = None) -> str:
        """Trade a one-time code for this PC's device token; returns the device id."""
        reply = self.client.enrol(store_code=store_code, enrolment_code=enrolment_code,
                                  device_name=device_name or platform.node()[:100])
        self.store_code = reply.store_code
        self.credentials = Credentials(api_url=self.client.base_url, store_code=reply.store_code)
        self.credentials.device_token = reply.device_token
        self.credentials.refresh_token = None
        self._access = None
        self._remember(api_url=self.client.base_url, store_code=reply.store_code, store_id=reply.store_id,
                       device_id=reply.device_id, guide_login=None)
        log.info("enrolled as device %s of store %s", reply.device_id, reply.store_code)
        return reply.device_id

    def login(self, *, login: str, password: str) -> GuideInfo:
        device_token = self.credentials.device_token
        if not self.store_code or device_token is None:
            raise NotEnrolled("this PC is not enrolled yet: enrol it with the store's code first")
        tokens = self.client.login(device_token=device_token, login=login, password=password)
        self.credentials.refresh_token = tokens.refresh_token
        self._access = tokens.access_token
        self.guide_login = tokens.guide.login
        self._remember(guide_login=tokens.guide.login)
        return tokens.guide

    def access_token(self) -> str:
        if self._access is not None:
            return self._access
        if not self.enrolled:
            raise NotEnrolled("this PC is not enrolled yet: enrol it with the store's code first")
        refresh = self.credentials.refresh_token
        if refresh is None:
            raise NotSignedIn("nobody is signed in for sync on this PC")
        try:
            tokens = self.client.refresh(refresh_token=refresh)
        except Unauthorized:
            self.credentials.refresh_token = None
            raise NotSignedIn("the sync sign-in has expired; sign in again") from None
        self.credentials.refresh_token = tokens.refresh_token
        self._access = tokens.access_token
        return self._access

    def drop_access(self) -> None:
        self._access = None
