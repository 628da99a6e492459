# SPDX-License-Identifier: Apache-2.0
"""The `guide-desk` command. Start-up stays light: each subcommand imports what it needs when it runs."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from guide_desk import __version__
from guide_desk.errors import GuideDeskError, InvalidInput

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from guide_desk.config import load_settings

    return load_settings(data_dir=getattr(args, "data_dir", None), api_url=getattr(args, "api", None))


def cmd_gui(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from guide_desk.logs import setup_logging

    setup_logging(settings.data_dir, level=settings.log_level)
    from guide_desk.ui.app import run_app

    return run_app(settings)


def cmd_demo(args: argparse.Namespace) -> int:
    from guide_desk.commands.demo import prepare_demo

    run = prepare_demo(args)
    for line in run.said:
        _out(line)
    if args.no_gui:
        if run.central is not None:
            _out(f"demo central API at {run.central.url} (store {run.central.store_code}); this demo is enrolled "
                 "with it, and it serves while the workbench is open")
            run.central.stop.set()
        return EXIT_OK
    args.data_dir = run.data_dir
    if run.central is not None:
        args.api = run.central.url
    return cmd_gui(args)


def _explicit_data_dir(args: argparse.Namespace, command: str) -> Path:
    """The data dir of a command that must not fall back to this PC's real data (bench, screenshot): the
    flag, before or after the command, else GUIDE_DESK_DATA_DIR."""
    given = args.data_dir or os.environ.get("GUIDE_DESK_DATA_DIR")
    if not given:
        raise InvalidInput("data_dir", f"{command} needs --data-dir DIR (or GUIDE_DESK_DATA_DIR), "
                                       "e.g. a store built by `guide-desk demo`")
    return Path(given)


def cmd_doctor(args: argparse.Namespace) -> int:
    from guide_desk.doctor import diagnose, render

    found = diagnose(data_dir=args.data_dir, api_url=args.api, full=args.full)
    _out(render(found.checks, found.rows, as_json=args.json))
    if args.bundle:
        from guide_desk.diagnostics.bundle import write_bundle

        path = write_bundle(args.bundle, settings=found.settings,
                            report_text=render(found.checks, found.rows, as_json=False),
                            report_json=render(found.checks, found.rows, as_json=True),
                            integrity=found.value("integrity check"))
        sys.stderr.write(f"diagnostics bundle written to {path}\n")
    return EXIT_OK if found.ok else EXIT_FAILURE


def cmd_self_test(args: argparse.Namespace) -> int:
    from guide_desk.ui.selftest import run_self_test

    return run_self_test(sys.stdout, data_dir=args.data_dir)


def cmd_bench(args: argparse.Namespace) -> int:
    from guide_desk.bench import run_benchmarks

    only = [name.strip() for name in args.only.split(",")] if args.only else None
    metrics = run_benchmarks(_explicit_data_dir(args, "bench"), only=only)
    if args.json:
        _out(json.dumps(metrics))
    else:
        for name, value in metrics.items():
            _out(f"{name:<24} {value}")
    return EXIT_OK


def cmd_screenshot(args: argparse.Namespace) -> int:
    from guide_desk.ui.screenshot import render_pages

    args.data_dir = _explicit_data_dir(args, "screenshot")
    for path in render_pages(_settings(args), args.out):
        _out(str(path))
    return EXIT_OK


def cmd_central(args: argparse.Namespace) -> int:
    try:
        from guide_desk.central.cli import run_central
    except ModuleNotFoundError as exc:
        raise GuideDeskError(f"the central API needs its extra ({exc.name} is missing): "
                             "pip install 'guide-desk[central]'") from None
    return run_central(args)


def _add_central(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`guide-desk central serve|admin …` — the reference central API (DESIGN.md §7)."""
    central = sub.add_parser("central", help="the reference central API: serve it, administer it")
    central.set_defaults(handler=cmd_central)
    commands = central.add_subparsers(dest="central_command", metavar="serve|admin")
    serve = commands.add_parser("serve", help="run the API (migrates the database first)")
    serve.add_argument("--db", default="sqlite:///central.db", help="sqlite:///FILE or postgresql+psycopg://…")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="API processes (PostgreSQL for more than one)")
    admin = commands.add_parser("admin", help="stores, guides, enrolment codes, devices")
    admin.add_argument("--db", default="sqlite:///central.db")
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION")
    store = actions.add_parser("create-store", help="create a store; prints its id")
    store.add_argument("code")
    store.add_argument("name")
    store.add_argument("--city", default="")
    store.add_argument("--timezone", default="Asia/Shanghai")
    store.add_argument("--opens-at", default="10:00")
    store.add_argument("--closes-at", default="22:00")
    guide = actions.add_parser("create-guide", help="create a guide (password on stdin); prints the id")
    guide.add_argument("--store", required=True, help="store code")
    guide.add_argument("--guide", required=True, help="the login the guide types")
    guide.add_argument("--name", required=True)
    guide.add_argument("--role", choices=["guide", "manager", "hq"], default="guide")
    code = actions.add_parser("enrol-code", help="print a one-time enrolment code for a store PC")
    code.add_argument("--store", required=True, help="store code")
    code.add_argument("--hours", type=float, default=72.0, help="how long the code stays valid")
    revoke = actions.add_parser("revoke-device", help="refuse a device and its sessions at once")
    revoke.add_argument("device_id")
    active = actions.add_parser("guide-active", help="deactivate a guide (ends their sessions at once) or "
                                                     "reactivate one")
    active.add_argument("--guide", required=True, help="the guide's login")
    active.add_argument("state", choices=["on", "off"])
    view = actions.add_parser("store-view", help="on: a store's PCs pull the whole store (the default); off: only "
                                                 "the customers of the guides signed in on each PC")
    view.add_argument("--store", required=True, help="store code")
    view.add_argument("state", choices=["on", "off"])
    devices = actions.add_parser("devices", help="list enrolled devices")
    devices.add_argument("--store", help="store code")
    purge = actions.add_parser("purge-tombstones", help="forget deletions older than DAYS (older cursors resync)")
    purge.add_argument("--days", type=int, default=90)
    actions.add_parser("restored", help="run after restoring the database from a backup: devices re-download "
                                        "and re-send what the backup lost")


