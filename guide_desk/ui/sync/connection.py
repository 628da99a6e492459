# SPDX-License-Identifier: Apache-2.0
"""The sync stack as the app's dialogs name it: built by guide_desk.sync.stack, the factory the CLI uses too."""

from __future__ import annotations

from guide_desk.sync.stack import LocalSyncState, SyncConnection, connect, local_state

__all__ = ["LocalSyncState", "SyncConnection", "connect", "local_state"]
