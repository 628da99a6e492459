# SPDX-License-Identifier: Apache-2.0
"""`guide-desk --self-test` from source, in a subprocess (Qt never loads in the core tests' process): one
line and exit 0 on a good install, one line naming the failure and exit 1 otherwise. CI runs the same flag
on the frozen build (.ci/run)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from guide_desk import __version__
from guide_desk.db.migrate import head_revision


def self_test(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "guide_desk", "--self-test"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})


def test_self_test_passes_on_one_line() -> None:
    result = self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    [line] = result.stdout.splitlines()
    assert re.fullmatch(rf"guide-desk {re.escape(__version__)} self-test ok: qt 6\.\S+ offscreen, i18n zh_CN, "
                        rf"schema {head_revision()}, SQLCipher 4\.\S+, keyring .+, config from .+", line), line


def test_self_test_names_what_failed(tmp_path: Path) -> None:
    bad = tmp_path / "machine.toml"
    bad.write_text("auto_lock_minutes = 0\n", encoding="utf-8")
    result = self_test(GUIDE_DESK_MACHINE_CONFIG=str(bad))
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"guide-desk {__version__} self-test FAILED: config: auto_lock_minutes")
    assert "Traceback" not in result.stderr
