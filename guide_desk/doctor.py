# SPDX-License-Identifier: Apache-2.0
"""`guide-desk doctor`: what IT asks first when a store PC misbehaves. Reads only; never migrates.

It answers in a few seconds even on a 1 GB database: the integrity check is SQLite's quick_check (every
page, record and NOT NULL/CHECK constraint, stopped after QUICK_CHECK_LIMIT_S on a slow disk), and the API
probe runs beside it. `--full` runs integrity_check, which also compares every index with its table, plus
foreign_key_check — ten times longer, for when the quick one passes and data still looks wrong.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from guide_desk import __version__
from guide_desk.config import Settings, explain_settings, machine_config_file, user_config_file
from guide_desk.db.connect import Connection, DatabaseError, OperationalError, connect_local
from guide_desk.db.engine import database_path
from guide_desk.diagnostics.redact import redact_text, redact_value
from guide_desk.errors import GuideDeskError, InvalidInput
from guide_desk.net import http_client_options, redact_url

MIN_FREE_MB = 500
QUICK_CHECK_LIMIT_S = 10.0


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


def _database(path: Path, *, full: bool, on_enrolment: Callable[[str | None], None]) -> list[Check]:
    """The database checks. `on_enrolment` gets the API URL this PC is enrolled with (None: not enrolled) as
    soon as it is read, so the API probe runs while the integrity check does."""
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
        sync, enrolled_url = _sync(connection)
        on_enrolment(enrolled_url)
        integrity = _integrity(connection, full=full)
    finally:
        connection.close()
    size_mb = path.stat().st_size / 1e6
    return [
        Check("database", f"{path} ({size_mb:.1f} MB)"),
        Check("schema version", f"{schema} ({state})", not newer),
        integrity,
        sync,
    ]


def _sync(connection: Connection) -> tuple[Check, str | None]:
    """Where this PC syncs to, how many edits wait to be sent, when it last synced; and the enrolled URL."""
    try:
        state = dict(connection.execute(
            "SELECT key, value FROM sync_state WHERE key IN ('api_url', 'store_code', 'last_synced_at')"))
        waiting = connection.execute("SELECT count(*) FROM outbox WHERE acked_at IS NULL").fetchone()[0]
    except OperationalError:  # a schema from before sync: nothing enrolled yet
        return Check("sync", "not enrolled (works offline)"), None
    url = state.get("api_url")
    if not url:
        kept = f"; {waiting:,} changes kept for when it is" if waiting else ""
        return Check("sync", f"not enrolled (works offline){kept}"), None
    last = state.get("last_synced_at")
    when = f"last synced {last[:16].replace('T', ' ')} UTC" if last else "never synced"
    return Check("sync", f"enrolled with {redact_url(url)} as store {state.get('store_code', '?')}; "
                         f"{waiting:,} changes waiting; {when}", warning=bool(waiting) and not last), url


def _integrity(connection: Connection, *, full: bool) -> Check:
    """quick_check, interrupted after QUICK_CHECK_LIMIT_S (a warning, not a failure); or the full checks."""
    started = time.monotonic()
    timer = None if full else threading.Timer(QUICK_CHECK_LIMIT_S, connection.interrupt)
    if timer is not None:
        timer.start()
    try:
        verdict = connection.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}").fetchone()[0]
        broken_links = Counter((table, parent) for table, _, parent, _ in
                               connection.execute("PRAGMA foreign_key_check")) if full else Counter()
    except OperationalError as exc:
        if timer is None or "interrupted" not in str(exc):
            return Check("integrity check", str(exc), False)
        return Check("integrity check", f"quick check unfinished after {QUICK_CHECK_LIMIT_S:.0f} s (slow disk?); "
                                        "run `guide-desk doctor --full` to check it all", warning=True)
    finally:
        if timer is not None:
            timer.cancel()
    seconds = time.monotonic() - started
    if verdict != "ok":
        return Check("integrity check", verdict, False)
    if broken_links:
        where = ", ".join(f"{table} → {parent} ({n} rows)" for (table, parent), n in sorted(broken_links.items()))
        return Check("integrity check", f"rows pointing to rows that do not exist: {where}", False)
    if full:
        return Check("integrity check", f"ok (full check with foreign keys, {seconds:.1f} s)")
    return Check("integrity check", f"ok (quick check, {seconds:.1f} s; --full also compares every index)")


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


def _api(settings: Settings, url: str | None) -> Check:
    """Probe `url`'s /health through the configured proxy and CA bundle."""
    if not url:
        return Check("api", "not configured (working offline)")
    import httpx

    shown = redact_url(url)
    try:
        options = http_client_options(settings, timeout=3.0)
    except InvalidInput as exc:
        return Check("api", f"{shown}: {exc}", False)
    url = url.rstrip("/") + "/health"
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

    def value(self, name: str) -> str | None:
        """What the check called `name` found; None when it did not run (no database, say)."""
        return next((check.value for check in self.checks if check.name == name), None)


def diagnose(*, full: bool = False, **overrides: Any) -> Diagnosis:
    """A broken config (bad value, invalid TOML) is reported as a failed check, not raised: the other checks
    then run on the defaults and the flags, because that is when IT needs doctor most. `full`: the full
    integrity check (see the module docstring)."""
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
    checks = run_checks(settings, full=full, probe=given.get("api_url"))
    checks.insert(3, config)
    return Diagnosis(settings, checks, settings_rows(explained))


def _file(path: Path) -> str:
    return f"{path}{'' if path.exists() else ' (none)'}"


def run_checks(settings: Settings, *, full: bool = False, probe: str | None = None) -> list[Check]:
    """Every check in report order. The API probed is `probe` (doctor --api), else the one this PC is enrolled
    with (what sync uses), else settings.api_url; the probe (up to its timeout) runs beside the integrity
    check."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        api: list[Future[Check]] = []

        def start_probe(enrolled_url: str | None) -> None:
            api.append(pool.submit(_api, settings, probe or enrolled_url or settings.api_url))

        database = _database(database_path(settings.data_dir), full=full, on_enrolment=start_probe)
        if not api:
            start_probe(None)
        return [
            Check("version", __version__),
            Check("user config", _file(user_config_file())),
            Check("machine config", _file(machine_config_file())),
            _data_dir(settings),
            *database,
            _keyring(),
            _proxy(settings),
            api[0].result(),
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
