# SPDX-License-Identifier: Apache-2.0
"""`guide-desk bench`: the measurements run and pair each number with its baseline."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the central API needs the central extra")


@pytest.fixture(autouse=True)
def _cheap_passwords(cheap_passwords: None) -> None:
    """Guides created here get cheap password hashes (see cheap_passwords)."""
