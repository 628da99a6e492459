# SPDX-License-Identifier: Apache-2.0
"""Marketing consent per channel (PIPL): each grant or revocation is a consent_event with its time, source
and who recorded it; the latest event of a channel is its state. Customer.marketing_consent stays the
summary every push query reads ("may we push at all"), updated in the same transaction, so revoking a
channel the pushes use stops suggestions at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session, col

from guide_desk.accounts.audit import record_audit
from guide_desk.clock import utcnow
from guide_desk.customers.profiles import get_customer
from guide_desk.db.outbox import record_mutation
from guide_desk.db.tables import ConsentEvent, Guide
from guide_desk.errors import InvalidInput
from guide_desk.ids import uuid7
from guide_desk.model.enums import ConsentChannel, Entity, Op, values

CHANNELS = values(ConsentChannel)
PUSH_CHANNELS = ("wecom",)  # suggestions and outfit pushes go out through WeCom
SOURCES = ("store", "wecom", "mini_program", "import", "paper_form", "phone")


@dataclass(frozen=True)
class ChannelConsent:
    channel: str
    granted: bool
    at: datetime | None
    source: str
    recorded_by: str | None  # the guide's name, for the profile


def consent_history(session: Session, *, customer_id: str) -> list[ConsentEvent]:
    statement = (select(ConsentEvent).where(col(ConsentEvent.customer_id) == customer_id)
                 .order_by(col(ConsentEvent.at).desc(), col(ConsentEvent.id).desc()))
    return list(session.scalars(statement))


def _latest(session: Session, *, customer_id: str) -> dict[str, ChannelConsent]:
    names: dict[str, str] = {gid: name for gid, name in session.execute(select(col(Guide.id), col(Guide.name)))}
    state: dict[str, ChannelConsent] = {}
    for event in consent_history(session, customer_id=customer_id):
        if event.channel not in state:
            state[event.channel] = ChannelConsent(event.channel, event.granted, event.at, event.source,
                                                  names.get(event.recorded_by or ""))
    return state


def consent_state(session: Session, *, customer_id: str) -> dict[str, ChannelConsent]:
    """Every channel's current state. Where the push summary disagrees with the events (older data, or a
    change synced from another device), the summary is what pushes obey, so it is what is shown."""
    customer = get_customer(session, customer_id=customer_id)
    state = _latest(session, customer_id=customer_id)
    for channel in CHANNELS:
        if channel not in state:
            state[channel] = ChannelConsent(channel, False, None, "", None)
    if any(state[c].granted for c in PUSH_CHANNELS) != customer.marketing_consent:
        for c in PUSH_CHANNELS:
            old = state[c]
            state[c] = ChannelConsent(c, customer.marketing_consent, old.at, old.source, old.recorded_by)
    return {channel: state[channel] for channel in (*CHANNELS, *sorted(set(state) - set(CHANNELS)))}


def set_consent(
    session: Session, *, customer_id: str, channel: str, granted: bool, source: str = "store",
    by_guide_id: str | None,
) -> bool:
    """Record a grant or revocation on one channel; returns the push summary after it."""
    if channel not in CHANNELS:
        raise InvalidInput("channel", f"must be one of {', '.join(CHANNELS)} (got '{channel}')")
    if source not in SOURCES:
        raise InvalidInput("source", f"must be one of {', '.join(SOURCES)} (got '{source}')")
    customer = get_customer(session, customer_id=customer_id)
    if customer.archived_at is not None:
        raise InvalidInput("customer", "is archived; restore it before changing consent")
    session.add(ConsentEvent(id=uuid7(), customer_id=customer_id, channel=channel, granted=granted, source=source,
                             recorded_by=by_guide_id, at=utcnow()))
    session.flush()
    state = _latest(session, customer_id=customer_id)
    summary = any(state[c].granted for c in PUSH_CHANNELS if c in state)
    if summary != customer.marketing_consent:
        customer.marketing_consent = summary
        customer.updated_at = utcnow()
        session.add(customer)
        record_mutation(session, entity=Entity.CUSTOMER, entity_id=customer_id, op=Op.UPDATE,
                        base_version=customer.server_version, fields={"marketing_consent": summary})
    record_audit(session, guide_id=by_guide_id, action="consent", entity="customer", entity_id=customer_id,
                 detail={"channel": channel, "granted": granted, "source": source})
    session.flush()
    return summary
