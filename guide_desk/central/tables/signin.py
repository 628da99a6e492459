# SPDX-License-Identifier: Apache-2.0
"""Password sign-in backoff and its audit trail (DESIGN.md §4: wrong passwords back off per account)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from guide_desk.central.tables.base import CentralTable, Field, json_field, utc_field


class LoginBackoff(CentralTable, table=True):
    """Consecutive failed password sign-ins of one key — `account:<login>` (whether or not the login exists,
    so a lockout tells nothing about which logins do) or `device:<id>` — and until when it is locked."""

    __tablename__ = "login_backoff"

    key: str = Field(primary_key=True)
    failures: int = 0
    last_failure_at: datetime = utc_field()
    locked_until: datetime | None = utc_field(nullable=True)


class SignInEvent(CentralTable, table=True):
    """One line of the server's sign-in audit: failures, lockouts and refusals while locked. No password,
    no token: the login as typed, the device and, when the login exists, the guide."""

    __tablename__ = "sign_in_event"

    id: str = Field(primary_key=True)
    at: datetime = utc_field(index=True)
    action: str = Field(index=True)
    login: str
    device_id: str = Field(index=True)
    guide_id: str | None = None
    detail: dict[str, Any] = json_field()
