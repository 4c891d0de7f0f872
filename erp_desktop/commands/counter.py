"""``erp-desktop counter …``: counter sales (零售开单), shifts (交班 / 日结), members, settings.

erp-desktop counter settings --cash XJ01 --wechat WX01 [--alipay ZF01] [--card YH01] [--rounding jiao] [--paper 58]
                             [--printer network:192.168.1.87[:9100] | usb:0416:5011 | file:/dev/usb/lp0 | none]
erp-desktop counter printer-test [--printer …] [--paper 58|80]   a test slip on the receipt printer
erp-desktop counter shift open --float 200
erp-desktop counter shift close --counted 812.50 [--note TEXT] [SHIFT]
erp-desktop counter shift report [SHIFT] [--pdf FILE] [--json]
erp-desktop counter sell --line 6901234567892[:QTY[:PRICE[:DISCOUNT]]] … --pay cash:100 [--pay wechat:20]
                         [--member CARD|PHONE] [--discount 0.05] [--points 100] [--print FILE.pdf] [--template NAME]
                         [--serial PRODUCT:SERIAL …] [--lot PRODUCT:LOT[:QTY] …]   (a --line may be a serial scanned)
erp-desktop counter return POS-2026-000001 [--line CODE:QTY …] [--serial [PRODUCT:]SERIAL …] [--refund cash:11.30]
                           [--print FILE.pdf]
erp-desktop counter exchange POS-2026-000001 --back CODE:QTY --line SCAN:QTY [--pay cash:20]
erp-desktop counter reprint POS-2026-000001 [--pdf FILE] [--paper 58|80] [--template NAME]
  --template: a counter-ticket print template (Settings › Print templates; default: the customer's, the shop's)
erp-desktop counter member add --name 王芳 --phone 13800138000 [--card NO]
erp-desktop counter member topup CARD|PHONE --amount 100 [--method cash]
erp-desktop counter member show CARD|PHONE [--json]
erp-desktop counter member list [--limit N] [--json]   the members' report: points and stored value (储值)
erp-desktop counter report [--date D] [--store CODE] [--json]   a day's counter sales by hour, product, cashier, method
erp-desktop counter shift list [--store CODE] [--limit N] [--json]
erp-desktop counter shift takings [--from D] [--to D] [--store CODE] [--json]   the shifts' takings per store
erp-desktop store list [--json]                                  stores (多门店): warehouse, accounts, counters
erp-desktop store add --code S002 --name 西湖店 --warehouse WH2 [--cash XJ02 …] [--price-list NAME]
                      [--earn-per YUAN] [--redeem-points N] [--member-tier TIER]
erp-desktop store edit S002 [--name …] [--warehouse …] [--cash …] [--deactivate | --activate] …
erp-desktop store assign-pc S002 [--pc PC_ID] [--label TEXT]      this PC (or PC_ID) sells at store S002
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from erp_desktop.services import counter

from ..errors import ValidationError
from ..i18n import tr
from ..money import fmt_money, parse_decimal
from . import (
    acknowledged,
    add_json,
    iso_date,
    leaf,
    open_uow,
    positive_int,
    print_json,
    print_table,
    qty_and_unit,
    wants_json,
)


def register(add) -> None:
    parser = add("counter", "the counter: sales, shifts, members (零售 / 收银)", _usage)
    sub = parser.add_subparsers(dest="counter_command", metavar="ACTION")

    settings = leaf(sub, "settings", "show or change the counter settings", _settings)
    for method in ("cash", "wechat", "alipay", "card"):
        settings.add_argument(f"--{method}", metavar="ACCOUNT", help=f"money account code for {method}")
    settings.add_argument("--rounding", choices=["none", "jiao", "yuan"], help="抹零")
    settings.add_argument("--paper", type=int, choices=[58, 80])
    settings.add_argument("--earn-per", metavar="YUAN", help="one point per this many yuan (0: none)")
    settings.add_argument("--redeem-points", type=int, metavar="N", help="N points = 1 yuan off (0: none)")
    settings.add_argument("--shop-name")
    settings.add_argument("--printer", metavar="CONNECTION", help=PRINTER_HELP)
    add_json(settings)
    test = leaf(sub, "printer-test", "print a test slip on the receipt printer", _printer_test)
    test.add_argument("--printer", metavar="CONNECTION", help=PRINTER_HELP + " (default: the saved one)")
    test.add_argument("--paper", type=int, choices=[58, 80])

    shift = sub.add_parser("shift", help="open, close or report a shift (交班)")
    shift_sub = shift.add_subparsers(dest="shift_command", metavar="ACTION")
    shift.set_defaults(handler=lambda args: _usage(args, shift))
    opening = leaf(shift_sub, "open", "open a shift with the cash float", _shift_open)
    opening.add_argument("--float", dest="float_amount", required=True, metavar="AMOUNT")
    opening.add_argument("--date", type=iso_date)
    closing = leaf(shift_sub, "close", "close the shift with the cash counted", _shift_close)
    closing.add_argument("shift", nargs="?", help="shift number (default: this counter's open shift)")
    closing.add_argument("--counted", required=True, metavar="AMOUNT")
    closing.add_argument("--note", default="")
    closing.add_argument("--pdf", metavar="FILE", help="write the shift report PDF")
    report = leaf(shift_sub, "report", "the shift report", _shift_report)
    report.add_argument("shift", nargs="?")
    report.add_argument("--pdf", metavar="FILE")
    add_json(report)
    shifts = leaf(shift_sub, "list", "the latest shifts (of one store)", _shift_list)
    shifts.add_argument("--store", metavar="CODE", help="only this store's shifts")
    shifts.add_argument("--limit", type=positive_int, default=50)
    add_json(shifts)
    takings = leaf(shift_sub, "takings", "the shifts' takings per store over a period", _shift_takings)
    takings.add_argument("--from", dest="start", type=iso_date, help="first day (default: today)")
    takings.add_argument("--to", dest="end", type=iso_date, help="last day (default: the first)")
    takings.add_argument("--store", metavar="CODE", help="only this store")
    add_json(takings)

    sell = leaf(sub, "sell", "post a counter sale", _sell)
    sell.add_argument("--line", action="append", default=[], required=True, metavar="SCAN[:QTY[:PRICE[:DISCOUNT]]]")
    sell.add_argument("--pay", action="append", default=[], required=True, metavar="METHOD:AMOUNT")
    sell.add_argument("--member", metavar="CARD|PHONE")
    sell.add_argument("--discount", default="0", metavar="RATE", help="整单折扣, e.g. 0.05")
    sell.add_argument("--points", type=int, default=0, help="points to redeem")
    sell.add_argument("--date", type=iso_date)
    sell.add_argument("--print", dest="pdf", metavar="FILE", help="write the ticket PDF")
    sell.add_argument("--template", metavar="NAME", help="counter-ticket print template (default: the shop's)")
    sell.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (negative-stock, expired-lot)")
    sell.add_argument(
        "--lot",
        action="append",
        default=[],
        metavar="PRODUCT:LOT[:QTY]",
        help="take this lot (default: first expiry first)",
    )
    sell.add_argument(
        "--serial",
        action="append",
        default=[],
        metavar="PRODUCT:SERIAL",
        help="a serial number sold (one per unit; a bundle's: its component's)",
    )
    add_json(sell)

    ret = leaf(sub, "return", "a return at the counter against a ticket", _return)
    ret.add_argument("number")
    ret.add_argument("--line", action="append", default=[], metavar="CODE:QTY")
    ret.add_argument("--refund", action="append", default=[], metavar="METHOD:AMOUNT")
    ret.add_argument(
        "--serial",
        action="append",
        default=[],
        metavar="[PRODUCT:]SERIAL",
        help="this serial comes back (default: those sold on the line); refused when not on the ticket",
    )
    ret.add_argument("--reason", default="")
    ret.add_argument("--date", type=iso_date)
    ret.add_argument("--print", dest="pdf", metavar="FILE", help="write the return ticket PDF")
    ret.add_argument("--template", metavar="NAME", help="counter-ticket print template (default: the shop's)")

    exchange = leaf(sub, "exchange", "exchange goods of a ticket for others (换货)", _exchange)
    exchange.add_argument("number")
    exchange.add_argument("--back", action="append", default=[], required=True, metavar="CODE:QTY")
    exchange.add_argument("--line", action="append", default=[], required=True, metavar="SCAN[:QTY[:PRICE[:DISCOUNT]]]")
    exchange.add_argument("--pay", action="append", default=[], metavar="METHOD:AMOUNT")
    exchange.add_argument("--reason", default="")
    exchange.add_argument("--date", type=iso_date)

    reprint = leaf(sub, "reprint", "print a ticket again", _reprint)
    reprint.add_argument("number")
    reprint.add_argument("--pdf", metavar="FILE", help="write a PDF instead of printing the lines")
    reprint.add_argument("--paper", type=int, choices=[58, 80])
    reprint.add_argument("--template", metavar="NAME", help="counter-ticket print template (default: the shop's)")

    today = leaf(sub, "report", "a day's counter sales by hour, product, cashier and payment method", _report)
    today.add_argument("--date", type=iso_date)
    today.add_argument("--store", metavar="CODE", help="only this store's tickets")
    add_json(today)

    member = sub.add_parser("member", help="members: add, top up, show")
    member_sub = member.add_subparsers(dest="member_command", metavar="ACTION")
    member.set_defaults(handler=lambda args: _usage(args, member))
    madd = leaf(member_sub, "add", "enrol a member", _member_add)
    madd.add_argument("--name", required=True)
    madd.add_argument("--phone", required=True)
    madd.add_argument("--card", default="")
    topup = leaf(member_sub, "topup", "top up stored value (储值)", _member_topup)
    topup.add_argument("member", metavar="CARD|PHONE")
    topup.add_argument("--amount", required=True)
    topup.add_argument("--method", default="cash", choices=["cash", "wechat", "alipay", "card"])
    show = leaf(member_sub, "show", "a member's balances and history", _member_show)
    show.add_argument("member", metavar="CARD|PHONE")
    add_json(show)
    listing = leaf(member_sub, "list", "the members: points and stored value, with the totals", _member_list)
    listing.add_argument("--limit", type=positive_int, default=1000)
    add_json(listing)
    parser.set_defaults(handler=lambda args: _usage(args, parser))
    _register_stores(add)


def _register_stores(add) -> None:
    parser = add("store", "stores (多门店): a warehouse, its counters and money accounts", _usage)
    sub = parser.add_subparsers(dest="store_command", metavar="ACTION")
    parser.set_defaults(handler=lambda args: _usage(args, parser))
    add_json(leaf(sub, "list", "the stores", _store_list))
    for name, help_text, handler in (
        ("add", "a new store", _store_add),
        ("edit", "change a store", _store_edit),
    ):
        command = leaf(sub, name, help_text, handler)
        if name == "edit":
            command.add_argument("store", metavar="CODE")
            command.add_argument("--code", help="a new code")
            command.add_argument("--name")
            active = command.add_mutually_exclusive_group()
            active.add_argument("--deactivate", action="store_true", help="its counters can no longer open shifts")
            active.add_argument("--activate", action="store_true")
        else:
            command.add_argument("--code", required=True)
            command.add_argument("--name", required=True)
        command.add_argument("--warehouse", metavar="CODE", help="the store's warehouse (in one store only)")
        command.add_argument("--price-list", metavar="NAME", help="the store's own price list ('' = none)")
        command.add_argument("--earn-per", metavar="YUAN", help="one point per this many yuan ('' = the shop's rule)")
        command.add_argument("--redeem-points", metavar="N", help="N points = 1 yuan off ('' = the shop's rule)")
        command.add_argument(
            "--member-tier", metavar="TIER", help="members are priced at this tier here ('' = their own)"
        )
        for method in counter.MONEY_METHODS:
            command.add_argument(
                f"--{method}", metavar="ACCOUNT", help=f"money account for {method} ('' = the shop-wide one)"
            )
        add_json(command)
    assign = leaf(sub, "assign-pc", "put a counter (PC) in a store", _store_assign)
    assign.add_argument("store", metavar="CODE")
    assign.add_argument("--pc", metavar="PC_ID", help="the PC's id (default: this PC)")
    assign.add_argument("--label", default="", help="a name for the counter, e.g. 收银台1")
    add_json(assign)


def _store_table(rows: list[counter.StoreRow]) -> None:
    print_table(
        [tr("Code"), tr("Name"), tr("Warehouse"), tr("Accounts"), tr("Price list"), tr("Counters"), tr("Active")],
        [
            (
                r.code,
                r.name,
                r.warehouse or tr("(counter settings)"),
                ", ".join(f"{m}={code}" for m, code in r.accounts) or tr("(shop-wide)"),
                r.price_list,
                ", ".join(r.counters),
                tr("yes") if r.active else tr("no"),
            )
            for r in rows
        ],
    )


def _store_list(args) -> int:
    rows = counter.list_stores(open_uow(args))
    if wants_json(args):
        print_json(rows)
        return 0
    _store_table(rows)
    return 0


def _optional_int(text: str | None, what: str) -> int | None:
    if text is None or not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(tr("{what} must be a whole number (got {value}).", what=what, value=text)) from None


def _store_input(args, current: counter.StoreRow | None) -> counter.StoreInput:
    def given(name: str, old):
        value = getattr(args, name, None)
        return old if value is None else value

    accounts = dict(current.accounts) if current is not None else {}
    for method in counter.MONEY_METHODS:
        value = getattr(args, method)
        if value is not None:
            accounts[method] = value.strip()
    earn_old = str(current.earn_per) if current is not None and current.earn_per is not None else ""
    redeem_old = str(current.redeem_points) if current is not None and current.redeem_points is not None else ""
    earn = given("earn_per", earn_old).strip()
    active = current.active if current is not None else True
    if getattr(args, "deactivate", False):
        active = False
    if getattr(args, "activate", False):
        active = True
    warehouse_old = current.warehouse_code if current is not None else ""
    return counter.StoreInput(
        code=given("code", current.code if current is not None else ""),
        name=given("name", current.name if current is not None else ""),
        warehouse=given("warehouse", warehouse_old),
        price_list=given("price_list", current.price_list if current is not None else ""),
        earn_per=_amount(earn) if earn else None,
        redeem_points=_optional_int(given("redeem_points", redeem_old), tr("Points for 1 yuan off")),
        accounts=accounts,
        active=active,
        member_tier=given("member_tier", current.member_tier if current is not None else ""),
    )


def _store_done(args, row: counter.StoreRow, message: str) -> int:
    if wants_json(args):
        print_json(row)
    else:
        print(message)
    return 0


def _store_add(args) -> int:
    uow = open_uow(args)
    row = counter.create_store(uow, _store_input(args, None))
    return _store_done(args, row, tr("Store {code} {name} added.", code=row.code, name=row.name))


def _store_edit(args) -> int:
    uow = open_uow(args)
    current = counter.get_store(uow, args.store)
    row = counter.update_store(uow, current.id, _store_input(args, current))
    return _store_done(args, row, tr("Store {code} {name} saved.", code=row.code, name=row.name))


def _store_assign(args) -> int:
    uow = open_uow(args)
    row = counter.assign_counter(uow, args.store, args.pc, label=args.label)
    counter_id = args.pc or uow.pc_id
    return _store_done(
        args,
        row,
        tr("Counter {counter} sells at store {code} {name}.", counter=counter_id, code=row.code, name=row.name),
    )


def _shift_list(args) -> int:
    rows = counter.list_shifts(open_uow(args), limit=args.limit, store=args.store)
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [
            tr("Shift"),
            tr("Date"),
            tr("Store"),
            tr("Cashier"),
            tr("State"),
            tr("Float"),
            tr("Counted"),
            tr("Difference"),
        ],
        [
            (
                r.number,
                r.on.isoformat(),
                r.store,
                r.cashier,
                r.state,
                fmt_money(r.float_amount),
                fmt_money(r.counted_cash) if r.counted_cash is not None else "",
                fmt_money(r.difference),
            )
            for r in rows
        ],
        right=(5, 6, 7),
    )
    return 0


def _shift_takings(args) -> int:
    from datetime import date

    start = args.start or date.today()
    end = args.end or start
    rows = counter.store_takings(open_uow(args), start=start, end=end, store=args.store)
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [
            tr("Store"),
            tr("Shifts"),
            tr("Tickets"),
            tr("Returns"),
            tr("Sales"),
            tr("Refunds"),
            tr("Takings"),
            tr("Difference"),
        ],
        [
            (
                r.store,
                r.shifts,
                r.tickets,
                r.returns,
                fmt_money(r.sales_total),
                fmt_money(r.returns_total),
                fmt_money(r.takings),
                fmt_money(r.difference),
            )
            for r in rows
        ],
        right=(1, 2, 3, 4, 5, 6, 7),
    )
    for r in rows:
        print_table(
            [r.store, tr("Sales"), tr("Refunds"), tr("Net")],
            [(m.label, fmt_money(m.sales), fmt_money(m.refunds), fmt_money(m.net)) for m in r.by_method],
            right=(1, 2, 3),
        )
    return 0


def _usage(args, parser=None) -> int:
    (
        parser.print_help()
        if parser is not None
        else print(tr("usage: erp-desktop counter {{settings,shift,sell,return,reprint,member}} …"))
    )
    return 2


def _amount(text: str) -> Decimal:
    return parse_decimal(text)


def _pay(text: str) -> counter.PaymentInput:
    method, _, amount = text.partition(":")
    if not amount:
        raise ValidationError(
            tr("Write a payment as METHOD:AMOUNT, e.g. cash:100 (got {text}).", text=text), field="pay"
        )
    return counter.PaymentInput(method.strip(), _amount(amount))


def _settings(args) -> int:
    uow = open_uow(args)
    current = counter.get_settings(uow)
    accounts = dict(current.accounts)
    changed = False
    for method in ("cash", "wechat", "alipay", "card"):
        value = getattr(args, method)
        if value is not None:
            accounts[method] = value
            changed = True
    updates: dict = {"accounts": accounts}
    if args.rounding:
        updates["rounding"] = args.rounding
    if args.paper:
        updates["paper_mm"] = args.paper
    if args.earn_per is not None:
        updates["earn_per"] = _amount(args.earn_per)
    if args.redeem_points is not None:
        updates["redeem_points"] = args.redeem_points
    if args.shop_name is not None:
        updates["shop_name"] = args.shop_name
    if args.printer is not None:
        updates["escpos"] = printer_setting(args.printer)
    changed = changed or len(updates) > 1
    settings = counter.save_settings(uow, replace(current, **updates)) if changed else current
    if wants_json(args):
        print_json(settings)
        return 0
    print_table(
        [tr("Setting"), tr("Value")],
        [
            *[(counter.method_label(m), code) for m, code in sorted(settings.accounts.items())],
            (tr("Rounding"), settings.rounding),
            (tr("Receipt paper"), f"{settings.paper_mm} mm"),
            (tr("Receipt printer"), counter.printer_place(settings.escpos) if settings.escpos else tr("none (PDF)")),
            (tr("Points per yuan"), f"1 / {settings.earn_per}"),
            (tr("Points for 1 yuan off"), settings.redeem_points),
        ],
    )
    return 0


PRINTER_HELP = "ESC/POS receipt printer: network:HOST[:PORT], usb:VENDOR:PRODUCT (hex), file:PATH, or none"


def printer_setting(text: str) -> dict:
    """``network:192.168.1.87:9100`` / ``usb:0416:5011`` / ``file:/dev/usb/lp0`` / ``none`` → the
    settings' ``escpos`` value (checked by ``counter.clean_printer``). Raises ValidationError."""
    kind, _, rest = text.strip().partition(":")
    kind = kind.lower()
    if kind in ("none", ""):
        return {}
    if kind == "network":
        host, _, port = rest.partition(":")
        return counter.clean_printer({"kind": kind, "host": host, "port": port or 9100})
    if kind == "usb":
        vendor, _, product = rest.partition(":")
        return counter.clean_printer({"kind": kind, "vendor": vendor, "product": product})
    if kind == "file":
        return counter.clean_printer({"kind": kind, "path": rest})
    raise ValidationError(
        tr("Write the printer as network:HOST[:PORT], usb:VENDOR:PRODUCT, file:PATH or none (got {text}).", text=text),
        field="printer",
    )


