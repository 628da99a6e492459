# SPDX-License-Identifier: Apache-2.0
"""What makes two customers one person, on plain values, as the app and the central API both decide it:
one per normalised phone and per WeCom id, the phone first; name and birthday only for the review."""

from __future__ import annotations

from dataclasses import dataclass

from guide_desk.model.rules.uniqueness import REVIEW_KEYS, UNIQUE_FIELDS, first_holder, shared_key, unique_keys


@dataclass(frozen=True)
class Held:
    id: str
    phone_e164: str | None = None
    wecom_external_id: str | None = None


def test_a_customer_holds_a_key_for_each_phone_and_wecom_id_that_is_set() -> None:
    assert unique_keys({"name": "张三", "phone_e164": "+8613800138000", "wecom_external_id": "wm_1"}) == {
        "phone_e164": "+8613800138000", "wecom_external_id": "wm_1"}
    assert unique_keys({"phone_e164": None, "wecom_external_id": ""}) == {}
    assert unique_keys({"name": "张三"}) == {}


def test_the_phone_is_the_key_that_counts_first() -> None:
    keys = {"phone_e164": "+8613800138000", "wecom_external_id": "wm_1"}
    by_wecom, by_phone, both = Held("w", wecom_external_id="wm_1"), Held("p", "+8613800138000"), \
        Held("b", "+8613800138000", "wm_1")
    assert shared_key(keys, by_wecom) == "wecom_external_id"
    assert shared_key(keys, both) == "phone_e164"
    assert shared_key(keys, Held("n", "+8613900139000", "wm_2")) is None
    assert first_holder(keys, [by_wecom, by_phone]) == (by_phone, "phone_e164")
    assert first_holder(keys, [by_wecom]) == (by_wecom, "wecom_external_id")
    assert first_holder(keys, [Held("n")]) is None
    assert first_holder({}, [by_phone]) is None


def test_the_review_proposes_pairs_by_phone_wecom_or_name_and_birthday() -> None:
    assert UNIQUE_FIELDS == ("phone_e164", "wecom_external_id")
    assert REVIEW_KEYS == {"phone": ("phone_e164",), "wecom": ("wecom_external_id",),
                           "name_birthday": ("name", "birthday")}
