# SPDX-License-Identifier: Apache-2.0
"""An import from a file, start to end: read it once, map the columns, check every row, apply in whole
batches (batches.py), remember the mapping. The wizard reads the file for its preview and imports that same
sheet; `guide-desk import customers` reads it once and imports it."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.customers.transfer.apply import ImportOptions, ImportResult, store_today
from guide_desk.customers.transfer.batches import Progress, run_batches
from guide_desk.customers.transfer.mapping import (
    complete_mapping,
    guess_mapping,
    not_imported,
    remember_mapping,
    remembered_mapping,
    updates_only,
)
from guide_desk.customers.transfer.reading import RawRow, Sheet, read_sheet
from guide_desk.db.engine import transaction

PREVIEW_ROWS = 10


@dataclass
class Preview:
    """What the mapping step shows: headers, the mapping proposed (remembered or guessed), the first rows."""

    sheet: Sheet
    mapping: dict[str, str]
    remembered: bool

    @property
    def headers(self) -> list[str]:
        return self.sheet.headers

    @property
    def first_rows(self) -> list[RawRow]:
        return self.sheet.rows[:PREVIEW_ROWS]

    @property
    def row_count(self) -> int:
        return len(self.sheet.rows)

    @property
    def not_imported(self) -> list[str]:
        """Columns recognised as figures computed here or data not kept (累计消费, Email…)."""
        return not_imported(self.headers)


def preview_file(engine: Engine, *, path: Path) -> Preview:
    sheet = read_sheet(path)
    with Session(engine) as session:
        remembered = remembered_mapping(session, headers=sheet.headers)
    mapping = guess_mapping(sheet.headers)
    if remembered is not None:
        mapping = {h: f for h, f in {**mapping, **remembered}.items() if f}
    return Preview(sheet, mapping, remembered is not None)


def effective_options(options: ImportOptions, mapping: dict[str, str]) -> ImportOptions:
    """A file of keys without names can only update: skipping its matches would do nothing at all."""
    if updates_only(mapping) and options.on_duplicate == "skip":
        return replace(options, on_duplicate="update")
    return options


def import_sheet(
    engine: Engine, *, sheet: Sheet, mapping: dict[str, str], options: ImportOptions, today: date | None = None,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None, remember: bool = True,
    via: str = "app",
) -> ImportResult:
    """Check and apply `sheet` with a complete mapping (header → field); see batches.run_batches."""
    options = effective_options(options, mapping)
    if remember and not options.dry_run:
        with transaction(engine) as session:
            remember_mapping(session, headers=sheet.headers, mapping=mapping)
    # The file's rows are millions of long-lived objects: left to the cyclic GC, each full collection walks
    # them all while holding the GIL and freezes the window for up to a second. They hold no cycles.
    gc.freeze()
    try:
        return run_batches(engine, sheet=sheet, mapping=mapping, options=options, today=today or store_today(),
                           progress=progress, cancel=cancel, via=via)
    finally:
        gc.unfreeze()


def import_customers(
    engine: Engine, *, path: Path | None = None, sheet: Sheet | None = None, options: ImportOptions,
    overrides: dict[str, str] | None = None, today: date | None = None, progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None, via: str = "app",
) -> ImportResult:
    """Import `sheet` (or the file at `path`, read here) with the headers recognised by themselves, then
    remembered choices, then `overrides`."""
    if sheet is None:
        if path is None:
            raise ValueError("import_customers needs a path or a sheet")
        sheet = read_sheet(path)
    with Session(engine) as session:
        remembered = remembered_mapping(session, headers=sheet.headers)
    mapping = complete_mapping(sheet.headers, remembered=remembered, overrides=overrides)
    return import_sheet(engine, sheet=sheet, mapping=mapping, options=options, today=today, progress=progress,
                        cancel=cancel, via=via)
