# SPDX-License-Identifier: Apache-2.0
"""`guide-desk bench` central group: runs without a data dir and pairs each number with its raw baseline."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide_desk.bench import central
from guide_desk.bench.runner import run_benchmarks


def test_central_benchmarks_need_no_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(central, "CUSTOMERS", 3000)
    monkeypatch.setattr(central, "PUSHED", 200)
    monkeypatch.delenv(central.PG_ENV, raising=False)
    metrics = run_benchmarks(tmp_path / "no-such-dir", only=["pull_rows_per_s", "pull_raw_rows_per_s",
                                                              "push_1k_s", "push_raw_1k_s", "pull_ratio"])
    assert set(metrics) == {"pull_rows_per_s", "pull_raw_rows_per_s", "push_1k_s", "push_raw_1k_s", "pull_ratio"}
    assert all(value > 0 for value in metrics.values())
    assert metrics["pull_raw_rows_per_s"] > metrics["pull_rows_per_s"], "the raw select is the faster baseline"
