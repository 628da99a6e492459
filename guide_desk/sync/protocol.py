# SPDX-License-Identifier: Apache-2.0
"""The sync wire schema (DESIGN.md §4), shared by the client and the central API.

Push: the client sends its outbox in mutation_id order (≤ MAX_PUSH per request); mutation ids are
per-client monotonic: an id at or below the server's last applied one is a duplicate (acknowledged, no-op;
a refused one is answered `rejected` again), one that skips ahead is a gap (the server stops there and
says `gap`). Every other mutation gets a result:
applied | merged (a colliding create folded into `merged_into`) | conflict_recorded (applied; a losing
value was kept as a conflict record) | rejected (`code`, `message`; kept server-side, never blocks the queue).

Pull: changes after `cursor` ordered by version, each row carrying the version of its last write; a row
that left the caller's scope comes as `removed_from_scope`, a deleted one as `deleted` (a tombstone).

`guide_desk.sync.fields` says what a mutation's `fields` may hold per entity (`CustomerFields`,
`TaskFields` …); `guide_desk.sync.entities` what a pulled change's `data` holds.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from guide_desk.model.enums import PUSH_ENTITIES, Op, Role, values
from guide_desk.sync.wire_types import WireDatetime, WireInt

SCHEMA_VERSION = 1
MAX_PUSH = 100
PULL_DEFAULT_LIMIT = 500
PULL_MAX_LIMIT = 5000
MAX_ID = 64
MAX_VERSION = 2**53 - 1
"""Versions, cursors and mutation ids: the largest integer a JSON number holds exactly, so every JSON
Schema validator compares a bound the way the server does (2**62 + 95 reads as 2**62 in a double)."""
MAX_INT = 2**31 - 1
"""Counts and amounts (fen) fit a 32-bit column: ¥21 million per amount."""

MutationStatus = Literal["applied", "merged", "conflict_recorded", "rejected", "duplicate"]


class Wire(BaseModel):
    """A request body: unknown keys are an error, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


class Reply(BaseModel):
    """A response body: unknown keys are ignored, so an older client survives a newer server."""

    model_config = ConfigDict(extra="ignore")


class ErrorBody(Reply):
    """Every error the API answers, whatever the status: a machine-readable code and a sentence."""

    code: str
    message: str

    model_config = ConfigDict(json_schema_extra={"examples": [{"code": "unauthorized",
                                                               "message": "the token is expired or revoked"}]})


# ---------------------------------------------------------------------------------------------- push

class Mutation(Wire):
    """One outbox entry. `fields` holds only the changed fields (see the *Fields models for each entity);
    customer tag changes travel as `tag_adds` / `tag_removes` sets with op `tags`."""

    mutation_id: WireInt = Field(ge=1, le=MAX_VERSION)
    entity: str = Field(min_length=1, max_length=32, description=f"one of {', '.join(PUSH_ENTITIES)}")
    entity_id: str = Field(min_length=1, max_length=MAX_ID)
    op: str = Field(min_length=1, max_length=16, description=f"one of {', '.join(values(Op))}")
    base_version: WireInt = Field(default=0, ge=0, le=MAX_VERSION,
                              description="the row's server version the client edited (0: never synced)")
    fields: dict[str, Any] = Field(default_factory=dict)
    tag_adds: list[str] = Field(default_factory=list, max_length=500)
    tag_removes: list[str] = Field(default_factory=list, max_length=500)
    client_ts: WireDatetime | None = Field(default=None, description="audit only: never used to order edits")
    author_guide_id: str | None = Field(
        default=None, max_length=MAX_ID,
        description="who made the edit on this shared PC (a guide of the token's store); the mutation is "
                    "authorised as them. Absent: the token's guide")