def _printer_test(args) -> int:
    uow = open_uow(args)
    config = printer_setting(args.printer) if args.printer else None
    for line in counter.print_test_slip(uow, config, paper_mm=args.paper):
        print(line)
    print(tr("Test slip sent to the receipt printer."))
    return 0


def _shift_open(args) -> int:
    uow = open_uow(args)
    row = counter.open_shift(uow, float_amount=_amount(args.float_amount), on=args.date)
    print(tr("Shift {number} opened with a float of {amount}.", number=row.number, amount=fmt_money(row.float_amount)))
    return 0


def _print_report(report) -> None:
    s = report.shift
    state = {"open": tr("shift open"), "closed": tr("shift closed")}.get(s.state, s.state)
    print(tr("Shift {number} · {cashier} · {state}", number=s.number, cashier=s.cashier, state=state))
    rows = [(m.label, fmt_money(m.sales), fmt_money(m.refunds), fmt_money(m.net)) for m in report.by_method]
    print_table([tr("Method"), tr("Sales"), tr("Refunds"), tr("Net")], rows, right=(1, 2, 3))
    print(
        tr(
            "Tickets {tickets}, returns {returns}, takings {takings}",
            tickets=report.tickets,
            returns=report.returns,
            takings=fmt_money(report.takings),
        )
    )
    print(
        tr(
            "Cash float {float}, cash expected {expected}",
            float=fmt_money(s.float_amount),
            expected=fmt_money(report.expected_cash),
        )
    )
    if report.counted_cash is not None:
        print(
            tr(
                "Cash counted {counted}, difference {difference}",
                counted=fmt_money(report.counted_cash),
                difference=fmt_money(report.difference),
            )
        )


