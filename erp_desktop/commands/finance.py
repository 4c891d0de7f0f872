"""``erp-desktop finance …``: money accounts, receipts, payments, reversals (``finance reverse NUMBER
--on DATE``), allocation, statements, ageing, trial balance, profit and the month-end close, headless."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from ..errors import ValidationError
from ..i18n import tr
from ..money import NotANumber, parse_decimal
from . import add_json, common_options, iso_date, open_uow, print_json, print_table, wants_json


def register(add) -> None:
    parser = add(
        "finance", "finance: money accounts, receipts, payments, allocation, statements, reports, period close", _help
    )
    parser.set_defaults(finance_parser=parser)
    sub = parser.add_subparsers(dest="finance_command", metavar="ACTION")
    common = common_options()

    def cmd(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = cmd("accounts", "list money accounts, or add one with --add", _accounts)
    p.add_argument("--add", metavar="CODE", help="code of a new money account")
    p.add_argument("--name", help="its name")
    p.add_argument("--kind", choices=["bank", "cash"], default="bank")
    p.add_argument("--opening", default="0", help="opening balance")
    p.add_argument("--on", type=_date, help="date of the opening balance (default today)")
    p.add_argument("--allow-negative", action="store_true")
    add_json(p)

    for name, party, help_text in (
        ("receive", "customer", "record money received from a customer"),
        ("pay", "supplier", "record a payment to a supplier"),
    ):
        p = cmd(name, help_text, _receive if name == "receive" else _pay)
        p.add_argument(f"--{party}", required=True, metavar="CODE")
        p.add_argument("--amount", required=True)
        p.add_argument("--account", required=True, metavar="CODE", help="money account code")
        p.add_argument("--on", type=_date, help="date (default today)")
        p.add_argument("--method", default="转账")
        p.add_argument("--reference", default="")
        p.add_argument("--memo", default="")
        p.add_argument("--allocate", default="", help="auto, or document numbers: DN-1[:amount],DN-2…")

    p = cmd(
        "reverse", "reverse (冲销) a receipt, payment, transfer or other income/expense entered by mistake", _reverse
    )
    p.add_argument("number", metavar="NUMBER", help="the money document to reverse, e.g. RC-2026-000001")
    p.add_argument("--on", type=_date, help="date of the reversal (default today)")
    p.add_argument("--memo", default="")

    p = cmd("transfer", "move money between two money accounts", _transfer)
    p.add_argument("--from", dest="source", required=True, metavar="CODE")
    p.add_argument("--to", dest="target", required=True, metavar="CODE")
    p.add_argument("--amount", required=True)
    p.add_argument("--on", type=_date)
    p.add_argument("--memo", default="")

    for name in ("expense", "income"):
        p = cmd(name, f"record other {name} paid from / received into a money account", _other)
        p.add_argument("--account", required=True, metavar="CODE", help="money account code")
        p.add_argument("--gl", required=True, metavar="CODE", help="expense or income account, e.g. 5602")
        p.add_argument("--amount", required=True)
        p.add_argument("--on", type=_date)
        p.add_argument("--memo", default="")
        p.set_defaults(other_kind=name)

    p = cmd("allocate", "allocate a party's money and returns to its open documents", _allocate)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--customer", metavar="CODE")
    group.add_argument("--supplier", metavar="CODE")
    p.add_argument(
        "--credit", metavar="NUMBER", help="the receipt/payment/return to allocate (default: all, oldest first)"
    )
    p.add_argument("--to", metavar="NUMBERS", help="DN-1[:amount],DN-2… (default: oldest first)")
    p.add_argument("--on", type=_date)

    p = cmd(
        "statement",
        "a customer's or supplier's statement for a period (CODE 'all': every one with a balance)",
        _statement,
    )
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--customer", metavar="CODE")
    group.add_argument("--supplier", metavar="CODE")
    p.add_argument("--from", dest="start", type=_date, required=True)
    p.add_argument("--to", dest="end", type=_date, required=True)
    add_json(p)

    p = cmd("ageing", "receivables (or --payables) ageing per party", _ageing)
    p.add_argument("--payables", action="store_true")
    p.add_argument("--as-of", type=_date)
    add_json(p)

    for name, help_text, handler in (
        ("trial-balance", "trial balance for a period (default: this month)", _trial_balance),
        ("profit", "profit report for a period (default: this month)", _profit),
    ):
        p = cmd(name, help_text, handler)
        p.add_argument("--from", dest="start", type=_date, help="YYYY-MM-DD (default: the 1st of this month)")
        p.add_argument("--to", dest="end", type=_date, help="YYYY-MM-DD (default: today)")
        if name == "profit":
            p.add_argument("--store", metavar="CODE", help="cut to one store (多门店)")
            p.add_argument("--by-store", action="store_true", help="one column per store, adding up to the books")
        add_json(p)

    invoice = cmd("invoice", "the invoice registry (发票): register an invoice or list them", _help)
    invoice.set_defaults(finance_parser=invoice)
    inv_sub = invoice.add_subparsers(dest="invoice_command", metavar="ACTION")
    p = inv_sub.add_parser(
        "register",
        parents=[common],
        help="register an invoice issued to a customer or received from a supplier",
        description="register an invoice issued to a customer or received from a supplier",
    )
    p.set_defaults(handler=_invoice_register)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--customer", metavar="CODE", help="an invoice issued to this customer")
    group.add_argument("--supplier", metavar="CODE", help="an invoice received from this supplier")
    p.add_argument("--number", required=True, help="the invoice number")
    p.add_argument("--net", required=True, help="amount before tax")
    p.add_argument("--tax", required=True, help="tax amount")
    p.add_argument("--type", dest="invoice_type", choices=["normal", "special"], default="normal", help="普票 or 专票")
    p.add_argument("--on", type=_date, help="invoice date (default today)")
    p.add_argument(
        "--link",
        action="append",
        default=[],
        metavar="DOC[:AMOUNT]",
        help="a delivery or receipt the invoice covers (default amount: what is not yet invoiced); repeat",
    )
    p.add_argument("--memo", default="")
    p = inv_sub.add_parser(
        "list", parents=[common], help="list registered invoices", description="list registered invoices"
    )
    p.set_defaults(handler=_invoice_list)
    p.add_argument("--received", action="store_true", help="invoices received from suppliers (default: issued)")
    p.add_argument("--from", dest="start", type=_date)
    p.add_argument("--to", dest="end", type=_date)
    add_json(p)
    p = inv_sub.add_parser(
        "uninvoiced",
        parents=[common],
        help="deliveries (or --received: receipts) not fully invoiced",
        description="deliveries (or --received: receipts) not fully invoiced",
    )
    p.set_defaults(handler=_uninvoiced)
    p.add_argument("--received", action="store_true")
    add_json(p)

    _register_accounts_side(cmd, inv_sub, common)

    p = cmd("close", "close a month (YYYY-MM)", _close)
    p.add_argument("month")
    p.add_argument("--note", default="")

    p = cmd("reopen", "re-open the last closed month (owner)", _reopen)
    p.add_argument("month")
    p.add_argument("--reason", required=True)

    from . import books  # vouchers, ledgers, the guided close, statements, bank reconciliation

    books.register(sub, common)


def _help(args) -> int:
    args.finance_parser.print_help()
    return 2


def _date(text: str) -> date:
    return iso_date(text)


def _amount(text: str) -> Decimal:
    try:
        return parse_decimal(text)
    except NotANumber:
        raise ValidationError(tr("Not an amount: {text}", text=text), field="amount") from None


def _m(value: Decimal) -> str:
    return f"{value:,.2f}"


def _period(args) -> tuple[date, date]:
    today = date.today()
    start = args.start or today.replace(day=1)
    end = args.end or max(today, start)
    return start, end


def _accounts(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    if args.add:
        row = finance.create_money_account(
            uow,
            code=args.add,
            name=args.name or args.add,
            kind=args.kind,
            opening_balance=_amount(args.opening),
            opening_on=args.on,
            allow_negative=args.allow_negative,
        )
        print(tr("Money account {code} {name} created on account {gl}.", code=row.code, name=row.name, gl=row.gl_code))
        return 0
    rows = finance.list_money_accounts(uow)
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [tr("Code"), tr("Name"), tr("Kind"), tr("Account"), tr("Balance"), ""],
        [
            [row.code, row.name, row.kind_text, row.gl_code, _m(row.balance), "" if row.active else tr("(inactive)")]
            for row in rows
        ],
        right=[4],
    )
    return 0


def _choices(text: str) -> str | list[tuple[str, Decimal | None]]:
    """'auto' or 'DN-1:100,DN-2' → [(number, amount or None)]; a bare number takes what is open."""
    if not text or text == "auto":
        return text
    result: list[tuple[str, Decimal | None]] = []
    for part in text.split(","):
        number, _, amount = part.strip().partition(":")
        result.append((number.strip(), _amount(amount) if amount else None))
    return result


def _resolve(uow, kind: str, party_code: str, choices, credit_amount: Decimal | None):
    """Bare document numbers (no amount) take what is open on them, in the given order."""
    from erp_desktop.services import finance
    from erp_desktop.services.finance import party_tx

    if not isinstance(choices, list):
        return choices
    with uow.read() as tx:
        party_id = party_tx(tx, "customer" if kind == "receivable" else "supplier", party_code).id
    items = {r.doc_number: r for r in finance.list_open_items(uow, kind=kind, party_id=party_id, sign=1)}
    left = credit_amount
    result = []
    for number, amount in choices:
        row = items.get(number)
        if row is None:
            raise ValidationError(tr("{number} has nothing open for this party.", number=number), field="allocate")
        value = amount if amount is not None else (min(row.open, left) if left is not None else row.open)
        if left is not None:
            left -= value
        result.append((row.id, value))
    return result


def _money_in_or_out(args, direction: str) -> int:
    """``finance receive`` (a customer pays us) or ``finance pay`` (we pay a supplier)."""
    from erp_desktop.services import finance

    uow = open_uow(args)
    amount = _amount(args.amount)
    receiving = direction == "receivable"
    party = args.customer if receiving else args.supplier
    allocate = _resolve(uow, direction, party, _choices(args.allocate), amount)
    common = dict(
        amount=amount,
        account_id=args.account,
        on=args.on or date.today(),
        method=args.method,
        reference=args.reference,
        memo=args.memo,
        allocate=allocate or None,
    )
    if receiving:
        r = finance.receive_money(uow, customer_id=party, **common)
        message = tr(
            "{number}: received {amount}, allocated {allocated}, entry {entry}.",
            number=r.number,
            amount=_m(r.amount),
            allocated=_m(r.allocated),
            entry=r.entry_number,
        )
    else:
        r = finance.pay_money(uow, supplier_id=party, **common)
        message = tr(
            "{number}: paid {amount}, allocated {allocated}, entry {entry}.",
            number=r.number,
            amount=_m(r.amount),
            allocated=_m(r.allocated),
            entry=r.entry_number,
        )
    print(message)
    return 0


def _receive(args) -> int:
    return _money_in_or_out(args, "receivable")


def _pay(args) -> int:
    return _money_in_or_out(args, "payable")


def _reverse(args) -> int:
    from erp_desktop.services import finance

    r = finance.reverse_money_txn(open_uow(args), args.number, on=args.on or date.today(), memo=args.memo)
    print(
        tr(
            "{original} reversed by {number}: {amount}, allocations undone, entry {entry}.",
            original=args.number.strip(),
            number=r.number,
            amount=_m(r.amount),
            entry=r.entry_number,
        )
    )
    return 0


def _transfer(args) -> int:
    from erp_desktop.services import finance

    r = finance.transfer_money(
        open_uow(args),
        from_account_id=args.source,
        to_account_id=args.target,
        amount=_amount(args.amount),
        on=args.on or date.today(),
        memo=args.memo,
    )
    print(tr("{number}: transferred {amount}.", number=r.number, amount=_m(r.amount)))
    return 0


def _other(args) -> int:
    from erp_desktop.services import finance

    r = finance.record_other(
        open_uow(args),
        kind=args.other_kind,
        account_id=args.account,
        counter_account=args.gl,
        amount=_amount(args.amount),
        on=args.on or date.today(),
        memo=args.memo,
    )
    print(tr("{number}: {amount} booked, entry {entry}.", number=r.number, amount=_m(r.amount), entry=r.entry_number))
    return 0


def _allocate(args) -> int:
    from erp_desktop.services import finance
    from erp_desktop.services.finance import party_tx

    uow = open_uow(args)
    kind, party_kind, code = (
        ("receivable", "customer", args.customer) if args.customer else ("payable", "supplier", args.supplier)
    )
    with uow.read() as tx:
        party_id = party_tx(tx, party_kind, code).id
    if not args.credit:
        if args.to:
            raise ValidationError(tr("Name the credit (--credit) to allocate to these documents."), field="credit")
        r = finance.auto_allocate_party(uow, kind=kind, party_id=party_id, on=args.on)
    else:
        credits = {row.doc_number: row for row in finance.list_open_items(uow, kind=kind, party_id=party_id, sign=-1)}
        credit = credits.get(args.credit)
        if credit is None:
            raise ValidationError(tr("{number} has nothing left to allocate.", number=args.credit), field="credit")
        choices = _resolve(uow, kind, code, _choices(args.to), -credit.open) if args.to else None
        r = finance.allocate(uow, credit_item_id=credit.id, choices=choices, on=args.on)
    print(tr("Allocated {amount} in {rows} allocations.", amount=_m(r.allocated), rows=r.rows))
    return 0


def _statement(args) -> int:
    from erp_desktop.services import finance

    kind, code = ("customer", args.customer) if args.customer else ("supplier", args.supplier)
    uow = open_uow(args)
    if code == "all":
        statements = finance.statements_with_balance(uow, party_kind=kind, start=args.start, end=args.end)
        if wants_json(args):
            print_json(statements)
            return 0
        for st in statements:
            _print_statement(st)
            print()
        return 0
    st = finance.statement(uow, party_kind=kind, party_id=code, start=args.start, end=args.end)
    if wants_json(args):
        print_json(st)
    else:
        _print_statement(st)
    return 0


def _print_statement(st) -> None:
    print(
        tr(
            "Statement {code} {name}, {start} – {end}",
            code=st.party_code,
            name=st.party_name,
            start=st.start,
            end=st.end,
        )
    )
    rows = [["", tr("Opening balance"), "", "", _m(st.opening)]]
    for line in st.lines:
        rows.append(
            [
                line.on.isoformat(),
                line.doc_label + " " + line.doc_number,
                _m(line.debit) if line.debit else "",
                _m(line.credit) if line.credit else "",
                _m(line.balance),
            ]
        )
    rows.append(["", tr("Closing balance"), _m(st.total_debit), _m(st.total_credit), _m(st.closing)])
    print_table([tr("Date"), tr("Document"), tr("Debit"), tr("Credit"), tr("Balance")], rows, right=[2, 3, 4])
    a = st.ageing
    print(
        tr(
            "Ageing at {date} (days past the document date): 0–30 {a}  31–60 {b}  61–90 {c}  90+ {d}  unapplied {u}",
            date=a.as_of,
            a=_m(a.days_0_30),
            b=_m(a.days_31_60),
            c=_m(a.days_61_90),
            d=_m(a.days_over_90),
            u=_m(a.unapplied),
        )
    )


def _ageing(args) -> int:
    from erp_desktop.services import finance

    rows = finance.ageing_report(open_uow(args), kind="payable" if args.payables else "receivable", as_of=args.as_of)
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [tr("Code"), tr("Name"), "0–30", "31–60", "61–90", "90+", tr("Unapplied"), tr("Total")],
        [
            [r.party_code, r.party_name]
            + [_m(v) for v in (r.days_0_30, r.days_31_60, r.days_61_90, r.days_over_90, r.unapplied, r.total)]
            for r in rows
        ],
        right=range(2, 8),
    )
    return 0


def _trial_balance(args) -> int:
    from erp_desktop.services import finance

    start, end = _period(args)
    tb = finance.trial_balance(open_uow(args), start=start, end=end)
    if wants_json(args):
        print_json(tb)
        return 0 if tb.balanced else 1
    print_table(
        [
            tr("Code"),
            tr("Name"),
            tr("Opening Dr"),
            tr("Opening Cr"),
            tr("Debit"),
            tr("Credit"),
            tr("Closing Dr"),
            tr("Closing Cr"),
        ],
        [
            [r.code, r.name]
            + [_m(v) for v in (r.opening_debit, r.opening_credit, r.debit, r.credit, r.closing_debit, r.closing_credit)]
            for r in tb.rows + (tb.totals,)
        ],
        right=range(2, 8),
    )
    print(tr("Balanced.") if tb.balanced else tr("NOT BALANCED."))
    return 0 if tb.balanced else 1


def _profit(args) -> int:
    from erp_desktop.services import finance

    start, end = _period(args)
    if args.store or args.by_store:
        return _profit_by_store(args, start, end)
    p = finance.profit_report(open_uow(args), start=start, end=end)
    if wants_json(args):
        print_json(p)
        return 0
    rows = []
    for label, value in (
        (tr("Sales revenue"), p.sales_revenue),
        (tr("Cost of goods sold"), p.cost_of_goods),
        (tr("Gross margin"), p.gross_margin),
        (tr("Other income"), p.other_income),
        (tr("Expenses"), p.expenses),
        (tr("Profit"), p.profit),
    ):
        rows.append([label, _m(value)])
    print_table([tr("Item"), tr("Amount")], rows, right=[1])
    return 0


def _profit_by_store(args, start: date, end: date) -> int:
    from erp_desktop.services import analysis

    report = analysis.profit_by_store(open_uow(args), start=start, end=end, store=args.store)
    if wants_json(args):
        print_json(
            {
                "start": report.start,
                "end": report.end,
                "store": report.store,
                "rows": [_store_profit_json(r) for r in report.rows],
                "totals": _store_profit_json(report.totals),
            }
        )
        return 0
    columns = list(report.rows) + ([] if args.store else [report.totals])
    headers = [tr("Item")] + [f"{r.code} {r.name}".strip() for r in columns]
    rows = [
        [label] + [_m(getattr(r, key)) for r in columns]
        for label, key in (
            (tr("Sales revenue"), "sales_revenue"),
            (tr("Cost of goods sold"), "cost_of_goods"),
            (tr("Gross margin"), "gross_margin"),
            (tr("Other income"), "other_income"),
            (tr("Expenses"), "expenses"),
            (tr("Profit"), "profit"),
        )
    ]
    print_table(headers, rows, right=range(1, len(headers)))
    return 0


def _store_profit_json(r) -> dict:
    return {
        "store_id": r.store_id,
        "code": r.code,
        "name": r.name,
        "sales_revenue": r.sales_revenue,
        "cost_of_goods": r.cost_of_goods,
        "gross_margin": r.gross_margin,
        "other_income": r.other_income,
        "expenses": r.expenses,
        "profit": r.profit,
    }


def _close(args) -> int:
    from erp_desktop.services import finance

    year, month = finance.parse_month(args.month)
    row = finance.close_period(open_uow(args), year, month, note=args.note)
    print(tr("{month} closed.", month=row.label))
    return 0


def _reopen(args) -> int:
    from erp_desktop.services import finance

    year, month = finance.parse_month(args.month)
    finance.reopen_period(open_uow(args), year, month, reason=args.reason)
    print(tr("{year}-{month:02d} re-opened.", year=year, month=month))
    return 0


# --- invoices -------------------------------------------------------------------------------
def _invoice_register(args) -> int:
    from erp_desktop.services import finance as invoices

    from . import party_id

    uow = open_uow(args)
    direction, kind, code = (
        ("issued", "customer", args.customer) if args.customer else ("received", "supplier", args.supplier)
    )
    party = party_id(uow, kind, code)
    open_docs = {r.doc_number: r for r in invoices.uninvoiced_documents(uow, direction=direction, party_id=party)}
    links = []
    for text in args.link:
        number, _, amount = text.partition(":")
        row = open_docs.get(number.strip())
        if row is None:
            raise ValidationError(
                tr("{number} is not a document of {code} waiting for an invoice.", number=number.strip(), code=code),
                field="link",
            )
        links.append(invoices.InvoiceLinkSpec(row.doc_type, row.doc_id, _amount(amount) if amount else row.uninvoiced))
    registered = invoices.register_invoice(
        uow,
        direction=direction,
        number=args.number,
        invoice_type=args.invoice_type,
        on=args.on or date.today(),
        party_id=party,
        net=_amount(args.net),
        tax=_amount(args.tax),
        links=links,
        memo=args.memo,
    )
    print(
        tr(
            "Invoice {number} registered for {party}: {gross}, linked {linked}.",
            number=registered.number,
            party=f"{registered.party_code} {registered.party_name}",
            gross=_m(registered.gross),
            linked=_m(registered.linked),
        )
    )
    return 0


def _invoice_list(args) -> int:
    from erp_desktop.services import finance as invoices

    rows = invoices.list_invoices(
        open_uow(args), direction="received" if args.received else "issued", start=args.start, end=args.end
    )
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [
            tr("Number"),
            tr("Type"),
            tr("Date"),
            tr("Party"),
            tr("Net"),
            tr("Tax"),
            tr("Total"),
            tr("Linked"),
            tr("Documents"),
        ],
        [
            [
                r.number,
                r.invoice_type,
                r.on,
                f"{r.party_code} {r.party_name}",
                _m(r.net),
                _m(r.tax),
                _m(r.gross),
                _m(r.linked),
                r.documents,
            ]
            for r in rows
        ],
        right=[4, 5, 6, 7],
    )
    return 0


def _uninvoiced(args) -> int:
    from erp_desktop.services import finance as invoices

    rows = invoices.uninvoiced_documents(open_uow(args), direction="received" if args.received else "issued")
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [tr("Document"), tr("Date"), tr("Party"), tr("Total"), tr("Invoiced"), tr("Not invoiced")],
        [
            [r.doc_number, r.on, f"{r.party_code} {r.party_name}", _m(r.gross), _m(r.invoiced), _m(r.uninvoiced)]
            for r in rows
        ],
        right=[3, 4, 5],
    )
    return 0


# --- the chart, posting accounts, count differences, VAT ------------------------------------------
def _register_accounts_side(cmd, inv_sub, common) -> None:
    p = cmd("chart", "the chart of accounts (科目表) with every level of sub-account", _chart)
    p.add_argument("--leaves", action="store_true", help="only the accounts lines may be posted to")
    add_json(p)
    account = cmd("account", "add a sub-account (明细科目) to the chart", _help)
    account.set_defaults(finance_parser=account)
    acc_sub = account.add_subparsers(dest="account_command", metavar="ACTION")
    p = acc_sub.add_parser(
        "add", parents=[common], help="add an account, e.g. 560201 办公费 --parent 5602", description="add an account"
    )
    p.set_defaults(handler=_account_add)
    p.add_argument("code", help="the new code: the parent's and two digits (560201)")
    p.add_argument("name")
    p.add_argument("--parent", metavar="CODE", help="the parent account (its kind is taken)")
    p.add_argument(
        "--kind", choices=["asset", "liability", "equity", "revenue", "expense"], help="for a top-level account"
    )
    p.add_argument("--name-en", default="")
    p.add_argument("--on", type=_date, help="date of the entry moving the parent's balance to it (default today)")

    p = cmd(
        "posting-accounts",
        "the account each reason and count difference books; --set KEY=CODE changes one",
        _posting_accounts,
    )
    p.add_argument("--set", dest="assign", metavar="KEY=CODE", action="append", default=[])
    add_json(p)

    p = cmd(
        "settle-counts",
        "approve stock count gains and losses out of 1901 待处理财产损溢 (--list: show them)",
        _settle_counts,
    )
    p.add_argument("numbers", nargs="*", metavar="COUNT", help="count numbers (default: every unsettled one)")
    p.add_argument(
        "--loss", choices=["normal", "other"], default="normal", help="normal → 管理费用, other → 营业外支出"
    )
    p.add_argument("--on", type=_date, help="date of the settlement (default today)")
    p.add_argument("--list", action="store_true", help="only list the unsettled counts")
    add_json(p)

    p = cmd("vat", "the month's VAT (YYYY-MM); --transfer moves what is due into 222102 未交增值税", _vat)
    p.add_argument("month")
    p.add_argument("--transfer", action="store_true")
    p.add_argument("--on", type=_date, help="date of the transfer (default: the month's last day)")
    add_json(p)

    p = cmd("vat-pay", "pay unpaid VAT (222102) from a money account", _vat_pay)
    p.add_argument("--account", required=True, metavar="CODE", help="money account code")
    p.add_argument("--amount", required=True)
    p.add_argument("--on", type=_date)
    p.add_argument("--reference", default="")

    p = inv_sub.add_parser(
        "import",
        parents=[common],
        help="import the invoice list exported from the national tax platform (xlsx), matched to documents",
        description="import the invoice list exported from the national tax platform (xlsx), matched to documents",
    )
    p.set_defaults(handler=_invoice_import)
    p.add_argument("file")
    p.add_argument("--received", action="store_true", help="invoices received from suppliers (default: issued)")


def _chart(args) -> int:
    from erp_desktop.services import finance

    rows = finance.list_accounts(open_uow(args), leaves_only=args.leaves)
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [tr("Code"), tr("Name"), tr("Kind"), ""],
        [[r.code, r.full_name, r.kind_text, "" if r.leaf else tr("(has sub-accounts)")] for r in rows],
    )
    return 0


def _account_add(args) -> int:
    from erp_desktop.services import finance

    row = finance.add_account(
        open_uow(args),
        code=args.code,
        name=args.name,
        kind=args.kind,
        parent_code=args.parent,
        name_en=args.name_en,
        on=args.on,
    )
    print(tr("Account {code} {name} added.", code=row.code, name=row.full_name))
    return 0


def _posting_accounts(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    for assignment in args.assign:
        key, _, code = assignment.partition("=")
        row = finance.set_posting_account(uow, key.strip(), code)
        print(tr("{what} now books {code} {name}.", what=row.label, code=row.code, name=row.name))
    if args.assign and not wants_json(args):
        return 0
    rows = finance.list_posting_accounts(uow)
    if wants_json(args):
        print_json(rows)
        return 0
    print_table([tr("Key"), tr("What"), tr("Account"), tr("Name")], [[r.key, r.label, r.code, r.name] for r in rows])
    return 0


def _settle_counts(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    if args.list:
        rows = finance.unsettled_counts(uow)
        if wants_json(args):
            print_json(rows)
            return 0
        print_table(
            [tr("Count"), tr("Date"), tr("Warehouse"), tr("Gain"), tr("Loss")],
            [[r.number, r.on.isoformat(), r.warehouse, _m(r.gain), _m(r.loss)] for r in rows],
            right=[3, 4],
        )
        return 0
    results = finance.settle_counts(uow, args.numbers or None, on=args.on or date.today(), loss=args.loss)
    if wants_json(args):
        print_json(results)
        return 0
    for r in results:
        print(
            tr(
                "{count}: gain {gain} → {gain_account}, loss {loss} → {loss_account} ({entry}).",
                count=r.count_number,
                gain=_m(r.gain),
                gain_account=r.gain_account,
                loss=_m(r.loss),
                loss_account=r.loss_account,
                entry=r.entry_number,
            )
        )
    return 0


def _vat(args) -> int:
    from erp_desktop.services import finance

    year, month = finance.parse_month(args.month)
    uow = open_uow(args)
    s = finance.transfer_vat(uow, year, month, on=args.on) if args.transfer else finance.vat_summary(uow, year, month)
    if wants_json(args):
        print_json(s)
        return 0
    print(tr("VAT for {month}", month=s.label))
    print_table(
        [tr("Rate"), tr("Net"), tr("Tax")],
        [[f"{r.rate * 100:g}%", _m(r.net), _m(r.tax)] for r in s.sales_by_rate],
        right=[1, 2],
    )
    print_table(
        [tr("Item"), tr("Amount")],
        [
            [tr("Output VAT (销项税额)"), _m(s.output_vat)],
            [tr("Input VAT (进项税额)"), _m(s.input_vat)],
            [tr("Input VAT transferred out (进项税额转出)"), _m(s.input_vat_out)],
            [tr("Credit brought forward (期初留抵)"), _m(s.opening_credit)],
            [tr("VAT due (应纳税额)"), _m(s.due)],
            [tr("Credit carried forward (期末留抵)"), _m(s.closing_credit)],
            [tr("Moved to unpaid VAT"), _m(s.transferred) + (f" ({s.entry_number})" if s.entry_number else "")],
            [tr("Unpaid VAT at month end (未交增值税)"), _m(s.unpaid)],
            [tr("Issued invoices: net / tax"), f"{_m(s.invoiced_net)} / {_m(s.invoiced_tax)}"],
            [tr("Received special invoices: tax"), _m(s.received_special_tax)],
        ],
        right=[1],
    )
    return 0


def _vat_pay(args) -> int:
    from erp_desktop.services import finance

    r = finance.pay_vat(
        open_uow(args),
        account_id=args.account,
        amount=_amount(args.amount),
        on=args.on or date.today(),
        reference=args.reference,
    )
    print(tr("{number}: VAT paid {amount} ({entry}).", number=r.number, amount=_m(r.amount), entry=r.entry_number))
    return 0


def _invoice_import(args) -> int:
    from erp_desktop.services import finance

    r = finance.import_invoices(open_uow(args), args.file, direction="received" if args.received else "issued")
    print(
        tr(
            "{n} invoices registered (tax {tax}), {skipped} voided left out; linked to {docs}.",
            n=r.registered,
            tax=_m(r.tax),
            skipped=r.skipped,
            docs=", ".join(r.documents) or "—",
        )
    )
    return 0
