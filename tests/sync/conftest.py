# SPDX-License-Identifier: Apache-2.0
"""The sync client and engine against a real central API (tests/kits: central_fixtures, sync_kit, fault_kit)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the central API needs the central extra")


@pytest.fixture(autouse=True)
def _cheap_passwords(cheap_passwords: None) -> None:
    """Guides created here get cheap password hashes (see cheap_passwords)."""
