"""``erp-desktop sales …``: quotes, orders, deliveries, returns, exchanges, lists, history.

erp-desktop sales order create --customer C001 --line A001:10[:price[:discount]] … [--confirm]
erp-desktop sales order confirm SO-2026-000001 [--yes credit-limit]
erp-desktop sales order cancel SO-2026-000001
erp-desktop sales deliver SO-2026-000001 [--warehouse W1 [--bin A-01]] [--line A001:5 …] [--yes negative-stock]
erp-desktop sales return DN-2026-000001 --line A001:2 [--bin A-01]
erp-desktop sales exchange DN-2026-000001 --back A001:2 --out B001:1
erp-desktop sales list [--status confirmed] [--customer C001] [--salesperson NAME] [--from D] [--to D] [--search TEXT]
erp-desktop sales show SO-2026-000001
erp-desktop sales quote create --customer C001 --line A001:10 [--valid-until D]
erp-desktop sales quote convert SQ-2026-000001
erp-desktop sales history C001
"""

from __future__ import annotations

import argparse
import uuid
from decimal import Decimal

from erp_desktop.services import masterdata, paging, sales

from ..errors import NotFound, ValidationError
from ..i18n import tr
from ..money import NotANumber, fmt_money, parse_decimal
from . import (
    acknowledged,
    add_json,
    iso_date,
    leaf,
    open_uow,
    party_id,
    positive_int,
    print_json,
    print_table,
    product_id,
    qty_and_unit,
    wants_json,
)


def register(add) -> None:
    parser = add("sales", "sales: quotes, orders, deliveries, returns, exchanges", _usage)
    sub = parser.add_subparsers(dest="sales_command", metavar="ACTION")

    order = sub.add_parser("order", help="create, confirm or cancel an order")
    order_sub = order.add_subparsers(dest="order_command", metavar="ACTION")
    order.set_defaults(handler=lambda args: _usage(args, order))
    create = leaf(order_sub, "create", "create a sales order", _order_create)
    _doc_args(create)
    create.add_argument("--confirm", action="store_true", help="confirm it at once (待发货)")
    create.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (credit-limit)")
    confirm = leaf(order_sub, "confirm", "confirm a draft order", _order_confirm)
    confirm.add_argument("number")
    confirm.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (credit-limit)")
    cancel = leaf(order_sub, "cancel", "cancel an order (a partly delivered one is closed)", _order_cancel)
    cancel.add_argument("number")

    deliver = leaf(sub, "deliver", "deliver an order (everything open, or the given lines)", _deliver)
    deliver.add_argument("number")
    deliver.add_argument("--warehouse", metavar="CODE")
    deliver.add_argument("--bin", metavar="CODE")
    deliver.add_argument("--line", action="append", default=[], metavar="PRODUCT:QTY")
    deliver.add_argument(
        "--lot",
        action="append",
        default=[],
        metavar="PRODUCT:LOT[:QTY]",
        help="take this lot (default: first expiry first)",
    )
    deliver.add_argument(
        "--serial", action="append", default=[], metavar="PRODUCT:SERIAL", help="a serial number delivered"
    )
    deliver.add_argument("--date", type=iso_date)
    deliver.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (negative-stock)")

    ret = leaf(sub, "return", "return goods against a delivery", _return)
    ret.add_argument("number")
    ret.add_argument("--line", action="append", default=[], required=True, metavar="PRODUCT:QTY")
    ret.add_argument("--bin", metavar="CODE", help="bin to put the goods back (default: where they left)")
    ret.add_argument("--reason", default="")
    ret.add_argument("--date", type=iso_date)
    ret.add_argument(
        "--lot",
        action="append",
        default=[],
        metavar="PRODUCT:LOT[:QTY]",
        help="this lot comes back (default: as delivered)",
    )
    ret.add_argument(
        "--serial",
        action="append",
        default=[],
        metavar="PRODUCT:SERIAL",
        help="this serial comes back (a bundle's: its component's; default: those delivered)",
    )

    exchange = leaf(sub, "exchange", "exchange goods of a delivery for others (换货)", _exchange)
    exchange.add_argument("number")
    exchange.add_argument("--back", action="append", default=[], required=True, metavar="PRODUCT:QTY")
    exchange.add_argument("--out", action="append", default=[], required=True, metavar="PRODUCT:QTY[:PRICE]")
    exchange.add_argument("--warehouse", metavar="CODE")
    exchange.add_argument("--reason", default="")
    exchange.add_argument("--date", type=iso_date)
    exchange.add_argument("--yes", action="append", metavar="KEY")

    listing = leaf(sub, "list", "list orders", _list)
    listing.add_argument(
        "--status", choices=["draft", "confirmed", "partly_delivered", "delivered", "closed", "cancelled"]
    )
    listing.add_argument("--customer", metavar="CODE")
    listing.add_argument("--salesperson")
    listing.add_argument("--from", dest="date_from", type=iso_date)
    listing.add_argument("--to", dest="date_to", type=iso_date)
    listing.add_argument("--search", default="")
    listing.add_argument("--limit", type=positive_int, default=50)
    add_json(listing)

    show = leaf(sub, "show", "show an order with its tracking figures", _show)
    show.add_argument("number")
    add_json(show)

    quote = sub.add_parser("quote", help="create or convert a quote")
    quote_sub = quote.add_subparsers(dest="quote_command", metavar="ACTION")
    quote.set_defaults(handler=lambda args: _usage(args, quote))
    qcreate = leaf(quote_sub, "create", "create a quote", _quote_create)
    _doc_args(qcreate)
    qcreate.add_argument("--valid-until", type=iso_date)
    qconvert = leaf(quote_sub, "convert", "convert a quote to an order", _quote_convert)
    qconvert.add_argument("number")

    history = leaf(sub, "history", "a customer's purchase history", _history)
    history.add_argument("customer", metavar="CODE")
    add_json(history)
    parser.set_defaults(handler=lambda args: _usage(args, parser))


