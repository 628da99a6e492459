# SPDX-License-Identifier: Apache-2.0
"""Guide performance KPIs for one store and one period, per guide, for the store and as a trend.

Definitions (all in the store's local days; money in fen):
- customers added: customers of the store created in the period, by their owner.
- customers contacted: distinct customers a guide contacted in the period — a task completed with an
  outcome where the guide spoke with the customer (tasks.service.CONTACT_OUTCOMES: reached, purchased,
  declined) or a suggestion marked sent. The store total counts each customer once.
- tasks on time: of the tasks completed in the period, the share with completed_at ≤ due_at.
- overdue tasks: tasks due in the period that were not done on time — still open past due, or done late.
- suggestions accepted: of the suggestions acted on in the period, the share accepted or sent (not dismissed).
- push → purchase: of the pushes in the period (suggestions marked sent, suggestion tasks completed with a
  contact), the share followed by a purchase of that customer within the attribution window (store setting,
  7 days), or whose task outcome was "purchased".
- 1v1 sessions held: sessions done in the period; no-show rate: no-shows / (done + no-shows).
- session → purchase: of the sessions held, the share with an amount bought in the session or a purchase
  by the customer within the attribution window after it started.
- attributed sales: purchases in the period attributed to the guide (Purchase.guide_id).
- repurchase rate: of the guide's (owned, active) customers with ≥ 1 purchase in the period, the share whose
  first purchase was before the period.
- tag coverage: of the guide's owned active customers now, the share with ≥ 3 tags (a snapshot, no trend).
A guide with no data shows zero counts and empty ("—") rates; rates never divide by zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine
from sqlmodel import Session, col, select

from guide_desk.clock import utcnow
from guide_desk.db.tables import Guide
from guide_desk.errors import InvalidInput
from guide_desk.insights import kpi_sql
from guide_desk.insights.periods import Period, sql_stamp
from guide_desk.tasks.suggest_settings import load_settings

KPI_KINDS: dict[str, str] = {
    "customers_added": "count", "customers_contacted": "count", "tasks_on_time": "rate",
    "overdue_tasks": "count", "suggestions_accepted": "rate", "push_purchase": "rate", "sessions_held": "count",
    "no_show_rate": "rate", "session_conversion": "rate", "attributed_sales": "money", "repurchase_rate": "rate",
    "tag_coverage": "rate",
}
KPIS = tuple(KPI_KINDS)
TRENDLESS = frozenset({"tag_coverage"})


@dataclass(frozen=True)
class KpiValue:
    """A count or amount (den None) or a rate num / den; `value` is None for a rate over nothing."""

    num: float = 0
    den: float | None = None

    @property
    def value(self) -> float | None:
        if self.den is None:
            return self.num
        return self.num / self.den if self.den else None

    def __add__(self, other: KpiValue) -> KpiValue:
        den = None if self.den is None and other.den is None else (self.den or 0) + (other.den or 0)
        return KpiValue(self.num + other.num, den)


@dataclass
class GuideKpis:
    guide_id: str | None
    name: str
    active: bool = True
    values: dict[str, KpiValue] = field(default_factory=dict)

    def value(self, kpi: str) -> KpiValue:
        return self.values.get(kpi, KpiValue(0, None if KPI_KINDS[kpi] != "rate" else 0))


@dataclass(frozen=True)
class Funnel:
    contacted: int = 0
    met: int = 0
    bought: int = 0


@dataclass
class Dashboard:
    store_id: str
    period: Period
    rows: list[GuideKpis]
    total: GuideKpis
    funnels: dict[str | None, Funnel]


def _empty(kpi: str) -> KpiValue:
    return KpiValue(0, 0 if KPI_KINDS[kpi] == "rate" else None)


def query_params(session: Session, store_id: str, period: Period, now: datetime | None) -> dict[str, str]:
    days = load_settings(session, store_id=store_id).attribution_days
    return {"store": store_id, "start": sql_stamp(period.start), "end": sql_stamp(period.end),
            "now": sql_stamp(now or utcnow()), "days": f"+{days} days"}


_SIDE_QUERIES = (kpi_sql.TAG_COVERAGE, kpi_sql.FUNNEL)
"""Run on a second connection while the session's runs the rest: the two halves take about as long, and
SQLite reads in WAL mode run side by side (the sqlite3 module releases the GIL while a statement runs)."""


def _writes_pending(session: Session) -> bool:
    """Whether the session holds changes another connection cannot see yet (pysqlite opens its transaction
    only at the first write, so `in_transaction` on the driver connection means uncommitted writes)."""
    if session.new or session.dirty or session.deleted:
        return True
    if not session.in_transaction():
        return False
    driver = session.connection().connection.dbapi_connection
    return bool(getattr(driver, "in_transaction", True))


MMAP_BYTES = 1 << 30
"""The dashboard reads a year of purchases, tasks and tags through covering indexes: memory-mapped pages
skip SQLite's copy into its page cache, which cut the year's queries from ~1,150 to ~670 ms at size L.
Per connection, and only pages actually read are mapped."""


def _mapped(connection: Connection) -> Connection:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return connection


def _side_results(session: Session, params: dict[str, str]) -> Callable[[], list[list[Any]]]:
    """Start the side queries on another connection when the session is bound to a file database with no
    pending writes of its own (they would be invisible there); otherwise run them on the session, in order."""
    bind = session.get_bind()
    parallel = (isinstance(bind, Engine) and bind.url.get_backend_name() == "sqlite"
                and bind.url.database not in (None, "", ":memory:") and not _writes_pending(session))

    def run(connection: Connection) -> list[list[Any]]:
        return [list(connection.execute(kpi_sql.statement(sql), params)) for sql in _SIDE_QUERIES]

    if not parallel:
        return lambda: run(session.connection())
    assert isinstance(bind, Engine)

    def side() -> list[list[Any]]:
        with bind.connect() as connection:
            return run(_mapped(connection))

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpi")
    future = pool.submit(side)
    pool.shutdown(wait=False)
    return future.result


def compute_dashboard(session: Session, *, store_id: str, period: Period, now: datetime | None = None) -> Dashboard:
    """Every KPI of every guide of the store and the store total over `period`, with the funnels.
    Trends are asked for one KPI at a time (`compute_trend`): the page charts one at a time."""
    params = query_params(session, store_id, period, now)
    by_guide: dict[str, dict[str, KpiValue]] = defaultdict(dict)
    total: dict[str, KpiValue] = {}
    side = _side_results(session, params)
    connection = _mapped(session.connection())

    def add(guide_id: str, kpi: str, value: KpiValue) -> None:
        by_guide[guide_id][kpi] = by_guide[guide_id].get(kpi, _empty(kpi)) + value
        total[kpi] = total.get(kpi, _empty(kpi)) + value

    for kpi, sql in kpi_sql.SUM_SQL.items():
        for guide_id, _bucket, num, den in connection.execute(kpi_sql.statement(sql.format(b="NULL")), params):
            add(guide_id, kpi, KpiValue(num or 0, den))
    for guide_id, num, den in connection.execute(kpi_sql.statement(kpi_sql.REPURCHASE), params):
        add(guide_id, "repurchase_rate", KpiValue(num or 0, den))
    tags, funnel_rows = side()
    for guide_id, num, den in tags:
        add(guide_id, "tag_coverage", KpiValue(num or 0, den))
    funnels: dict[str | None, Funnel] = {}
    for guide_id, contacted, met, bought in funnel_rows:
        funnels[guide_id] = Funnel(int(contacted or 0), int(met or 0), int(bought or 0))
        # The funnel's first stage is the contacted customers; the store counts a customer two guides
        # contacted once.
        (total if guide_id is None else by_guide[guide_id])["customers_contacted"] = KpiValue(contacted or 0)
    return Dashboard(store_id=store_id, period=period, rows=_rows(session, store_id, by_guide),
                     total=GuideKpis(None, "", True, total), funnels=funnels)


def compute_trend(session: Session, *, store_id: str, period: Period, kpi: str,
                  now: datetime | None = None) -> list[tuple[date, KpiValue]]:
    """The store's value of `kpi` per trend bucket (day, week or month: Period.bucket), every bucket listed.

    Each bucket is the same statement over the bucket's own range (clipped to the period), so the database
    reads index ranges instead of computing a local date for every row; a distinct KPI counts each customer
    once per bucket, and "returning" in the repurchase rate means bought before that bucket."""
    if kpi not in KPI_KINDS or kpi in TRENDLESS:
        raise InvalidInput("kpi", f"has no trend (got '{kpi}')")
    params = query_params(session, store_id, period, now)
    connection = session.connection()
    if kpi in kpi_sql.SUM_SQL:
        sql = kpi_sql.statement(kpi_sql.SUM_SQL[kpi].format(b="NULL"))
    else:
        sql = kpi_sql.statement(kpi_sql.CONTACTED_TREND if kpi == "customers_contacted" else kpi_sql.REPURCHASE)
    points = []
    for day, start, end in period.bucket_ranges():
        value = _empty(kpi)
        for row in connection.execute(sql, {**params, "start": sql_stamp(start), "end": sql_stamp(end)}):
            num, den = row[-2:]
            value = value + KpiValue(num or 0, den)
        points.append((day, value))
    return points


def _rows(session: Session, store_id: str, by_guide: dict[str, dict[str, KpiValue]]) -> list[GuideKpis]:
    """Active guides of the store always, deactivated ones only while they still have numbers."""
    guides = session.exec(select(Guide).where(
        (col(Guide.store_id) == store_id) | col(Guide.id).in_(list(by_guide))).order_by(col(Guide.name))).all()
    return [GuideKpis(g.id, g.name, g.active, dict(by_guide.get(g.id, {})))
            for g in guides if g.active or g.id in by_guide]
