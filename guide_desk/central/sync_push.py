# SPDX-License-Identifier: Apache-2.0
"""POST /sync/push (DESIGN.md §4).

One push is one write transaction holding the version counter; each mutation runs in its own savepoint,
so a rejected one leaves nothing behind, and the client's last applied mutation id advances in the same
transaction as the mutations it covers: a lost reply is answered `duplicate` on the retry, never applied
twice (a refused mutation is answered `rejected` again, from the kept rejection). A database failure rolls
the whole push back (503) and the client retries it whole.

Each mutation is authorised as its author, who must be signed in on the pushing device (central.sessions);
the token only proves which device is pushing and who is signed in there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import APIRouter, Request
from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from guide_desk.central import apply_appointment, apply_customer, apply_identity, apply_tags, apply_work
from guide_desk.central.auth import SignedIn
from guide_desk.central.context import Principal, central
from guide_desk.central.engine import Tx, write_tx
from guide_desk.central.errors import ERRORS, ApiError, Reject
from guide_desk.central.records import Ctx, Outcome
from guide_desk.central.sessions import Authors
from guide_desk.central.tables import ClientState, Rejection, table
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op
from guide_desk.sync.protocol import SCHEMA_VERSION, Mutation, MutationResult, PushRequest, PushResponse

log = logging.getLogger(__name__)
router = APIRouter(prefix="/sync", tags=["sync"], responses=ERRORS)
_client, _rejection = table(ClientState), table(Rejection)

Handler = Callable[[Ctx], Outcome]
HANDLERS: dict[tuple[str, str], Handler] = {
    (Entity.CUSTOMER, Op.CREATE): apply_customer.create,
    (Entity.CUSTOMER, Op.UPDATE): apply_customer.update_,
    (Entity.CUSTOMER, Op.ARCHIVE): apply_customer.archive,
    (Entity.CUSTOMER, Op.DELETE): apply_customer.archive,
    (Entity.CUSTOMER, Op.TAGS): apply_customer.tags,
    (Entity.TAG_GROUP, Op.CREATE): apply_tags.create_group,
    (Entity.TAG_GROUP, Op.UPDATE): apply_tags.update_group,
    (Entity.TAG_GROUP, Op.DELETE): apply_tags.delete_group,
    (Entity.TAG, Op.CREATE): apply_tags.create_tag,
    (Entity.TAG, Op.UPDATE): apply_tags.update_tag,
    (Entity.TAG, Op.DELETE): apply_tags.delete_tag,
    (Entity.NOTE, Op.CREATE): apply_work.create_note,
    (Entity.TASK, Op.CREATE): apply_work.create_task,
    (Entity.TASK, Op.UPDATE): apply_work.update_task,
    (Entity.APPOINTMENT, Op.CREATE): apply_appointment.create,
    (Entity.APPOINTMENT, Op.UPDATE): apply_appointment.update_,
    (Entity.CUSTOMER, Op.MERGE): apply_identity.merge,
    (Entity.CUSTOMER, Op.ERASE): apply_identity.erase,
    (Entity.GUIDE, Op.UPDATE): apply_identity.update_guide,
}
ENTITIES = {entity for entity, _op in HANDLERS}


def _handler(m: Mutation) -> Handler:
    handler = HANDLERS.get((m.entity, m.op))
    if handler is not None:
        return handler
    if m.entity not in ENTITIES:
        raise Reject("unknown_entity", f"entity {m.entity!r} is not synced")
    if m.entity == "note":
        raise Reject("append_only", "notes are append-only: add a new note instead")
    raise Reject("unknown_op", f"{m.entity} has no op {m.op!r}")


def _apply(tx: Tx, authors: Authors, client_id: str, m: Mutation) -> MutationResult:
    try:
        ctx = Ctx(tx, authors.of(m.author_guide_id), client_id, m)
    except Reject as exc:  # authorised as nobody: recorded against the token's guide
        return _reject(Ctx(tx, authors.who, client_id, m), exc.code, exc.message)
    savepoint = ctx.conn.begin_nested()
    try:
        outcome = _handler(m)(ctx)
    except Reject as exc:
        savepoint.rollback()
        return _reject(ctx, exc.code, exc.message)
    except (IntegrityError, DataError) as exc:
        savepoint.rollback()
        log.info("mutation %s of %s refused by the database: %s", m.mutation_id, ctx.client_id, exc.orig)
        return _reject(ctx, "constraint", "the database refused the change (a clash or a value out of range)")
    except DBAPIError:
        savepoint.rollback()
        raise
    except Exception:
        savepoint.rollback()
        log.exception("mutation %s of client %s failed", m.mutation_id, ctx.client_id)
        return _reject(ctx, "server_error", "the server could not apply this change; it has been kept for IT")
    savepoint.commit()
    if m.entity == "guide":
        authors.forget()  # a guide deactivated in this push sends nothing more in it
    return MutationResult(mutation_id=m.mutation_id, status=outcome.status, version=outcome.version,
                          merged_into=outcome.merged_into, conflicts=outcome.conflicts)


def _reject(ctx: Ctx, code: str, message: str) -> MutationResult:
    m = ctx.m
    ctx.conn.execute(insert(_rejection).values(
        id=uuid7(), client_id=ctx.client_id, mutation_id=m.mutation_id, guide_id=ctx.who.guide_id,
        entity=m.entity, entity_id=m.entity_id, op=m.op, code=code, message=message,
        payload=m.model_dump(mode="json"), at=ctx.now))
    return MutationResult(mutation_id=m.mutation_id, status="rejected", code=code, message=message)


def _repeated(tx: Tx, client_id: str, m: Mutation) -> MutationResult:
    """A mutation seen before: `duplicate`, unless it was refused, which is answered again. A client whose
    reply was lost (or that died before recording it) must still learn of the refusal, or it keeps the
    refused create or edit for good."""
    refused = tx.conn.execute(select(_rejection.c.code, _rejection.c.message).where(
        _rejection.c.client_id == client_id, _rejection.c.mutation_id == m.mutation_id)).first()
    if refused is None:
        return MutationResult(mutation_id=m.mutation_id, status="duplicate")
    return MutationResult(mutation_id=m.mutation_id, status="rejected", code=refused.code, message=refused.message)


def _client_state(tx: Tx, who: Principal, client_id: str) -> int:
    """The client's last applied mutation id; a client belongs to the store that first pushed it."""
    row = tx.conn.execute(select(_client).where(_client.c.client_id == client_id)).first()
    if row is None:
        tx.conn.execute(insert(_client).values(client_id=client_id, store_id=who.store_id, device_id=who.device_id,
                                               last_mutation_id=0, updated_at=tx.now))
        return 0
    if row.store_id != who.store_id:
        raise ApiError(403, "forbidden", "this client id belongs to another store")
    return int(row.last_mutation_id)