def _doc_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", required=True, metavar="CODE")
    parser.add_argument("--line", action="append", default=[], required=True, metavar="PRODUCT:QTY[:PRICE[:DISCOUNT]]")
    parser.add_argument("--date", type=iso_date)
    parser.add_argument("--salesperson")
    parser.add_argument("--notes", default="")


def _usage(args, parser=None) -> int:
    (
        parser.print_help()
        if parser is not None
        else print(tr("usage: erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …"))
    )
    return 2


# --- handlers -----------------------------------------------------------------------------
def _order_create(args) -> int:
    uow = open_uow(args)
    customer = _customer(uow, args.customer)
    ref = sales.create_order(
        uow,
        customer_id=customer,
        lines=_lines(uow, args.line),
        on=args.date,
        salesperson=args.salesperson,
        notes=args.notes,
    )
    print(tr("Created order {number}.", number=ref.number))
    if args.confirm:
        sales.confirm_order(uow, ref.id, acknowledged=acknowledged(args))
        print(tr("Confirmed order {number}: awaiting delivery.", number=ref.number))
    _print_order(sales.get_order_view(uow, ref.id))
    return 0


def _order_confirm(args) -> int:
    uow = open_uow(args)
    ref = sales.confirm_order(uow, sales.find_order(uow, args.number), acknowledged=acknowledged(args))
    print(tr("Confirmed order {number}: awaiting delivery.", number=ref.number))
    return 0


def _order_cancel(args) -> int:
    uow = open_uow(args)
    ref = sales.cancel_order(uow, sales.find_order(uow, args.number))
    print(tr("Order {number} is now {state}.", number=ref.number, state=sales.get_order_view(uow, ref.id).state_text))
    return 0


