"""PostgreSQL fixtures for the sync tests: one prepared template database per test run, and a
fresh database copied from it for each test (dropped afterwards); PC shops copied from one
migrated SQLite file, each with its own PC id."""

from __future__ import annotations

import shutil
import sqlite3
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import server as sync_server
from erp_desktop.services.sync.tables import synced_tables
from erp_desktop.services.system.setup import open_shop


def _admin(pg_url: str):
    return create_engine(pg_url, isolation_level="AUTOCOMMIT")


def _url_for(pg_url: str, name: str) -> str:
    return make_url(pg_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _pg_base() -> str | None:
    import os

    url = os.environ.get("ERP_TEST_PG_URL")
    if not url:
        if os.environ.get("ERP_REQUIRE_PG") == "1":
            pytest.fail("ERP_REQUIRE_PG=1 but ERP_TEST_PG_URL is not set")
        pytest.skip("ERP_TEST_PG_URL not set")
    return url


@pytest.fixture(scope="session")
def pg_template(_pg_base):
    """A prepared (migrated, triggers, sync tables) but empty server database to copy."""
    name = f"erp_tpl_{uuid.uuid4().hex[:10]}"
    admin = _admin(_pg_base)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = sync_server.make_server_engine(_url_for(_pg_base, name))
    sync_server.prepare(engine)
    engine.dispose()
    yield name
    sync.dispose_engines()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


class ServerDb:
    def __init__(self, base: str, template: str):
        self.base = base
        self.template = template
        self.names: list[str] = []

    def new(self) -> str:
        """A fresh, empty server: the first call copies the template; later calls (hypothesis
        examples) empty the same database again, which is much faster than a new database."""
        if self.names:
            url = _url_for(self.base, self.names[-1])
            engine = create_engine(url)
            names = (
                ", ".join(f'"{t.name}"' for t in synced_tables())
                + ", sync_change, sync_pc, local_state, stock_balance, product_cost, number_sequence"
            )
            with engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
                conn.execute(text("UPDATE sync_meta SET value = :v WHERE key = 'server_id'"), {"v": uuid.uuid4().hex})
                conn.execute(text("INSERT INTO local_state(key, value) VALUES ('series', 'Z')"))
            engine.dispose()
            sync.dispose_engines()
            return url
        name = f"erp_test_{uuid.uuid4().hex[:12]}"
        admin = _admin(self.base)
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        admin.dispose()
        self.names.append(name)
        return _url_for(self.base, name)

    def drop_all(self) -> None:
        sync.dispose_engines()
        admin = _admin(self.base)
        with admin.connect() as conn:
            for name in self.names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def servers(pg_url, pg_template):
    """``servers.new()`` → URL of a fresh, prepared, empty server database."""
    made = ServerDb(pg_url, pg_template)
    yield made
    made.drop_all()


@pytest.fixture
def server_url(servers) -> str:
    return servers.new()


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    """Each test is one computer: its own per-user data folder (installation fingerprints, backups)."""
    monkeypatch.setenv("ERP_DATA_DIR", str(tmp_path / "user-data"))


@pytest.fixture(scope="session")
def _shop_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("shop-template") / "template.sqlite3"
    uow = open_shop(path)
    uow.engine.dispose()
    return path


class Pcs:
    """Fresh PC shops (copies of one migrated file, each given its own PC id)."""

    def __init__(self, template, folder):
        self.template = template
        self.folder = folder
        self.opened = []

    def new(self, name: str):
        target = self.folder / f"{name}-{uuid.uuid4().hex[:6]}.sqlite3"
        shutil.copy(self.template, target)
        with sqlite3.connect(target) as conn:
            conn.execute("DELETE FROM local_state WHERE key = 'pc_id'")
        conn.close()
        uow = open_shop(target)
        self.opened.append(uow)
        return uow

    def copy(self, uow, name: str):
        """A copy of a PC's shop file, as a user makes one (copied to a new laptop, restored, cloned)."""
        target = self.folder / f"{name}-{uuid.uuid4().hex[:6]}.sqlite3"
        raw = uow.engine.raw_connection()
        try:
            copy = sqlite3.connect(target)
            raw.driver_connection.backup(copy)
            copy.close()
        finally:
            raw.close()
        opened = open_shop(target)
        self.opened.append(opened)
        return opened

    def reopen(self, uow):
        """The same file opened again (the program restarted)."""
        uow.engine.dispose()
        opened = open_shop(uow.engine.url.database)
        self.opened.append(opened)
        return opened

    def close(self):
        for uow in self.opened:
            uow.engine.dispose()


@pytest.fixture
def pcs(_shop_template, tmp_path):
    made = Pcs(_shop_template, tmp_path)
    yield made
    made.close()
