# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: every test gets its own data dir, a fresh migrated database and an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlmodel import Session  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """Tests only: the real app uses the OS keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._items.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("GUIDE_DESK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("GUIDE_DESK_CONFIG_FILE", str(tmp_path / "user-config.toml"))
    monkeypatch.setenv("GUIDE_DESK_MACHINE_CONFIG", str(tmp_path / "machine-config.toml"))
    monkeypatch.delenv("GUIDE_DESK_API_URL", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield data_dir
    keyring.set_keyring(previous)
    from guide_desk.db.keys import set_passphrase_source

    set_passphrase_source(None)


@pytest.fixture(scope="session", autouse=True)
def session_keyring() -> Iterator[None]:
    """Module-scoped fixtures (a demo store built once) run before `isolated_env`: they get the in-memory
    keyring too, never the developer's real one. The database key, once read, stays in the process."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> str:
    """A PC without a keyring: the database key comes from a passphrase (GUIDE_DESK_DB_PASSPHRASE, which a
    subprocess inherits, so the installed command can open what the test made). Returns the passphrase."""
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("GUIDE_DESK_DB_PASSPHRASE", "store passphrase 1")
    return "store passphrase 1"


@pytest.fixture
def data_dir(isolated_env: Path) -> Path:
    return isolated_env


@pytest.fixture
def engine(data_dir: Path) -> Iterator[Engine]:
    from guide_desk.db.migrate import open_database

    engine = open_database(data_dir)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session


class Org:
    """One store with a manager and two guides, for tests that need people."""

    def __init__(self, session: Session) -> None:
        from guide_desk.accounts.guides import create_guide, create_store

        self.store = create_store(session, code="SH01", name="上海静安店", city="上海")
        self.manager = create_guide(session, store_id=self.store.id, login="m1", name="王店长", role="manager",
                                    pin="2580")
        self.guide = create_guide(session, store_id=self.store.id, login="g1", name="李导购", pin="1357")
        self.other = create_guide(session, store_id=self.store.id, login="g2", name="赵导购", pin="2468")
        session.commit()


@pytest.fixture
def org(session: Session) -> Org:
    return Org(session)
