# SPDX-License-Identifier: Apache-2.0
"""Settings precedence (flags > environment > user file > machine file > defaults) and saving."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from guide_desk.config import load_settings, save_user_settings


def write(path: str, text: str) -> None:
    Path(path).write_text(text, encoding="utf-8")


def test_precedence_from_defaults_to_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().auto_lock_minutes == 10
    write(os.environ["GUIDE_DESK_MACHINE_CONFIG"], 'api_url = "https://hq.example/api"\nauto_lock_minutes = 5\n')
    assert load_settings().auto_lock_minutes == 5
    write(os.environ["GUIDE_DESK_CONFIG_FILE"], "auto_lock_minutes = 15\n")
    settings = load_settings()
    assert (settings.auto_lock_minutes, settings.api_url) == (15, "https://hq.example/api")
    monkeypatch.setenv("GUIDE_DESK_API_URL", "http://127.0.0.1:8000")
    assert load_settings().api_url == "http://127.0.0.1:8000"
    assert load_settings(api_url="http://127.0.0.1:9000").api_url == "http://127.0.0.1:9000"


def test_saving_user_settings_keeps_other_keys_and_validates() -> None:
    write(os.environ["GUIDE_DESK_CONFIG_FILE"], 'store_code = "SH01"\n')
    save_user_settings(locale="zh_CN", auto_lock_minutes=3)
    settings = load_settings()
    assert (settings.locale, settings.auto_lock_minutes, settings.store_code) == ("zh_CN", 3, "SH01")
    before = Path(os.environ["GUIDE_DESK_CONFIG_FILE"]).read_text()
    with pytest.raises(ValidationError):
        save_user_settings(auto_lock_minutes=0)
    with pytest.raises(ValueError, match="not a user setting"):
        save_user_settings(api_url="http://evil")
    assert Path(os.environ["GUIDE_DESK_CONFIG_FILE"]).read_text() == before
