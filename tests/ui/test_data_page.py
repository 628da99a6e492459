# SPDX-License-Identifier: Apache-2.0
"""The Data & privacy page (managers) and the profile's privacy hooks: export with the store policy,
duplicates to merge, the audit log filtered, backups restored after a confirmation; consent per channel
and erasure confirmed by typing the name."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from guide_desk.customers.privacy import PLACEHOLDER
from guide_desk.customers.profiles import create_customer
from guide_desk.db.engine import transaction
from guide_desk.db.tables import Customer
from guide_desk.ui.dialogs.merge_dialog import MergeDialog
from guide_desk.ui.main_window import MainWindow
from guide_desk.ui.pages.data import DataPage
from guide_desk.ui.pages.profile import CustomerProfile


def test_only_managers_see_the_page(qtbot, guide_context, manager_context) -> None:  # type: ignore[no-untyped-def]
    for context, visible in ((guide_context, False), (manager_context, True)):
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert ("data" in window.page_keys()) is visible


def test_export_is_audited_and_refused_to_guides(qtbot, manager_context, guide_context, tmp_path: Path  # type: ignore[no-untyped-def]
                                                 ) -> None:
    page = DataPage(manager_context)
    qtbot.addWidget(page)
    page.refresh()
    page.choose_save = lambda _w, suggested, _f: tmp_path / suggested
    page.export_format.setCurrentIndex(page.export_format.findData("csv"))
    assert page.ask_export()
    assert page.last_export == tmp_path / "customers.csv" and "4 customers exported" in page.export_status.text()
    with page.last_export.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 5
    page.tabs.setCurrentWidget(page.audit)
    assert page.audit.model.rowCount() >= 1
    page.audit.action.setCurrentIndex(page.audit.action.findData("export"))
    assert page.audit.reload() == 1 and page.audit.model.index(0, 2).data() == "Export"
    page.audit.text.setText("no-such-thing")
    assert page.audit.reload() == 0

    refused = DataPage(guide_context)
    qtbot.addWidget(refused)
    refused.choose_save = lambda *_args: (_ for _ in ()).throw(AssertionError("no file dialog for a guide"))
    assert not refused.ask_export() and "Only store managers" in refused.export_status.text()


def test_duplicates_found_and_merged(qtbot, manager_context) -> None:  # type: ignore[no-untyped-def]
    with transaction(manager_context.engine) as session:
        for phone in ("13600001111", "13600002222"):
            create_customer(session, owner_guide_id=manager_context.guide.id, by_guide_id=None, name="刘洋",
                            phone_e164=phone, birthday=date(1990, 1, 2), today=date(2026, 11, 22))
    page = DataPage(manager_context)
    qtbot.addWidget(page)
    assert page.find_duplicates() == 1
    assert page.pairs.index(0, 2).data() == "Same name and birthday"
    page.run_dialog = lambda dialog: isinstance(dialog, MergeDialog) and dialog.apply()  # type: ignore[method-assign]
    assert page.ask_merge()
    assert page.pairs.rowCount() == 0


def test_backup_now_and_restore_after_confirmation(qtbot, manager_context) -> None:  # type: ignore[no-untyped-def]
    page = DataPage(manager_context)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.backups)
    page.backups.back_up_now()
    assert "Backed up to" in page.backups.status.text() and page.backups.list.count() == 1
    with transaction(manager_context.engine) as session:
        create_customer(session, owner_guide_id=manager_context.guide.id, by_guide_id=None, name="后来的人")
    page.backups.list.setCurrentRow(0)
    page.backups.confirm = lambda *_args: False
    assert not page.backups.ask_restore()
    page.backups.confirm = lambda *_args: True
    assert page.backups.ask_restore() and "Please restart" in page.backups.status.text()
    with Session(manager_context.engine) as session:
        assert {c.name for c in session.exec(select(Customer))} == {"张三", "张珊珊", "李四", "王五"}


def test_profile_consent_per_channel_and_erase(qtbot, manager_context, guide_context, tmp_path: Path  # type: ignore[no-untyped-def]
                                              ) -> None:
    with Session(manager_context.engine) as session:
        zhang = next(c for c in session.exec(select(Customer)) if c.name == "张三")
    profile = CustomerProfile(manager_context)
    qtbot.addWidget(profile)
    profile.show_customer(zhang.id)
    assert not profile.consent.isChecked() and not profile.consents.boxes["wecom"].isChecked()
    profile.consents.boxes["wecom"].setChecked(True)
    assert profile.consent.isChecked() and "王店长" in profile.consents.details["wecom"].text()
    profile.consents.boxes["sms"].setChecked(True)
    profile.consents.boxes["wecom"].setChecked(False)
    assert not profile.consent.isChecked() and profile.consents.boxes["sms"].isChecked()

    profile.privacy.choose_folder = lambda _w: tmp_path
    assert profile.privacy.ask_export()
    files = profile.privacy.saved_files
    assert [f.suffix for f in files] == [".json", ".html", ".csv"]
    assert "Personal data held about you" in files[1].read_text(encoding="utf-8")  # the user's language
    profile.privacy.ask_text = lambda *_args: "张"
    assert not profile.privacy.ask_erase() and "does not match" in profile.privacy.status.text()
    profile.privacy.ask_text = lambda *_args: "张三"
    saved: list[str] = []
    profile.saved.connect(saved.append)
    assert profile.privacy.ask_erase()
    assert saved == [zhang.id] and profile.customer_id is None
    assert (profile.name.text(), profile.phone.text(), profile.birthday.text(), profile.title.text()) == ("",) * 4
    with Session(manager_context.engine) as session:
        erased = session.get(Customer, zhang.id)
        assert erased is not None and erased.name == PLACEHOLDER and erased.phone_e164 is None

    guide_profile = CustomerProfile(guide_context)
    qtbot.addWidget(guide_profile)
    assert guide_profile.privacy.isHidden()
