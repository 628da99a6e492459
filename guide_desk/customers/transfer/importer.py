# SPDX-License-Identifier: Apache-2.0
"""An import from a file, start to end: read, map the columns, check every row, apply in whole batches,
remember the mapping. The wizard and `guide-desk import customers` both call `import_customers`."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.accounts.audit import record_audit
from guide_desk.customers.transfer.apply import (
    ImportOptions,
    ImportResult,
    Progress,
    apply_rows,
    store_today,
    validate_rows,
)
from guide_desk.customers.transfer.mapping import complete_mapping, guess_mapping, remember_mapping, remembered_mapping
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


def preview_file(engine: Engine, *, path: Path) -> Preview:
    sheet = read_sheet(path)
    with Session(engine) as session:
        remembered = remembered_mapping(session, headers=sheet.headers)
    mapping = guess_mapping(sheet.headers)
    if remembered is not None:
        mapping = {h: f for h, f in {**mapping, **remembered}.items() if f}
    return Preview(sheet, mapping, remembered is not None)


def import_sheet(
    engine: Engine, *, sheet: Sheet, mapping: dict[str, str], options: ImportOptions, today: date | None = None,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None, remember: bool = True,
    via: str = "app",
) -> ImportResult:
    """Check and apply `sheet` with a complete mapping (header → field); see apply.apply_rows."""
    # The file's rows are millions of long-lived objects: left to the cyclic GC, each full collection walks
    # them all while holding the GIL and freezes the window for up to a second. They hold no cycles.
    gc.freeze()
    try:
        rows, rejects = validate_rows(sheet, mapping, today=today or store_today())
        result = ImportResult(total=len(sheet.rows), rejects=rejects, dry_run=options.dry_run)
        cells = {row.number: tuple(row.cells) for row in sheet.rows}
        apply_rows(engine, rows=rows, options=options, result=result, progress=progress, cancel=cancel,
                   cells=cells)
    finally:
        gc.unfreeze()
    if not options.dry_run:
        with transaction(engine) as session:
            if remember:
                remember_mapping(session, headers=sheet.headers, mapping=mapping)
            record_audit(session, guide_id=options.by_guide_id, action="import", entity="customer",
                         detail={**result.counts(), "via": via, "cancelled": result.cancelled})
    return result


def import_customers(
    engine: Engine, *, path: Path, options: ImportOptions, overrides: dict[str, str] | None = None,
    today: date | None = None, progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
    via: str = "app",
) -> ImportResult:
    """Import `path` with the headers recognised by themselves, then remembered choices, then `overrides`."""
    sheet = read_sheet(path)
    with Session(engine) as session:
        remembered = remembered_mapping(session, headers=sheet.headers)
    mapping = complete_mapping(sheet.headers, remembered=remembered, overrides=overrides)
    return import_sheet(engine, sheet=sheet, mapping=mapping, options=options, today=today, progress=progress,
                        cancel=cancel, via=via)
