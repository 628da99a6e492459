# SPDX-License-Identifier: Apache-2.0
"""`guide-desk bench`: speed and size targets measured on a real data dir, each speed paired with a
raw-SQLite baseline taken in the same run so a ratio survives a slower machine."""

from guide_desk.bench.runner import run_benchmarks

__all__ = ["run_benchmarks"]
