# SPDX-License-Identifier: Apache-2.0
"""The task lifecycle: open → done | cancelled, never back (DESIGN.md §4).

Each verb validates every argument before it writes anything, then changes the row, records the outbox
mutation (only the changed fields, against the row's server_version) in the caller's transaction and
flushes. Who may act: the assignee works their own tasks; a manager works and reassigns tasks of their
store; HQ may do all of it anywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from guide_desk.accounts.audit import record_audit
from guide_desk.accounts.guides import active_guide, get_guide
from guide_desk.clock import require_aware, utcnow
from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import Customer, Guide, Task, TaskTemplate
from guide_desk.errors import Conflict, InvalidInput, NotAllowed, NotFound
from guide_desk.ids import uuid7
from guide_desk.model.enums import Entity, Op, TaskOutcome, TaskSource, values

SOURCES = values(TaskSource)
OUTCOMES = values(TaskOutcome)
CONTACT_OUTCOMES = frozenset({"reached", "purchased", "declined"})
"""Outcomes where the guide actually spoke with the customer, so Customer.last_contact_at moves."""
SUPERVISOR_ROLES = frozenset({"manager", "hq"})
MAX_TITLE = 200


def get_task(session: Session, *, task_id: str) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound("task", task_id)
    return task


def _actor(session: Session, guide_id: str) -> Guide:
    guide = get_guide(session, guide_id=guide_id)
    if not guide.active:
        raise NotAllowed(f"guide {guide.name} is deactivated")
    return guide


def _supervises(actor: Guide, subject: Guide) -> bool:
    """A manager supervises guides of their own store; HQ supervises everyone."""
    return actor.role == "hq" or (actor.role == "manager" and actor.store_id == subject.store_id)


def _require_may_work(session: Session, actor: Guide, task: Task) -> None:
    if actor.id == task.assignee_guide_id:
        return
    if not _supervises(actor, get_guide(session, guide_id=task.assignee_guide_id)):
        raise NotAllowed(f"{actor.name} may only work their own tasks")


def _require_open(task: Task) -> None:
    if task.status != "open":
        raise Conflict("task_closed",
                       f"task '{task.title}' is already {task.status}; status only moves forward")


def _save(session: Session, task: Task, op: Op, fields: dict[str, Any]) -> Task:
    session.add(task)
    record_mutation(session, entity=Entity.TASK, entity_id=task.id, op=op, base_version=task.server_version,
                    fields=fields)
    session.flush()
    return task


def create_task(
    session: Session, *, assignee_guide_id: str, title: str, due_at: datetime, by_guide_id: str,
    customer_id: str | None = None, source: str = "guide", template_id: str | None = None,
    description: str = "", draft: str = "", now: datetime | None = None,
) -> Task:
    """A new open task. Creating one for somebody else is a manager's (or HQ's) job, like reassigning."""
    title = title.strip()
    if not title:
        raise InvalidInput("title", "is empty")
    if len(title) > MAX_TITLE:
        raise InvalidInput("title", f"is longer than {MAX_TITLE} characters")
    due = require_aware("due_at", due_at)
    stamp = require_aware("now", now) if now is not None else utcnow()
    if source not in SOURCES:
        raise InvalidInput("source", f"must be one of {', '.join(SOURCES)} (got '{source}')")
    assignee = active_guide(session, guide_id=assignee_guide_id, field="assignee_guide_id")
    actor = _actor(session, by_guide_id)
    if actor.id != assignee.id and not _supervises(actor, assignee):
        raise NotAllowed(f"{actor.name} may not create tasks for {assignee.name}")
    if customer_id is not None:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise InvalidInput("customer_id", f"no customer {customer_id}")
        if customer.archived_at is not None:
            raise InvalidInput("customer_id", "belongs to an archived customer")
    if template_id is not None and session.get(TaskTemplate, template_id) is None:
        raise InvalidInput("template_id", f"no task template {template_id}")

    task = Task(
        id=uuid7(), customer_id=customer_id, assignee_guide_id=assignee.id, created_by_guide_id=actor.id,
        source=source, template_id=template_id, title=title, description=description, draft=draft,
        due_at=due, status="open", created_at=stamp, updated_at=stamp,
    )
    fields = {
        name: getattr(task, name)
        for name in ("customer_id", "assignee_guide_id", "created_by_guide_id", "source", "template_id",
                     "title", "description", "draft", "due_at", "status", "created_at")
    }
    return _save(session, task, Op.CREATE, fields)


def assign_task(
    session: Session, *, task_id: str, assignee_guide_id: str, by_guide_id: str, now: datetime | None = None
) -> Task:
    """Reassign an open task (a leaving guide, an overloaded one). Managers and HQ only; audited."""
    stamp = require_aware("now", now) if now is not None else utcnow()
    task = get_task(session, task_id=task_id)
    actor = _actor(session, by_guide_id)
    if actor.role not in SUPERVISOR_ROLES:
        raise NotAllowed(f"only a manager may reassign tasks ({actor.name} is a {actor.role})")
    assignee = active_guide(session, guide_id=assignee_guide_id, field="assignee_guide_id")
    current = get_guide(session, guide_id=task.assignee_guide_id)
    if not (_supervises(actor, current) and _supervises(actor, assignee)):
        raise NotAllowed(f"{actor.name} may only reassign tasks within their own store")
    _require_open(task)
    if assignee.id == task.assignee_guide_id:
        return task
    previous = task.assignee_guide_id
    task.assignee_guide_id = assignee.id
    task.updated_at = stamp
    record_audit(session, guide_id=actor.id, action="task_reassigned", entity="task", entity_id=task.id,
                 detail={"from_guide_id": previous, "to_guide_id": assignee.id})
    return _save(session, task, Op.UPDATE, {"assignee_guide_id": assignee.id})


def snooze_task(
    session: Session, *, task_id: str, until: datetime, by_guide_id: str, now: datetime | None = None
) -> Task:
    """Hide an open task from the working lists until `until` (which must lie ahead)."""
    wake = require_aware("until", until)
    stamp = require_aware("now", now) if now is not None else utcnow()
    if wake <= stamp:
        raise InvalidInput("until", "must be in the future")
    task = get_task(session, task_id=task_id)
    _require_may_work(session, _actor(session, by_guide_id), task)
    _require_open(task)
    task.snoozed_until = wake
    task.updated_at = stamp
    return _save(session, task, Op.UPDATE, {"snoozed_until": wake})


def complete_task(
    session: Session, *, task_id: str, outcome: str, amount_fen: int | None = None, by_guide_id: str,
    now: datetime | None = None,
) -> Task:
    """Close an open task with what happened. `purchased` needs the amount (fen, > 0); other outcomes take
    none. A real contact (reached / purchased / declined) also moves the customer's last_contact_at."""
    stamp = require_aware("now", now) if now is not None else utcnow()
    if outcome not in OUTCOMES:
        raise InvalidInput("outcome", f"must be one of {', '.join(OUTCOMES)} (got '{outcome}')")
    if outcome == "purchased":
        if amount_fen is None:
            raise InvalidInput("amount_fen", "is required when the customer purchased")
        if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
            raise InvalidInput("amount_fen", f"must be a whole number of fen above 0 (got {amount_fen!r})")
    elif amount_fen is not None:
        raise InvalidInput("amount_fen", f"only applies to outcome purchased (got outcome '{outcome}')")
    task = get_task(session, task_id=task_id)
    _require_may_work(session, _actor(session, by_guide_id), task)
    _require_open(task)

    task.status = "done"
    task.outcome = outcome
    task.outcome_amount_fen = amount_fen
    task.completed_at = stamp
    task.updated_at = stamp
    if task.customer_id is not None and outcome in CONTACT_OUTCOMES:
        customer = session.get(Customer, task.customer_id)
        if customer is not None and (customer.last_contact_at is None or customer.last_contact_at < stamp):
            customer.last_contact_at = stamp
            session.add(customer)
    fields = {"status": "done", "outcome": outcome, "outcome_amount_fen": amount_fen, "completed_at": stamp}
    return _save(session, task, Op.UPDATE, fields)


def cancel_task(session: Session, *, task_id: str, by_guide_id: str, now: datetime | None = None) -> Task:
    """Drop an open task that no longer makes sense; it stays cancelled."""
    stamp = require_aware("now", now) if now is not None else utcnow()
    task = get_task(session, task_id=task_id)
    _require_may_work(session, _actor(session, by_guide_id), task)
    _require_open(task)
    task.status = "cancelled"
    task.updated_at = stamp
    return _save(session, task, Op.UPDATE, {"status": "cancelled"})
