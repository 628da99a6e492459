# SPDX-License-Identifier: Apache-2.0
"""`guide-desk doctor`: what IT asks first when a store PC misbehaves. Reads only; never migrates."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from guide_desk import __version__
from guide_desk.config import Settings, machine_config_file, user_config_file
from guide_desk.db.engine import database_path

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
    from guide_desk.db.migrate import head_revision

    head = head_revision()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            current = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            return [Check("database", f"{path}: {exc}", False)]
        schema = current[0] if current else "none"
        state = "current" if schema == head else f"needs migration to {head}"
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    size_mb = path.stat().st_size / 1e6
    return [
        Check("database", f"{path} ({size_mb:.1f} MB)"),
        Check("schema version", f"{schema} ({state})", True),
        Check("integrity check", integrity, integrity == "ok"),
    ]


def _keyring() -> Check:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return Check("keyring", "no backend: sign-in will be asked every session", warning=True)
    return Check("keyring", f"{type(backend).__module__}.{type(backend).__name__}")


def _api(settings: Settings) -> Check:
    if not settings.api_url:
        return Check("api", "not configured (working offline)")
    import httpx

    url = settings.api_url.rstrip("/") + "/health"
    try:
        response = httpx.get(url, timeout=3.0)
    except httpx.HTTPError as exc:
        return Check("api", f"{settings.api_url} unreachable: {exc}", False)
    return Check("api", f"{settings.api_url} answered {response.status_code}", response.is_success)


def _disk(path: Path) -> Check:
    probe = path if path.exists() else path.parent
    while not probe.exists():
        probe = probe.parent
    free_mb = shutil.disk_usage(probe).free / 1e6
    return Check("free disk", f"{free_mb:,.0f} MB", free_mb >= MIN_FREE_MB)


def run_checks(settings: Settings) -> list[Check]:
    return [
        Check("version", __version__),
        Check("user config", str(user_config_file())),
        Check("machine config", str(machine_config_file())),
        _data_dir(settings),
        *_database(database_path(settings.data_dir)),
        _keyring(),
        _api(settings),
        _disk(settings.data_dir),
    ]
