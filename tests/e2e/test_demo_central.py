# SPDX-License-Identifier: Apache-2.0
"""`guide-desk demo`'s embedded central API: every guide of the demo PC's store is signed in on the PC, so an
edit made as any of them syncs (the server authorises each edit as its author's session on the PC)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from guide_desk.commands.demo_central import start_embedded_central
from guide_desk.customers.profiles import update_customer
from guide_desk.db.migrate import open_database
from guide_desk.db.outbox import AUTHOR
from guide_desk.db.tables import Customer, Guide, Store
from guide_desk.demo import build_demo
from guide_desk.sync.auth import SyncAuth
from guide_desk.sync.client import SyncClient
from guide_desk.sync.engine import SyncEngine


def test_every_demo_guide_of_the_store_is_signed_in_and_their_edits_sync(tmp_path: Path) -> None:
    data_dir = tmp_path / "demo"
    build_demo(data_dir, size="S")
    central = start_embedded_central(data_dir)
    engine = open_database(data_dir)
    client = SyncClient(central.url, timeout=30)
    try:
        with Session(engine, expire_on_commit=False) as session:
            store = session.exec(select(Store).where(Store.code == central.store_code)).one()
            guides = session.exec(select(Guide).where(Guide.store_id == store.id, Guide.active)).all()
            guide = next(g for g in guides if g.role == "guide")
            customer = session.exec(select(Customer).where(Customer.owner_guide_id == guide.id)).first()
            assert customer is not None
            session.info[AUTHOR] = guide.id
            update_customer(session, customer_id=customer.id, changes={"size_top": "XL"}, by_guide_id=guide.id)
            session.commit()
        auth = SyncAuth(engine, client)
        assert {g.login for g in auth.guides()} == {g.login for g in guides}
        result = SyncEngine(engine, auth).run_round()
        assert (result.rejected, result.pending) == (0, 0)
    finally:
        client.close()
        engine.dispose()
        central.stop.set()
