# SPDX-License-Identifier: Apache-2.0
"""Knobs of one API process. Defaults suit a brand's stores; tests tighten them."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from guide_desk.errors import InvalidInput


@dataclass(frozen=True)
class CentralSettings:
    access_ttl_s: int = 15 * 60
    """A guide token lives this long; the client refreshes it with the refresh token."""
    refresh_ttl_s: int = 30 * 24 * 3600
    enrol_code_ttl_s: int = 72 * 3600
    rate_per_s: float = 20.0
    """Requests per second each device may make on average (token bucket, per process)."""
    rate_burst: int = 120
    anonymous_rate_per_s: float = 2.0
    """Per client address, for the endpoints that come before a token (enrol, refresh)."""
    anonymous_burst: int = 30
    max_body_bytes: int = 1_000_000
    tombstone_retention_days: int = 90
    """Tombstones and scope exits older than this may be purged; a cursor from before them gets 410."""

    @classmethod
    def from_env(cls) -> CentralSettings:
        """Defaults, overridden by GUIDE_DESK_CENTRAL_<NAME> variables (GUIDE_DESK_CENTRAL_RATE_PER_S=50)."""
        values: dict[str, float | int] = {}
        for field in fields(cls):
            name = f"GUIDE_DESK_CENTRAL_{field.name.upper()}"
            raw = os.environ.get(name)
            if raw is None:
                continue
            try:
                values[field.name] = float(raw) if field.type == "float" else int(raw)
            except ValueError:
                raise InvalidInput(name, f"'{raw}' is not a number") from None
        return cls(**values)  # type: ignore[arg-type]
