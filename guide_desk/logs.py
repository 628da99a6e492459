# SPDX-License-Identifier: Apache-2.0
"""Logging: a rotating file in the data dir (what the diagnostics bundle collects) and warnings on stderr."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"


def setup_logging(data_dir: Path, *, level: str = "INFO") -> Path:
    log_dir = data_dir / LOG_DIR
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "guide-desk.log"
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_guide_desk", False):
            root.removeHandler(handler)
    to_file = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    to_stderr = logging.StreamHandler()
    to_stderr.setLevel(logging.WARNING)
    to_stderr.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    for handler in (to_file, to_stderr):
        setattr(handler, "_guide_desk", True)  # noqa: B010  (marks ours, so a second setup replaces them)
        root.addHandler(handler)
    return path
