# SPDX-License-Identifier: Apache-2.0
"""Value types of request bodies whose validation is exactly what their JSON Schema says, so the published
OpenAPI document and the server agree (pydantic's lax mode would take more than the schema allows):

- `WireInt`: a JSON integer. JSON Schema counts 2478.0 as an integer, so an integral float is taken too;
  strings ("5"), booleans and fractions are refused.
- `WireDate`: a full date "2030-09-01" (format: date) — never a number, never a date-time.
- `WireDatetime`: an RFC 3339 date-time with an offset (format: date-time) — never a number (pydantic
  would read 0 as 1970-01-01) and never a space-separated or offset-less one; years 1000–9998, in UTC.

NUL characters are refused in every request (central/limits.py) and the document says so (central/openapi.py).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator, Strict, WithJsonSchema

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
YEARS_1000_TO_9998 = "^(?:[1-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-"
"""A time's year, in the schema too: at the edges of the calendar an offset has no UTC moment to store."""
_YEAR = re.compile(YEARS_1000_TO_9998)


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
        if not _YEAR.match(value):
            raise ValueError("must be in the years 1000 to 9998")
        return value
    raise ValueError("must be a date-time with a time zone, like 2030-09-01T10:00:00+08:00")


def _in_utc(value: datetime) -> datetime:
    """Stored in UTC: 0001-01-01T00:00+01:00 has no UTC moment (and would fail the insert)."""
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError("is outside the years a time can be stored in") from None


WireInt = Annotated[int, BeforeValidator(_whole), Strict()]
WireDate = Annotated[date, BeforeValidator(_date)]
WireDatetime = Annotated[AwareDatetime, BeforeValidator(_datetime), AfterValidator(_in_utc),
                         WithJsonSchema({"type": "string", "format": "date-time", "pattern": YEARS_1000_TO_9998})]
