# SPDX-License-Identifier: Apache-2.0
"""`guide-desk doctor --bundle FILE.zip`: what support needs from a store PC, and no customer's data.

In the zip: doctor's report and the effective settings (secrets redacted), both config files as parsed
(redacted), database facts (schema, integrity check, row *counts*, sync_state, backups), versions, and the
log files with customer names, phones and ids scrubbed. Never a row of a customer table, never the database.
"""

from __future__ import annotations

import json
import platform
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

import sqlcipher3

from guide_desk import __version__
from guide_desk.config import Settings, machine_config_file, user_config_file
from guide_desk.db.backup import list_backups
from guide_desk.db.connect import Connection, DatabaseError, connect_local
from guide_desk.db.engine import database_path
from guide_desk.diagnostics.redact import redact_value
from guide_desk.diagnostics.scrub import Scrubber
from guide_desk.logs import LOG_DIR

PACKAGES = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "sqlmodel", "alembic", "pydantic",
            "pydantic-settings", "httpx", "keyring", "platformdirs", "phonenumbers", "pypinyin", "sqlcipher3",
            "cryptography")


def versions() -> dict[str, Any]:
    """Versions of everything that matters, without importing Qt (package metadata)."""
    packages: dict[str, str] = {}
    for name in PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = "unknown"
    return {
        "guide-desk": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.machine(),
        "sqlite": sqlcipher3.sqlite_version,  # the SQLite inside SQLCipher, which holds the data
        "packages": packages,
    }


def database_facts(path: Path, *, integrity: str | None) -> dict[str, Any]:
    """Schema version, row counts per table and sync_state — read-only, no rows — with the verdict of the
    integrity check doctor ran just before (running it twice would double doctor's time on a big database)."""
    if not path.exists():
        return {"path": str(path), "exists": False}
    facts: dict[str, Any] = {"path": str(path), "exists": True, "size_mb": round(path.stat().st_size / 1e6, 2)}
    connection = connect_local(path, readonly=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        facts["schema_version"] = _scalar(connection, "SELECT version_num FROM alembic_version")
        facts["integrity_check"] = integrity
        facts["journal_mode"] = _scalar(connection, "PRAGMA journal_mode")
        facts["row_counts"] = {name: _scalar(connection, f'SELECT count(*) FROM "{name}"') for name in tables}
        if "sync_state" in tables:
            facts["sync_state"] = {key: redact_value(key, value)
                                   for key, value in connection.execute("SELECT key, value FROM sync_state")}
    except DatabaseError as exc:
        facts["error"] = str(exc)
    finally:
        connection.close()
    facts["backups"] = [{"file": p.name, "size_mb": round(p.stat().st_size / 1e6, 2)} for p in list_backups(path)]
    return facts


def _scalar(connection: Connection, sql: str) -> Any:
    try:
        row = connection.execute(sql).fetchone()
    except DatabaseError as exc:
        return f"error: {exc}"
    return row[0] if row else None


def config_files() -> dict[str, Any]:
    """Both config files as parsed (so a misspelt key shows), secrets redacted."""
    files: dict[str, Any] = {}
    for label, path in (("user config", user_config_file()), ("machine config", machine_config_file())):
        entry: dict[str, Any] = {"path": str(path), "exists": path.exists()}
        if path.exists():
            try:
                entry["values"] = redact_value("", tomllib.loads(path.read_text(encoding="utf-8")))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
                entry["error"] = f"not readable as TOML: {exc}"
        files[label] = entry
    return files


def write_bundle(target: Path, *, settings: Settings, report_text: str, report_json: str,
                 integrity: str | None = None) -> Path:
    """Write the bundle to `target` (a .zip) and return its path; `integrity` is doctor's verdict."""
    target = target.expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    db_path = database_path(settings.data_dir)
    scrubber = Scrubber.from_database(db_path)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("doctor.txt", scrubber.scrub(report_text) + "\n")
        bundle.writestr("doctor.json", scrubber.scrub(report_json))
        bundle.writestr("config-files.json", _json(config_files()))
        bundle.writestr("database.json", _json(database_facts(db_path, integrity=integrity)))
        bundle.writestr("versions.json", _json(versions()))
        log_dir = settings.data_dir / LOG_DIR
        for log_file in sorted(log_dir.glob("*.log*")) if log_dir.is_dir() else []:
            text = log_file.read_text(encoding="utf-8", errors="replace")
            bundle.writestr(f"logs/{log_file.name}", scrubber.scrub(text))
    return target


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, default=str)