def _shift_close(args) -> int:
    uow = open_uow(args)
    ref = args.shift
    if ref is None:
        current = counter.current_shift(uow)
        if current is None:
            raise ValidationError(tr("No shift is open on this counter."))
        ref = current.number
    report = counter.close_shift(uow, ref, counted_cash=_amount(args.counted), note=args.note)
    _print_report(report)
    if args.pdf:
        counter.shift_report_pdf(uow, report.shift.id, path=Path(args.pdf))
    return 0


def _shift_report(args) -> int:
    uow = open_uow(args)
    report = counter.shift_report(uow, args.shift)
    if args.pdf:
        counter.shift_report_pdf(uow, report.shift.id, path=Path(args.pdf))
    if wants_json(args):
        print_json(report)
        return 0
    _print_report(report)
    return 0


def _lines(uow, texts: list[str]) -> list:
    from erp_desktop.services import inventory

    lines = []
    for text in texts:
        parts = text.split(":")
        hit = counter.scan(uow, parts[0])
        number, unit = qty_and_unit(parts[1]) if len(parts) > 1 else ("", "")
        unit = unit or hit.scanned_unit  # a unit's barcode scanned: that unit (多单位)
        qty = _amount(number) if number else Decimal(1)
        price = _amount(parts[2]) if len(parts) > 2 and parts[2] else None
        discount = _amount(parts[3]) if len(parts) > 3 and parts[3] else Decimal(0)
        lots = (inventory.LotInput(hit.serial),) if hit.serial else ()  # a serial scanned: its product, that serial
        lines.append(counter.LineInput(hit.product_id, qty, price, discount, unit=unit, lots=lots))
    return lines


