# SPDX-License-Identifier: Apache-2.0
"""The app's own SQLModel registry, so its tables never mix with the central API's."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from guide_desk.db.types import UTCDateTime

app_registry = registry()


class AppTable(SQLModel, registry=app_registry):
    """Base of every local table."""


def utc_field(*, index: bool = False, nullable: bool = False, default: Any = None) -> Any:
    """A timezone-aware datetime column."""
    return Field(default=default, sa_type=UTCDateTime, index=index, nullable=nullable)


def json_field(*, default_factory: Any = dict) -> Any:
    return Field(default_factory=default_factory, sa_type=JSON)


__all__ = ["AppTable", "Field", "app_registry", "date", "datetime", "json_field", "utc_field"]
