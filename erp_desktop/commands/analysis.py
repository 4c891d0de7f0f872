"""``erp-desktop report …``: the overview dashboard and the pivot, headless.

    erp-desktop report dashboard [--as-of 2026-03-15]
    erp-desktop report pivot --rows customer [--rows product] [--cols month] --measure margin \
        --from 2026-03-01 --to 2026-03-31 [--source sales|purchases] [--filter product=<id>] [--xlsx out.xlsx]
"""

from __future__ import annotations

import argparse
from datetime import date

from ..errors import ValidationError
from ..i18n import tr
from . import add_json, common_options, open_uow, positive_int, print_json, print_table, wants_json


def register(add) -> None:
    parser = add("report", "dashboards and analysis: the overview figures and the pivot", _help)
    parser.set_defaults(report_parser=parser)
    sub = parser.add_subparsers(dest="report_command", metavar="ACTION")
    common = common_options()

    p = sub.add_parser("dashboard", parents=[common], help="print the overview dashboard's figures")
    p.set_defaults(handler=_dashboard)
    p.add_argument("--as-of", type=_date, help="date (default today)")
    add_json(p)

    p = sub.add_parser("pivot", parents=[common], help="a pivot of sales or purchases; --xlsx writes it to a workbook")
    p.set_defaults(handler=_pivot)
    p.add_argument("--source", choices=["sales", "purchases"], default="sales")
    p.add_argument(
        "--rows",
        action="append",
        required=True,
        help="row dimension (repeat for two): customer, tier, salesperson, supplier, product, category, warehouse, day, week, month",
    )
    p.add_argument("--cols", action="append", default=[], help="column dimension (optional)")
    p.add_argument("--measure", default="revenue", help="qty, revenue, cost, margin, margin_pct, returns")
    p.add_argument("--from", dest="start", type=_date)
    p.add_argument("--to", dest="end", type=_date)
    p.add_argument(
        "--filter", action="append", default=[], metavar="DIM=KEY", help="keep only DIM=KEY (ids for parties/products)"
    )
    p.add_argument("--xlsx", metavar="PATH", help="write the pivot to this xlsx file")
    p.add_argument("--limit", type=positive_int, default=50, help="rows to print (default 50)")
    add_json(p)


def _help(args) -> int:
    args.report_parser.print_help()
    return 2


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tr("not a date (YYYY-MM-DD): {text}", text=text)) from exc


def _dashboard(args) -> int:
    from erp_desktop.services import analysis

    uow = open_uow(args)
    ov = analysis.overview(uow, as_of=args.as_of)
    if wants_json(args):
        print_json(ov)
        return 0
    print(tr("As of {date}", date=ov.as_of.isoformat()))
    rows = []
    for f in ov.figures:
        value = f"{int(f.value):,}" if f.unit == "count" else f"{f.value:,.2f}"
        rows.append([f.title, value, f.note])
    print_table([tr("Figure"), tr("Value"), tr("Note")], rows, right=[1])
    return 0


def _pivot(args) -> int:
    from erp_desktop.services import analysis

    uow = open_uow(args)
    filters = []
    for item in args.filter:
        if "=" not in item:
            raise ValidationError(tr("A filter is DIMENSION=KEY: {text}", text=item), field="filter")
        dim, key = (part.strip() for part in item.split("=", 1))
        filters.append((dim, (_filter_key(uow, dim, key),)))
    spec = analysis.PivotSpec(
        source=args.source,
        rows=tuple(args.rows),
        cols=tuple(args.cols),
        measure=args.measure,
        start=args.start,
        end=args.end,
        filters=tuple(filters),
    )
    result = analysis.run_pivot(uow, spec)
    headers, rows = analysis.table(result)
    if wants_json(args):
        print_json({"headers": headers, "rows": rows})
        return 0
    nlab = len(spec.rows)

    def text(i, v):
        if i < nlab:
            return str(v)
        if v is None or v == "":
            return "—" if v is None else ""
        if spec.measure == "margin_pct":
            return f"{(v * 100).quantize(type(v)('0.1'))}%"
        return f"{v:,}"

    shown = rows[: args.limit] + ([rows[-1]] if len(rows) > args.limit else [])
    print_table(
        [str(h) for h in headers],
        [[text(i, v) for i, v in enumerate(r)] for r in shown],
        right=range(nlab, len(headers)),
    )
    if args.xlsx:
        n = analysis.export_xlsx(result, args.xlsx)
        print(tr("Wrote {count} rows to {path}", count=n, path=args.xlsx))
    return 0


def _filter_key(uow, dim: str, key: str) -> str:
    """A filter's key as the pivot wants it: products and parties by code (or id), others as typed."""
    import uuid

    from . import party_id, product_id

    if dim not in ("product", "customer", "supplier"):
        if dim in ("category", "warehouse"):
            try:
                return str(uuid.UUID(key))
            except ValueError:
                pass
            if dim == "warehouse":  # by code, as every other command names a warehouse
                from erp_desktop.services import masterdata

                for w in masterdata.list_warehouses(uow, active_only=False):
                    if w.code == key.strip():
                        return str(w.id)
                raise ValidationError(tr("No warehouse with code {code}.", code=key), field="filter")
            raise ValidationError(tr("Filter {dim}={key}: give the id of the {dim}.", dim=dim, key=key), field="filter")
        return key
    try:
        return str(uuid.UUID(key))
    except ValueError:
        pass
    found = product_id(uow, key) if dim == "product" else party_id(uow, dim, key)
    return str(found)
