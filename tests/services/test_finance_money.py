"""Money accounts, receipts, payments, transfers, other income/expense: amounts, journal, items."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import Duplicate, NotFound, PeriodClosed, ValidationError
from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.models.payments import MoneyMove, MoneyTxn
from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from tests.support import factories
from tests.support.finance import assert_books_tie_out, goods_receipt


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


def _lines(uow, number):
    with uow.read() as tx:
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_number == number))
        return sorted((l.account_code, l.debit, l.credit) for l in entry.lines)


def test_accounts_get_sub_accounts_and_opening_entry(uow, shop):
    _, _, bank, cash = shop
    assert (bank.gl_code, cash.gl_code) == ("100201", "100101")
    assert bank.balance == D("1000.00") and cash.balance == D("0")
    with uow.read() as tx:
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_type == "OB"))
        assert sorted((l.account_code, l.debit, l.credit) for l in entry.lines) == [
            ("100201", D("1000.00"), D("0")),
            ("3999", D("0"), D("1000.00")),
        ]
    with pytest.raises(Duplicate):
        finance.create_money_account(uow, code="BANK1", name="again")
    assert_books_tie_out(uow)


def test_receipt_posts_bank_against_receivable_and_raises_a_credit_item(uow, shop):
    cid, _, bank, _ = shop
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("1130"), account_id=bank.id, on=date(2026, 10, 20), reference="工行回单 889"
    )
    assert r.number == "RC-2026-000001" and r.allocated == D("0")
    assert _lines(uow, r.number) == [("100201", D("1130.00"), D("0")), ("1122", D("0"), D("1130.00"))]
    items = fq.list_open_items(uow, kind="receivable", party_id=cid)
    assert [(i.doc_number, i.amount, i.open) for i in items] == [("RC-2026-000001", D("-1130.00"), D("-1130.00"))]
    assert finance.list_money_accounts(uow)[0].balance == D("2130.00")
    assert_books_tie_out(uow)


def test_receipt_refused_cleanly(uow, shop):
    cid, _, bank, _ = shop
    for bad in ("0", "-5", "1.005"):
        with pytest.raises(ValidationError):
            finance.receive_money(uow, customer_id=cid, amount=D(bad), account_id=bank.id, on=date(2026, 10, 1))
    with pytest.raises(NotFound):
        finance.receive_money(uow, customer_id="NOPE", amount=D("1"), account_id=bank.id, on=date(2026, 10, 1))
    finance.close_period(uow, 2026, 9)
    with pytest.raises(PeriodClosed):
        finance.receive_money(uow, customer_id=cid, amount=D("10"), account_id=bank.id, on=date(2026, 9, 15))
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(MoneyTxn).where(MoneyTxn.kind == "receipt")) == 0
        assert tx.scalar(select(func.count()).select_from(OpenItem)) == 0


def test_payment_below_zero_refused_unless_allowed(uow, shop):
    _, sid, bank, cash = shop
    goods_receipt(uow, sid, "800", date(2026, 10, 2), "GR-1")
    with pytest.raises(ValidationError, match="below zero"):
        finance.pay_money(uow, supplier_id=sid, amount=D("1000.01"), account_id=bank.id, on=date(2026, 10, 3))
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(MoneyTxn).where(MoneyTxn.kind == "payment")) == 0
        assert tx.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.doc_type == "PM")) == 0
    r = finance.pay_money(
        uow, supplier_id=sid, amount=D("800"), account_id=bank.id, on=date(2026, 10, 3), allocate="auto"
    )
    assert r.allocated == D("800.00")
    assert _lines(uow, r.number) == [("100201", D("0"), D("800.00")), ("2202", D("800.00"), D("0"))]
    finance.update_money_account(uow, cash.id, allow_negative=True)
    finance.pay_money(uow, supplier_id=sid, amount=D("50"), account_id=cash.id, on=date(2026, 10, 3))
    balances = {a.code: a.balance for a in finance.list_money_accounts(uow)}
    assert balances == {"BANK1": D("200.00"), "CASH": D("-50.00")}
    assert fq.list_open_items(uow, kind="payable", party_id=sid)[0].open == D("-50.00")
    assert_books_tie_out(uow)


def test_transfer_and_other_expense(uow, shop):
    _, _, bank, cash = shop
    t = finance.transfer_money(
        uow, from_account_id="BANK1", to_account_id="CASH", amount=D("400"), on=date(2026, 10, 5)
    )
    assert _lines(uow, t.number) == [("100101", D("400.00"), D("0")), ("100201", D("0"), D("400.00"))]
    e = finance.record_other(
        uow,
        kind="expense",
        account_id="CASH",
        counter_account="5602",
        amount=D("150"),
        on=date(2026, 10, 6),
        memo="房租",
    )
    assert _lines(uow, e.number) == [("100101", D("0"), D("150.00")), ("5602", D("150.00"), D("0"))]
    with pytest.raises(ValidationError, match="own ledger"):
        finance.record_other(
            uow, kind="expense", account_id="CASH", counter_account="1122", amount=D("1"), on=date(2026, 10, 6)
        )
    with pytest.raises(ValidationError):
        finance.transfer_money(uow, from_account_id="CASH", to_account_id="CASH", amount=D("1"), on=date(2026, 10, 6))
    ledger = fq.money_ledger(uow, cash.id, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert [(l.number, l.amount_in, l.amount_out, l.balance) for l in ledger.lines] == [
        (t.number, D("400.00"), D("0.00"), D("400.00")),
        (e.number, D("0.00"), D("150.00"), D("250.00")),
    ]
    assert ledger.closing == D("250.00")
    profit = fq.profit_report(uow, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert (profit.expenses, profit.profit) == (D("150.00"), D("-150.00"))
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(MoneyMove)) == 4  # opening, 2 transfer, expense
    assert_books_tie_out(uow)


def test_payment_needs_approval_over_the_rule(uow, shop):
    from erp_desktop.services.system import approvals
    from erp_desktop.storage.uow import Actor

    _, sid, bank, _ = shop
    approvals.save_rule(
        uow,
        approvals.ApprovalRuleRow(id=None, doc_type="payment", name="big", min_amount=D("500"), approver_role="owner"),
    )
    clerk = uow.as_actor(Actor("wang", "accountant", frozenset({"finance", "post"})))
    with pytest.raises(Exception, match="approv"):
        finance.pay_money(clerk, supplier_id=sid, amount=D("600"), account_id=bank.id, on=date(2026, 10, 3))
    finance.pay_money(clerk, supplier_id=sid, amount=D("100"), account_id=bank.id, on=date(2026, 10, 3))
    finance.pay_money(
        uow, supplier_id=sid, amount=D("600"), account_id=bank.id, on=date(2026, 10, 3)
    )  # the owner enters it
    assert finance.list_money_accounts(uow)[0].balance == D("300.00")
    assert_books_tie_out(uow)
