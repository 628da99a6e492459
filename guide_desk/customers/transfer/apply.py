# SPDX-License-Identifier: Apache-2.0
"""Applying an import: valid rows go in batches, each batch in one transaction — customers, derived search
columns, consent, tags, notes and their outbox rows commit together or not at all (Core executemany, the
bulk path of DESIGN.md §3). Rows that match an active customer by normalised phone or WeCom id are
duplicates: skipped, updated (the file wins) or merged (the file only fills what is empty; tags united).

This is the one service that owns its transactions: a batch is the unit a cancel or a failure leaves whole."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Engine, bindparam, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.names import given_name, pinyin_keys
from guide_desk.customers.transfer.reading import Sheet
from guide_desk.customers.transfer.rejects import Reject
from guide_desk.customers.transfer.rows import CleanRow, RowCleaner
from guide_desk.customers.transfer.tagging import TagResolver, add_tags
from guide_desk.db.engine import transaction
from guide_desk.db.outbox import AUTHOR
from guide_desk.db.tables import ConsentEvent, Customer, Guide, Note, Outbox
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.ids import uuid7
from guide_desk.phones import national_digits

log = logging.getLogger(__name__)
OnDuplicate = Literal["skip", "update", "merge"]
Progress = Callable[[int, int], None]
_KEYS = ("phone_e164", "wecom_external_id")
_DEFAULTS: dict[str, Any] = {
    "phone_e164": None, "wecom_external_id": None, "gender": None, "birthday": None, "size_top": None,
    "size_bottom": None, "size_shoe": None, "style_prefs": "", "tier": "normal", "points": 0,
    "marketing_consent": False,
}


@dataclass
class ImportOptions:
    owner_guide_id: str
    by_guide_id: str | None
    on_duplicate: OnDuplicate = "skip"
    dry_run: bool = False
    batch_size: int = 1000


@dataclass
class ImportResult:
    total: int = 0
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    rejects: list[Reject] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False
    customer_ids: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.rejects)

    def counts(self) -> dict[str, int]:
        return {"imported": self.imported, "updated": self.updated, "rejected": self.rejected,
                "duplicates": self.duplicates}


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def derived_columns(name: str, phone_e164: str | None) -> dict[str, Any]:
    """The search columns exactly as customers/profiles.py derives them on every write."""
    pinyin, initials = pinyin_keys(name)
    if phone_e164 and phone_e164.startswith("+86"):
        digits: str | None = phone_e164[3:]  # what national_digits gives for China, without parsing again
    else:
        digits = national_digits(phone_e164) if phone_e164 else None
    return {"name_pinyin": pinyin, "name_initials": initials, "name_given": given_name(name),
            "phone_digits": digits, "phone_rev": digits[::-1] if digits else None}


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
            rejects.append(Reject(row.number, "; ".join(dict.fromkeys(p.column for p in result if p.column)),
                                  "; ".join(p.reason for p in result), tuple(row.cells)))
            continue
        clash = next(((k, seen[(k, result.values[k])]) for k in _KEYS
                      if result.values.get(k) and (k, result.values[k]) in seen), None)
        if clash:
            rejects.append(Reject(row.number, header_of.get(clash[0], clash[0]),
                                  f"same {'phone' if clash[0] == 'phone_e164' else 'WeCom id'} as row {clash[1]}",
                                  tuple(row.cells)))
            continue
        for key in _KEYS:
            if result.values.get(key):
                seen[(key, result.values[key])] = row.number
        good.append(result)
    return good, rejects


def _matches(session: Session, batch: list[CleanRow]) -> dict[tuple[str, Any], dict[str, Any]]:
    """Active customers holding a phone or WeCom id of the batch. One query per key, each shaped like the
    partial unique index it reads (an OR of the two would scan the whole table)."""
    table = Customer.__table__  # type: ignore[attr-defined]
    found: dict[tuple[str, Any], dict[str, Any]] = {}
    for key in _KEYS:
        wanted = [r.values[key] for r in batch if r.values.get(key)]
        if not wanted:
            continue
        column = table.c[key]
        statement = select(table).where(table.c.archived_at.is_(None), column.is_not(None), column.in_(wanted))
        for row in session.execute(statement).mappings():
            for each in _KEYS:
                if row[each]:
                    found[(each, row[each])] = dict(row)
    return found


class _Batch:
    """The rows of one batch sorted into inserts and updates, then written with executemany."""

    def __init__(self, session: Session, options: ImportOptions, owner: Guide, resolver: TagResolver) -> None:
        self.session, self.options, self.owner, self.resolver = session, options, owner, resolver
        self.now = utcnow()
        self.author = session.info.get(AUTHOR) or options.by_guide_id
        self.customers: list[dict[str, Any]] = []
        self.updates: dict[frozenset[str], list[dict[str, Any]]] = {}
        self.outbox: list[dict[str, Any]] = []
        self.consent: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        self.new_tags: dict[str, list[str]] = {}
        self.old_tags: dict[str, list[str]] = {}

    def _mutation(self, entity_id: str, op: str, fields: dict[str, Any], base: int = 0, entity: str = "customer"
                  ) -> None:
        self.outbox.append({"entity": entity, "entity_id": entity_id, "op": op, "base_version": base,
                            "fields": {k: _jsonable(v) for k, v in fields.items()}, "tag_adds": [],
                            "tag_removes": [], "client_ts": self.now, "author_guide_id": self.author})

    def _consent(self, customer_id: str, granted: bool) -> None:
        self.consent.append({"id": uuid7(), "customer_id": customer_id, "channel": "wecom", "granted": granted,
                             "source": "import", "recorded_by": self.options.by_guide_id, "at": self.now})

    def create(self, row: CleanRow) -> str:
        values = {**_DEFAULTS, **row.values}
        customer_id = uuid7()
        self.customers.append({
            "id": customer_id, "store_id": self.owner.store_id, "owner_guide_id": self.owner.id, **values,
            **derived_columns(values["name"], values["phone_e164"]), "points_expire_on": None, "source": "import",
            "purchase_count": 0, "total_spent_fen": 0, "first_purchase_at": None, "last_purchase_at": None,
            "last_contact_at": None, "created_at": self.now, "updated_at": self.now, "archived_at": None,
            "server_version": 0})
        self._mutation(customer_id, "create", {**row.values, "owner_guide_id": self.owner.id,
                                               "store_id": self.owner.store_id})
        if values["marketing_consent"]:
            self._consent(customer_id, True)
        self._extras(customer_id, row, self.new_tags)
        return customer_id

    def change(self, existing: dict[str, Any], row: CleanRow) -> bool:
        fill_only = self.options.on_duplicate == "merge"
        changed = {k: v for k, v in row.values.items() if existing[k] != v
                   and (not fill_only or existing[k] in (None, "") or (k == "tier" and existing[k] == "normal"))}
        if changed:
            stored = dict(changed)
            if "name" in changed or "phone_e164" in changed:
                stored.update(derived_columns(changed.get("name", existing["name"]),
                                              changed.get("phone_e164", existing["phone_e164"])))
            stored.update(updated_at=self.now, _id=existing["id"])
            self.updates.setdefault(frozenset(stored), []).append(stored)
            self._mutation(existing["id"], "update", changed, base=existing["server_version"])
            if "marketing_consent" in changed:
                self._consent(existing["id"], changed["marketing_consent"])
        self._extras(existing["id"], row, self.old_tags)
        return bool(changed or row.tags or row.note)

    def _extras(self, customer_id: str, row: CleanRow, tags: dict[str, list[str]]) -> None:
        if row.tags:
            tags[customer_id] = self.resolver.ids(self.session, row.tags)
        if row.note:
            note_id = uuid7()
            self.notes.append({"id": note_id, "customer_id": customer_id, "guide_id": self.options.by_guide_id,
                               "body": row.note, "created_at": self.now, "server_version": 0})
            self._mutation(note_id, "create", {"customer_id": customer_id, "guide_id": self.options.by_guide_id,
                                               "body": row.note}, entity="note")

    def write(self) -> None:
        session = self.session
        table = Customer.__table__  # type: ignore[attr-defined]
        if self.customers:
            session.execute(insert(table), self.customers)
        for keys, rows in self.updates.items():
            columns: dict[str, Any] = {k: bindparam(k) for k in keys if k != "_id"}
            session.execute(update(table).where(table.c.id == bindparam("_id")).values(columns), rows)
        for target, rows in ((Note, self.notes), (ConsentEvent, self.consent), (Outbox, self.outbox)):
            if rows:
                session.execute(insert(target.__table__), rows)  # type: ignore[union-attr]
        add_tags(session, self.resolver, self.new_tags, now=self.now, existing=False, author=self.author)
        add_tags(session, self.resolver, self.old_tags, now=self.now, existing=True, author=self.author)


def _apply_batch(session: Session, batch: list[CleanRow], options: ImportOptions, owner: Guide,
                 result: ImportResult) -> None:
    resolver = TagResolver(session)
    work = _Batch(session, options, owner, resolver)
    found = _matches(session, batch)
    imported = updated = duplicates = 0
    rejects: list[Reject] = []
    created: list[str] = []
    for row in batch:
        try:
            resolver.check(row.tags)
        except InvalidInput as exc:
            rejects.append(Reject(row.number, "tags", exc.problem))
            continue
        hits = {found[(k, row.values[k])]["id"]: found[(k, row.values[k])] for k in _KEYS
                if row.values.get(k) and (k, row.values[k]) in found}
        if len(hits) > 1:
            rejects.append(Reject(row.number, "", "its phone and its WeCom id belong to two different customers"))
        elif hits:
            duplicates += 1
            if options.on_duplicate != "skip" and not options.dry_run:
                updated += work.change(next(iter(hits.values())), row)
            elif options.on_duplicate != "skip":
                updated += 1
        else:
            imported += 1
            if not options.dry_run:
                created.append(work.create(row))
    if not options.dry_run:
        work.write()
        session.flush()
    result.imported += imported
    result.updated += updated
    result.duplicates += duplicates
    result.rejects += rejects
    result.customer_ids += created


def apply_rows(
    engine: Engine, *, rows: list[CleanRow], options: ImportOptions, result: ImportResult,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None, cells: dict[int, tuple[str, ...]],
) -> ImportResult:
    """Write `rows` batch by batch (a dry run only counts). A cancel stops between batches: the batches
    already written stay, whole; a batch the database refuses is rejected row by row, whole."""
    with Session(engine) as session:
        owner = session.get(Guide, options.owner_guide_id)
        if owner is None:
            raise NotFound("guide", options.owner_guide_id)
        session.expunge(owner)
    for start in range(0, len(rows), options.batch_size):
        if cancel is not None and cancel():
            result.cancelled = True
            break
        batch = rows[start:start + options.batch_size]
        part = ImportResult()
        try:
            if options.dry_run:
                with Session(engine) as session:
                    _apply_batch(session, batch, options, owner, part)
            else:
                with transaction(engine) as session:
                    _apply_batch(session, batch, options, owner, part)
        except (SQLAlchemyError, InvalidInput) as exc:
            log.warning("import batch from row %d refused: %s", batch[0].number, exc)
            detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:160]
            reason = f"not stored: its batch was refused ({detail}); nothing of it was written"
            result.rejects += [Reject(r.number, "", reason, cells.get(r.number, ())) for r in batch]
        else:
            result.imported += part.imported
            result.updated += part.updated
            result.duplicates += part.duplicates
            result.rejects += part.rejects
            result.customer_ids += part.customer_ids
        if progress is not None:
            progress(min(start + len(batch), len(rows)), len(rows))
    result.rejects = [r if r.cells else Reject(r.number, r.column, r.reason, cells.get(r.number, ()))
                      for r in result.rejects]
    return result


def store_today() -> date:
    return utcnow().astimezone(STORE_TZ).date()

