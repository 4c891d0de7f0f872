"""Shared fixtures: a fresh shop database per test, a unit of work, a UI context."""
from __future__ import annotations

import os

import pytest

from erp_desktop import i18n
from erp_desktop.services.setup import open_shop
from erp_desktop.services.uow import UnitOfWork


@pytest.fixture(autouse=True)
def _english():
    i18n.install_translator(None)
    i18n.set_language("en")
    yield
    i18n.install_translator(None)
    i18n.set_language("en")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "shop.sqlite3"


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
def ui_ctx(uow, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.tasks import SyncRunner

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(uow, runner=SyncRunner(), settings=settings)
