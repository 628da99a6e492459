# SPDX-License-Identifier: Apache-2.0
"""Phone numbers: normalise any written form to E.164 (phonenumbers), mask for display.

Pure, so the app and the central API normalise alike (one active customer per normalised phone).
"""

from __future__ import annotations

import phonenumbers

from guide_desk.errors import InvalidInput

DEFAULT_REGION = "CN"


def normalise_phone(raw: str, *, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    """'138 0013 8000', '+86-13800138000', '008613800138000' → '+8613800138000'."""
    text = raw.strip()
    if not text:
        raise InvalidInput(field, "is empty")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidInput(field, f"'{raw}' is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidInput(field, f"'{raw}' is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_digits(e164: str) -> str:
    """The digits a guide would type: '+8613800138000' → '13800138000'."""
    number = phonenumbers.parse(e164, None)
    return str(number.national_number)


def mask_phone(e164: str | None) -> str:
    """'+8613800138000' → '138****8000' (shown by default; the full number only on request)."""
    if not e164:
        return ""
    digits = national_digits(e164)
    if len(digits) < 7:
        return digits[:1] + "*" * (len(digits) - 1)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
