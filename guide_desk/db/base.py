# SPDX-License-Identifier: Apache-2.0
"""The app's own SQLModel registry, so its tables never mix with the central API's."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from guide_desk.model.columns import json_field, utc_field

app_registry = registry()


class AppTable(SQLModel, registry=app_registry):
    """Base of every local table."""


__all__ = ["AppTable", "Field", "app_registry", "date", "datetime", "json_field", "utc_field"]
