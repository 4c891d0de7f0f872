"""The brief's flow end to end, and a property test: random receipts, payments, allocations and
un-allocations keep the trial balance balanced and every subledger equal to its control account."""

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from erp_desktop.errors import UserError
from erp_desktop.models.finance import JournalLine, OpenItem
from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.finance import assert_books_tie_out, delivery, goods_receipt, sales_return


def _ar_account(uow, party_id=None):
    with uow.read() as tx:
        stmt = select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
            JournalLine.account_code == "1122"
        )
        if party_id:
            stmt = stmt.where(JournalLine.party_id == party_id)
        d, c = tx.execute(stmt).one()
        return (d or D(0)) - (c or D(0))


def test_delivery_receipt_allocation_statement_trial_balance(uow):
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("20000"), opening_on=date(2026, 9, 30)
    )
    # the shop delivers: a receivable is raised (sales posts this; here its finance half directly)
    delivery(uow, cid, "1130.00", date(2026, 10, 8), "DN-2026-000001")
    assert fq.list_open_items(uow, kind="receivable", party_id=cid)[0].open == D("1130.00")
    # the customer's bank transfer arrives; the accountant records it in 资金账户 and allocates it
    r = finance.receive_money(
        uow,
        customer_id="C001",
        amount=D("1130"),
        account_id="BANK1",
        on=date(2026, 10, 15),
        method="转账",
        reference="ICBC 20261015-7781",
    )
    item = fq.list_open_items(uow, kind="receivable", party_id=cid, sign=1)[0]
    finance.allocate(uow, credit_item_id=r.open_item_id, choices=[(item.id, D("1130"))], on=date(2026, 10, 15))
    # the receivable clears
    assert fq.list_open_items(uow, kind="receivable", party_id=cid) == []
    # the statement shows it
    stmt = fq.statement(uow, party_kind="customer", party_id=cid, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert [(l.doc_number, l.debit, l.credit, l.balance) for l in stmt.lines] == [
        ("DN-2026-000001", D("1130.00"), D("0.00"), D("1130.00")),
        (r.number, D("0.00"), D("1130.00"), D("0.00")),
    ]
    assert stmt.closing == D("0.00") and stmt.ageing.total == D("0.00")
    # the bank ledger shows the money
    bank = finance.list_money_accounts(uow)[0]
    assert bank.balance == D("21130.00")
    # the trial balance balances, and the receivable ledger agrees with 应收账款 to the cent
    tb = fq.trial_balance(uow, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert tb.balanced
    with uow.read() as tx:
        amounts, allocated = tx.execute(
            select(func.sum(OpenItem.amount), func.sum(OpenItem.allocated)).where(OpenItem.kind == "receivable")
        ).one()
    assert (amounts, allocated) == (D("0.00"), D("0.00"))  # +1130 delivery, −1130 money; allocated +1130 / −1130
    assert _ar_account(uow) == _ar_account(uow, cid) == amounts - allocated == D("0.00")
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


_TEMPLATE: list = []


def _fresh_shop(tmp_path_factory):
    """A migrated empty shop copied from one template file (migrating per example is slow)."""
    import shutil

    if not _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "shop.sqlite3"
        open_shop(path).engine.dispose()
        _TEMPLATE.append(path)
    target = tmp_path_factory.mktemp("prop") / "shop.sqlite3"
    shutil.copy(_TEMPLATE[0], target)
    return open_shop(target)


OPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "deliver",
                "return",
                "receive",
                "receive_auto",
                "gr",
                "pay",
                "pay_auto",
                "alloc_c",
                "alloc_s",
                "unalloc",
                "transfer",
                "expense",
            ]
        ),
        st.integers(0, 1),
        st.integers(1, 200_000),
        st.integers(0, 60),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_random_money_keeps_the_books_tied(tmp_path_factory, ops):
    uow = _fresh_shop(tmp_path_factory)
    try:
        with uow.write() as tx:
            customers = [factories.customer(tx).id for _ in range(2)]
            suppliers = [factories.supplier(tx).id for _ in range(2)]
        accounts = [
            finance.create_money_account(uow, code="BANK", name="bank", opening_balance=D("1000")).id,
            finance.create_money_account(uow, code="CASH", name="cash", kind="cash", allow_negative=True).id,
        ]
        start = date(2026, 1, 1)
        for n, (op, who, cents, day) in enumerate(ops):
            amount = D(cents).scaleb(-2)
            on = start + timedelta(days=day)
            try:
                if op == "deliver":
                    delivery(uow, customers[who], amount, on, f"DN-{n}")
                elif op == "return":
                    sales_return(uow, customers[who], amount, on, f"SR-{n}")
                elif op == "gr":
                    goods_receipt(uow, suppliers[who], amount, on, f"GR-{n}")
                elif op in ("receive", "receive_auto"):
                    finance.receive_money(
                        uow,
                        customer_id=customers[who],
                        amount=amount,
                        account_id=accounts[who],
                        on=on,
                        allocate="auto" if op == "receive_auto" else None,
                    )
                elif op in ("pay", "pay_auto"):
                    finance.pay_money(
                        uow,
                        supplier_id=suppliers[who],
                        amount=amount,
                        account_id=accounts[who],
                        on=on,
                        allocate="auto" if op == "pay_auto" else None,
                    )
                elif op == "alloc_c":
                    finance.auto_allocate_party(uow, kind="receivable", party_id=customers[who], on=on)
                elif op == "alloc_s":
                    finance.auto_allocate_party(uow, kind="payable", party_id=suppliers[who], on=on)
                elif op == "unalloc":
                    rows = [
                        a
                        for a in fq.allocations_for_party(uow, kind="receivable", party_id=customers[who])
                        if not a.reversal and a.undone < a.amount
                    ]
                    if rows:
                        left = rows[0].amount - rows[0].undone
                        finance.unallocate(uow, rows[0].id, amount=min(left, amount), on=on)
                elif op == "transfer":
                    finance.transfer_money(
                        uow, from_account_id=accounts[who], to_account_id=accounts[1 - who], amount=amount, on=on
                    )
                elif op == "expense":
                    finance.record_other(
                        uow, kind="expense", account_id=accounts[who], counter_account="5602", amount=amount, on=on
                    )
            except UserError:
                pass  # refused (e.g. the bank may not go below zero): nothing was written — the checks below prove it
        tb = fq.trial_balance(uow, start=date(2026, 1, 1), end=date(2026, 12, 31))
        assert tb.balanced
        assert_books_tie_out(uow)
        for c in customers:  # per party: the subledger equals 应收账款 for that party
            with uow.read() as tx:
                amounts, allocated = tx.execute(
                    select(func.sum(OpenItem.amount), func.sum(OpenItem.allocated)).where(OpenItem.party_id == c)
                ).one()
            assert (amounts or D(0)) - (allocated or D(0)) == _ar_account(uow, c)
            st_ = fq.statement(uow, party_kind="customer", party_id=c, start=date(2026, 1, 1), end=date(2026, 12, 31))
            assert st_.closing == _ar_account(uow, c) == st_.ageing.total
        balances = {a.id: a.balance for a in finance.list_money_accounts(uow)}
        assert balances[accounts[0]] >= 0
    finally:
        uow.engine.dispose()


