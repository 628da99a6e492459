# SPDX-License-Identifier: Apache-2.0
"""The central API's own SQLModel registry, so its tables never mix with the app's (DESIGN.md §2 rule 4)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import JSON, BigInteger, Table
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from guide_desk.central.types import UTCDateTime

central_registry = registry()


class CentralTable(SQLModel, registry=central_registry):
    """Base of every central table. Queries use SQLAlchemy Core on `table(Model)`: set-based and fast."""


def table(model: type[CentralTable]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def utc_field(*, index: bool = False, nullable: bool = False, default: Any = None) -> Any:
    return Field(default=default, sa_type=UTCDateTime, index=index, nullable=nullable)


def json_field(*, default_factory: Any = dict) -> Any:
    return Field(default_factory=default_factory, sa_type=JSON)


def version_field() -> Any:
    """The server version of the row's last write (DESIGN.md §4): unique, in commit order."""
    return Field(default=0, sa_type=BigInteger)


__all__ = ["CentralTable", "Field", "central_registry", "json_field", "table", "utc_field", "version_field"]
