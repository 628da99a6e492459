# SPDX-License-Identifier: Apache-2.0
"""Store opening hours, for the app's modules that speak of them: the rule itself lives in
guide_desk.model.rules.slots, shared with the central API."""

from __future__ import annotations

from guide_desk.model.rules.slots import StoreHours, local_span

__all__ = ["StoreHours", "local_span"]
