"""A counter ticket's serials travel with its stock moves: sold at one PC's counter, the other PC
sees the serial gone, the ticket's printout naming it and the serial's history showing the sale;
the same serial sold at both counters offline raises the serial-sold-twice alert on merge."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from erp_desktop.models.stock import LotBalance
from erp_desktop.services import counter, inventory
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.ledger.lots import LotInput, lot_id
from erp_desktop.services.sync import engine as sync
from tests.services.test_counter_lots import buy
from tests.support import factories as f

from .helpers import ON, assert_same


def _sell(uow, product, serial):
    return counter.sell(
        uow,
        lines=[counter.LineInput(product, Decimal(1), lots=(LotInput(serial),))],
        payments=[counter.PaymentInput("cash", Decimal("1500"))],
        on=ON,
    )


def test_counter_serials_sync_and_a_serial_sold_at_two_counters_raises_an_alert(pcs, server_url):
    a, b = pcs.new("a"), pcs.new("b")
    with a.write() as tx:
        phone = f.product(tx, "PHONE", name="手机", price="1500", serial_tracked=True, warranty_days=365)
        warehouse, (bin_,) = f.warehouse(tx, "W-SN")
        product, bin_id, warehouse_id = phone.id, bin_.id, warehouse.id
    with a.write() as tx:
        supplier = f.supplier(tx, "S-SN").id
    buy(a, product, supplier, bin_id, "2", [LotInput("IMEI-1"), LotInput("IMEI-2")], price="900")
    finance_money.create_money_account(a, code="XJ01", name="Cash box", kind="cash")
    settings = counter.CounterSettings(accounts={"cash": "XJ01"}, warehouse_id=warehouse_id)
    counter.save_settings(a, settings)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    for uow in (a, b):
        counter.open_shift(uow, float_amount=Decimal("0"), on=ON)

    sold = _sell(a, product, "IMEI-1")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    assert counter.ticket_view(b, sold.number).lines[0].lots == ("IMEI-1",)
    history = inventory.serial_history(b, "IMEI-1")[0]
    assert history.in_stock == Decimal(0) and any(e.doc_number == sold.number for e in history.events)

    _sell(a, product, "IMEI-2")  # both counters sell IMEI-2 offline
    _sell(b, product, "IMEI-2")
    sync.sync_now(a, server_url)
    result = sync.sync_now(b, server_url)
    assert any("IMEI-2" in alert for alert in result.alerts), result.alerts
    sync.sync_now(a, server_url)
    for uow in (a, b):
        assert "serial_sold_twice" in {x.kind for x in sync.list_alerts(uow)}
        with uow.read() as tx:
            held = tx.scalar(select(LotBalance.qty).where(LotBalance.lot_id == lot_id(product, "IMEI-2")))
        assert held == Decimal(-1)
    assert_same(a, b)
