"""reverse_money_txn (冲销) for every kind of money document, and its refusals: each refusal is
proven to write nothing by counting every table's rows before and after."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import InvalidTransition, PeriodClosed, PermissionDenied, ValidationError
from erp_desktop.models.finance import JournalEntry
from erp_desktop.models.payments import MoneyTxn
from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from erp_desktop.storage.uow import Actor
from tests.support import factories
from tests.support.finance import assert_books_tie_out, delivery, goods_receipt
from tests.support.sales import account_balance, count_rows


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        c = factories.customer(tx, "C001", name="张三超市")
        s = factories.supplier(tx, "S001", name="李四批发")
    bank = finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("1000.00"), opening_on=date(2026, 9, 30)
    )
    cash = finance.create_money_account(uow, code="CASH", name="现金", kind="cash")
    return c.id, s.id, bank, cash


def _balances(uow) -> dict[str, D]:
    return {a.code: a.balance for a in finance.list_money_accounts(uow)}


def _refused(uow, exc, match, ref, on):
    before = count_rows(uow)
    with pytest.raises(exc, match=match):
        finance.reverse_money_txn(uow, ref, on=on)
    assert count_rows(uow) == before


def test_refused_twice_as_a_reversal_and_in_a_closed_period_writing_nothing(uow, shop):
    cid, _, bank, _ = shop
    delivery(uow, cid, "300", date(2026, 9, 10), "DN-1")
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("500"), account_id=bank.id, on=date(2026, 9, 20), allocate="auto"
    )
    later = finance.receive_money(uow, customer_id=cid, amount=D("20"), account_id=bank.id, on=date(2026, 10, 5))
    finance.close_period(uow, 2026, 9)
    # a date in a closed month
    _refused(uow, PeriodClosed, "closed period", r.id, date(2026, 9, 30))
    # a date before the document
    _refused(uow, ValidationError, r"before the document it reverses \(2026-10-05\)", later.id, date(2026, 10, 4))
    # a document of a closed month is reversed in an open one
    rev = finance.reverse_money_txn(uow, r.number, on=date(2026, 10, 6))  # by number, as the command line does
    # twice
    _refused(uow, InvalidTransition, f"{r.number} has already been reversed by {rev.number}", r.id, date(2026, 10, 7))
    # the reversal itself
    _refused(uow, InvalidTransition, f"{rev.number} is itself the reversal of {r.number}", rev.id, date(2026, 10, 7))
    assert [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="receivable", party_id=cid)] == [
        (later.number, D("-20.00")),
        ("DN-1", D("300.00")),
    ]  # by due date: DN-1 has 30 days
    assert _balances(uow)["BANK1"] == D("1020.00")
    assert_books_tie_out(uow)


def test_reversal_that_takes_a_cash_account_below_zero_is_refused_unless_allowed(uow, shop):
    cid, sid, _, cash = shop
    r = finance.receive_money(uow, customer_id=cid, amount=D("200"), account_id=cash.id, on=date(2026, 10, 5))
    finance.pay_money(uow, supplier_id=sid, amount=D("150"), account_id=cash.id, on=date(2026, 10, 6))
    before = count_rows(uow)
    with pytest.raises(
        ValidationError,
        match=r"Reversing RC-2026-000001 takes 200.00 out of account 现金, which holds 50.00; "
        r"it may not go below zero",
    ):
        finance.reverse_money_txn(uow, r.id, on=date(2026, 10, 7))
    assert count_rows(uow) == before
    finance.update_money_account(uow, cash.id, allow_negative=True)
    finance.reverse_money_txn(uow, r.id, on=date(2026, 10, 7))
    assert _balances(uow)["CASH"] == D("-150.00")
    assert_books_tie_out(uow)


def test_payment_reversal_puts_the_payable_and_bank_back(uow, shop):
    _, sid, bank, _ = shop
    goods_receipt(uow, sid, "800", date(2026, 10, 2), "GR-1")
    p = finance.pay_money(
        uow, supplier_id=sid, amount=D("800"), account_id=bank.id, on=date(2026, 10, 3), allocate="auto"
    )
    assert fq.list_open_items(uow, kind="payable", party_id=sid) == []
    rev = finance.reverse_money_txn(uow, p.id, on=date(2026, 10, 4))
    assert (rev.number, rev.kind, rev.allocated) == ("PM-2026-000002", "payment", D("800.00"))
    assert [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="payable", party_id=sid)] == [
        ("GR-1", D("800.00"))
    ]
    assert _balances(uow)["BANK1"] == D("1000.00")
    assert (account_balance(uow, "2202"), account_balance(uow, bank.gl_code)) == (D("-800.00"), D("1000.00"))
    assert_books_tie_out(uow)


def test_transfer_and_expense_reversals_mirror_both_sides(uow, shop):
    _, _, bank, cash = shop
    t = finance.transfer_money(
        uow, from_account_id="BANK1", to_account_id="CASH", amount=D("400"), on=date(2026, 10, 5)
    )
    e = finance.record_other(
        uow, kind="expense", account_id="CASH", counter_account="5602", amount=D("150"), on=date(2026, 10, 6)
    )
    # the transfer cannot go back while cash holds only 250 of the 400
    with pytest.raises(ValidationError, match="below zero"):
        finance.reverse_money_txn(uow, t.id, on=date(2026, 10, 7))
    re = finance.reverse_money_txn(uow, e.id, on=date(2026, 10, 7))
    rt = finance.reverse_money_txn(uow, t.id, on=date(2026, 10, 7))
    assert (re.number, rt.number, rt.open_item_id, rt.allocated) == ("OE-2026-000002", "MT-2026-000002", None, D("0"))
    assert _balances(uow) == {"BANK1": D("1000.00"), "CASH": D("0.00")}
    assert account_balance(uow, "5602") == D("0.00")
    profit = fq.profit_report(uow, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert profit.expenses == D("0.00")
    with uow.read() as tx:
        reversal = tx.get(MoneyTxn, rt.id)
        assert (reversal.account_id, reversal.to_account_id) == (bank.id, cash.id)
        lines = tx.scalar(select(JournalEntry).where(JournalEntry.number == rt.entry_number)).lines
        assert sorted((l.account_code, l.debit, l.credit) for l in lines) == [
            ("100101", D("0.00"), D("400.00")),
            ("100201", D("400.00"), D("0.00")),
        ]
    assert_books_tie_out(uow)


def test_reversing_needs_the_finance_permission(uow, shop):
    cid, _, bank, _ = shop
    r = finance.receive_money(uow, customer_id=cid, amount=D("50"), account_id=bank.id, on=date(2026, 10, 5))
    clerk = uow.as_actor(Actor("li", "sales", frozenset({"sales"})))
    before = count_rows(uow)
    with pytest.raises(PermissionDenied):
        finance.reverse_money_txn(clerk, r.id, on=date(2026, 10, 6))
    assert count_rows(uow) == before


def test_reversal_on_postgresql(pg_uow):
    uow = pg_uow
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    finance.create_money_account(uow, code="BANK1", name="工商银行")
    delivery(uow, cid, "600", date(2026, 10, 5), "DN-1")
    delivery(uow, cid, "700", date(2026, 10, 9), "DN-2")
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("1000"), account_id="BANK1", on=date(2026, 10, 15), allocate="auto"
    )
    rev = finance.reverse_money_txn(uow, r.number, on=date(2026, 10, 16))
    assert [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="receivable", party_id=cid)] == [
        ("DN-1", D("600.00")),
        ("DN-2", D("700.00")),
    ]
    assert _balances(uow) == {"BANK1": D("0.00")}
    before = count_rows(uow)
    with pytest.raises(InvalidTransition, match=f"already been reversed by {rev.number}"):
        finance.reverse_money_txn(uow, r.id, on=date(2026, 10, 17))
    assert count_rows(uow) == before
    assert_books_tie_out(uow)
