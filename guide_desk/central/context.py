# SPDX-License-Identifier: Apache-2.0
"""What a request sees: the process's engine, settings and limiters, and the signed-in principal."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Engine

from guide_desk.central.limits import TokenBucket
from guide_desk.central.settings import CentralSettings


@dataclass
class Central:
    engine: Engine
    settings: CentralSettings
    device_limit: TokenBucket
    anonymous_limit: TokenBucket


def central(request: Request) -> Central:
    state: Central = request.app.state.central
    return state


def client_address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


@dataclass(frozen=True)
class Principal:
    """A signed-in guide on an enrolled device. Scope comes from here, never from the request body."""

    guide_id: str
    store_id: str
    role: str
    device_id: str
    session_id: str

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"

    @property
    def supervises(self) -> bool:
        return self.role in ("manager", "hq")

    def sees_store(self, store_id: str) -> bool:
        return self.is_hq or store_id == self.store_id

    def manages_store(self, store_id: str) -> bool:
        return self.is_hq or (self.role == "manager" and store_id == self.store_id)
