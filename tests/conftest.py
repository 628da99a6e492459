# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: every test gets its own data dir, a freshly migrated database of its own and an in-memory
keyring. Migrating costs ~0.4 s, so the database is migrated once per session into a template and each test
gets a copy (a separate install: its own install id, the template's key in its own keyring).

Every Qt test carries the `ui` mark (`pytest -m "not ui"` runs the headless rest): the tests under tests/ui
and any test that asks for pytest-qt's `qapp` or `qtbot` are marked here at collection."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlmodel import Session  # noqa: E402

# The central API's fixtures (tests/kits is on the path: pyproject.toml's pythonpath).
pytest_plugins = ["central_fixtures"]
UI_DIR = Path(__file__).parent / "ui"
QT_FIXTURES = {"qapp", "qtbot"}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(UI_DIR) or QT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.ui)


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


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory, session_keyring: None) -> tuple[Path, bytes]:
    """A local database migrated once, checkpointed (no WAL beside it), and its key."""
    from guide_desk.db.engine import database_path
    from guide_desk.db.keys import install_key
    from guide_desk.db.migrate import open_database

    folder = tmp_path_factory.mktemp("template") / "data"
    engine = open_database(folder)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return database_path(folder), install_key(folder, may_create=False)


@pytest.fixture
def engine(data_dir: Path, migrated_template: tuple[Path, bytes]) -> Iterator[Engine]:
    """A migrated database of this test's own: a copy of the template, keyed as a first start would key it
    (install id beside it, key in the keyring). Where there is no keyring (a passphrase install) or the test
    put a database there first, it is opened and migrated as the app would."""
    from guide_desk.db.engine import database_path
    from guide_desk.db.keys import INSTALL_ID_FILE, PASSPHRASE_FILE, SERVICE, keyring_available
    from guide_desk.db.migrate import open_database

    template, key = migrated_template
    target = database_path(data_dir)
    if keyring_available() and not target.exists() and not (data_dir / PASSPHRASE_FILE).exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        install = uuid.uuid4().hex
        (data_dir / INSTALL_ID_FILE).write_text(install, encoding="ascii")
        keyring.set_password(SERVICE, f"db-key|{install}", key.hex())
        shutil.copyfile(template, target)
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
def org(session: Session, monkeypatch: pytest.MonkeyPatch) -> Org:
    """The PINs are hashed at a low scrypt cost (~45 ms a hash at full cost, three a test); verification reads
    the cost from the hash. PINs set during the test itself are hashed at full cost."""
    from guide_desk.accounts import pins

    with monkeypatch.context() as cheap:
        cheap.setattr(pins, "_N", 2**4)
        return Org(session)