def _with_lots(uow, lines: list, lot_args: list[str], serial_args: list[str]) -> list:
    """--lot/--serial on the lines of their product (serials: one per unit, line by line) or of
    the bundle (套装) they are a component of. Raises ValidationError (one left over)."""
    from erp_desktop.services import inventory, masterdata

    def product_id(code: str):
        return counter.scan(uow, code).product_id

    lots = inventory.lots_by_product(lot_args, serial_args, product_id)
    out = []
    for line in lines:
        given = lots.get(line.product_id)
        if given:
            take = len(given) if any(l.qty != 1 for l in given) else int(line.qty) - len(line.lots)
            line = replace(line, lots=line.lots + tuple(given[:take]))
            del given[:take]
            if not given:
                del lots[line.product_id]
        else:
            bom = inventory.get_bom(uow, line.product_id)
            if bom is not None and bom.bundle:
                mine = tuple(
                    (c.component_id, tuple(lots.pop(c.component_id))) for c in bom.lines if c.component_id in lots
                )
                if mine:
                    line = replace(line, component_lots=line.component_lots + mine)
        out.append(line)
    if lots:
        codes = ", ".join(sorted(masterdata.get_product(uow, pid).code for pid in lots))
        raise ValidationError(
            tr(
                "A --lot or --serial names {codes}, not sold on this ticket (or more than its lines hold).", codes=codes
            ),
            field="lot",
        )
    return out


