"""``erp-desktop finance …`` for the accountant's month-end: vouchers (``vouchers``, ``voucher add|show|
print|reverse|templates``), ledgers, the guided close, statements and bank reconciliation."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from ..errors import ValidationError
from ..i18n import tr
from ..money import NotANumber, parse_decimal
from . import add_json, iso_date, open_uow, positive_int, print_json, print_table, wants_json


def _amount(text: str) -> Decimal:
    try:
        return parse_decimal(text)
    except NotANumber:
        raise ValidationError(tr("Not an amount: {text}", text=text), field="amount") from None


def _m(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def register(sub, common: argparse.ArgumentParser) -> None:
    """Add the month-end actions to the ``finance`` sub-parsers."""

    def cmd(parent, name: str, help_text: str, handler) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = cmd(sub, "vouchers", "the voucher list (记账凭证), filtered by month, account, source kind, text", _vouchers)
    p.add_argument("--period", metavar="YYYY-MM", help="the month")
    p.add_argument("--account", metavar="CODE", help="vouchers with a line on this account or a sub-account")
    p.add_argument("--kind", metavar="TYPE", help="source kind: DN, GR, RC, PM, MJ (manual), CF (carry-forward) …")
    p.add_argument("--search", default="", help="text in the voucher number, document number or summary")
    p.add_argument("--limit", type=positive_int, default=500)
    add_json(p)

    voucher = sub.add_parser("voucher", parents=[common], help="one voucher: add, show, print, reverse, templates")
    voucher.set_defaults(handler=lambda args: (voucher.print_help(), 2)[1])
    vsub = voucher.add_subparsers(dest="voucher_command", metavar="ACTION")
    p = cmd(vsub, "add", "enter a manual voucher for an event no document covers (balanced or refused)", _voucher_add)
    p.add_argument("--on", type=iso_date, help="date (default today)")
    p.add_argument("--memo", default="", help="the summary (摘要)")
    p.add_argument("--debit", action="append", default=[], metavar="CODE:AMOUNT", help="a debit line; repeat")
    p.add_argument("--credit", action="append", default=[], metavar="CODE:AMOUNT", help="a credit line; repeat")
    p.add_argument("--template", help="enter from a voucher template (常用凭证) by name")
    p.add_argument("--amount", help="with --template: the amount of the lines the template leaves open")
    add_json(p)
    p = cmd(vsub, "show", "one voucher with its lines and source document", _voucher_show)
    p.add_argument("ref", metavar="VOUCHER", help='"2026-10 记-0001", or the entry number JE-…')
    add_json(p)
    p = cmd(vsub, "print", "print vouchers to PDF (one or a month's)", _voucher_print)
    p.add_argument("refs", nargs="*", metavar="VOUCHER")
    p.add_argument("--period", metavar="YYYY-MM", help="every voucher of the month")
    p.add_argument("--size", choices=["a4", "a5"], help="a4, or a5 = half sheet landscape (built-in layouts)")
    p.add_argument(
        "--print-template", metavar="NAME", help="a voucher print template (default: the shop's default one)"
    )
    p.add_argument("--out", help="the PDF file to write")
    p = cmd(vsub, "reverse", "reverse (红字冲销) a manual voucher", _voucher_reverse)
    p.add_argument("ref", metavar="VOUCHER")
    p.add_argument("--on", type=iso_date, help="date of the reversal (default today)")
    p.add_argument("--memo", default="")
    p = cmd(vsub, "templates", "the voucher templates (常用凭证)", _templates)
    add_json(p)
    p = cmd(vsub, "template", "add or change a voucher template (常用凭证)", _template_save)
    p.add_argument("name")
    p.add_argument("--memo", default="", help="the summary its vouchers get")
    p.add_argument("--debit", action="append", default=[], metavar="CODE[:AMOUNT]", help="a debit line; repeat")
    p.add_argument("--credit", action="append", default=[], metavar="CODE[:AMOUNT]", help="a credit line; repeat")
    p.add_argument("--inactive", action="store_true", help="retire the template")

    p = cmd(sub, "close-check", "the month-end checklist (结账检查): what stops a month from closing", _close_check)
    p.add_argument("month", metavar="YYYY-MM")
    add_json(p)
    p = cmd(sub, "carry-forward", "write a month's carry-forward (结转损益) ahead of closing it", _carry_forward)
    p.add_argument("month", metavar="YYYY-MM")
    add_json(p)

    for name, help_text in (
        ("balance-sheet", "资产负债表 at the end of a month (期末余额 / 年初余额)"),
        ("income-statement", "利润表 for a month (本月金额 / 本年累计金额)"),
        ("cash-flow", "现金流量表 for a month and the year to date"),
    ):
        p = cmd(sub, name, help_text, _statement)
        p.add_argument("month", metavar="YYYY-MM")
        _outputs(p)
        p.set_defaults(statement_kind=name)

    p = cmd(sub, "balances", "科目余额表: every account at every level, opening / period / closing", _balances)
    _period_options(p)
    p.add_argument("--all", action="store_true", help="every account, also those without figures")
    _outputs(p)
    p = cmd(sub, "ledger", "明细账 of an account (its sub-accounts included), with a running balance", _ledger)
    p.add_argument("code", metavar="ACCOUNT")
    _period_options(p)
    _outputs(p)
    p = cmd(sub, "general-ledger", "总账 of an account: month by month, with the year to date", _general_ledger)
    p.add_argument("code", metavar="ACCOUNT")
    p.add_argument("--year", type=int, help="default: this year")
    _outputs(p)
    p = cmd(sub, "party-ledger", "往来明细账 of a customer or supplier", _party_ledger)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--customer", metavar="CODE")
    group.add_argument("--supplier", metavar="CODE")
    _period_options(p)
    _outputs(p)
    _register_bank(sub, cmd, common)


def _register_bank(sub, cmd, common) -> None:
    bank = sub.add_parser("bank", parents=[common], help="bank reconciliation: import a statement, match, 调节表")
    bank.set_defaults(handler=lambda args: (bank.print_help(), 2)[1])
    bsub = bank.add_subparsers(dest="bank_command", metavar="ACTION")
    p = cmd(
        bsub, "import", "import a bank statement (xlsx or csv; columns found by header) and auto-match", _bank_import
    )
    p.add_argument("file")
    p.add_argument("--account", required=True, metavar="CODE", help="the bank money account")
    p.add_argument("--no-match", action="store_true", help="do not auto-match")
    p = cmd(bsub, "lines", "a bank account's statement lines and what each is matched with", _bank_lines)
    p.add_argument("--account", required=True, metavar="CODE")
    p.add_argument("--unmatched", action="store_true")
    add_json(p)
    p = cmd(bsub, "match", "match a statement line by hand with a money document", _bank_match)
    p.add_argument("line", metavar="LINE_ID")
    p.add_argument("number", metavar="NUMBER", help="the money document, e.g. PM-2026-000003")
    p = cmd(bsub, "unmatch", "undo a statement line's match", _bank_unmatch)
    p.add_argument("line", metavar="LINE_ID")
    p = cmd(bsub, "record", "record a fee or interest the bank shows as a money document, matched", _bank_record)
    p.add_argument("line", metavar="LINE_ID")
    p.add_argument("--gl", required=True, metavar="CODE", help="the expense or income account, e.g. 5603")
    p.add_argument("--memo", default="")
    p = cmd(bsub, "reconcile", "the 银行存款余额调节表 of a bank account", _bank_reconcile)
    p.add_argument("--account", required=True, metavar="CODE")
    p.add_argument("--as-of", type=iso_date, help="default: today")
    _outputs(p)


def _bank_import(args) -> int:
    from erp_desktop.services import finance

    r = finance.import_statement(open_uow(args), args.account, args.file, auto=not args.no_match)
    print(
        tr(
            "{count} statement lines imported into {account}, {matched} matched.",
            count=r.lines,
            account=r.account_code,
            matched=r.matched,
        )
    )
    return 0


def _bank_lines(args) -> int:
    from erp_desktop.services import finance

    rows = finance.statement_lines(open_uow(args), args.account)
    if args.unmatched:
        rows = [r for r in rows if not r.matched_number]
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [tr("Line"), tr("Date"), tr("Amount"), tr("Counterparty"), tr("Reference"), tr("Memo"), tr("Matched")],
        [[str(r.id), r.on, _m(r.amount), r.counterparty, r.reference, r.memo, r.matched_number] for r in rows],
        right=[2],
    )
    return 0


def _bank_match(args) -> int:
    from erp_desktop.services import finance

    row = finance.match_line(open_uow(args), args.line, args.number)
    print(tr("Matched with {number}.", number=row.matched_number))
    return 0


def _bank_unmatch(args) -> int:
    from erp_desktop.services import finance

    finance.unmatch_line(open_uow(args), args.line)
    print(tr("Un-matched."))
    return 0


def _bank_record(args) -> int:
    from erp_desktop.services import finance

    row = finance.record_line(open_uow(args), args.line, counter_account=args.gl, memo=args.memo)
    print(tr("Recorded as {number} and matched.", number=row.matched_number))
    return 0


def _bank_reconcile(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    rec = finance.reconciliation(uow, args.account, as_of=args.as_of or date.today())
    _emit(args, uow, rec.as_report(), rec)
    return 0 if rec.balanced else 1


def _period_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", type=iso_date, help="YYYY-MM-DD (default: the 1st of this month)")
    p.add_argument("--to", dest="end", type=iso_date, help="YYYY-MM-DD (default: today)")


def _period(args) -> tuple[date, date]:
    today = date.today()
    start = args.start or today.replace(day=1)
    return start, args.end or max(today, start)


def _balances(args) -> int:
    from erp_desktop.services import finance

    start, end = _period(args)
    uow = open_uow(args)
    book = finance.account_balances(uow, start=start, end=end, all_accounts=args.all)
    _emit(args, uow, book.as_report(), book)
    return 0 if book.balanced else 1


def _ledger(args) -> int:
    from erp_desktop.services import finance

    start, end = _period(args)
    uow = open_uow(args)
    book = finance.detail_ledger(uow, code=args.code, start=start, end=end)
    _emit(args, uow, book.as_report(), book)
    return 0


def _general_ledger(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    year = args.year or date.today().year
    book = finance.general_ledger_book(uow, code=args.code, year=year)
    _emit(args, uow, book.as_report(), book)
    return 0


def _party_ledger(args) -> int:
    from erp_desktop.services import finance

    start, end = _period(args)
    uow = open_uow(args)
    kind, code = ("customer", args.customer) if args.customer else ("supplier", args.supplier)
    book = finance.party_ledger(uow, party_kind=kind, party=code, start=start, end=end)
    _emit(args, uow, book.as_report(), book)
    return 0


def _outputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pdf", metavar="FILE", help="also print it to this PDF")
    p.add_argument("--xlsx", metavar="FILE", help="also export it to this workbook")
    add_json(p)


def _emit(args, uow, report, data) -> None:
    """Print a report (or its JSON) and write the PDF / xlsx asked for."""
    from erp_desktop.services import finance, printing

    if wants_json(args):
        print_json(data)
    else:
        print(report.title)
        print(report.subtitle)
        print_table(
            list(report.headers),
            [[_cell(c) for c in row] for row in report.rows],
            right=range(report.numeric_from, len(report.headers)),
        )
        for note in report.notes:
            print(note)
    if getattr(args, "pdf", None):
        print(printing.print_report(uow, report, args.pdf))
    if getattr(args, "xlsx", None):
        print(finance.export_xlsx(report, args.xlsx))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _m(value)
    return str(value)


def _close_check(args) -> int:
    from erp_desktop.services import finance

    year, month = finance.parse_month(args.month)
    checklist = finance.close_checklist(open_uow(args), year, month)
    if wants_json(args):
        print_json(checklist)
        return 0 if checklist.passed else 1
    for item in checklist.items:
        mark = "ok" if item.ok else ("!!" if item.blocking else "i ")
        print(f"[{mark}] {item.title if item.ok else item.problem}")
        for detail in item.details[:20]:
            print(f"      {detail}")
    print(
        tr("{month} can be closed.", month=checklist.label)
        if checklist.passed
        else tr("{month} cannot be closed yet.", month=checklist.label)
    )
    return 0 if checklist.passed else 1


def _carry_forward(args) -> int:
    from erp_desktop.services import finance

    year, month = finance.parse_month(args.month)
    result = finance.carry_forward(open_uow(args), year, month)
    if wants_json(args):
        print_json(result)
    else:
        print(
            tr(
                "Carried forward {profit} into current year profit ({vouchers}).",
                profit=_m(result.profit),
                vouchers=", ".join(result.vouchers) or "-",
            )
        )
    return 0


def _statement(args) -> int:
    from erp_desktop.services import finance

    year, month = finance.parse_month(args.month)
    uow = open_uow(args)
    make = {
        "balance-sheet": finance.balance_sheet,
        "income-statement": finance.income_statement,
        "cash-flow": finance.cash_flow,
    }
    st = make[args.statement_kind](uow, year, month)
    _emit(args, uow, st.as_report(), st)
    return 0 if st.balanced else 1


def _vouchers(args) -> int:
    from erp_desktop.services import finance
    from erp_desktop.services.paging import ListQuery

    filters = {k: v for k, v in (("period", args.period), ("account", args.account), ("doc_type", args.kind)) if v}
    page = finance.list_vouchers(open_uow(args), ListQuery(search=args.search, limit=args.limit, filters=filters))
    if wants_json(args):
        print_json(list(page.rows))
        return 0
    print_table(
        [tr("Month"), tr("Voucher"), tr("Date"), tr("Source"), tr("Document"), tr("Summary"), tr("Amount")],
        [[r.period, r.voucher_no, r.on, r.source, r.doc_number, r.memo, _m(r.total)] for r in page.rows],
        right=[6],
    )
    return 0


def _lines(specs: list[str], side: str):
    from erp_desktop.services import finance

    out = []
    for spec in specs:
        code, sep, amount = spec.partition(":")
        if not sep or not code.strip():
            raise ValidationError(tr("Write a line as CODE:AMOUNT, e.g. 5602:1200."), field=side)
        value = _amount(amount)
        out.append(
            finance.ManualLine(
                code.strip(),
                debit=value if side == "debit" else Decimal(0),
                credit=value if side == "credit" else Decimal(0),
            )
        )
    return out


def _voucher_add(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    on = args.on or date.today()
    if args.template:
        result = finance.post_from_template(
            uow, args.template, on=on, amount=_amount(args.amount) if args.amount else None, memo=args.memo
        )
    else:
        lines = _lines(args.debit, "debit") + _lines(args.credit, "credit")
        result = finance.post_voucher(uow, on=on, lines=lines, memo=args.memo)
    if wants_json(args):
        print_json(result)
    else:
        print(
            tr(
                "Voucher {voucher} posted ({number}), {total}.",
                voucher=result.voucher_no,
                number=result.number,
                total=_m(result.total),
            )
        )
    return 0


def _voucher_show(args) -> int:
    from erp_desktop.services import finance

    v = finance.voucher_detail(open_uow(args), args.ref)
    if wants_json(args):
        print_json(v)
        return 0
    print(f"{v.period} {v.voucher_no}  {v.on}  {v.source} {v.doc_number}  ({v.number})")
    print(v.memo)
    print_table(
        [tr("Summary"), tr("Account"), tr("Party"), tr("Debit"), tr("Credit")],
        [
            [
                l.memo,
                f"{l.account_code} {l.account_name}",
                l.party_name,
                _m(l.debit) if l.debit else "",
                _m(l.credit) if l.credit else "",
            ]
            for l in v.lines
        ]
        + [[tr("Total"), "", "", _m(v.total_debit), _m(v.total_credit)]],
        right=[3, 4],
    )
    if v.reversal_of:
        print(tr("Reverses {voucher}.", voucher=v.reversal_of))
    if v.reversed_by:
        print(tr("Reversed by {voucher}.", voucher=v.reversed_by))
    return 0


def _voucher_print(args) -> int:
    from erp_desktop.services import printing

    if not args.refs and not args.period:
        raise ValidationError(tr("Name the vouchers or a --period."), field="period")
    path = printing.print_vouchers(
        open_uow(args),
        args.refs,
        period=args.period or "",
        size=args.size,
        template=args.print_template,
        out=args.out,
    )
    print(path)
    return 0


def _voucher_reverse(args) -> int:
    from erp_desktop.services import finance

    uow = open_uow(args)
    detail = finance.voucher_detail(uow, args.ref)
    result = finance.reverse_manual_entry(uow, detail.id, on=args.on or date.today(), memo=args.memo)
    print(tr("{voucher} reversed by {reversal}.", voucher=detail.voucher_no, reversal=result.voucher_no))
    return 0


def _template_save(args) -> int:
    from erp_desktop.services import finance

    lines = []
    for side, specs in (("debit", args.debit), ("credit", args.credit)):
        for spec in specs:
            code, _sep, amount = spec.partition(":")
            lines.append(finance.TemplateLine(code.strip(), side, _amount(amount) if amount.strip() else None))
    row = finance.save_template(open_uow(args), name=args.name, memo=args.memo, lines=lines, active=not args.inactive)
    print(tr("Template {name} saved.", name=row.name))
    return 0


def _templates(args) -> int:
    from erp_desktop.services import finance

    rows = finance.list_templates(open_uow(args))
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [tr("Voucher template"), tr("Summary"), tr("Lines")],
        [
            [
                t.name,
                t.memo,
                "; ".join(
                    f"{l.side[0].upper()} {l.account_code} {_m(l.amount) if l.amount is not None else '…'}"
                    for l in t.lines
                ),
            ]
            for t in rows
        ],
    )
    return 0
