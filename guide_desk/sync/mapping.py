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
from datetime import UTC, datetime
from typing import Any

from guide_desk.model.rules.search_columns import name_columns, phone_columns

_COLUMNS: dict[str, tuple[str, ...]] = {
    "store": ("id", "code", "name", "city", "timezone", "opens_at", "closes_at"),
    "guide": ("id", "store_id", "login", "name", "role", "active"),
    "tag_group": ("id", "name", "exclusive", "sort_order"),
    "tag": ("id", "group_id", "name", "color"),
    "customer": ("id", "store_id", "owner_guide_id", "name", "phone_e164", "wecom_external_id", "gender", "birthday",
                 "size_top", "size_bottom", "size_shoe", "style_prefs", "tier", "points", "points_expire_on",
                 "marketing_consent", "source", "purchase_count", "total_spent_fen", "first_purchase_at",
                 "last_purchase_at", "last_contact_at", "created_at", "updated_at", "archived_at"),
    "note": ("id", "customer_id", "guide_id", "body", "created_at"),
    "task": ("id", "customer_id", "assignee_guide_id", "created_by_guide_id", "source", "title", "description",
             "draft", "due_at", "snoozed_until", "status", "outcome", "outcome_amount_fen", "completed_at",
             "created_at", "updated_at"),
    "appointment": ("id", "customer_id", "guide_id", "store_id", "kind", "starts_at", "ends_at", "resource",
                    "meeting_link", "address", "note", "status", "cancel_reason", "sequence", "created_at",
                    "updated_at"),
    "product": ("id", "sku", "name", "category", "size_kind", "color", "style_tags", "price_fen", "launched_on"),
    "look": ("id", "name", "season"),
    "message_template": ("id", "kind", "name", "body", "language"),
    "purchase": ("id", "order_no", "customer_id", "store_id", "guide_id", "channel", "purchased_at", "total_fen"),
}
TABLE = {"stock": "product_stock", "conflict": "sync_conflict"}
"""Pulled entity name → local table, where they differ."""
VERSIONED = {"store", "guide", "tag_group", "tag", "customer", "note", "task", "appointment", "product", "look",
             "message_template"}
"""Local tables with a server_version column (the base of the next edit)."""
_DATES = {"birthday", "points_expire_on", "launched_on"}
_TIMES = {"first_purchase_at", "last_purchase_at", "last_contact_at", "created_at", "updated_at", "archived_at",
          "due_at", "snoozed_until", "completed_at", "starts_at", "ends_at", "purchased_at", "at"}


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
