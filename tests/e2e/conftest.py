# SPDX-License-Identifier: Apache-2.0
"""End to end: the demo, first run and sync as a user meets them, against a real central API
(fixtures in tests/kits/central_fixtures.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the central API needs the central extra")


@pytest.fixture(autouse=True)
def _cheap_passwords(cheap_passwords: None) -> None:
    """Guides created here get cheap password hashes (see cheap_passwords)."""
