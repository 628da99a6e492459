# SPDX-License-Identifier: Apache-2.0
"""`guide-desk import customers FILE …` and `guide-desk export customers …` (DESIGN.md §7), for IT and for
stores that receive a POS file every night. Messages, reject reasons and export column names follow the
config's locale (zh_CN or en).

Exit codes: 0 the run completed (rejected rows are counted, listed on stderr and written to --rejects);
2 bad input — an unreadable file, an unknown column in --map, no name or key column, or no row importable."""

from __future__ import annotations

import argparse
import json
import sys

from sqlmodel import Session, col, select

from guide_desk.db.tables import Guide
from guide_desk.errors import InvalidInput

EXIT_OK, EXIT_BAD_INPUT = 0, 2
SHOWN_REJECTS = 20


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from guide_desk.config import load_settings
    from guide_desk.db.migrate import open_database

    settings = load_settings(data_dir=args.data_dir)
    return settings, open_database(settings.data_dir)


def _import_owner(session: Session) -> Guide:
    """Customers imported from the command line belong to the store's first active manager (then guide)."""
    from guide_desk.db.replica import get_state

    statement = select(Guide).where(col(Guide.active)).order_by(
        col(Guide.role) != "manager", col(Guide.created_at), col(Guide.login))
    owner = session.exec(statement).first()
    if owner is not None:
        return owner
    if get_state(session, "guide_login"):
        raise InvalidInput("data_dir", "this PC is enrolled and signed in, but the guides arrive with the first "
                                       "download: run `guide-desk sync --once`, then import again")
    if get_state(session, "device_id") or get_state(session, "store_code"):
        raise InvalidInput("data_dir", "this PC is enrolled but nobody has signed in: run `guide-desk login "
                                       "--guide LOGIN`, then `guide-desk sync --once` (the guides arrive with the "
                                       "first download), then import again")
    raise InvalidInput("data_dir", "this install has no guides yet: enrol it (`guide-desk enrol …`), sign in "
                                   "(`guide-desk login …`) and run `guide-desk sync --once` to download them")


def run_import(args: argparse.Namespace) -> int:
    from guide_desk.customers.transfer.apply import ImportOptions
    from guide_desk.customers.transfer.importer import import_customers
    from guide_desk.customers.transfer.mapping import parse_map_option
    from guide_desk.customers.transfer.reading import read_sheet
    from guide_desk.customers.transfer.reasons import FileRefused, file_word, language_of
    from guide_desk.customers.transfer.rejects import write_rejects

    settings, engine = _engine(args)
    language = language_of(settings.locale)
    try:
        with Session(engine) as session:
            owner = _import_owner(session)
        try:
            sheet = read_sheet(args.file)
            overrides = parse_map_option(args.map, sheet.headers)
            options = ImportOptions(owner_guide_id=owner.id, by_guide_id=None, on_duplicate=args.on_duplicate,
                                    dry_run=args.dry_run)
            result = import_customers(engine, sheet=sheet, options=options, overrides=overrides, via="cli")
        except FileRefused as exc:
            hint = "; use --map COLUMN=name" if exc.code == "no_name_column" else ""
            raise InvalidInput(exc.field, file_word(exc, language) + hint) from exc
        if args.rejects is not None:
            write_rejects(args.rejects, headers=sheet.headers, rejects=result.rejects,
                          wording=lambda reject: reject.reasons(language))
    finally:
        engine.dispose()
    for reject in result.rejects[:SHOWN_REJECTS]:
        sys.stderr.write(f"guide-desk: {args.file.name}: {reject.describe(language)}\n")
    if result.rejected > SHOWN_REJECTS:
        sys.stderr.write(f"guide-desk: … and {result.rejected - SHOWN_REJECTS} more rejected rows"
                         f"{'' if args.rejects else ' (use --rejects OUT.csv to get them all)'}\n")
    counts = result.counts()
    if args.json:
        sys.stdout.write(json.dumps(counts) + "\n")
    else:
        verb = "would import" if args.dry_run else "imported"
        sys.stdout.write(f"{verb} {counts['imported']}, updated {counts['updated']}, unchanged duplicates "
                         f"{counts['duplicates']}, rejected {counts['rejected']} (of {result.total} rows)\n")
    if result.rejected and not (result.imported or result.updated or result.duplicates):
        sys.stderr.write(f"guide-desk: file: no row of {args.file.name} could be imported\n")
        return EXIT_BAD_INPUT
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from guide_desk.customers.transfer.export import export_customers, format_for
    from guide_desk.customers.transfer.reasons import language_of
    from guide_desk.db.engine import transaction

    fmt = format_for(args.out, args.format)
    settings, engine = _engine(args)
    try:
        with transaction(engine) as session:
            count = export_customers(session, path=args.out, fmt=fmt, by_guide_id=None,
                                     requires_manager=settings.export_requires_manager, via="cli",
                                     language=language_of(settings.locale))
    finally:
        engine.dispose()
    sys.stdout.write(f"exported {count} customers to {args.out}\n")
    return EXIT_OK
