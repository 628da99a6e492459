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
from guide_desk.sync.auth import SyncAuth
from guide_desk.sync.client import SyncClient
from guide_desk.sync.credentials import keyring_available
from guide_desk.sync.errors import Refused, TooManyAttempts, Unauthorized

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
def _connected(settings: Settings, api_url: str | None = None) -> Iterator[SyncAuth]:
    from sqlmodel import Session

    from guide_desk.db import replica
    from guide_desk.db.migrate import open_database
    from guide_desk.net import http_client_options

    engine = open_database(settings.data_dir)
    try:
        with Session(engine) as session:
            url = api_url or replica.get_state(session, "api_url") or settings.api_url
        if not url:
            raise InvalidInput("api", "no central API URL: enrol with --api URL (or set api_url in the config)")
        client = SyncClient(url, **http_client_options(settings))
        try:
            yield SyncAuth(engine, client)
        finally:
            client.close()
    finally:
        engine.dispose()


def _say(text: str) -> None:
    sys.stderr.write(text + "\n")


def _keyring_note() -> None:
    if not keyring_available():
        _say("guide-desk: warning: this machine has no keyring; the token lives only in this process and "
             "nothing was stored")


def run_enrol(args: argparse.Namespace) -> int:
    settings = load_settings(data_dir=args.data_dir)
    with _connected(settings, args.api) as auth:
        try:
            device_id = auth.enrol(store_code=args.store, enrolment_code=args.code)
        except (Refused, Unauthorized) as exc:
            raise InvalidInput("code", exc.args[0]) from None
    _keyring_note()
    sys.stdout.write(f"enrolled as device {device_id} of store {args.store}\n")
    return 0


def run_login(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise InvalidInput("password", "expected on stdin (one line)")
    settings = load_settings(data_dir=args.data_dir)
    with _connected(settings) as auth:
        try:
            guide = auth.login(login=args.guide, password=password)
        except TooManyAttempts as exc:
            _say(f"guide-desk: {locked_words(exc.retry_after, settings.locale)}")
            return 1
        except (Refused, Unauthorized) as exc:
            raise InvalidInput("guide", exc.args[0]) from None
    _keyring_note()
    sys.stdout.write(f"signed in for sync as {guide.login} ({guide.role})\n")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    """One round with --once; otherwise rounds forever on the app's timer and backoff (a kiosk or server)."""
    import time

    from guide_desk.sync.backoff import Backoff
    from guide_desk.sync.engine import SyncEngine
    from guide_desk.sync.errors import NotEnrolled, NotSignedIn, SyncError

    settings = load_settings(data_dir=args.data_dir)
    backoff = Backoff()
    with _connected(settings) as auth:
        engine = SyncEngine(auth.engine, auth)
        while True:
            try:
                result = engine.run_round()
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
