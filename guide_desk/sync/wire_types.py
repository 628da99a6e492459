# SPDX-License-Identifier: Apache-2.0
"""Value types of request bodies whose validation is exactly what their JSON Schema says, so the published
OpenAPI document and the server agree (pydantic's lax mode would take more than the schema allows):

- `WireInt`: a JSON integer. JSON Schema counts 2478.0 as an integer, so an integral float is taken too;
  strings ("5"), booleans and fractions are refused.
- `WireDate`: a full date "2030-09-01" (format: date) — never a number, never a date-time.
- `WireDatetime`: an RFC 3339 date-time with an offset (format: date-time) — never a number (pydantic
  would read 0 as 1970-01-01) and never a space-separated or offset-less one.

NUL characters are refused in every request (central/limits.py) and the document says so (central/openapi.py).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, BeforeValidator, Strict

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def _whole(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _date(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value):
        return value
    raise ValueError("must be a date like 2030-09-01")


def _datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        return value
    raise ValueError("must be a date-time with a time zone, like 2030-09-01T10:00:00+08:00")


WireInt = Annotated[int, BeforeValidator(_whole), Strict()]
WireDate = Annotated[date, BeforeValidator(_date)]
WireDatetime = Annotated[AwareDatetime, BeforeValidator(_datetime)]
