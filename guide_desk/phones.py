# SPDX-License-Identifier: Apache-2.0
"""Phone numbers, for the modules that still import them from here: the rule lives in
guide_desk.model.rules.phones, shared by the app and the central API."""

from __future__ import annotations

from guide_desk.model.rules.phones import DEFAULT_REGION, mask_phone, national_digits, normalise_phone

__all__ = ["DEFAULT_REGION", "mask_phone", "national_digits", "normalise_phone"]
