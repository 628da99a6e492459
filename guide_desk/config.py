# SPDX-License-Identifier: Apache-2.0
"""Typed settings. Precedence: command line > environment (GUIDE_DESK_*) > user config > machine config >
defaults. Both config files are TOML; IT writes the machine one at install time."""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from platformdirs import user_config_path, user_data_path
from pydantic import Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from guide_desk.errors import InvalidInput

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
    # Sign-in on the shared PC (IT's machine config): HQ staff may also sign in here (a store PC otherwise
    # offers only its own store's guides), and PINs must have 6 digits whatever the store manager chose.
    sign_in_hq: bool = False
    six_digit_pins: bool = False
    # Store policy: may a guide switch the customer list to the whole store (read-only scope widening)?
    store_wide_view: bool = True
    # Minutes before a 1v1 session when the guide is reminded (tray and Today banner).
    session_reminder_minutes: list[Annotated[int, Field(ge=1, le=20160)]] = Field(
        default_factory=lambda: [1440, 30], min_length=1, max_length=5)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # For the API connection (guide_desk.net): an explicit proxy (else HTTPS_PROXY/NO_PROXY from the
    # environment apply) and a corporate CA bundle (PEM) trusted in addition to the public roots.
    proxy_url: str | None = None
    ca_bundle: Path | None = None
    # Store policy (PIPL): only managers may export customer data; anonymise customers archived more than
    # this many months ago (0 = never).
    export_requires_manager: bool = True
    retention_archived_months: int = Field(default=0, ge=0, le=600)
    # Seconds between background sync rounds while everything works (edits go sooner; failures back off).
    sync_interval_s: int = Field(default=60, ge=5, le=86400)
    # IT, machine config: where the PC has no OS keyring for the database key, "passphrase" asks for one
    # at each start (a dialog; GUIDE_DESK_DB_PASSPHRASE or the terminal for the CLI), "refuse" does not start.
    db_key_without_keyring: Literal["passphrase", "refuse"] = "passphrase"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return tuple(source for _, source in _named_sources(settings_cls, init_settings, env_settings))


def _named_sources(
    settings_cls: type[BaseSettings], init: PydanticBaseSettingsSource, env: PydanticBaseSettingsSource,
) -> list[tuple[str, PydanticBaseSettingsSource]]:
    """The sources in precedence order, with the names `doctor` reports; Settings itself uses this list."""
    return [
        ("flag", init),
        ("environment", env),
        ("user config", TomlFileSource(settings_cls, user_config_file())),
        ("machine config", TomlFileSource(settings_cls, machine_config_file())),
    ]


class TomlFileSource(InitSettingsSource):
    """One TOML config file (absent = empty). Read as UTF-8 with or without a BOM: Windows editors and
    installers write one, and tomllib alone would reject the file."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig")) if path.is_file() else {}
        super().__init__(settings_cls, init_kwargs=data)


USER_EDITABLE = ("locale", "auto_lock_minutes")


def save_user_settings(**values: Any) -> Path:
    """Write the settings a person may change in the app (language, auto-lock) to the user config file,
    keeping any other keys there. Values are validated first; a bad one raises and writes nothing."""
    unknown = set(values) - set(USER_EDITABLE)
    if unknown:
        raise ValueError(f"not a user setting: {sorted(unknown)[0]}")
    Settings.model_validate({**load_settings().model_dump(), **values})
    path = user_config_file()
    current = tomllib.loads(path.read_text(encoding="utf-8-sig")) if path.exists() else {}
    current.update(values)
    lines = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in current.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path


def load_settings(**overrides: Any) -> Settings:
    """Settings with command-line values applied; None means 'not given on the command line'.
    A bad value or a broken config file raises InvalidInput naming the key or the file."""
    return _validated({k: v for k, v in overrides.items() if v is not None})


def _validated(given: dict[str, Any]) -> Settings:
    try:
        return Settings(**given)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "config"
        raise InvalidInput(key, f"{first['msg']} (from a flag, GUIDE_DESK_{key.upper()}, {user_config_file()} "
                                f"or {machine_config_file()})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        broken = [path for path in (user_config_file(), machine_config_file()) if not _parses(path)]
        raise InvalidInput("config", f"{broken[0] if broken else 'a config file'} is not valid TOML: {exc}") from exc


def _parses(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False
    return True


def explain_settings(**overrides: Any) -> list[tuple[str, Any, str]]:
    """(key, effective value, where it came from) for every setting, asking each source in turn what it
    holds — the first that has the key wins, as in Settings — and 'default' when none does."""
    given = {k: v for k, v in overrides.items() if v is not None}
    settings = _validated(given)
    sources = _named_sources(Settings, InitSettingsSource(Settings, init_kwargs=given), EnvSettingsSource(Settings))
    found = [(name, source()) for name, source in sources]
    return [
        (key, getattr(settings, key), next((name for name, values in found if key in values), "default"))
        for key in Settings.model_fields
    ]
