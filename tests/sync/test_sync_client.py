# SPDX-License-Identifier: Apache-2.0
"""The app's sync client against a real central API on 127.0.0.1: edits travel both ways, the server's
merges and refusals come back, a lost reply is not applied twice, a first download resumes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from central_kit import LiveServer
from sqlmodel import Session, select
from sync_kit import Device, clone_database, mirror_org

from guide_desk.customers.notes import add_note
from guide_desk.customers.profiles import create_customer, get_customer, update_customer
from guide_desk.customers.tags import create_tag, create_tag_group, delete_tag
from guide_desk.db.outbox import pending_count
from guide_desk.db.tables import Customer, Note, SyncRejection, Tag


@pytest.fixture
def devices(server: LiveServer, org: Any, engine: Any, data_dir: Path, tmp_path: Path) -> Iterator[list[Device]]:
    mirror_org(server, org)
    clone_database(engine, data_dir, tmp_path / "pc2")
    made = [Device(server, data_dir, store_code="SH01"), Device(server, tmp_path / "pc2", store_code="SH01")]
    yield made
    for device in made:
        device.close()


def test_an_edit_on_one_pc_reaches_the_other(devices: list[Device], org: Any) -> None:
    one, two = devices
    with one.work(org.guide.id) as session:
        customer = create_customer(session, owner_guide_id=org.guide.id,
                                   name="张三", phone_e164="13800138000", by_guide_id=org.guide.id)
        add_note(session, customer_id=customer.id, body="喜欢羊毛大衣", by_guide_id=org.guide.id)
        session.commit()
    assert one.sync.run_round().synced
    two.sync.run_round()
    with two.work() as session:
        pulled = get_customer(session, customer_id=customer.id)
        assert pulled.name == "张三" and pulled.name_initials == "zs" and pulled.phone_e164 == "+8613800138000"
        assert [n.body for n in session.exec(select(Note).where(Note.customer_id == customer.id))] == ["喜欢羊毛大衣"]
        assert pending_count(session) == 0


def test_a_pending_edit_is_not_overwritten_by_a_pull(devices: list[Device], org: Any) -> None:
    one, two = devices
    with one.work(org.guide.id) as session:
        customer = create_customer(session, owner_guide_id=org.guide.id,
                                   name="张三", by_guide_id=org.guide.id)
        session.commit()
    one.sync.run_round()
    two.sync.run_round()
    with one.work(org.guide.id) as session:
        update_customer(session, customer_id=customer.id, changes={"size_top": "M"}, by_guide_id=org.guide.id)
        session.commit()
    one.sync.run_round()
    with two.work(org.other.id) as session:
        update_customer(session, customer_id=customer.id, changes={"size_shoe": "38"}, by_guide_id=org.other.id)
        session.commit()
    two.sync._pull(__import__("guide_desk.sync.engine", fromlist=["RoundResult"]).RoundResult(), None, None)
    with two.work() as session:
        row = get_customer(session, customer_id=customer.id)
        assert (row.size_top, row.size_shoe) == ("M", "38")  # theirs arrived, mine survived
    two.sync.run_round()
    one.sync.run_round()
    with one.work() as session:
        assert get_customer(session, customer_id=customer.id).size_shoe == "38"


def test_the_same_person_created_on_two_pcs_becomes_one_customer(devices: list[Device], org: Any) -> None:
    one, two = devices
    ids = []
    for device in devices:
        with device.work(org.guide.id) as session:
            ids.append(create_customer(session, owner_guide_id=org.guide.id,
                                       name="王芳", phone_e164="13900139000", by_guide_id=org.guide.id).id)
            session.commit()
    one.sync.run_round()
    two.sync.run_round()
    one.sync.run_round()
    for device in devices:
        with device.work() as session:
            live = session.exec(select(Customer).where(Customer.phone_e164 == "+8613900139000",
                                                       Customer.archived_at.is_(None))).all()  # type: ignore[union-attr]
            assert [c.id for c in live] == [ids[0]]


def test_a_refused_edit_is_listed_and_the_server_row_comes_back(devices: list[Device], org: Any) -> None:
    one, _two = devices
    with one.work(org.manager.id) as session:
        group = create_tag_group(session, name="风格")
        tag = create_tag(session, group_id=group.id, name="通勤")
        session.commit()
    one.sync.run_round()
    with one.work(org.guide.id) as session:  # tags are brand-wide: only a manager may delete one
        delete_tag(session, tag_id=tag.id, by_guide_id=org.guide.id)
        session.commit()
    result = one.sync.run_round()
    assert result.rejected == 1 and result.synced
    with one.work() as session:
        rejection = session.exec(select(SyncRejection)).one()
        assert rejection.code == "forbidden" and rejection.entity_id == tag.id
        assert session.get(Tag, tag.id) is not None


def test_nothing_to_do_is_fully_synced(devices: list[Device]) -> None:
    result = devices[0].sync.run_round()
    assert result.synced and result.pushed == 0
    with Session(devices[0].engine) as session:
        assert pending_count(session) == 0


def test_a_server_restored_from_a_backup_gets_the_lost_edits_again(devices: list[Device], org: Any, server: LiveServer,
                                                                   db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("sqlite:///"):
        pytest.skip("the restore is simulated on the SQLite file")
    from fault_kit import restore_database, snapshot_database
    from sqlalchemy import text

    from guide_desk.central import admin

    one, two = devices
    with one.work(org.guide.id) as session:
        customer = create_customer(session, owner_guide_id=org.guide.id, name="张三", by_guide_id=org.guide.id)
        session.commit()
    one.sync.run_round()
    central_file = Path(db_url.removeprefix("sqlite:///"))
    snapshot_database(central_file, tmp_path / "backup.db")
    with one.work(org.guide.id) as session:
        note = add_note(session, customer_id=customer.id, body="只穿 M 码", by_guide_id=org.guide.id)
        session.commit()
    assert one.sync.run_round().synced  # acknowledged by the server …
    server.engine.dispose()
    restore_database(tmp_path / "backup.db", central_file)  # … which then loses it
    admin.mark_restored(server.engine)
    one.sync.run_round()
    one.sync.run_round()
    with server.engine.connect() as connection:
        assert connection.execute(text("SELECT body FROM note WHERE id = :id"), {"id": note.id}).scalar() == "只穿 M 码"
    two.sync.run_round()
    with two.work() as session:
        assert session.get(Note, note.id) is not None
