# SPDX-License-Identifier: Apache-2.0
"""The demo store builder: sizes, determinism, and that the data keeps the app's own invariants."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import Engine, select, text

from guide_desk.accounts.pins import verify_pin
from guide_desk.clock import STORE_TZ
from guide_desk.db.base import app_registry
from guide_desk.db.engine import database_path, make_engine
from guide_desk.db.migrate import head_revision, open_database
from guide_desk.db.tables import Appointment, Customer
from guide_desk.db.types import UTCDateTime
from guide_desk.demo import DemoSummary, build_demo
from guide_desk.errors import InvalidInput

ANCHOR = date(2026, 3, 15)
TODAY_UTC = datetime.combine(ANCHOR, time(0), tzinfo=STORE_TZ).astimezone(UTC)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoSummary, Engine]]:
    summary = build_demo(tmp_path_factory.mktemp("demo"), size="S", seed=7, anchor=ANCHOR)
    engine = make_engine(summary.path)
    yield summary, engine
    engine.dispose()


def rows(engine: Engine, sql: str, **params: object) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def scalar(engine: Engine, sql: str) -> Any:
    return rows(engine, sql)[0][0]


def stored(moment: datetime) -> str:
    """How UTCDateTime writes a moment (naive UTC text), for comparisons in raw SQL."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def digest(path: Path) -> dict[str, str]:
    """A hash of every table's rows in key order (salted PIN hashes aside)."""
    engine = make_engine(path)
    result = {}
    try:
        with engine.connect() as connection:
            for table in app_registry.metadata.sorted_tables:
                columns = [c for c in table.columns if c.name != "pin_hash"]
                keys = list(table.primary_key.columns)
                data = connection.execute(select(*columns).order_by(*keys)).all()
                result[table.name] = hashlib.sha256(repr(data).encode()).hexdigest()
    finally:
        engine.dispose()
    return result


def test_counts_scale_with_size(built: tuple[DemoSummary, Engine]) -> None:
    summary, engine = built
    counts = summary.counts
    assert counts["customer"] == 1000 and counts["store"] == 2 and counts["guide"] == 8
    assert counts["product"] == 300
    assert 8_000 <= counts["purchase_line"] <= 12_000
    assert 3_500 <= counts["purchase"] <= 6_500
    assert 1_500 <= counts["task"] <= 2_800
    assert 150 <= counts["appointment"] <= 260
    assert 1_000 <= counts["consent_event"] <= 1_200
    assert 4.0 <= counts["customer_tag"] / 1000 <= 7.0
    assert counts["product_stock"] > 2 * counts["product"]
    assert 0 < summary.seconds < 15
    for table, count in counts.items():
        assert scalar(engine, f"SELECT count(*) FROM {table}") == count
    assert scalar(engine, "SELECT group_concat(name, '/') FROM (SELECT name FROM tag_group ORDER BY sort_order)") \
        == "购买状态/渠道/风格/尺码/价值"
    assert rows(engine, "SELECT exclusive FROM tag_group WHERE name = '购买状态'") == [(1,)]


def test_same_seed_and_anchor_give_identical_rows(built: tuple[DemoSummary, Engine], tmp_path: Path) -> None:
    summary, _ = built
    again = build_demo(tmp_path / "again", size="S", seed=7, anchor=ANCHOR)
    assert again.counts == summary.counts
    assert digest(again.path) == digest(summary.path)
    other = build_demo(tmp_path / "other", size="S", seed=8, anchor=ANCHOR)
    assert digest(other.path)["customer"] != digest(summary.path)["customer"]


