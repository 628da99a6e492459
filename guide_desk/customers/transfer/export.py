# SPDX-License-Identifier: Apache-2.0
"""Exporting customers: CSV (UTF-8 with a BOM, so Excel on a Chinese Windows opens it right), .xlsx
(streamed by xlsx_writer.py) and contacts as vCard 4.0 (RFC 6350), headers and labels (tiers, gender,
yes/no) in the user's language. Each export is audited (who, how many, which format — no personal data)
and, by store policy, reserved to managers. Files are written atomically (a temporary file beside the
target, then renamed). Nothing in them runs as a formula: CSV cells that start like one get a leading quote
(safe_cells), .xlsx cells are text cells. The headers are ones the importer recognises and it undoes the
quote, so an export imports again unchanged."""

from __future__ import annotations

import csv
import io
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

from sqlalchemy import func, select
from sqlmodel import Session, col

from guide_desk.accounts.audit import record_audit
from guide_desk.clock import STORE_TZ
from guide_desk.customers.transfer.safe_cells import neutralise
from guide_desk.customers.transfer.xlsx_writer import write_xlsx
from guide_desk.db.tables import Customer, CustomerTag, Guide, Tag
from guide_desk.errors import InvalidInput, NotAllowed

Format = Literal["csv", "xlsx", "vcf"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "vcf")
# (key, English header, Chinese header); every header is one the importer recognises.
# Chinese phones as people dial them (13800138000: no '+' a spreadsheet would take for a formula), others E.164.
COLUMNS = (
    ("name", "Name", "姓名"), ("phone", "Phone", "手机号"), ("wecom_external_id", "WeCom id", "企业微信ID"),
    ("gender", "Gender", "性别"), ("birthday", "Birthday", "生日"), ("size_top", "Top size", "上衣尺码"),
    ("size_bottom", "Bottom size", "下装尺码"), ("size_shoe", "Shoe size", "鞋码"),
    ("style_prefs", "Style preferences", "风格偏好"), ("tier", "Tier", "会员等级"), ("points", "Points", "积分"),
    ("marketing_consent", "Marketing consent", "营销同意"), ("tags", "Tags", "标签"), ("owner", "Guide", "负责导购"),
    ("purchase_count", "Purchases", "购买次数"), ("total_spent", "Total spent (¥)", "累计消费(元)"),
    ("last_purchase", "Last purchase", "最近购买"),
)
TIER_LABELS = {"normal": ("Member", "普通会员"), "silver": ("Silver", "银卡"), "gold": ("Gold", "金卡"),
               "platinum": ("Platinum", "白金卡")}
GENDER_LABELS = {"F": ("female", "女"), "M": ("male", "男")}
YES_NO = (("no", "否"), ("yes", "是"))


def headers(language: str) -> list[str]:
    return [zh if language == "zh_CN" else en for _, en, zh in COLUMNS]


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


_FIELDS = ("id", "name", "phone_e164", "wecom_external_id", "gender", "birthday", "size_top", "size_bottom",
           "size_shoe", "style_prefs", "tier", "points", "marketing_consent", "purchase_count", "total_spent_fen",
           "last_purchase_at")


def _tag_names(session: Session, store_id: str | None) -> dict[str, str]:
    """Customer id → its tag names, in one grouped pass (a subquery per customer costs seconds at 100k)."""
    statement = (select(col(CustomerTag.customer_id), func.group_concat(col(Tag.name), ","))
                 .join(Tag, col(Tag.id) == CustomerTag.tag_id).group_by(col(CustomerTag.customer_id)))
    if store_id is not None:
        statement = statement.join(Customer, col(Customer.id) == CustomerTag.customer_id).where(
            col(Customer.store_id) == store_id)
    return {customer_id: names for customer_id, names in session.execute(statement)}


