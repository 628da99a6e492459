# SPDX-License-Identifier: Apache-2.0
"""Secrets never leave the PC in a report: token/password-like keys are masked, URLs lose their user part."""

from __future__ import annotations

import re
from typing import Any

from guide_desk.net import redact_url

MASK = "***"
SECRET_KEY = re.compile(r"token|passw|secret|api_?key|credential|private|cookie|session_?id|\bpin\b", re.I)
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s\"'<>]+", re.I)


def is_secret(key: str) -> bool:
    return bool(SECRET_KEY.search(key))


def redact_value(key: str, value: Any) -> Any:
    """The value as it may appear in doctor's output or a bundle."""
    if value is None or value == "":
        return value
    if is_secret(key):
        return MASK
    if isinstance(value, dict):
        return {k: redact_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(key, v) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


def redact_text(text: str) -> str:
    """Every URL in `text` without its user:password part."""
    return URL.sub(lambda match: redact_url(match.group(0)), text)
