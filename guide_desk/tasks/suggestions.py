# SPDX-License-Identifier: Apache-2.0
"""Suggestions: recompute (a store at once, or one customer after an edit) and list the best for a guide.

Rules propose candidates; here consent, contact caps and what the guide already did (accepted, sent,
dismissed) filter them, and the survivors are stored so the Today page only has to read."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, insert, text
from sqlmodel import Session, col

from guide_desk.clock import utcnow
from guide_desk.db.tables import StoreSetting, Suggestion
from guide_desk.ids import uuid7
from guide_desk.tasks import outfits, rules
from guide_desk.tasks.caps import blocked_customers
from guide_desk.tasks.suggest_settings import SuggestionSettings, load_settings

PER_GUIDE = 500
COMPUTED = "suggestions_computed"
Rule = Callable[[Session, rules.Scope, SuggestionSettings], list[rules.Candidate]]
RULES: tuple[Rule, ...] = (
    rules.post_purchase, rules.birthday, rules.repurchase_due, rules.dormant, rules.tier_offer,
    rules.session_followup, rules.points_expiring, outfits.outfit_pushes, outfits.new_arrivals,
)


@dataclass(frozen=True)
class SuggestionView:
    """One row of the Today list: the best suggestion of one customer."""

    id: str
    customer_id: str
    customer_name: str
    kind: str
    marketing: bool
    score: float
    params: dict[str, Any]
    products: list[str]
    template_kind: str


def _run_rules(session: Session, scope: rules.Scope, settings: SuggestionSettings) -> list[rules.Candidate]:
    """Every rule; for a whole store the slowest rule runs on a second connection at the same time.

    Only when this session has written nothing yet: a second connection would not see uncommitted rows."""
    dbapi = session.connection().connection.dbapi_connection
    if scope.customer_ids is not None or dbapi is None or getattr(dbapi, "in_transaction", True):
        return [candidate for rule in RULES for candidate in rule(session, scope, settings)]
    engine = session.get_bind()

    def slow() -> list[rules.Candidate]:
        with Session(engine) as other:
            return outfits.outfit_pushes(other, scope, settings)

    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(slow)
        found = [candidate for rule in RULES if rule is not outfits.outfit_pushes
                 for candidate in rule(session, scope, settings)]
        return found + pending.result()


def _candidates(session: Session, scope: rules.Scope, now: datetime) -> list[rules.Candidate]:
    settings = load_settings(session, store_id=scope.store_id)
    found = _run_rules(session, scope, settings)
    consenting = {cid for (cid,) in session.execute(text(
        f"SELECT c.id FROM customer c WHERE {scope.customers()} AND c.marketing_consent"), scope.params())}
    blocked = blocked_customers(session, scope=scope, now=now, settings=settings)
    done = _already_handled(session, scope, now)
    return [c for c in found
            if (not c.marketing or (c.customer_id in consenting and c.customer_id not in blocked.capped))
            and (c.customer_id, c.kind, c.key) not in done.occasions
            and (c.customer_id, c.kind) not in done.snoozed]


@dataclass(frozen=True)
class _Handled:
    occasions: set[tuple[str, str, str]]
    snoozed: set[tuple[str, str]]


def _already_handled(session: Session, scope: rules.Scope, now: datetime) -> _Handled:
    rows = session.execute(text(f"""
        SELECT s.customer_id, s.kind, json_extract(s.detail, '$.key'), s.state, s.until
          FROM suggestion_state s JOIN customer c ON c.id = s.customer_id WHERE {scope.customers()}"""),
        scope.params()).all()
    stamp = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return _Handled(
        occasions={(cid, kind, key) for cid, kind, key, _state, _until in rows},
        snoozed={(cid, kind) for cid, kind, _key, state, until in rows
                 if state == "dismissed" and until is not None and until > stamp},
    )


def _keep(candidates: list[rules.Candidate]) -> list[rules.Candidate]:
    """Each guide's most urgent customers (all their suggestions), up to PER_GUIDE customers: nobody works
    through more in a day, and a customer outside the list is recomputed when their profile is opened."""
    top: dict[str, float] = {}
    for c in candidates:
        top[c.customer_id] = max(top.get(c.customer_id, 0.0), c.score)
    ranked: dict[str, list[tuple[float, str]]] = {}
    for c in candidates:
        ranked.setdefault(c.guide_id, []).append((top[c.customer_id], c.customer_id))
    chosen = {cid for rows in ranked.values() for _, cid in sorted(set(rows), reverse=True)[:PER_GUIDE]}
    return [c for c in candidates if c.customer_id in chosen]


def _store(session: Session, scope: rules.Scope, candidates: list[rules.Candidate], now: datetime) -> int:
    if scope.customer_ids is None:
        session.execute(delete(Suggestion).where(col(Suggestion.store_id) == scope.store_id))
        candidates = _keep(candidates)
    else:
        session.execute(delete(Suggestion).where(col(Suggestion.customer_id).in_(scope.customer_ids)))
    best: dict[tuple[str, str, str], rules.Candidate] = {}
    for candidate in candidates:
        best.setdefault((candidate.customer_id, candidate.kind, candidate.key), candidate)
    rows = [{"id": uuid7(), "customer_id": c.customer_id, "guide_id": c.guide_id, "store_id": scope.store_id,
             "kind": c.kind, "key": c.key, "marketing": c.marketing, "score": c.score, "reason_params": c.params,
             "products": list(c.products), "template_kind": c.template_kind, "computed_at": now}
            for c in best.values()]
    if rows:
        session.execute(insert(Suggestion), rows)
    return len(rows)


def recompute_store(session: Session, *, store_id: str, today: date | None = None) -> int:
    """Every suggestion of one store for its local `today`; returns how many were stored."""
    scope = rules.store_scope(session, store_id=store_id, today=today)
    now = utcnow()
    stored = _store(session, scope, _candidates(session, scope, now), now)
    mark = session.get(StoreSetting, (store_id, COMPUTED)) or StoreSetting(store_id=store_id, name=COMPUTED)
    mark.values = {"day": scope.today.isoformat()}
    session.add(mark)
    session.flush()
    return stored


def needs_recompute(session: Session, *, store_id: str) -> bool:
    """True until the store's suggestions have been computed for its current local day."""
    mark = session.get(StoreSetting, (store_id, COMPUTED))
    today = rules.store_scope(session, store_id=store_id).today
    return mark is None or mark.values.get("day") != today.isoformat()


