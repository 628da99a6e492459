# SPDX-License-Identifier: Apache-2.0
"""Customer search as a guide types it: text + two tags, through the service and as raw SQLite."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlmodel import Session

from guide_desk.bench.runner import Metrics, percentile
from guide_desk.customers.search import CustomerQuery, build_search, search_customer_ids
from guide_desk.customers.tags import list_tags
from guide_desk.db.connect import connect
from guide_desk.db.engine import database_path
from guide_desk.db.migrate import open_database

ROUNDS = 3


def sample_texts(session: Session) -> list[str]:
    """What guides type, taken from real rows: a surname, initials, pinyin, phone head and tail."""
    total = session.execute(text("SELECT count(*) FROM customer")).scalar_one()
    rows = session.execute(text(
        "SELECT name, name_initials, name_pinyin, phone_digits FROM customer "
        "WHERE phone_digits IS NOT NULL AND rowid % :step = 0 ORDER BY rowid LIMIT 12"
    ), {"step": max(1, total // 12)}).all()
    texts: list[str] = []
    for name, initials, pinyin, digits in rows:
        texts += [name[0], name[:2], initials[:2], pinyin[:4], digits[:4], digits[-4:]]
    return texts


def _tag_pair(session: Session) -> tuple[str, str]:
    """The most used tag of the two biggest groups: the realistic, and heaviest, filter."""
    best: dict[str, tuple[int, str]] = {}
    for tag in list_tags(session):
        if tag.customers > best.get(tag.group_id, (-1, ""))[0]:
            best[tag.group_id] = (tag.customers, tag.id)
    top = sorted(best.values(), reverse=True)[:2]
    return top[0][1], top[1][1]


def bench_search(data_dir: Path) -> Metrics:
    engine = open_database(data_dir)
    raw = connect(database_path(data_dir))
    raw.execute("PRAGMA cache_size=-65536")  # as the engine's: an encrypted page read from disk is decrypted again
    service_ms: list[float] = []
    raw_ms: list[float] = []
    with Session(engine) as session:
        store_id = session.execute(text("SELECT id FROM store ORDER BY code LIMIT 1")).scalar_one()
        tags = _tag_pair(session)
        queries = [CustomerQuery(text=t, all_of=tags, store_id=store_id) for t in sample_texts(session)]
        compiled = []
        for query in queries:
            statement = build_search(query).compile(dialect=sqlite.dialect(),
                                                    compile_kwargs={"render_postcompile": True})
            compiled.append((str(statement), [statement.params[k] for k in statement.positiontup or ()]))
        for query, (sql, params) in zip(queries, compiled, strict=True):  # warm caches and statement cache
            search_customer_ids(session, query=query)
            raw.execute(sql, params).fetchall()
        for _ in range(ROUNDS):
            for query, (sql, params) in zip(queries, compiled, strict=True):
                start = time.perf_counter()
                ids = search_customer_ids(session, query=query)
                service_ms.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                rows = raw.execute(sql, params).fetchall()
                raw_ms.append((time.perf_counter() - start) * 1000)
                assert len(rows) == len(ids)
    raw.close()
    engine.dispose()
    p95, raw_p95 = percentile(service_ms, 95), percentile(raw_ms, 95)
    return {
        "search_p50_ms": round(percentile(service_ms, 50), 2),
        "search_p95_ms": round(p95, 2),
        "search_raw_p50_ms": round(percentile(raw_ms, 50), 2),
        "search_raw_p95_ms": round(raw_p95, 2),
        "search_ratio": round(p95 / raw_p95, 2) if raw_p95 else 0.0,
    }
