# SPDX-License-Identifier: Apache-2.0
"""The dependency rules (DESIGN.md §2) cannot rot: every package is under the no-Qt contract."""

from __future__ import annotations

import pkgutil
import tomllib
from pathlib import Path

import guide_desk

ROOT = Path(__file__).resolve().parents[2]
EXEMPT = {"ui", "__main__"}


def test_every_package_is_covered_by_the_no_qt_contract() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    no_qt = config["tool"]["importlinter"]["contracts"][0]
    assert no_qt["forbidden_modules"] == ["PySide6", "shiboken6"]
    covered = {name.removeprefix("guide_desk.") for name in no_qt["source_modules"]}
    present = {module.name for module in pkgutil.iter_modules(guide_desk.__path__)} - EXEMPT
    assert present - covered == set(), "add new packages to the import-linter contracts"