def test_guides_sign_in_with_the_demo_pins(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    guides = rows(engine, "SELECT login, role, pin_hash FROM guide ORDER BY login")
    assert [login for login, _, _ in guides] == [
        "hz01-g1", "hz01-g2", "hz01-g3", "hz01-m1", "sh01-g1", "sh01-g2", "sh01-g3", "sh01-m1"]
    for _, role, pin_hash in guides:
        assert verify_pin("2580" if role == "manager" else "1357", str(pin_hash))


def test_phones_are_valid_unique_and_indexed(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    found = rows(engine, "SELECT phone_e164, phone_digits, phone_rev, wecom_external_id FROM customer")
    phones = [row[0] for row in found]
    assert len(set(phones)) == len(phones) == 1000
    for e164, digits, rev, _ in found:
        assert phonenumbers.is_valid_number(phonenumbers.parse(str(e164)))
        assert e164 == f"+86{digits}" and rev == str(digits)[::-1] and len(str(digits)) == 11
    wecom = [row[3] for row in found if row[3] is not None]
    assert len(set(wecom)) == len(wecom) and 0.75 < len(wecom) / 1000 < 0.95


def test_no_guide_or_room_is_double_booked(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    with engine.connect() as connection:
        sessions = connection.execute(select(Appointment.__table__)).all()  # type: ignore[attr-defined]
    by_guide: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    by_room: dict[tuple[str, str], list[tuple[datetime, datetime]]] = defaultdict(list)
    for s in sessions:
        assert (s.resource is not None) == (s.kind == "in_store")
        assert s.resource in (None, "试衣间1", "试衣间2", "VIP室")
        assert (s.meeting_link is not None) == (s.kind == "video")
        assert (s.address is not None) == (s.kind == "home")
        opens, closes = s.starts_at.astimezone(STORE_TZ), s.ends_at.astimezone(STORE_TZ)
        assert opens.date() == closes.date() and time(10) <= opens.time() and closes.time() <= time(22)
        assert timedelta(minutes=30) <= s.ends_at - s.starts_at <= timedelta(minutes=90)
        allowed = ("booked", "cancelled") if s.starts_at >= TODAY_UTC else ("done", "no_show", "cancelled")
        assert s.status in allowed
        assert s.created_at < min(s.starts_at, TODAY_UTC)
        if s.status in ("booked", "done"):
            by_guide[s.guide_id].append((s.starts_at, s.ends_at))
            if s.resource is not None:
                by_room[(s.store_id, s.resource)].append((s.starts_at, s.ends_at))
    assert len(by_guide) == 8
    for spans in (*by_guide.values(), *by_room.values()):
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start


def test_purchases_add_up_to_the_customer_record(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    assert rows(engine, """
        SELECT p.id FROM purchase p JOIN purchase_line l ON l.purchase_id = p.id
        GROUP BY p.id HAVING p.total_fen != sum(l.qty * l.price_fen)""") == []
    assert rows(engine, """
        SELECT c.id FROM customer c LEFT JOIN (
            SELECT customer_id, count(*) n, sum(total_fen) spent, min(purchased_at) first, max(purchased_at) last
            FROM purchase GROUP BY customer_id) p ON p.customer_id = c.id
        WHERE c.purchase_count != coalesce(p.n, 0) OR c.total_spent_fen != coalesce(p.spent, 0)
           OR c.first_purchase_at IS NOT p.first OR c.last_purchase_at IS NOT p.last""") == []
    assert rows(engine, """
        SELECT p.id FROM purchase p JOIN customer c ON c.id = p.customer_id WHERE p.purchased_at < c.created_at
        """) == []
    assert scalar(engine, "SELECT count(DISTINCT order_no) = count(*) FROM purchase") == 1
    tiers = dict(rows(engine, "SELECT tier, max(total_spent_fen) FROM customer GROUP BY tier"))
    assert tiers["normal"] < tiers["silver"] < tiers["gold"] < tiers["platinum"]


def test_tags_agree_with_the_customer(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    status = rows(engine, """
        SELECT t.name, min(c.purchase_count), max(c.purchase_count), count(*) FROM customer_tag ct
        JOIN tag t ON t.id = ct.tag_id JOIN tag_group g ON g.id = t.group_id JOIN customer c ON c.id = ct.customer_id
        WHERE g.name = '购买状态' GROUP BY t.name""")
    ranges = {name: (low, high) for name, low, high, _ in status}
    assert ranges["未购买"] == (0, 0) and ranges["已购买"] == (1, 1) and ranges["复购"][0] == 2
    assert sum(n for *_, n in status) == 1000
    per_customer = rows(engine, "SELECT min(n), avg(n), max(n) FROM (SELECT count(*) n FROM customer_tag "
                                "GROUP BY customer_id)")[0]
    assert per_customer[0] >= 3 and 4 <= per_customer[1] <= 6 and per_customer[2] <= 9
    assert rows(engine, """
        SELECT c.id FROM customer c WHERE c.marketing_consent != (
            SELECT granted FROM consent_event e WHERE e.customer_id = c.id ORDER BY e.at DESC LIMIT 1)""") == []


def test_today_page_has_something_to_show(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    start, end = stored(TODAY_UTC), stored(TODAY_UTC + timedelta(days=1))
    due_today = rows(engine, "SELECT count(*) FROM task WHERE status = 'open' AND due_at >= :s AND due_at < :e",
                     s=start, e=end)[0][0]
    overdue = rows(engine, "SELECT count(*) FROM task WHERE status = 'open' AND due_at < :s", s=start)[0][0]
    future = rows(engine, "SELECT count(*) FROM appointment WHERE status = 'booked' AND starts_at >= :s", s=start)
    assert due_today > 5 and overdue > 5 and future[0][0] > 10
    assert rows(engine, "SELECT count(*) FROM task WHERE completed_at >= :s", s=start) == [(0,)]
    assert rows(engine, "SELECT count(*) FROM task WHERE status = 'done' AND outcome IS NULL") == [(0,)]
    assert rows(engine, "SELECT count(*) FROM task WHERE (coalesce(outcome, '') = 'purchased') != "
                        "(outcome_amount_fen IS NOT NULL)") == [(0,)]
    birthdays = [b for (b,) in rows(engine, "SELECT birthday FROM customer WHERE birthday IS NOT NULL")]
    this_year = [date.fromisoformat(f"2026{str(b)[4:]}") for b in birthdays if not str(b).endswith("02-29")]
    soon = [b for b in this_year if 0 <= (b - ANCHOR).days <= 7]
    assert len(soon) > 5


def test_every_datetime_reads_back_aware(built: tuple[DemoSummary, Engine]) -> None:
    _, engine = built
    seen = 0
    with engine.connect() as connection:
        for table in app_registry.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, UTCDateTime)]
            if not columns:
                continue
            for row in connection.execute(select(*columns)):
                for value in row:
                    if value is not None:
                        assert value.tzinfo is UTC
                        seen += 1
    assert seen > 20_000
    with engine.connect() as connection:
        customer = connection.execute(select(Customer.__table__).limit(1)).one()  # type: ignore[attr-defined]
    assert customer.created_at.tzinfo is UTC


def test_nothing_has_happened_after_the_anchor(built: tuple[DemoSummary, Engine]) -> None:
    """Past events end before the anchor's local midnight; only due dates and sessions lie ahead."""
    _, engine = built
    ahead = ("due_at", "snoozed_until", "starts_at", "ends_at")
    midnight = stored(TODAY_UTC)
    for table in app_registry.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, UTCDateTime) and column.name not in ahead:
                latest = scalar(engine, f"SELECT max({column.name}) FROM {table.name}")
                assert latest is None or str(latest) < midnight, f"{table.name}.{column.name} = {latest}"


def test_database_is_sound_and_matches_alembic(built: tuple[DemoSummary, Engine], tmp_path: Path) -> None:
    summary, engine = built
    assert rows(engine, "PRAGMA integrity_check") == [("ok",)]
    assert rows(engine, "PRAGMA foreign_key_check") == []
    assert rows(engine, "PRAGMA journal_mode") == [("wal",)]
    assert rows(engine, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert scalar(engine, "SELECT count(*) FROM sqlite_stat1") > 10
    fresh = open_database(tmp_path / "fresh")
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"
    try:
        assert rows(engine, schema) == rows(fresh, schema)
    finally:
        fresh.dispose()
    assert summary.path == database_path(summary.path.parent)


def test_an_existing_database_is_left_alone(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    path = database_path(data_dir)
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(InvalidInput) as caught:
        build_demo(data_dir, size="S", anchor=ANCHOR)
    assert caught.value.field == "data_dir"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_bad_size_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        build_demo(tmp_path / "demo", size="XL")
    assert caught.value.field == "size"
    assert not database_path(tmp_path / "demo").exists()


def test_progress_runs_from_zero_to_one(tmp_path: Path) -> None:
    seen: list[tuple[str, float]] = []
    build_demo(tmp_path / "demo", size="S", anchor=ANCHOR, progress=lambda stage, done: seen.append((stage, done)))
    fractions = [done for _, done in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and seen[-1] == ("done", 1.0)
    assert {"purchases", "customers", "tasks", "analyze"} <= {stage for stage, _ in seen}


def test_the_demo_pc_enrolled_for_sh01_offers_and_preselects_only_sh01_guides(built) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import Session
    from sqlmodel import select as select_rows

    from guide_desk.accounts.sign_in import pc_scope, sign_in_roster
    from guide_desk.db import replica
    from guide_desk.db.tables import Store

    _summary, engine = built
    with Session(engine) as session:
        replica.set_state(session, "store_code", "SH01")  # what the demo's enrolment records
        roster = sign_in_roster(session, scope=pc_scope(session, store_code=None))
        stores = [guide.store_id for guide in roster]
        sh01 = session.exec(select_rows(Store.id).where(Store.code == "SH01")).one()
        session.rollback()
    assert set(stores) == {sh01} and len(roster) == 4
    assert stores[0] == sh01, "the picker preselects the first name"