def _ticket_template(uow, args, *, with_pdf: bool = True) -> str | None:
    """The --template name, checked before anything is posted (a wrong name refuses the sale, not
    only its PDF afterwards)."""
    from erp_desktop.services import printing

    name = getattr(args, "template", None)
    if name is not None:
        if with_pdf and not args.pdf:
            raise ValidationError(tr("--template chooses the layout of --print; give --print FILE.pdf too."))
        printing.get_template(uow, printing.COUNTER_TICKET, name)
    return name


def _sell(args) -> int:
    uow = open_uow(args)
    template = _ticket_template(uow, args)
    member = counter.find_member(uow, args.member).id if args.member else None
    result = counter.sell(
        uow,
        lines=_with_lots(uow, _lines(uow, args.line), args.lot, args.serial),
        payments=[_pay(p) for p in args.pay],
        member_id=member,
        discount_rate=_amount(args.discount),
        redeem_points=args.points,
        on=args.date,
        acknowledged=acknowledged(args),
    )
    if args.pdf:
        counter.ticket_pdf(uow, result.id, path=Path(args.pdf), template=template)
    if wants_json(args):
        print_json(result)
        return 0
    print(
        tr(
            "Ticket {number}: total {total}, change {change}.",
            number=result.number,
            total=fmt_money(result.total),
            change=fmt_money(result.change),
        )
    )
    return 0


