# SPDX-License-Identifier: Apache-2.0
"""The SQL behind each dashboard KPI (see kpis.py for the definitions in words).

Every statement is set-based over one store and one period: parameters :store, :start, :end (UTC text as
stored), :now, :days (the push/session attribution window, e.g. '+7 days'); `{b}` is a bucket column (NULL:
the trend runs each statement once per bucket range instead). "Sum" statements return (guide_id, bucket,
num, den) rows that add up to guide totals and the store total; distinct counts are their own statements.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import TextClause, text


@lru_cache(maxsize=128)
def statement(sql: str) -> TextClause:
    """A parsed statement, kept: SQLAlchemy scans a text() for bind names each time one is built (~3 ms for
    these long statements), and the dashboard runs the same ones on every refresh."""
    return text(sql)

STORE_GUIDES = "SELECT id FROM guide WHERE store_id = :store"
CONTACT_OUTCOMES = "('reached', 'purchased', 'declined')"

SUM_SQL: dict[str, str] = {
    "customers_added": """
        SELECT owner_guide_id, {b}, COUNT(*), NULL FROM customer NOT INDEXED
         WHERE store_id = :store AND created_at >= :start AND created_at < :end GROUP BY 1, 2""",
    "tasks_on_time": f"""
        SELECT assignee_guide_id, {{b}}, SUM(completed_at <= due_at), COUNT(*) FROM task
         WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'done'
           AND completed_at >= :start AND completed_at < :end GROUP BY 1, 2""",
    "overdue_tasks": f"""
        SELECT guide_id, bucket, COUNT(*), NULL FROM (
            SELECT assignee_guide_id AS guide_id, {{b}} AS bucket FROM task
             WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'open'
               AND due_at >= :start AND due_at < :end AND due_at < :now
            UNION ALL
            SELECT assignee_guide_id, {{b}} FROM task
             WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'done' AND completed_at >= :start
               AND completed_at > due_at AND +due_at >= :start AND +due_at < :end)
         GROUP BY 1, 2""",
    "suggestions_accepted": f"""
        SELECT guide_id, {{b}}, SUM(state IN ('accepted', 'sent')), COUNT(*) FROM suggestion_state
         WHERE guide_id IN ({STORE_GUIDES}) AND state IN ('accepted', 'sent', 'dismissed')
           AND at >= :start AND at < :end GROUP BY 1, 2""",
    "push_purchase": f"""
        WITH push(guide_id, customer_id, at, bought) AS (
            SELECT guide_id, customer_id, at, 0 FROM suggestion_state
             WHERE guide_id IN ({STORE_GUIDES}) AND state = 'sent' AND at >= :start AND at < :end
            UNION ALL
            SELECT assignee_guide_id, customer_id, completed_at, outcome = 'purchased' FROM task
             WHERE assignee_guide_id IN ({STORE_GUIDES}) AND source = 'suggestion' AND status = 'done'
               AND outcome IN {CONTACT_OUTCOMES} AND customer_id IS NOT NULL
               AND completed_at >= :start AND completed_at < :end)
        SELECT guide_id, {{b}},
               SUM(bought OR EXISTS (SELECT 1 FROM purchase q WHERE q.customer_id = push.customer_id
                   AND q.purchased_at >= push.at AND q.purchased_at <= strftime('%Y-%m-%d %H:%M:%f', push.at, :days))),
               COUNT(*)
          FROM push GROUP BY 1, 2""",
    "sessions_held": """
        SELECT guide_id, {b}, COUNT(*), NULL FROM appointment
         WHERE store_id = :store AND status = 'done' AND starts_at >= :start AND starts_at < :end GROUP BY 1, 2""",
    "no_show_rate": """
        SELECT guide_id, {b}, SUM(status = 'no_show'), COUNT(*) FROM appointment
         WHERE store_id = :store AND status IN ('done', 'no_show') AND starts_at >= :start AND starts_at < :end
         GROUP BY 1, 2""",
    "session_conversion": """
        SELECT guide_id, {b},
               SUM(COALESCE(outcome_amount_fen, 0) > 0 OR EXISTS (SELECT 1 FROM purchase q
                   WHERE q.customer_id = a.customer_id AND q.purchased_at >= a.starts_at
                     AND q.purchased_at <= strftime('%Y-%m-%d %H:%M:%f', a.starts_at, :days))),
               COUNT(*)
          FROM appointment a
         WHERE store_id = :store AND status = 'done' AND starts_at >= :start AND starts_at < :end GROUP BY 1, 2""",
    "attributed_sales": """
        SELECT guide_id, {b}, SUM(total_fen), NULL FROM purchase
         WHERE store_id = :store AND guide_id IS NOT NULL AND purchased_at >= :start AND purchased_at < :end
         GROUP BY 1, 2""",
}

CONTACTS = f"""
    SELECT assignee_guide_id AS guide_id, customer_id, completed_at AS at FROM task
     WHERE assignee_guide_id IN ({STORE_GUIDES}) AND status = 'done' AND outcome IN {CONTACT_OUTCOMES}
       AND customer_id IS NOT NULL AND completed_at >= :start AND completed_at < :end
    UNION ALL
    SELECT guide_id, customer_id, at FROM suggestion_state
     WHERE guide_id IN ({STORE_GUIDES}) AND state = 'sent' AND at >= :start AND at < :end"""

CONTACTED_TREND = f"SELECT COUNT(DISTINCT customer_id), NULL FROM ({CONTACTS})"

_BUYERS = f"""
    SELECT owner_guide_id AS guide_id, id AS customer_id, first_purchase_at < :start AS repeat FROM customer c
     WHERE owner_guide_id IN ({STORE_GUIDES}) AND archived_at IS NULL AND last_purchase_at >= :start
       AND (last_purchase_at < :end OR EXISTS (SELECT 1 FROM purchase p WHERE p.customer_id = c.id
            AND p.purchased_at >= :start AND p.purchased_at < :end))"""

REPURCHASE = f"""
    SELECT guide_id, SUM(repeat), COUNT(*) FROM ({_BUYERS}) GROUP BY guide_id"""

TAG_COVERAGE = f"""
    SELECT owner_guide_id,
           SUM(EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id LIMIT 1 OFFSET 2)), COUNT(*)
      FROM customer c WHERE owner_guide_id IN ({STORE_GUIDES}) AND archived_at IS NULL GROUP BY owner_guide_id"""

FUNNEL = f"""
    WITH pair AS MATERIALIZED (SELECT guide_id, customer_id FROM ({CONTACTS}) GROUP BY guide_id, customer_id),
    met AS MATERIALIZED (SELECT DISTINCT customer_id FROM appointment WHERE store_id = :store AND status = 'done'
                           AND starts_at >= :start AND starts_at < :end),
    metpair AS MATERIALIZED (
        SELECT pair.guide_id, pair.customer_id,
               EXISTS (SELECT 1 FROM purchase p WHERE p.customer_id = pair.customer_id
                        AND p.purchased_at >= :start AND p.purchased_at < :end) AS bought
          FROM pair JOIN met USING (customer_id))
    SELECT guide_id, COUNT(*), (SELECT COUNT(*) FROM metpair m WHERE m.guide_id = pair.guide_id),
           (SELECT SUM(bought) FROM metpair m WHERE m.guide_id = pair.guide_id) FROM pair GROUP BY guide_id
    UNION ALL SELECT NULL, (SELECT COUNT(DISTINCT customer_id) FROM pair), COUNT(DISTINCT customer_id),
           COUNT(DISTINCT CASE WHEN bought THEN customer_id END) FROM metpair"""
