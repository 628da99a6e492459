# SPDX-License-Identifier: Apache-2.0
"""Every closed set of values the app and the central API store or send, defined once.

StrEnum, so a member is its stored string: rows, outbox entries and wire payloads keep the same values."""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    NORMAL = "normal"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


class Gender(StrEnum):
    F = "F"
    M = "M"


class Role(StrEnum):
    GUIDE = "guide"
    MANAGER = "manager"
    HQ = "hq"


class TaskStatus(StrEnum):
    """Forward only: open → done | cancelled (HQ may reopen)."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    PURCHASED = "purchased"
    DECLINED = "declined"


class TaskSource(StrEnum):
    GUIDE = "guide"
    HQ = "hq"
    SUGGESTION = "suggestion"


class SessionKind(StrEnum):
    """A 1v1 session (appointment): in the store, on video, or at the customer's home."""

    IN_STORE = "in_store"
    VIDEO = "video"
    HOME = "home"


class SessionStatus(StrEnum):
    BOOKED = "booked"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class SuggestionKind(StrEnum):
    POST_PURCHASE = "post_purchase"
    BIRTHDAY = "birthday"
    REPURCHASE_DUE = "repurchase_due"
    DORMANT = "dormant"
    TIER_OFFER = "tier_offer"
    SESSION_FOLLOWUP = "session_followup"
    NEW_ARRIVAL = "new_arrival"
    POINTS_EXPIRING = "points_expiring"
    OUTFIT = "outfit"


class ConsentChannel(StrEnum):
    WECOM = "wecom"
    SMS = "sms"
    PHONE = "phone"
    MINI_PROGRAM = "mini_program"


class Entity(StrEnum):
    """What a sync mutation or pulled change is about (DESIGN.md §4)."""

    CUSTOMER = "customer"
    TAG_GROUP = "tag_group"
    TAG = "tag"
    NOTE = "note"
    TASK = "task"
    APPOINTMENT = "appointment"
    GUIDE = "guide"
    STORE = "store"
    CONFLICT = "conflict"
    PRODUCT = "product"
    STOCK = "stock"
    LOOK = "look"
    MESSAGE_TEMPLATE = "message_template"
    PURCHASE = "purchase"


class Op(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    TAGS = "tags"
    DELETE = "delete"
    MERGE = "merge"
    ERASE = "erase"


PUSH_ENTITIES = (Entity.CUSTOMER, Entity.TAG_GROUP, Entity.TAG, Entity.NOTE, Entity.TASK, Entity.APPOINTMENT,
                 Entity.GUIDE)
"""Entities a device may change; every Entity may be pulled."""


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored strings of an enum, in declaration order (for messages like 'must be one of …')."""
    return tuple(member.value for member in enum)
