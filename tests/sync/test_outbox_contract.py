# SPDX-License-Identifier: Apache-2.0
"""The server accepts exactly what the app's services put in the outbox: edits made through the real
domain services on a local database, pushed as they were recorded, all applied."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import httpx
import pytest
from central_kit import PASSWORD, Api, LiveServer
from sqlmodel import Session, delete

from guide_desk.appointments.service import book_appointment, cancel_appointment, reschedule_appointment
from guide_desk.central import admin
from guide_desk.clock import STORE_TZ, utcnow
from guide_desk.customers.notes import add_note
from guide_desk.customers.profiles import archive_customer, create_customer, update_customer
from guide_desk.customers.tags import (
    create_tag,
    create_tag_group,
    delete_tag,
    rename_tag,
    tag_customers,
    untag_customers,
)
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Outbox
from guide_desk.tasks.service import assign_task, cancel_task, complete_task, create_task, snooze_task


class Mirror:
    """The central side of the local `org`: same store and guide ids, one enrolled PC."""

    def __init__(self, server: LiveServer, org: Any) -> None:
        engine = server.engine
        admin.create_store(engine, code=org.store.code, name=org.store.name, store_id=org.store.id)
        for guide in (org.manager, org.guide, org.other):
            admin.create_guide(engine, store_code=org.store.code, login=guide.login, name=guide.name,
                               role=guide.role, password=PASSWORD, guide_id=guide.id)
        code = admin.issue_enrolment_code(engine, store_code=org.store.code)
        enrolled = httpx.post(f"{server.url}/auth/enrol", json={"store_code": org.store.code, "enrolment_code": code})
        self.device_token = enrolled.json()["device_token"]
        self.server = server
        self.client_id = "local-db-1"
        self.apis: list[Api] = []

    def as_guide(self, login: str) -> Api:
        response = httpx.post(f"{self.server.url}/auth/login", json={"guide_id": login, "password": PASSWORD},
                              headers={"Authorization": f"Bearer {self.device_token}"})
        api = Api(self.server.url, response.json()["access_token"], client_id=self.client_id)
        self.apis.append(api)
        return api

    def push_outbox(self, session: Session, api: Api) -> list[dict[str, Any]]:
        """Push the whole outbox as the sync client would, then clear what the server acknowledged."""
        results: list[dict[str, Any]] = []
        while batch := pending(session, limit=100):
            body = api.push(*[{
                "mutation_id": row.mutation_id, "entity": row.entity, "entity_id": row.entity_id, "op": row.op,
                "base_version": row.base_version, "fields": row.fields, "tag_adds": row.tag_adds,
                "tag_removes": row.tag_removes, "client_ts": row.client_ts.isoformat()} for row in batch])
            results += body["results"]
            session.exec(delete(Outbox).where(Outbox.mutation_id <= body["last_mutation_id"]))  # type: ignore[arg-type]
            session.commit()
        return results


@pytest.fixture
def mirror(server: LiveServer, org: Any) -> Iterator[Mirror]:
    made = Mirror(server, org)
    yield made
    for api in made.apis:
        api.close()


def _tomorrow(hour: int) -> datetime:
    day = (utcnow().astimezone(STORE_TZ) + timedelta(days=1)).date()
    return datetime.combine(day, time(hour), tzinfo=STORE_TZ)


def test_every_outbox_shape_the_app_records_is_applied(session: Session, org: Any, mirror: Mirror) -> None:
    g1, manager = org.guide.id, org.manager.id
    group = create_tag_group(session, name="价值", exclusive=True)
    vip, gold = create_tag(session, group_id=group.id, name="VIP"), create_tag(session, group_id=group.id, name="金卡")
    customer = create_customer(session, owner_guide_id=g1, by_guide_id=g1, name="张三", phone_e164="13800138000",
                               birthday=date(1990, 5, 17), tier="gold", marketing_consent=True)
    update_customer(session, customer_id=customer.id, by_guide_id=g1,
                    changes={"size_top": "M", "style_prefs": ["通勤", "简约"], "points": 120})
    tag_customers(session, customer_ids=[customer.id], tag_ids=[vip.id], by_guide_id=g1)
    tag_customers(session, customer_ids=[customer.id], tag_ids=[gold.id], by_guide_id=g1)  # replaces VIP
    add_note(session, customer_id=customer.id, body="喜欢羊毛大衣", by_guide_id=g1)
    task = create_task(session, assignee_guide_id=g1, title="购后回访", due_at=_tomorrow(12), by_guide_id=g1,
                       customer_id=customer.id)
    snooze_task(session, task_id=task.id, until=_tomorrow(15), by_guide_id=g1)
    complete_task(session, task_id=task.id, outcome="purchased", amount_fen=129900, by_guide_id=g1)
    dropped = create_task(session, assignee_guide_id=g1, title="生日祝福", due_at=_tomorrow(9), by_guide_id=g1)
    cancel_task(session, task_id=dropped.id, by_guide_id=g1)
    session_1v1 = book_appointment(session, customer_id=customer.id, guide_id=g1, kind="video",
                                   starts_at=_tomorrow(14), duration=timedelta(hours=1), by_guide_id=g1,
                                   meeting_link="https://meeting.example.cn/abc")
    reschedule_appointment(session, appointment_id=session_1v1.id, starts_at=_tomorrow(16), by_guide_id=g1)
    cancel_appointment(session, appointment_id=session_1v1.id, reason="客户改期", by_guide_id=g1)
    rename_tag(session, tag_id=vip.id, name="VIP客户")
    gone = create_customer(session, owner_guide_id=g1, by_guide_id=g1, name="李四")
    archive_customer(session, customer_id=gone.id, by_guide_id=g1)
    untag_customers(session, customer_ids=[customer.id], tag_ids=[gold.id], by_guide_id=g1)
    session.commit()

    results = mirror.push_outbox(session, mirror.as_guide(org.guide.login))
    assert len(results) >= 18 and {r["status"] for r in results} == {"applied"}, [
        r for r in results if r["status"] != "applied"]

    handover = create_task(session, assignee_guide_id=org.other.id, title="交接", due_at=_tomorrow(11),
                           by_guide_id=manager)
    assign_task(session, task_id=handover.id, assignee_guide_id=g1, by_guide_id=manager)
    delete_tag(session, tag_id=vip.id, by_guide_id=manager)
    session.commit()
    results = mirror.push_outbox(session, mirror.as_guide(org.manager.login))
    assert [r["status"] for r in results] == ["applied"] * 3

    changes, _ = mirror.apis[0].pull_all()
    pulled = changes[("customer", customer.id)]["data"]
    assert (pulled["name"], pulled["phone_e164"], pulled["birthday"], pulled["style_prefs"]) == (
        "张三", "+8613800138000", "1990-05-17", "通勤,简约")
    assert pulled["tags"] == [] and pulled["last_contact_at"] is not None
    assert changes[("task", task.id)]["data"]["outcome_amount_fen"] == 129900
    assert changes[("task", handover.id)]["data"]["assignee_guide_id"] == g1
    assert changes[("appointment", session_1v1.id)]["data"]["status"] == "cancelled"
    assert changes[("appointment", session_1v1.id)]["data"]["sequence"] == 2
    assert changes[("customer", gone.id)]["data"]["archived_at"] is not None
    assert changes[("tag", vip.id)]["deleted"] is True
