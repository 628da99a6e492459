# SPDX-License-Identifier: Apache-2.0
"""The central API's own tests; their fixtures (a database per test, a live server, a brand) are in
tests/kits/central_fixtures.py, shared with the sync, end-to-end and benchmark tests."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the central API needs the central extra")


@pytest.fixture(autouse=True)
def _cheap_passwords(cheap_passwords: None) -> None:
    """Guides created here get cheap password hashes (see cheap_passwords)."""
