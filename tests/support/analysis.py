"""A small trading story for the dashboard/analysis tests, built through the real services.

Shop (tests.sales_support.make_shop): A cost 6 / price 10 / 13 %, B cost 20 / price 35 / 9 %,
100 A and 50 B in W1/A-01, customer C001 (30 days, salesperson Li). Then:
- 2026-02-20 DN1: 4 A → revenue 40.00, cost 24.00, receivable 45.20 (due 03-22)
- 2026-03-10 DN2: 10 A + 2 B → revenue 170.00, cost 100.00, receivable 113.00 + 76.30 = 189.30 (due 04-09)
- 2026-03-11 PO: 20 A at 5.00 from S001, confirmed; 2026-03-12 12 received → payable 67.80
- 2026-03-12 SO3: 5 A confirmed, not delivered (waiting to ship)
- 2026-03-15 SR: 3 A back from DN2 → revenue −30.00, cost −18.00, credit −33.90
- 2026-03-15 RC: 100.00 into bank B1 from C001, allocated oldest first
March: revenue 140.00, cost 82.00, margin 58.00 (41.4 %); February: 40.00 / 24.00.
Receivables: 45.20 + 189.30 − 33.90 − 100.00 = 100.60.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D

from erp_desktop.services import purchasing, sales
from erp_desktop.services.finance import money as finance_money
from tests.support import factories
from tests.support.sales import make_shop


@dataclass
class Story:
    shop: object
    supplier: object
    dn1: object
    dn2: object
    bank: object


def build_story(uow) -> Story:
    shop = make_shop(uow)
    with uow.write() as tx:
        supplier = factories.supplier(tx, "S001", name="好货供应").id
    o1 = sales.create_order(
        uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("4"))], on=date(2026, 2, 20)
    )
    sales.confirm_order(uow, o1.id)
    dn1 = sales.deliver_order(uow, o1.id, on=date(2026, 2, 20))
    o2 = sales.create_order(
        uow,
        customer_id=shop.customer,
        lines=[sales.LineInput(shop.a, D("10")), sales.LineInput(shop.b, D("2"))],
        on=date(2026, 3, 10),
    )
    sales.confirm_order(uow, o2.id)
    dn2 = sales.deliver_order(uow, o2.id, on=date(2026, 3, 10))
    po = purchasing.create_order(
        uow,
        supplier_id=supplier,
        on=date(2026, 3, 11),
        lines=[purchasing.OrderLineInput(shop.a, D("20"), price=D("5.00"), tax_rate=D("0.13"))],
        expected_date=date(2026, 3, 14),
    )
    purchasing.confirm_order(uow, po.id)
    line = purchasing.get_order_detail(uow, po.id).lines[0]
    purchasing.receive_order(
        uow, po.id, on=date(2026, 3, 12), location_id=shop.bin1, lines=[purchasing.ReceiveLineInput(line.id, D("12"))]
    )
    o3 = sales.create_order(
        uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("5"))], on=date(2026, 3, 12)
    )
    sales.confirm_order(uow, o3.id)
    a_line = next(l for l in sales.get_delivery_view(uow, dn2.id).lines if l.product_id == shop.a)
    sales.return_delivery(uow, dn2.id, lines=[sales.ReturnLineInput(a_line.id, D("3"))], on=date(2026, 3, 15))
    bank = finance_money.create_money_account(uow, code="B1", name="Bank")
    finance_money.receive_money(
        uow, customer_id=shop.customer, amount=D("100.00"), account_id=bank.id, on=date(2026, 3, 15), allocate="auto"
    )
    return Story(shop, supplier, dn1, dn2, bank)
