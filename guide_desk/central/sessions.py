# SPDX-License-Identifier: Apache-2.0
"""Who is signed in on a device right now, and whose edits it may therefore send (DESIGN.md §4).

A shared store PC holds one session per guide who signed in there with their server password. A session is
live while it is not revoked, its refresh token has not expired, its guide is active and its device is not
revoked. A pushed mutation is authorised as its author only when the author has a live session on the
pushing device; deactivating a guide or revoking a device ends their sessions at once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, Select, select, update

from guide_desk.central.context import Principal
from guide_desk.central.errors import Reject
from guide_desk.central.records import get_row
from guide_desk.central.tables import Device, Guide, GuideSession, table

_session, _guide, _device = table(GuideSession), table(Guide), table(Device)


def live_guides(conn: Connection, device_id: str, now: datetime) -> list[Row[Any]]:
    """The guides (id, role, store_id) with a live session on the device, each once, ordered by id."""
    statement: Select[Any] = (
        select(_guide.c.id, _guide.c.role, _guide.c.store_id).distinct()
        .join(_session, _session.c.guide_id == _guide.c.id)
        .join(_device, _device.c.id == _session.c.device_id)
        .where(_session.c.device_id == device_id, _session.c.revoked_at.is_(None),
               _session.c.refresh_expires_at > now, _guide.c.active.is_(True), _device.c.revoked_at.is_(None))
        .order_by(_guide.c.id))
    return list(conn.execute(statement).all())


def end_sessions(conn: Connection, now: datetime, *, guide_id: str | None = None,
                 device_id: str | None = None) -> int:
    """Revoke the live sessions of a guide, of a device, or of a guide on a device; returns how many."""
    statement = update(_session).where(_session.c.revoked_at.is_(None))
    if guide_id is not None:
        statement = statement.where(_session.c.guide_id == guide_id)
    if device_id is not None:
        statement = statement.where(_session.c.device_id == device_id)
    return int(conn.execute(statement.values(revoked_at=now)).rowcount)


class Authors:
    """The principals one push's mutations are authorised as, looked up once per author."""

    def __init__(self, conn: Connection, who: Principal, now: datetime) -> None:
        self.conn, self.who, self.now = conn, who, now
        self._signed_in: set[str] | None = None
        self._found: dict[str, Principal | Reject] = {}
        self._token_checked = True  # the token's session was checked when the request came in

    def of(self, author_id: str | None) -> Principal:
        """The author's principal on the token's device, or Reject with a code the app words."""
        author_id = author_id or self.who.guide_id
        if author_id == self.who.guide_id and self._token_checked:
            return self.who
        found = self._found.get(author_id)
        if found is None:
            found = self._found[author_id] = self._look_up(author_id)
        if isinstance(found, Reject):
            raise found
        return found

    def forget(self) -> None:
        """A guide was (de)activated in this push: look everyone up again, the token's guide included."""
        self._signed_in = None
        self._found.clear()
        self._token_checked = False

    def _look_up(self, author_id: str) -> Principal | Reject:
        author = get_row(self.conn, _guide, author_id)
        if author is None:
            return Reject("author_unknown", f"the edit names guide {author_id}, whom the server does not know")
        if not self.who.sees_store(author.store_id):
            return Reject("author_other_store", f"{author.name} works in another store than this PC")
        if not author.active:
            return Reject("author_inactive", f"{author.name} was deactivated: their edits are no longer accepted")
        if self._signed_in is None:
            self._signed_in = {row.id for row in live_guides(self.conn, self.who.device_id, self.now)}
        if author.id not in self._signed_in:
            return Reject("author_not_signed_in",
                          f"{author.name} is not signed in on this PC: sign in as {author.name} on this PC "
                          "(with their server password) and make the change again")
        return Principal(guide_id=author.id, store_id=author.store_id, role=author.role, device_id=self.who.device_id,
                         session_id=self.who.session_id)
