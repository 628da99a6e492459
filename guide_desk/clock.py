# SPDX-License-Identifier: Apache-2.0
"""Time in one place: timezone-aware UTC everywhere, the store's zone only for display and hours."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from guide_desk.errors import InvalidInput

STORE_TZ = ZoneInfo("Asia/Shanghai")


def utcnow() -> datetime:
    return datetime.now(UTC)


def require_aware(field: str, value: datetime) -> datetime:
    """Reject naive datetimes: a wall-clock time without a zone is ambiguous across store PCs."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(field, "needs a time zone")
    return value.astimezone(UTC)
