# SPDX-License-Identifier: Apache-2.0
"""Search keys derived from a name, for the app's modules that warm or use them: the rule itself lives in
guide_desk.model.rules.search_columns, shared with sync."""

from __future__ import annotations

from guide_desk.model.rules.search_columns import given_name, pinyin_keys

__all__ = ["given_name", "pinyin_keys"]
