# SPDX-License-Identifier: Apache-2.0
"""`guide-desk doctor`: what IT asks first when a store PC misbehaves. Reads only; never migrates."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from guide_desk import __version__
from guide_desk.config import Settings, explain_settings, machine_config_file, user_config_file
from guide_desk.db.connect import DatabaseError, connect_local
from guide_desk.db.engine import database_path
from guide_desk.diagnostics.redact import redact_text, redact_value
from guide_desk.errors import GuideDeskError, InvalidInput
from guide_desk.net import http_client_options, redact_url

MIN_FREE_MB = 500


@dataclass(frozen=True)
class Check:
    """One line of the report; a warning is worth reading but does not make doctor fail."""

    name: str
    value: str
    ok: bool = True
    warning: bool = False


def _data_dir(settings: Settings) -> Check:
    path = settings.data_dir
    if not path.exists():
        return Check("data dir", f"{path} (not created yet)")
    writable = os.access(path, os.W_OK)
    return Check("data dir", f"{path}{'' if writable else ' (not writable)'}", writable)


def _database(path: Path) -> list[Check]:
    if not path.exists():
        return [Check("database", f"{path} (not created yet)")]
    from guide_desk.db.migrate import head_revision, known_revisions

    head = head_revision()
    try:
        connection = connect_local(path, readonly=True)
    except (DatabaseError, GuideDeskError) as exc:  # not a database, or its key cannot be had
        return [Check("database", f"{path}: {exc}", False)]
    try:
        try:
            current = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except DatabaseError as exc:
            return [Check("database", f"{path}: {exc}", False)]
        schema = current[0] if current else "none"
        newer = current is not None and schema not in known_revisions()
        state = "current" if schema == head else (
            f"written by a newer Guide Desk; this build ({__version__}, schema {head}) will not open it" if newer
            else f"older; backed up and migrated to {head} at the next start")
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    size_mb = path.stat().st_size / 1e6
    return [
        Check("database", f"{path} ({size_mb:.1f} MB)"),
        Check("schema version", f"{schema} ({state})", not newer),
        Check("integrity check", integrity, integrity == "ok"),
    ]


def _keyring() -> Check:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return Check("keyring", "no backend: sign-in will be asked every session", warning=True)
    return Check("keyring", f"{type(backend).__module__}.{type(backend).__name__}")


def _proxy(settings: Settings) -> Check:
    if settings.proxy_url:
        return Check("proxy", f"{redact_url(settings.proxy_url)} (proxy_url)")
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        if os.environ.get(name):
            return Check("proxy", f"{redact_url(os.environ[name])} ({name})")
    return Check("proxy", "none (direct connection)")


def _api(settings: Settings) -> Check:
    if not settings.api_url:
        return Check("api", "not configured (working offline)")
    import httpx

    shown = redact_url(settings.api_url)
    try:
        options = http_client_options(settings, timeout=3.0)
    except InvalidInput as exc:
        return Check("api", f"{shown}: {exc}", False)
    url = settings.api_url.rstrip("/") + "/health"
    try:
        with httpx.Client(**options) as client:
            response = client.get(url)
    except httpx.HTTPError as exc:
        return Check("api", f"{shown} unreachable: {redact_text(str(exc))}", False)
    return Check("api", f"{shown} answered {response.status_code}", response.is_success)


def _disk(path: Path) -> Check:
    probe = path if path.exists() else path.parent
    while not probe.exists():
        probe = probe.parent
    free_mb = shutil.disk_usage(probe).free / 1e6
    return Check("free disk", f"{free_mb:,.0f} MB", free_mb >= MIN_FREE_MB)


@dataclass(frozen=True)
class Diagnosis:
    """Everything `doctor` reports: the settings it ran with, the checks, and each setting's source."""

    settings: Settings
    checks: list[Check]
    rows: list[tuple[str, Any, str]]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def diagnose(**overrides: Any) -> Diagnosis:
    """A broken config (bad value, invalid TOML) is reported as a failed check, not raised: the other checks
    then run on the defaults and the flags, because that is when IT needs doctor most."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        explained = explain_settings(**given)
    except InvalidInput as exc:
        settings = Settings.model_construct(**given)
        config = Check("config", exc.problem if exc.field == "config" else str(exc), False)
        explained = [(key, getattr(settings, key), "flag" if key in given else "default (config unreadable)")
                     for key in Settings.model_fields]
    else:
        settings = Settings(**given)
        config = Check("config", "ok")
    checks = run_checks(settings)
    checks.insert(3, config)
    return Diagnosis(settings, checks, settings_rows(explained))


def _file(path: Path) -> str:
    return f"{path}{'' if path.exists() else ' (none)'}"


def run_checks(settings: Settings) -> list[Check]:
    return [
        Check("version", __version__),
        Check("user config", _file(user_config_file())),
        Check("machine config", _file(machine_config_file())),
        _data_dir(settings),
        *_database(database_path(settings.data_dir)),
        _keyring(),
        _proxy(settings),
        _api(settings),
        _disk(settings.data_dir),
    ]


def settings_rows(explained: list[tuple[str, Any, str]]) -> list[tuple[str, Any, str]]:
    """(key, value fit to show, source) for `config.explain_settings` output: secrets masked, URLs without
    their user part, paths as text."""
    return [(key, redact_value(key, str(value) if isinstance(value, Path) else value), source)
            for key, value, source in explained]


def render(checks: list[Check], rows: list[tuple[str, Any, str]], *, as_json: bool) -> str:
    """doctor's report: JSON (one key per check, plus "settings") or aligned text."""
    if as_json:
        report: dict[str, Any] = {c.name: {k: v for k, v in asdict(c).items() if k != "name"} for c in checks}
        report["settings"] = {key: {"value": value, "source": source} for key, value, source in rows}
        return json.dumps(report, ensure_ascii=False)
    width = max(len(c.name) for c in checks)
    lines = [f"{'✗ ' if not c.ok else '! ' if c.warning else '  '}{c.name:<{width}}  {c.value}" for c in checks]
    lines.append("")
    lines.append("settings (effective value, and where it came from):")
    key_width = max(len(key) for key, _, _ in rows)
    shown = [(key, "(not set)" if value is None else json.dumps(value, ensure_ascii=False), source)
             for key, value, source in rows]
    value_width = max(len(value) for _, value, _ in shown)
    lines += [f"  {key:<{key_width}}  {value:<{value_width}}  {source}" for key, value, source in shown]
    return "\n".join(lines)
