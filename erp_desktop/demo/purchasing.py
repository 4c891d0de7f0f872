"""Demo purchasing history: approval rules, past orders received (on time and late, in parts), a
return to a supplier, an order waiting for the owner's approval, a late open order and open
requisitions — all through the purchasing services, so the books tie out."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.demo import demo_today, register_step
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Supplier, SupplierQuote
from erp_desktop.models.warehouse import Location, Warehouse
from erp_desktop.services import purchasing
from erp_desktop.services.system import approvals
from erp_desktop.storage.uow import Actor, UnitOfWork


@dataclass(frozen=True)
class _Sup:
    id: uuid.UUID
    lead_time_days: int
    grade: str


@register_step("purchases", order=25)
def demo_purchasing(uow: UnitOfWork, rng: random.Random) -> None:
    with uow.read() as tx:
        suppliers = [
            _Sup(s.id, s.lead_time_days, s.grade) for s in tx.scalars(select(Supplier).order_by(Supplier.code))
        ]
        quotes = {
            s.id: [
                (q.product_id, q.min_qty)
                for q in tx.scalars(  # active products only: nobody buys a discontinued one
                    select(SupplierQuote)
                    .join(Product, Product.id == SupplierQuote.product_id)
                    .where(SupplierQuote.supplier_id == s.id, Product.active.is_(True))
                    .order_by(SupplierQuote.product_id)
                )
            ]
            for s in suppliers
        }
        bins = list(
            tx.scalars(
                select(Location.id)
                .join(Warehouse, Warehouse.id == Location.warehouse_id)
                .where(Warehouse.code == "W01", Location.status == "active")
                .order_by(Location.sort_order)
            )
        )
        grades = {s.id: s.grade for s in suppliers}
    if not suppliers or not bins:
        return
    approvals.save_rule(
        uow,
        approvals.ApprovalRuleRow(
            None, "purchase_order", "大额采购需老板审批", Decimal("100000"), (), (), "owner", False
        ),
    )
    approvals.save_rule(
        uow,
        approvals.ApprovalRuleRow(None, "purchase_order", "C级供应商需会计审核", None, ("C",), (), "accountant", False),
    )
    buyer = uow.as_actor(Actor(username="李采购", role="buyer"))
    accountant = uow.as_actor(Actor(username="王会计", role="accountant"))

    def order(supplier_id, on, expected, k=3):
        picks = quotes.get(supplier_id) or []
        if not picks:
            return None
        lines = []
        for product_id, min_qty in rng.sample(picks, k=min(k, len(picks))):
            qty = max(min_qty, Decimal(rng.choice([24, 36, 48, 60, 100])))
            lines.append(purchasing.OrderLineInput(product_id, qty))
        return purchasing.create_order(buyer, supplier_id=supplier_id, on=on, lines=lines, expected_date=expected)

    def confirm(ref):
        if ref.needs_approval:
            purchasing.submit_order(buyer, ref.id)
            if grades.get(purchasing.get_order_detail(uow, ref.id).supplier_id) == "C":
                purchasing.approve_order(accountant, ref.id, "已核对报价")
            if purchasing.get_order_detail(uow, ref.id).state == "pending":
                purchasing.approve_order(uow, ref.id, "同意")
        else:
            purchasing.confirm_order(buyer, ref.id)

    returned = False
    for month_back in (3, 2, 1):
        for supplier in suppliers:
            if rng.random() < 0.45:
                continue
            on = demo_today() - timedelta(days=30 * month_back + rng.randint(0, 20))
            expected = on + timedelta(days=supplier.lead_time_days)
            ref = order(supplier.id, on, expected)
            if ref is None:
                continue
            confirm(ref)
            arrive = expected + timedelta(days=rng.choice([-1, 0, 0, 1, 3]))
            detail = purchasing.get_order_detail(uow, ref.id)
            location = rng.choice(bins)
            if rng.random() < 0.3:  # in two parts
                first = [purchasing.ReceiveLineInput(l.id, (l.qty / 2).quantize(Decimal(1))) for l in detail.lines]
                purchasing.receive_order(uow, ref.id, on=arrive, location_id=location, lines=first)
                arrive += timedelta(days=rng.randint(2, 6))
            receipt = purchasing.receive_order(uow, ref.id, on=min(arrive, demo_today()), location_id=location)
            if not returned and month_back == 2:
                line = purchasing.get_receipt_detail(uow, receipt.id).lines[0]
                purchasing.return_to_supplier(
                    uow,
                    receipt.id,
                    on=min(arrive + timedelta(days=2), demo_today()),
                    lines=[purchasing.ReturnLineInput(line.id, Decimal(2))],
                    reason="包装破损",
                )
                returned = True
    # an order late on delivery, a big order waiting for the owner, a draft and open requisitions
    late_supplier = next((s for s in suppliers if quotes.get(s.id) and s.grade != "C"), suppliers[0])
    late = order(late_supplier.id, demo_today() - timedelta(days=12), demo_today() - timedelta(days=4), k=2)
    if late is not None:
        confirm(late)
    rich = max(suppliers, key=lambda s: len(quotes.get(s.id) or []))
    if quotes.get(rich.id) and grades.get(rich.id) != "C":
        product_id, _min = quotes[rich.id][0]
        big = purchasing.create_order(
            buyer,
            supplier_id=rich.id,
            on=demo_today() - timedelta(days=1),
            lines=[purchasing.OrderLineInput(product_id, Decimal(3000), Decimal("38.50"))],
            expected_date=demo_today() + timedelta(days=7),
            note="年货备货",
        )
        if big.needs_approval:
            purchasing.submit_order(buyer, big.id)
    order(suppliers[-1].id, demo_today(), demo_today() + timedelta(days=5), k=2)
    clerk = uow.as_actor(Actor(username="张店长", role="sales"))
    for department, k in (("门店", 2), ("办公室", 1)):
        picks = rng.sample([p for s in suppliers for p, _ in quotes.get(s.id) or []], k=k)
        purchasing.create_requisition(
            clerk,
            on=demo_today() - timedelta(days=rng.randint(0, 3)),
            department=department,
            lines=[
                purchasing.RequisitionLineInput(
                    p, Decimal(rng.choice([12, 24, 48])), demo_today() + timedelta(days=10), "库存不足"
                )
                for p in picks
            ],
        )
