# SPDX-License-Identifier: Apache-2.0
"""Files as stores really receive them: a Shopify customer export, a Youzan-style member list, a POS file
that only updates tiers, and CSVs whose bytes are not all valid — one bad byte, GB18030, Latin-1, a file cut
off mid-character. Each is read in its one encoding (no mojibake), bad lines are rejected naming the line
and the byte, and the counts add up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from guide_desk.customers.profiles import create_customer
from guide_desk.customers.tags import customer_tags
from guide_desk.customers.transfer.apply import ImportOptions, ImportResult
from guide_desk.customers.transfer.importer import import_customers
from guide_desk.customers.transfer.reading import read_sheet
from guide_desk.customers.transfer.reasons import FileRefused
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Customer

TODAY = date(2026, 11, 22)
SHOPIFY = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,"
    "Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags\n"
    "'7301,José,Müller,jose@example.com,yes,,Calle 1,Madrid,,ES,28001,,'+86 138 0013 8000,no,120.50,2,"
    "Likes linen,no,\"vip, 通勤\"\n"
    "'7302,三丰,张,zsf@example.cn,no,,人民路1号,上海,SH,CN,200000,,'+8613912345678,no,0.00,0,,no,新客\n"
    "'7303,,,nobody@example.com,no,,,,,,,,,no,0.00,0,,no,\n"
)


def _import(engine: Engine, org, path: Path, **kw) -> ImportResult:  # type: ignore[no-untyped-def]
    options = ImportOptions(owner_guide_id=org.guide.id, by_guide_id=org.manager.id, **kw)
    return import_customers(engine, path=path, options=options, today=TODAY)


def _adds_up(result: ImportResult) -> bool:
    return result.imported + result.updated + result.rejected + result.duplicates == result.total


def _customers(engine: Engine) -> dict[str, Customer]:
    with Session(engine) as session:
        return {c.name: c for c in session.scalars(select(Customer))}


def test_a_shopify_export_with_a_bom_and_first_and_last_names(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "customers_export.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SHOPIFY.encode("utf-8"))
    result = _import(engine, org, path)
    assert (result.imported, _adds_up(result)) == (2, True)
    assert [(r.number, r.code) for r in result.rejects] == [(4, "empty")]  # no name, no phone: said so
    people = _customers(engine)
    assert people["José Müller"].phone_e164 == "+8613800138000"  # Shopify's leading quote undone
    assert people["张三丰"].phone_e164 == "+8613912345678" and people["张三丰"].name_initials == "zsf"
    with Session(engine) as session:
        assert sorted(t.name for t in customer_tags(session, customer_id=people["José Müller"].id)) == ["vip", "通勤"]


def test_a_youzan_style_member_list_is_recognised(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "youzan.csv"
    path.write_text("客户昵称,手机号码,累计消费,积分余额,会员卡,标签\n小雨,13800138000,1288.00,350,金卡会员,老客\n",
                    encoding="utf-8")
    assert _import(engine, org, path).imported == 1
    rain = _customers(engine)["小雨"]
    assert (rain.phone_e164, rain.points, rain.tier, rain.total_spent_fen) == ("+8613800138000", 350, "gold", 0)


def test_an_update_only_pos_file_updates_tiers_and_rejects_strangers(engine: Engine, org, tmp_path: Path) -> None:
    with transaction(engine) as session:
        for name, phone in (("甲", "13800138000"), ("乙", "13912345678")):
            create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name=name, phone_e164=phone,
                            size_top="M")
    path = tmp_path / "pos-tiers.csv"
    path.write_bytes("手机号,会员等级\n13800138000,金卡\n13912345678,银卡\n15000005555,白金卡\n".encode("gbk"))
    dry = _import(engine, org, path, dry_run=True)
    assert dry.counts() == {"imported": 0, "updated": 2, "rejected": 1, "duplicates": 0}
    result = _import(engine, org, path)  # "skip" makes no sense for a file without names: it updates
    assert result.counts() == {"imported": 0, "updated": 2, "rejected": 1, "duplicates": 0} and _adds_up(result)
    assert (result.rejects[0].number, result.rejects[0].code) == (4, "no_match")
    assert "matches no customer" in result.rejects[0].reason
    people = _customers(engine)
    assert (people["甲"].tier, people["乙"].tier, people["甲"].size_top) == ("gold", "silver", "M")
    again = _import(engine, org, path, on_duplicate="update")
    assert again.counts() == {"imported": 0, "updated": 0, "rejected": 1, "duplicates": 2}  # nothing changes


def test_a_file_with_names_creates_strangers_and_updates_known_ones(engine: Engine, org, tmp_path: Path) -> None:
    with transaction(engine) as session:
        create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="甲", phone_e164="13800138000")
    path = tmp_path / "mixed.csv"
    path.write_text("姓名,手机号,会员等级\n,13800138000,金卡\n丙,15000005555,银卡\n,13700001234,\n", encoding="utf-8")
    result = _import(engine, org, path, on_duplicate="update")
    assert result.counts() == {"imported": 1, "updated": 1, "rejected": 1, "duplicates": 0}
    assert _customers(engine)["甲"].tier == "gold" and _customers(engine)["丙"].tier == "silver"


def test_utf8_with_one_bad_byte_rejects_that_row_only(engine: Engine, org, tmp_path: Path) -> None:
    path = tmp_path / "one-bad-byte.csv"
    path.write_bytes("姓名,手机号\n张三丰,13800138000\n".encode() + b"Bad \xff row,13912345678\n"
                     + "李四,13700001234\n".encode())
    result = _import(engine, org, path)
    assert sorted(_customers(engine)) == ["张三丰", "李四"]  # not 寮犱笁涓
    reject = result.rejects[0]
    assert (reject.number, reject.code, reject.params["line"], reject.params["byte"]) == (3, "bad_bytes", 3, "FF")
    assert reject.reason == "line 3 is not valid UTF-8: byte 0xFF at position 5"


def test_gb18030_and_latin1_files_are_read_in_their_own_encoding(engine: Engine, org, tmp_path: Path) -> None:
    chinese, latin = tmp_path / "gb.csv", tmp_path / "latin.csv"
    chinese.write_bytes("姓名,手机号\n张三丰,13800138000\n欧阳娜娜,13912345678\n".encode("gb18030"))
    latin.write_bytes("Name,Phone\nJosé Müller,13700001234\nFrançois Çelik,15000005555\n".encode("latin-1"))
    assert read_sheet(chinese).encoding == "gb18030" and read_sheet(latin).encoding == "cp1252"
    assert _import(engine, org, chinese).imported == 2 and _import(engine, org, latin).imported == 2
    assert sorted(_customers(engine)) == sorted(["张三丰", "欧阳娜娜", "José Müller", "François Çelik"])


def test_a_truncated_utf8_file_keeps_its_headers_and_rejects_the_cut_row(engine: Engine, org, tmp_path: Path
                                                                         ) -> None:
    path = tmp_path / "cut.csv"
    path.write_bytes("姓名,手机号\n张三丰,13800138000\n李四,13700001234\n王".encode()[:-2])
    result = _import(engine, org, path)
    assert result.imported == 2 and [(r.number, r.code) for r in result.rejects] == [(4, "bad_bytes")]
    assert result.rejects[0].params == {"line": 4, "encoding": "UTF-8", "byte": "E7", "position": 1}


def test_a_header_that_is_not_valid_text_refuses_the_file_naming_line_and_byte(engine: Engine, org,
                                                                              tmp_path: Path) -> None:
    path = tmp_path / "bad-header.csv"
    path.write_bytes(b"Name,Ph\xffone\n" + "张三,13800138000\n李四,13700001234\n".encode())
    with pytest.raises(FileRefused) as caught:
        _import(engine, org, path)
    assert caught.value.code == "header_bytes"
    assert "line 1 (the headers) is not valid UTF-8: byte 0xFF at position 8" in caught.value.problem
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


@pytest.mark.parametrize("on_duplicate", ["update", "merge"])
def test_counts_add_up_when_every_row_is_already_here(engine: Engine, org, tmp_path: Path, on_duplicate: str
                                                      ) -> None:
    path = tmp_path / "again.csv"
    path.write_text("姓名,手机号,会员等级\n" + "".join(f"客户{i},1380013{i:04d},金卡\n" for i in range(1500)),
                    encoding="utf-8")
    assert _import(engine, org, path).imported == 1500
    same = _import(engine, org, path, on_duplicate=on_duplicate)
    assert same.counts() == {"imported": 0, "updated": 0, "rejected": 0, "duplicates": 1500}
    path.write_text("姓名,手机号,会员等级\n" + "".join(f"客户{i},1380013{i:04d},银卡\n" for i in range(1500)),
                    encoding="utf-8")
    changed = _import(engine, org, path, on_duplicate="update")
    assert changed.counts() == {"imported": 0, "updated": 1500, "rejected": 0, "duplicates": 0}