def _rows(session: Session, *, store_id: str | None, customer_ids: set[str] | None, language: str
          ) -> Iterator[dict[str, Any]]:
    zh = language == "zh_CN"
    tags = _tag_names(session, store_id)
    table = Customer.__table__  # type: ignore[attr-defined]
    statement = (select(*(table.c[f] for f in _FIELDS), col(Guide.name).label("owner"))
                 .join(Guide, col(Guide.id) == table.c.owner_guide_id)
                 .where(table.c.archived_at.is_(None)).order_by(table.c.name_pinyin, table.c.id))
    if store_id is not None:
        statement = statement.where(table.c.store_id == store_id)
    for found in session.execute(statement.execution_options(yield_per=2000)).mappings():
        if customer_ids is not None and found["id"] not in customer_ids:
            continue
        row = dict(found)
        gender = GENDER_LABELS.get(row["gender"] or "")
        phone, tier, last = row["phone_e164"] or "", row["tier"], row["last_purchase_at"]
        row.update(gender_code=row["gender"], tags=tags.get(row["id"], ""),
                   phone=phone[3:] if phone.startswith("+86") else phone,
                   total_spent=f"{row['total_spent_fen'] / 100:.2f}",
                   gender=gender[zh] if gender else "", tier=TIER_LABELS[tier][zh] if tier in TIER_LABELS else tier,
                   marketing_consent=YES_NO[bool(row["marketing_consent"])][zh],
                   last_purchase=last.astimezone(STORE_TZ).date().isoformat() if last else "",
                   birthday=row["birthday"].isoformat() if row["birthday"] else "")
        yield row


def _cells(row: dict[str, Any]) -> list[Any]:
    return ["" if row[key] is None else row[key] for key, _, _ in COLUMNS]


def _write_csv(handle: IO[bytes], rows: Iterator[dict[str, Any]], tick: Callable[[], None], language: str) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(headers(language))
    for row in rows:
        writer.writerow([neutralise(v) if isinstance(v, str) else v for v in _cells(row)])
        tick()
    text.flush()
    text.detach()


def _write_xlsx(handle: IO[bytes], rows: Iterator[dict[str, Any]], tick: Callable[[], None], language: str
                ) -> None:
    def lines() -> Iterator[list[Any]]:
        yield headers(language)
        for row in rows:
            yield _cells(row)
            tick()

    write_xlsx(handle, sheet="客户" if language == "zh_CN" else "Customers", rows=lines())


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
    from guide_desk.model.rules.search_columns import given_name

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
    if row.get("gender_code") in ("F", "M"):
        lines.append(f"GENDER:{row['gender_code']}")
    if row.get("tags"):
        lines.append("CATEGORIES:" + ",".join(vcard_escape(t) for t in row["tags"].split(",")))
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _write_vcf(handle: IO[bytes], rows: Iterator[dict[str, Any]], tick: Callable[[], None], _language: str
               ) -> None:
    for row in rows:
        handle.write(vcard(row).encode("utf-8"))
        tick()


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write through a temporary file in the target folder, synced, then renamed over `path`: a crash or an
    error leaves the old file (or none), never half of the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    try:
        with temporary.open("xb") as handle:  # a new file with the usual permissions (not mkstemp's 0600)
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_customers(
    session: Session, *, path: Path, fmt: Format, by_guide_id: str | None, requires_manager: bool = True,
    store_id: str | None = None, customer_ids: list[str] | None = None, via: str = "app",
    progress: Callable[[int], None] | None = None, language: str = "zh_CN",
) -> int:
    """Write the active customers (of `store_id`, or only `customer_ids`) to `path`, headers and labels in
    `language` (zh_CN or en); returns how many."""
    ensure_may_export(session, guide_id=by_guide_id, requires_manager=requires_manager)
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)

    rows = _rows(session, store_id=store_id, customer_ids=set(customer_ids) if customer_ids is not None else None,
                 language=language)
    writer = {"csv": _write_csv, "xlsx": _write_xlsx, "vcf": _write_vcf}[fmt]
    write_atomically(path, lambda handle: writer(handle, rows, tick, language))
    record_audit(session, guide_id=by_guide_id, action="export", entity="customer",
                 detail={"format": fmt, "count": count, "via": via, "selection": "some" if customer_ids is not None
                         else "all"})
    return count
