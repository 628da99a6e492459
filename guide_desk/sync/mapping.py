# SPDX-License-Identifier: Apache-2.0
"""Pulled rows → local table rows (pure functions, no database).

Each entity's `data` (guide_desk.sync.entities) becomes rows of the local tables, with what the local
schema derives (the customer's search columns) filled in and what it lacks dropped. Child rows (a
customer's tags, a purchase's lines, a look's items) are replaced as a set, so they are returned apart.
Pending local edits are laid over the server's data first (`overlay`): the rebase of DESIGN.md §4.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, get_args

from guide_desk.db import tables as _tables  # noqa: F401  (registers the local tables VERSIONED reads)
from guide_desk.db.base import app_registry
from guide_desk.model.bases import STORED
from guide_desk.model.rules.search_columns import name_columns, phone_columns
from guide_desk.sync.entities import ENTITY_DATA

TABLE = {"stock": "product_stock", "conflict": "sync_conflict"}
"""Pulled entity name → local table, where they differ."""
_COLUMNS: dict[str, tuple[str, ...]] = {entity.value: tuple(base.model_fields) for entity, base in STORED.items()}
"""Per local table, the columns a pull fills: its entity's base fields."""
VERSIONED = {name for name in _COLUMNS if "server_version" in app_registry.metadata.tables[name].c}
"""Local tables with a server_version column (the base of the next edit)."""


def _fields_of_type(kind: type) -> set[str]:
    """Pulled fields holding `kind` (alone or in a union such as `date | None`): ISO text on the wire."""
    return {name for form in ENTITY_DATA.values() for name, info in form.model_fields.items()
            if kind in (info.annotation, *get_args(info.annotation))}


_DATES, _TIMES = _fields_of_type(date), _fields_of_type(datetime)


@dataclass
class Children:
    """Child rows that replace the parent's current set (`parents` lists whose sets are being replaced)."""

    table: str
    parent_column: str
    parents: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


def _value(column: str, value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    if column in _TIMES:
        return datetime.fromisoformat(value)
    if column in _DATES:
        return datetime.fromisoformat(value).date()
    return value


def overlay(entity: str, data: dict[str, Any], pending: list[dict[str, Any]]) -> dict[str, Any]:
    """The server's row with this device's unacknowledged edits laid over it, oldest first: a pulled row
    never overwrites an edit the server has not seen yet."""
    merged = dict(data)
    for edit in pending:
        op = edit["op"]
        if op in ("create", "update"):
            merged.update(edit["fields"])
        elif op in ("archive", "delete") and entity == "customer":
            merged["archived_at"] = merged.get("archived_at") or edit["client_ts"]
        elif op == "tags":
            tags = [t for t in merged.get("tags", []) if t not in set(edit["tag_removes"])]
            merged["tags"] = tags + [t for t in edit["tag_adds"] if t not in tags]
    return merged


def local_row(entity: str, data: dict[str, Any], version: int) -> dict[str, Any]:
    table = TABLE.get(entity, entity)
    if entity == "stock":
        return {"product_id": data["product_id"], "store_id": data["store_id"], "size": data["size"],
                "qty": data["qty"]}
    if entity == "conflict":
        return {"id": data["id"], "entity": data["entity"], "entity_id": data["entity_id"], "field": data["field"],
                "mine": _text(data.get("lost")), "theirs": _text(data.get("kept")), "at": _value("at", data["at"])}
    row = {column: _value(column, data[column]) for column in _COLUMNS[table] if column in data}
    if table in VERSIONED:
        row["server_version"] = version
    if table == "customer":
        derive_customer(row)
    if table == "guide":
        row["created_at"] = datetime.now(UTC)  # local only; kept as first written
    return row


def derive_customer(row: dict[str, Any]) -> None:
    """The search columns the local table keeps beside the name and phone, by the rule a local edit uses
    too (guide_desk.model.rules.search_columns); only those of the columns the row carries."""
    if "name" in row:
        row.update(name_columns(row["name"]))
    if "phone_e164" in row:
        row.update(phone_columns(row["phone_e164"]))


def children(entity: str, data: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(table, parent column, rows) sets that replace the current children of this row."""
    if entity == "customer" and "tags" in data:
        added = _value("updated_at", data.get("updated_at"))
        return [("customer_tag", "customer_id",
                 [{"customer_id": data["id"], "tag_id": t, "added_at": added} for t in data["tags"]])]
    if entity == "purchase":
        return [("purchase_line", "purchase_id",
                 [{"id": f"{data['id']}:{i}", "purchase_id": data["id"], "product_id": line["product_id"],
                   "size": line.get("size", ""), "qty": line.get("qty", 1), "price_fen": line.get("price_fen", 0)}
                  for i, line in enumerate(data.get("lines", []))])]
    if entity == "look":
        return [("look_item", "look_id", [{"look_id": data["id"], "product_id": p, "position": i}
                                          for i, p in enumerate(data.get("product_ids", []))])]
    return []


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def stock_key(entity_id: str) -> dict[str, str] | None:
    """A stock row's key from its id '{product_id}:{store_id}:{size}' (for deletions)."""
    parts = entity_id.split(":", 2)
    return dict(zip(("product_id", "store_id", "size"), parts, strict=True)) if len(parts) == 3 else None
