# SPDX-License-Identifier: Apache-2.0
"""Applying one batch of an import inside the caller's transaction: customers, derived search columns,
consent, tags, notes and their outbox rows (Core executemany, the bulk path of DESIGN.md §3). Rows that
match an active customer by normalised phone or WeCom id are duplicates: skipped, updated (the file wins) or
merged (the file only fills what is empty; tags united). A row that matches nobody is created when it has a
name and rejected when it has none. Every row ends in exactly one count: imported, updated, rejected or a
skipped duplicate (an update that changes nothing is one). batches.py owns the transactions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import Session

from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.transfer.rejects import Reject
from guide_desk.customers.transfer.rows import CleanRow, RowProblem
from guide_desk.customers.transfer.tagging import TagResolver, add_tags
from guide_desk.db.outbox import AUTHOR
from guide_desk.db.tables import ConsentEvent, Customer, Guide, Note, Outbox
from guide_desk.ids import uuid7
from guide_desk.model.jsonable import jsonable
from guide_desk.model.rules.search_columns import search_columns
from guide_desk.model.rules.uniqueness import UNIQUE_FIELDS, unique_keys

OnDuplicate = Literal["skip", "update", "merge"]
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
    """Counts add up: imported + updated + rejected + duplicates (skipped) = the rows read, unless cancelled."""

    total: int = 0
    imported: int = 0
    updated: int = 0
    duplicates: int = 0
    rejects: list[Reject] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False
    customer_ids: list[str] = field(default_factory=list)
    batches: int = 0

    @property
    def rejected(self) -> int:
        return len(self.rejects)

    def counts(self) -> dict[str, int]:
        return {"imported": self.imported, "updated": self.updated, "rejected": self.rejected,
                "duplicates": self.duplicates}

    def add(self, other: ImportResult) -> None:
        self.imported += other.imported
        self.updated += other.updated
        self.duplicates += other.duplicates
        self.rejects += other.rejects
        self.customer_ids += other.customer_ids




def _matches(session: Session, batch: list[CleanRow]) -> dict[tuple[str, Any], dict[str, Any]]:
    """Active customers holding a phone or WeCom id of the batch. One query per key, each shaped like the
    partial unique index it reads (an OR of the two would scan the whole table)."""
    table = Customer.__table__  # type: ignore[attr-defined]
    found: dict[tuple[str, Any], dict[str, Any]] = {}
    for key in UNIQUE_FIELDS:
        wanted = [r.values[key] for r in batch if r.values.get(key)]
        if not wanted:
            continue
        column = table.c[key]
        statement = select(table).where(table.c.archived_at.is_(None), column.is_not(None), column.in_(wanted))
        for row in session.execute(statement).mappings():
            for each in UNIQUE_FIELDS:
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
                            "fields": {k: jsonable(v) for k, v in fields.items()}, "tag_adds": [],
                            "tag_removes": [], "client_ts": self.now, "author_guide_id": self.author})

    def _consent(self, customer_id: str, granted: bool) -> None:
        self.consent.append({"id": uuid7(), "customer_id": customer_id, "channel": "wecom", "granted": granted,
                             "source": "import", "recorded_by": self.options.by_guide_id, "at": self.now})

    def create(self, row: CleanRow) -> str:
        values = {**_DEFAULTS, **row.values}
        customer_id = uuid7()
        self.customers.append({
            "id": customer_id, "store_id": self.owner.store_id, "owner_guide_id": self.owner.id, **values,
            **search_columns(values["name"], values["phone_e164"]), "points_expire_on": None, "source": "import",
            "purchase_count": 0, "total_spent_fen": 0, "first_purchase_at": None, "last_purchase_at": None,
            "last_contact_at": None, "created_at": self.now, "updated_at": self.now, "archived_at": None,
            "server_version": 0})
        self._mutation(customer_id, "create", {**row.values, "owner_guide_id": self.owner.id,
                                               "store_id": self.owner.store_id})
        if values["marketing_consent"]:
            self._consent(customer_id, True)
        self._extras(customer_id, row, self.new_tags)
        return customer_id

    def changes(self, existing: dict[str, Any], row: CleanRow) -> dict[str, Any]:
        fill_only = self.options.on_duplicate == "merge"
        return {k: v for k, v in row.values.items() if existing[k] != v
                and (not fill_only or existing[k] in (None, "") or (k == "tier" and existing[k] == "normal"))}

    def change(self, existing: dict[str, Any], row: CleanRow) -> bool:
        changed = self.changes(existing, row)
        if changed:
            stored = dict(changed)
            if "name" in changed or "phone_e164" in changed:
                stored.update(search_columns(changed.get("name", existing["name"]),
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


def _reject(row: CleanRow, column: str, code: str, **params: Any) -> Reject:
    return Reject(row.number, column, code, params)


def apply_batch(session: Session, batch: list[CleanRow], *, options: ImportOptions, owner: Guide,
                resolver: TagResolver, header_of: dict[str, str]) -> ImportResult:
    """Sort one batch's rows into creates, updates, skips and rejects and (unless a dry run) write them."""
    work = _Batch(session, options, owner, resolver)
    found = _matches(session, batch)
    part = ImportResult()
    for row in batch:
        try:
            resolver.check(row.tags)
        except RowProblem as exc:
            part.rejects.append(_reject(row, header_of.get("tags", ""), exc.code, **exc.params))
            continue
        hits = {found[(k, v)]["id"]: found[(k, v)] for k, v in unique_keys(row.values).items() if (k, v) in found}
        if len(hits) > 1:
            part.rejects.append(_reject(row, "", "two_customers"))
        elif hits:
            existing = next(iter(hits.values()))
            if options.on_duplicate == "skip":
                part.duplicates += 1
            elif options.dry_run:
                changes = bool(work.changes(existing, row) or row.tags or row.note)
                part.updated += changes
                part.duplicates += not changes
            elif work.change(existing, row):
                part.updated += 1
            else:
                part.duplicates += 1
        elif "name" not in row.values:
            has_key = bool(unique_keys(row.values))
            name_column = header_of.get("name") or header_of.get("last_name") or header_of.get("first_name", "")
            part.rejects.append(_reject(row, "" if has_key else name_column, "no_match" if has_key else "empty"))
        else:
            part.imported += 1
            if not options.dry_run:
                part.customer_ids.append(work.create(row))
    if not options.dry_run:
        work.write()
        session.flush()
    return part


def store_today() -> date:
    return utcnow().astimezone(STORE_TZ).date()
