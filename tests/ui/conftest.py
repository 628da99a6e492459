# SPDX-License-Identifier: Apache-2.0
"""UI fixtures: a signed-in context over a small real database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from guide_desk.config import load_settings
from guide_desk.customers.profiles import create_customer
from guide_desk.db.engine import transaction
from guide_desk.ui.context import AppContext

PEOPLE = [("张三", "13800138000"), ("张珊珊", "13912340000"), ("李四", "13700001234"), ("王五", "15000005555")]


@pytest.fixture
def shop(engine: Engine, org):  # type: ignore[no-untyped-def]
    with transaction(engine) as session:
        for name, phone in PEOPLE:
            owner = org.other if name == "王五" else org.guide
            create_customer(session, owner_guide_id=owner.id, by_guide_id=owner.id, today=date(2026, 11, 22),
                            name=name, phone_e164=phone)
    return org


@pytest.fixture
def guide_context(engine: Engine, shop, qapp) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(settings=load_settings(), engine=engine, guide=shop.guide, background=False)


@pytest.fixture
def manager_context(engine: Engine, shop, qapp) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(settings=load_settings(), engine=engine, guide=shop.manager, background=False)


@pytest.fixture(autouse=True)
def english(qapp):  # type: ignore[no-untyped-def]
    """The app always installs a language; UI tests read English (with its plural forms)."""
    from guide_desk.ui.i18n import install_language

    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would block the test run; any test that expects one replaces show_error itself."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected modal message box: {args[2] if len(args) > 2 else args}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
