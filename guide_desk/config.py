# SPDX-License-Identifier: Apache-2.0
"""Typed settings. Precedence: command line > environment (GUIDE_DESK_*) > user config > machine config >
defaults. Both config files are TOML; IT writes the machine one at install time."""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_config_path, user_data_path
from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

APP = "guide-desk"


def default_data_dir() -> Path:
    return user_data_path(APP, appauthor=False)


def user_config_file() -> Path:
    override = os.environ.get("GUIDE_DESK_CONFIG_FILE")
    return Path(override) if override else user_config_path(APP, appauthor=False) / "config.toml"


def machine_config_file() -> Path:
    override = os.environ.get("GUIDE_DESK_MACHINE_CONFIG")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "GuideDesk" / "config.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/GuideDesk/config.toml")
    return Path("/etc/guide-desk/config.toml")


class Settings(BaseSettings):
    """Everything configurable about one install."""

    model_config = SettingsConfigDict(env_prefix="GUIDE_DESK_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    api_url: str | None = None
    store_code: str | None = None
    locale: Literal["system", "zh_CN", "en"] = "system"
    auto_lock_minutes: int = Field(default=10, ge=1, le=240)
    # Store policy: may a guide switch the customer list to the whole store (read-only scope widening)?
    store_wide_view: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=user_config_file()),
            TomlConfigSettingsSource(settings_cls, toml_file=machine_config_file()),
        )


USER_EDITABLE = ("locale", "auto_lock_minutes")


def save_user_settings(**values: Any) -> Path:
    """Write the settings a person may change in the app (language, auto-lock) to the user config file,
    keeping any other keys there. Values are validated first; a bad one raises and writes nothing."""
    unknown = set(values) - set(USER_EDITABLE)
    if unknown:
        raise ValueError(f"not a user setting: {sorted(unknown)[0]}")
    Settings.model_validate({**load_settings().model_dump(), **values})
    path = user_config_file()
    current = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    current.update(values)
    lines = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in current.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path


def load_settings(**overrides: Any) -> Settings:
    """Settings with command-line values applied; None means 'not given on the command line'."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