def _back_lines(uow, number: str, texts: list[str]) -> list:
    view = counter.ticket_view(uow, number)
    lines = []
    for text in texts:
        code, _, qty = text.partition(":")
        hit = counter.scan(uow, code)
        match = next((l for l in view.lines if l.code == hit.code and l.qty > l.returned_qty), None)
        if match is None:
            raise ValidationError(tr("{code} is not on ticket {number}.", code=code, number=view.number), field="line")
        lines.append(counter.ReturnLineInput(match.id, _amount(qty) if qty else Decimal(1)))
    return lines


def _back_serials(uow, number: str, lines: list | None, texts: list[str]) -> list:
    """--serial on a return: each found on the ticket (its line, or the bundle line it came in),
    refused when it is not on it. A line not named by --line comes back one unit per serial (a
    bundle: one kit)."""
    by_line: dict = {}
    for text in texts:
        serial = text.rsplit(":", 1)[-1].strip()
        hit = counter.serial_on_ticket(uow, number, serial)
        by_line.setdefault(hit.line_id, []).append(hit)
    out = []
    for line in lines or []:
        hits = by_line.pop(line.line_id, [])
        out.append(_serials_back(line, hits))
    for line_id, hits in by_line.items():
        qty = Decimal(1) if hits[0].component_id is not None else Decimal(len(hits))
        out.append(_serials_back(counter.ReturnLineInput(line_id, qty), hits))
    return out


