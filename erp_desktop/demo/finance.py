"""Demo step for money (after purchases and sales, whose documents it settles): a cash box, the
shop's bank account and a WeChat collection account with opening balances; customers paying for
their deliveries (in full at the counter or by transfer, some in part, some still owing); the
suppliers' goods receipts paid by transfer (a few left open, large payments approved by the owner
on entry); rent, utilities and wages; cash taken to the bank; and a receipt entered against the
wrong customer, reversed (冲销) and entered again — all through the finance services, in date
order, so every account's running balance stays above zero and the books tie out.

``demo_finance`` returns what it made (``FinanceDemo``) so tests can check the balances against
the documents' own amounts.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import select

from erp_desktop.demo import demo_today, register_step
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.money import ZERO, money
from erp_desktop.services.finance import allocation as finance_alloc
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.finance.queries import list_open_items
from erp_desktop.services.ledger.journal import Accounts
from erp_desktop.services.system import approvals
from erp_desktop.storage.uow import Actor, UnitOfWork

CASH, BANK, WECHAT = "XJ01", "YH01", "WX01"
PAYMENT_RULE = ("大额付款需老板审批", Decimal("5000"))
RESERVE = Decimal("1000")  # the bank keeps at least this (plus the expenses still to pay) when paying suppliers
RENT, WAGES_SALES, WAGES_ADMIN = Decimal("2800.00"), Decimal("4200.00"), Decimal("2600.00")


@dataclass(frozen=True)
class Made:
    """One money document the step made: the service's result and the accounts it touched."""

    result: finance_money.MoneyTxnResult
    account: str  # money account code
    to_account: str = ""  # transfers
    reversal_of: uuid.UUID | None = None


@dataclass
class FinanceDemo:
    accounts: dict[str, finance_money.MoneyAccountRow] = field(default_factory=dict)  # as created (opening balance)
    made: list[Made] = field(default_factory=list)
    mistaken: uuid.UUID | None = None  # the receipt entered against the wrong customer
    reversal: uuid.UUID | None = None  # … and its reversal
    skipped_payments: int = 0  # goods receipts left unpaid for want of money or approval


@dataclass(frozen=True)
class _Event:
    on: date
    seq: int
    run: Callable[[], None]
    bank_out: Decimal = ZERO  # a fixed expense from the bank (kept in reserve until it is paid)


@register_step("finance", order=65)
def demo_finance_step(uow: UnitOfWork, rng: random.Random) -> None:
    demo_finance(uow, rng)


