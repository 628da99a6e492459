# SPDX-License-Identifier: Apache-2.0
"""File steps that make replacing a database file safe against a power cut: fsync of a folder (so a rename
is on disk) and removing a database file together with its journal, WAL and shared-memory files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

COMPANIONS = ("-journal", "-wal", "-shm")


def fsync_dir(folder: Path) -> None:
    """Persist a rename or a new file's entry in `folder` (Windows has no directory fsync; NTFS journals
    renames itself)."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_database(path: Path) -> None:
    for suffix in ("", *COMPANIONS):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
