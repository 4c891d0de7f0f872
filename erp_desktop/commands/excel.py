"""Excel imports beyond master data on the command line (master data has ``import``/``template``):

    erp-desktop import-opening-stock FILE [--date 2026-01-01] [--errors REPORT.xlsx]
    erp-desktop import-opening-balances receivables|payables FILE [--errors REPORT.xlsx]
    erp-desktop import-orders sales|purchase FILE [--errors REPORT.xlsx] [--yes zero-price]
    erp-desktop import-template opening-stock|opening-receivables|opening-payables|sales-orders|purchase-orders FILE

Every import is all or nothing; problems are listed row by row (and written to ``--errors``).
"""

from __future__ import annotations

import sys
from datetime import date

from ..errors import ImportErrors
from ..i18n import tr
from . import acknowledged, iso_date, open_uow

TEMPLATES = ("opening-stock", "opening-receivables", "opening-payables", "sales-orders", "purchase-orders")


def _date(text: str) -> date:
    return iso_date(text)


def register(add) -> None:
    p = add(
        "import-opening-stock",
        "import opening stock from an xlsx file (product, warehouse, bin, quantity, unit cost)",
        _opening_stock,
    )
    p.add_argument("file")
    p.add_argument("--date", type=_date, default=None, help="date of the opening stock (default: today)")
    p.add_argument("--errors", metavar="REPORT.xlsx", help="on problems, also write them to this xlsx file")
    p = add("import-opening-balances", "import opening receivables or payables from an xlsx file", _opening_balances)
    p.add_argument("kind", choices=["receivables", "payables"])
    p.add_argument("file")
    p.add_argument("--errors", metavar="REPORT.xlsx", help="on problems, also write them to this xlsx file")
    p = add("import-orders", "import draft sales or purchase orders from an xlsx file (one row per line)", _orders)
    p.add_argument("kind", choices=["sales", "purchase"])
    p.add_argument("file")
    p.add_argument("--errors", metavar="REPORT.xlsx", help="on problems, also write them to this xlsx file")
    p.add_argument("--yes", action="append", metavar="KEY", help="accept a warning (e.g. zero-price)")
    p = add("import-template", "write an xlsx template for opening stock, opening balances or order imports", _template)
    p.add_argument("kind", choices=TEMPLATES)
    p.add_argument("file")


def _run(args, call):
    from erp_desktop.services import excel

    try:
        return call()
    except ImportErrors as exc:
        if args.errors:
            excel.write_error_report(args.errors, exc.problems)
            print(tr("Problems written to {path}", path=args.errors), file=sys.stderr)
        raise


def _opening_stock(args) -> int:
    from erp_desktop.services import excel

    uow = open_uow(args)
    result = _run(args, lambda: excel.import_opening_stock(uow, args.file, on=args.date))
    print(result.summary())
    return 0


def _opening_balances(args) -> int:
    from erp_desktop.services import excel

    uow = open_uow(args)
    kind = "receivable" if args.kind == "receivables" else "payable"
    result = _run(args, lambda: excel.import_opening_balances(uow, args.file, kind=kind))
    print(result.summary())
    return 0


def _orders(args) -> int:
    from erp_desktop.services import excel

    uow = open_uow(args)
    result = _run(args, lambda: excel.import_orders(uow, args.file, kind=args.kind, acknowledged=acknowledged(args)))
    print(result.summary())
    return 0


def _template(args) -> int:
    from erp_desktop.services import excel

    excel.importer(args.kind).template(args.file)
    print(tr("Template written to {path}.", path=args.file))
    return 0
