# SPDX-License-Identifier: Apache-2.0
"""The one-time upgrade of a plain database to an encrypted one, in place, safe against a power cut.

Steps: the key is made (and stored) first; the plain database is backed up (sealed); plain backups from
before are sealed; the WAL is checkpointed into the main file; SQLCipher's `sqlcipher_export` writes an
encrypted copy beside it (`….encrypting`), which is checked and fsynced; the plain WAL files are removed and
the copy renamed over the original in one atomic step. Until that rename the plain database is complete and
untouched, so a cut anywhere before it leaves the plain database plus at most a half copy, which the next
start discards before doing it all again; after it, the database is encrypted and the upgrade is done.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from guide_desk.db import connect as local
from guide_desk.db.backup import backup_database, reseal_legacy_backups, swap_in
from guide_desk.db.files import remove_database
from guide_desk.errors import GuideDeskError

log = logging.getLogger(__name__)
PARTIAL = ".encrypting"
KEEP_ENCRYPT_BACKUPS = 1


def partial_copy(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL)


def encrypt_in_place(path: Path) -> bool:
    """Encrypt the database at `path` if it is plain; returns whether it did. Leftovers of an interrupted
    attempt are removed first."""
    partial = partial_copy(path)
    remove_database(partial)
    if not local.is_plain(path):
        return False
    started = time.perf_counter()
    key = local.key_for(path)
    saved = backup_database(path, reason="pre-encrypt", keep=KEEP_ENCRYPT_BACKUPS, source_plain=True)
    resealed = reseal_legacy_backups(path)
    source = local.connect_plain(path)
    try:
        source.isolation_level = None
        busy, _log, _done = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise GuideDeskError(f"{path.name} is in use by another program; close it and start again")
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY {local.key_sql(key)}", (str(partial),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
        source.execute(f"PRAGMA encrypted.user_version = {version}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    check = local.connect(partial, key=key)
    try:
        check.isolation_level = None
        check.execute("PRAGMA journal_mode = WAL")
        verdict = check.execute("PRAGMA quick_check").fetchone()
    finally:
        check.close()
    if not verdict or verdict[0] != "ok":
        remove_database(partial)
        raise GuideDeskError(f"the encrypted copy of {path.name} failed its check ({verdict}); "
                             "the database was left as it was")
    swap_in(partial, path)
    log.info("encrypted %s in %.1f s (backup %s, %d older backups sealed)", path, time.perf_counter() - started,
             saved.name, resealed)
    return True