def build_parser() -> argparse.ArgumentParser:
    from guide_desk.commands.parsers import add_data_dir, add_sync, add_transfer

    parser = argparse.ArgumentParser(prog="guide-desk", description="导购工作台 Guide Desk")
    parser.add_argument("--version", action="version", version=f"guide-desk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="where this install keeps its data")
    parser.add_argument("--self-test", action="store_true",
                        help="check this install offscreen (Qt, migrations, keyring, config), print one line")
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the workbench (the default)")
    add_data_dir(gui)
    gui.set_defaults(handler=cmd_gui)

    demo = sub.add_parser("demo", help="build a demo store and open it")
    add_data_dir(demo, "default: GUIDE_DESK_DATA_DIR, else a guide-desk-demo folder beside the normal data dir")
    demo.add_argument("--size", choices=["S", "M", "L"],
                      help="S 1k, M 10k, L 100k customers (default: S, or the size of the demo being reused)")
    demo.add_argument("--fresh", action="store_true",
                      help="remove the earlier demo (its database, backups, central API database and keyring "
                           "entries) and build it again")
    demo.add_argument("--no-gui", action="store_true", help="only build (or reuse) the data")
    demo.add_argument("--no-central", action="store_true",
                      help="do not start the embedded central API (the demo then works offline)")
    demo.set_defaults(handler=cmd_demo)

    doctor = sub.add_parser("doctor", help="check this install (data, schema, keyring, API, disk)")
    add_data_dir(doctor)
    doctor.add_argument("--api", help="central API URL to probe")
    doctor.add_argument("--json", action="store_true")
    doctor.add_argument("--full", action="store_true",
                        help="full integrity check (every index against its table, foreign keys; minutes on a big "
                             "database) instead of the quick one")
    doctor.add_argument("--bundle", type=Path, metavar="FILE.zip",
                        help="also write a diagnostics zip for support (no customer data, secrets redacted)")
    doctor.set_defaults(handler=cmd_doctor)

    bench = sub.add_parser("bench", help="run the benchmarks on a data dir")
    add_data_dir(bench, "the store to measure (required here, or GUIDE_DESK_DATA_DIR)")
    bench.add_argument("--json", action="store_true", help="print one JSON object of metrics")
    bench.add_argument("--only", help="comma-separated metric names")
    bench.set_defaults(handler=cmd_bench)

    shot = sub.add_parser("screenshot", help="render every page to PNG (offscreen)")
    add_data_dir(shot, "the store to render (required here, or GUIDE_DESK_DATA_DIR)")
    shot.add_argument("--out", type=Path, required=True)
    shot.set_defaults(handler=cmd_screenshot)
    add_transfer(sub)
    add_sync(sub)
    _add_central(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = cmd_self_test if args.self_test else args.handler
    try:
        return handler(args)
    except InvalidInput as exc:
        sys.stderr.write(f"guide-desk: {exc.field}: {exc.problem}\n")
        return EXIT_BAD_INPUT
    except GuideDeskError as exc:
        sys.stderr.write(f"guide-desk: {exc}\n")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        sys.stderr.write("guide-desk: interrupted\n")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