def _serials_back(line, hits: list):
    from erp_desktop.services.inventory import LotInput

    plain = tuple(LotInput(h.serial) for h in hits if h.component_id is None)
    components: dict = {}
    for h in hits:
        if h.component_id is not None:
            components.setdefault(h.component_id, []).append(LotInput(h.serial))
    return replace(
        line,
        lots=line.lots + plain,
        component_lots=line.component_lots + tuple((c, tuple(v)) for c, v in components.items()),
    )


def _return(args) -> int:
    uow = open_uow(args)
    template = _ticket_template(uow, args)
    lines = _back_lines(uow, args.number, args.line) if args.line else None
    if args.serial:
        lines = _back_serials(uow, args.number, lines, args.serial)
    refunds = [_pay(p) for p in args.refund] or None
    result = counter.return_ticket(uow, args.number, lines=lines, refunds=refunds, on=args.date, reason=args.reason)
    if args.pdf:
        counter.ticket_pdf(uow, result.id, path=Path(args.pdf), template=template)
    print(tr("Return {number}: refunded {total}.", number=result.number, total=fmt_money(result.total)))
    return 0


def _exchange(args) -> int:
    uow = open_uow(args)
    back, out = counter.exchange_ticket(
        uow,
        args.number,
        back=_back_lines(uow, args.number, args.back),
        lines=_lines(uow, args.line),
        payments=[_pay(p) for p in args.pay],
        on=args.date,
        reason=args.reason,
    )
    print(tr("Return {number}: refunded {total}.", number=back.number, total=fmt_money(back.total)))
    print(
        tr(
            "Ticket {number}: total {total}, change {change}.",
            number=out.number,
            total=fmt_money(out.total),
            change=fmt_money(out.change),
        )
    )
    return 0


