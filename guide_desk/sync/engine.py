# SPDX-License-Identifier: Apache-2.0
"""One sync round (DESIGN.md §4): push the outbox, then pull pages of changes until the server has no more.

Safe at every point of failure: a push reply that never arrives is answered `duplicate` on the retry (and a
pull's `last_mutation_id` acknowledges it too); each pull page commits with its cursor, so a cancelled or
crashed first download resumes where it stopped; pulled rows are laid under this device's pending edits,
never over them. A 410 downloads everything again and then sends the outbox; any download from cursor 0
starts from an emptied replica (pending edits kept), since the server takes it as the PC's whole scope; a
server restored from an older backup gets the acknowledged mutations it lost sent once more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.clock import utcnow
from guide_desk.db import replica
from guide_desk.db.outbox import pending, pending_count
from guide_desk.db.tables import Outbox
from guide_desk.ids import uuid7
from guide_desk.model.enums import PUSH_ENTITIES
from guide_desk.sync import mapping
from guide_desk.sync.auth import SyncAuth
from guide_desk.sync.errors import ResyncRequired, SyncError, Unauthorized
from guide_desk.sync.protocol import MAX_PUSH, Change, Mutation, MutationResult, PullResponse, PushRequest

log = logging.getLogger(__name__)
KEEP_ACKNOWLEDGED = timedelta(days=7)
Progress = Callable[[int, int], None]
"""(rows downloaded so far, rows the server holds beyond the starting cursor; 0 = unknown)."""
Cancelled = Callable[[], bool]


class SyncCancelled(SyncError):
    """The guide cancelled; what was downloaded so far is kept and the next round resumes from there."""


@dataclass
class RoundResult:
    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    conflicts: int = 0
    pending: int = 0

    @property
    def synced(self) -> bool:
        return self.pending == 0


def _writable(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


class SyncEngine:
    """Push and pull for one local database. Holds no Qt and no threads: the UI runs `run_round` on its
    worker pool and the CLI calls it directly."""

    def __init__(self, engine: Engine, auth: SyncAuth, *, now: Callable[[], datetime] = utcnow) -> None:
        self._engine = engine
        self.auth = auth
        self._now = now
        self._rewound = False

    # ------------------------------------------------------------------------------------------ state

    def client_id(self) -> str:
        """This database's outbox identity; made once, so a copied database keeps its own outbox order."""
        with _writable(self._engine) as session:
            value = replica.get_state(session, "client_id")
            if value is None:
                value = uuid7()
                replica.set_state(session, "client_id", value)
                session.commit()
            return value

    def _cursor(self) -> int:
        with _writable(self._engine) as session:
            return int(replica.get_state(session, "cursor") or 0)

    # ------------------------------------------------------------------------------------------ round

    def run_round(self, *, progress: Progress | None = None, cancelled: Cancelled | None = None) -> RoundResult:
        result = RoundResult()
        self._rewound = False
        self.auth.keep_alive()
        try:
            self._retrying(lambda: self._push(result))
            self._retrying(lambda: self._pull(result, progress, cancelled))
            self._retrying(lambda: self._push(result))  # edits made while pulling, and re-sent ones
            if self._rewound:  # a refused edit: fetch the server's row now, not next round
                self._retrying(lambda: self._pull(result, progress, cancelled))
        except ResyncRequired:
            log.warning("the server asks for a full download; the outbox is kept and sent afterwards")
            self._start_over()
            self._retrying(lambda: self._pull(result, progress, cancelled))
            self._retrying(lambda: self._push(result))
        with _writable(self._engine) as session:
            replica.prune_acknowledged(session, before=self._now() - KEEP_ACKNOWLEDGED)
            replica.set_state(session, "last_synced_at", self._now().isoformat())
            session.commit()
            result.pending = pending_count(session)
        return result

    def _retrying(self, step: Callable[[], None]) -> None:
        """Run a step; an expired access token is refreshed once (the refresh token stays in the keyring)."""
        try:
            step()
        except Unauthorized:
            self.auth.drop_access()
            step()

    # ------------------------------------------------------------------------------------------- push

    def _push(self, result: RoundResult) -> None:
        client_id = self.client_id()
        while True:
            with _writable(self._engine) as session:
                rows = pending(session, limit=MAX_PUSH)
            if not rows:
                return
            request = PushRequest(client_id=client_id, mutations=[_mutation(row) for row in rows])
            reply = self.auth.client.push(token=self.auth.access_token(), request=request)
            with _writable(self._engine) as session:
                by_id = {r.mutation_id: r for r in reply.results}
                for row in rows:
                    outcome = by_id.get(row.mutation_id or 0)
                    if outcome is not None:
                        self._settle(session, row, outcome, result)
                replica.acknowledge(session, through=reply.last_mutation_id, at=self._now())
                if reply.gap and replica.reopen_after(session, last_applied=reply.last_mutation_id) == 0:
                    session.commit()
                    raise SyncError(f"the server expects change {reply.last_mutation_id + 1}, which this PC no "
                                    "longer keeps; ask IT to re-enrol this PC")
                session.commit()
            result.pushed += sum(1 for r in reply.results if r.status != "duplicate")

    def _settle(self, session: Session, row: Outbox, outcome: MutationResult, result: RoundResult) -> None:
        table = mapping.TABLE.get(row.entity, row.entity)
        if outcome.status == "rejected":
            replica.record_rejection(session, mutation=row, code=outcome.code or "rejected",
                                     message=outcome.message or "", at=self._now())
            result.rejected += 1
            self._rewind_for(session, row)
            return
        if outcome.merged_into and outcome.merged_into != row.entity_id:
            replica.repoint(session, table, row.entity_id, outcome.merged_into)
        if outcome.version is not None:
            replica.set_version(session, table, outcome.merged_into or row.entity_id, outcome.version)
        result.conflicts += len(outcome.conflicts)

    def _rewind_for(self, session: Session, row: Outbox) -> None:
        """A refused edit leaves the local row ahead of the server: pull it again (a refused create goes)."""
        if row.op == "create":
            replica.remove(session, mapping.TABLE.get(row.entity, row.entity), {"id": row.entity_id})
            return
        self._rewound = True
        cursor = int(replica.get_state(session, "cursor") or 0)
        rewound = max(0, min(cursor, row.base_version - 1))
        replica.set_state(session, "cursor", str(rewound))

    # ------------------------------------------------------------------------------------------- pull

    def _pull(self, result: RoundResult, progress: Progress | None, cancelled: Cancelled | None) -> None:
        """Pages are fetched one ahead: the next page travels while this one is written (the server's and
        the disk's time overlap, which halves a first download)."""
        client_id = self.client_id()
        start = self._cursor()
        if start == 0:
            self._wipe()
        token = self.auth.access_token()

        def fetch(cursor: int) -> PullResponse:
            return self.auth.client.pull(token=token, cursor=cursor, client_id=client_id)

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as prefetch:
            page = fetch(start)
            while True:
                if cancelled is not None and cancelled():
                    raise SyncCancelled("sync cancelled; it resumes from here next time")
                ahead: Future[PullResponse] | None = prefetch.submit(fetch, page.cursor) if page.has_more else None
                try:
                    self._apply_page(page.changes, page.cursor, page.last_mutation_id)
                except BaseException:
                    if ahead is not None:
                        ahead.cancel()
                    raise
                result.pulled += len(page.changes)
                if progress is not None:
                    progress(result.pulled, max(0, page.server_version - start))
                if ahead is None:
                    return
                page = ahead.result()

    @contextmanager
    def _replica_session(self) -> Iterator[Session]:
        """A session for writing server rows. They arrive in version order, not dependency order (a guide
        renamed after their customers were written comes later), so foreign keys are not enforced; and a page
        commits together with its cursor either way, so without the fsync a power cut can only undo the last
        pages, which the next round downloads again. Local edits keep synchronous=FULL."""
        with self._engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.exec_driver_sql("PRAGMA synchronous = NORMAL")
            connection.commit()  # end the autobegun transaction so the session's commit is a real one
            try:
                with Session(bind=connection) as session:
                    yield session
            finally:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.exec_driver_sql("PRAGMA synchronous = FULL")
                connection.commit()

    def _apply_page(self, changes: list[Change], cursor: int, last_mutation_id: int) -> None:
        with self._replica_session() as session:
            replica.acknowledge(session, through=last_mutation_id, at=self._now())
            # The server knows fewer of our edits than it once acknowledged: it was restored from a
            # backup. What it lost is sent again by this round's last push.
            replica.reopen_after(session, last_applied=last_mutation_id)
            self._write_changes(session, changes)
            replica.set_state(session, "cursor", str(cursor))
            session.commit()

    def _write_changes(self, session: Session, changes: list[Change]) -> None:
        live = [c for c in changes if not (c.deleted or c.removed_from_scope) and c.data is not None]
        edits = replica.pending_edits(session, keys=[(c.entity, c.id) for c in live if c.entity in _EDITABLE])
        rows: dict[str, list[dict[str, Any]]] = {}
        child_sets: dict[tuple[str, str], tuple[list[str], list[dict[str, Any]]]] = {}
        for change in changes:
            table = mapping.TABLE.get(change.entity, change.entity)
            if change.deleted or change.removed_from_scope or change.data is None:
                self._flush(session, rows, child_sets)
                key = mapping.stock_key(change.id) if change.entity == "stock" else {"id": change.id}
                if key is not None:
                    replica.remove(session, table, key)
                continue
            data = mapping.overlay(change.entity, change.data, edits.get((change.entity, change.id), []))
            rows.setdefault(table, []).append(mapping.local_row(change.entity, data, change.version))
            for child_table, parent_column, child_rows in mapping.children(change.entity, data):
                parents, collected = child_sets.setdefault((child_table, parent_column), ([], []))
                parents.append(change.id)
                collected.extend(child_rows)
        self._flush(session, rows, child_sets)

    @staticmethod
    def _flush(session: Session, rows: dict[str, list[dict[str, Any]]],
               child_sets: dict[tuple[str, str], tuple[list[str], list[dict[str, Any]]]]) -> None:
        if rows.get("customer"):
            replica.fold_local_twins(session, rows["customer"])
        for table, table_rows in rows.items():
            replica.upsert(session, table, table_rows)
        for (child_table, parent_column), (parents, collected) in child_sets.items():
            replica.replace_children(session, child_table, parent_column, parents, collected)
        rows.clear()
        child_sets.clear()

    def _start_over(self) -> None:
        with self._replica_session() as session:
            replica.set_state(session, "cursor", "0")
            session.commit()

    def _wipe(self) -> None:
        """Before a pull from cursor 0, whatever brought the cursor there (a first download, a 410, a refused
        edit rewound past every version): the server takes such a pull as this PC's full download and
        remembers the scope it was made for, so the PC must then hold exactly what it brings, plus its
        pending edits. Rows it would not bring (a customer whose guide's session ended) must not linger, or
        the PC keeps them for good with no 410 to come."""
        with self._replica_session() as session:
            replica.wipe_replica(session)
            session.commit()


_EDITABLE = set(PUSH_ENTITIES)


def _mutation(row: Outbox) -> Mutation:
    return Mutation(mutation_id=row.mutation_id or 0, entity=row.entity, entity_id=row.entity_id, op=row.op,
                    base_version=row.base_version, fields=row.fields, tag_adds=row.tag_adds,
                    tag_removes=row.tag_removes, client_ts=row.client_ts, author_guide_id=row.author_guide_id)
