# SPDX-License-Identifier: Apache-2.0
"""iCalendar (RFC 5545) in and out, through the `icalendar` library.

Export: one VEVENT per session, UID = "<appointment id>@guide-desk" so a calendar that imported an earlier
file updates the event instead of adding a second; DTSTART/DTEND in the store's zone with its VTIMEZONE;
SEQUENCE is the session's sequence (bumped by reschedule and cancel); STATUS CONFIRMED or CANCELLED; the
summary names the kind and the customer, never their phone number. DTSTAMP is the session's last change,
so exporting an unchanged session twice gives the same bytes.

Import: every VEVENT of a guide's file (days off, training) becomes blocked time, which booking and slot
proposals treat as busy. Importing a file again updates by UID; an event now CANCELLED is removed.
All-day and floating times are read in the store's zone. Recurring events (RRULE) block their first
occurrence only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, InvalidCalendar
from sqlmodel import Session, col, select

from guide_desk.accounts.guides import get_guide, get_store
from guide_desk.appointments.items import list_items
from guide_desk.appointments.service import get_appointment
from guide_desk.clock import require_aware
from guide_desk.customers.search import customer_names
from guide_desk.db.tables import Appointment, BlockedTime, Store
from guide_desk.errors import InvalidInput
from guide_desk.ids import uuid7

UID_SUFFIX = "@guide-desk"
PRODID = "-//Guide Desk//导购工作台//ZH"
KIND_TITLES = {"in_store": "到店搭配", "video": "视频试穿", "home": "上门试穿"}
MAX_WEEKS = 26


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    removed: int
    skipped: int


def session_uid(appointment_id: str) -> str:
    return appointment_id + UID_SUFFIX


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    return calendar


def _event(session: Session, appointment: Appointment, name: str, store: Store) -> Event:
    tz = ZoneInfo(store.timezone)
    event = Event()
    event.add("uid", session_uid(appointment.id))
    event.add("dtstamp", appointment.updated_at.astimezone(UTC))
    event.add("created", appointment.created_at.astimezone(UTC))
    event.add("last-modified", appointment.updated_at.astimezone(UTC))
    event.add("dtstart", appointment.starts_at.astimezone(tz))
    event.add("dtend", appointment.ends_at.astimezone(tz))
    event.add("sequence", appointment.sequence)
    event.add("status", "CANCELLED" if appointment.status == "cancelled" else "CONFIRMED")
    event.add("summary", f"1v1 {KIND_TITLES.get(appointment.kind, appointment.kind)}：{name}")
    place = appointment.address or appointment.meeting_link
    if appointment.kind == "in_store":
        place = f"{store.name} {appointment.resource}" if appointment.resource else store.name
    if place:
        event.add("location", place)
    if appointment.meeting_link:
        event.add("url", appointment.meeting_link)
    lines = [appointment.note] if appointment.note else []
    items = list_items(session, appointment_id=appointment.id)
    if items:
        lines.append("准备：" + "、".join(f"{i.name}（{i.sku} {i.size}）" for i in items))
    if appointment.status == "cancelled" and appointment.cancel_reason:
        lines.append(f"取消原因：{appointment.cancel_reason}")
    if lines:
        event.add("description", "\n".join(lines))
    return event


def export_sessions(session: Session, *, appointment_ids: Sequence[str]) -> bytes:
    """An .ics file with the given sessions (any status), in the given order."""
    appointments = [get_appointment(session, appointment_id=i) for i in appointment_ids]
    return _export(session, appointments)


def export_guide(session: Session, *, guide_id: str, start: datetime, weeks: int) -> bytes:
    """An .ics file with the guide's sessions in the `weeks` weeks from `start`, cancelled ones included
    (so a calendar that has them learns they are off)."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise InvalidInput("weeks", f"must be 1 to {MAX_WEEKS} (got {weeks})")
    lower = require_aware("start", start)
    upper = lower + timedelta(weeks=weeks)
    statement = select(Appointment).where(
        col(Appointment.guide_id) == guide_id, col(Appointment.starts_at) >= lower,
        col(Appointment.starts_at) < upper,
    ).order_by(col(Appointment.starts_at), col(Appointment.id))
    return _export(session, list(session.exec(statement)))


def _export(session: Session, appointments: list[Appointment]) -> bytes:
    calendar = _calendar()
    names = customer_names(session, ids=list({a.customer_id for a in appointments}))
    stores: dict[str, Store] = {}
    for appointment in appointments:
        store = stores.get(appointment.store_id) or get_store(session, store_id=appointment.store_id)
        stores[store.id] = store
        calendar.add_component(_event(session, appointment, names.get(appointment.customer_id, ""), store))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _moment(value: date | datetime, tz: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return (value if value.tzinfo is not None else value.replace(tzinfo=tz)).astimezone(UTC)
    return datetime.combine(value, time(0), tzinfo=tz).astimezone(UTC)


def _span(event: Event, tz: ZoneInfo) -> tuple[datetime, datetime] | None:
    try:
        start, finish, duration = event.DTSTART, event.DTEND, event.DURATION
    except InvalidCalendar:
        return None
    if start is None:
        return None
    begin = _moment(start, tz)
    if finish is not None:
        end = _moment(finish, tz)
    elif duration is not None:
        end = begin + duration
    elif isinstance(start, datetime):
        return None  # an instant blocks nothing
    else:
        end = begin + timedelta(days=1)
    return (begin, end) if end > begin else None


def import_blocked(session: Session, *, guide_id: str, data: bytes, now: datetime) -> ImportResult:
    """Read an .ics file of the guide's blocked time into blocked_time rows, idempotent by UID."""
    stamp = require_aware("now", now)
    guide = get_guide(session, guide_id=guide_id)
    tz = ZoneInfo(get_store(session, store_id=guide.store_id).timezone)
    try:
        events = Calendar.from_ical(data).events
    except (ValueError, KeyError, TypeError, InvalidCalendar) as exc:
        raise InvalidInput("file", f"is not an iCalendar file ({exc})") from exc
    existing = {row.source_uid: row for row in session.exec(
        select(BlockedTime).where(col(BlockedTime.guide_id) == guide.id))}
    added = updated = removed = skipped = 0
    for event in events:
        uid = str(event.get("uid") or "").strip()
        cancelled = str(event.get("status") or "").upper() == "CANCELLED"
        free = str(event.get("transp") or "").upper() == "TRANSPARENT"
        span = None if cancelled or free else _span(event, tz)
        row = existing.get(uid)
        if not uid or span is None:
            if uid and row is not None:
                session.delete(row)
                del existing[uid]
                removed += 1
            else:
                skipped += 1
            continue
        summary = str(event.get("summary") or "")[:200]
        if row is None:
            row = BlockedTime(id=uuid7(), guide_id=guide.id, starts_at=span[0], ends_at=span[1], source_uid=uid,
                              summary=summary, imported_at=stamp)
            existing[uid] = row
            added += 1
        else:
            row.starts_at, row.ends_at, row.summary, row.imported_at = span[0], span[1], summary, stamp
            updated += 1
        session.add(row)
    session.flush()
    return ImportResult(added, updated, removed, skipped)

