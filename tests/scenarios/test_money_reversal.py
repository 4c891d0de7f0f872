"""冲销 end to end: two real sales deliveries raise receivables, the customer's 1,000 arrives and is
allocated across both, then it turns out to be entered by mistake and is reversed. Everything the
receipt did comes back: the receivables' open amounts, the bank balance, 1122 and the bank's GL
account; the journal keeps both entries and both money documents point at each other."""

from datetime import date
from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.models.payments import Allocation, MoneyMove, MoneyTxn
from erp_desktop.services import finance, sales
from erp_desktop.services.finance import queries as fq
from erp_desktop.services.system import verify
from tests.support.sales import ON, account_balance, make_shop


def _deliver(uow, shop, product, qty: str):
    order = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(product, D(qty))], on=ON)
    sales.confirm_order(uow, order.id, expected_version=sales.get_order_view(uow, order.id).version)
    return order.id, sales.deliver_order(uow, order.id, on=ON)


def test_receipt_allocated_to_two_deliveries_is_reversed_completely(uow):
    shop = make_shop(uow)
    bank = finance.create_money_account(uow, code="BANK1", name="工商银行", opening_balance=D("5000"), opening_on=ON)
    order1, dn1 = _deliver(uow, shop, shop.a, "50")  # 50 × 10.00 + 13 % = 565.00
    order2, dn2 = _deliver(uow, shop, shop.b, "20")  # 20 × 35.00 + 9 % = 763.00
    before_items = [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="receivable", party_id=shop.customer)]
    assert before_items == [(dn1.number, D("565.00")), (dn2.number, D("763.00"))]
    ar_before, bank_gl_before = account_balance(uow, "1122"), account_balance(uow, bank.gl_code)
    assert (ar_before, bank_gl_before) == (D("1328.00"), D("5000.00"))

    received = finance.receive_money(
        uow,
        customer_id=shop.customer,
        amount=D("1000"),
        account_id="BANK1",
        on=ON,
        reference="工行回单 4411",
        allocate="auto",
    )
    assert received.allocated == D("1000.00")
    assert [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="receivable", party_id=shop.customer)] == [
        (dn2.number, D("328.00"))
    ]
    assert sales.get_order_view(uow, order2).collected == D("435.00")
    assert finance.list_money_accounts(uow)[0].balance == D("6000.00")
    assert (account_balance(uow, "1122"), account_balance(uow, bank.gl_code)) == (D("328.00"), D("6000.00"))

    on = date(2026, 3, 12)
    rev = finance.reverse_money_txn(uow, received.id, on=on, memo="录错客户")
    assert rev.number == "RC-2026-000002" and rev.kind == "receipt" and rev.amount == D("1000.00")
    assert rev.allocated == D("1000.00")

    # the customer's receivables are back to what the deliveries raised
    after_items = [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="receivable", party_id=shop.customer)]
    assert after_items == before_items
    assert (sales.get_order_view(uow, order1).collected, sales.get_order_view(uow, order2).collected) == (
        D("0.00"),
        D("0.00"),
    )
    # the bank balance, 1122 and the bank's GL account are back
    assert finance.list_money_accounts(uow)[0].balance == D("5000.00")
    assert account_balance(uow, "1122") == ar_before
    assert account_balance(uow, bank.gl_code) == bank_gl_before

    with uow.read() as tx:
        original = tx.scalar(select(MoneyTxn).where(MoneyTxn.number == received.number))
        reversal = tx.get(MoneyTxn, rev.id)
        # both money documents are linked, both entries are in the journal
        assert (original.reversed_by_id, original.reversal_of_id) == (reversal.id, None)
        assert (reversal.reversal_of_id, reversal.reversed_by_id) == (original.id, None)
        assert (reversal.on, reversal.party_id, reversal.account_id, reversal.memo) == (
            on,
            shop.customer,
            bank.id,
            "录错客户",
        )
        entries = {e.number: e for e in tx.scalars(select(JournalEntry).where(JournalEntry.doc_type == "RC"))}
        first, second = entries[received.entry_number], entries[rev.entry_number]
        assert (first.doc_number, second.doc_number, second.reversal_of_id, second.on) == (
            received.number,
            rev.number,
            first.id,
            on,
        )
        assert sorted((l.account_code, l.debit, l.credit) for l in first.lines) == [
            ("100201", D("1000.00"), D("0.00")),
            ("1122", D("0.00"), D("1000.00")),
        ]
        assert sorted((l.account_code, l.debit, l.credit, l.party_id) for l in second.lines) == [
            ("100201", D("0.00"), D("1000.00"), None),
            ("1122", D("1000.00"), D("0.00"), shop.customer),
        ]
        # the money moves cancel out
        assert sorted(
            m.amount for m in tx.scalars(select(MoneyMove).where(MoneyMove.txn_id.in_([original.id, reversal.id])))
        ) == [D("-1000.00"), D("1000.00")]
        # the original credit and the reversal's debit item close each other
        items = {
            i.doc_number: (i.amount, i.allocated) for i in tx.scalars(select(OpenItem).where(OpenItem.doc_type == "RC"))
        }
        assert items == {received.number: (D("-1000.00"), D("-1000.00")), rev.number: (D("1000.00"), D("1000.00"))}
        # the allocations to the deliveries were undone by rows pointing at them, never deleted
        rows = sorted((a.amount, a.reversal_of_id is not None) for a in tx.scalars(select(Allocation)))
        assert rows == [
            (D("-565.00"), True),
            (D("-435.00"), True),
            (D("435.00"), False),
            (D("565.00"), False),
            (D("1000.00"), False),
        ]

    ledger = fq.money_ledger(uow, bank.id, start=ON, end=on)
    assert [(l.number, l.amount_in, l.amount_out, l.balance, l.status) for l in ledger.lines] == [
        ("OB-2026-000001", D("5000.00"), D("0.00"), D("5000.00"), ""),
        (received.number, D("1000.00"), D("0.00"), D("6000.00"), "Reversed by RC-2026-000002"),
        (rev.number, D("0.00"), D("1000.00"), D("5000.00"), "Reversal of RC-2026-000001"),
    ]
    stmt = fq.statement(uow, party_kind="customer", party_id=shop.customer, start=ON.replace(day=1), end=on)
    assert stmt.closing == D("1328.00")
    assert fq.trial_balance(uow, start=ON.replace(day=1), end=on).balanced
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
