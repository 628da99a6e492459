# SPDX-License-Identifier: Apache-2.0
"""Fault injection (issue: offline-first sync): 2–3 shared PCs of one store and one PC of a second store edit
offline at random and sync through a network that drops requests, loses replies after the server committed,
delivers twice and answers 500 / 429; the client dies mid-pull and between the server's reply and its own
bookkeeping; PC clocks are a day off; the server is restored from an older backup. Edits are made by
different guides on each PC (each authorised as its author), some by a guide who never signed in on that PC
(refused), and guides sign in on a PC mid-run; the second store has store_wide_view off, so a sign-in there
changes what its PC may hold. After the network heals and a final sync:

- every PC equals the server (what a freshly enrolled PC of its store, with the same guides signed in,
  downloads), and holds no other store's customers;
- every edit that was saved is in the current state, superseded by a later edit, or listed as a conflict or
  a rejection; every note and every customer created survives (merged duplicates into their survivor);
- no two active customers share a phone; a task's status never moves backwards; every outbox is empty.

GUIDE_DESK_SYNC_EXAMPLES sets the number of examples (CI: 200; the documented long run: 5000).
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from central_kit import PASSWORD
from fastapi.testclient import TestClient
from fault_kit import Crash, FaultyTransport, restore_database, snapshot_database
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule, run_state_machine_as_test
from sqlalchemy import Engine
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from guide_desk.central import admin
from guide_desk.central.app import create_app
from guide_desk.central.engine import make_engine as make_central_engine
from guide_desk.central.migrate import upgrade
from guide_desk.central.sessions import end_sessions, live_guides
from guide_desk.central.tables import Customer as CentralCustomer
from guide_desk.central.tables import Note as CentralNote
from guide_desk.central.tables import table
from guide_desk.customers.notes import add_note
from guide_desk.customers.profiles import archive_customer, create_customer, update_customer
from guide_desk.customers.tags import create_tag, create_tag_group, tag_customers, untag_customers
from guide_desk.db import replica
from guide_desk.db.connect import copy_database
from guide_desk.db.engine import database_path, make_engine
from guide_desk.db.migrate import open_database
from guide_desk.db.outbox import AUTHOR, pending_count
from guide_desk.db.tables import Customer, CustomerTag, Note, SyncConflict, SyncRejection, Task
from guide_desk.errors import GuideDeskError
from guide_desk.sync.auth import SyncAuth
from guide_desk.sync.client import SyncClient
from guide_desk.sync.engine import SyncEngine
from guide_desk.sync.errors import NotSignedIn, SyncError
from guide_desk.tasks.service import assign_task, complete_task, create_task

EXAMPLES = int(os.environ.get("GUIDE_DESK_SYNC_EXAMPLES", "200"))
PHONES = ("13800000001", "13800000002", "13800000003", None, None)
FIELDS = {"size_top": ("S", "M", "L"), "size_shoe": ("36", "37", "38"), "tier": ("normal", "gold", "silver"),
          "style_prefs": ("通勤", "休闲", "")}
_EXAMPLE = itertools.count()
STATUS_RANK = {"open": 0, "done": 1, "cancelled": 1}


class CrashyEngine(SyncEngine):
    """A client that may die mid pull page (the page's transaction never commits) or after the server
    answered a push but before it recorded the answer."""

    def __init__(self, *args: Any, rng: random.Random, crash_rate: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rng, self.crash_rate = rng, crash_rate

    def _apply_page(self, *args: Any, **kwargs: Any) -> None:
        if self.rng.random() < self.crash_rate:
            raise Crash("mid pull page")
        super()._apply_page(*args, **kwargs)

    def _settle(self, *args: Any, **kwargs: Any) -> None:
        if self.rng.random() < self.crash_rate:
            raise Crash("between the server's reply and the outbox bookkeeping")
        super()._settle(*args, **kwargs)


SECOND_STORE = "BJ01"
SECOND_GUIDES = ("b1", "b2")


class World:
    """Templates made once: a migrated central database holding the two stores (the second one narrowed to
    each PC's guides), and the PC's database."""

    def __init__(self, root: Path, org: Any, local_dir: Path, local_engine: Engine) -> None:
        self.root, self.org = root, org
        self.central_template = root / "central-template.db"
        engine = make_central_engine(f"sqlite:///{self.central_template}")
        upgrade(engine)
        admin.create_store(engine, code="SH01", name=org.store.name, store_id=org.store.id)
        for guide in (org.manager, org.guide, org.other):
            admin.create_guide(engine, store_code="SH01", login=guide.login, name=guide.name, role=guide.role,
                               password=PASSWORD, guide_id=guide.id)
        admin.create_store(engine, code=SECOND_STORE, name="北京三里屯店")
        self.second = {login: admin.create_guide(engine, store_code=SECOND_STORE, login=login, name=login,
                                                 role="guide", password=PASSWORD) for login in SECOND_GUIDES}
        admin.set_store_wide_view(engine, store_code=SECOND_STORE, on=False)
        engine.dispose()
        local_engine.dispose()
        self.central_template = root / "central-template-copy.db"
        snapshot_database(root / "central-template.db", self.central_template)
        self.local_template = root / "local-template.sqlite3"
        copy_database(database_path(local_dir), self.local_template)  # keyed: the local database is encrypted


class Pc:
    """One PC: its store, the guides who may edit on it (`authors`, by id) and those signed in for sync."""

    def __init__(self, machine: SyncMachine, name: str, rng: random.Random, clock_skew: timedelta, *,
                 store: str = "SH01", logins: tuple[str, ...] = ("m1",)) -> None:
        self.store, self.logins = store, list(logins)
        self.dir = machine.dir / name
        self.dir.mkdir()
        copy_database(machine.world.local_template, database_path(self.dir))
        self.engine = make_engine(database_path(self.dir))
        self.transport = FaultyTransport(machine.http._transport, rng, machine.fault_rate)
        self.client = SyncClient("http://testserver", transport=self.transport)
        self.transport.healthy = True
        self.auth = SyncAuth(self.engine, self.client)
        code = admin.issue_enrolment_code(machine.central_engine, store_code=store)
        self.auth.enrol(store_code=store, enrolment_code=code, device_name=name)
        for login in self.logins:
            self.auth.login(login=login, password=PASSWORD)
        self.rng, self.crash_rate, self.skew = rng, machine.crash_rate, clock_skew
        self.restart()

    def restart(self) -> None:
        """A fresh process on the same database file and keyring."""
        self.auth = SyncAuth(self.engine, self.client)
        self.sync = CrashyEngine(self.engine, self.auth, rng=self.rng, crash_rate=self.crash_rate,
                                 now=lambda: datetime.now(UTC) + self.skew)

    def sign_in(self, login: str) -> None:
        self.auth.login(login=login, password=PASSWORD)
        if login not in self.logins:
            self.logins.append(login)

    def round(self) -> None:
        """One sync round; sign-ins the server forgot (restored from a backup) are given again, as the guides
        would when the app asks."""
        signed_in = {guide.login for guide in self.auth.guides()}
        for login in self.logins:
            if login not in signed_in:
                self.auth.login(login=login, password=PASSWORD)
        try:
            self.sync.run_round()
        except NotSignedIn:
            for login in self.logins:
                self.auth.login(login=login, password=PASSWORD)
            self.sync.run_round()

    def session(self, author: str) -> Session:
        session = Session(self.engine, expire_on_commit=False)
        session.info[AUTHOR] = author
        return session


class SyncMachine(RuleBasedStateMachine):
    world: World

    def __init__(self) -> None:
        super().__init__()
        self.dir = self.world.root / f"ex{next(_EXAMPLE)}"
        self.dir.mkdir()
        central_path = self.dir / "central.db"
        shutil.copy2(self.world.central_template, central_path)
        self.central_url = f"sqlite:///{central_path}"
        self.central_path = central_path
        self.app = create_app(self.central_url)
        self.http = TestClient(self.app)
        self.central_engine = self.app.state.central.engine
        self.pcs: list[Pc] = []
        self.edits: list[tuple[int, str, str, Any]] = []  # (step, customer, field, value)
        self.notes: set[str] = set()
        self.created: set[str] = set()
        self.merged_ok: dict[str, str] = {}  # a create the server may fold into the customer holding the phone
        self.task_seen: dict[tuple[int, str], int] = {}
        self.snapshot: Path | None = None
        self.step = 0
        self.fault_rate = 0.0
        self.crash_rate = 0.0

    @initialize(seed=st.integers(0, 2**32), devices=st.integers(2, 3), fault_rate=st.sampled_from([0.1, 0.3]),
          crash_rate=st.sampled_from([0.0, 0.1]), skew_days=st.lists(st.sampled_from([-1, 0, 1]), min_size=3,
                                                                       max_size=3))
    def start(self, seed: int, devices: int, fault_rate: float, crash_rate: float, skew_days: list[int]) -> None:
        self.fault_rate, self.crash_rate = fault_rate, crash_rate
        rng = random.Random(seed)
        org = self.world.org
        sign_ins = (("g1", "g2", "m1"), ("g1", "m1"), ("g2", "m1"))  # g2 never signed in on pc1, g1 on pc2
        for i in range(devices):
            self.pcs.append(Pc(self, f"pc{i}", random.Random(rng.random()), timedelta(days=skew_days[i]),
                               logins=sign_ins[i]))
        bj = Pc(self, "bj", random.Random(rng.random()), timedelta(days=skew_days[-1]), store=SECOND_STORE,
                logins=SECOND_GUIDES)
        self.pcs.append(bj)
        first = self.pcs[0]
        with first.session(org.manager.id) as session:
            group = create_tag_group(session, name="风格")
            self.tags = [create_tag(session, group_id=group.id, name=n).id for n in ("通勤", "休闲", "运动")]
            for name, phone in (("张三", "13900000001"), ("李四", None)):
                customer = create_customer(session, owner_guide_id=org.guide.id, name=name, phone_e164=phone,
                                           by_guide_id=org.manager.id)
                self.created.add(customer.id)
                create_task(session, assignee_guide_id=org.guide.id, title=f"回访 {name}", customer_id=customer.id,
                            due_at=datetime.now(UTC) + timedelta(days=1), by_guide_id=org.manager.id)
            session.commit()
        for pc in self.pcs:
            pc.sync.crash_rate = 0.0
            pc.sync.run_round()
        for login, guide_id in self.world.second.items():  # the second store's PC: a customer of each guide
            with bj.session(guide_id) as session:
                customer = create_customer(session, owner_guide_id=guide_id, name=f"{login}的顾客",
                                           by_guide_id=guide_id)
                self.created.add(customer.id)
                self.notes.add(add_note(session, customer_id=customer.id, body=login, by_guide_id=guide_id).id)
                session.commit()
        bj.sync.run_round()
        for pc in self.pcs:
            pc.transport.healthy = False
            pc.sync.crash_rate = pc.crash_rate

    def _customers(self, pc: Pc) -> list[str]:
        with Session(pc.engine) as session:
            return list(session.exec(select(Customer.id).where(Customer.archived_at.is_(None))  # type: ignore[union-attr]
                                     .order_by(Customer.id)))

    def _pc(self, index: int) -> Pc:
        return self.pcs[index % len(self.pcs)]

    def _author(self, pc: Pc, pick: int) -> str:
        """A guide of the PC's store who edits there (whether or not they signed in on it for sync)."""
        org = self.world.org
        guides = (org.guide.id, org.other.id) if pc.store == "SH01" else tuple(self.world.second.values())
        return guides[pick % len(guides)]

    def _manager(self, pc: Pc) -> str:
        return self.world.org.manager.id if pc.store == "SH01" else self.world.second["b1"]

    def _edit(self, pc: Pc, author: str, action: Any) -> None:
        self.step += 1
        with pc.session(author) as session:
            try:
                action(session)
                session.commit()
            except GuideDeskError:
                session.rollback()  # refused locally, with a message: nothing stored, nothing to sync

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), pick=st.integers(0, 50), field=st.sampled_from(sorted(FIELDS)),
          value=st.integers(0, 2), author=st.integers(0, 1))
    def edit_field(self, pc: int, pick: int, field: str, value: int, author: int) -> None:
        device = self._pc(pc)
        ids = self._customers(device)
        if not ids:
            return
        customer_id, new, guide = ids[pick % len(ids)], FIELDS[field][value], self._author(device, author)

        def act(session: Session) -> None:
            before = getattr(session.get(Customer, customer_id), field)
            update_customer(session, customer_id=customer_id, changes={field: new}, by_guide_id=guide)
            if before != new:  # setting a field to what it holds is no edit: nothing is queued
                self.edits.append((self.step, customer_id, field, new))

        self._edit(device, guide, act)

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), pick=st.integers(0, 50), tag=st.integers(0, 2), add=st.booleans(),
          author=st.integers(0, 1))
    def change_tag(self, pc: int, pick: int, tag: int, add: bool, author: int) -> None:
        device = self._pc(pc)
        ids = self._customers(device)
        if not ids:
            return
        customer_id, tag_id, guide = ids[pick % len(ids)], self.tags[tag], self._author(device, author)
        if add:
            self._edit(device, guide, lambda s: tag_customers(s, customer_ids=[customer_id], tag_ids=[tag_id],
                                                              by_guide_id=guide))
        else:
            self._edit(device, guide, lambda s: untag_customers(s, customer_ids=[customer_id], tag_ids=[tag_id],
                                                                by_guide_id=guide))

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), pick=st.integers(0, 50), author=st.integers(0, 1))
    def note(self, pc: int, pick: int, author: int) -> None:
        device = self._pc(pc)
        ids = self._customers(device)
        if not ids:
            return
        customer_id, guide = ids[pick % len(ids)], self._author(device, author)

        def act(session: Session) -> None:
            self.notes.add(add_note(session, customer_id=customer_id, body=f"note {self.step}", by_guide_id=guide).id)

        self._edit(device, guide, act)

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), phone=st.sampled_from(PHONES), author=st.integers(0, 1))
    def create(self, pc: int, phone: str | None, author: int) -> None:
        guide = self._author(self._pc(pc), author)

        def act(session: Session) -> None:
            made = create_customer(session, owner_guide_id=guide, name=f"顾客{self.step}", phone_e164=phone,
                                   by_guide_id=guide)
            self.created.add(made.id)
            if made.phone_e164:
                self.merged_ok[made.id] = made.phone_e164

        self._edit(self._pc(pc), guide, act)

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), pick=st.integers(0, 50))
    def archive(self, pc: int, pick: int) -> None:
        device = self._pc(pc)
        ids = self._customers(device)
        if ids:
            customer_id, manager = ids[pick % len(ids)], self._manager(device)
            self._edit(device, manager, lambda s: archive_customer(s, customer_id=customer_id, by_guide_id=manager))

    def _tasks(self, pc: Pc) -> list[str]:
        with Session(pc.engine) as session:
            return list(session.exec(select(Task.id).order_by(Task.id)))

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), pick=st.integers(0, 10), outcome=st.sampled_from(["reached", "purchased"]),
          author=st.integers(0, 1))
    def complete(self, pc: int, pick: int, outcome: str, author: int) -> None:
        device = self._pc(pc)
        tasks = self._tasks(device)
        if tasks:
            task_id, guide = tasks[pick % len(tasks)], self._author(device, author)
            self._edit(device, guide, lambda s: complete_task(s, task_id=task_id, outcome=outcome, by_guide_id=guide))

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), pick=st.integers(0, 10))
    def reassign(self, pc: int, pick: int) -> None:
        device = self._pc(pc)
        tasks = self._tasks(device)
        if tasks and device.store == "SH01":
            task_id, org = tasks[pick % len(tasks)], self.world.org
            self._edit(device, org.manager.id, lambda s: assign_task(s, task_id=task_id, assignee_guide_id=org.other.id,
                                                                     by_guide_id=org.manager.id))

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3), author=st.integers(0, 1))
    def sign_in(self, pc: int, author: int) -> None:
        """A guide signs in on a PC with their server password: their edits made from now on sync (on the
        second store's PC the PC's scope widens to their customers)."""
        device = self._pc(pc)
        sh01 = {guide.id: guide.login for guide in (self.world.org.guide, self.world.org.other)}
        device.sign_in(sh01.get(self._author(device, author)) or SECOND_GUIDES[author])

    @precondition(lambda self: bool(self.pcs) and "b2" in self.pcs[-1].logins)
    @rule()
    def end_session(self) -> None:
        """b2's session on the second store's PC ends on the server (signed out elsewhere, or by IT): their
        customers leave that PC, and their edits still queued there are refused."""
        bj = self.pcs[-1]
        with Session(bj.engine) as session:
            device_id = replica.get_state(session, "device_id")
        with self.central_engine.begin() as conn:
            end_sessions(conn, datetime.now(UTC), guide_id=self.world.second["b2"], device_id=device_id)
        bj.logins.remove("b2")

    @precondition(lambda self: bool(self.pcs))
    @rule(pc=st.integers(0, 3))
    def sync(self, pc: int) -> None:
        device = self._pc(pc)
        try:
            device.round()
        except (SyncError, Crash):
            device.restart()
        self._watch_tasks()

    @precondition(lambda self: bool(self.pcs) and self.snapshot is None)
    @rule()
    def back_up_server(self) -> None:
        self.snapshot = self.dir / "central-backup.db"
        snapshot_database(self.central_path, self.snapshot)

    @precondition(lambda self: self.snapshot is not None)
    @rule()
    def restore_server(self) -> None:
        assert self.snapshot is not None
        self.central_engine.dispose()  # the server's connections go; requests reconnect to the restored file
        restore_database(self.snapshot, self.central_path)
        admin.mark_restored(self.central_engine)
        self.snapshot = None

    def _watch_tasks(self) -> None:
        """On each PC a task's status only moves forward, unless the server refused that PC's change to it
        (then the PC shows the server's status again, and the refusal is listed)."""
        for index, pc in enumerate(self.pcs):
            with Session(pc.engine) as session:
                refused = {r.entity_id for r in session.exec(select(SyncRejection))}
                for task in session.exec(select(Task)):
                    key = (index, task.id)
                    seen, rank = self.task_seen.get(key, 0), STATUS_RANK[task.status]
                    assert rank >= seen or task.id in refused, f"task {task.id} went back to {task.status}"
                    self.task_seen[key] = max(seen, rank)

    def teardown(self) -> None:
        try:
            if self.pcs:
                self._heal_and_check()
        finally:
            for pc in self.pcs:
                pc.client.close()
                pc.engine.dispose()
            self.http.close()
            self.central_engine.dispose()

    def _signed_in_on(self, pc: Pc) -> tuple[str, ...]:
        """The logins the server holds a live session for on this PC (what its scope is made of)."""
        with Session(pc.engine) as session:
            device_id = replica.get_state(session, "device_id")
        assert device_id is not None
        with self.central_engine.connect() as conn:
            ids = {row.id for row in live_guides(conn, device_id, datetime.now(UTC))}
        return tuple(sorted(login for login, guide_id in self.world.second.items() if guide_id in ids))

    def _heal_and_check(self) -> None:
        for pc in self.pcs:
            pc.transport.healthy = True
            pc.crash_rate = 0.0
            pc.restart()
        for _ in range(3):
            for pc in self.pcs:
                pc.round()
        fresh_pcs: list[Pc] = []
        truths: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}
        conflicts: set[tuple[str, str]] = set()
        rejected: set[str] = set()
        for pc in self.pcs:
            # what a freshly enrolled PC of the same store with the same guides signed in downloads
            scope = (pc.store, self._signed_in_on(pc) if pc.store != "SH01" else ())
            if scope not in truths:
                fresh = Pc(self, f"fresh{len(fresh_pcs)}", random.Random(0), timedelta(0), store=pc.store,
                           logins=scope[1] or ("m1",))
                fresh.transport.healthy = True
                fresh.sync.run_round()
                fresh_pcs.append(fresh)
                truths[scope] = _state(fresh.engine)
            with Session(pc.engine) as session:
                assert pending_count(session) == 0
                conflicts |= {(c.entity_id, c.field) for c in session.exec(select(SyncConflict))}
                rejected |= {r.entity_id for r in session.exec(select(SyncRejection))}
                stores = set(session.exec(select(Customer.store_id)))
            assert _state(pc.engine) == truths[scope], f"{pc.dir.name} differs from the server"
            assert len(stores) <= 1, f"{pc.dir.name} holds another store's customers"
        customers = {k: v for truth in truths.values() for k, v in truth["customers"].items()}
        # the server holds rows no PC may see any more (a session ended): survival is checked there
        central_customers, central_notes = table(CentralCustomer), table(CentralNote)
        with self.central_engine.connect() as conn:
            on_server = {row.id: (row.phone_e164, row.archived_at) for row in conn.execute(
                sa_select(central_customers.c.id, central_customers.c.phone_e164, central_customers.c.archived_at))}
            noted = set(conn.execute(sa_select(central_notes.c.id)).scalars())
        live_phones = [phone for phone, archived in on_server.values() if phone is not None and archived is None]
        assert len(live_phones) == len(set(live_phones)), "two active customers share a phone"
        assert self.notes - noted - rejected == set(), "a saved note was lost"
        phones = {phone for phone, _archived in on_server.values()}
        lost = {c for c in self.created - set(on_server) - rejected if self.merged_ok.get(c) not in phones}
        assert lost == set(), "a created customer was lost"
        for step, customer_id, field, value in self.edits:
            if customer_id not in customers or customer_id in rejected:
                continue
            current = customers[customer_id][4].get(field)
            later = any(s > step and c == customer_id and f == field for s, c, f, _v in self.edits)
            assert current == value or later or (customer_id, field) in conflicts, \
                f"edit of {field} on {customer_id} to {value!r} vanished"
        for fresh in fresh_pcs:
            fresh.client.close()
            fresh.engine.dispose()


def _state(engine: Engine) -> dict[str, Any]:
    with Session(engine) as session:
        customers = {c.id: (c.name, c.owner_guide_id, c.phone_e164, c.archived_at is not None,
                            {f: getattr(c, f) for f in FIELDS}) for c in session.exec(select(Customer))}
        tags = sorted((t.customer_id, t.tag_id) for t in session.exec(select(CustomerTag)))
        notes = sorted((n.id, n.customer_id, n.body) for n in session.exec(select(Note)))
        tasks = sorted((t.id, t.customer_id, t.assignee_guide_id, t.status, t.outcome)
                       for t in session.exec(select(Task)))
    return {"customers": {k: (v[0], v[1], v[2], v[3] or None, v[4]) for k, v in customers.items()},
            "tags": tags, "notes": notes, "tasks": tasks}


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_devices_converge_under_faults(tmp_path: Path, org: Any, data_dir: Path) -> None:
    engine = open_database(data_dir)
    SyncMachine.world = World(tmp_path, org, data_dir, engine)
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=12, deadline=None, derandomize=EXAMPLES <= 200,
        suppress_health_check=list(HealthCheck)))
