# SPDX-License-Identifier: Apache-2.0
"""`guide-desk central serve|admin …` (DESIGN.md §7). Loaded only when a central command runs.

Both commands migrate the database first, in this one process, before any API worker starts."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from guide_desk.central import admin
from guide_desk.central.engine import make_engine
from guide_desk.central.migrate import upgrade
from guide_desk.errors import GuideDeskError, InvalidInput

log = logging.getLogger(__name__)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _engine(db_url: str) -> Engine:
    try:
        engine = make_engine(db_url)
    except (ArgumentError, ValueError) as exc:
        raise InvalidInput("db", f"'{db_url}' is not a database URL ({exc})") from None
    except ModuleNotFoundError as exc:
        raise GuideDeskError(f"the driver for {db_url.split(':', 1)[0]} is missing ({exc.name}); "
                             "for PostgreSQL: pip install 'guide-desk[postgres]'") from None
    try:
        upgrade(engine)
    except OperationalError as exc:
        raise GuideDeskError(f"cannot open {db_url}: {exc.orig}") from None
    return engine


def _password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("password: ")
    return sys.stdin.readline().rstrip("\r\n")


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from guide_desk.central.app import DB_ENV, create_app
    from guide_desk.central.settings import CentralSettings

    _engine(args.db).dispose()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.workers > 1:
        os.environ[DB_ENV] = args.db
        uvicorn.run("guide_desk.central.app:app_from_env", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="info")
    else:
        uvicorn.run(create_app(args.db, settings=CentralSettings.from_env()), host=args.host, port=args.port,
                    log_level="info")
    return 0


def run_admin(args: argparse.Namespace) -> int:
    engine = _engine(args.db)
    try:
        action = args.admin_command
        if action == "create-store":
            _out(admin.create_store(engine, code=args.code, name=args.name, city=args.city, timezone=args.timezone,
                                    opens_at=args.opens_at, closes_at=args.closes_at))
        elif action == "create-guide":
            _out(admin.create_guide(engine, store_code=args.store, login=args.guide, name=args.name, role=args.role,
                                    password=_password()))
        elif action == "enrol-code":
            _out(admin.issue_enrolment_code(engine, store_code=args.store, ttl=timedelta(hours=args.hours)))
        elif action == "revoke-device":
            admin.revoke_device(engine, device_id=args.device_id)
            _out(f"device {args.device_id} revoked")
        elif action == "guide-active":
            admin.set_guide_active(engine, login=args.guide, active=args.state == "on")
            _out(f"guide {args.guide} {'active' if args.state == 'on' else 'deactivated; their sessions ended'}")
        elif action == "store-view":
            admin.set_store_wide_view(engine, store_code=args.store, on=args.state == "on")
            _out(f"store {args.store}: store-wide view {args.state}")
        elif action == "devices":
            for device in admin.list_devices(engine, store_code=args.store):
                state = "revoked" if device.revoked else "active"
                _out(f"{device.id}  {device.store_code:<8} {state:<8} {device.created_at:%Y-%m-%d}  {device.name}")
        elif action == "purge-tombstones":
            purged = admin.purge_tombstones(engine, older_than=timedelta(days=args.days))
            _out(f"purged {purged} tombstones older than {args.days} days")
        elif action == "restored":
            version = admin.mark_restored(engine)
            _out(f"version counter moved to {version}: every device will download everything again")
        else:
            raise InvalidInput("command", "choose one: create-store, create-guide, enrol-code, revoke-device, "
                                          "guide-active, store-view, devices, purge-tombstones, restored")
    finally:
        engine.dispose()
    return 0


def run_central(args: argparse.Namespace) -> int:
    if getattr(args, "central_command", None) == "serve":
        return serve(args)
    if getattr(args, "central_command", None) == "admin":
        return run_admin(args)
    raise InvalidInput("command", "choose one: guide-desk central serve | admin")
