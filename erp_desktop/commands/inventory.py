"""``erp-desktop stock …``: inventory documents, stock counts by scanning, stock reports.

erp-desktop stock receive --warehouse MAIN --reason opening TEA:10:6.5 CUP:4
erp-desktop stock issue --warehouse MAIN --reason damage TEA:1
erp-desktop stock transfer --from MAIN/A-01 --to SHOP/B-01 TEA:4
erp-desktop stock reverse OS-2026-000001
erp-desktop stock assemble GIFT 2 --from MAIN/A-01 [--to MAIN/A-02]   (组装单; disassemble: 拆卸单)
erp-desktop stock count-create --warehouse MAIN [--bins A-01,A-02] [--category Drinks] [--freeze]
erp-desktop stock count-scan SC-2026-000001 --bin A-01 [--file codes.txt]   (else stdin; "3*CODE" = three)
erp-desktop stock count-show SC-2026-000001
erp-desktop stock count-post SC-2026-000001 [--zero-uncounted]
erp-desktop stock onhand [--warehouse MAIN] [--by bin|warehouse|category] [--json]
erp-desktop stock valuation [--warehouse MAIN] [--json]
erp-desktop stock moves TEA [--warehouse MAIN]
erp-desktop stock low | slow [--days 90]
erp-desktop stock tracking MILK --lots --shelf-life 30 [--warning 7]   (or --serials --warranty 365)
erp-desktop stock lots MILK [--all] | stock expiry [--state near|expired] | stock trace MILK L2026-03
erp-desktop stock serial SN123456   (supplier, date in, customer, date out, warranty end)
erp-desktop stock costing TEA [--method fifo|average] | stock layers [--product TEA] [--xlsx FILE] [--json]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal

from ..errors import ValidationError
from ..i18n import tr
from ..money import NotANumber, parse_decimal
from . import acknowledged, iso_date, open_uow, print_json, print_table, qty_and_unit, to_jsonable, wants_json


def register(add) -> None:
    stock = add("stock", "inventory: receipts, issues, transfers, stock counts and stock reports", _no_action)
    sub = stock.add_subparsers(dest="stock_command", metavar="ACTION")

    def action(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        parser.add_argument(
            "--yes", action="append", metavar="KEY", help="accept a warning (negative-stock, bin-capacity)"
        )
        return parser

    for name, kind, text in (
        ("receive", "receipt", "post an other receipt (其他入库)"),
        ("issue", "issue", "post an other issue (其他出库)"),
    ):
        p = action(name, text, _post_doc)
        p.set_defaults(kind=kind)
        p.add_argument("--warehouse", required=True, help="warehouse code (or WAREHOUSE/BIN)")
        p.add_argument("--bin", help="bin code (default: the warehouse's first active bin)")
        p.add_argument(
            "--reason",
            required=True,
            help="receipt: opening, exchange_in, gift, other; issue: damage, internal_use, gift, sample, other "
            "(each books its own account: see finance posting-accounts)",
        )
        p.add_argument("--date", type=iso_date, default=None, help="YYYY-MM-DD (default today)")
        p.add_argument("--note", default="")
        p.add_argument("lines", nargs="+", metavar="CODE:QTY[:UNIT_COST]")
    p = action("transfer", "post a transfer between bins or warehouses (调拨)", _post_doc)
    p.set_defaults(kind="transfer")
    p.add_argument("--from", dest="source", required=True, help="WAREHOUSE or WAREHOUSE/BIN")
    p.add_argument("--to", dest="target", required=True, help="WAREHOUSE or WAREHOUSE/BIN")
    p.add_argument("--date", type=iso_date, default=None)
    p.add_argument("--note", default="")
    p.add_argument("lines", nargs="+", metavar="CODE:QTY")
    for name, kind, text in (
        ("assemble", "assembly", "post an assembly (组装单): components out of --from, kits into --to"),
        ("disassemble", "dismantle", "post a disassembly (拆卸单): kits out of --from, components into --to"),
    ):
        p = action(name, text, _post_kit_doc)
        p.set_defaults(kind=kind)
        p.add_argument("kit", help="the kit's product code (see product bom set)")
        p.add_argument("qty", help="number of kits")
        p.add_argument("--from", dest="source", required=True, help="WAREHOUSE or WAREHOUSE/BIN")
        p.add_argument("--to", dest="target", default=None, help="WAREHOUSE or WAREHOUSE/BIN (default: --from)")
        p.add_argument("--date", type=iso_date, default=None, help="YYYY-MM-DD (default today)")
        p.add_argument("--note", default="")
        p.add_argument(
            "--lot",
            action="append",
            default=[],
            metavar="PRODUCT:LOT[:QTY[:EXPIRY[:PRODUCTION]]]",
            help="a lot of the kit or of a component (default for one leaving a bin: first expiry first)",
        )
        p.add_argument(
            "--serial", action="append", default=[], metavar="PRODUCT:SERIAL", help="a serial of the kit or a component"
        )
    p = action("reverse", "post the reversal of a posted stock document", _reverse)
    p.add_argument("number")
    p.add_argument("--date", type=iso_date, default=None)
    p = action("count-create", "start a stock count (盘点): snapshot the book quantities", _count_create)
    p.add_argument("--warehouse", required=True)
    p.add_argument("--bins", default="", help="comma-separated bin codes (default: all)")
    p.add_argument("--category", default="", help="only this category (name or path)")
    p.add_argument("--freeze", action="store_true", help="freeze the bins until the count is posted or cancelled")
    p.add_argument("--date", type=iso_date, default=None)
    p.add_argument("--note", default="")
    p = action("count-scan", "add scanned codes to a count (one per line; '3*CODE' counts three)", _count_scan)
    p.add_argument("count")
    p.add_argument("--bin", required=True, help="the bin being counted")
    p.add_argument(
        "--file", type=argparse.FileType("r", encoding="utf-8"), default=None, help="codes file (default: stdin)"
    )
    p = action("count-set", "type a counted quantity for one product", _count_set)
    p.add_argument("count")
    p.add_argument("--bin", required=True)
    p.add_argument("code")
    p.add_argument("qty")
    p = action("count-show", "show a count's lines and variances", _count_show)
    p.add_argument("count")
    p.add_argument("--json", action="store_true")
    p = action("count-post", "post a count's variances as gain/loss adjustments", _count_post)
    p.add_argument("count")
    p.add_argument("--zero-uncounted", action="store_true", help="treat lines never counted as counted zero")
    p = action("count-cancel", "cancel a draft count", _count_cancel)
    p.add_argument("count")
    p = action("onhand", "stock on hand", _onhand)
    p.add_argument("--warehouse", default="")
    p.add_argument("--by", choices=["bin", "warehouse", "category"], default="bin")
    p.add_argument("--search", default="")
    p.add_argument("--product", default="", help="one product: on hand, reserved, available")
    p.add_argument("--json", action="store_true")
    p = action("valuation", "stock valuation (quantity × moving average)", _valuation)
    p.add_argument("--warehouse", default="")
    p.add_argument("--json", action="store_true")
    p = action("layers", "FIFO cost layers: what each receipt (or lot) still holds and at what cost", _layers)
    p.add_argument("--product", default="", help="one product (code or barcode)")
    p.add_argument("--search", default="", help="product code or name, or lot number")
    p.add_argument("--xlsx", default="", metavar="FILE", help="export the layers to an Excel file")
    p.add_argument("--json", action="store_true")
    p = action("costing", "show or choose a product's costing method (before its first move)", _costing)
    p.add_argument("product")
    p.add_argument("--method", choices=["average", "fifo"], help="average (移动加权平均) or fifo (先进先出)")
    p.add_argument("--json", action="store_true")
    p = action("moves", "a product's movement history with running balance", _moves)
    p.add_argument("product")
    p.add_argument("--warehouse", default="")
    p.add_argument("--json", action="store_true")
    p = action("low", "products at or below their reorder point", _low)
    p.add_argument("--json", action="store_true")
    p = action("slow", "products in stock with no issue for N days", _slow)
    p.add_argument("--days", type=int, default=90)
    p.add_argument("--json", action="store_true")
    p = action("serial", "a serial number's whole history: supplier, date in, customer, date out, warranty", _serial)
    p.add_argument("serial")
    p.add_argument("--json", action="store_true")
    p = action("lots", "a product's lots: dates, stock and value per lot and bin", _lots)
    p.add_argument("product")
    p.add_argument("--all", action="store_true", help="also lots no longer in stock")
    p.add_argument("--json", action="store_true")
    p = action("expiry", "lots expired (已过期) or about to expire (近效期)", _expiry)
    p.add_argument("--date", type=iso_date, default=None, help="as of (default today)")
    p.add_argument("--state", choices=["near", "expired"], default=None)
    p.add_argument("--json", action="store_true")
    p = action("trace", "trace a lot: its supplier and the customers who received it (recall list)", _trace)
    p.add_argument("product")
    p.add_argument("lot")
    p.add_argument("--json", action="store_true")
    p = action("tracking", "show or set a product's lot / serial tracking", _tracking)
    p.add_argument("product")
    p.add_argument("--lots", action="store_true", help="track by lot (批次)")
    p.add_argument("--serials", action="store_true", help="track by serial number (序列号)")
    p.add_argument("--none", action="store_true", help="no tracking")
    p.add_argument("--shelf-life", type=int, default=None, metavar="DAYS")
    p.add_argument("--warning", type=int, default=None, metavar="DAYS", help="near-expiry window")
    p.add_argument("--warranty", type=int, default=None, metavar="DAYS")
    p.add_argument("--json", action="store_true")


def _no_action(args) -> int:
    print(tr("Choose an action; see erp-desktop stock --help."), file=sys.stderr)
    return 2


# --- helpers ------------------------------------------------------------------------------
def _warehouses(uow):
    from erp_desktop.services import masterdata

    return masterdata.list_warehouses(uow, active_only=False)


def _place(uow, text: str, bin_code: str | None = None):
    """'MAIN' or 'MAIN/A-01' → (warehouse brief, bin id or None)."""
    code, _, bin_part = text.partition("/")
    bin_code = bin_part or bin_code
    for w in _warehouses(uow):
        if w.code == code.strip():
            if not bin_code:
                return w, None
            for b in w.bins:
                if b.code == bin_code.strip():
                    return w, b.id
            raise ValidationError(
                tr("Warehouse {warehouse} has no bin {bin}.", warehouse=w.code, bin=bin_code), field="bin"
            )
    raise ValidationError(tr("No warehouse with code {code}.", code=code), field="warehouse")


def _product(uow, code: str):
    from erp_desktop.services import masterdata

    brief = masterdata.find_product(uow, code)
    if brief is None:
        raise ValidationError(tr("No product with code or barcode {code}.", code=code), field="product")
    return brief


def _number(text: str, what: str) -> Decimal:
    try:
        return parse_decimal(text)
    except NotANumber as exc:
        raise ValidationError(tr("{what} is not a number: {text}", what=what, text=text)) from exc


def _lines(uow, items: list[str], *, source=None, target=None, with_cost=False):
    from erp_desktop.services.inventory import LineInput

    lines = []
    for item in items:
        parts = item.split(":")
        if len(parts) < 2 or len(parts) > (3 if with_cost else 2):
            raise ValidationError(
                tr("Write each line as CODE:QTY{cost} (got {item}).", cost=":UNIT_COST" if with_cost else "", item=item)
            )
        product = _product(uow, parts[0])
        cost = _number(parts[2], tr("unit cost")) if len(parts) == 3 else None
        number, unit = qty_and_unit(parts[1])
        lines.append(
            LineInput(
                product.id,
                _number(number, tr("quantity")),
                cost,
                from_location_id=source,
                to_location_id=target,
                unit=unit,
            )
        )
    return lines


def _count(uow, text: str):
    from erp_desktop.services import inventory

    return inventory.find_count(uow, text)


def _bin_of_count(uow, count, code: str):
    from erp_desktop.services import inventory

    detail = inventory.get_count(uow, count.id)
    for b in detail.bins:
        if b.code == code:
            return b.id
    raise ValidationError(tr("Stock count {number} has no bin {bin}.", number=count.number, bin=code), field="bin")


def _table(headers: list[str], rows: list[list]) -> None:
    print_table(headers, rows)


def _json(data) -> None:
    print_json(data)


# --- documents ----------------------------------------------------------------------------
def _post_doc(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    on = args.date or date.today()
    if args.kind == "transfer":
        src_w, src_bin = _place(uow, args.source)
        dst_w, dst_bin = _place(uow, args.target)
        src_bin = src_bin or _first_bin(src_w)
        dst_bin = dst_bin or _first_bin(dst_w)
        lines = _lines(uow, args.lines, source=src_bin, target=dst_bin)
        warehouse_id = src_w.id
        reason = ""
    else:
        w, bin_id = _place(uow, args.warehouse, args.bin)
        receipt = args.kind == "receipt"
        lines = _lines(
            uow, args.lines, source=None if receipt else bin_id, target=bin_id if receipt else None, with_cost=receipt
        )
        warehouse_id = w.id
        reason = args.reason
    result = inventory.create_and_post(
        uow,
        kind=args.kind,
        reason=reason,
        on=on,
        warehouse_id=warehouse_id,
        note=args.note,
        lines=lines,
        acknowledged=acknowledged(args),
    )
    print(
        tr(
            "Posted {number}: value {value}{journal}",
            number=result.number,
            value=result.total_value,
            journal=(", " + tr("journal {number}", number=result.journal_number)) if result.journal_number else "",
        )
    )
    return 0


def _post_kit_doc(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    src_w, src_bin = _place(uow, args.source)
    dst_w, dst_bin = _place(uow, args.target) if args.target else (src_w, src_bin)
    kit = _product(uow, args.kit)
    lots = inventory.lots_by_product(args.lot, args.serial, lambda code: _product(uow, code).id)
    result = inventory.create_and_post_kit_doc(
        uow,
        kind=args.kind,
        on=args.date or date.today(),
        kit_id=kit.id,
        qty=_number(args.qty, tr("quantity")),
        warehouse_id=dst_w.id,
        from_location_id=src_bin or _first_bin(src_w),
        to_location_id=dst_bin or _first_bin(dst_w),
        note=args.note,
        acknowledged=acknowledged(args),
        lots=lots,
    )
    print(
        tr(
            "Posted {number}: {qty} × {code}, value {value}",
            number=result.number,
            qty=args.qty,
            code=kit.code,
            value=result.total_value,
        )
    )
    view = inventory.get_kit_doc(uow, result.id)
    for code, line_id in [(view.kit_code, view.kit_line_id), *((l.product_code, l.id) for l in view.lines)]:
        moved = view.lots.get(line_id) if line_id is not None else None
        if moved:
            print(f"  {code}: " + ", ".join(f"{number}×{_plain(q)}" for number, q in moved))
    return 0


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f").rstrip("0")


def _first_bin(w):
    active = [b for b in w.bins if b.status == "active"] or list(w.bins)
    if not active:
        raise ValidationError(tr("Warehouse {warehouse} has no bins.", warehouse=w.code), field="bin")
    return active[0].id


def _reverse(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    doc = inventory.find_stock_doc(uow, args.number)
    result = inventory.reverse_stock_doc(uow, doc.id, on=args.date, acknowledged=acknowledged(args))
    print(
        tr(
            "Posted {number} reversing {original}: value {value}",
            number=result.number,
            original=doc.number,
            value=result.total_value,
        )
    )
    return 0


# --- counts -------------------------------------------------------------------------------
def _category_id(uow, text: str):
    from erp_desktop.services.inventory import category_by_name

    return category_by_name(uow, text)


def _count_create(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    w, _ = _place(uow, args.warehouse)
    bin_ids = None
    if args.bins.strip():
        bin_ids = [_place(uow, f"{w.code}/{code.strip()}")[1] for code in args.bins.split(",") if code.strip()]
    category_id = _category_id(uow, args.category) if args.category.strip() else None
    count = inventory.create_count(
        uow,
        warehouse_id=w.id,
        on=args.date or date.today(),
        category_id=category_id,
        bin_ids=bin_ids,
        freeze=args.freeze,
        note=args.note,
    )
    print(
        tr(
            "Created stock count {number} for {warehouse} ({scope}): {lines} lines in the snapshot.",
            number=count.number,
            warehouse=count.warehouse_name,
            scope=count.scope,
            lines=count.line_count,
        )
    )
    return 0


def _count_scan(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    count = _count(uow, args.count)
    bin_id = _bin_of_count(uow, count, args.bin)
    stream = args.file or sys.stdin
    codes = [line.strip() for line in stream if line.strip()]
    results = inventory.scan_codes(uow, count.id, bin_id, codes)
    unknown = [r for r in results if not r.known]
    print(tr("{scans} scans, {unknown} unknown.", scans=len(results), unknown=len(unknown)))
    for code in sorted({r.code for r in unknown}):
        print(tr("unknown code: {code}", code=code))
    for label, bins in dict.fromkeys((r.label, r.shelved_in) for r in results if r.shelved_in):
        print(tr("counted here, but on the books in {bins}: {label}", bins=bins, label=label))
    return 0


def _count_set(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    count = _count(uow, args.count)
    bin_id = _bin_of_count(uow, count, args.bin)
    product = _product(uow, args.code)
    row = inventory.set_counted(uow, count.id, product.id, bin_id, _number(args.qty, tr("quantity")))
    print(f"{row.product_code} {row.bin_code}: {row.counted_qty} ({row.variance:+})")
    return 0


def _count_show(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    detail = inventory.get_count(uow, _count(uow, args.count).id)
    if args.json:
        _json(
            {
                "number": detail.count.number,
                "state": detail.count.state,
                "lines": [
                    {
                        "product": l.product_code,
                        "bin": l.bin_code,
                        "book": l.book_qty,
                        "counted": l.counted_qty,
                        "variance": l.variance,
                        "value": l.variance_value,
                    }
                    for l in detail.lines
                ],
                "unknown": [{"code": u.code, "bin": u.bin_code, "hits": u.hits} for u in detail.unknown],
            }
        )
        return 0
    c = detail.count
    print(f"{c.number}  {c.state_label}  {c.warehouse_name}  {c.scope}")
    _table(
        [tr("Bin"), tr("Code"), tr("Product"), tr("Book"), tr("Counted"), tr("Variance"), tr("Value")],
        [
            [
                l.bin_code,
                l.product_code,
                l.product_name,
                l.book_qty,
                "" if l.counted_qty is None else l.counted_qty,
                "" if l.variance is None else l.variance,
                "" if l.variance_value is None else l.variance_value,
            ]
            for l in detail.lines
        ],
    )
    print(tr("Gain {gain}, loss {loss}", gain=detail.gain_total, loss=detail.loss_total))
    for u in detail.unknown:
        print(tr("unknown code: {code} ({bin}, {hits}×)", code=u.code, bin=u.bin_code, hits=u.hits))
    return 0


def _count_post(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    count = _count(uow, args.count)
    result = inventory.post_count(uow, count.id, zero_uncounted=args.zero_uncounted, acknowledged=acknowledged(args))
    print(
        tr(
            "Posted stock count {number}: {lines} adjustments, gain {gain}, loss {loss}.",
            number=result.number,
            lines=result.adjusted_lines,
            gain=result.gain_value,
            loss=result.loss_value,
        )
    )
    return 0


def _count_cancel(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    count = _count(uow, args.count)
    inventory.cancel_count(uow, count.id)
    print(tr("Cancelled stock count {number}.", number=count.number))
    return 0


# --- reports ------------------------------------------------------------------------------
def _onhand(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    if args.product:
        product = _product(uow, args.product)
        s = inventory.product_stock(uow, product.id)
        data = {
            "product": product.code,
            "on_hand": s.on_hand,
            "reserved": s.reserved,
            "available": s.available,
            "avg_cost": s.avg_cost,
            "value": s.value,
            "warehouses": {w.warehouse_name: w.qty for w in s.warehouses},
        }
        if args.json:
            _json(data)
        else:
            print(
                tr(
                    "{code}: on hand {on_hand}, reserved {reserved}, available {available}, value {value}",
                    code=product.code,
                    on_hand=s.on_hand,
                    reserved=s.reserved,
                    available=s.available,
                    value=s.value,
                )
            )
            for w in s.warehouses:
                print(f"  {w.warehouse_name}: {w.qty}")
        return 0
    warehouse_id = _place(uow, args.warehouse)[0].id if args.warehouse else None
    rows = inventory.on_hand_report(uow, group_by=args.by, warehouse_id=warehouse_id, search=args.search)
    if args.json:
        _json([r.__dict__ for r in rows])
        return 0
    if args.by == "category":
        _table(
            [tr("Category"), tr("Warehouse"), tr("Quantity"), tr("Value")],
            [[r.category, r.warehouse_name, r.qty, r.value] for r in rows],
        )
    else:
        units = any(r.in_units for r in rows)  # 多单位: "3 箱 5 瓶" beside the base quantity
        specs = any(r.spec for r in rows)  # 规格: same-named products told apart
        _table(
            [tr("Code"), tr("Product")]
            + ([tr("Spec")] if specs else [])
            + [tr("Warehouse"), tr("Bin"), tr("Quantity")]
            + ([tr("In units")] if units else [])
            + [tr("Average cost"), tr("Value")],
            [
                [r.product_code, r.product_name]
                + ([r.spec] if specs else [])
                + [r.warehouse_name, r.bin_code, r.qty]
                + ([r.in_units] if units else [])
                + [r.avg_cost, r.value]
                for r in rows
            ],
        )
    return 0


def _valuation(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    warehouse_id = _place(uow, args.warehouse)[0].id if args.warehouse else None
    v = inventory.valuation(uow, warehouse_id=warehouse_id)
    if args.json:
        _json(
            {
                "total": v.total,
                "warehouses": {w.warehouse_name: {"qty": w.qty, "value": w.value} for w in v.warehouses},
                "rows": [
                    {
                        "product": r.product_code,
                        "warehouse": r.warehouse_name,
                        "qty": r.qty,
                        "in_units": r.in_units,
                        "avg_cost": r.avg_cost,
                        "value": r.value,
                    }
                    for r in v.rows
                ],
            }
        )
        return 0
    units = any(r.in_units for r in v.rows)  # 多单位: "3 箱 5 瓶" beside the base quantity
    _table(
        [tr("Code"), tr("Product"), tr("Warehouse"), tr("Quantity")]
        + ([tr("In units")] if units else [])
        + [tr("Average cost"), tr("Value")],
        [
            [r.product_code, r.product_name, r.warehouse_name, r.qty]
            + ([r.in_units] if units else [])
            + [r.avg_cost, r.value]
            for r in v.rows
        ],
    )
    for w in v.warehouses:
        print(tr("{warehouse}: {value}", warehouse=w.warehouse_name, value=w.value))
    print(tr("Total stock value: {value}", value=v.total))
    return 0


def _moves(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    product = _product(uow, args.product)
    warehouse_id = _place(uow, args.warehouse)[0].id if args.warehouse else None
    rows = inventory.movement_history(uow, product.id, warehouse_id=warehouse_id)
    if args.json:
        _json(rows)
        return 0
    _table(
        [tr("Date"), tr("Document"), tr("From"), tr("To"), tr("In"), tr("Out"), tr("Balance"), tr("Value")],
        [
            [
                r.on,
                r.doc_number or r.doc_type,
                r.from_label,
                r.to_label,
                r.qty_in or "",
                r.qty_out or "",
                r.balance,
                r.value,
            ]
            for r in rows
        ],
    )
    return 0


def _low(args) -> int:
    from erp_desktop.services import inventory

    rows = inventory.low_stock(open_uow(args))
    if args.json:
        _json(rows)
        return 0
    units = any(r.in_units for r in rows)  # 多单位: on hand and the reorder quantity as "3 箱 5 瓶"
    _table(
        [tr("Code"), tr("Product"), tr("Reorder point"), tr("On hand")]
        + ([tr("In units")] if units else [])
        + [tr("Reserved"), tr("Available"), tr("Reorder quantity")]
        + ([tr("Reorder in units")] if units else []),
        [
            [r.product_code, r.product_name, r.reorder_point, r.on_hand]
            + ([r.in_units] if units else [])
            + [r.reserved, r.available, r.reorder_qty]
            + ([r.reorder_in_units] if units else [])
            for r in rows
        ],
    )
    return 0


def _slow(args) -> int:
    from erp_desktop.services import inventory

    rows = inventory.slow_moving(open_uow(args), days=args.days)
    if args.json:
        _json(rows)
        return 0
    _table(
        [tr("Code"), tr("Product"), tr("Quantity"), tr("Value"), tr("Last issue"), tr("Days idle")],
        [
            [
                r.product_code,
                r.product_name,
                r.qty,
                r.value,
                r.last_issue or "",
                "" if r.days_idle is None else r.days_idle,
            ]
            for r in rows
        ],
    )
    return 0


# --- costing (成本计价) ---------------------------------------------------------------------
def _layers(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    product = _product(uow, args.product).id if args.product else None
    if args.xlsx:
        count = inventory.export_layer_valuation(uow, args.xlsx, product_id=product, search=args.search)
        print(tr("{count} cost layers written to {path}.", count=count, path=args.xlsx))
        return 0
    report = inventory.layer_valuation(uow, product_id=product, search=args.search)
    if args.json:
        _json({"qty": report.qty, "value": report.value, "rows": report.rows})
        return 0
    _table(
        [c.title for c in inventory.layer_columns()],
        [
            [
                r.product_code,
                r.product_name,
                r.lot_number,
                r.on,
                r.doc_number,
                r.qty_in,
                r.qty_left,
                r.unit_cost,
                r.value_left,
            ]
            for r in report.rows
        ],
    )
    print(tr("Total: {qty} remaining, value {value}", qty=report.qty, value=report.value))
    return 0


def _costing(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    product = _product(uow, args.product)
    method = (
        inventory.set_costing_method(uow, product.id, args.method)
        if args.method
        else inventory.costing_method(uow, product.id)
    )
    if wants_json(args):
        print_json({"product_code": product.code, "method": method, "label": inventory.costing_label(method)})
        return 0
    print(
        tr(
            "{code} {name}: costing method {method}",
            code=product.code,
            name=product.name,
            method=inventory.costing_label(method),
        )
    )
    return 0


# --- lots and serials ---------------------------------------------------------------------
def _serial(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    found = inventory.serial_history(uow, args.serial)
    if not found:
        print(tr("No serial number {serial}.", serial=args.serial.strip()), file=sys.stderr)
        return 1
    if args.json:
        _json(found)
        return 0
    for h in found:
        print(f"{h.product_code} {h.product_name} · {tr('Serial')} {h.number}")
        print(
            "  "
            + tr(
                "Supplier {supplier}, in {date_in}; customer {customer}, out {date_out}; warranty until {warranty}; {where}",
                supplier=h.supplier_name or "-",
                date_in=h.received_on or "-",
                customer=h.customer_name or "-",
                date_out=h.delivered_on or "-",
                warranty=h.warranty_end or "-",
                where=(tr("in stock at {where}", where=h.where) if h.in_stock > 0 else tr("not in stock")),
            )
        )
        _table(
            [tr("Date"), tr("Event"), tr("Document"), tr("Party"), tr("Bin")],
            [[e.on, _event(e.kind), e.doc_number, e.party_name, e.where] for e in h.events],
        )
    return 0


def _event(kind: str) -> str:
    return {
        "in": tr("received"),
        "out": tr("delivered"),
        "back": tr("returned by customer"),
        "return": tr("returned to supplier"),
        "move": tr("transferred"),
        "adjust": tr("adjusted"),
    }.get(kind, kind)


def _lots(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    product = _product(uow, args.product)
    rows = inventory.product_lots(uow, product.id, in_stock_only=not args.all)
    if args.json:
        _json(rows)
        return 0
    _table(
        [tr("Lot"), tr("Production"), tr("Expiry"), tr("Qty"), tr("Value"), tr("Bins"), tr("Supplier")],
        [
            [
                r.number,
                r.production_date or "",
                r.expiry_date or "",
                r.qty,
                r.value,
                ", ".join(f"{b.label} {b.qty}" for b in r.bins),
                r.supplier_name,
            ]
            for r in rows
        ],
    )
    return 0


def _expiry(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    rows = inventory.expiry_list(uow, on=args.date, state=args.state or "")
    if args.json:
        _json(rows)
        return 0
    states = {"near": tr("near expiry"), "expired": tr("expired")}
    _table(
        [tr("Product"), tr("Lot"), tr("Expiry"), tr("Days left"), tr("State"), tr("Qty"), tr("Value")],
        [
            [
                f"{r.product_code} {r.product_name}",
                r.number,
                r.expiry_date,
                r.days_left,
                states[r.state],
                r.qty,
                r.value,
            ]
            for r in rows
        ],
    )
    return 0


def _trace(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    product = _product(uow, args.product)
    t = inventory.trace_lot(uow, product.id, args.lot)
    if args.json:
        _json(t)
        return 0
    print(
        tr(
            "{code} {name} lot {lot}: made {production}, expires {expiry}; from {supplier} ({receipt}); on hand {qty}",
            code=t.product_code,
            name=t.product_name,
            lot=t.number,
            production=t.production_date or "-",
            expiry=t.expiry_date or "-",
            supplier=t.supplier_name or "-",
            receipt=t.origin_doc_number or "-",
            qty=t.on_hand,
        )
    )
    print(tr("Customers who received it:"))
    _table(
        [tr("Date"), tr("Document"), tr("Customer"), tr("Qty"), tr("From")],
        [[r.on, r.doc_number, r.party_name, r.qty, r.where] for r in t.customers],
    )
    if t.returns:
        print(tr("Brought back:"))
        _table(
            [tr("Date"), tr("Document"), tr("Customer"), tr("Qty"), tr("Into")],
            [[r.on, r.doc_number, r.party_name, r.qty, r.where] for r in t.returns],
        )
    return 0


def _tracking(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    product = _product(uow, args.product)
    now = inventory.product_tracking(uow, product.id)
    changing = args.lots or args.serials or args.none or None not in (args.shelf_life, args.warning, args.warranty)
    if changing:
        lot, serial = now.lot_tracked, now.serial_tracked
        if args.lots or args.serials or args.none:
            lot, serial = args.lots, args.serials
        now = inventory.set_tracking(
            uow,
            product.id,
            inventory.Tracking(
                lot,
                serial,
                args.shelf_life if args.shelf_life is not None else now.shelf_life_days,
                args.warning if args.warning is not None else now.expiry_warning_days,
                args.warranty if args.warranty is not None else now.warranty_days,
            ),
        )
    if wants_json(args):
        print_json({"product_code": product.code, **to_jsonable(now)})
        return 0
    kind = tr("by lot") if now.lot_tracked else tr("by serial number") if now.serial_tracked else tr("not tracked")
    print(
        tr(
            "{code}: {kind}; shelf life {shelf} days, warning {warning} days, warranty {warranty} days",
            code=product.code,
            kind=kind,
            shelf=now.shelf_life_days or "-",
            warning=now.expiry_warning_days or "-",
            warranty=now.warranty_days or "-",
        )
    )
    return 0
