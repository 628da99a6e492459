# SPDX-License-Identifier: Apache-2.0
"""Import problems in the user's language: rejected rows in the wizard's list and its saved CSV, and a
refused file said on the wizard's first page — Chinese when the app is in Chinese."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from guide_desk.customers.transfer.reasons import FILE_WORDS, KEY_WORDS, WORDS
from guide_desk.ui.dialogs.import_wizard import ImportWizard
from guide_desk.ui.import_text import ImportWords

pytestmark = pytest.mark.ui


def test_the_ui_words_every_code_the_core_gives(qapp) -> None:  # type: ignore[no-untyped-def]
    words = ImportWords()
    assert set(words.rows) == set(WORDS) and set(words.files) == set(FILE_WORDS) and set(words.keys) == set(KEY_WORDS)
    assert [words.rows[k] for k in WORDS] == [english for english, _ in WORDS.values()]  # the app is in English
    assert [words.files[k] for k in FILE_WORDS] == [english for english, _ in FILE_WORDS.values()]


def test_rejects_and_refusals_in_chinese(qtbot, qapp, manager_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guide_desk.ui.i18n import install_language

    install_language(qapp, "zh_CN")
    try:
        source = tmp_path / "pos.csv"
        source.write_bytes("姓名,手机号,会员等级\n甲,12,\n乙,13800138999,钻石王老五\n".encode("gbk"))
        wizard = ImportWizard(manager_context)
        qtbot.addWidget(wizard)
        assert wizard.load_file(source) and wizard.start(dry_run=False)
        reasons = [wizard.rejects_model.index(r, 2).data() for r in range(wizard.rejects_model.rowCount())]
        assert reasons == ["“12”不是有效的手机号", "“钻石王老五”不是会员等级（普通会员、银卡、金卡、白金卡）"]
        saved = tmp_path / "rejects.csv"
        wizard.choose_rejects = lambda _parent: saved
        assert wizard.save_rejects() == saved
        with saved.open(encoding="utf-8-sig", newline="") as handle:
            assert list(csv.reader(handle))[1][:3] == ["2", "手机号", "“12”不是有效的手机号"]

        broken = tmp_path / "bad.csv"
        broken.write_bytes(b"Name,Ph\xffone\n" + "张三,13800138000\n".encode())
        other = ImportWizard(manager_context)
        qtbot.addWidget(other)
        other.load_file(broken)
        assert other.pages.currentIndex() == 0
        assert other.file_label.text() == "bad.csv：第 1 行（表头）不是有效的 UTF-8 文本：第 8 个字节 0xFF"
    finally:
        install_language(qapp, "en")


def test_an_update_only_file_is_explained_on_the_mapping_step(qtbot, manager_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "tiers.csv"
    source.write_text("手机号,会员等级,累计消费\n13800138000,金卡,100\n", encoding="utf-8")
    wizard = ImportWizard(manager_context)
    qtbot.addWidget(wizard)
    assert wizard.load_file(source)
    assert "no names: its rows update the customers they match" in wizard.check_label.text()
    assert "Not imported (computed here from purchases, or not kept): 累计消费." in wizard.check_label.text()
    assert wizard.start(dry_run=True)
    assert "0 new, 1 to update, 0 already here, 0 rejected" in wizard.check_label.text()
