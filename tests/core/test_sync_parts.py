# SPDX-License-Identifier: Apache-2.0
"""The sync client's pieces that need no server: where secrets go, when to retry, how a pulled row is laid
under pending edits, and how a merged customer's local rows follow it."""

from __future__ import annotations

import random
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from sqlmodel import Session, select

from guide_desk.customers.notes import add_note
from guide_desk.customers.profiles import create_customer
from guide_desk.db import replica
from guide_desk.db.outbox import pending
from guide_desk.db.tables import Customer, Note
from guide_desk.sync.backoff import Backoff
from guide_desk.sync.credentials import Credentials
from guide_desk.sync.errors import Offline, ServerBusy
from guide_desk.sync.mapping import local_row, overlay


def test_tokens_go_to_the_keyring_and_are_forgotten_there() -> None:
    credentials = Credentials(api_url="https://crm.example.cn/", store_code="SH01")
    credentials.device_token = "gdd_secret"
    assert keyring.get_password("guide-desk", "device|https://crm.example.cn|SH01") == "gdd_secret"
    assert Credentials(api_url="https://crm.example.cn", store_code="SH01").device_token == "gdd_secret"
    credentials.forget()
    assert keyring.get_password("guide-desk", "device|https://crm.example.cn|SH01") is None


def test_without_a_keyring_secrets_live_in_memory_only(tmp_path: Any) -> None:
    keyring.set_keyring(fail.Keyring())
    credentials = Credentials(api_url="https://crm.example.cn", store_code="SH01")
    assert not credentials.persistent
    credentials.set_refresh_token("g1", "gdr_secret")
    assert credentials.refresh_token("g1") == "gdr_secret"  # for this session
    assert credentials.refresh_token("g2") is None  # each guide signed in on the PC has their own
    assert not any("gdr_secret" in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file())
    credentials.forget(["g1"])
    assert credentials.refresh_token("g1") is None


def test_backoff_honours_retry_after_and_grows_with_jitter() -> None:
    backoff = Backoff(rng=random.Random(7))
    assert backoff.failed(ServerBusy("busy", retry_after=12)) == 12
    waits = [backoff.failed(Offline("down")) for _ in range(8)]
    assert all(0.5 <= wait <= backoff.cap_s for wait in waits)
    assert max(waits[-3:]) > 8  # the ceiling doubled with each failure
    assert backoff.succeeded() == backoff.interval_s and backoff.failures == 0


def test_a_pulled_row_keeps_this_pcs_pending_edits() -> None:
    server = {"id": "c1", "name": "张三", "size_top": "S", "tags": ["t1", "t2"], "archived_at": None}
    edits = [{"op": "update", "fields": {"size_top": "M"}, "tag_adds": [], "tag_removes": [], "client_ts": "x"},
             {"op": "tags", "fields": {}, "tag_adds": ["t3"], "tag_removes": ["t1"], "client_ts": "x"}]
    merged = overlay("customer", server, edits)
    assert merged["size_top"] == "M" and merged["tags"] == ["t2", "t3"] and merged["name"] == "张三"


def test_a_pulled_customer_gets_its_search_columns() -> None:
    row = local_row("customer", {"id": "c1", "store_id": "s", "owner_guide_id": "g", "name": "欧阳娜娜",
                                 "phone_e164": "+8613800138000", "created_at": "2026-01-01T00:00:00+00:00",
                                 "updated_at": "2026-01-01T00:00:00+00:00"}, 42)
    assert (row["name_initials"], row["name_given"], row["phone_digits"], row["server_version"]) == \
        ("oynn", "娜娜", "13800138000", 42)


def test_a_customer_merged_by_the_server_takes_its_notes_and_pending_edits_along(session: Session, org: Any) -> None:
    first = create_customer(session, owner_guide_id=org.guide.id, name="王芳", by_guide_id=org.guide.id)
    session.commit()
    session.delete(first)  # the survivor as the server knows it, not yet pulled here
    session.commit()
    twin = create_customer(session, owner_guide_id=org.guide.id, name="王芳", by_guide_id=org.guide.id)
    note = add_note(session, customer_id=twin.id, body="喜欢围巾", by_guide_id=org.guide.id)
    session.commit()
    replica.repoint(session, "customer", twin.id, first.id)
    session.commit()
    session.expunge_all()
    assert session.get(Customer, first.id) is not None and session.get(Customer, twin.id) is None
    assert session.exec(select(Note.customer_id).where(Note.id == note.id)).one() == first.id
    assert {row.entity_id for row in pending(session) if row.entity == "customer"} == {first.id}


@pytest.mark.parametrize("through", [0, 2])
def test_acknowledged_edits_stay_until_pruned_and_can_be_sent_again(session: Session, org: Any,
                                                                   through: int) -> None:
    from datetime import timedelta

    from guide_desk.clock import utcnow

    for name in ("甲", "乙", "丙"):
        create_customer(session, owner_guide_id=org.guide.id, name=name, by_guide_id=org.guide.id)
    session.commit()
    ids = [row.mutation_id for row in pending(session)]
    replica.acknowledge(session, through=ids[-1], at=utcnow())
    assert pending(session) == []
    assert replica.reopen_after(session, last_applied=ids[through]) == len(ids) - through - 1
    assert [row.mutation_id for row in pending(session)] == ids[through + 1:]
    replica.acknowledge(session, through=ids[-1], at=utcnow() - timedelta(days=30))
    replica.prune_acknowledged(session, before=utcnow() - timedelta(days=7))
    session.commit()
    assert pending(session) == []
