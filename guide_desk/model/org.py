# SPDX-License-Identifier: Apache-2.0
"""Stores and guides as both sides know them: what the server sends and both schemas store."""

from __future__ import annotations

from sqlmodel import SQLModel

from guide_desk.model.columns import Field


class StoreBase(SQLModel):
    """A physical store; opening hours are local wall-clock "HH:MM" in the store's zone."""

    id: str = Field(primary_key=True)
    code: str = Field(unique=True)
    name: str
    city: str = ""
    timezone: str = "Asia/Shanghai"
    opens_at: str = "10:00"
    closes_at: str = "22:00"


class GuideBase(SQLModel):
    """A shopping guide, manager or HQ user. Deactivated, never deleted: history keeps their name."""

    id: str = Field(primary_key=True)
    store_id: str = Field(foreign_key="store.id", index=True)
    login: str = Field(unique=True)
    name: str
    role: str = "guide"
    active: bool = True
