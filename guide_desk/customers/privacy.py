# SPDX-License-Identifier: Apache-2.0
"""A customer's rights under PIPL: everything stored about them, exported (JSON for machines, a readable
report as HTML and CSV for the customer, privacy_report.py); erasure, which anonymises the record —
personal fields, note bodies, session addresses and task drafts purged, the name replaced — keeps the row
for history and sync and tells the server (`erase`); and the retention rule that anonymises customers
archived more than N months ago. Audit rows name the customer by id only."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from guide_desk.accounts.audit import record_audit
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.consent import consent_history
from guide_desk.customers.privacy_report import report_sections, write_report_csv, write_report_html
from guide_desk.customers.profiles import get_customer
from guide_desk.customers.transfer.export import ensure_may_export, write_atomically
from guide_desk.db.outbox import record_mutation, rewrite_pending
from guide_desk.db.tables import (
    Appointment,
    Customer,
    CustomerErasure,
    CustomerTag,
    Note,
    Product,
    Purchase,
    PurchaseLine,
    Suggestion,
    Tag,
    Task,
)
from guide_desk.errors import InvalidInput
from guide_desk.model.enums import Entity, Op

PLACEHOLDER = "已删除客户"
_PERSONAL = ("phone_e164", "phone_digits", "phone_rev", "wecom_external_id", "gender", "birthday", "size_top",
             "size_bottom", "size_shoe", "points_expire_on")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _rows(session: Session, statement: Any) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.model_dump().items()} for row in session.scalars(statement)]


def customer_data(session: Session, *, customer_id: str) -> dict[str, Any]:
    """Everything stored about one customer, as plain JSON-ready values."""
    customer = get_customer(session, customer_id=customer_id)
    purchases = _rows(session, select(Purchase).where(col(Purchase.customer_id) == customer_id)
                      .order_by(col(Purchase.purchased_at)))
    lines = session.execute(
        select(col(PurchaseLine.purchase_id), col(Product.sku), col(Product.name), col(PurchaseLine.size),
               col(PurchaseLine.qty), col(PurchaseLine.price_fen))
        .join(Product, col(Product.id) == PurchaseLine.product_id)
        .where(col(PurchaseLine.purchase_id).in_([p["id"] for p in purchases]))).all()
    for purchase in purchases:
        purchase["lines"] = [{"sku": sku, "product": name, "size": size, "qty": qty, "price_fen": price}
                             for pid, sku, name, size, qty, price in lines if pid == purchase["id"]]
    tags = session.scalars(select(col(Tag.name)).join(CustomerTag, col(CustomerTag.tag_id) == Tag.id)
                           .where(col(CustomerTag.customer_id) == customer_id).order_by(col(Tag.name))).all()
    return {
        "customer": {k: _plain(v) for k, v in customer.model_dump().items()},
        "tags": list(tags),
        "consent": [{k: _plain(v) for k, v in e.model_dump().items()}
                    for e in consent_history(session, customer_id=customer_id)],
        "notes": _rows(session, select(Note).where(col(Note.customer_id) == customer_id)
                       .order_by(col(Note.created_at))),
        "purchases": purchases,
        "tasks": _rows(session, select(Task).where(col(Task.customer_id) == customer_id).order_by(col(Task.due_at))),
        "sessions": _rows(session, select(Appointment).where(col(Appointment.customer_id) == customer_id)
                          .order_by(col(Appointment.starts_at))),
    }


def export_customer_data(
    session: Session, *, customer_id: str, folder: Path, by_guide_id: str | None, requires_manager: bool = True,
    language: str = "zh_CN",
) -> list[Path]:
    """Write customer-<id>.json (everything, for machines), .html (a report the customer can read) and .csv
    (the same lines for Excel) into `folder` for a data request, worded in `language`; audited."""
    ensure_may_export(session, guide_id=by_guide_id, requires_manager=requires_manager)
    data = customer_data(session, customer_id=customer_id)
    sections = report_sections(data, language)
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"customer-{customer_id}"
    as_json, as_html, as_csv = (stem.with_suffix(suffix) for suffix in (".json", ".html", ".csv"))
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_atomically(as_json, lambda handle: handle.write(text.encode("utf-8")))
    write_report_html(as_html, sections, language=language,
                      today=utcnow().astimezone(STORE_TZ).date().isoformat())
    write_report_csv(as_csv, sections)
    record_audit(session, guide_id=by_guide_id, action="data_request", entity="customer", entity_id=customer_id,
                 detail={"files": 3})
    return [as_json, as_html, as_csv]


def is_erased(session: Session, *, customer_id: str) -> bool:
    return session.get(CustomerErasure, customer_id) is not None


def erase_customer(session: Session, *, customer_id: str, by_guide_id: str | None, reason: str = "request") -> None:
    """Anonymise one customer for good: purge personal data locally and queue the erasure for the server."""
    customer = get_customer(session, customer_id=customer_id)
    if is_erased(session, customer_id=customer_id):
        raise InvalidInput("customer", "was already erased")
    name, now = customer.name, utcnow()
    for field in _PERSONAL:
        setattr(customer, field, None)
    customer.name, customer.name_pinyin, customer.name_initials, customer.name_given = PLACEHOLDER, "", "", ""
    customer.style_prefs, customer.points, customer.marketing_consent = "", 0, False
    customer.archived_at = customer.archived_at or now
    customer.updated_at = now
    session.add(customer)
    session.execute(update(Note).where(col(Note.customer_id) == customer_id).values(body=""))
    session.execute(update(Appointment).where(col(Appointment.customer_id) == customer_id)
                    .values(note="", address=None, meeting_link=None))
    for task in session.scalars(select(Task).where(col(Task.customer_id) == customer_id)):
        task.title = task.title.replace(name, PLACEHOLDER) if name else task.title
        task.draft, task.description = "", ""
        session.add(task)
    session.execute(delete(CustomerTag).where(col(CustomerTag.customer_id) == customer_id))
    session.execute(delete(Suggestion).where(col(Suggestion.customer_id) == customer_id))
    session.add(CustomerErasure(customer_id=customer_id, erased_at=now, by_guide_id=by_guide_id, reason=reason))
    note_ids = list(session.scalars(select(col(Note.id)).where(col(Note.customer_id) == customer_id)))
    rewrite_pending(session, entity_ids=[customer_id, *note_ids],
                    values={**dict.fromkeys(_PERSONAL), "name": PLACEHOLDER, "style_prefs": "", "body": ""})
    record_mutation(session, entity=Entity.CUSTOMER, entity_id=customer_id, op=Op.ERASE,
                    base_version=customer.server_version)
    record_audit(session, guide_id=by_guide_id, action="erase", entity="customer", entity_id=customer_id,
                 detail={"reason": reason})
    session.flush()


def apply_retention(session: Session, *, months: int, now: datetime | None = None,
                    by_guide_id: str | None = None) -> int:
    """Erase customers archived more than `months` months (of 30 days) ago; returns how many. 0 = off."""
    if months <= 0:
        return 0
    cutoff = (now or utcnow()) - timedelta(days=30 * months)
    erased = select(col(CustomerErasure.customer_id))
    due = session.scalars(select(col(Customer.id)).where(
        col(Customer.archived_at).is_not(None), col(Customer.archived_at) < cutoff,
        col(Customer.id).not_in(erased))).all()
    for customer_id in due:
        erase_customer(session, customer_id=customer_id, by_guide_id=by_guide_id, reason="retention")
    return len(due)