def test_real_sales_delivery_then_bank_transfer_clears_it(uow):
    """The same story through the sales service: order → delivery raises the receivable; the
    accountant records the transfer, allocates, the receivable clears; tracking shows it collected."""
    from erp_desktop.services import sales
    from tests.support.sales import ON, make_shop

    shop = make_shop(uow)
    finance.create_money_account(uow, code="BANK1", name="工商银行")
    order = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("10"))], on=ON)
    sales.confirm_order(uow, order.id, expected_version=sales.get_order_view(uow, order.id).version)
    delivery = sales.deliver_order(uow, order.id, on=ON)
    items = fq.list_open_items(uow, kind="receivable", party_id=shop.customer)
    assert [(i.doc_number, i.open) for i in items] == [(delivery.number, D("113.00"))]
    r = finance.receive_money(
        uow,
        customer_id=shop.customer,
        amount=D("113"),
        account_id="BANK1",
        on=ON,
        method="转账",
        allocate=[(items[0].id, D("113"))],
    )
    assert r.allocated == D("113")
    assert fq.list_open_items(uow, kind="receivable", party_id=shop.customer) == []
    view = sales.get_order_view(uow, order.id)
    assert (view.receivable, view.collected) == (D("0.00"), D("113.00"))  # still owed, collected
    st_ = fq.statement(uow, party_kind="customer", party_id=shop.customer, start=ON.replace(day=1), end=ON)
    assert [(l.doc_label, l.balance) for l in st_.lines] == [("Delivery", D("113.00")), ("Receipt of money", D("0.00"))]
    tb = fq.trial_balance(uow, start=ON.replace(day=1), end=ON)
    assert tb.balanced
    assert _ar_account(uow, shop.customer) == D("0.00")
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
