# SPDX-License-Identifier: Apache-2.0
"""`guide-desk enrol`, `guide-desk login` and `guide-desk sync --once` (DESIGN.md §7), for IT scripts.

The password is read from stdin, never from the command line (it would show in the process list and the
shell history); tokens go to the OS keyring. Exit codes: 0 ok, 1 failure, 2 bad input."""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from guide_desk.config import Settings, load_settings
from guide_desk.errors import InvalidInput
from guide_desk.sync.credentials import keyring_available
from guide_desk.sync.errors import Refused, TooManyAttempts, Unauthorized
from guide_desk.sync.stack import SyncConnection, connect

log = logging.getLogger(__name__)


def _chinese(setting: str) -> bool:
    if setting != "system":
        return setting == "zh_CN"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.startswith("zh")
    return False


def locked_words(retry_after: float | None, locale_setting: str) -> str:
    """The server's sign-in lockout in the user's language (the CLI has no Qt catalogue)."""
    minutes = max(1, math.ceil((retry_after or 60) / 60))
    if _chinese(locale_setting):
        return f"尝试次数过多，请 {minutes} 分钟后再试"
    return f"too many attempts, try again in {minutes} minute{'s' if minutes > 1 else ''}"


@contextmanager
def _connected(settings: Settings, api_url: str | None = None) -> Iterator[SyncConnection]:
    """The sync stack the app builds too (guide_desk.sync.stack), on this install's database."""
    from guide_desk.db.migrate import open_database

    engine = open_database(settings.data_dir)
    try:
        connection = connect(settings, engine, api_url=api_url)
        if connection is None:
            raise InvalidInput("api", "no central API URL: enrol with --api URL (or set api_url in the config)")
        try:
            yield connection
        finally:
            connection.close()
    finally:
        engine.dispose()


@contextmanager
def _refused_as(field: str) -> Iterator[None]:
    """The server refusing a code or a password is bad input on that field (exit code 2)."""
    try:
        yield
    except (Refused, Unauthorized) as exc:
        raise InvalidInput(field, exc.args[0]) from None


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")


def _keyring_note() -> None:
    if not keyring_available():
        _say("guide-desk: warning: this machine has no keyring; the token lives only in this process and "
             "nothing was stored")


def run_enrol(args: argparse.Namespace) -> int:
    settings = load_settings(data_dir=args.data_dir)
    with _connected(settings, args.api) as connection, _refused_as("code"):
        device_id = connection.auth.enrol(store_code=args.store, enrolment_code=args.code)
    _keyring_note()
    sys.stdout.write(f"enrolled as device {device_id} of store {args.store}\n")
    return 0


def run_login(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise InvalidInput("password", "expected on stdin (one line)")
    settings = load_settings(data_dir=args.data_dir)
    with _connected(settings) as connection, _refused_as("guide"):
        try:
            guide = connection.auth.login(login=args.guide, password=password)
        except TooManyAttempts as exc:
            _say(f"guide-desk: {locked_words(exc.retry_after, settings.locale)}")
            return 1
    _keyring_note()
    sys.stdout.write(f"signed in for sync as {guide.login} ({guide.role})\n")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    """One round with --once; otherwise rounds forever on the app's timer and backoff (a kiosk or server)."""
    import time

    from guide_desk.sync.backoff import Backoff
    from guide_desk.sync.errors import NotEnrolled, NotSignedIn, SyncError

    settings = load_settings(data_dir=args.data_dir)
    backoff = Backoff()
    with _connected(settings) as connection:
        while True:
            try:
                result = connection.engine.run_round()
            except (NotEnrolled, NotSignedIn):
                raise
            except SyncError as exc:
                if args.once:
                    raise
                wait = backoff.failed(exc)
                _say(f"guide-desk: sync failed ({exc}); retrying in {wait:.0f} s")
                time.sleep(wait)
                continue
            sys.stdout.write(f"pushed {result.pushed}, pulled {result.pulled}, rejected {result.rejected}, "
                             f"conflicts {result.conflicts}, pending {result.pending}\n")
            if args.once:
                return 0 if result.synced else 1
            time.sleep(backoff.succeeded())
