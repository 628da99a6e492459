# SPDX-License-Identifier: Apache-2.0
"""The merge dialog: both records side by side, a radio per field; the chosen values survive, empty fields
take the other record's value by default, the other record is archived."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from guide_desk.customers.profiles import create_customer
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Customer
from guide_desk.ui.dialogs.merge_dialog import MergeDialog


def _pair(engine, org):  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        keep = create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="刘洋",
                               phone_e164="13600001111", birthday=date(1990, 1, 2), today=date(2026, 11, 22))
        other = create_customer(session, owner_guide_id=org.guide.id, by_guide_id=None, name="刘阳",
                                phone_e164="13600002222", birthday=date(1990, 1, 2), size_shoe="37",
                                today=date(2026, 11, 22))
    return keep.id, other.id


def test_per_field_choice_side_by_side(qtbot, manager_context) -> None:  # type: ignore[no-untyped-def]
    keep_id, other_id = _pair(manager_context.engine, manager_context)
    dialog = MergeDialog(manager_context, keep_id=keep_id, other_id=other_id)
    qtbot.addWidget(dialog)
    keep_name, other_name = dialog.choices["name"]
    assert (keep_name.text(), other_name.text()) == ("刘洋", "刘阳") and keep_name.isChecked()
    assert dialog.choices["phone_e164"][0].text() == "136****1111"  # masked, as everywhere
    assert not dialog.choices["birthday"][1].isEnabled()  # the same on both sides: nothing to choose
    assert dialog.choices["size_shoe"][1].isChecked()  # empty on the kept record: the other's value by default
    dialog.choose("phone_e164", other=True)
    assert sorted(dialog.taken_from_other()) == ["phone_e164", "size_shoe"]
    merged: list[str] = []
    dialog.merged.connect(merged.append)
    assert dialog.apply()
    assert merged == [keep_id]
    with Session(manager_context.engine) as session:
        keep, other = session.get(Customer, keep_id), session.get(Customer, other_id)
        assert keep is not None and other is not None
        assert (keep.name, keep.phone_e164, keep.size_shoe) == ("刘洋", "+8613600002222", "37")
        assert other.archived_at is not None
