# SPDX-License-Identifier: Apache-2.0
"""The store's guide contest (导购大赛): points per action by rules the manager edits, capped per customer per
day so spamming one customer does not pay, ranks, and each guide's movement since the previous period.

Actions (each an event of a guide with a customer on a local day): a customer added, a contact (task done
with a contact outcome or a suggestion marked sent), a task completed on time, a 1v1 session held, a
purchase attributed to the guide. Rules are stored per store in StoreSetting "leaderboard"."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from guide_desk.accounts.audit import record_audit
from guide_desk.db.tables import Guide, Store, StoreSetting
from guide_desk.errors import InvalidInput, NotFound
from guide_desk.insights.kpi_sql import CONTACT_OUTCOMES, STORE_GUIDES, statement
from guide_desk.insights.periods import Period, sql_stamp

NAME = "leaderboard"
ACTIONS = ("customer_added", "contact", "task_on_time", "session_held", "purchase")
MAX_POINTS = 1000


@dataclass(frozen=True)
class ScoringRules:
    points: dict[str, int] = field(default_factory=lambda: {
        "customer_added": 2, "contact": 1, "task_on_time": 1, "session_held": 5, "purchase": 10})
    cap_per_customer_day: int = 12

    def validate(self) -> ScoringRules:
        unknown = sorted(set(self.points) - set(ACTIONS))
        if unknown:
            raise InvalidInput("points", f"'{unknown[0]}' is not a scored action")
        for action, value in self.points.items():
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_POINTS:
                raise InvalidInput(action, f"points must be a whole number from 0 to {MAX_POINTS} (got {value!r})")
        cap = self.cap_per_customer_day
        if not isinstance(cap, int) or isinstance(cap, bool) or cap < 1:
            raise InvalidInput("cap_per_customer_day", f"must be a whole number of at least 1 (got {cap!r})")
        return self

    def points_for(self, action: str) -> int:
        return int(self.points.get(action, 0))


def load_rules(session: Session, *, store_id: str) -> ScoringRules:
    row = session.get(StoreSetting, (store_id, NAME))
    if row is None:
        return ScoringRules()
    defaults = ScoringRules()
    points = {**defaults.points, **{k: v for k, v in row.values.get("points", {}).items() if k in ACTIONS}}
    return ScoringRules(points, int(row.values.get("cap_per_customer_day", defaults.cap_per_customer_day)))


def save_rules(session: Session, *, store_id: str, rules: ScoringRules, by_guide_id: str | None) -> ScoringRules:
    """Replace the store's rules (validated first); audited, since they decide who wins the contest."""
    if session.get(Store, store_id) is None:
        raise NotFound("store", store_id)
    rules = ScoringRules({**ScoringRules().points, **rules.points}, rules.cap_per_customer_day).validate()
    row = session.get(StoreSetting, (store_id, NAME)) or StoreSetting(store_id=store_id, name=NAME)
    row.values = asdict(rules)
    session.add(row)
    record_audit(session, guide_id=by_guide_id, action="scoring_rules_changed", entity="store", entity_id=store_id,
                 detail={"cap_per_customer_day": rules.cap_per_customer_day})
    session.flush()
    return rules


_EVENTS = f"""
    SELECT owner_guide_id AS guide_id, id AS who, created_at AS at, 'customer_added' AS action FROM customer
     WHERE owner_guide_id IN ({STORE_GUIDES}) AND created_at >= :start AND created_at < :end
    UNION ALL
    SELECT assignee_guide_id, customer_id, completed_at, 'contact' FROM task
     WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'done' AND outcome IN {CONTACT_OUTCOMES}
       AND customer_id IS NOT NULL AND completed_at >= :start AND completed_at < :end
    UNION ALL
    SELECT guide_id, customer_id, at, 'contact' FROM suggestion_state
     WHERE guide_id IN ({STORE_GUIDES}) AND state = 'sent' AND at >= :start AND at < :end
    UNION ALL
    SELECT assignee_guide_id, COALESCE(customer_id, id), completed_at, 'task_on_time' FROM task
     WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'done' AND completed_at >= :start
       AND completed_at < :end AND completed_at <= due_at
    UNION ALL
    SELECT guide_id, customer_id, starts_at, 'session_held' FROM appointment
     WHERE store_id = :store AND status = 'done' AND starts_at >= :start AND starts_at < :end
    UNION ALL
    SELECT guide_id, customer_id, purchased_at, 'purchase' FROM purchase
     WHERE store_id = :store AND guide_id IS NOT NULL AND purchased_at >= :start AND purchased_at < :end"""

_SCORES = f"""
    WITH ev AS MATERIALIZED (SELECT guide_id, who, date(at, :offset) AS day, action FROM ({_EVENTS})),
    capped AS (SELECT guide_id, MIN(SUM(CASE action {' '.join(f"WHEN '{a}' THEN :p_{a}" for a in ACTIONS)}
                                        ELSE 0 END), :cap) AS pts
                 FROM ev GROUP BY guide_id, who, day)
    SELECT guide_id, '', SUM(pts) FROM capped GROUP BY guide_id
    UNION ALL SELECT guide_id, action, COUNT(*) FROM ev GROUP BY guide_id, action"""


@dataclass(frozen=True)
class Standing:
    guide_id: str
    name: str
    points: int
    rank: int
    previous_rank: int | None
    actions: dict[str, int]

    @property
    def movement(self) -> int | None:
        """Places gained since the previous period (negative: lost); None when not ranked then."""
        return None if self.previous_rank is None else self.previous_rank - self.rank


def _scores(session: Session, store_id: str, period: Period,
            rules: ScoringRules) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Points per guide, and how many of each action (uncapped) per guide."""
    params: dict[str, Any] = {"store": store_id, "start": sql_stamp(period.start), "end": sql_stamp(period.end),
                              "offset": f"{period.utc_offset_hours():+.1f} hours",
                              "cap": rules.cap_per_customer_day,
                              **{f"p_{a}": rules.points_for(a) for a in ACTIONS}}
    points: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {}
    for guide_id, action, value in session.connection().execute(statement(_SCORES), params):
        if action:
            counts.setdefault(guide_id, {})[action] = int(value)
        else:
            points[guide_id] = int(value or 0)
    return points, counts


def _ranks(points: dict[str, int], names: dict[str, str]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4): equal points share a rank."""
    ordered = sorted(names, key=lambda gid: (-points.get(gid, 0), names[gid]))
    ranks: dict[str, int] = {}
    for position, guide_id in enumerate(ordered, start=1):
        previous = ordered[position - 2] if position > 1 else None
        same = previous is not None and points.get(previous, 0) == points.get(guide_id, 0)
        ranks[guide_id] = ranks[previous] if same and previous is not None else position
    return ranks


def leaderboard(session: Session, *, store_id: str, period: Period,
                rules: ScoringRules | None = None) -> list[Standing]:
    """The store's active guides ranked by points in `period`, with their rank in the period before."""
    rules = rules or load_rules(session, store_id=store_id)
    guides = session.exec(select(Guide).where(Guide.store_id == store_id, col(Guide.active).is_(True),
                                              Guide.role == "guide")).all()
    names = {g.id: g.name for g in guides}
    (now, counts), (before, _) = (_scores(session, store_id, period, rules),
                                  _scores(session, store_id, period.previous(), rules))
    ranks, previous_ranks = _ranks(now, names), _ranks(before, names)
    standings = [Standing(gid, names[gid], now.get(gid, 0), ranks[gid],
                          previous_ranks[gid] if before.get(gid) else None, counts.get(gid, {}))
                 for gid in names]
    return sorted(standings, key=lambda s: (s.rank, s.name))
