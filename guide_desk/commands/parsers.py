# SPDX-License-Identifier: Apache-2.0
"""The `import`, `export`, `enrol`, `login` and `sync` subcommands' arguments (DESIGN.md §7). Each handler
imports its module only when it runs, so `guide-desk --version` stays fast."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_import(args: argparse.Namespace) -> int:
    from guide_desk.commands.transfer import run_import

    return run_import(args)


def cmd_export(args: argparse.Namespace) -> int:
    from guide_desk.commands.transfer import run_export

    return run_export(args)


def cmd_enrol(args: argparse.Namespace) -> int:
    from guide_desk.commands.sync import run_enrol

    return run_enrol(args)


def cmd_login(args: argparse.Namespace) -> int:
    from guide_desk.commands.sync import run_login

    return run_login(args)


def cmd_sync(args: argparse.Namespace) -> int:
    from guide_desk.commands.sync import run_sync

    return run_sync(args)


def add_data_dir(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    """`--data-dir` after a subcommand. SUPPRESS leaves the value given before the subcommand (or None, the
    main parser's default) in place: a None default here would silently replace `--data-dir X gui`'s X."""
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help=help_text or "where this install keeps its data (default: GUIDE_DESK_DATA_DIR, "
                                          "the config files, then the platform's data folder)")


def add_transfer(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`guide-desk import customers …` and `guide-desk export customers …` (DESIGN.md §7)."""
    importing = sub.add_parser("import", help="import customers from CSV (UTF-8, BOM, GBK) or .xlsx")
    importing.add_argument("what", choices=["customers"])
    importing.add_argument("file", type=Path)
    add_data_dir(importing)
    importing.add_argument("--dry-run", action="store_true", help="check every row, store nothing")
    importing.add_argument("--map", help="COLUMN=FIELD,… where the headers are not recognised by themselves")
    importing.add_argument("--rejects", type=Path, metavar="OUT.csv", help="write rejected rows here to fix")
    importing.add_argument("--on-duplicate", choices=["skip", "update", "merge"], default="skip")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=cmd_import)
    exporting = sub.add_parser("export", help="export customers to CSV, .xlsx or vCard")
    exporting.add_argument("what", choices=["customers"])
    add_data_dir(exporting)
    exporting.add_argument("--out", type=Path, required=True)
    exporting.add_argument("--format", choices=["csv", "xlsx", "vcf"], help="default: from the file name")
    exporting.set_defaults(handler=cmd_export)


def add_sync(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Headless device set-up and sync for IT scripts (DESIGN.md §7)."""
    enrol = sub.add_parser("enrol", help="enrol this PC with the central API")
    add_data_dir(enrol)
    enrol.add_argument("--api", required=True, help="central API URL")
    enrol.add_argument("--store", required=True, help="store code")
    enrol.add_argument("--code", required=True, help="one-time enrolment code")
    enrol.set_defaults(handler=cmd_enrol)
    login = sub.add_parser("login", help="sign a guide in for sync (password on stdin)")
    add_data_dir(login)
    login.add_argument("--guide", required=True, help="the guide's login")
    login.set_defaults(handler=cmd_login)
    sync = sub.add_parser("sync", help="sync with the central API")
    add_data_dir(sync)
    sync.add_argument("--once", action="store_true", help="one round; exit 0 only when fully synced")
    sync.set_defaults(handler=cmd_sync)