def _deliver(args) -> int:
    uow = open_uow(args)
    order_id = sales.find_order(uow, args.number)
    warehouse_id, bin_id = _where(uow, args.warehouse, args.bin)
    lines = None
    if args.line:
        view = sales.get_order_view(uow, order_id)
        lines = []
        for code, quantity, _rest, unit in (_split(text) for text in args.line):
            product = _product(uow, code)
            line = next((l for l in view.lines if l.product_id == product and l.remaining > 0), None)
            if line is None:
                raise ValidationError(
                    tr("{code} has nothing open on order {number}.", code=code, number=view.number), field="line"
                )
            lines.append(sales.DeliveryLineInput(line.id, quantity, bin_id, unit=unit))
    if args.lot or args.serial:
        from dataclasses import replace

        from erp_desktop.services import inventory

        view = sales.get_order_view(uow, order_id)
        lots = inventory.lots_by_product(args.lot, args.serial, lambda code: _product(uow, code))
        if lines is None:
            lines = [sales.DeliveryLineInput(l.id, l.remaining, bin_id) for l in view.lines if l.remaining > 0]
        by_line = {l.id: l.product_id for l in view.lines}
        lines = [replace(l, lots=tuple(lots.pop(by_line[l.order_line_id], []))) for l in lines]
        if lots:  # the components of a bundle (套装) delivered here
            lines = [_bundle_lots(uow, l, by_line[l.order_line_id], lots) for l in lines]
        if lots:
            raise ValidationError(tr("A --lot or --serial names a product not delivered here."), field="lot")
    ref = sales.deliver_order(
        uow,
        order_id,
        lines=lines,
        on=args.date,
        warehouse_id=warehouse_id,
        location_id=bin_id,
        acknowledged=acknowledged(args),
    )
    dn = sales.get_delivery_view(uow, ref.id)
    if not uow.actor.can("view_cost"):  # the cost of goods is not for every role's eyes
        print(
            tr(
                "Posted delivery {number}: net {net}, tax {tax}, receivable {gross}.",
                number=dn.number,
                net=fmt_money(dn.net_total),
                tax=fmt_money(dn.tax_total),
                gross=fmt_money(dn.gross_total),
            )
        )
    else:
        print(
            tr(
                "Posted delivery {number}: net {net}, tax {tax}, receivable {gross}, cost {cost}.",
                number=dn.number,
                net=fmt_money(dn.net_total),
                tax=fmt_money(dn.tax_total),
                gross=fmt_money(dn.gross_total),
                cost=fmt_money(dn.cost_total),
            )
        )
    _print_order(sales.get_order_view(uow, order_id))
    return 0


def _return(args) -> int:
    uow = open_uow(args)
    delivery_id = sales.find_delivery(uow, args.number)
    dn = sales.get_delivery_view(uow, delivery_id)
    bin_id = _bin_anywhere(uow, args.bin) if args.bin else None
    lines = [
        sales.ReturnLineInput(_delivery_line(uow, dn, code), quantity, bin_id, unit=unit)
        for code, quantity, _, unit in map(_split, args.line)
    ]
    if args.lot or args.serial:
        lines = _return_lots(uow, dn, lines, args)
    ref = sales.return_delivery(uow, delivery_id, lines=lines, on=args.date, reason=args.reason)
    print(tr("Posted return {number} against {delivery}.", number=ref.number, delivery=dn.number))
    _print_order(sales.get_order_view(uow, dn.order_id))
    return 0


def _exchange(args) -> int:
    uow = open_uow(args)
    delivery_id = sales.find_delivery(uow, args.number)
    dn = sales.get_delivery_view(uow, delivery_id)
    warehouse_id, _bin = _where(uow, args.warehouse, None)
    back = [
        sales.ReturnLineInput(_delivery_line(uow, dn, code), quantity, unit=unit)
        for code, quantity, _, unit in map(_split, args.back)
    ]
    out = [
        sales.ExchangeOutInput(_product(uow, code), quantity, _price(rest[0]) if rest else None, unit=unit)
        for code, quantity, rest, unit in map(_split, args.out)
    ]
    ref = sales.exchange_items(
        uow,
        delivery_id,
        returned=back,
        out=out,
        on=args.date,
        reason=args.reason,
        warehouse_id=warehouse_id,
        acknowledged=acknowledged(args),
    )
    print(
        tr(
            "Posted exchange {number}: return {sr}, delivery {dn}, difference {amount}.",
            number=ref.number,
            sr=ref.sales_return.number,
            dn=ref.delivery.number,
            amount=fmt_money(ref.difference),
        )
    )
    return 0


def _list(args) -> int:
    uow = open_uow(args)
    filters = {
        "state": args.status,
        "salesperson": args.salesperson,
        "date_from": args.date_from,
        "date_to": args.date_to,
    }
    if args.customer:
        filters["customer_id"] = _customer(uow, args.customer)
    page = sales.list_orders(
        uow, paging.ListQuery(search=args.search, limit=args.limit, filters={k: v for k, v in filters.items() if v})
    )
    if wants_json(args):
        print_json(page.rows)
        return 0
    print_table(
        [tr("Number"), tr("Date"), tr("Customer"), tr("Salesperson"), tr("State"), tr("Total")],
        [
            [
                row.number,
                row.on.isoformat(),
                f"{row.customer_code} {row.customer_name}",
                row.salesperson or "-",
                row.state_text,
                fmt_money(row.gross_total),
            ]
            for row in page.rows
        ],
        right=[5],
    )
    if page.next_after is not None:
        print(tr("… more (use --limit)"))
    return 0


