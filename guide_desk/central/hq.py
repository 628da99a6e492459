# SPDX-License-Identifier: Apache-2.0
"""HQ feeds (hq role only): upsert catalog with sizes, stock per store, looks and message templates (each
batch all-or-nothing, keyed by HQ's own codes), and ingest POS purchases idempotently by order number.
Every row written gets a version, so stores pull the feed like any other change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection, Row, Table, insert, select, update

from guide_desk.central.auth import HQ
from guide_desk.central.context import central
from guide_desk.central.engine import Tx, write_tx
from guide_desk.central.errors import ERRORS, ApiError
from guide_desk.central.hq_schema import (
    IngestProblem,
    IngestResult,
    LooksUpsert,
    ProductsUpsert,
    PurchaseIn,
    PurchasesIngest,
    StockUpsert,
    TemplatesUpsert,
    UpsertResult,
)
from guide_desk.central.records import resolve
from guide_desk.central.tables import Customer, Guide, Look, MessageTemplate, Product, Purchase, Stock, Store, table
from guide_desk.errors import InvalidInput
from guide_desk.ids import uuid7
from guide_desk.model.rules.phones import normalise_phone

router = APIRouter(prefix="/hq", tags=["hq"], responses=ERRORS)
_product, _stock, _look, _template = table(Product), table(Stock), table(Look), table(MessageTemplate)
_store, _customer, _guide, _purchase = table(Store), table(Customer), table(Guide), table(Purchase)


def _lookup(conn: Connection, tbl: Table, key: str, values: Sequence[str], value: str = "id") -> dict[str, Any]:
    found: dict[str, Any] = {}
    wanted = list(dict.fromkeys(values))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update({row[0]: row[1] for row in conn.execute(
            select(tbl.c[key], tbl.c[value]).where(tbl.c[key].in_(chunk)))})
    return found


def _require(found: dict[str, Any], values: Sequence[str], where: str, what: str) -> None:
    """404 for a well-formed key that names nothing stored (the request itself is valid: 422 is for that)."""
    for index, value in enumerate(values):
        if value not in found:
            raise ApiError(404, "not_found", f"{where}.{index}: no {what} {value}")


def _upsert(tx: Tx, tbl: Table, key: str, rows: list[dict[str, Any]],
            make_id: Callable[[dict[str, Any]], str] = lambda _row: uuid7()) -> UpsertResult:
    latest = {row[key]: row for row in rows}
    existing: dict[str, Row[Any]] = {}
    keys = list(latest)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        existing.update({row._mapping[key]: row for row in tx.conn.execute(select(tbl).where(tbl.c[key].in_(chunk)))})
    created, updated, unchanged = [], 0, 0
    for row in latest.values():
        old = existing.get(row[key])
        if old is None:
            created.append({**row, "id": make_id(row), "version": tx.next_version()})
            continue
        changes = {name: value for name, value in row.items() if old._mapping[name] != value}
        if changes:
            tx.conn.execute(update(tbl).where(tbl.c.id == old.id).values(**changes, version=tx.next_version()))
            updated += 1
        else:
            unchanged += 1
    if created:
        tx.conn.execute(insert(tbl), created)
    return UpsertResult(created=len(created), updated=updated, unchanged=unchanged)


@router.put("/products", response_model=UpsertResult, summary="Upsert catalog products (by SKU) with sizes")
def put_products(body: ProductsUpsert, request: Request, _who: HQ) -> UpsertResult:
    with write_tx(central(request).engine) as tx:
        return _upsert(tx, _product, "sku", [item.model_dump() for item in body.products])


@router.put("/stock", response_model=UpsertResult, summary="Upsert stock per store, product and size")
def put_stock(body: StockUpsert, request: Request, _who: HQ) -> UpsertResult:
    with write_tx(central(request).engine) as tx:
        skus = [item.sku for item in body.stock]
        codes = [item.store_code for item in body.stock]
        products, stores = _lookup(tx.conn, _product, "sku", skus), _lookup(tx.conn, _store, "code", codes)
        _require(products, skus, "stock", "product with SKU")
        _require(stores, codes, "stock", "store")
        rows = [{"id": f"{products[i.sku]}:{stores[i.store_code]}:{i.size}", "product_id": products[i.sku],
                 "store_id": stores[i.store_code], "size": i.size, "qty": i.qty} for i in body.stock]
        return _upsert(tx, _stock, "id", rows, make_id=lambda row: str(row["id"]))


@router.put("/looks", response_model=UpsertResult, summary="Upsert HQ looks (outfits) by code")
def put_looks(body: LooksUpsert, request: Request, _who: HQ) -> UpsertResult:
    with write_tx(central(request).engine) as tx:
        skus = [sku for look in body.looks for sku in look.skus]
        products = _lookup(tx.conn, _product, "sku", skus)
        _require(products, skus, "looks.skus", "product with SKU")
        rows = [{"code": look.code, "name": look.name, "season": look.season,
                 "product_ids": [products[sku] for sku in look.skus]} for look in body.looks]
        return _upsert(tx, _look, "code", rows)


@router.put("/message-templates", response_model=UpsertResult, summary="Upsert message templates (话术) by code")
def put_templates(body: TemplatesUpsert, request: Request, _who: HQ) -> UpsertResult:
    with write_tx(central(request).engine) as tx:
        return _upsert(tx, _template, "code", [item.model_dump() for item in body.templates])


def _ingest_one(tx: Tx, item: PurchaseIn) -> None:
    """Raises InvalidInput(code, message) when the order cannot be ingested."""
    store = tx.conn.execute(select(_store.c.id).where(_store.c.code == item.store_code)).scalar()
    if store is None:
        raise InvalidInput("unknown_store", f"no store {item.store_code}")
    customer: Row[Any] | None = None
    if item.customer_id is not None:
        customer = tx.conn.execute(select(_customer).where(
            _customer.c.id == resolve(tx.conn, "customer", item.customer_id))).first()
    elif item.phone is not None:
        try:
            phone = normalise_phone(item.phone)
        except InvalidInput as exc:
            raise InvalidInput("invalid", f"phone: {exc.problem}") from None
        customer = tx.conn.execute(select(_customer).where(
            _customer.c.phone_e164 == phone, _customer.c.archived_at.is_(None))).first()
    if customer is None:
        raise InvalidInput("unknown_customer", "no customer with this id or phone")
    skus = [line.sku for line in item.lines]
    products = _lookup(tx.conn, _product, "sku", skus)
    missing = [sku for sku in skus if sku not in products]
    if missing:
        raise InvalidInput("unknown_sku", f"no product with SKU {missing[0]}")
    guide_id = None
    if item.guide_login is not None:
        guide_id = tx.conn.execute(select(_guide.c.id).where(_guide.c.login == item.guide_login)).scalar()
    lines = [{"product_id": products[line.sku], "size": line.size, "qty": line.qty, "price_fen": line.price_fen}
             for line in item.lines]
    total = sum(line.qty * line.price_fen for line in item.lines)
    tx.conn.execute(insert(_purchase).values(
        id=uuid7(), order_no=item.order_no, customer_id=customer.id, store_id=store,
        home_store_id=customer.store_id, guide_id=guide_id, channel=item.channel, purchased_at=item.purchased_at,
        total_fen=total, lines=lines, version=tx.next_version()))
    first, last = customer.first_purchase_at, customer.last_purchase_at
    tx.conn.execute(update(_customer).where(_customer.c.id == customer.id).values(
        purchase_count=_customer.c.purchase_count + 1, total_spent_fen=_customer.c.total_spent_fen + total,
        first_purchase_at=item.purchased_at if first is None or item.purchased_at < first else first,
        last_purchase_at=item.purchased_at if last is None or item.purchased_at > last else last,
        version=tx.next_version()))


@router.post("/purchases", response_model=IngestResult, summary="Ingest POS purchases, idempotent by order_no")
def post_purchases(body: PurchasesIngest, request: Request, _who: HQ) -> IngestResult:
    """Each order is taken or refused on its own; an order number seen before is counted as a duplicate."""
    ingested, duplicates, rejected = 0, 0, []
    with write_tx(central(request).engine) as tx:
        seen = set(_lookup(tx.conn, _purchase, "order_no", [p.order_no for p in body.purchases]))
        for item in body.purchases:
            if item.order_no in seen:
                duplicates += 1
                continue
            savepoint = tx.conn.begin_nested()
            try:
                _ingest_one(tx, item)
            except InvalidInput as exc:
                savepoint.rollback()
                rejected.append(IngestProblem(order_no=item.order_no, code=exc.field, message=exc.problem))
                continue
            savepoint.commit()
            seen.add(item.order_no)
            ingested += 1
    return IngestResult(ingested=ingested, duplicates=duplicates, rejected=rejected)
