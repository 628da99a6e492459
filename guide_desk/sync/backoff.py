# SPDX-License-Identifier: Apache-2.0
"""When to try again: exponential backoff with full jitter after failures, the server's Retry-After when it
gave one, and the normal interval when all is well (DESIGN.md §4: retry on a timer, not only on edits)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from guide_desk.sync.errors import SyncError


@dataclass
class Backoff:
    interval_s: float = 60.0
    """Between rounds while everything works."""
    after_edit_s: float = 3.0
    """How soon an edit is pushed: a few seconds, so a burst of edits travels in one round."""
    base_s: float = 2.0
    cap_s: float = 300.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def succeeded(self) -> float:
        self.failures = 0
        return self.interval_s

    def failed(self, error: BaseException) -> float:
        """Seconds to wait after `error`: Retry-After when the server said so, else a random wait up to
        base·2^n (full jitter, so a store's PCs coming back online do not all call at once)."""
        self.failures += 1
        retry_after = error.retry_after if isinstance(error, SyncError) else None
        if retry_after is not None:
            return min(max(retry_after, 0.5), self.cap_s)
        ceiling = min(self.cap_s, self.base_s * 2 ** min(self.failures - 1, 16))
        return max(0.5, self.rng.uniform(0, ceiling))
