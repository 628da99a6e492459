# SPDX-License-Identifier: Apache-2.0
"""Before the database opens on a PC without a keyring: the passphrase dialog (chosen twice, long enough),
the words for a key that cannot be had, and the notice while the one-time upgrade encrypts the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide_desk.db.connect import is_plain
from guide_desk.db.engine import database_path
from guide_desk.db.keys import set_passphrase_source
from guide_desk.db.migrate import open_database
from guide_desk.errors import DatabaseKeyUnavailable
from guide_desk.ui.passphrase import PassphraseDialog, key_error_text, with_encrypting_notice

pytestmark = pytest.mark.ui


def test_a_new_passphrase_is_typed_twice_and_long_enough(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(creating=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.check()
    assert "at least 8 characters" in dialog.problem.text() and not dialog.result()
    dialog.passphrase.setText("a long passphrase")
    dialog.again.setText("a long passphrase!")
    dialog.check()
    assert dialog.problem.text() == "The two passphrases differ."
    dialog.again.setText("a long passphrase")
    dialog.check()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_the_dialog_supplies_the_key_and_a_missing_key_is_worded(qtbot, no_keyring: str, data_dir: Path  # type: ignore[no-untyped-def]
                                                                 , monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GUIDE_DESK_DB_PASSPHRASE")
    asked: list[bool] = []
    set_passphrase_source(lambda creating: asked.append(creating) or "typed in the dialog")
    open_database(data_dir).dispose()
    assert asked == [True] and not is_plain(database_path(data_dir))
    text = key_error_text(DatabaseKeyUnavailable("key_missing", "x"))
    assert "keyring" in text and "Windows user" in text


def test_the_encrypting_notice_returns_the_work_or_its_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert with_encrypting_notice(lambda: 42) == 42
    with pytest.raises(DatabaseKeyUnavailable):
        with_encrypting_notice(lambda: (_ for _ in ()).throw(DatabaseKeyUnavailable("no_keyring", "none")))
