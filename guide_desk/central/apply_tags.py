# SPDX-License-Identifier: Apache-2.0
"""Tag group and tag mutations. Tags are brand-wide (WeCom enterprise tags). Two stores creating the same
name offline end up with one: the later create is merged into the first (`merged_into`, and an alias so
customer tag changes naming it still land). Deleting leaves a tombstone; it is a manager's or HQ's act."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, Table, delete, insert, select, update

from guide_desk.central.errors import Reject
from guide_desk.central.records import Ctx, Outcome, add_alias, exists, get_row, only, parse, resolve
from guide_desk.central.tables import CustomerTag, Tag, TagGroup, table
from guide_desk.sync.fields import TagFields, TagGroupFields

_group, _tag, _ctag = table(TagGroup), table(Tag), table(CustomerTag)
MAX_TAGS = 3000  # WeCom's limit of enterprise tags per brand


def _live(ctx: Ctx, tbl: Table, entity: str, row_id: str) -> Row[Any]:
    row = get_row(ctx.conn, tbl, resolve(ctx.conn, entity, row_id))
    if row is None or row.deleted:
        raise Reject("not_found", f"{entity} {row_id} not found")
    return row


def _same_name(ctx: Ctx, tbl: Table, name: str, *, group_id: str | None = None,
               exclude_id: str | None = None) -> Row[Any] | None:
    statement = select(tbl).where(tbl.c.name == name, tbl.c.deleted.is_(False))
    if group_id is not None:
        statement = statement.where(tbl.c.group_id == group_id)
    if exclude_id is not None:
        statement = statement.where(tbl.c.id != exclude_id)
    return ctx.conn.execute(statement).first()


def create_group(ctx: Ctx) -> Outcome:
    _model, given = parse(TagGroupFields, ctx.m.fields)
    if given.get("name") is None:
        raise Reject("invalid", "name: is required")
    if exists(ctx.conn, _group, "tag_group", ctx.m.entity_id):
        raise Reject("exists", f"tag_group {ctx.m.entity_id} already exists")
    twin = _same_name(ctx, _group, given["name"])
    if twin is not None:
        add_alias(ctx, "tag_group", ctx.m.entity_id, twin.id)
        return Outcome("merged", twin.version, merged_into=twin.id)
    version = ctx.tx.next_version()
    ctx.conn.execute(insert(_group).values(id=ctx.m.entity_id, version=version, **given))
    return Outcome("applied", version)


def update_group(ctx: Ctx) -> Outcome:
    row = _live(ctx, _group, "tag_group", ctx.m.entity_id)
    _model, given = parse(TagGroupFields, ctx.m.fields)
    if "name" in given and given["name"] is None:
        raise Reject("invalid", "name: is required")
    if given.get("name") and _same_name(ctx, _group, given["name"], exclude_id=row.id) is not None:
        raise Reject("duplicate_name", f"tag group {given['name']} already exists")
    return _write(ctx, _group, row, given)


def _write(ctx: Ctx, tbl: Table, row: Row[Any], given: dict[str, Any]) -> Outcome:
    changes = {k: v for k, v in given.items() if getattr(row, k) != v}
    if not changes:
        return Outcome("applied", row.version)
    version = ctx.tx.next_version()
    ctx.conn.execute(update(tbl).where(tbl.c.id == row.id).values(version=version, **changes))
    return Outcome("applied", version)


def _require_manager(ctx: Ctx) -> None:
    if not ctx.who.supervises:
        raise Reject("forbidden", "only a manager or HQ may delete tags (they are brand-wide)")


def _gone(ctx: Ctx, tbl: Table, entity: str) -> Row[Any] | None:
    """The already deleted row, when a delete arrives twice (two devices): acknowledged, nothing to do."""
    row = get_row(ctx.conn, tbl, resolve(ctx.conn, entity, ctx.m.entity_id))
    return row if row is not None and row.deleted else None


def delete_group(ctx: Ctx) -> Outcome:
    _require_manager(ctx)
    if (gone := _gone(ctx, _group, "tag_group")) is not None:
        return Outcome("applied", gone.version)
    row = _live(ctx, _group, "tag_group", ctx.m.entity_id)
    for tag in ctx.conn.execute(select(_tag).where(_tag.c.group_id == row.id, _tag.c.deleted.is_(False))).all():
        _tombstone(ctx, _tag, tag.id)
    return Outcome("applied", _tombstone(ctx, _group, row.id))


def _tombstone(ctx: Ctx, tbl: Table, row_id: str) -> int:
    if tbl is _tag:
        ctx.conn.execute(delete(_ctag).where(_ctag.c.tag_id == row_id))
    version = ctx.tx.next_version()
    ctx.conn.execute(update(tbl).where(tbl.c.id == row_id).values(deleted=True, deleted_at=ctx.now, version=version))
    return version


def create_tag(ctx: Ctx) -> Outcome:
    _model, given = parse(TagFields, ctx.m.fields)
    if given.get("name") is None or given.get("group_id") is None:
        raise Reject("invalid", "name and group_id: are required")
    group = _live(ctx, _group, "tag_group", given["group_id"])
    given["group_id"] = group.id
    if exists(ctx.conn, _tag, "tag", ctx.m.entity_id):
        raise Reject("exists", f"tag {ctx.m.entity_id} already exists")
    twin = _same_name(ctx, _tag, given["name"], group_id=group.id)
    if twin is not None:
        add_alias(ctx, "tag", ctx.m.entity_id, twin.id)
        return Outcome("merged", twin.version, merged_into=twin.id)
    live = ctx.conn.execute(select(_tag.c.id).where(_tag.c.deleted.is_(False)).limit(MAX_TAGS)).all()
    if len(live) >= MAX_TAGS:
        raise Reject("too_many_tags", f"WeCom allows at most {MAX_TAGS} tags")
    version = ctx.tx.next_version()
    ctx.conn.execute(insert(_tag).values(id=ctx.m.entity_id, version=version, **given))
    return Outcome("applied", version)


def update_tag(ctx: Ctx) -> Outcome:
    row = _live(ctx, _tag, "tag", ctx.m.entity_id)
    _model, given = parse(TagFields, ctx.m.fields)
    only(given, {"name", "color"}, "cannot be changed on a tag")
    if "name" in given and given["name"] is None:
        raise Reject("invalid", "name: is required")
    if given.get("name") and _same_name(ctx, _tag, given["name"], group_id=row.group_id,
                                        exclude_id=row.id) is not None:
        raise Reject("duplicate_name", f"tag {given['name']} already exists in this group")
    return _write(ctx, _tag, row, given)


def delete_tag(ctx: Ctx) -> Outcome:
    _require_manager(ctx)
    if (gone := _gone(ctx, _tag, "tag")) is not None:
        return Outcome("applied", gone.version)
    row = _live(ctx, _tag, "tag", ctx.m.entity_id)
    return Outcome("applied", _tombstone(ctx, _tag, row.id))
