# SPDX-License-Identifier: Apache-2.0
"""Client-generated ids: UUIDv7 as text, so ids sort by creation time across devices."""

from __future__ import annotations

import os
import random
import time
import uuid


def uuid7(*, ms: int | None = None, rand: random.Random | None = None) -> str:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version, 74 random bits.

    `ms` and `rand` make ids reproducible for the demo store; normal callers pass neither.
    """
    stamp = int(time.time() * 1000) if ms is None else ms
    tail = int.from_bytes(os.urandom(10), "big") if rand is None else rand.getrandbits(80)
    value = (stamp & 0xFFFF_FFFF_FFFF) << 80 | tail
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC variant
    return str(uuid.UUID(int=value))