def demo_finance(uow: UnitOfWork, seed: int | random.Random = 1) -> FinanceDemo:
    rng = seed if isinstance(seed, random.Random) else random.Random(f"{seed}:finance")
    done = FinanceDemo()
    receivables = list_open_items(uow, kind="receivable")
    payables = list_open_items(uow, kind="payable")
    with uow.read() as tx:
        tiers = dict(tx.execute(select(Customer.id, Customer.tier)).all())
        codes = dict(tx.execute(select(Customer.id, Customer.code)).all())
        grades = {s.id: (s.code, s.grade or "", s.payment_terms_days or 30) for s in tx.scalars(select(Supplier))}
    clerk = uow.as_actor(Actor(username="王会计", role="accountant"))
    earliest = min([r.on for r in receivables + payables] + [demo_today() - timedelta(days=90)])
    opening_on = earliest.replace(day=1) - timedelta(days=1)
    bank_no = "".join(str(rng.randint(0, 9)) for _ in range(19))
    accounts: tuple[tuple[str, str, str, Decimal, dict[str, Any]], ...] = (
        (CASH, "现金", "cash", Decimal("5000.00"), {}),
        (
            BANK,
            "工商银行基本户",
            "bank",
            Decimal("80000.00"),
            {"bank_name": "中国工商银行杭州文三路支行", "account_no": bank_no},
        ),
        (WECHAT, "微信收款", "bank", ZERO, {"bank_name": "微信支付商户号"}),
    )
    for code, name, kind, opening, extra in accounts:
        done.accounts[code] = finance_money.create_money_account(
            clerk, code=code, name=name, kind=kind, opening_balance=opening, opening_on=opening_on, **extra
        )
    balance = {code: row.balance for code, row in done.accounts.items()}
    approvals.save_rule(
        uow, approvals.ApprovalRuleRow(None, "payment", PAYMENT_RULE[0], PAYMENT_RULE[1], (), (), "owner", False)
    )

    # a return is first set off against the delivery or goods receipt it came from
    for kind, rows in (("receivable", receivables), ("payable", payables)):
        for party in sorted({r.party_id for r in rows if r.open < ZERO}, key=str):
            on = max(r.on for r in rows if r.party_id == party and r.open < ZERO)
            finance_alloc.auto_allocate_party(clerk, kind=kind, party_id=party, on=on)
    receivables = list_open_items(uow, kind="receivable", sign=1)
    payables = list_open_items(uow, kind="payable", sign=1)

    events: list[_Event] = []

    def add(on: date, run: Callable[[], None], bank_out: Decimal = ZERO) -> None:
        events.append(_Event(min(on, demo_today()), len(events), run, bank_out))

    def record(
        result: finance_money.MoneyTxnResult,
        account: str,
        signed: Decimal,
        *,
        to_account: str = "",
        reversal_of: uuid.UUID | None = None,
    ) -> None:
        done.made.append(Made(result, account, to_account, reversal_of))
        balance[account] += signed
        if to_account:
            balance[to_account] -= signed

    # --- customers: most pay, some in part, some still owe -----------------------------------
    by_customer: dict[uuid.UUID, list] = defaultdict(list)
    for row in receivables:
        by_customer[row.party_id].append(row)
    customers = sorted(by_customer, key=lambda c: codes.get(c, ""))
    fates = {c: rng.choices(("paid", "part", "owing"), weights=(6, 3, 1))[0] for c in customers}
    if len(customers) >= 3:  # every kind at least once, so statements and ageing show each
        for fate, pick in (("paid", customers[0]), ("owing", customers[-1]), ("part", customers[len(customers) // 2])):
            if fate not in fates.values():
                fates[pick] = fate
    receipts: list[tuple[date, uuid.UUID, Decimal, str]] = []  # (on, customer, amount, method)
    for customer in customers:
        items = sorted(by_customer[customer], key=lambda r: (r.on, r.doc_number))
        owed = sum((r.open for r in items), ZERO)
        counter = tiers.get(customer) == "零售"
        if fates[customer] == "paid" and counter:  # paid at the counter, each delivery when it left
            for r in items:
                receipts.append((r.on, customer, r.open, rng.choice(("现金", "现金", "微信"))))
        elif fates[customer] == "paid":
            receipts.append((items[-1].on + timedelta(days=rng.randint(2, 7)), customer, owed, "转账"))
        elif fates[customer] == "part":
            share = owed * Decimal(rng.choice(("0.4", "0.5", "0.6")))
            amount = (
                share.quantize(Decimal("10"), ROUND_DOWN)
                if share >= 100
                else money(share.quantize(Decimal("0.01"), ROUND_DOWN))
            )
            if amount > ZERO:
                receipts.append(
                    (
                        items[-1].on + timedelta(days=rng.randint(1, 5)),
                        customer,
                        amount,
                        rng.choice(("微信", "转账")) if counter else "转账",
                    )
                )
    account_of = {"现金": CASH, "转账": BANK, "微信": WECHAT}
    owing = [c for c in customers if fates[c] == "owing"]
    by_bank = [i for i, (_on, _c, _a, method) in enumerate(receipts) if method == "转账"] or list(range(len(receipts)))
    mistake = rng.choice(by_bank) if by_bank and owing else None
    for i, (on, customer, amount, method) in enumerate(receipts):

        def receive(customer=customer, amount=amount, method=method, on=min(on, demo_today()), wrong=i == mistake):
            account = account_of[method]
            reference = f"工行回单{rng.randint(1000, 9999)}" if method == "转账" else ""
            if wrong:  # entered against the wrong customer, reversed the same day, entered again
                bad = finance_money.receive_money(
                    clerk,
                    customer_id=owing[0],
                    amount=amount,
                    account_id=account,
                    on=on,
                    method=method,
                    reference=reference,
                    allocate="auto",
                )
                record(bad, account, amount)
                back = finance_money.reverse_money_txn(clerk, bad.id, on=on, memo="客户选错，冲销")
                record(back, account, -amount, reversal_of=bad.id)
                done.mistaken, done.reversal = bad.id, back.id
            made = finance_money.receive_money(
                clerk,
                customer_id=customer,
                amount=amount,
                account_id=account,
                on=on,
                method=method,
                reference=reference,
                allocate="auto",
            )
            record(made, account, amount)

        add(on, receive)

    # --- fixed costs: rent on the 1st, wages on the 10th (for the month before), utilities on the 15th
    costs: list[
        tuple[date, str, str, Decimal, str, str]
    ] = []  # (on, money account, expense account, amount, method, memo)
    month = opening_on + timedelta(days=1)
    while month <= demo_today():
        last = (month - timedelta(days=1)).month
        if month >= demo_today() - timedelta(days=90):
            utilities = Decimal(rng.randint(320, 680)) + Decimal(rng.randint(0, 99)) / 100
            costs += [
                (month, BANK, Accounts.ADMIN_EXPENSE, RENT, "转账", f"{month.month}月房租"),
                (month + timedelta(days=14), CASH, Accounts.ADMIN_EXPENSE, utilities, "现金", f"{last}月水电费"),
            ]
        if month >= demo_today() - timedelta(days=60):
            costs += [
                (
                    month + timedelta(days=9),
                    BANK,
                    Accounts.SELLING_EXPENSE,
                    WAGES_SALES,
                    "转账",
                    f"{last}月销售人员工资",
                ),
                (month + timedelta(days=9), BANK, Accounts.ADMIN_EXPENSE, WAGES_ADMIN, "转账", f"{last}月管理人员工资"),
            ]
        month = (month + timedelta(days=32)).replace(day=1)
    for on, account, expense_account, amount, method, memo in costs:

        def spend(
            on=min(on, demo_today()),
            account=account,
            counter=expense_account,
            amount=amount,
            method=method,
            memo=memo,
        ):
            made = finance_money.record_other(
                clerk,
                kind="expense",
                account_id=account,
                counter_account=counter,
                amount=amount,
                on=on,
                method=method,
                memo=memo,
            )
            record(made, account, -amount)

        add(on, spend, amount if account == BANK else ZERO)

    # --- cash taken to the bank, once ----------------------------------------------------------
    def deposit(on=demo_today() - timedelta(days=6)):
        amount = ((balance[CASH] - Decimal(2000)) / 100).quantize(Decimal(1), ROUND_DOWN) * 100
        if amount >= 500:
            made = finance_money.transfer_money(
                clerk, from_account_id=CASH, to_account_id=BANK, amount=amount, on=on, memo="现金存入银行"
            )
            record(made, CASH, -amount, to_account=BANK)

    add(demo_today() - timedelta(days=6), deposit)

    # --- suppliers: goods receipts paid by transfer when due, a few left open -----------------
    for row in sorted(payables, key=lambda r: (r.on, r.doc_number)):
        _code, grade, terms = grades.get(row.party_id, ("", "", 30))
        old = (demo_today() - row.on).days > 21
        if rng.random() >= (0.85 if old else 0.3):
            continue
        amount = row.open if rng.random() >= 0.15 else money(row.open / 2)
        on = row.on + timedelta(days=rng.randint(5, min(terms, 30)))

        def pay(row=row, amount=amount, grade=grade, on=min(on, demo_today())):
            later = sum((e.bank_out for e in events if e.on > on), ZERO)
            if balance[BANK] - amount < later + RESERVE:
                done.skipped_payments += 1
                return
            who = _payer(uow, clerk, amount, grade)
            if who is None:
                done.skipped_payments += 1
                return
            made = finance_money.pay_money(
                who,
                supplier_id=row.party_id,
                amount=amount,
                account_id=BANK,
                on=on,
                method="转账",
                reference=f"网银{rng.randint(100000, 999999)}",
                memo=f"付{row.doc_number}货款",
                allocate=[(row.id, amount)],
            )
            record(made, BANK, -amount)

        add(on, pay)

    for event in sorted(events, key=lambda e: (e.on, e.seq)):
        event.run()
    return done


def _payer(uow: UnitOfWork, clerk: UnitOfWork, amount: Decimal, grade: str) -> UnitOfWork | None:
    """Who enters a payment so the approval rules are met on entry: the accountant when no rule
    (or only an accountant's) applies, the owner when the owner must approve; None when no one
    person may (e.g. a rule that the creator may not approve)."""
    with uow.read() as tx:
        facts = approvals.ApprovalFacts(amount=amount, party_grade=grade, created_by=clerk.actor.username)
        rules = approvals.rules_for(tx, "payment", facts)
    roles = {r.approver_role for r in rules}
    if any(r.not_creator for r in rules) or len(roles) > 1:
        return None
    if not roles or roles == {clerk.actor.role}:
        return clerk
    if roles != {"owner"}:
        return None
    return uow if uow.actor.role == "owner" else uow.as_actor(Actor(username="老板", role="owner"))
