"""Shared fixtures: a fresh shop database per test, a unit of work, a UI context."""

from __future__ import annotations

import os
import shutil

import pytest

from erp_desktop import i18n
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage.uow import UnitOfWork


@pytest.fixture(autouse=True)
def _english():
    i18n.install_translator(None)
    i18n.set_language("en")
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def _no_blocking_message_boxes(monkeypatch):
    """A message box nobody answers would wait for ever (offscreen there is no one to click).
    In a test that did not replace them, warnings and information are noted and answered OK,
    questions are answered No, and an unexpected-error box ("Something went wrong") fails the test."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def note(kind, answer):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, str(text)))
            return answer

        return staticmethod(box)

    ok, no = QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "warning", note("warning", ok))
    monkeypatch.setattr(QMessageBox, "information", note("information", ok))
    monkeypatch.setattr(QMessageBox, "question", note("question", no))
    monkeypatch.setattr(QMessageBox, "critical", note("critical", ok))
    yield
    bugs = [text for kind, text in shown if kind == "critical"]
    assert not bugs, f"an unexpected-error box was shown: {bugs}"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """An empty shop file migrated to head once per test session. Only the schema: reference
    data (chart, virtual locations) and the PC id are made per test, so every shop keeps ids of
    its own, as a real installation does."""
    from erp_desktop.storage import engine as db

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = db.open_engine(path)
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path, migrated_template):
    """A fresh shop file for the test: a copy of the migrated template (opened by ``uow``)."""
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def uow(db_path) -> UnitOfWork:
    shop = open_shop(db_path)
    yield shop
    shop.engine.dispose()


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL test server; fails (not skips) when ERP_REQUIRE_PG=1 and it is missing."""
    url = os.environ.get("ERP_TEST_PG_URL")
    if not url:
        if os.environ.get("ERP_REQUIRE_PG") == "1":
            pytest.fail("ERP_REQUIRE_PG=1 but ERP_TEST_PG_URL is not set")
        pytest.skip("ERP_TEST_PG_URL not set")
    return url


@pytest.fixture
def pg_uow(pg_url):
    """A fresh shop in its own throwaway PostgreSQL database (online mode), dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"erp_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    shop = open_shop(make_url(pg_url).set(database=name).render_as_string(hide_password=False))
    yield shop
    shop.engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def ui_ctx(uow, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.tasks import SyncRunner

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(uow, runner=SyncRunner(), settings=settings)
