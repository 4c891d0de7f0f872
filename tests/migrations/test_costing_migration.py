"""Revision 0014 (costing) on a shop with data: down to the revision before it and back up — every product keeps the
moving average, the costing tables come back empty, and the shop still verifies."""

from __future__ import annotations

from decimal import Decimal as D

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import engine as db
from tests.support import factories as f


def test_costing_revision_down_and_up_with_data(tmp_path):
    path = tmp_path / "shop.sqlite3"
    uow = open_shop(path)
    with uow.write() as tx:
        tea = f.product(tx, "TEA", cost="2")
        _wh, (bin1,) = f.warehouse(tx, "W1")
        f.opening_stock(tx, tea, bin1, "5", "2")
    uow.engine.dispose()

    engine = db.make_engine(db.db_url(path))
    config = db.alembic_config(engine)
    before = ScriptDirectory.from_config(config).get_revision("0014").down_revision  # wherever the chain puts it
    command.downgrade(config, str(before))
    tables = set(inspect(engine).get_table_names())
    assert not {"cost_layer", "stock_revaluation", "landed_cost", "landed_cost_line"} & tables
    assert "costing_method" not in {c["name"] for c in inspect(engine).get_columns("product")}
    assert db.upgrade(engine, keep_backup=False) is True
    with engine.connect() as conn:
        assert conn.execute(text("SELECT code, costing_method FROM product")).all() == [("TEA", "average")]
        assert conn.execute(text("SELECT count(*) FROM cost_layer")).scalar() == 0
    engine.dispose()

    uow = open_shop(path)
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
    with uow.read() as tx:
        assert tx.execute(text("SELECT value FROM product_cost")).scalar() == int(D("10.00") * 100)
    uow.engine.dispose()
