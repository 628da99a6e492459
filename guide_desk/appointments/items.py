# SPDX-License-Identifier: Apache-2.0
"""Items to prepare for a session (SKU and size, shown with this store's stock) and how a session ends:
done, no-show or cancelled, with the items tried and bought and the amount spent.

The closing status travels to the central API through the lifecycle verbs in `service`; items and the
amount stay on this PC until the sync protocol carries them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, col, or_, select

from guide_desk.appointments.service import (
    cancel_appointment,
    get_appointment,
    mark_done,
    mark_no_show,
    require_store_guide,
)
from guide_desk.db.tables import Appointment, AppointmentItem, Product, ProductStock
from guide_desk.errors import InvalidInput

OUTCOMES = ("done", "no_show", "cancelled")
MAX_ITEMS = 30


@dataclass(frozen=True)
class PrepItem:
    """One product in one size; after the session, whether it was tried on and bought."""

    product_id: str
    size: str
    tried: bool = False
    bought: bool = False


@dataclass(frozen=True)
class ItemView:
    product_id: str
    sku: str
    name: str
    size: str
    stock: int
    tried: bool
    bought: bool


@dataclass(frozen=True)
class ProductChoice:
    """A product to pick, with its stock here per size (sizes without a stock row are left out)."""

    product_id: str
    sku: str
    name: str
    price_fen: int
    stock: tuple[tuple[str, int], ...]


def find_products(session: Session, *, store_id: str, text: str, limit: int = 20) -> list[ProductChoice]:
    """Products whose SKU starts with `text` or whose name contains it, SKU order, with their stock here."""
    needle = text.strip()
    if not needle:
        return []
    pattern = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    statement = select(Product).where(or_(col(Product.sku).like(f"{pattern}%", escape="\\"),
                                          col(Product.name).like(f"%{pattern}%", escape="\\")))
    products = list(session.exec(statement.order_by(col(Product.sku)).limit(limit)))
    stock = _stock(session, store_id, [p.id for p in products])
    return [ProductChoice(p.id, p.sku, p.name, p.price_fen,
                          tuple(sorted((size, qty) for (pid, size), qty in stock.items() if pid == p.id)))
            for p in products]


def _stock(session: Session, store_id: str, product_ids: list[str]) -> dict[tuple[str, str], int]:
    if not product_ids:
        return {}
    rows = session.exec(select(ProductStock).where(col(ProductStock.store_id) == store_id,
                                                   col(ProductStock.product_id).in_(product_ids)))
    return {(row.product_id, row.size): row.qty for row in rows}


def list_items(session: Session, *, appointment_id: str) -> list[ItemView]:
    appointment = get_appointment(session, appointment_id=appointment_id)
    rows = list(session.exec(select(AppointmentItem, Product)
                             .join(Product, col(Product.id) == col(AppointmentItem.product_id))
                             .where(col(AppointmentItem.appointment_id) == appointment_id)
                             .order_by(col(AppointmentItem.position))))
    stock = _stock(session, appointment.store_id, [product.id for _, product in rows])
    return [ItemView(product.id, product.sku, product.name, item.size, stock.get((product.id, item.size), 0),
                     item.tried, item.bought) for item, product in rows]


def _checked(session: Session, items: Sequence[PrepItem]) -> list[PrepItem]:
    if len(items) > MAX_ITEMS:
        raise InvalidInput("items", f"at most {MAX_ITEMS} items per session")
    checked: list[PrepItem] = []
    for item in items:
        size = item.size.strip()
        if not size:
            raise InvalidInput("size", "is empty: name the size to prepare")
        if session.get(Product, item.product_id) is None:
            raise InvalidInput("items", f"no product {item.product_id}")
        if any((c.product_id, c.size) == (item.product_id, size) for c in checked):
            raise InvalidInput("items", "lists the same product and size twice")
        checked.append(PrepItem(item.product_id, size, item.tried, item.bought))
    return checked


def _write_items(session: Session, appointment_id: str, items: list[PrepItem]) -> None:
    session.execute(delete(AppointmentItem).where(col(AppointmentItem.appointment_id) == appointment_id))
    for position, item in enumerate(items):
        session.add(AppointmentItem(appointment_id=appointment_id, product_id=item.product_id, size=item.size,
                                    position=position, tried=item.tried, bought=item.bought))
    session.flush()


def set_items(
    session: Session, *, appointment_id: str, items: Sequence[PrepItem], by_guide_id: str
) -> list[ItemView]:
    """Replace the session's items to prepare (in this order)."""
    appointment = get_appointment(session, appointment_id=appointment_id)
    require_store_guide(session, by_guide_id, appointment.store_id)
    _write_items(session, appointment.id, _checked(session, items))
    return list_items(session, appointment_id=appointment_id)


def close_session(
    session: Session, *, appointment_id: str, outcome: str, by_guide_id: str, reason: str = "",
    items: Sequence[PrepItem] | None = None, amount_fen: int | None = None, now: datetime | None = None,
) -> Appointment:
    """End a booked session as done, no_show or cancelled (which needs a reason). Done may record the
    items tried and bought (replacing the list) and the amount spent; everything is checked first."""
    if outcome not in OUTCOMES:
        raise InvalidInput("outcome", f"must be one of {', '.join(OUTCOMES)} (got '{outcome}')")
    if amount_fen is not None and amount_fen < 0:
        raise InvalidInput("amount", "must not be negative")
    if outcome != "done" and (amount_fen or any(i.tried or i.bought for i in items or ())):
        raise InvalidInput("outcome", "only a session that took place has items tried, bought or an amount")
    checked = None if items is None else _checked(session, items)
    if outcome == "cancelled":
        appointment = cancel_appointment(session, appointment_id=appointment_id, reason=reason,
                                         by_guide_id=by_guide_id, now=now)
    elif outcome == "no_show":
        appointment = mark_no_show(session, appointment_id=appointment_id, by_guide_id=by_guide_id, now=now)
    else:
        appointment = mark_done(session, appointment_id=appointment_id, by_guide_id=by_guide_id, now=now)
        appointment.outcome_amount_fen = amount_fen
        session.add(appointment)
    if checked is not None:
        _write_items(session, appointment.id, checked)
    session.flush()
    return appointment
