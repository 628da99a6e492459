# SPDX-License-Identifier: Apache-2.0
"""Session reminders: which of a guide's booked sessions are due a reminder now (by default a day and half
an hour before), and the reminder message (话术) for the customer, from the guide's or HQ's template.

Pure queries: the UI decides how to show a reminder (tray, Today banner) and remembers what it showed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from guide_desk.accounts.guides import get_guide, get_store
from guide_desk.appointments.items import list_items
from guide_desk.appointments.service import get_appointment
from guide_desk.appointments.views import list_appointments
from guide_desk.clock import require_aware
from guide_desk.customers.profiles import get_customer
from guide_desk.customers.search import customer_names
from guide_desk.errors import InvalidInput
from guide_desk.tasks.drafts import DraftContext, render, template_for

DEFAULT_LEADS = (timedelta(days=1), timedelta(minutes=30))
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Reminder:
    """A session starting within `lead` of now; `lead` is the smallest reminder time it is within."""

    appointment_id: str
    customer_id: str
    customer_name: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    lead: timedelta
    place: str

    @property
    def key(self) -> tuple[str, datetime, timedelta]:
        """Identifies one reminder: a rescheduled session is reminded again at its new time."""
        return self.appointment_id, self.starts_at, self.lead


def due_reminders(
    session: Session, *, guide_id: str, now: datetime, before: Sequence[timedelta] = DEFAULT_LEADS
) -> list[Reminder]:
    """The guide's booked sessions starting after `now` and within the longest lead, earliest first."""
    moment = require_aware("now", now)
    leads = sorted(set(before))
    if not leads or leads[0] <= timedelta(0):
        raise InvalidInput("before", "give one or more reminder times above zero")
    found = [a for a in list_appointments(session, guide_id=guide_id, start=moment, end=moment + leads[-1])
             if a.status == "booked" and a.starts_at > moment]
    names = customer_names(session, ids=list({a.customer_id for a in found}))
    reminders = []
    for appointment in found:
        lead = next(lead for lead in leads if appointment.starts_at - moment <= lead)
        place = appointment.resource or appointment.address or appointment.meeting_link or ""
        reminders.append(Reminder(appointment.id, appointment.customer_id, names.get(appointment.customer_id, ""),
                                  appointment.kind, appointment.starts_at, appointment.ends_at, lead, place))
    return reminders


def spoken_time(moment: datetime, tz: ZoneInfo) -> str:
    """'5月2日（周四）14:00' in the store's zone."""
    local = moment.astimezone(tz)
    return f"{local.month}月{local.day}日（周{WEEKDAYS[local.weekday()]}）{local:%H:%M}"


def reminder_draft(session: Session, *, appointment_id: str, guide_id: str) -> str:
    """The customer reminder message for a session, with the meeting link for a video session."""
    appointment = get_appointment(session, appointment_id=appointment_id)
    customer = get_customer(session, customer_id=appointment.customer_id)
    guide = get_guide(session, guide_id=appointment.guide_id)
    store = get_store(session, store_id=appointment.store_id)
    items = list_items(session, appointment_id=appointment.id)
    context = DraftContext(name=customer.name, gender=customer.gender,
                           products="、".join(dict.fromkeys(i.name for i in items)),
                           size="/".join(dict.fromkeys(i.size for i in items)), store=store.name,
                           guide=guide.name, when=spoken_time(appointment.starts_at, ZoneInfo(store.timezone)))
    text = render(template_for(session, kind="session_reminder", guide_id=guide_id), context)
    if appointment.kind == "video" and appointment.meeting_link:
        text += f"\n视频链接：{appointment.meeting_link}"
    return text
