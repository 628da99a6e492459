# SPDX-License-Identifier: Apache-2.0
"""Notes on a customer: append-only (DESIGN.md §4), so two devices never conflict over one."""

from __future__ import annotations

from sqlmodel import Session

from guide_desk.clock import utcnow
from guide_desk.customers.profiles import get_customer
from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import Note
from guide_desk.errors import InvalidInput
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op

MAX_NOTE = 2000


def add_note(session: Session, *, customer_id: str, body: str, by_guide_id: str | None) -> Note:
    text = body.strip()
    if not text:
        raise InvalidInput("note", "is empty")
    if len(text) > MAX_NOTE:
        raise InvalidInput("note", f"is longer than {MAX_NOTE} characters ({len(text)})")
    get_customer(session, customer_id=customer_id)
    note = Note(id=uuid7(), customer_id=customer_id, guide_id=by_guide_id, body=text, created_at=utcnow())
    session.add(note)
    record_mutation(session, entity=Entity.NOTE, entity_id=note.id, op=Op.CREATE,
                    fields={"customer_id": customer_id, "guide_id": by_guide_id, "body": text})
    session.flush()
    return note
