# SPDX-License-Identifier: Apache-2.0
"""HQ SOP campaigns: a tag expression becomes one open task per matching active customer, assigned to the
customer's owning guide, due when HQ says, its draft filled from a message template. Set-based: one
query finds the customers, one executemany writes the tasks."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import ColumnElement, insert, select

from guide_desk.central.auth import HQ
from guide_desk.central.context import central
from guide_desk.central.engine import write_tx
from guide_desk.central.errors import ERRORS, ApiError
from guide_desk.central.hq_schema import CampaignIn, CampaignResult, TagExpression
from guide_desk.central.tables import Campaign, Customer, CustomerTag, Guide, MessageTemplate, Store, Task, table
from guide_desk.ids import uuid7

router = APIRouter(prefix="/hq", tags=["hq"], responses=ERRORS)
_campaign, _customer, _ctag, _guide = table(Campaign), table(Customer), table(CustomerTag), table(Guide)
_template, _store, _task = table(MessageTemplate), table(Store), table(Task)


def _matches(expression: TagExpression) -> list[ColumnElement[bool]]:
    def holders(tag_ids: list[str]) -> Any:
        return select(_ctag.c.customer_id).where(_ctag.c.tag_id.in_(tag_ids))

    terms: list[ColumnElement[bool]] = [
        _customer.c.id.in_(holders([tag_id])) for tag_id in dict.fromkeys(expression.all)]
    if expression.any:
        terms.append(_customer.c.id.in_(holders(expression.any)))
    if expression.none:
        terms.append(_customer.c.id.not_in(holders(expression.none)))
    return terms


@router.post("/campaigns", response_model=CampaignResult, status_code=201,
             summary="Create an SOP campaign: one task per matching customer")
def post_campaign(body: CampaignIn, request: Request, who: HQ) -> CampaignResult:
    with write_tx(central(request).engine) as tx:
        conn = tx.conn
        if conn.execute(select(_campaign.c.id).where(_campaign.c.code == body.code)).first() is not None:
            raise ApiError(409, "exists", f"campaign {body.code} already exists")
        draft = ""
        if body.message_template_code is not None:
            template = conn.execute(select(_template.c.body).where(_template.c.code == body.message_template_code))
            found = template.scalar()
            if found is None:
                raise ApiError(404, "not_found", f"message_template_code: no template {body.message_template_code}")
            draft = found
        statement = (select(_customer.c.id, _customer.c.owner_guide_id, _guide.c.store_id)
                     .join(_guide, _guide.c.id == _customer.c.owner_guide_id)
                     .where(_customer.c.archived_at.is_(None), _guide.c.active.is_(True), *_matches(body.tags)))
        if body.store_codes:
            stores = list(conn.execute(select(_store.c.id).where(_store.c.code.in_(body.store_codes))).scalars())
            if len(stores) != len(set(body.store_codes)):
                raise ApiError(404, "not_found", "store_codes: names a store that does not exist")
            statement = statement.where(_customer.c.store_id.in_(stores))
        targets = conn.execute(statement.order_by(_customer.c.id)).all()
        campaign_id = uuid7()
        conn.execute(insert(_campaign).values(
            id=campaign_id, code=body.code, name=body.name, expression=body.tags.model_dump(), title=body.title,
            due_at=body.due_at, template_id=None, tasks=len(targets), created_by_guide_id=who.guide_id,
            created_at=tx.now))
        rows = [
            {"id": uuid7(), "customer_id": customer_id, "store_id": store_id, "assignee_guide_id": owner,
             "created_by_guide_id": who.guide_id, "source": "hq", "template_id": None, "campaign_id": campaign_id,
             "title": body.title, "description": body.description, "draft": draft, "due_at": body.due_at,
             "snoozed_until": None, "status": "open", "outcome": None, "outcome_amount_fen": None,
             "completed_at": None, "created_at": tx.now, "updated_at": tx.now, "version": version}
            for (customer_id, owner, store_id), version in zip(targets, tx.versions(len(targets)), strict=True)
        ]
        for start in range(0, len(rows), 1000):
            conn.execute(insert(_task), rows[start:start + 1000])
    return CampaignResult(campaign_id=campaign_id, tasks=len(rows))