def _show(args) -> int:
    uow = open_uow(args)
    view = sales.get_order_view(uow, sales.find_order(uow, args.number))
    if wants_json(args):
        print_json(view)
    else:
        _print_order(view)
    return 0


def _quote_create(args) -> int:
    uow = open_uow(args)
    ref = sales.create_quote(
        uow,
        customer_id=_customer(uow, args.customer),
        lines=_lines(uow, args.line),
        on=args.date,
        valid_until=args.valid_until,
        salesperson=args.salesperson,
        notes=args.notes,
    )
    q = sales.get_quote_view(uow, ref.id)
    print(
        tr(
            "Created quote {number}, valid until {date}, total {gross}.",
            number=q.number,
            date=q.valid_until.isoformat() if q.valid_until else "-",
            gross=fmt_money(q.gross_total),
        )
    )
    return 0


def _quote_convert(args) -> int:
    uow = open_uow(args)
    quotes = sales.list_quotes(uow, paging.ListQuery(search=args.number, limit=5)).rows
    quote = next((q for q in quotes if q.number == args.number.strip()), None)
    if quote is None:
        raise NotFound(tr("No quote {number}.", number=args.number))
    ref = sales.convert_quote(uow, quote.id)
    print(tr("Quote {quote} converted to order {number}.", quote=quote.number, number=ref.number))
    return 0


def _history(args) -> int:
    uow = open_uow(args)
    history = sales.customer_history(uow, _customer(uow, args.customer))
    if wants_json(args):
        print_json(history)
        return 0
    print(
        tr(
            "Orders: {orders}  bought (net): {net}  (gross): {gross}  still owed: {owed}",
            orders=history.orders,
            net=fmt_money(history.net_total),
            gross=fmt_money(history.gross_total),
            owed=fmt_money(history.open_receivable),
        )
    )
    print_table(
        [tr("Code"), tr("Name"), tr("Quantity"), tr("Amount")],
        [[p.code, p.name, f"{p.qty.normalize():f}", fmt_money(p.gross)] for p in history.products],
        right=[2, 3],
    )
    print_table(
        [tr("Date"), tr("Document"), tr("Order"), tr("Amount")],
        [[d.on.isoformat(), d.number, d.order_number, fmt_money(d.gross_total)] for d in history.documents],
        right=[3],
    )
    return 0


# --- helpers ------------------------------------------------------------------------------
def _print_order(view: sales.OrderView) -> None:
    print(
        tr(
            "{number}  {date}  {customer}  [{state}]",
            number=view.number,
            date=view.on.isoformat(),
            customer=f"{view.customer_code} {view.customer_name}",
            state=view.state_text,
        )
    )
    # the lines as a table: Chinese names line up by display width
    print_table(
        [
            tr("Code"),
            tr("Product"),
            tr("Ordered"),
            tr("Delivered"),
            tr("Returned"),
            tr("Exchanged"),
            tr("Open"),
            tr("Unit price"),
            tr("Gross"),
            tr("Note"),
        ],
        [
            [
                line.product_code,
                line.product_name,
                _q(line.qty),
                _q(line.delivered_qty),
                _q(line.returned_qty),
                _q(line.exchanged_qty),
                _q(line.remaining),
                f"{line.unit_price.normalize():f}",
                fmt_money(line.gross),
                tr("SHORTAGE (available {qty})", qty=f"{line.available.normalize():f}") if line.shortage else "",
            ]
            for line in view.lines
        ],
        right=(2, 3, 4, 5, 6, 7, 8),
    )
    print(
        "  "
        + tr(
            "net {net}  tax {tax}  total {gross}  invoiced {invoiced}  receivable {receivable}  collected {collected}",
            net=fmt_money(view.net_total),
            tax=fmt_money(view.tax_total),
            gross=fmt_money(view.gross_total),
            invoiced=fmt_money(view.invoiced),
            receivable=fmt_money(view.receivable),
            collected=fmt_money(view.collected),
        )
    )
    for d in view.documents:
        print(f"  {d.number}  {d.on.isoformat()}  {fmt_money(d.gross_total)}")


