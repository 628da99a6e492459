# SPDX-License-Identifier: Apache-2.0
"""A shared store PC with the app's sync client: each guide who signs in with their server password gets their
own session (a refresh token each in the keyring); their edits sync as theirs; a colleague who never signed
in there is refused in words; with store_wide_view off the PC holds exactly its guides' customers, and a new
sign-in widens it on the next round without losing pending edits; when a guide's session there ends, their
customers leave it, even when the round re-downloads everything for another reason first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from central_kit import PASSWORD, LiveServer
from sqlmodel import select
from sync_kit import Device, clone_database, mirror_org

from guide_desk.central import admin
from guide_desk.central.sessions import end_sessions
from guide_desk.clock import utcnow
from guide_desk.customers.profiles import create_customer, update_customer
from guide_desk.customers.sync_review import list_rejections
from guide_desk.customers.tags import create_tag, create_tag_group, tag_customers
from guide_desk.db import replica
from guide_desk.db.outbox import pending_count
from guide_desk.db.tables import Customer
from guide_desk.sync.auth import SyncAuth


@pytest.fixture
def two_pcs(server: LiveServer, org: Any, engine: Any, data_dir: Path, tmp_path: Path) -> Iterator[list[Device]]:
    """PC one with guide g1 only, PC two with g2 only."""
    mirror_org(server, org)
    clone_database(engine, data_dir, tmp_path / "pc2")
    made = [Device(server, data_dir, store_code="SH01", logins=("g1",)),
            Device(server, tmp_path / "pc2", store_code="SH01", logins=("g2",))]
    yield made
    for device in made:
        device.close()


def _customers(device: Device) -> set[str]:
    with device.work() as session:
        return set(session.exec(select(Customer.name)))


def test_each_guide_signed_in_on_the_pc_has_a_session_in_the_keyring(two_pcs: list[Device], org: Any) -> None:
    one = two_pcs[0]
    one.auth.login(login="m1", password=PASSWORD)
    assert [g.login for g in one.auth.guides()] == ["m1", "g1"]  # the latest first: the one sync sends with
    for login in ("g1", "m1"):
        assert keyring.get_password("guide-desk", f"refresh|{login}|{one.client.base_url}|SH01")
    again = SyncAuth(one.engine, one.client)  # a new process on the same PC
    assert again.signed_in and {g.name for g in again.guides()} == {org.guide.name, org.manager.name}


def test_a_colleague_not_signed_in_is_refused_in_words_until_they_sign_in(two_pcs: list[Device], org: Any) -> None:
    one = two_pcs[0]
    with one.work(org.other.id) as session:  # g2 uses PC one, where only g1 signed in for sync
        create_customer(session, owner_guide_id=org.other.id, name="王五", by_guide_id=org.other.id)
        session.commit()
    assert one.sync.run_round().rejected == 1
    with one.work() as session:
        [rejection] = list_rejections(session)
    assert (rejection.code, rejection.author_name, rejection.manager_only) == ("author_not_signed_in",
                                                                             org.other.name, False)
    one.auth.login(login="g2", password=PASSWORD)
    with one.work(org.other.id) as session:
        create_customer(session, owner_guide_id=org.other.id, name="赵六", by_guide_id=org.other.id)
        session.commit()
    result = one.sync.run_round()
    assert (result.rejected, result.pending) == (0, 0)


def test_with_store_wide_view_off_a_pc_holds_exactly_its_guides_customers(server: LiveServer, two_pcs: list[Device],
                                                                          org: Any) -> None:
    admin.set_store_wide_view(server.engine, store_code="SH01", on=False)
    one, two = two_pcs
    for device, guide, name in ((one, org.guide, "张三"), (two, org.other, "李四")):
        with device.work(guide.id) as session:
            create_customer(session, owner_guide_id=guide.id, name=name, by_guide_id=guide.id)
            session.commit()
        assert device.sync.run_round().synced
    one.sync.run_round()
    two.sync.run_round()
    assert "李四" not in _customers(one) and "张三" not in _customers(two)
    with one.work(org.guide.id) as session:  # pending while the scope widens
        [mine] = session.exec(select(Customer).where(Customer.name == "张三"))
        update_customer(session, customer_id=mine.id, changes={"size_top": "M"}, by_guide_id=org.guide.id)
        session.commit()
    one.auth.login(login="g2", password=PASSWORD)
    assert one.sync.run_round().synced
    assert {"张三", "李四"} <= _customers(one)
    with one.work() as session:
        assert session.get(Customer, mine.id).size_top == "M" and pending_count(session) == 0
    two.sync.run_round()
    with two.work() as session:
        assert "张三" not in set(session.exec(select(Customer.name)))



def test_a_guides_customers_leave_the_pc_when_their_session_there_ends(server: LiveServer, org: Any, engine: Any,
                                                                       data_dir: Path) -> None:
    """g2's tag change queued on the PC is refused once their session there ends; the refusal rewinds the
    pull to the start (a tag change has no base version), and that download must not keep g2's customer."""
    mirror_org(server, org)
    engine.dispose()
    pc = Device(server, data_dir, store_code="SH01", logins=("g1", "m1", "g2"))
    try:
        with pc.work(org.manager.id) as session:
            tag = create_tag(session, group_id=create_tag_group(session, name="风格").id, name="通勤")
            session.commit()
        with pc.work(org.other.id) as session:
            theirs = create_customer(session, owner_guide_id=org.other.id, name="李四", by_guide_id=org.other.id)
            session.commit()
            device_id = replica.get_state(session, "device_id")
        assert pc.sync.run_round().synced
        admin.set_store_wide_view(server.engine, store_code="SH01", on=False)
        with server.engine.begin() as conn:  # the manager signs out: the PC holds g1's and g2's customers
            end_sessions(conn, utcnow(), guide_id=org.manager.id, device_id=device_id)
        pc.sync.run_round()
        assert "李四" in _customers(pc)
        with pc.work(org.other.id) as session:
            tag_customers(session, customer_ids=[theirs.id], tag_ids=[tag.id], by_guide_id=org.other.id)
            session.commit()
        with server.engine.begin() as conn:  # g2 is signed out of this PC elsewhere
            end_sessions(conn, utcnow(), guide_id=org.other.id, device_id=device_id)
        assert pc.sync.run_round().rejected == 1
        assert "李四" not in _customers(pc)
        pc.sync.run_round()
        assert "李四" not in _customers(pc)
    finally:
        pc.close()