def _reprint(args) -> int:
    uow = open_uow(args)
    template = _ticket_template(uow, args, with_pdf=False)
    if args.pdf:
        counter.ticket_pdf(uow, args.number, paper_mm=args.paper, path=Path(args.pdf), reprint=True, template=template)
        print(tr("Written {path}", path=args.pdf))
        return 0
    for line in counter.ticket_lines(uow, args.number, paper_mm=args.paper, reprint=True, template=template):
        print(line)
    return 0


def _report(args) -> int:
    uow = open_uow(args)
    figures = counter.day_figures(uow, args.date, store=args.store)
    if wants_json(args):
        print_json(figures)
        return 0
    print(
        tr(
            "{date}: {tickets} tickets, {total}",
            date=figures.on.isoformat(),
            tickets=figures.tickets,
            total=fmt_money(figures.total),
        )
        + (f" · {figures.store}" if figures.store else "")
    )
    print_table([tr("Hour"), tr("Amount")], [(f"{h:02d}:00", fmt_money(v)) for h, v in figures.by_hour], right=(1,))
    print_table(
        [tr("Code"), tr("Name"), tr("Qty"), tr("Amount")],
        [(c, n, q, fmt_money(v)) for c, n, q, v in figures.by_product],
        right=(2, 3),
    )
    print_table([tr("Cashier"), tr("Amount")], [(c, fmt_money(v)) for c, v in figures.by_cashier], right=(1,))
    print_table([tr("Method"), tr("Amount")], [(label, fmt_money(v)) for _m, label, v in figures.by_method], right=(1,))
    return 0


def _member_add(args) -> int:
    uow = open_uow(args)
    row = counter.create_member(uow, name=args.name, phone=args.phone, card_no=args.card)
    print(tr("Member {name} · card {card}", name=row.name, card=row.card_no))
    return 0


def _member_topup(args) -> int:
    uow = open_uow(args)
    member = counter.find_member(uow, args.member)
    row = counter.top_up(uow, member.id, amount=_amount(args.amount), method=args.method)
    print(tr("Stored value of {name}: {amount}", name=row.name, amount=fmt_money(row.stored_value)))
    return 0


def _member_list(args) -> int:
    uow = open_uow(args)
    members = counter.list_members(uow, limit=args.limit)
    if wants_json(args):
        print_json(members)
        return 0
    print_table(
        [tr("Card"), tr("Name"), tr("Phone"), tr("Tier"), tr("Points"), tr("Stored value"), tr("Joined")],
        [(m.card_no, m.name, m.phone, m.tier, m.points, fmt_money(m.stored_value), m.joined_on) for m in members],
        right=(4, 5),
    )
    print(
        tr(
            "{count} members · points {points} · stored value {stored}",
            count=len(members),
            points=sum(m.points for m in members),
            stored=fmt_money(sum((m.stored_value for m in members), Decimal(0))),
        )
    )
    return 0


def _member_show(args) -> int:
    uow = open_uow(args)
    statement = counter.member_statement(uow, counter.find_member(uow, args.member).id)
    if wants_json(args):
        print_json(statement)
        return 0
    m = statement.member
    print(
        tr(
            "{name} · card {card} · points {points} · stored value {stored}",
            name=m.name,
            card=m.card_no,
            points=m.points,
            stored=fmt_money(m.stored_value),
        )
    )
    print_table(
        [
            tr("Date"),
            tr("What"),
            tr("Document"),
            tr("Points"),
            tr("Amount"),
            tr("Points after"),
            tr("Stored value after"),
        ],
        [
            (e.on, e.label, e.doc_number, e.points, fmt_money(e.amount), e.points_after, fmt_money(e.stored_after))
            for e in statement.events
        ],
        right=(3, 4, 5, 6),
    )
    return 0
