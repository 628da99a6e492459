# SPDX-License-Identifier: Apache-2.0
"""A pushed edit the server refused, as both sides keep it: the server for IT, the device for the guide."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import SQLModel

from guide_desk.model.columns import Field, json_field, utc_field


class RejectionBase(SQLModel):
    """The mutation (entity, id, payload) and why it was refused (`code`, `message`)."""

    id: str = Field(primary_key=True)
    mutation_id: int
    entity: str
    entity_id: str
    code: str
    message: str = ""
    payload: dict[str, Any] = json_field()
    at: datetime = utc_field()