def push(engine: Engine, who: Principal, body: PushRequest) -> PushResponse:
    results: list[MutationResult] = []
    gap = False
    with write_tx(engine) as tx:
        last = _client_state(tx, who, body.client_id)
        authors = Authors(tx.conn, who, tx.now)
        start = last
        for m in body.mutations:
            if m.mutation_id <= last:
                results.append(_repeated(tx, body.client_id, m))
                continue
            if m.mutation_id > last + 1:
                gap = True
                break
            results.append(_apply(tx, authors, body.client_id, m))
            last = m.mutation_id
        if last != start:
            tx.conn.execute(update(_client).where(_client.c.client_id == body.client_id).values(
                last_mutation_id=last, device_id=who.device_id, updated_at=tx.now))
    return PushResponse(results=results, last_mutation_id=last, gap=gap)


@router.post("/push", response_model=PushResponse, summary="Push outbox mutations (≤ 100, in mutation_id order)")
def push_route(body: PushRequest, request: Request, who: SignedIn) -> PushResponse:
    if body.schema_version > SCHEMA_VERSION:
        raise ApiError(400, "schema_unsupported",
                       f"this server speaks sync schema {SCHEMA_VERSION}, the client {body.schema_version}")
    try:
        return push(central(request).engine, who, body)
    except DBAPIError as exc:
        log.warning("push of client %s rolled back: %s", body.client_id, exc.orig)
        raise ApiError(503, "unavailable", "the database is busy; retry the push",
                       headers={"Retry-After": "2"}) from exc
