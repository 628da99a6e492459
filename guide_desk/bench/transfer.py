# SPDX-License-Identifier: Apache-2.0
"""Import and export benchmarks (DESIGN.md §7): `import_100k_s` imports a generated 100k-row CSV into a
fresh database in a temporary folder (the user's data is never touched); `export_100k_s` (CSV) and
`export_100k_xlsx_s` export the data dir's customers in a temporary folder, in a transaction rolled back
afterwards (no audit row left)."""

from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.db.engine import transaction

ROWS = 100_000
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣"
_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "186", "187")


def write_customers_csv(path: Path, rows: int = ROWS, *, seed: int = 7, bad_share: float = 0.0) -> Path:
    """A POS-like export: 姓名, 手机号, 生日, 会员等级, 积分, 标签; `bad_share` of rows carry a broken phone."""
    rand = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机号", "生日", "会员等级", "积分", "标签"])
        for i in range(rows):
            name = rand.choice(_SURNAMES) + "".join(rand.choice(_GIVEN) for _ in range(rand.choice((1, 2))))
            phone = f"{_PREFIXES[i % len(_PREFIXES)]}{i:08d}"
            if rand.random() < bad_share:
                phone = phone[:6]
            birthday = f"{rand.randint(1960, 2005)}-{rand.randint(1, 12):02d}-{rand.randint(1, 28):02d}"
            tier = rand.choice(("普通", "银卡", "金卡", "白金"))
            writer.writerow([name, phone, birthday, tier, rand.randint(0, 5000), rand.choice(("通勤", "法式", ""))])
    return path


def timed_import(engine: Engine, source: Path, rows: int) -> float:
    """Seconds to import `source` (`rows` customers) into the empty store of `engine` as its manager."""
    from guide_desk.accounts.guides import create_guide, create_store
    from guide_desk.customers.transfer.apply import ImportOptions
    from guide_desk.customers.transfer.importer import import_customers

    with transaction(engine) as session:
        store = create_store(session, code="BENCH", name="Bench")
        owner = create_guide(session, store_id=store.id, login="bench", name="Bench", role="manager")
    started = time.perf_counter()
    result = import_customers(engine, path=source, options=ImportOptions(owner_guide_id=owner.id,
                                                                         by_guide_id=owner.id))
    elapsed = time.perf_counter() - started
    assert result.imported == rows, result.counts()
    return elapsed


def _import_100k(folder: Path) -> float:
    from guide_desk.db.migrate import open_database

    source = write_customers_csv(folder / "customers.csv")
    engine = open_database(folder / "data")
    try:
        return timed_import(engine, source, ROWS)
    finally:
        engine.dispose()


def _export(data_dir: Path, folder: Path, fmt: str = "csv") -> float:
    from guide_desk.customers.transfer.export import export_customers
    from guide_desk.db.migrate import open_database

    engine = open_database(data_dir)
    try:
        with Session(engine) as session:
            started = time.perf_counter()
            export_customers(session, path=folder / f"export.{fmt}", fmt=fmt,  # type: ignore[arg-type]
                             by_guide_id=None, via="bench")
            elapsed = time.perf_counter() - started
            session.rollback()
    finally:
        engine.dispose()
    return elapsed


def bench_transfer(data_dir: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="guide-desk-bench-") as temporary:
        folder = Path(temporary)
        return {"import_100k_s": round(_import_100k(folder), 2), "export_100k_s": round(_export(data_dir, folder), 2),
                "export_100k_xlsx_s": round(_export(data_dir, folder, "xlsx"), 2)}
