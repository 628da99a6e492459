# SPDX-License-Identifier: Apache-2.0
"""The seeded, deterministic demo store (`guide-desk demo`): two stores, eight guides and, at size L,
100k customers with two years of purchases, tasks, 1v1 sessions, notes and tags."""

from guide_desk.demo.builder import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
