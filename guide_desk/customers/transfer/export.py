# SPDX-License-Identifier: Apache-2.0
"""Exporting customers: CSV (UTF-8 with a BOM, so Excel on a Chinese Windows opens it right), .xlsx
(openpyxl write-only, streaming) and contacts as vCard 4.0 (RFC 6350). Each export is audited (who, how
many, which format — no personal data) and, by store policy, reserved to managers. The CSV's headers are
the ones the importer recognises, so an export imports again unchanged."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, select
from sqlmodel import Session, col

from guide_desk.accounts.audit import record_audit
from guide_desk.db.tables import Customer, CustomerTag, Guide, Tag
from guide_desk.errors import InvalidInput, NotAllowed

Format = Literal["csv", "xlsx", "vcf"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "vcf")
COLUMNS = (
    ("姓名", "name"), ("手机号", "phone_e164"), ("企业微信ID", "wecom_external_id"), ("性别", "gender"),
    ("生日", "birthday"), ("上衣尺码", "size_top"), ("下装尺码", "size_bottom"), ("鞋码", "size_shoe"),
    ("风格偏好", "style_prefs"), ("会员等级", "tier"), ("积分", "points"), ("营销同意", "marketing_consent"),
    ("标签", "tags"), ("负责导购", "owner"), ("购买次数", "purchase_count"), ("累计消费(元)", "total_spent"),
    ("最近购买", "last_purchase"),
)
_GENDER = {"F": "女", "M": "男"}


def format_for(path: Path, requested: str | None) -> Format:
    """--format if given, else the file name's suffix; InvalidInput naming the format when neither fits."""
    chosen = (requested or path.suffix.lstrip(".")).lower()
    chosen = {"vcard": "vcf", "xls": "xlsx"}.get(chosen, chosen)
    for known in FORMATS:
        if chosen == known:
            return known
    raise InvalidInput("format", f"'{chosen or path.name}' is not csv, xlsx or vcf; pass --format")


def ensure_may_export(session: Session, *, guide_id: str | None, requires_manager: bool) -> None:
    """Store policy: customer data leaves the PC only by a manager's hand (the CLI, run by IT, passes None)."""
    if guide_id is None or not requires_manager:
        return
    guide = session.get(Guide, guide_id)
    if guide is None or guide.role not in ("manager", "hq"):
        raise NotAllowed("exporting customer data is reserved to store managers by store policy")


def _rows(session: Session, *, store_id: str | None, customer_ids: set[str] | None) -> Iterator[dict[str, Any]]:
    tags = (select(func.group_concat(col(Tag.name), ",")).select_from(CustomerTag)
            .join(Tag, col(Tag.id) == CustomerTag.tag_id).where(col(CustomerTag.customer_id) == col(Customer.id))
            .correlate(Customer).scalar_subquery())
    statement = (select(Customer, col(Guide.name).label("owner"), tags.label("tags"))
                 .join(Guide, col(Guide.id) == Customer.owner_guide_id)
                 .where(col(Customer.archived_at).is_(None)).order_by(col(Customer.name_pinyin), col(Customer.id)))
    if store_id is not None:
        statement = statement.where(col(Customer.store_id) == store_id)
    for customer, owner, tag_names in session.execute(statement.execution_options(yield_per=2000)):
        if customer_ids is not None and customer.id not in customer_ids:
            continue
        row = customer.model_dump()
        row.update(owner=owner, tags=tag_names or "", total_spent=f"{customer.total_spent_fen / 100:.2f}",
                   gender=_GENDER.get(customer.gender or "", ""), marketing_consent="是" if customer.marketing_consent
                   else "否", last_purchase=customer.last_purchase_at.date().isoformat()
                   if customer.last_purchase_at else "", birthday=customer.birthday.isoformat()
                   if customer.birthday else "")
        yield row


def _cells(row: dict[str, Any]) -> list[Any]:
    return ["" if row[key] is None else row[key] for _, key in COLUMNS]


def _write_csv(path: Path, rows: Iterator[dict[str, Any]], tick: Callable[[], None]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([header for header, _ in COLUMNS])
        for row in rows:
            writer.writerow(_cells(row))
            tick()


def _write_xlsx(path: Path, rows: Iterator[dict[str, Any]], tick: Callable[[], None]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append([header for header, _ in COLUMNS])
    for row in rows:
        sheet.append([str(v) if k in ("phone_e164", "points") and v != "" else v
                      for (_, k), v in zip(COLUMNS, _cells(row), strict=True)])
        tick()
    book.save(path)


def vcard_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """RFC 6350 §3.2: lines longer than 75 octets continue on the next line after a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " "
        current += char
    out.append(current)
    return "\r\n".join(out)


def vcard(row: dict[str, Any]) -> str:
    from guide_desk.customers.names import given_name

    name = row["name"]
    given = given_name(name)
    family = name[: len(name) - len(given)] if given else ""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{row['id']}", f"FN:{vcard_escape(name)}",
             f"N:{vcard_escape(family)};{vcard_escape(given or name if family else '')};;;"
             if family else f"N:;{vcard_escape(name)};;;"]
    if row.get("phone_e164"):
        lines.append(f"TEL;VALUE=uri;TYPE=cell:tel:{row['phone_e164']}")
    if row.get("birthday"):
        lines.append(f"BDAY:{row['birthday'].replace('-', '')}")
    if row.get("gender") in ("女", "男"):
        lines.append(f"GENDER:{'F' if row['gender'] == '女' else 'M'}")
    if row.get("tags"):
        lines.append("CATEGORIES:" + ",".join(vcard_escape(t) for t in row["tags"].split(",")))
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _write_vcf(path: Path, rows: Iterator[dict[str, Any]], tick: Callable[[], None]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for row in rows:
            handle.write(vcard(row))
            tick()


def export_customers(
    session: Session, *, path: Path, fmt: Format, by_guide_id: str | None, requires_manager: bool = True,
    store_id: str | None = None, customer_ids: list[str] | None = None, via: str = "app",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the active customers (of `store_id`, or only `customer_ids`) to `path`; returns how many."""
    ensure_may_export(session, guide_id=by_guide_id, requires_manager=requires_manager)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)

    rows = _rows(session, store_id=store_id, customer_ids=set(customer_ids) if customer_ids is not None else None)
    writer = {"csv": _write_csv, "xlsx": _write_xlsx, "vcf": _write_vcf}[fmt]
    temporary = path.with_name(path.name + ".part")
    writer(temporary, rows, tick)
    temporary.replace(path)
    record_audit(session, guide_id=by_guide_id, action="export", entity="customer",
                 detail={"format": fmt, "count": count, "via": via, "selection": "some" if customer_ids is not None
                         else "all"})
    return count
