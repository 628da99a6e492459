# SPDX-License-Identifier: Apache-2.0
"""A field value as JSON holds it: dates and times as ISO 8601 text, everything else as it is."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value
