# SPDX-License-Identifier: Apache-2.0
"""The sign-in picker on a store PC: only its own store's guides, wrong PINs lock with the wait in words
(also after a restart), a blocked PIN points to the password or the manager, who unlocks it in Settings,
and a store that requires 6 digits has a short PIN replaced at sign-in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import Engine
from sqlmodel import Session

from guide_desk.accounts.guides import create_guide, create_store
from guide_desk.accounts.pin_policy import set_six_digit_pins
from guide_desk.accounts.sign_in import attempt_sign_in
from guide_desk.config import load_settings
from guide_desk.db import replica
from guide_desk.db.engine import transaction
from guide_desk.ui.context import AppContext
from guide_desk.ui.sign_in import SignInDialog
from guide_desk.ui.sync.pin_setup import LongerPinDialog
from guide_desk.ui.widgets.pin_settings import PinSettingsBox

pytestmark = pytest.mark.ui


@pytest.fixture
def two_stores(engine: Engine, org) -> Any:  # type: ignore[no-untyped-def]
    """SH01 (the org) and HZ01, whose guide sorts first by name; the PC is enrolled for SH01."""
    with transaction(engine) as session:
        hangzhou = create_store(session, code="HZ01", name="杭州湖滨店")
        create_guide(session, store_id=hangzhou.id, login="h1", name="吴倩", pin="1470")
        replica.set_state(session, "store_code", "SH01")
    return org


def _picker(qtbot: Any, engine: Engine, preselect: str | None = None) -> SignInDialog:
    dialog = SignInDialog(engine, preselect=preselect, settings=load_settings(), background=False)
    qtbot.addWidget(dialog)
    return dialog


def _type(dialog: SignInDialog, guide_id: str, pin: str) -> None:
    dialog.who.setCurrentIndex(dialog.who.findData(guide_id))
    dialog.pin.setText(pin)
    dialog.try_sign_in()


def test_a_store_pc_lists_only_its_own_stores_guides_and_preselects_one(qtbot: Any, engine: Engine,
                                                                        two_stores: Any) -> None:
    dialog = _picker(qtbot, engine)
    listed = {dialog.who.itemData(i) for i in range(dialog.who.count())}
    assert listed == {two_stores.manager.id, two_stores.guide.id, two_stores.other.id}
    with Session(engine) as session:
        first = session.get(type(two_stores.guide), dialog.who.currentData())
        assert first is not None and first.store_id == two_stores.store.id


def test_five_wrong_pins_say_how_long_to_wait_also_after_a_restart(qtbot: Any, engine: Engine,
                                                                   two_stores: Any) -> None:
    dialog = _picker(qtbot, engine)
    for _ in range(3):
        _type(dialog, two_stores.guide.id, "9999")
    assert dialog.message.text() == "Wrong PIN. Tries left before it locks: 2."
    for _ in range(2):
        _type(dialog, two_stores.guide.id, "9999")
    assert dialog.message.text() == "Too many attempts. Try again in 1 minute."
    _type(dialog, two_stores.guide.id, "1357")
    assert dialog.guide is None and dialog.message.text() == "Too many attempts. Try again in 1 minute."
    engine.dispose()
    again = _picker(qtbot, engine, preselect=two_stores.guide.id)
    assert again.message.text() == "Too many attempts. Try again in 1 minute.", "shown on picking the name"
    again.who.setCurrentIndex(again.who.findData(two_stores.other.id))
    assert again.message.text() == ""


def test_a_blocked_pin_is_unlocked_by_the_manager_in_settings(qtbot: Any, engine: Engine, two_stores: Any) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from guide_desk.clock import utcnow
    from guide_desk.db.tables import PinLock

    dialog = _picker(qtbot, engine)
    for _ in range(10):
        _type(dialog, two_stores.guide.id, "9999")
        with transaction(engine) as session:
            session.execute(update(PinLock).values(locked_until=utcnow() - timedelta(seconds=1)))
    assert dialog.message.text().startswith("This PIN is blocked after too many wrong tries.")
    assert dialog.first_time_button.text() == "Sign in with your password and choose a new PIN…"
    manager = AppContext(settings=load_settings(), engine=engine, guide=two_stores.manager, background=False)
    box = PinSettingsBox(manager)
    qtbot.addWidget(box)
    assert box.locked.count() == 1 and box.locked.itemText(0) == "李导购 — blocked"
    box.unlock_button.click()
    assert box.locked.count() == 0 and box.state.text() == "李导购 can sign in with their PIN again."
    _type(dialog, two_stores.guide.id, "1357")
    assert dialog.guide is not None and dialog.result() == QDialog.DialogCode.Accepted


def test_a_six_digit_store_replaces_a_short_pin_at_sign_in(qtbot: Any, engine: Engine, two_stores: Any) -> None:
    manager = AppContext(settings=load_settings(), engine=engine, guide=two_stores.manager, background=False)
    box = PinSettingsBox(manager)
    qtbot.addWidget(box)
    box.six_digits.setChecked(True)
    dialog = _picker(qtbot, engine)
    asked: list[LongerPinDialog] = []

    def choose(longer: QDialog) -> bool:
        assert isinstance(longer, LongerPinDialog)
        asked.append(longer)
        longer.pins.pin.setText("2468")
        longer.pins.repeat.setText("2468")
        longer.submit()
        assert longer.pins.message.text() == "A PIN is 6 to 8 digits and not one digit repeated (e.g. not 111111)."
        longer.pins.pin.setText("246813")
        longer.pins.repeat.setText("246813")
        longer.submit()
        return longer.result() == QDialog.DialogCode.Accepted

    dialog.run_dialog = choose  # type: ignore[method-assign]
    _type(dialog, two_stores.guide.id, "1357")
    assert len(asked) == 1 and dialog.guide is not None
    with transaction(engine) as session:
        assert attempt_sign_in(session, guide_id=two_stores.guide.id, pin="1357").outcome == "wrong_pin"
        again = attempt_sign_in(session, guide_id=two_stores.guide.id, pin="246813")
        assert again.outcome == "ok" and not again.must_change_pin
        set_six_digit_pins(session, store_id=two_stores.store.id, required=False, by_guide_id=two_stores.manager.id)
