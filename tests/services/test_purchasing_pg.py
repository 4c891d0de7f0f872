"""The purchasing flow on PostgreSQL (online mode): approval, partial receipt, return, verify."""

from __future__ import annotations

from datetime import date

from erp_desktop.services import purchasing
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput, ReturnLineInput, reorder
from erp_desktop.services.system import verify
from tests.support import factories as f
from tests.support.purchasing import D, actor, quote, rule


def test_purchasing_on_postgresql(pg_uow):
    uow = pg_uow
    with uow.write() as tx:
        tea = f.product(tx, "TEA", reorder_point="500")
        sup = f.supplier(tx, "S1", grade="C")
        wh, (a1,) = f.warehouse(tx, "W1")
        quote(tx, sup, tea, "5.00")
        tea, sup, a1 = tea.id, sup.id, a1.id
    rule(uow, grades=("C",), role="accountant")
    ref = purchasing.create_order(uow, supplier_id=sup, on=date(2026, 3, 2), lines=[OrderLineInput(tea, D("100"))])
    purchasing.submit_order(uow, ref.id)
    assert purchasing.approve_order(actor(uow, "amy", "accountant"), ref.id).state == "confirmed"
    line = purchasing.get_order_detail(uow, ref.id).lines[0]
    receipt = purchasing.receive_order(
        uow, ref.id, on=date(2026, 3, 3), location_id=a1, lines=[ReceiveLineInput(line.id, D("60"))]
    )
    assert (receipt.gross_total, receipt.order_state) == (D("339.00"), "partly_received")
    rline = purchasing.get_receipt_detail(uow, receipt.id).lines[0]
    back = purchasing.return_to_supplier(
        uow, receipt.id, on=date(2026, 3, 4), lines=[ReturnLineInput(rline.id, D("7"))]
    )
    assert back.gross_total == D("39.55")
    [s] = reorder.suggest_reorder(uow, today=date(2026, 3, 5))
    assert s.qty == D("500") - D("53") - D("47")
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
