"""Master data on the command line: import / export / template for every list, and the demo shop.

erp-desktop import products FILE [--mode upsert|create] [--create-categories] [--errors REPORT.xlsx]
erp-desktop export customers FILE
erp-desktop template suppliers FILE
erp-desktop demo [--db PATH] [--seed N]
"""

from __future__ import annotations

import sys
import time

from ..errors import ImportErrors
from ..i18n import tr
from . import open_uow

LISTS = ("products", "customers", "suppliers", "warehouses", "prices", "quotes")


def register(add) -> None:
    p = add(
        "import", "import a master-data list from an xlsx file (all or nothing; creates or updates by code)", _import
    )
    p.add_argument("list", choices=LISTS)
    p.add_argument("file")
    p.add_argument(
        "--mode",
        choices=["upsert", "create"],
        default="upsert",
        help="upsert: existing codes are updated (default); create: existing codes are an error",
    )
    p.add_argument(
        "--create-categories", action="store_true", help="create unknown categories (products) instead of refusing them"
    )
    p.add_argument("--errors", metavar="REPORT.xlsx", help="on problems, also write them to this xlsx file")
    p = add("export", "export a master-data list to an xlsx file", _export)
    p.add_argument("list", choices=LISTS)
    p.add_argument("file")
    p = add("template", "write an empty xlsx import template for a list", _template)
    p.add_argument("list", choices=LISTS)
    p.add_argument("file")
    p = add("demo", "create a demo shop (about 200 products, 2 warehouses, 50 customers, 10 suppliers)", _demo)
    p.add_argument("--seed", type=int, default=1, help="the same seed makes the same shop")
    p.add_argument(
        "--years", type=int, default=0, help="also post N years of sales/purchase history before it (analysis; slower)"
    )


def _import(args) -> int:
    from erp_desktop.services import excel, masterdata

    uow = open_uow(args)
    try:
        result = masterdata.import_list(
            uow, args.list, args.file, mode=args.mode, create_categories=args.create_categories
        )
    except ImportErrors as exc:
        if args.errors:
            excel.write_error_report(args.errors, exc.problems)
            print(tr("Problems written to {path}", path=args.errors), file=sys.stderr)
        raise
    print(
        tr(
            "Imported {n} rows: {created} created, {updated} updated.",
            n=result.total,
            created=result.created,
            updated=result.updated,
        )
    )
    return 0


def _export(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    n = masterdata.export_list(uow, args.list, args.file)
    print(tr("Exported {n} rows to {path}.", n=n, path=args.file))
    return 0


def _template(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    masterdata.write_template(uow, args.list, args.file)
    print(tr("Template written to {path}.", path=args.file))
    return 0


def _demo(args) -> int:
    from erp_desktop import demo

    started = time.perf_counter()
    uow = open_uow(args)
    steps = demo.build_demo(uow, seed=args.seed)
    if getattr(args, "years", 0):
        from erp_desktop.demo.history import demo_history

        demo_history(uow, years=args.years, seed=args.seed)
        steps.append(f"history {args.years}y")
    print(
        tr(
            "Demo shop ready in {seconds} s ({steps}): {url}",
            seconds=f"{time.perf_counter() - started:.1f}",
            steps=", ".join(steps),
            url=uow.engine.url.render_as_string(hide_password=True),
        )
    )
    return 0