class PushRequest(Wire):
    client_id: str = Field(min_length=1, max_length=MAX_ID, description="the client's database (its outbox)")
    schema_version: WireInt = Field(default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION,
                                    description=f"the sync schema the client speaks; this server speaks "
                                                f"{SCHEMA_VERSION} and refuses a newer one (422)")
    mutations: list[Mutation] = Field(max_length=MAX_PUSH)

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "client_id": "0190f0a0-0000-7000-8000-000000000001", "schema_version": 1,
        "mutations": [
            {"mutation_id": 1, "entity": "customer", "entity_id": "0190f0a0-0000-7000-8000-0000000000c1",
             "op": "create", "base_version": 0,
             "fields": {"name": "张三", "phone_e164": "+8613800138000", "tier": "gold"},
             "client_ts": "2030-05-01T10:00:00+00:00"},
            {"mutation_id": 2, "entity": "customer", "entity_id": "0190f0a0-0000-7000-8000-0000000000c1",
             "op": "tags", "tag_adds": ["0190f0a0-0000-7000-8000-0000000000a1"]},
        ],
    }]})


class FieldConflict(Reply):
    """A field changed on two devices: `kept` is the value now stored, `lost` the one that lost."""

    conflict_id: str
    field: str
    kept: Any = None
    lost: Any = None


class MutationResult(Reply):
    mutation_id: int
    status: MutationStatus
    version: int | None = Field(default=None, description="the entity's server version after this mutation")
    merged_into: str | None = Field(default=None, description="the surviving record's id; re-point local rows")
    code: str | None = Field(default=None, description="why a mutation was rejected")
    message: str | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)


class PushResponse(Reply):
    results: list[MutationResult]
    last_mutation_id: int = Field(description="the highest mutation id the server has applied for this client")
    gap: bool = Field(default=False, description="a mutation id skipped ahead: the server stopped before it")

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "results": [{"mutation_id": 1, "status": "merged", "version": 41,
                     "merged_into": "0190f0a0-0000-7000-8000-0000000000c0", "conflicts": []},
                    {"mutation_id": 2, "status": "applied", "version": 42, "conflicts": []}],
        "last_mutation_id": 2, "gap": False,
    }]})


# ---------------------------------------------------------------------------------------------- pull

class Change(Reply):
    entity: str
    id: str
    version: int
    deleted: bool = False
    removed_from_scope: bool = False
    data: dict[str, Any] | None = Field(default=None, description="the row (see guide_desk.sync.entities); "
                                                                   "null when deleted or removed_from_scope")


class PullResponse(Reply):
    changes: list[Change]
    cursor: int = Field(description="pass it back as ?cursor= for the next page; store it with the page")
    has_more: bool
    last_mutation_id: int = Field(description="for ?client_id=: lets a client clear an outbox whose push "
                                              "reply was lost")
    server_version: int = Field(default=0, description="the newest version on the server: how far a first "
                                                       "download has to go (for its progress bar)")

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "changes": [{"entity": "tag", "id": "0190f0a0-0000-7000-8000-0000000000a1", "version": 7,
                     "deleted": False, "removed_from_scope": False,
                     "data": {"id": "0190f0a0-0000-7000-8000-0000000000a1",
                              "group_id": "0190f0a0-0000-7000-8000-0000000000b1", "name": "VIP", "color": ""}}],
        "cursor": 7, "has_more": False, "last_mutation_id": 2,
    }]})


# ---------------------------------------------------------------------------------------------- auth

class EnrolRequest(Wire):
    store_code: str = Field(min_length=1, max_length=32)
    enrolment_code: str = Field(min_length=1, max_length=64)
    device_name: str = Field(default="", max_length=100)

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"store_code": "SH01", "enrolment_code": "K7QP-M3ZD-W9XT", "device_name": "front desk PC"}]})


class EnrolResponse(Reply):
    device_id: str
    device_token: str = Field(description="keep it in the OS keyring; it signs guides in on this PC")
    store_id: str
    store_code: str


class LoginRequest(Wire):
    guide_id: str = Field(min_length=1, max_length=MAX_ID, description="the guide's login (e.g. an employee id)")
    password: str = Field(min_length=1, max_length=256)

    model_config = ConfigDict(json_schema_extra={"examples": [{"guide_id": "g1001", "password": "correct horse"}]})


class RefreshRequest(Wire):
    refresh_token: str = Field(min_length=1, max_length=256)


class GuideInfo(Reply):
    id: str
    login: str
    name: str
    role: Role
    store_id: str


class TokenResponse(Reply):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="seconds until the access token expires")
    refresh_expires_in: int
    guide: GuideInfo
