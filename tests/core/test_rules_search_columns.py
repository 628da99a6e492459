# SPDX-License-Identifier: Apache-2.0
"""A customer's search columns from the name and phone, as every write derives them (local edit, import,
pulled row); and phone normalisation, on plain values."""

from __future__ import annotations

import pytest

from guide_desk.errors import InvalidInput
from guide_desk.model.rules.phones import mask_phone, national_digits, normalise_phone
from guide_desk.model.rules.search_columns import name_columns, phone_columns, search_columns


def test_a_chinese_name_gives_pinyin_initials_and_the_given_name() -> None:
    assert name_columns("张三") == {"name_pinyin": "zhangsan", "name_initials": "zs", "name_given": "三"}
    assert name_columns("欧阳娜娜") == {"name_pinyin": "ouyangnana", "name_initials": "oynn", "name_given": "娜娜"}
    assert name_columns("单丽")["name_pinyin"] == "shanli"  # the surname's reading, not the commonest one


def test_a_latin_name_passes_through_with_word_initials_and_no_given_name() -> None:
    assert name_columns("Anna Li") == {"name_pinyin": "annali", "name_initials": "al", "name_given": ""}
    assert name_columns("  ") == {"name_pinyin": "", "name_initials": "", "name_given": ""}


def test_phone_digits_are_the_national_number_forward_and_reversed() -> None:
    assert phone_columns("+8613800138000") == {"phone_digits": "13800138000", "phone_rev": "00083100831"}
    assert phone_columns("+85291234567") == {"phone_digits": "91234567", "phone_rev": "76543219"}
    assert phone_columns(None) == {"phone_digits": None, "phone_rev": None}


def test_the_chinese_shortcut_gives_what_parsing_gives() -> None:
    for e164 in ("+8613800138000", "+861012345678", "+8675512345678"):
        assert phone_columns(e164)["phone_digits"] == national_digits(e164)


def test_all_search_columns_together() -> None:
    assert search_columns("李四", "+8613900139000") == {
        "name_pinyin": "lisi", "name_initials": "ls", "name_given": "四",
        "phone_digits": "13900139000", "phone_rev": "00093100931"}


def test_any_written_form_of_a_phone_normalises_to_e164() -> None:
    for written in ("138 0013 8000", "+86-13800138000", "008613800138000", "13800138000"):
        assert normalise_phone(written) == "+8613800138000"
    assert mask_phone("+8613800138000") == "138****8000"
    assert mask_phone(None) == ""


@pytest.mark.parametrize("written", ["", "abc", "12345"])
def test_what_is_no_phone_number_is_refused_naming_the_field(written: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_phone(written, field="phone_e164")
    assert caught.value.field == "phone_e164"
