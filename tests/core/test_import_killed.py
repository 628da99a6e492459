# SPDX-License-Identifier: Apache-2.0
"""`guide-desk import customers` killed with SIGKILL half-way: what it committed is whole batches, and every
committed batch has its audit entry (written in the batch's own transaction) saying what it wrote."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from guide_desk.accounts.guides import create_guide, create_store
from guide_desk.bench.transfer import write_customers_csv
from guide_desk.db.engine import database_path, make_engine, transaction
from guide_desk.db.migrate import open_database
from guide_desk.db.tables import AuditEvent, Customer, Outbox

ROWS = 40_000


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_import_leaves_an_audit_entry_for_every_committed_batch(tmp_path: Path, no_keyring: str) -> None:
    """The import runs as its own process, which shares no keyring with the test: the database is keyed by a
    passphrase both processes are given (as IT's scripts would)."""
    data_dir = tmp_path / "store"
    engine = open_database(data_dir)
    with transaction(engine) as session:
        store = create_store(session, code="SH01", name="上海静安店")
        create_guide(session, store_id=store.id, login="m1", name="王店长", role="manager")
    engine.dispose()
    source = write_customers_csv(tmp_path / "pos.csv", ROWS)
    process = subprocess.Popen([sys.executable, "-m", "guide_desk", "import", "customers", str(source),
                                "--data-dir", str(data_dir), "--json"], env=os.environ.copy(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watcher = make_engine(database_path(data_dir))
    try:
        deadline = time.monotonic() + 120
        committed = 0
        while committed < 2000 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
            with Session(watcher) as session:
                committed = session.scalar(select(func.count()).select_from(Customer)) or 0
        assert process.poll() is None, "the import finished before it could be killed"
        process.kill()
        process.wait(timeout=30)
        with Session(watcher) as session:
            customers = session.scalar(select(func.count()).select_from(Customer)) or 0
            creates = session.scalar(select(func.count()).select_from(Outbox).where(
                Outbox.entity == "customer", Outbox.op == "create"))
            audits = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
    finally:
        watcher.dispose()
    assert 2000 <= customers < ROWS and customers % 1000 == 0  # whole batches only
    assert creates == customers
    batches = sorted(audit.detail["batch"] for audit in audits)
    assert batches == list(range(1, customers // 1000 + 1))
    assert sum(audit.detail["imported"] for audit in audits) == customers
    assert len({audit.detail["import"] for audit in audits}) == 1
    for audit in audits:
        detail = audit.detail
        rows = detail["last_row"] - detail["first_row"] + 1
        assert detail["imported"] + detail["updated"] + detail["rejected"] + detail["duplicates"] == rows == 1000
