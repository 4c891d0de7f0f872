"""A serial sold on two offline PCs: each PC alone refuses a second sale of it, the merge keeps
both sales (ledgers are a union) and raises an alert naming the serial, like negative stock."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from erp_desktop.models.stock import LotBalance
from erp_desktop.services import sales
from erp_desktop.services.ledger.lots import LotInput, lot_id
from erp_desktop.services.sales import DeliveryLineInput, LineInput
from erp_desktop.services.sync import engine as sync
from tests.support import factories as f

from .helpers import ON, assert_same


def _receive_serial(uow, product, bin_id, number):
    from erp_desktop.services import purchasing
    from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput

    with uow.write() as tx:
        supplier = f.supplier(tx, "S-SN").id
    order = purchasing.create_order(
        uow, supplier_id=supplier, on=ON, lines=[OrderLineInput(product, Decimal(1), Decimal("900"))]
    )
    purchasing.confirm_order(uow, order.id)
    line = purchasing.get_order_detail(uow, order.id).lines[0].id
    purchasing.receive_order(
        uow, order.id, on=ON, location_id=bin_id, lines=[ReceiveLineInput(line, Decimal(1), (LotInput(number),))]
    )


def _sell(uow, product, customer, number):
    order = sales.create_order(
        uow, customer_id=customer, on=ON, lines=[LineInput(product, Decimal(1), Decimal("1500"))]
    )
    sales.confirm_order(uow, order.id)
    line = sales.get_order_view(uow, order.id).lines[0].id
    return sales.deliver_order(
        uow, order.id, on=ON, lines=[DeliveryLineInput(line, Decimal(1), lots=(LotInput(number),))]
    )


def test_the_same_serial_sold_on_two_offline_pcs_raises_an_alert(pcs, server_url):
    import pytest

    from erp_desktop.errors import ValidationError

    a, b = pcs.new("a"), pcs.new("b")
    with a.write() as tx:
        phone = f.product(tx, "PHONE", name="手机", serial_tracked=True, warranty_days=365)
        _, (bin_,) = f.warehouse(tx, "W-SN")
        c = f.customer(tx, "C-SN")
        product, bin_id, customer = phone.id, bin_.id, c.id
    _receive_serial(a, product, bin_id, "IMEI-1")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    _sell(a, product, customer, "IMEI-1")
    _sell(b, product, customer, "IMEI-1")
    with pytest.raises(ValidationError, match="not in stock"):  # each PC alone refuses a second sale
        _sell(b, product, customer, "IMEI-1")
    sync.sync_now(a, server_url)
    result = sync.sync_now(b, server_url)
    assert any("IMEI-1" in alert for alert in result.alerts), result.alerts
    sync.sync_now(a, server_url)
    for uow in (a, b):
        kinds = sorted(x.kind for x in sync.list_alerts(uow))
        assert kinds == ["negative_stock", "serial_sold_twice"]
        with uow.read() as tx:
            assert tx.scalar(select(LotBalance.qty).where(LotBalance.lot_id == lot_id(product, "IMEI-1"))) == Decimal(
                -1
            )
    assert_same(a, b)
