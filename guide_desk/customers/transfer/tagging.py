# SPDX-License-Identifier: Apache-2.0
"""Tags named in an import: found by name across groups, created in the 导入 group when new, and added in
bulk (customer_tag rows, one outbox `tags` mutation per customer). In an exclusive group the imported tag
replaces the customer's other tag of that group, as tagging by hand does."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session, col

from guide_desk.customers.tags import MAX_TAGS, create_tag, create_tag_group, list_tag_groups
from guide_desk.customers.transfer.rows import RowProblem
from guide_desk.db.tables import CustomerTag, Outbox, Tag, TagGroup

IMPORT_GROUP = "导入"


class TagResolver:
    """Tag name → (tag id, group id, exclusive) for one batch (or a whole dry run); creates missing tags.
    `check` judges a row before anything is written: two tags of one exclusive group, or new tags beyond
    WeCom's limit, reject that row alone."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(col(Tag.id), col(Tag.name), col(Tag.group_id), col(TagGroup.exclusive))
            .join(TagGroup, col(TagGroup.id) == Tag.group_id).order_by(col(TagGroup.sort_order), col(Tag.name)))
        self.known: dict[str, tuple[str, str, bool]] = {}
        for tag_id, name, group_id, exclusive in rows:
            self.known.setdefault(name, (tag_id, group_id, bool(exclusive)))
        self.stored = int(session.scalar(select(func.count()).select_from(Tag)) or 0)
        self.planned: set[str] = set()  # new names rows already accepted will create

    def check(self, names: list[str]) -> None:
        """RowProblem for two tags of one exclusive group, or for new tags past the limit; else the row's new
        names are counted as planned."""
        groups = [self.known[n][1] for n in names if n in self.known and self.known[n][2]]
        if len(groups) != len(set(groups)):
            raise RowProblem("exclusive_tags")
        new = {n for n in names if n not in self.known and n not in self.planned}
        if new and self.stored + len(self.planned) + len(new) > MAX_TAGS:
            raise RowProblem("too_many_tags", limit=MAX_TAGS)
        self.planned |= new

    def ids(self, session: Session, names: list[str]) -> list[str]:
        found = []
        for name in names:
            if name not in self.known:
                group = next((g for g in list_tag_groups(session) if g.name == IMPORT_GROUP), None)
                group_id = group.id if group else create_tag_group(session, name=IMPORT_GROUP).id
                tag = create_tag(session, group_id=group_id, name=name)
                self.known[name] = (tag.id, group_id, False)
                self.planned.discard(name)
                self.stored += 1
            found.append(self.known[name][0])
        return found


def _insert_links(session: Session, rows: list[tuple[str, str]], now: datetime) -> None:
    """customer_tag rows by the driver's executemany: six tags a customer make 600k rows at 100k customers,
    and SQLAlchemy's per-row parameter handling would cost more than the insert. `added_at` is converted
    once, by the column's own type, so it is stored exactly as through Core."""
    connection = session.connection()
    table = CustomerTag.__table__  # type: ignore[attr-defined]
    convert = table.c.added_at.type.bind_processor(connection.dialect)
    stamp = convert(now) if convert is not None else now
    connection.exec_driver_sql("INSERT INTO customer_tag (customer_id, tag_id, added_at) VALUES (?, ?, ?)",
                               [(customer_id, tag_id, stamp) for customer_id, tag_id in rows])


def add_tags(session: Session, resolver: TagResolver, wanted: dict[str, list[str]], *, now: datetime,
             existing: bool, author: str | None) -> None:
    """Give each customer its tags (ids); `existing` customers may already hold some or a rival of a group."""
    if not wanted:
        return
    held: dict[str, list[tuple[str, str]]] = {}
    if existing:
        statement = select(col(CustomerTag.customer_id), col(CustomerTag.tag_id), col(Tag.group_id)).join(
            Tag, col(Tag.id) == CustomerTag.tag_id).where(col(CustomerTag.customer_id).in_(list(wanted)))
        for customer_id, tag_id, group_id in session.execute(statement):
            held.setdefault(customer_id, []).append((tag_id, group_id))
    exclusive_of = {tag_id: group_id for tag_id, group_id, exclusive in resolver.known.values() if exclusive}
    rows: list[tuple[str, str]] = []
    outbox: list[dict[str, Any]] = []
    for customer_id, tag_ids in wanted.items():
        mine = held.get(customer_id, [])
        have = {tid for tid, _ in mine}
        adds = [tid for tid in tag_ids if tid not in have]
        replacing = {exclusive_of[tid]: tid for tid in tag_ids if tid in exclusive_of}
        drops = [tid for tid, gid in mine if gid in replacing and replacing[gid] != tid]
        if drops:
            session.execute(delete(CustomerTag).where(
                col(CustomerTag.customer_id) == customer_id, col(CustomerTag.tag_id).in_(drops)))
        rows += [(customer_id, tid) for tid in adds]
        if adds or drops:
            outbox.append({"entity": "customer", "entity_id": customer_id, "op": "tags", "base_version": 0,
                           "fields": {}, "tag_adds": adds, "tag_removes": drops, "client_ts": now,
                           "author_guide_id": author})
    if rows:
        _insert_links(session, rows, now)
    if outbox:
        session.execute(insert(Outbox.__table__), outbox)  # type: ignore[attr-defined]
