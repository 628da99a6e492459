# SPDX-License-Identifier: Apache-2.0
"""Regression, through the fault suite's machine: pc2 creates a customer as g1, who never signed in there, so
the server refuses it; pc2 dies before recording the reply. The retry used to be answered `duplicate`, so the
PC never learnt of the refusal and kept the refused customer for good."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_sync_faults import SyncMachine, World

from guide_desk.db.migrate import open_database


def test_refused_create_whose_reply_was_not_recorded_leaves_no_customer_behind(tmp_path: Path, org: Any,
                                                                               data_dir: Path) -> None:
    SyncMachine.world = World(tmp_path, org, data_dir, open_database(data_dir))
    state = SyncMachine()
    state.start(seed=177, crash_rate=0.1, fault_rate=0.1, devices=3, skew_days=[-1, -1, -1])
    state.create(author=1, pc=3, phone="13800000002")
    state.create(author=0, pc=2, phone="13800000001")
    state.sync(pc=3)
    state.complete(author=0, outcome="purchased", pc=1, pick=5)
    state.edit_field(author=1, field="style_prefs", pc=2, pick=27, value=2)
    state.create(author=1, pc=3, phone="13800000003")
    state.edit_field(author=1, field="style_prefs", pc=1, pick=39, value=1)
    state.edit_field(author=0, field="size_shoe", pc=3, pick=11, value=1)
    state.sync(pc=1)
    state.sync(pc=2)
    state.change_tag(add=False, author=1, pc=2, pick=16, tag=0)
    state.teardown()  # heals the network, syncs every PC and compares each with a fresh download