def recompute_customer(session: Session, *, customer_id: str, today: date | None = None) -> int:
    """After an edit (purchase, consent, contact…): only that customer's suggestions are rebuilt."""
    scope = rules.scope_for_customer(session, customer_id=customer_id, today=today)
    now = utcnow()
    return _store(session, scope, _candidates(session, scope, now), now)


def list_suggestions(session: Session, *, guide_id: str, limit: int = 50) -> list[SuggestionView]:
    """The guide's suggestions, best first, one per customer (their most urgent)."""
    rows = session.execute(text("""
        SELECT id, customer_id, name, kind, marketing, score, reason_params, products, template_kind FROM (
            SELECT s.*, c.name, ROW_NUMBER() OVER (PARTITION BY s.customer_id ORDER BY s.score DESC, s.kind) AS n
              FROM suggestion s JOIN customer c ON c.id = s.customer_id
             WHERE s.guide_id = :guide AND c.archived_at IS NULL
               AND (NOT s.marketing OR c.marketing_consent))  -- a revoked consent stops pushes at once
         WHERE n = 1 ORDER BY score DESC, customer_id LIMIT :limit"""), {"guide": guide_id, "limit": limit}).all()
    return [_view(row) for row in rows]


def customer_suggestions(session: Session, *, customer_id: str) -> list[SuggestionView]:
    rows = session.execute(text("""
        SELECT s.id, s.customer_id, c.name, s.kind, s.marketing, s.score, s.reason_params, s.products, s.template_kind
          FROM suggestion s JOIN customer c ON c.id = s.customer_id WHERE s.customer_id = :id
         ORDER BY s.score DESC"""), {"id": customer_id}).all()
    return [_view(row) for row in rows]


def _view(row: Any) -> SuggestionView:
    sid, cid, name, kind, marketing, score, params, products, template_kind = row
    return SuggestionView(sid, cid, name, kind, bool(marketing), score, json.loads(params), json.loads(products),
                          template_kind)
