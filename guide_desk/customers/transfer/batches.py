# SPDX-License-Identifier: Apache-2.0
"""Running an import over a file's rows in batches of 1,000 file rows, each batch one transaction — its
customers, tags, notes, outbox rows and its own audit entry commit together or not at all, so an import
killed half-way leaves whole batches, each with the audit entry that says what it wrote.

Every row-level problem is a rejected row with its row, column and reason (never an abort): the checks of
rows.py before anything is written, duplicates within the file, tags beyond WeCom's limit, and — should the
database refuse a batch — the rows that make it fail, found by trying each in a rolled-back transaction;
the rest of that batch is then written whole. A cancel stops between batches."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from guide_desk.accounts.audit import record_audit
from guide_desk.customers.transfer.apply import ImportOptions, ImportResult, apply_batch
from guide_desk.customers.transfer.reading import Sheet
from guide_desk.customers.transfer.rejects import Reject
from guide_desk.customers.transfer.rows import CleanRow, RowCleaner
from guide_desk.customers.transfer.tagging import TagResolver
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Guide
from guide_desk.errors import GuideDeskError, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.rules.uniqueness import unique_keys

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
_KEY_WORDS = {"phone_e164": "phone", "wecom_external_id": "wecom"}


def validate_rows(sheet: Sheet, mapping: dict[str, str], *, today: date) -> tuple[list[CleanRow], list[Reject]]:
    """Every row cleaned; a second row of the file with a phone or WeCom id already seen is rejected."""
    cleaner = RowCleaner(sheet.headers, mapping, today=today)
    header_of = {target: header for header, target in mapping.items()}
    good: list[CleanRow] = []
    rejects: list[Reject] = []
    seen: dict[tuple[str, Any], int] = {}
    for row in sheet.rows:
        result = cleaner.clean(row)
        if isinstance(result, list):
            first, *more = result
            rejects.append(Reject(row.number, first.column, first.code, first.params, tuple(row.cells),
                                  tuple((p.column, p.code, p.params) for p in more)))
            continue
        keys = unique_keys(result.values)
        clash = next(((k, seen[(k, v)]) for k, v in keys.items() if (k, v) in seen), None)
        if clash:
            rejects.append(Reject(row.number, header_of.get(clash[0], clash[0]), "same_in_file",
                                  {"key": _KEY_WORDS[clash[0]], "row": clash[1]}, tuple(row.cells)))
            continue
        for key, value in keys.items():
            seen[(key, value)] = row.number
        good.append(result)
    return good, rejects


class _Run:
    """One import's batches: the owner, the columns for messages, the audit entries."""

    def __init__(self, engine: Engine, options: ImportOptions, header_of: dict[str, str], via: str) -> None:
        self.engine, self.options, self.header_of, self.via = engine, options, header_of, via
        self.import_id = uuid7()
        with Session(engine) as session:
            owner = session.get(Guide, options.owner_guide_id)
            if owner is None:
                raise NotFound("guide", options.owner_guide_id)
            session.expunge(owner)
        self.owner = owner
        self.dry_resolver: TagResolver | None = None

    def _apply(self, session: Session, rows: list[CleanRow], resolver: TagResolver | None = None) -> ImportResult:
        return apply_batch(session, rows, options=self.options, owner=self.owner,
                           resolver=resolver or TagResolver(session), header_of=self.header_of)

    def _audit(self, session: Session, part: ImportResult, number: int, rows: tuple[int, int]) -> None:
        record_audit(session, guide_id=self.options.by_guide_id, action="import", entity="customer",
                     detail={**part.counts(), "import": self.import_id, "batch": number, "first_row": rows[0],
                             "last_row": rows[1], "via": self.via})

    def dry(self, rows: list[CleanRow]) -> ImportResult:
        with Session(self.engine) as session:
            if self.dry_resolver is None:
                self.dry_resolver = TagResolver(session)
            return self._apply(session, rows, self.dry_resolver)

    def write(self, rows: list[CleanRow], bad: list[Reject], number: int, span: tuple[int, int]) -> ImportResult:
        try:
            with transaction(self.engine) as session:
                part = self._apply(session, rows)
                part.rejects[:0] = bad
                self._audit(session, part, number, span)
            return part
        except (SQLAlchemyError, GuideDeskError) as exc:
            log.warning("import batch %d (rows %d-%d) refused, finding the rows at fault: %s", number, *span, exc)
        failed = self._probe(rows)
        keep = [row for row in rows if row.number not in failed]
        refused = [Reject(n, "", "batch_refused", {"detail": detail}) for n, detail in failed.items()]
        try:
            with transaction(self.engine) as session:
                part = self._apply(session, keep)
                part.rejects[:0] = bad + refused
                self._audit(session, part, number, span)
            return part
        except (SQLAlchemyError, GuideDeskError) as exc:
            detail = _detail(exc)
        part = ImportResult(rejects=bad + [Reject(r.number, "", "batch_refused", {"detail": detail}) for r in rows])
        with transaction(self.engine) as session:
            self._audit(session, part, number, span)
        return part

    def _probe(self, rows: list[CleanRow]) -> dict[int, str]:
        """Row number → why the database refuses it, each row tried alone and rolled back."""
        failed: dict[int, str] = {}
        for row in rows:
            with Session(self.engine) as session:
                try:
                    self._apply(session, [row])
                except (SQLAlchemyError, GuideDeskError) as exc:
                    failed[row.number] = _detail(exc)
                session.rollback()
        return failed


def _detail(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0][:160]


def run_batches(
    engine: Engine, *, sheet: Sheet, mapping: dict[str, str], options: ImportOptions, today: date,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None, via: str = "app",
) -> ImportResult:
    """Check every row, then apply the file `options.batch_size` rows at a time (a dry run only counts)."""
    good, rejects = validate_rows(sheet, mapping, today=today)
    result = ImportResult(total=len(sheet.rows), dry_run=options.dry_run)
    run = _Run(engine, options, {target: header for header, target in mapping.items()}, via)
    clean = {row.number: row for row in good}
    rejected = {reject.number: reject for reject in rejects}
    size = max(1, options.batch_size)
    for start in range(0, len(sheet.rows), size):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        chunk = sheet.rows[start:start + size]
        rows = [clean[r.number] for r in chunk if r.number in clean]
        bad = [rejected[r.number] for r in chunk if r.number in rejected]
        result.batches += 1
        if options.dry_run:
            part = run.dry(rows)
            part.rejects[:0] = bad
        else:
            part = run.write(rows, bad, result.batches, (chunk[0].number, chunk[-1].number))
        result.add(part)
        if progress is not None:
            progress(start + len(chunk), len(sheet.rows))
    cells = {row.number: tuple(row.cells) for row in sheet.rows}
    result.rejects = sorted((r if r.cells else Reject(r.number, r.column, r.code, r.params, cells.get(r.number, ()),
                                                       r.also) for r in result.rejects), key=lambda r: r.number)
    return result
