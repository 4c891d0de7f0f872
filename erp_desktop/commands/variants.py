"""``erp-desktop variant …``: variants (颜色 / 尺码) on the command line.

erp-desktop variant dimension-add 服装 颜色 "红:R,蓝:B,黑:K"      (a dimension of a category, with values)
erp-desktop variant values-add 服装 尺码 XXL                       (values added later)
erp-desktop variant dimensions [服装]
erp-desktop variant template-add TS01 T恤 --category 服装 --dims 颜色,尺码 [--unit 件] [--price 59] [--cost 25]
erp-desktop variant generate TS01 [--code TS01-R-M=TSHIRT-RED-M] [--barcode TS01-R-S=690…]
erp-desktop variant list | variant show TS01
erp-desktop variant stock [TS01] [--warehouse MAIN] [--json]   (by template; with a code: 颜色 × 尺码 matrix)
erp-desktop variant export FILE.xlsx | variant import FILE.xlsx [--create-categories]   (templates with their values)
"""

from __future__ import annotations

import argparse
import sys

from ..errors import NotFound, ValidationError
from ..i18n import tr
from . import open_uow, print_json, print_table


def register(add) -> None:
    group = add("variant", "variants (颜色 / 尺码): dimensions, product templates (款式), stock by template", _none)
    sub = group.add_subparsers(dest="variant_command", metavar="ACTION")

    def action(name: str, help_text: str, handler) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    p = action("dimension-add", "define a variant dimension of a category, with its values", _dimension_add)
    p.add_argument("category", help="category name or path (服装, 服装/上衣)")
    p.add_argument("name", help="dimension name (颜色, 尺码)")
    p.add_argument(
        "values", nargs="?", default="", help='values, comma-separated, each NAME or NAME:CODE ("红:R,蓝:B")'
    )
    p = action("values-add", "add values to a category's dimension", _values_add)
    p.add_argument("category")
    p.add_argument("dimension")
    p.add_argument("values")
    p = action("dimensions", "list the variant dimensions (of one category) with their values", _dimensions)
    p.add_argument("category", nargs="?", default="")
    p.add_argument("--json", action="store_true")
    p = action("template-add", "create a product template (款式) with one or two dimensions", _template_add)
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--category", required=True)
    p.add_argument("--dims", required=True, help="one or two dimension names, comma-separated (颜色,尺码)")
    p.add_argument("--unit", default="")
    p.add_argument("--price", default="0", help="sale price of every variant")
    p.add_argument("--cost", default="0", help="purchase price of every variant")
    p.add_argument("--tax", default="0.13", help="tax rate (0.13 = 13%%)")
    p.add_argument(
        "--only", default="", metavar="VALUES", help="only these values, comma-separated (红,白,M,L); default: all"
    )
    p = action("generate", "make the product of every combination that has none yet", _generate)
    p.add_argument("template")
    p.add_argument("--code", action="append", default=[], metavar="PROPOSED=CODE", help="a code of your own")
    p.add_argument("--barcode", action="append", default=[], metavar="CODE=BARCODE")
    p = action("list", "list product templates", _list)
    p.add_argument("--json", action="store_true")
    p = action("show", "a template and its variants", _show)
    p.add_argument("template")
    p.add_argument("--json", action="store_true")
    p = action("export", "export the product templates with their dimensions and values to xlsx", _export)
    p.add_argument("file")
    p = action("import", "import templates from xlsx (all or nothing): dimensions, values, variants made", _import)
    p.add_argument("file")
    p.add_argument("--create-categories", action="store_true", help="create unknown categories")
    p.add_argument("--errors", metavar="REPORT.xlsx", help="on problems, also write them to this xlsx file")
    p = action("stock", "on hand by template, or one template's stock as a matrix (颜色 × 尺码)", _stock)
    p.add_argument("template", nargs="?", default="")
    p.add_argument("--warehouse", default="", help="warehouse code")
    p.add_argument("--json", action="store_true")


def _none(args) -> int:
    print(tr("Choose an action; see erp-desktop variant --help."), file=sys.stderr)
    return 2


def _category(uow, text: str):
    from erp_desktop.services import masterdata

    text = text.strip()
    nodes = masterdata.list_categories(uow)
    found = [c for c in nodes if c.path == text] or [c for c in nodes if c.name == text]
    if len(found) != 1:
        raise ValidationError(
            tr("No category {name}.", name=text)
            if not found
            else tr("Several categories are named {name}; give the path.", name=text),
            field="category",
        )
    return found[0]


def _dimension(uow, category_id, name: str):
    from erp_desktop.services import masterdata

    for dim in masterdata.list_dimensions(uow, category_id):
        if dim.name == name.strip():
            return dim
    raise ValidationError(tr("The category has no dimension {name}.", name=name), field="dimension")


def _template(uow, code: str):
    from erp_desktop.services import masterdata

    found = masterdata.get_template_by_code(uow, code)
    if found is None:
        raise NotFound(tr("No product template with code {code}.", code=code))
    return found


def _print_dimension(dim) -> None:
    values = ", ".join(v.name if v.code == v.name else f"{v.name}:{v.code}" for v in dim.values if v.active)
    print(f"{dim.category} / {dim.name}: {values}")


