# SPDX-License-Identifier: Apache-2.0
"""The headless half of `guide-desk --self-test`: configuration, a migrated database, the keyring.

Each check returns the short phrase the one-line summary shows, or raises SelfTestFailed saying what broke
(a missing migration script or keyring backend in a frozen build, a broken config file on this PC).
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

from guide_desk.errors import GuideDeskError

# The keyring backend each platform's build must carry; without it tokens cannot be stored there.
NATIVE_KEYRING = {
    "win32": ("keyring.backends.Windows", "win32ctypes"),
    "darwin": ("keyring.backends.macOS",),
    "linux": ("keyring.backends.SecretService", "secretstorage"),
}


class SelfTestFailed(GuideDeskError):
    """One self-test check failed; the message names the check."""


def check_config(*, data_dir: Path | None = None) -> str:
    """Loads the settings from every source (the --data-dir flag among them); names the sources that set
    something."""
    from guide_desk.config import explain_settings

    try:
        explained = explain_settings(data_dir=data_dir)
    except GuideDeskError as exc:
        raise SelfTestFailed(str(exc) if str(exc).startswith("config:") else f"config: {exc}") from exc
    order = ["flag", "environment", "user config", "machine config", "default"]  # precedence order
    used = {source for _, _, source in explained}
    return "config from " + " + ".join(name + ("s" if name == "default" else "") for name in order if name in used)


def check_database() -> str:
    """Creates, encrypts and migrates a database in a temporary directory with a throwaway key (proves the
    migration scripts and SQLCipher travel; the install's own key is not touched)."""
    import os

    from guide_desk.db.backup import backup_database, check_backup
    from guide_desk.db.connect import is_plain
    from guide_desk.db.engine import database_path
    from guide_desk.db.keys import use_key
    from guide_desk.db.migrate import SCHEMA_HEAD, current_revision, head_revision, open_database

    with tempfile.TemporaryDirectory(prefix="guide-desk-self-test-", ignore_cleanup_errors=True) as tmp:
        use_key(Path(tmp), os.urandom(32))
        try:
            engine = open_database(Path(tmp))
        except Exception as exc:
            raise SelfTestFailed(f"database: {type(exc).__name__}: {exc}") from exc
        try:
            schema = current_revision(engine)
            with engine.connect() as connection:
                cipher = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
        finally:
            engine.dispose()
        if not cipher or is_plain(database_path(Path(tmp))):
            raise SelfTestFailed("database: not encrypted (SQLCipher missing from this build)")
        try:  # a sealed backup needs zlib and cryptography's AES-GCM in the build
            sealed = backup_database(database_path(Path(tmp)), reason="self-test", keep=1)
            check_backup(database_path(Path(tmp)), sealed)
        except Exception as exc:
            raise SelfTestFailed(f"backup: {type(exc).__name__}: {exc}") from exc
    head = head_revision()
    if schema != head or head != SCHEMA_HEAD:
        raise SelfTestFailed(f"database: migrated to {schema}, scripts end at {head}, build expects {SCHEMA_HEAD}")
    return f"schema {schema}, SQLCipher {str(cipher).split()[0]}"


def check_keyring() -> str:
    """The backend keyring picks here; fails only when this platform's native backend is not bundled."""
    import keyring
    from keyring.backends import fail

    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    for module in NATIVE_KEYRING.get(platform, ()):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise SelfTestFailed(f"keyring: {module} is missing from this build ({exc})") from exc
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__.rsplit('.', 1)[-1]}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return f"keyring {name} (no keyring service here; sign-in asked each session)"
    return f"keyring {name}"
