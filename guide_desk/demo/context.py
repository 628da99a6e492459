# SPDX-License-Identifier: Apache-2.0
"""What every demo generator shares: the seeded RNG, the anchor ("today") and the scale of the store.

Time inside the generators is integer Unix seconds (cheap to add and compare); rows get aware UTC
datetimes through `Ctx.dt`. Day offsets are relative to the anchor's local midnight in Asia/Shanghai.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from guide_desk.clock import STORE_TZ
from guide_desk.errors import InvalidInput
from guide_desk.ids import uuid7

DAY = 86_400
HOUR = 3_600
PURCHASE_DAYS = 730  # two years of purchase history before the anchor

# size → (customers, products, looks)
SCALES = {"S": (1_000, 300, 24), "M": (10_000, 1_500, 80), "L": (100_000, 5_000, 240)}


@dataclass(frozen=True)
class StoreInfo:
    id: str
    code: str
    name: str
    city: str


@dataclass(frozen=True)
class GuideInfo:
    id: str
    store: int  # index into Ctx.stores
    login: str
    name: str
    role: str


@dataclass
class Ctx:
    """Seeded state shared by the generators; `rng` is the only source of randomness."""

    rng: random.Random
    anchor: date
    customers: int
    products: int
    looks: int
    day0: int  # Unix seconds of the anchor's local midnight
    stores: list[StoreInfo] = field(default_factory=list)
    guides: list[GuideInfo] = field(default_factory=list)

    @classmethod
    def create(cls, *, size: str, seed: int, anchor: date) -> Ctx:
        if size not in SCALES:
            raise InvalidInput("size", f"must be one of {', '.join(SCALES)} (got '{size}')")
        customers, products, looks = SCALES[size]
        midnight = datetime.combine(anchor, time(0), tzinfo=STORE_TZ)
        return cls(random.Random(seed), anchor, customers, products, looks, int(midnight.timestamp()))

    def new_id(self, sec: int) -> str:
        """A UUIDv7 stamped `sec` (Unix seconds), its random bits from the seeded RNG."""
        return uuid7(ms=sec * 1000, rand=self.rng)

    def day_sec(self, day: int) -> int:
        """Unix seconds of local midnight `day` days after the anchor (negative: before)."""
        return self.day0 + day * DAY

    def day_date(self, day: int) -> date:
        return self.anchor + timedelta(days=day)

    def store_guides(self, store: int, *, staff_only: bool = False) -> list[GuideInfo]:
        return [g for g in self.guides if g.store == store and (not staff_only or g.role == "guide")]


def dt(sec: int) -> datetime:
    """Aware UTC datetime of Unix seconds."""
    return datetime.fromtimestamp(sec, UTC)