def _dimension_add(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    category = _category(uow, args.category)
    _print_dimension(masterdata.add_dimension(uow, category.id, args.name, args.values))
    return 0


def _values_add(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    category = _category(uow, args.category)
    dim = _dimension(uow, category.id, args.dimension)
    _print_dimension(masterdata.add_values(uow, dim.id, args.values))
    return 0


def _dimensions(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    category = _category(uow, args.category).id if args.category else None
    dims = masterdata.list_dimensions(uow, category)
    if args.json:
        print_json(dims)
        return 0
    for dim in dims:
        _print_dimension(dim)
    return 0


def _template_add(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    category = _category(uow, args.category)
    names = [n for n in args.dims.replace("，", ",").split(",") if n.strip()]
    if not 1 <= len(names) <= 2:
        raise ValidationError(tr("Give one or two dimensions (e.g. 颜色,尺码)."), field="dims")
    dims = [_dimension(uow, category.id, n) for n in names]
    only = None
    if args.only.strip():
        wanted = set(masterdata.parse_values(args.only.replace("，", ",")))
        wanted_names = {name for name, _code in wanted}
        only = [v.id for d in dims for v in d.values if v.name in wanted_names]
        unknown = wanted_names - {v.name for d in dims for v in d.values}
        if unknown:
            raise ValidationError(tr("Unknown values: {values}", values=", ".join(sorted(unknown))), field="only")
    detail = masterdata.save_template(
        uow,
        masterdata.TemplateInput(
            code=args.code,
            name=args.name,
            category_id=category.id,
            dimension1_id=dims[0].id,
            dimension2_id=dims[1].id if len(dims) > 1 else None,
            unit=args.unit,
            tax_rate=args.tax,
            purchase_price=args.cost,
            sale_price=args.price,
            values=only,
        ),
    )
    print(tr("Template {code} {name}: {dimensions}.", code=detail.code, name=detail.name, dimensions=detail.dimensions))
    return 0


def _pairs(items: list[str], what: str) -> dict[str, str]:
    result = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValidationError(tr("{what} must be given as KEY=VALUE: {text}", what=what, text=item), field=what)
        result[key.strip()] = value.strip()
    return result


def _generate(args) -> int:
    from erp_desktop.services import masterdata

    uow = open_uow(args)
    template = _template(uow, args.template)
    made = masterdata.generate_variants(
        uow, template.id, codes=_pairs(args.code, "--code"), barcodes=_pairs(args.barcode, "--barcode")
    )
    print(tr("{created} variants made, {kept} already there.", created=len(made.created), kept=made.kept))
    for row in made.created:
        print(f"  {row.code}  {row.name}")
    return 0


def _list(args) -> int:
    from erp_desktop.services import masterdata

    rows = masterdata.list_templates(open_uow(args))
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [tr("Code"), tr("Name"), tr("Category"), tr("Dimensions"), tr("Variants"), tr("Active")],
        [[r.code, r.name, r.category, r.dimensions, r.variants, tr("yes") if r.active else tr("no")] for r in rows],
        right=(4,),
    )
    return 0


def _show(args) -> int:
    uow = open_uow(args)
    detail = _template(uow, args.template)
    if args.json:
        print_json(detail)
        return 0
    print(f"{detail.code} {detail.name} ({detail.category}: {detail.dimensions})")
    print_table(
        [tr("Code"), tr("Name"), detail.dimension1, detail.dimension2 or "", tr("Barcode"), tr("Active")],
        [
            [v.code, v.name, v.value1, v.value2, v.barcodes, tr("yes") if v.active else tr("no")]
            for v in detail.variants
        ],
    )
    return 0


def _warehouse_id(uow, code: str):
    from erp_desktop.services import masterdata

    if not code:
        return None
    for w in masterdata.list_warehouses(uow):
        if w.code == code:
            return w.id
    raise ValidationError(tr("No warehouse with code {code}.", code=code), field="warehouse")


def _stock(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    warehouse = _warehouse_id(uow, args.warehouse)
    if not args.template:
        rows = inventory.stock_by_template(uow, warehouse_id=warehouse)
        if args.json:
            print_json(rows)
            return 0
        print_table(
            [tr("Code"), tr("Name"), tr("Category"), tr("Variants"), tr("On hand"), tr("Value")],
            [[r.code, r.name, r.category, r.variants, r.qty, r.value] for r in rows],
            right=(3, 4, 5),
        )
        return 0
    grid = inventory.stock_matrix(uow, _template(uow, args.template).id, warehouse_id=warehouse)
    if args.json:
        print_json(grid)
        return 0
    print(f"{grid.code} {grid.name}")
    headers = [f"{grid.row_title} \\ {grid.column_title}" if grid.column_title else grid.row_title]
    headers += list(grid.columns) + [tr("Total")]
    body = [
        [name] + ["" if q is None else q for q in cells] + [total]
        for name, cells, total in zip(grid.rows, grid.qty, grid.row_totals, strict=True)
    ]
    body.append([tr("Total"), *grid.column_totals, grid.total])
    print_table(headers, body, right=range(1, len(headers)))
    return 0


def _export(args) -> int:
    from erp_desktop.services import masterdata

    n = masterdata.export_templates(open_uow(args), args.file)
    print(tr("Exported {n} rows to {path}.", n=n, path=args.file))
    return 0


def _import(args) -> int:
    from erp_desktop.errors import ImportErrors
    from erp_desktop.services import excel, masterdata

    try:
        count, made = masterdata.import_templates(open_uow(args), args.file, create_categories=args.create_categories)
    except ImportErrors as exc:
        if args.errors:
            excel.write_error_report(args.errors, exc.problems)
            print(tr("Problems written to {path}", path=args.errors), file=sys.stderr)
        raise
    print(tr("Imported {count} templates; {made} variants made.", count=count, made=made))
    return 0