def _q(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _split(text: str) -> tuple[str, Decimal, list[str], str]:
    """PRODUCT:QTY[UNIT][:…] → (product, quantity, the rest, unit); "A001:2箱" is 2 of the unit 箱."""
    parts = text.split(":")
    if len(parts) < 2 or not parts[0].strip():
        raise ValidationError(tr("Write a line as PRODUCT:QTY (got {text}).", text=text), field="line")
    number, unit = qty_and_unit(parts[1])
    try:
        quantity = parse_decimal(number)
    except NotANumber:
        raise ValidationError(tr("Write a line as PRODUCT:QTY (got {text}).", text=text), field="line") from None
    return parts[0].strip(), quantity, parts[2:], unit


def _price(text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        return parse_decimal(text)
    except NotANumber:
        raise ValidationError(tr("Not a number: {text}", text=text), field="line") from None


def _lines(uow, texts: list[str]) -> list[sales.LineInput]:
    lines = []
    for text in texts:
        code, quantity, rest, unit = _split(text)
        unit_price = _price(rest[0]) if rest else None
        discount = _price(rest[1]) if len(rest) > 1 else Decimal(0)
        lines.append(sales.LineInput(_product(uow, code), quantity, unit_price, discount or Decimal(0), unit=unit))
    return lines


def _product(uow, code: str) -> uuid.UUID:
    return product_id(uow, code)


def _customer(uow, code: str) -> uuid.UUID:
    return party_id(uow, "customer", code)


def _where(uow, warehouse_code: str | None, bin_code: str | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    if not warehouse_code:
        return None, (_bin_anywhere(uow, bin_code) if bin_code else None)
    for w in masterdata.list_warehouses(uow):
        if w.code == warehouse_code:
            if not bin_code:
                return w.id, None
            for b in w.bins:
                if b.code == bin_code:
                    return w.id, b.id
            raise NotFound(tr("No bin {bin} in warehouse {warehouse}.", bin=bin_code, warehouse=warehouse_code))
    raise NotFound(tr("No warehouse with code {code}.", code=warehouse_code))


def _bin_anywhere(uow, bin_code: str) -> uuid.UUID:
    found = [b.id for w in masterdata.list_warehouses(uow) for b in w.bins if b.code == bin_code]
    if len(found) != 1:
        raise NotFound(tr("Bin {bin} is not one bin; give --warehouse too.", bin=bin_code))
    return found[0]


def _return_lots(uow, dn: sales.DeliveryView, lines: list, args) -> list:
    """The --lot/--serial of a return, on the line of their product or of the bundle they are
    a component of."""
    from dataclasses import replace

    from erp_desktop.services import inventory

    lots = inventory.lots_by_product(args.lot, args.serial, lambda code: _product(uow, code))
    by_line = {l.id: l.product_id for l in dn.lines}
    out = []
    for line in lines:
        product_id = by_line[line.delivery_line_id]
        if product_id in lots:
            line = replace(line, lots=tuple(lots.pop(product_id)))
        else:
            bundled = _bundle_lots(uow, sales.DeliveryLineInput(line.delivery_line_id, line.qty), product_id, lots)
            line = replace(line, component_lots=bundled.component_lots)
        out.append(line)
    if lots:
        raise ValidationError(tr("A --lot or --serial names a product not returned here."), field="lot")
    return out


def _bundle_lots(uow, line: sales.DeliveryLineInput, product_id, lots: dict) -> sales.DeliveryLineInput:
    """A bundle line takes the --lot/--serial of its components (removed from ``lots``)."""
    from dataclasses import replace

    from erp_desktop.services import inventory

    bom = inventory.get_bom(uow, product_id)
    if bom is None or not bom.bundle:
        return line
    mine = tuple(
        (part.component_id, tuple(lots.pop(part.component_id))) for part in bom.lines if part.component_id in lots
    )
    return replace(line, component_lots=mine) if mine else line


def _delivery_line(uow, dn: sales.DeliveryView, code: str) -> uuid.UUID:
    product = _product(uow, code)
    line = next((l for l in dn.lines if l.product_id == product and l.returnable > 0), None) or next(
        (l for l in dn.lines if l.product_id == product), None
    )
    if line is None:
        raise ValidationError(tr("{code} is not on delivery {number}.", code=code, number=dn.number), field="line")
    return line.id
