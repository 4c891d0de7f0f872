"""Online mode locks what it changes: four clients (four engines, four units of work) post at the
same moment on one PostgreSQL database, on every posting path, and no limit is ever exceeded,
nothing is booked twice and ``verify`` passes afterwards (issue 20, C1/C2 of the reliability
review)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from erp_desktop.errors import ConcurrencyError, UserError
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.models.payments import Allocation, InvoiceLink, MoneyAccount, MoneyMove, MoneyTxn
from erp_desktop.models.purchasing import PurchaseOrderLine, PurchaseReceipt, PurchaseReceiptLine
from erp_desktop.models.sales import SalesDelivery, SalesDeliveryLine
from erp_desktop.services import finance, inventory, purchasing, sales
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.ledger.stock import on_hand
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import engine as db
from erp_desktop.storage.uow import UnitOfWork
from tests.support import factories as f
from tests.sync.conftest import _pg_base, pg_template, server_url, servers  # noqa: F401  (PostgreSQL fixtures)
from tests.sync.helpers import assert_verified, receive

D = Decimal
ON = date(2026, 11, 2)
N = 4


def _outcome(exc: BaseException) -> str:
    return type(exc).__name__ if isinstance(exc, UserError) else f"CRASH {exc!r}"


def race(clients: list[UnitOfWork], action: Callable[[UnitOfWork, int], object]) -> list[str]:
    """Run ``action`` on every client at once (released together by a barrier); "ok", the
    UserError class name, or "CRASH …" for anything else, per client."""
    barrier = threading.Barrier(len(clients))
    results = [""] * len(clients)

    def run(i: int) -> None:
        barrier.wait()
        try:
            action(clients[i], i)
            results[i] = "ok"
        except BaseException as exc:  # noqa: BLE001  (every outcome is recorded and asserted)
            results[i] = _outcome(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


@pytest.fixture
def online(server_url):  # noqa: F811
    """The shop (online mode: the PostgreSQL database itself) and four clients on it."""
    shop = open_shop(server_url)
    clients = [UnitOfWork(db.make_engine(server_url)) for _ in range(N)]
    yield shop, clients
    for client in clients:
        client.engine.dispose()
    shop.engine.dispose()


def _stocked_shop(shop: UnitOfWork, qty: str = "100"):
    with shop.write() as tx:
        product = f.product(tx, "HOT", price="10", cost="6").id
        wh, (a1, a2) = f.warehouse(tx, "W1", bins=("A-01", "A-02"), policy="forbid")
        customer = f.customer(tx, "C1").id
        supplier = f.supplier(tx, "S1").id
        ids = dict(product=product, wh=wh.id, a1=a1.id, a2=a2.id, customer=customer, supplier=supplier)
    if D(qty):
        receive(shop, ids["product"], ids["a1"], qty)
    return ids


def _sum(shop: UnitOfWork, stmt) -> Decimal:
    with shop.read() as tx:
        return tx.scalar(stmt) or D(0)


# --- money accounts ---------------------------------------------------------------------------
def test_four_payments_of_80_from_an_account_holding_100_only_one_goes_through(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    cash = finance.create_money_account(
        shop, code="CASH2", name="Cash 2", kind="cash", opening_balance=D("100"), opening_on=ON
    )
    results = race(
        clients,
        lambda uow, i: finance.pay_money(uow, supplier_id=ids["supplier"], amount=D("80"), account_id=cash.id, on=ON),
    )
    assert sorted(results) == ["ValidationError"] * 3 + ["ok"], results
    with shop.read() as tx:
        assert tx.get(MoneyAccount, cash.id).balance == D("20.00")
    assert _sum(shop, select(func.sum(MoneyMove.amount)).where(MoneyMove.account_id == cash.id)) == D("20.00")
    assert_verified(shop)


def test_forty_receipts_of_one_yuan_at_once_leave_the_exact_balance(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    bank = finance.create_money_account(shop, code="BANK", name="Bank", kind="bank")
    results: list[str] = []
    for _ in range(10):
        results += race(
            clients,
            lambda uow, i: finance.receive_money(
                uow, customer_id=ids["customer"], amount=D("1.00"), account_id=bank.id, on=ON
            ),
        )
    assert results == ["ok"] * 40, Counter(results)
    with shop.read() as tx:
        assert tx.get(MoneyAccount, bank.id).balance == D("40.00")
        numbers = list(tx.scalars(select(MoneyTxn.number).where(MoneyTxn.kind == "receipt")))
    assert len(numbers) == len(set(numbers)) == 40
    assert_verified(shop)


def test_crosswise_transfers_never_take_an_account_below_zero(online):
    shop, clients = online
    _stocked_shop(shop, "0")
    a = finance.create_money_account(shop, code="A", name="A", kind="cash", opening_balance=D("100"), opening_on=ON)
    b = finance.create_money_account(shop, code="B", name="B", kind="bank", opening_balance=D("100"), opening_on=ON)

    def transfer(uow: UnitOfWork, i: int) -> None:  # two clients A → B, two B → A, at once
        source, target = (a.id, b.id) if i % 2 else (b.id, a.id)
        finance.transfer_money(uow, from_account_id=source, to_account_id=target, amount=D("80"), on=ON)

    outcomes: Counter[str] = Counter()
    for _ in range(5):
        outcomes.update(race(clients, transfer))
    assert set(outcomes) <= {"ok", "ValidationError"}, outcomes
    with shop.read() as tx:
        balances = [tx.get(MoneyAccount, x.id).balance for x in (a, b)]
    assert min(balances) >= 0 and sum(balances) == D("200.00"), balances
    assert_verified(shop)


def test_four_clients_reversing_one_receipt_reverse_it_once(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    bank = finance.create_money_account(shop, code="BANK", name="Bank", kind="bank")
    rc = finance.receive_money(shop, customer_id=ids["customer"], amount=D("50"), account_id=bank.id, on=ON)
    results = race(clients, lambda uow, i: finance.reverse_money_txn(uow, rc.id, on=ON))
    assert sorted(results) == ["InvalidTransition"] * 3 + ["ok"], results
    with shop.read() as tx:
        assert tx.get(MoneyAccount, bank.id).balance == D("0.00")
    assert_verified(shop)


# --- allocation ---------------------------------------------------------------------------------
def _payable(shop: UnitOfWork, ids):
    """A payable of 100.00 (its open item's id)."""
    receive(shop, ids["product"], ids["a1"], "10", "10", supplier_id=ids["supplier"])
    with shop.read() as tx:
        return tx.scalars(select(OpenItem.id).where(OpenItem.doc_type == "TEST-GR", OpenItem.amount > 0)).one()


def test_four_payments_allocated_to_one_payable_never_over_allocate_it(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    bank = finance.create_money_account(
        shop, code="BANK", name="Bank", kind="bank", opening_balance=D("1000"), opening_on=ON
    )
    item = _payable(shop, ids)

    def pay(uow: UnitOfWork, i: int, allocate) -> None:
        finance.pay_money(
            uow, supplier_id=ids["supplier"], amount=D("80"), account_id=bank.id, on=ON, allocate=allocate
        )

    chosen = race(clients, lambda uow, i: pay(uow, i, [(item, D("80"))]))
    assert sorted(chosen) == ["ValidationError"] * 3 + ["ok"], chosen  # 100 open: one 80 fits, then 20 is left
    auto = race(clients, lambda uow, i: pay(uow, i, "auto"))
    assert auto == ["ok"] * 4, auto  # each takes what is still open: 20 in all, then nothing
    with shop.read() as tx:
        fresh = tx.get(OpenItem, item)
        assert fresh.allocated == fresh.amount == D("100.00")
        assert tx.scalar(select(func.sum(Allocation.amount)).where(Allocation.debit_item_id == item)) == D("100.00")
        over = tx.scalar(
            select(func.count()).select_from(OpenItem).where(func.abs(OpenItem.allocated) > func.abs(OpenItem.amount))
        )
    assert over == 0
    assert_verified(shop)


def test_four_clients_allocating_credits_to_one_debit_later_never_over_allocate(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    bank = finance.create_money_account(
        shop, code="BANK", name="Bank", kind="bank", opening_balance=D("1000"), opening_on=ON
    )
    item = _payable(shop, ids)
    credits = [
        finance.pay_money(shop, supplier_id=ids["supplier"], amount=D("60"), account_id=bank.id, on=ON).open_item_id
        for _ in range(N)
    ]
    results = race(clients, lambda uow, i: finance.allocate(uow, credit_item_id=credits[i], on=ON))
    assert results == ["ok"] * 4, results
    with shop.read() as tx:
        assert tx.get(OpenItem, item).allocated == D("100.00")
        assert sum(-tx.get(OpenItem, c).allocated for c in credits) == D("100.00")
    assert_verified(shop)


# --- purchase orders and returns to supplier -----------------------------------------------------------
def _received_order(shop: UnitOfWork, ids, qty: str = "10"):
    po = purchasing.create_order(
        shop,
        supplier_id=ids["supplier"],
        on=ON,
        lines=[purchasing.OrderLineInput(ids["product"], D(qty), price=D("5"))],
    )
    purchasing.confirm_order(shop, po.id)
    return po


def test_four_clients_receiving_one_purchase_order_receive_it_once(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    po = _received_order(shop, ids)
    results = race(clients, lambda uow, i: purchasing.receive_order(uow, po.id, on=ON, location_id=ids["a1"]))
    assert results.count("ok") == 1 and all(r in ("ok", "InvalidTransition", "ValidationError") for r in results), (
        results
    )
    with shop.read() as tx:
        assert (
            tx.scalar(select(func.count()).select_from(PurchaseReceipt).where(PurchaseReceipt.order_id == po.id)) == 1
        )
        assert tx.scalar(select(PurchaseOrderLine.received_qty).where(PurchaseOrderLine.order_id == po.id)) == D("10")
        assert on_hand(tx, ids["product"], ids["a1"]) == D("10")
        payables = tx.scalar(
            select(func.count()).select_from(OpenItem).where(OpenItem.kind == "payable", OpenItem.doc_type == "PR")
        )
    assert payables == 1
    assert_verified(shop)


def test_four_clients_returning_against_one_receipt_never_return_more_than_received(online):
    shop, clients = online
    ids = _stocked_shop(shop, "0")
    po = _received_order(shop, ids)
    receipt = purchasing.receive_order(shop, po.id, on=ON, location_id=ids["a1"])
    with shop.read() as tx:
        line_id = tx.scalar(select(PurchaseReceiptLine.id).where(PurchaseReceiptLine.receipt_id == receipt.id))
    results = race(
        clients,
        lambda uow, i: purchasing.return_to_supplier(
            uow, receipt.id, on=ON, lines=[purchasing.ReturnLineInput(line_id, D("4"))]
        ),
    )
    assert sorted(results) == ["ValidationError"] * 2 + ["ok"] * 2, results  # 4 + 4 of 10; a third 4 is too many
    with shop.read() as tx:
        assert tx.get(PurchaseReceiptLine, line_id).returned_qty == D("8")
        assert tx.scalar(select(PurchaseOrderLine.returned_qty).where(PurchaseOrderLine.order_id == po.id)) == D("8")
        assert on_hand(tx, ids["product"], ids["a1"]) == D("2")
    assert_verified(shop)


# --- sales orders and returns --------------------------------------------------------------------------
def _confirmed_sales_order(shop: UnitOfWork, ids, qty: str):
    ref = sales.create_order(shop, customer_id=ids["customer"], lines=[sales.LineInput(ids["product"], D(qty))], on=ON)
    sales.confirm_order(shop, ref.id)
    return ref


def test_four_clients_delivering_one_sales_order_deliver_it_once(online):
    shop, clients = online
    ids = _stocked_shop(shop, "100")
    order = _confirmed_sales_order(shop, ids, "10")
    results = race(clients, lambda uow, i: sales.deliver_order(uow, order.id, on=ON, warehouse_id=ids["wh"]))
    assert results.count("ok") == 1 and all(r in ("ok", "InvalidTransition", "ValidationError") for r in results), (
        results
    )
    with shop.read() as tx:
        assert tx.scalar(select(func.count()).select_from(SalesDelivery).where(SalesDelivery.order_id == order.id)) == 1
        assert on_hand(tx, ids["product"], ids["a1"]) == D("90")
    assert_verified(shop)


def test_four_clients_returning_against_one_delivery_never_return_more_than_delivered(online):
    shop, clients = online
    ids = _stocked_shop(shop, "100")
    order = _confirmed_sales_order(shop, ids, "5")
    delivery = sales.deliver_order(shop, order.id, on=ON, warehouse_id=ids["wh"])
    with shop.read() as tx:
        line_id = tx.scalar(select(SalesDeliveryLine.id).where(SalesDeliveryLine.delivery_id == delivery.id))
    results = race(
        clients,
        lambda uow, i: sales.return_delivery(uow, delivery.id, on=ON, lines=[sales.ReturnLineInput(line_id, D("2"))]),
    )
    assert sorted(results) == ["ValidationError"] * 2 + ["ok"] * 2, results  # 2 + 2 of 5; a third 2 is too many
    with shop.read() as tx:
        assert tx.get(SalesDeliveryLine, line_id).returned_qty == D("4")
        assert on_hand(tx, ids["product"], ids["a1"]) == D("99")
    assert_verified(shop)


def test_four_clients_invoicing_one_delivery_never_invoice_more_than_it_holds(online):
    shop, clients = online
    ids = _stocked_shop(shop, "100")
    order = _confirmed_sales_order(shop, ids, "10")
    delivery = sales.deliver_order(shop, order.id, on=ON, warehouse_id=ids["wh"])
    with shop.read() as tx:
        gross = tx.scalar(select(OpenItem.amount).where(OpenItem.doc_id == delivery.id))
    link = [finance.InvoiceLinkSpec("DN", delivery.id, gross)]

    def invoice(uow: UnitOfWork, i: int, number: str) -> None:
        finance.register_invoice(
            uow, direction="issued", number=number, on=ON, party_id=ids["customer"], net=gross, tax=D("0"), links=link
        )

    results = race(clients, lambda uow, i: invoice(uow, i, f"INV-{i}"))
    assert sorted(results) == ["ValidationError"] * 3 + ["ok"], results  # one invoice covers it; then 0 left
    link = []
    same = race(clients, lambda uow, i: invoice(uow, i, "SAME-1"))  # one number entered on four PCs at once
    assert sorted(same) in (["ConcurrencyError"] * k + ["Duplicate"] * (3 - k) + ["ok"] for k in range(4)), same
    with shop.read() as tx:
        assert tx.scalar(select(func.sum(InvoiceLink.amount)).where(InvoiceLink.doc_id == delivery.id)) == gross
    assert_verified(shop)


# --- stock documents and counts -------------------------------------------------------------------------
def test_four_clients_posting_one_transfer_post_it_once_and_reverse_it_once(online):
    shop, clients = online
    ids = _stocked_shop(shop, "10")
    doc_id = inventory.save_stock_doc(
        shop,
        None,
        kind="transfer",
        on=ON,
        warehouse_id=ids["wh"],
        lines=[inventory.LineInput(ids["product"], D("6"), from_location_id=ids["a1"], to_location_id=ids["a2"])],
    )
    posted = race(clients, lambda uow, i: inventory.post_stock_doc(uow, doc_id))
    assert sorted(posted) == ["InvalidTransition"] * 3 + ["ok"], posted
    with shop.read() as tx:
        assert [on_hand(tx, ids["product"], ids[b]) for b in ("a1", "a2")] == [D("4"), D("6")]
    reversed_ = race(clients, lambda uow, i: inventory.reverse_stock_doc(uow, doc_id))
    assert sorted(reversed_) == ["InvalidTransition"] * 3 + ["ok"], reversed_
    with shop.read() as tx:
        assert [on_hand(tx, ids["product"], ids[b]) for b in ("a1", "a2")] == [D("10"), D("0")]
        assert tx.scalar(select(func.count()).select_from(StockDoc)) == 2
    assert_verified(shop)


def test_four_clients_posting_one_count_post_it_once(online):
    shop, clients = online
    ids = _stocked_shop(shop, "10")
    count = stock_counts.create_count(shop, warehouse_id=ids["wh"], on=ON, bin_ids=[ids["a1"]])
    stock_counts.set_counted(shop, count.id, ids["product"], ids["a1"], D("7"))
    results = race(clients, lambda uow, i: stock_counts.post_count(uow, count.id))
    assert sorted(results) == ["InvalidTransition"] * 3 + ["ok"], results
    with shop.read() as tx:
        assert on_hand(tx, ids["product"], ids["a1"]) == D("7")
    assert_verified(shop)


def test_four_clients_scanning_into_one_count_lose_no_scan(online):
    shop, clients = online
    ids = _stocked_shop(shop, "10")
    count = stock_counts.create_count(shop, warehouse_id=ids["wh"], on=ON, bin_ids=[ids["a1"]])
    for _ in range(5):
        results = race(clients, lambda uow, i: stock_counts.scan_count(uow, count.id, ids["a1"], "HOT"))
        assert results == ["ok"] * 4, results
    detail = stock_counts.get_count(shop, count.id)
    assert [line.counted_qty for line in detail.lines] == [D("20")]
    stock_counts.post_count(shop, count.id)
    with shop.read() as tx:
        assert on_hand(tx, ids["product"], ids["a1"]) == D("20")
    assert_verified(shop)


# --- numbering ---------------------------------------------------------------------------------------
def test_four_clients_posting_at_once_never_share_a_number(online):
    shop, clients = online
    ids = _stocked_shop(shop, "1000")

    def issue(uow: UnitOfWork, i: int) -> None:
        inventory.create_and_post(
            uow,
            kind="issue",
            reason="other",
            on=ON,
            warehouse_id=ids["wh"],
            lines=[inventory.LineInput(ids["product"], D("1"), from_location_id=ids["a1"])],
        )

    for _ in range(10):
        assert race(clients, issue) == ["ok"] * 4
    with shop.read() as tx:
        numbers = list(tx.scalars(select(StockDoc.number)))
        entries = list(tx.execute(text("SELECT number FROM journal_entry")).scalars())
    assert len(numbers) == len(set(numbers)) == 40
    assert len(entries) == len(set(entries))
    assert_verified(shop)


# --- a deadlock is a message ---------------------------------------------------------------------------
def test_a_deadlock_between_two_clients_is_a_retry_message_not_a_traceback(online):
    shop, clients = online
    _stocked_shop(shop, "0")
    a = finance.create_money_account(shop, code="A", name="A", kind="cash")
    b = finance.create_money_account(shop, code="B", name="B", kind="bank")
    inside = threading.Barrier(2)
    messages: list[str] = []

    def crosswise(uow: UnitOfWork, i: int) -> None:  # row locks taken in opposite orders on purpose
        first, second = (a.id, b.id) if i == 0 else (b.id, a.id)
        try:
            with uow.write() as tx:
                tx.execute(select(MoneyAccount).where(MoneyAccount.id == first).with_for_update())
                inside.wait(30)
                tx.execute(select(MoneyAccount).where(MoneyAccount.id == second).with_for_update())
        except ConcurrencyError as exc:
            messages.append(exc.message)
            raise

    results = race(clients[:2], crosswise)
    assert sorted(results) == ["ConcurrencyError", "ok"], results
    assert messages == [
        "Another user was changing the same records at the same moment: nothing was saved. Try again; it will work now."
    ]


# --- everything at once ------------------------------------------------------------------------------
def test_four_clients_mixing_every_posting_book_no_lost_update_and_no_deadlock(online):
    """Deliveries of two lines in opposite product order, stock issues, receipts and payments
    allocated automatically, reversals of them, all at once: nothing crashes, no client is
    turned away for a deadlock, and every derived figure ties out."""
    import random

    shop, clients = online
    ids = _stocked_shop(shop, "1000")
    with shop.write() as tx:
        second = f.product(tx, "COLD", price="8", cost="5").id
    receive(shop, second, ids["a1"], "1000")
    receive(shop, ids["product"], ids["a1"], "10", "10", supplier_id=ids["supplier"])  # payables to pay
    receive(shop, second, ids["a1"], "10", "10", supplier_id=ids["supplier"])
    bank = finance.create_money_account(
        shop, code="BANK", name="Bank", kind="bank", opening_balance=D("500"), opening_on=ON
    )
    start = threading.Barrier(N)
    outcomes: list[Counter[str]] = [Counter() for _ in range(N)]

    def work(i: int) -> None:
        uow, rng, mine = clients[i], random.Random(i), []
        start.wait()
        for _ in range(12):
            k = rng.random()
            try:
                if k < 0.35:
                    a, b = (ids["product"], second) if i % 2 else (second, ids["product"])
                    ref = sales.create_order(
                        uow,
                        customer_id=ids["customer"],
                        lines=[sales.LineInput(a, D(1)), sales.LineInput(b, D(1))],
                        on=ON,
                    )
                    sales.confirm_order(uow, ref.id)
                    sales.deliver_order(uow, ref.id, on=ON, warehouse_id=ids["wh"])
                elif k < 0.5:
                    inventory.create_and_post(
                        uow,
                        kind="issue",
                        reason="other",
                        on=ON,
                        warehouse_id=ids["wh"],
                        lines=[
                            inventory.LineInput(
                                rng.choice([ids["product"], second]), D("1"), from_location_id=ids["a1"]
                            )
                        ],
                    )
                elif k < 0.7:
                    mine.append(
                        finance.receive_money(
                            uow,
                            customer_id=ids["customer"],
                            amount=D("7.00"),
                            account_id=bank.id,
                            on=ON,
                            allocate="auto",
                        ).id
                    )
                elif k < 0.85:
                    mine.append(
                        finance.pay_money(
                            uow,
                            supplier_id=ids["supplier"],
                            amount=D("9.00"),
                            account_id=bank.id,
                            on=ON,
                            allocate="auto",
                        ).id
                    )
                elif mine:
                    finance.reverse_money_txn(uow, mine.pop(rng.randrange(len(mine))), on=ON)
                outcomes[i]["ok"] += 1
            except BaseException as exc:  # noqa: BLE001
                outcomes[i][_outcome(exc)] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    total = sum(outcomes, Counter())
    assert set(total) == {"ok"}, total
    with shop.read() as tx:
        over = tx.scalar(
            select(func.count()).select_from(OpenItem).where(func.abs(OpenItem.allocated) > func.abs(OpenItem.amount))
        )
        balance = tx.get(MoneyAccount, bank.id).balance
    assert over == 0
    assert balance == _sum(shop, select(func.sum(MoneyMove.amount)).where(MoneyMove.account_id == bank.id))
    assert_verified(shop)
