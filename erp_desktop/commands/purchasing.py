"""``erp-desktop purchase …``: requisitions, orders, approvals, receipts, returns, suggestions.

erp-desktop purchase requisition create --department Shop --line A001:10[:2026-03-31[:reason]] …
erp-desktop purchase requisition list [--all]
erp-desktop purchase merge [--requisition RQ-2026-000001 …] [--supplier A001=S001 …]
erp-desktop purchase order create --supplier S001 --line A001:10[:price[:tax rate]] … [--expected D] [--confirm] [--yes zero-price]
erp-desktop purchase order submit|confirm|approve|cancel|close PO-2026-000001
erp-desktop purchase order reject PO-2026-000001 --reason "too expensive"
erp-desktop purchase receive PO-2026-000001 [--line A001:5 …] --warehouse W1 --bin A-01 [--date D]
erp-desktop purchase return PR-2026-000001 --line A001:2 [--reason TEXT]
erp-desktop purchase charge PR-2026-000001 [PR-… …] --supplier T1 --amount 100.00 [--vat-rate 0.09] [--by value|qty]
erp-desktop purchase charges [--receipt PR-…] | charge-show LC-2026-000001 | charge-reverse LC-2026-000001
erp-desktop purchase suggest [--window 30] [--create]
erp-desktop purchase list [--status S] [--supplier S001] [--buyer NAME] [--from D] [--to D] [--late]
erp-desktop purchase show PO-2026-000001
erp-desktop purchase supplier S001
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from erp_desktop.services import masterdata, paging, purchasing

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
    print_json,
    print_table,
    product_id,
    qty_and_unit,
    wants_json,
)


def register(add) -> None:
    parser = add("purchase", "purchasing: requisitions, orders, approvals, receipts, returns, suggestions", _usage)
    sub = parser.add_subparsers(dest="purchase_command", metavar="ACTION")

    req = sub.add_parser("requisition", help="raise or list requisitions (采购申请)")
    req_sub = req.add_subparsers(dest="req_command", metavar="ACTION")
    req.set_defaults(handler=lambda args: _usage(args, req))
    create = leaf(req_sub, "create", "raise a requisition", _req_create)
    create.add_argument("--department", default="")
    create.add_argument("--line", action="append", required=True, metavar="PRODUCT:QTY[:NEEDED-BY[:REASON]]")
    create.add_argument("--date", type=iso_date)
    listing = leaf(req_sub, "list", "list requisition lines (open ones unless --all)", _req_list)
    listing.add_argument("--all", action="store_true")
    add_json(listing)

    merge = leaf(sub, "merge", "merge open requisition lines into draft orders, one per supplier", _merge)
    merge.add_argument("--requisition", action="append", default=[], metavar="NUMBER", help="only these requisitions")
    merge.add_argument(
        "--supplier", action="append", default=[], metavar="PRODUCT=SUPPLIER", help="override the proposed supplier"
    )
    merge.add_argument("--date", type=iso_date)
    merge.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (zero-price)")

    order = sub.add_parser(
        "order", help="create an order or move it along (submit, approve, reject, confirm, cancel, close)"
    )
    order_sub = order.add_subparsers(dest="order_command", metavar="ACTION")
    order.set_defaults(handler=lambda args: _usage(args, order))
    oc = leaf(order_sub, "create", "create a purchase order", _order_create)
    oc.add_argument("--supplier", required=True, metavar="CODE")
    oc.add_argument("--line", action="append", required=True, metavar="PRODUCT:QTY[:PRICE[:TAX]]")
    oc.add_argument("--expected", type=iso_date)
    oc.add_argument("--date", type=iso_date)
    oc.add_argument("--note", default="")
    oc.add_argument("--confirm", action="store_true", help="confirm at once (refused when it needs approval)")
    oc.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (zero-price)")
    for name, help_text in (
        ("submit", "ask for approval"),
        ("confirm", "confirm (after approval when a rule applies)"),
        ("approve", "approve as the acting user"),
        ("cancel", "cancel an order without receipts"),
        ("close", "close: nothing more will be received"),
    ):
        step = leaf(order_sub, name, help_text, _order_step)
        step.add_argument("number")
        step.add_argument("--reason", default="")
    rej = leaf(order_sub, "reject", "reject with a reason", _order_step)
    rej.add_argument("number")
    rej.add_argument("--reason", required=True)

    edit = leaf(sub, "edit", "change a draft purchase order (only what is given changes)", _order_edit)
    edit.add_argument("number")
    edit.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="PRODUCT:QTY[@PRICE]",
        help="set this product's quantity (and price) on the order, adding the line if new; QTY 0 removes it",
    )
    edit.add_argument("--remove", action="append", default=[], metavar="PRODUCT", help="remove this product's line")
    edit.add_argument("--replace", action="store_true", help="the --line lines replace all the order's lines")
    edit.add_argument("--supplier", metavar="CODE")
    edit.add_argument("--expected", type=iso_date)
    edit.add_argument("--date", type=iso_date)
    edit.add_argument("--note")
    edit.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (zero-price)")

    rec = leaf(sub, "receive", "receive an order (everything outstanding, or the given lines) into a bin", _receive)
    rec.add_argument("number")
    rec.add_argument("--line", action="append", default=[], metavar="PRODUCT:QTY")
    rec.add_argument("--warehouse", required=True, metavar="CODE")
    rec.add_argument("--bin", metavar="CODE", help="default: the warehouse's first active bin")
    rec.add_argument("--date", type=iso_date)
    rec.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (bin-capacity)")
    rec.add_argument(
        "--lot",
        action="append",
        default=[],
        metavar="PRODUCT:LOT[:QTY[:EXPIRY[:PRODUCTION]]]",
        help="a lot received (several per product allowed; dates YYYY-MM-DD)",
    )
    rec.add_argument(
        "--serial", action="append", default=[], metavar="PRODUCT:SERIAL", help="one serial number received"
    )

    ret = leaf(sub, "return", "return goods of a receipt to the supplier", _return)
    ret.add_argument("number")
    ret.add_argument("--line", action="append", required=True, metavar="PRODUCT:QTY")
    ret.add_argument("--reason", default="")
    ret.add_argument("--date", type=iso_date)

    lc = leaf(sub, "charge", "post a landed cost (采购费用单: freight, duty, handling) on receipts", _charge)
    lc.add_argument("receipts", nargs="+", metavar="RECEIPT", help="the receipts the charge falls on")
    lc.add_argument("--supplier", required=True, metavar="CODE", help="who bills the charge (carrier, broker …)")
    lc.add_argument("--amount", required=True, metavar="NET", help="the charge before VAT")
    lc.add_argument("--vat-rate", default="0", metavar="RATE", help="VAT rate as a fraction (0.09 = 9%%)")
    lc.add_argument("--vat", default=None, metavar="AMOUNT", help="the VAT amount on the invoice (default: net × rate)")
    lc.add_argument("--by", choices=["value", "qty"], default="value", help="spread by line value or quantity")
    lc.add_argument("--kind", choices=["freight", "duty", "handling", "other"], default="freight")
    lc.add_argument("--invoice", default="", help="the supplier's invoice number")
    lc.add_argument("--date", type=iso_date)
    lc.add_argument("--note", default="")
    lcr = leaf(sub, "charge-reverse", "reverse (红冲) a landed cost", _charge_reverse)
    lcr.add_argument("number")
    lcr.add_argument("--date", type=iso_date)
    lcr.add_argument("--note", default="")
    lcl = leaf(sub, "charges", "list landed costs", _charges)
    lcl.add_argument("--supplier", metavar="CODE")
    lcl.add_argument("--receipt", metavar="NUMBER")
    lcl.add_argument("--search", default="")
    add_json(lcl)
    lcs = leaf(sub, "charge-show", "show a landed cost: how it was spread and placed", _charge_show)
    lcs.add_argument("number")
    add_json(lcs)

    sug = leaf(sub, "suggest", "reorder suggestions (and --create draft orders from them)", _suggest)
    sug.add_argument("--window", type=int, default=30, help="days of sales to average (default 30)")
    sug.add_argument("--create", action="store_true")
    add_json(sug)

    lst = leaf(sub, "list", "list purchase orders", _list)
    lst.add_argument("--status", choices=["open"] + list(purchasing.STATE_LABELS))
    lst.add_argument("--supplier", metavar="CODE")
    lst.add_argument("--buyer")
    lst.add_argument("--from", dest="date_from", type=iso_date)
    lst.add_argument("--to", dest="date_to", type=iso_date)
    lst.add_argument("--late", action="store_true")
    lst.add_argument("--search", default="")
    add_json(lst)

    show = leaf(sub, "show", "show an order with its execution and approvals", _show)
    show.add_argument("number")
    add_json(show)
    sup = leaf(sub, "supplier", "a supplier's quotes, on-time delivery and return rates", _supplier_view)
    sup.add_argument("code")
    add_json(sup)


def _usage(args, parser=None) -> int:
    (
        parser.print_help()
        if parser is not None
        else print(
            tr("usage: erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …")
        )
    )
    return 2


# --- lookups ------------------------------------------------------------------------------------
def _dec(text: str, what: str) -> Decimal:
    try:
        return parse_decimal(text)
    except NotANumber:
        raise ValidationError(tr("{what} must be a number (got {text}).", what=what, text=text)) from None


def _product(uow, code: str) -> uuid.UUID:
    return product_id(uow, code)


def _supplier(uow, code: str) -> uuid.UUID:
    return party_id(uow, "supplier", code)


def _split(text: str, minimum: int = 2) -> list[str]:
    parts = text.split(":")
    if len(parts) < minimum:
        raise ValidationError(tr("Write lines as PRODUCT:QTY (got {text}).", text=text))
    return parts


def _bin(uow, warehouse_code: str, bin_code: str | None) -> uuid.UUID:
    for w in masterdata.list_warehouses(uow):
        if w.code == warehouse_code:
            for b in w.bins:
                if (bin_code and b.code == bin_code) or (not bin_code and b.status == "active"):
                    return b.id
            raise NotFound(
                tr("No usable bin {bin} in warehouse {warehouse}.", bin=bin_code or "", warehouse=warehouse_code)
            )
    raise NotFound(tr("No warehouse with code {code}.", code=warehouse_code))


def _needed_by(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(tr("{text} is not a date (YYYY-MM-DD).", text=text), field="needed_by") from None


# --- handlers -----------------------------------------------------------------------------------
def _req_create(args) -> int:
    uow = open_uow(args)
    lines = []
    for text in args.line:
        parts = _split(text)
        needed = _needed_by(parts[2]) if len(parts) > 2 and parts[2] else None
        number, unit = qty_and_unit(parts[1])
        lines.append(
            purchasing.RequisitionLineInput(
                _product(uow, parts[0]), _dec(number, tr("Quantity")), needed, ":".join(parts[3:]), unit=unit
            )
        )
    ref = purchasing.create_requisition(uow, on=args.date or date.today(), department=args.department, lines=lines)
    print(tr("Requisition {number} raised.", number=ref.number))
    return 0


def _req_list(args) -> int:
    uow = open_uow(args)
    query = paging.ListQuery(filters={} if args.all else {"state": "open"}, limit=10_000)
    rows = purchasing.list_requisition_lines(uow, query).rows
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [
            tr("Number"),
            tr("Date"),
            tr("Department"),
            tr("Product"),
            tr("Quantity"),
            tr("Open"),
            tr("Needed by"),
            tr("State"),
            tr("Orders"),
        ],
        [
            [
                r.number,
                r.on,
                r.department,
                r.product_code,
                f"{r.qty:f}",
                f"{r.open_qty:f}",
                r.needed_by,
                {"open": tr("Not ordered"), "ordered": tr("Ordered"), "cancelled": tr("Cancelled")}.get(
                    r.state, r.state
                ),  # the words of the window's state filter
                r.orders,
            ]
            for r in rows
        ],
    )
    return 0


def _merge(args) -> int:
    uow = open_uow(args)
    on = args.date or date.today()
    rows = purchasing.list_requisition_lines(uow, paging.ListQuery(filters={"state": "open"}, limit=10_000)).rows
    if args.requisition:
        rows = [r for r in rows if r.number in set(args.requisition)]
    overrides = {}
    for text in args.supplier:
        product, _, supplier = text.partition("=")
        overrides[_product(uow, product)] = _supplier(uow, supplier)
    plan = purchasing.plan_merge(uow, [r.id for r in rows], on)
    choices = [(p.requisition_line_id, overrides.get(p.product_id, p.supplier_id)) for p in plan]
    refs = purchasing.merge_requisitions(uow, choices, on=on, acknowledged=acknowledged(args))
    for ref in refs:
        print(tr("Draft order {number}: {total}", number=ref.number, total=fmt_money(ref.gross_total)))
    return 0


def _order_create(args) -> int:
    uow = open_uow(args)
    lines = []
    for text in args.line:
        parts = _split(text)
        number, unit = qty_and_unit(parts[1])
        lines.append(
            purchasing.OrderLineInput(
                _product(uow, parts[0]),
                _dec(number, tr("Quantity")),
                _dec(parts[2], tr("Price")) if len(parts) > 2 and parts[2] else None,
                _dec(parts[3], tr("Tax rate")) if len(parts) > 3 and parts[3] else None,
                unit=unit,
            )
        )
    ref = purchasing.create_order(
        uow,
        supplier_id=_supplier(uow, args.supplier),
        on=args.date or date.today(),
        lines=lines,
        expected_date=args.expected,
        note=args.note,
        acknowledged=acknowledged(args),
    )
    print(tr("Purchase order {number}: {total}", number=ref.number, total=fmt_money(ref.gross_total)))
    if args.confirm:
        ref = purchasing.confirm_order(uow, ref.id)
    _print_state(ref)
    return 0


def _print_state(ref: purchasing.OrderRef) -> None:
    print(tr("{number} is now {state}.", number=ref.number, state=purchasing.state_label(ref.state)))
    if ref.needs_approval:
        print(tr("It needs approval by {who}.", who=ref.waiting_for))


def _order_step(args) -> int:
    uow = open_uow(args)
    order_id = purchasing.find_order(uow, args.number)
    step = args.order_command
    if step == "approve":
        ref = purchasing.approve_order(uow, order_id, args.reason)
    elif step == "reject":
        ref = purchasing.reject_order(uow, order_id, args.reason)
    else:
        ref = {
            "submit": purchasing.submit_order,
            "confirm": purchasing.confirm_order,
            "cancel": purchasing.cancel_order,
            "close": purchasing.close_order,
        }[step](uow, order_id)
    _print_state(ref)
    return 0


def _receive(args) -> int:
    uow = open_uow(args)
    order_id = purchasing.find_order(uow, args.number)
    detail = purchasing.get_order_detail(uow, order_id)
    lines = None
    if args.line:
        lines = []
        for text in args.line:
            code, quantity = _split(text)[:2]
            product = _product(uow, code)
            line = next((l for l in detail.lines if l.product_id == product), None)
            if line is None:
                raise ValidationError(
                    tr("{code} is not on order {number}.", code=code, number=detail.number), field="line"
                )
            number, unit = qty_and_unit(quantity)
            lines.append(purchasing.ReceiveLineInput(line.id, _dec(number, tr("Quantity")), unit=unit))
    if args.lot or args.serial:
        from dataclasses import replace

        from erp_desktop.services import inventory

        lots = inventory.lots_by_product(args.lot, args.serial, lambda code: _product(uow, code))
        if lines is None:
            lines = [purchasing.ReceiveLineInput(l.id, l.outstanding) for l in detail.lines if l.outstanding > 0]
        by_line = {l.id: l.product_id for l in detail.lines}
        lines = [replace(l, lots=tuple(lots.pop(by_line[l.order_line_id], []))) for l in lines]
        if lots:
            raise ValidationError(tr("A --lot or --serial names a product not received here."), field="lot")
    ref = purchasing.receive_order(
        uow,
        order_id,
        on=args.date or date.today(),
        location_id=_bin(uow, args.warehouse, args.bin),
        lines=lines,
        acknowledged=acknowledged(args),
    )
    print(
        tr(
            "Receipt {number}: net {net}, tax {tax}, payable {gross}; order {state}.",
            number=ref.number,
            net=fmt_money(ref.net_total),
            tax=fmt_money(ref.tax_total),
            gross=fmt_money(ref.gross_total),
            state=purchasing.state_label(ref.order_state),
        )
    )
    return 0


def _return(args) -> int:
    uow = open_uow(args)
    receipt_id = purchasing.find_receipt(uow, args.number)
    receipt = purchasing.get_receipt_detail(uow, receipt_id)
    lines = []
    for text in args.line:
        code, quantity = _split(text)[:2]
        product = _product(uow, code)
        line = next((l for l in receipt.lines if l.product_id == product and l.returnable > 0), None) or next(
            (l for l in receipt.lines if l.product_id == product), None
        )
        if line is None:
            raise ValidationError(
                tr("{code} is not on receipt {number}.", code=code, number=receipt.number), field="line"
            )
        number, unit = qty_and_unit(quantity)
        lines.append(purchasing.ReturnLineInput(line.id, _dec(number, tr("Quantity")), unit=unit))
    ref = purchasing.return_to_supplier(uow, receipt_id, on=args.date or date.today(), lines=lines, reason=args.reason)
    print(tr("Return {number}: payable reduced by {gross}.", number=ref.number, gross=fmt_money(ref.gross_total)))
    return 0


# --- landed costs (采购费用单) ------------------------------------------------------------------
def _charge(args) -> int:
    uow = open_uow(args)
    receipts = [purchasing.find_receipt(uow, number) for number in args.receipts]
    ref = purchasing.post_landed_cost(
        uow,
        supplier_id=_supplier(uow, args.supplier),
        on=args.date or date.today(),
        receipt_ids=receipts,
        net=_dec(args.amount, tr("Amount")),
        tax_rate=_dec(args.vat_rate, tr("VAT rate")),
        tax=_dec(args.vat, tr("VAT")) if args.vat is not None else None,
        spread_by=args.by,
        kind=args.kind,
        invoice_no=args.invoice,
        note=args.note,
    )
    print(
        tr(
            "Landed cost {number}: {net} + VAT {tax} = payable {gross}; to stock {stock}, to cost of goods {cogs}.",
            number=ref.number,
            net=fmt_money(ref.net),
            tax=fmt_money(ref.tax),
            gross=fmt_money(ref.gross),
            stock=fmt_money(ref.to_stock),
            cogs=fmt_money(ref.to_cogs),
        )
    )
    return 0


def _charge_reverse(args) -> int:
    uow = open_uow(args)
    ref = purchasing.reverse_landed_cost(
        uow, purchasing.find_landed_cost(uow, args.number), on=args.date or date.today(), note=args.note
    )
    print(tr("Landed cost {original} reversed by {number}.", original=args.number, number=ref.number))
    return 0


def _charges(args) -> int:
    uow = open_uow(args)
    filters: dict = {}
    if args.supplier:
        filters["supplier_id"] = _supplier(uow, args.supplier)
    if args.receipt:
        filters["receipt_id"] = purchasing.find_receipt(uow, args.receipt)
    rows = purchasing.list_landed_costs(uow, paging.ListQuery(search=args.search, filters=filters, limit=10_000)).rows
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [
            tr("Number"),
            tr("Date"),
            tr("Supplier"),
            tr("Kind"),
            tr("Receipts"),
            tr("Gross"),
            tr("To stock"),
            tr("To cost of goods"),
            tr("State"),
        ],
        [
            [r.number, r.on, r.supplier, r.kind_label, r.receipts, r.gross, r.to_stock, r.to_cogs, r.state_text]
            for r in rows
        ],
    )
    return 0


def _charge_show(args) -> int:
    uow = open_uow(args)
    d = purchasing.get_landed_cost(uow, purchasing.find_landed_cost(uow, args.number))
    if wants_json(args):
        print_json(d)
        return 0
    print(f"{d.number} {d.on} {d.supplier} · {d.state}" + (f" ({d.pair_number})" if d.pair_number else ""))
    print(tr("Net {net}, VAT {tax}, gross {gross}", net=d.net, tax=d.tax, gross=d.gross))
    print_table(
        [
            tr("Receipt"),
            tr("Code"),
            tr("Product"),
            tr("Basis"),
            tr("Amount"),
            tr("In stock"),
            tr("To stock"),
            tr("To cost of goods"),
        ],
        [
            [l.receipt_number, l.product_code, l.product_name, l.basis, l.amount, l.in_stock_qty, l.to_stock, l.to_cogs]
            for l in d.lines
        ],
    )
    return 0


def _suggest(args) -> int:
    uow = open_uow(args)
    rows = purchasing.suggest_reorder(uow, window_days=args.window)
    if wants_json(args) and not args.create:
        print_json(rows)
        return 0
    if rows:
        print_table(
            [tr("Product"), tr("Quantity"), tr("Supplier"), tr("Price"), tr("Why")],
            [[s.product_code, f"{s.qty:f}", s.supplier, f"{s.price:f}", s.why] for s in rows],
        )
    if not rows:
        print(tr("Nothing to reorder."))
    if args.create and rows:
        missing = [s.product_code for s in rows if s.supplier_id is None]
        picks = [(s.product_id, s.supplier_id, s.qty) for s in rows if s.supplier_id is not None]
        if missing:
            print(tr("No supplier known for {codes}; left out.", codes=", ".join(missing)))
        if picks:
            for ref in purchasing.create_orders_from_suggestions(uow, picks, on=date.today()):
                print(tr("Draft order {number}: {total}", number=ref.number, total=fmt_money(ref.gross_total)))
    return 0


def _list(args) -> int:
    uow = open_uow(args)
    filters = {
        "state": args.status,
        "buyer": args.buyer,
        "date_from": args.date_from,
        "date_to": args.date_to,
        "late": args.late,
        "supplier_id": _supplier(uow, args.supplier) if args.supplier else None,
    }
    query = paging.ListQuery(search=args.search, filters={k: v for k, v in filters.items() if v}, limit=10_000)
    rows = purchasing.list_orders(uow, query).rows
    if wants_json(args):
        print_json(rows)
        return 0
    print_table(
        [
            tr("Number"),
            tr("Date"),
            tr("Supplier"),
            tr("Buyer"),
            tr("State"),
            tr("Total"),
            tr("Ordered/received/returned"),
            "",
            tr("Waiting for"),
        ],
        [
            [
                r.number,
                r.on.isoformat(),
                r.supplier,
                r.buyer,
                r.state_label,
                fmt_money(r.gross_total),
                f"{r.ordered_qty:f}/{r.received_qty:f}/{r.returned_qty:f}",
                tr("late") if r.late else "",
                r.waiting_for,
            ]
            for r in rows
        ],
        right=[5],
    )
    return 0


def _show(args) -> int:
    uow = open_uow(args)
    d = purchasing.get_order_detail(uow, purchasing.find_order(uow, args.number))
    if wants_json(args):
        print_json(d)
        return 0
    print(f"{d.number}  {d.on}  {d.supplier_code} {d.supplier_name}  {d.state_label}  {tr('buyer')}: {d.buyer}")
    print_table(
        [
            tr("Product"),
            tr("Quantity"),
            tr("Price"),
            tr("Amount"),
            tr("Received"),
            tr("Returned"),
            tr("Outstanding"),
            "",
            tr("Requisitions"),
        ],
        [
            [
                l.product_code,
                f"{l.qty:f}",
                f"{l.price:f}",
                fmt_money(l.gross),
                f"{l.received_qty:f}",
                f"{l.returned_qty:f}",
                f"{l.outstanding:f}",
                tr("late") if l.late else "",
                l.requisitions,
            ]
            for l in d.lines
        ],
    )
    print(
        tr(
            "Total {gross} · invoiced {invoiced} · paid {paid}",
            gross=fmt_money(d.gross_total),
            invoiced=fmt_money(d.invoiced),
            paid=fmt_money(d.paid),
        )
    )
    if d.approval.needed:
        print(
            tr(
                "Approval: {state}",
                state=tr("approved") if d.approval.approved else tr("waiting for {who}", who=d.approval.waiting_for()),
            )
        )
    from erp_desktop.services import system

    actions = {"requested": tr("requested"), "approved": tr("approved"), "rejected": tr("rejected")}
    for h in d.approval.history:  # in words, as the window's approval panel
        action = actions.get(h.action, h.action)
        print(f"  {h.at:%Y-%m-%d %H:%M}  {action}  {h.user_name} ({system.role_label(h.role)})  {h.reason}".rstrip())
    for r in d.receipts:
        print(f"  {r.number}  {r.on}  {fmt_money(r.gross_total)}  {r.where}")
    for r in d.returns:
        print(f"  {r.number}  {r.on}  -{fmt_money(r.gross_total)}")
    return 0


def _supplier_view(args) -> int:
    uow = open_uow(args)
    p = purchasing.supplier_performance(uow, _supplier(uow, args.code))
    if wants_json(args):
        print_json(p)
        return 0
    rate = lambda v: f"{(v * 100).normalize():f}%" if v is not None else "—"  # noqa: E731
    print(
        tr(
            "{code} {name} · grade {grade} · receipts {receipts} · on time {on_time} · return rate {returns}",
            code=p.code,
            name=p.name,
            grade=p.grade or "—",
            receipts=p.receipts,
            on_time=rate(p.on_time_rate),
            returns=rate(p.return_rate),
        )
    )
    print_table(
        [tr("Product"), tr("Price"), tr("Min. quantity"), tr("Lead time (days)"), tr("Valid from"), tr("Valid until")],
        [
            [q.product_code, f"{q.price:f}", f"{q.min_qty:f}", q.lead_time_days, q.valid_from, q.valid_until]
            for q in p.quotes
        ],
    )
    return 0


def _edit_line(uow, text: str) -> tuple[uuid.UUID, Decimal, Decimal | None, Decimal | None]:
    """'CODE:QTY@PRICE' (or 'CODE:QTY:PRICE[:TAX]') → (product, qty, price or None, tax or None)."""
    head, _, price_text = text.partition("@")
    parts = _split(head)
    if price_text and len(parts) > 2:
        raise ValidationError(tr("Write lines as PRODUCT:QTY@PRICE (got {text}).", text=text))
    if not price_text and len(parts) > 2:
        price_text = parts[2]
    tax = _dec(parts[3], tr("Tax rate")) if len(parts) > 3 and parts[3] else None
    qty = _dec(parts[1], tr("Quantity"))
    if qty < 0:
        raise ValidationError(tr("Quantity may not be negative (got {text}).", text=text), field="qty")
    return _product(uow, parts[0]), qty, _dec(price_text, tr("Price")) if price_text else None, tax


def _order_edit(args) -> int:
    uow = open_uow(args)
    d = purchasing.get_order_detail(uow, purchasing.find_order(uow, args.number))
    if d.state != "draft":
        raise ValidationError(
            tr("{number} is {state}: only a draft can be edited.", number=d.number, state=d.state_label), field="state"
        )
    if not (args.line or args.remove or args.supplier or args.expected or args.date or args.note is not None):
        raise ValidationError(tr("Nothing to change: give --line, --remove, --supplier, --expected, --date or --note."))
    lines: list[purchasing.OrderLineInput] = []
    if not args.replace:
        lines = [
            purchasing.OrderLineInput(l.product_id, l.qty, l.price, l.tax_rate, l.expected_date, line_id=l.id)
            for l in d.lines
        ]
    removed = {_product(uow, code) for code in args.remove}
    for code in args.remove:
        pid = _product(uow, code)
        if not any(l.product_id == pid for l in lines):
            raise ValidationError(tr("{number} has no line for {code}.", number=d.number, code=code), field="line")
    lines = [l for l in lines if l.product_id not in removed]
    for text in args.line:
        pid, qty, price, tax = _edit_line(uow, text)
        at = next((i for i, l in enumerate(lines) if l.product_id == pid), None)
        if at is None:
            if qty:
                lines.append(purchasing.OrderLineInput(pid, qty, price, tax))
            continue
        old = lines[at]
        if not qty:
            del lines[at]
            continue
        lines[at] = purchasing.OrderLineInput(
            pid,
            qty,
            price if price is not None else old.price,
            tax if tax is not None else old.tax_rate,
            old.expected_date,
            line_id=old.line_id,
        )
    ref = purchasing.update_order(
        uow,
        d.id,
        supplier_id=_supplier(uow, args.supplier) if args.supplier else d.supplier_id,
        on=args.date or d.on,
        lines=lines,
        expected_date=args.expected or d.expected_date,
        note=d.note if args.note is None else args.note,
        version=d.version,
        acknowledged=acknowledged(args),
    )
    print(tr("Purchase order {number}: {total}", number=ref.number, total=fmt_money(ref.gross_total)))
    return 0
