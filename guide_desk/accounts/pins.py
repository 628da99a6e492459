# SPDX-License-Identifier: Apache-2.0
"""PIN hashing with scrypt (a slow, memory-hard KDF from the standard library).

A 4–8 digit PIN has little entropy, so the cost factor is what protects a stolen database; a store may
require 6 digits (accounts/pin_policy.py), and wrong PINs lock the guide out (accounts/pin_lock.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from guide_desk.errors import InvalidInput

MIN_PIN, MAX_PIN = 4, 8
_N, _R, _P = 2**14, 8, 1


def validate_pin(pin: str, *, min_digits: int = MIN_PIN) -> str:
    """A usable PIN: digits only, `min_digits` (the store's policy, 4 or 6) to MAX_PIN long, not one digit."""
    if not pin.isdigit():
        raise InvalidInput("pin", "must be digits only")
    if not min_digits <= len(pin) <= MAX_PIN:
        raise InvalidInput("pin", f"must be {min_digits}–{MAX_PIN} digits (got {len(pin)})")
    if len(set(pin)) == 1:
        raise InvalidInput("pin", "must not repeat one digit")
    return pin


def hash_pin(pin: str) -> str:
    validate_pin(pin)
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    actual = hashlib.scrypt(pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    return hmac.compare_digest(actual, expected)
