"""A full disk or a read-only file gives a clear message and corrupts nothing."""

from decimal import Decimal

import pytest
from sqlalchemy import event, func, select

from erp_desktop.errors import ConcurrencyError
from erp_desktop.models.catalog import Product
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories


def test_disk_full_is_a_clear_message_and_nothing_is_written(uow):
    with uow.write() as tx:
        factories.product(tx, code="KEEP")
    engine = uow.engine
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()
    with pytest.raises(ConcurrencyError, match="disk is full"):
        with uow.write() as tx:
            for n in range(3000):
                tx.add(Product(code=f"FILL{n}", name="x" * 200, sale_price=Decimal("1")))
            tx.flush()
    event.remove(engine, "connect", _limit)
    engine.dispose()
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(Product)) == 1
    assert all(c.ok for c in verify.run_checks(uow))


def test_read_only_file_is_a_clear_message(db_path):
    """A file that can only be read (permissions, a read-only share, a write-protected stick);
    opened read-only by URI because the tests may run as root, who ignores permissions."""
    from erp_desktop.storage import engine as db
    from erp_desktop.storage.uow import UnitOfWork

    open_shop(db_path).engine.dispose()
    engine = db.make_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    uow = UnitOfWork(engine)
    with pytest.raises(ConcurrencyError, match="read-only"):
        with uow.write() as tx:
            factories.product(tx)
    engine.dispose()
    assert all(c.ok for c in verify.run_checks(open_shop(db_path)))
