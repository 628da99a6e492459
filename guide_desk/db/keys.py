# SPDX-License-Identifier: Apache-2.0
"""The install key: 256 random bits that encrypt the local database and (through HKDF) its backups.

Where it lives (docs/security.md):
- in the OS keyring (Windows Credential Manager, i.e. DPAPI, macOS Keychain, Secret Service), service
  "guide-desk", user "db-key|<install id>" — one key per install, created on first start; the install id
  is a random id in the file `install-id` beside the database, so the key follows a moved data folder;
- where the PC has no keyring, the machine config's `db_key_without_keyring` decides: "refuse" (the app does
  not start and says why) or "passphrase" (the default): the key is derived with scrypt from a passphrase asked
  at start — the UI's dialog, or GUIDE_DESK_DB_PASSPHRASE / the terminal for the CLI. The salt and a check
  value (never the key) are kept in `db-key.json` beside the database; that file marks the install as
  passphrase-keyed for good, so a keyring that appears later does not change its key.
Once found, the key stays in this process's memory only: never logged, never written to a file.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import logging
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from guide_desk.errors import DatabaseKeyUnavailable

log = logging.getLogger(__name__)
SERVICE = "guide-desk"
KEY_BYTES = 32
PASSPHRASE_FILE = "db-key.json"
INSTALL_ID_FILE = "install-id"
PASSPHRASE_ENV = "GUIDE_DESK_DB_PASSPHRASE"
MIN_PASSPHRASE = 8
# scrypt at n=2^15, r=8: 32 MiB and ~0.1 s once per start — an offline guess costs the same.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_CHECK = b"guide-desk db-key check"

PassphraseSource = Callable[[bool], str | None]
"""Asked for the passphrase; the argument says whether it is being chosen (first start). None = cancelled."""

_keys: dict[Path, bytes] = {}


def _from_terminal(creating: bool) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    first = getpass.getpass("Choose the database passphrase: " if creating else "Database passphrase: ")
    if creating and getpass.getpass("Type it again: ") != first:
        raise DatabaseKeyUnavailable("passphrase_mismatch", "the two passphrases differ")
    return first


_passphrase_source: PassphraseSource = _from_terminal


def set_passphrase_source(source: PassphraseSource | None) -> None:
    """The GUI installs its dialog here before the database opens; None restores the CLI's terminal prompt.
    GUIDE_DESK_DB_PASSPHRASE, when set, is used before either (scripts, IT)."""
    global _passphrase_source
    _passphrase_source = source or _from_terminal


def use_key(data_dir: Path, key: bytes) -> None:
    """Use `key` for `data_dir` in this process (the self-test's throwaway database, tests)."""
    _keys[data_dir.resolve()] = key


def forget_keys() -> None:
    _keys.clear()


def forget_install_key(folder: Path) -> bool:
    """Delete the key of the install in `folder` — its keyring entry, the install id and the passphrase file —
    for a data folder whose database is being removed whole (a demo rebuilt with --fresh). True when a
    keyring entry was deleted."""
    import keyring
    from keyring.errors import KeyringError

    _keys.pop(folder.resolve(), None)
    install = _install_id(folder, may_create=False)
    deleted = False
    if install is not None and keyring_available():
        try:
            if keyring.get_password(SERVICE, f"db-key|{install}") is not None:
                keyring.delete_password(SERVICE, f"db-key|{install}")
                deleted = True
        except KeyringError as exc:
            log.warning("could not delete the database key from the keyring (%s)", type(exc).__name__)
    for name in (INSTALL_ID_FILE, PASSPHRASE_FILE):
        (folder / name).unlink(missing_ok=True)
    return deleted


def keyring_available() -> bool:
    import keyring
    from keyring.backends import fail

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def install_key(data_dir: Path, *, may_create: bool) -> bytes:
    """The key of the install in `data_dir`. `may_create` is False once encrypted data exists there: a
    missing key then means the data cannot be read, and a new key would not help."""
    folder = data_dir.resolve()
    if folder in _keys:
        return _keys[folder]
    if (folder / PASSPHRASE_FILE).exists():
        key = _passphrase_key(folder, creating=False)
    elif keyring_available():
        key = _keyring_key(folder, may_create=may_create)
    else:
        key = _without_keyring(folder, may_create=may_create)
    _keys[folder] = key
    return key


def derive(key: bytes, purpose: bytes, salt: bytes) -> bytes:
    """A separate 256-bit key for one purpose (a backup file) from the install key: HKDF-SHA256."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose).derive(key)


def _install_id(folder: Path, *, may_create: bool) -> str | None:
    """The random id naming this install's key in the keyring, kept beside the database (not secret): the
    key follows the data folder when IT moves it, where a key named by the folder's path would be lost."""
    marker = folder / INSTALL_ID_FILE
    if marker.exists():
        return marker.read_text(encoding="ascii").strip()
    if not may_create:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    made = uuid.uuid4().hex
    temporary = marker.with_suffix(".tmp")
    temporary.write_text(made, encoding="ascii")
    temporary.replace(marker)
    return made


def _keyring_key(folder: Path, *, may_create: bool) -> bytes:
    import keyring
    from keyring.errors import KeyringError

    install = _install_id(folder, may_create=may_create)
    account = f"db-key|{install}"
    try:
        if install is None:
            raise DatabaseKeyUnavailable(
                "key_missing", f"{folder / INSTALL_ID_FILE}, which names the database key, is missing")
        stored = keyring.get_password(SERVICE, account)
        if stored is not None:
            return bytes.fromhex(stored)
        if not may_create:
            raise DatabaseKeyUnavailable(
                "key_missing", f"the key of the encrypted database in {folder} is not in this user's keyring "
                "(another Windows user, or the keyring was reset); restore the keyring or sign in as that user")
        key = os.urandom(KEY_BYTES)
        keyring.set_password(SERVICE, account, key.hex())
        if keyring.get_password(SERVICE, account) != key.hex():  # a backend that drops writes silently
            raise DatabaseKeyUnavailable("no_keyring", "the keyring did not keep the database key")
    except KeyringError as exc:
        raise DatabaseKeyUnavailable("no_keyring", f"the OS keyring failed ({type(exc).__name__})") from exc
    log.info("created the database key for %s in the OS keyring", folder)
    return key


def _without_keyring(folder: Path, *, may_create: bool) -> bytes:
    from guide_desk.config import load_settings

    if not may_create:
        raise DatabaseKeyUnavailable(
            "key_missing", f"the database in {folder} is encrypted with a key kept in a keyring this PC no longer has")
    if load_settings().db_key_without_keyring == "refuse":
        raise DatabaseKeyUnavailable(
            "no_keyring", "this PC has no OS keyring to keep the database key, and the machine config "
            "(db_key_without_keyring = \"refuse\") forbids a passphrase")
    return _passphrase_key(folder, creating=True)


def _passphrase_key(folder: Path, *, creating: bool) -> bytes:
    marker = folder / PASSPHRASE_FILE
    passphrase = os.environ.get(PASSPHRASE_ENV) or _passphrase_source(creating)
    if passphrase is None:
        raise DatabaseKeyUnavailable(
            "no_passphrase", f"the database is protected by a passphrase; set {PASSPHRASE_ENV} or run from a terminal")
    if creating and len(passphrase) < MIN_PASSPHRASE:
        raise DatabaseKeyUnavailable("passphrase_short", f"the passphrase needs at least {MIN_PASSPHRASE} characters")
    if creating:
        salt = os.urandom(16)
        key = _scrypt(passphrase, salt)
        folder.mkdir(parents=True, exist_ok=True)
        temporary = marker.with_suffix(".tmp")
        temporary.write_text(json.dumps({"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                                         "salt": salt.hex(), "check": _check(key)}), encoding="utf-8")
        temporary.replace(marker)
        return key
    facts = json.loads(marker.read_text(encoding="utf-8"))
    key = _scrypt(passphrase, bytes.fromhex(facts["salt"]), n=facts["n"], r=facts["r"], p=facts["p"])
    if not hmac.compare_digest(_check(key), facts["check"]):
        raise DatabaseKeyUnavailable("wrong_passphrase", "the database passphrase is wrong")
    return key


def _scrypt(passphrase: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=n, r=r, p=p, maxmem=128 * 1024 * 1024, dklen=KEY_BYTES)


def _check(key: bytes) -> str:
    return hmac.new(key, _CHECK, hashlib.sha256).hexdigest()
