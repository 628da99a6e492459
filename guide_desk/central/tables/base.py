# SPDX-License-Identifier: Apache-2.0
"""The central API's own SQLModel registry, so its tables never mix with the app's (DESIGN.md §2 rule 4)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import BigInteger, Table
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from guide_desk.model.columns import json_field, utc_field

central_registry = registry()


class CentralTable(SQLModel, registry=central_registry):
    """Base of every central table. Queries use SQLAlchemy Core on `table(Model)`: set-based and fast."""


def table(model: type[CentralTable]) -> Table:
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def version_field() -> Any:
    """The server version of the row's last write (DESIGN.md §4): unique, in commit order."""
    return Field(default=0, sa_type=BigInteger)


__all__ = ["CentralTable", "Field", "central_registry", "json_field", "table", "utc_field", "version_field"]
