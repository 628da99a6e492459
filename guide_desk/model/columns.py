# SPDX-License-Identifier: Apache-2.0
"""Field helpers for the entity bases: how a field becomes a column on either side.

A text field with a length limit keeps an unsized column (`AutoString`): the limit is a rule of the model,
checked by validation on both sides, and stays out of the schemas both sets of migrations built."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field
from sqlmodel.sql.sqltypes import AutoString

from guide_desk.model.types import UTCDateTime


def utc_field(*, index: bool = False, nullable: bool = False, default: Any = None) -> Any:
    """A timezone-aware datetime column."""
    return Field(default=default, sa_type=UTCDateTime, index=index, nullable=nullable)


def json_field(*, default_factory: Any = dict) -> Any:
    return Field(default_factory=default_factory, sa_type=JSON)


def text_field(*, default: Any = ..., max_length: int, min_length: int | None = None) -> Any:
    """Text with a length limit the model checks, in an unsized column."""
    return Field(default=default, max_length=max_length, min_length=min_length, sa_type=AutoString)


__all__ = ["Field", "json_field", "text_field", "utc_field"]
