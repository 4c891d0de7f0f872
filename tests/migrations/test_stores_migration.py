"""Revision 0018 (stores, 多门店) on a shop with a day at the counter: down to the revision before it
and back up — the default store S001 is made (one fixed id) and every shift and ticket is put in
it, so the counter keeps working unchanged and the shop still verifies."""

from __future__ import annotations

from decimal import Decimal as D

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from erp_desktop.models.stores import DEFAULT_STORE_ID
from erp_desktop.services import counter
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import engine as db
from tests.support.counter import ON, make_counter_shop


def test_stores_revision_down_and_up_with_a_counter_day(tmp_path):
    path = tmp_path / "shop.sqlite3"
    uow = open_shop(path)
    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("50"), on=ON)
    counter.sell(uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D("20"))], on=ON)
    uow.engine.dispose()

    engine = db.make_engine(db.db_url(path))
    config = db.alembic_config(engine)
    before = ScriptDirectory.from_config(config).get_revision("0018").down_revision
    command.downgrade(config, str(before))
    assert not {"store", "store_counter", "store_account"} & set(inspect(engine).get_table_names())
    assert "store_id" not in {c["name"] for c in inspect(engine).get_columns("counter_ticket")}
    assert db.upgrade(engine, keep_backup=False) is True
    with engine.connect() as conn:
        assert conn.execute(text("SELECT code, name, warehouse_id, hlc FROM store")).all() == [
            ("S001", "总店", None, 0)
        ]
        for name in ("counter_shift", "counter_ticket"):
            ids = conn.execute(text(f"SELECT DISTINCT store_id FROM {name}")).scalars().all()
            assert ids == [DEFAULT_STORE_ID.hex], name
    engine.dispose()

    uow = open_shop(path)
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
    # and the counter goes on: the same shift, the counter settings' warehouse and accounts
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D("20"))], on=ON
    )
    assert counter.get_store(uow, "S001").is_default and sold.total == D("11.30")
    report = counter.close_shift(uow, counter.current_shift(uow).id, counted_cash=D("72.60"))
    assert report.difference == D("0.00") and report.shift.store == "S001 总店"
    assert all(c.ok for c in verify.run_checks(uow))
    uow.engine.dispose()
