# SPDX-License-Identifier: Apache-2.0
"""A suggestion's reason and best contact time in the UI language, from its kind and parameters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject


class SuggestionText(QObject):
    """Words for suggestions; a QObject so its strings are collected for translation like any page's."""

    def reason(self, kind: str, p: dict[str, Any]) -> str:
        if kind == "post_purchase":
            return self.tr("bought {product} {days} days ago — post-purchase care").format(**p)
        if kind == "birthday":
            return self.tr("birthday in {days} days ({date}) — birthday care").format(**p)
        if kind == "repurchase_due":
            return self.tr("last bought {days_since} days ago, usually every {median_days} — repurchase due").format(
                **p)
        if kind == "dormant":
            return self.tr("no purchase for {days_since} days, ¥{spent_yuan} spent — dormant high-value").format(**p)
        if kind == "tier_offer":
            tiers = {"tier_first": self.tr("first-time buyer"), "tier_repeat": self.tr("repeat buyer"),
                     "tier_vip": self.tr("regular customer")}
            return self.tr("{tier}, {purchases} purchases — repurchase offer").format(
                tier=tiers.get(p.get("tier", ""), ""), purchases=p.get("purchases", 0))
        if kind == "session_followup":
            return self.tr("had a 1v1 session yesterday — session follow-up")
        if kind == "points_expiring":
            return self.tr("{points} points expire on {date} — points reminder").format(**p)
        if kind == "new_arrival":
            return self.tr("new arrival {product} in size {size} matches their style").format(**p)
        if kind == "outfit":
            return self.tr("complete the look: {product} in size {size}").format(**p)
        return kind

    def hours(self, start: int | None, end: int | None) -> str:
        if start is None or end is None:
            return self.tr("any time")
        return self.tr("best {start}:00–{end}:00").format(start=start, end=end)
