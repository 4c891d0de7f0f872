"""The sale flow's steps read and write in a fixed number of statements, whatever the number of
lines (DESIGN.md §5 ``sale_flow_ms``): an order's products, prices and costs are read once for
all its lines, a delivery picks the bins of all its lines at once, a receipt allocated to chosen
deliveries locks and reads them once. The rows written below the ORM are stamped for sync."""

from __future__ import annotations

from contextlib import contextmanager
from decimal import Decimal as D

from sqlalchemy import event, select, text

from erp_desktop.models.finance import OpenItem
from erp_desktop.services import finance, sales
from tests.support import factories
from tests.support.sales import ON, assert_books_tie_out


@contextmanager
def statements(uow):
    """Every statement SQLite runs meanwhile (the prepared ones bypass SQLAlchemy's events)."""
    seen: list[str] = []

    def trace(dbapi_connection, _record, _proxy):
        dbapi_connection.set_trace_callback(seen.append)

    event.listen(uow.engine, "checkout", trace)
    try:
        yield seen
    finally:
        event.remove(uow.engine, "checkout", trace)


def _selects(seen: list[str]) -> int:
    return sum(1 for s in seen if s.lstrip().upper().startswith("SELECT"))


def _shop(uow, n_products: int):
    with uow.write() as tx:
        _w, (bin1, bin2) = factories.warehouse(tx, "W1", bins=("A-01", "A-02"))
        products = []
        for i in range(n_products):
            p = factories.product(tx, f"P{i:03d}", price="10", cost="6", tax="0.13")
            factories.opening_stock(tx, p, bin1 if i % 2 else bin2, "100", "6")
            products.append(p.id)
        customer = factories.customer(tx, "C001", payment_terms_days=30)
        customer_id, warehouse_id = customer.id, _w.id
    account = finance.create_money_account(uow, code="BANK1", name="bank").id
    return products, customer_id, warehouse_id, account


def _flow_reads(uow, products, customer, warehouse, account) -> list[int]:
    lines = [sales.LineInput(p, D(2)) for p in products]
    counts = []
    with statements(uow) as seen:
        order = sales.create_order(uow, customer_id=customer, lines=lines, on=ON)
        counts.append(_selects(seen))
        seen.clear()
        order = sales.confirm_order(uow, order.id, expected_version=order.version)
        counts.append(_selects(seen))
        seen.clear()
        delivery = sales.deliver_order(uow, order.id, on=ON, warehouse_id=warehouse, expected_version=order.version)
        counts.append(_selects(seen))
        with uow.read() as tx:
            item_id, amount = tx.execute(
                select(OpenItem.id, OpenItem.amount).where(OpenItem.doc_id == delivery.id)
            ).one()
        seen.clear()
        finance.receive_money(
            uow, customer_id=customer, amount=amount, account_id=account, on=ON, allocate=[(item_id, amount)]
        )
        counts.append(_selects(seen))
    return counts


def test_each_step_reads_as_much_for_six_lines_as_for_one(uow):
    products, customer, warehouse, account = _shop(uow, 6)
    _flow_reads(uow, products[:1], customer, warehouse, account)  # warm: sequences, caches
    one = _flow_reads(uow, products[:1], customer, warehouse, account)
    six = _flow_reads(uow, products, customer, warehouse, account)
    assert six == one, f"order, confirm, deliver, receipt SELECTs: 1 line {one}, 6 lines {six}"
    assert_books_tie_out(uow)


def test_rows_of_a_new_order_and_a_receipt_are_stamped_for_sync(uow):
    products, customer, warehouse, account = _shop(uow, 2)
    with uow.read() as tx:
        floor = tx.execute(text("SELECT COALESCE(MAX(hlc), 0) FROM sales_order_line")).scalar()
    _flow_reads(uow, products, customer, warehouse, account)
    with uow.read() as tx:
        for table in ("sales_order", "sales_order_line", "money_txn", "money_move", "allocation"):
            rows = tx.execute(
                text(f"SELECT hlc, origin_pc, created_at IS NOT NULL FROM {table} WHERE hlc > :floor"), {"floor": floor}
            ).all()
            assert rows and all(hlc > 0 and pc == uow.pc_id and stamped for hlc, pc, stamped in rows), table
        # the receipt's open item and the delivery's are both fully allocated, the account holds it
        items = tx.execute(text("SELECT doc_type, amount, allocated FROM open_item ORDER BY doc_type")).all()
        assert [(t, a == al) for t, a, al in items] == [("DN", True), ("RC", True)]
