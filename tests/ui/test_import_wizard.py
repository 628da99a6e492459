# SPDX-License-Identifier: Apache-2.0
"""The import wizard on a real GBK file: mapping preview with the first rows, a dry run that stores
nothing, the import with progress, rejected rows listed and saved, Cancel between batches."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select
from sqlmodel import Session

from guide_desk.bench.transfer import write_customers_csv
from guide_desk.db.tables import Customer
from guide_desk.ui.dialogs.import_wizard import ImportWizard

FILE = ("客户姓名,联系电话,会员等级,备注,门店编码\n王小明,13800138111,金卡,老顾客,SH01\n坏行,12,,,SH01\n"
        "张三,13800138000,,,SH01\n")


def _count(engine) -> int:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def test_preview_dry_run_import_and_rejects(qtbot, manager_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "pos.csv"
    source.write_bytes(FILE.encode("gbk"))
    wizard = ImportWizard(manager_context)
    qtbot.addWidget(wizard)
    wizard.choose_file = lambda _parent: source
    assert wizard.ask_file()
    assert wizard.pages.currentIndex() == 1 and "gb18030" in wizard.source.text()
    assert {h: c.currentData() for h, c in wizard.combos.items()} == {
        "客户姓名": "name", "联系电话": "phone_e164", "会员等级": "tier", "备注": "note", "门店编码": ""}
    assert wizard.preview_model.rowCount() == 3
    assert wizard.preview_model.headerData(0, Qt.Orientation.Horizontal) == "客户姓名"
    assert wizard.preview_model.headerData(1, Qt.Orientation.Vertical) == "3"  # the row number in the file
    assert wizard.preview_model.index(0, 0).data() == "王小明"
    before = _count(manager_context.engine)

    assert wizard.start(dry_run=True)
    assert wizard.pages.currentIndex() == 1
    assert "1 new, 0 to update, 1 already here, 1 rejected" in wizard.check_label.text()
    assert _count(manager_context.engine) == before

    wizard.combos["备注"].setCurrentIndex(wizard.combos["备注"].findData(""))  # ignore the notes after all
    wizard.on_duplicate.setCurrentIndex(wizard.on_duplicate.findData("skip"))
    assert wizard.start(dry_run=False)
    assert wizard.pages.currentIndex() == 3
    assert "1 imported, 0 updated, 1 already here, 1 rejected" in wizard.summary.text()
    assert wizard.progress.value() == wizard.progress.maximum()
    assert _count(manager_context.engine) == before + 1
    assert wizard.rejects_model.rowCount() == 1
    assert [wizard.rejects_model.index(0, c).data() for c in range(3)] == [
        3, "联系电话", "'12' is not a valid phone number"]
    saved = tmp_path / "rejects.csv"
    wizard.choose_rejects = lambda _parent: saved
    assert wizard.save_rejects() == saved
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:4] == ["3", "联系电话", "'12' is not a valid phone number", "坏行"]


def test_cancel_stops_after_whole_batches(qtbot, manager_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = write_customers_csv(tmp_path / "big.csv", 2_500)
    wizard = ImportWizard(manager_context)
    qtbot.addWidget(wizard)
    assert wizard.load_file(source)
    before = _count(manager_context.engine)
    wizard._moved = lambda done, total: (wizard.progress.setValue(done), wizard.cancel())  # type: ignore[method-assign]
    wizard.start(dry_run=False)
    assert "Cancelled" in wizard.summary.text()
    assert _count(manager_context.engine) == before + 1000


def test_a_file_without_a_name_column_is_explained(qtbot, manager_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "odd.csv"
    source.write_text("代码,号码\nA,13800138000\n", encoding="utf-8")
    wizard = ImportWizard(manager_context)
    qtbot.addWidget(wizard)
    assert wizard.load_file(source)
    assert not wizard.start(dry_run=True)
    assert wizard.check_label.text() == ("no column holds the customer's name, phone or WeCom id (columns: 代码, "
                                         "号码)") and wizard.pages.currentIndex() == 1
