# SPDX-License-Identifier: Apache-2.0
"""Regression, through the fault suite's machine: on the second store's PC (store_wide_view off) b2 tags
their customer, then their session there ends. The refused tag change rewinds the pull to cursor 0, which
the server takes as the PC's full download of its new scope, so no 410 ever comes; the PC used to keep b2's
customer and its note for good."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_sync_faults import SyncMachine, World

from guide_desk.db.migrate import open_database


def test_ended_session_with_a_queued_edit_leaves_no_customer_behind(tmp_path: Path, org: Any,
                                                                     data_dir: Path) -> None:
    SyncMachine.world = World(tmp_path, org, data_dir, open_database(data_dir))
    state = SyncMachine()
    state.start(seed=891, skew_days=[-1, -1, -1], fault_rate=0.1, crash_rate=0.0, devices=3)
    state.back_up_server()
    state.change_tag(add=True, author=1, pc=3, pick=9, tag=1)
    state.change_tag(add=False, author=0, pc=2, pick=48, tag=0)
    state.note(author=1, pc=2, pick=8)
    state.create(author=0, pc=0, phone="13800000003")
    state.end_session()
    state.sync(pc=3)
    state.archive(pc=2, pick=11)
    state.reassign(pc=2, pick=7)
    state.create(author=0, pc=1, phone="13800000001")
    state.edit_field(author=0, field="size_top", pc=1, pick=16, value=1)
    state.teardown()  # heals the network, syncs every PC and compares each with a fresh download
