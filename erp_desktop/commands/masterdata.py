"""Master data on the command line: import / export / template for every list, and the demo shop.

erp-desktop import products FILE [--mode upsert|create] [--create-categories] [--errors REPORT.xlsx]
erp-desktop export customers FILE
erp-desktop template suppliers FILE
erp-desktop demo [--db PATH] [--seed N]
"""

from __future__ import annotations

import sys
import time
from typing import Any

from ..errors import ImportErrors, ValidationError
from ..i18n import tr
from . import open_uow, print_json, print_table

LISTS = ("products", "units", "customers", "suppliers", "warehouses", "prices", "quotes")


def register(add) -> None:
    _register_records(add)
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


# --- a kit's bill of components (组装 / 拆卸 / 套装) ------------------------------------------
def _register_bom(sub) -> None:
    bom = sub.add_parser("bom", help="a kit's bill of components", description="a kit's bill of components")
    bom.set_defaults(handler=lambda args: (bom.print_help(), 2)[1])
    verbs = bom.add_subparsers(dest="bom_command", metavar="ACTION")
    text = (
        "set (replace) a kit's bill of components: CODE:QTY per kit for each component, or "
        "CODE:QTY:UNIT in another of the component's units (1 箱 = 24 瓶)"
    )
    p = verbs.add_parser("set", help=text, description=text)
    p.set_defaults(handler=_bom_set)
    p.add_argument("code", help="the kit's product code")
    p.add_argument("components", nargs="*", metavar="CODE:QTY[:UNIT]")
    p.add_argument("--bundle", action="store_true", help="sold as a bundle (套装): a delivery issues the components")
    p.add_argument("--clear", action="store_true", help="remove the bill (the product is no longer a kit)")
    text = "show a kit's bill of components and what one kit costs"
    p = verbs.add_parser("show", help=text, description=text)
    p.set_defaults(handler=_bom_show)
    p.add_argument("code")
    p.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")


def _tracking(item) -> str:
    return "serial" if item.serial_tracked else "lot" if item.lot_tracked else ""


def _tracking_label(item) -> str:
    return tr("serial numbers") if item.serial_tracked else tr("lots") if item.lot_tracked else ""


def _bom_product(uow, code: str):
    from erp_desktop.services import masterdata

    brief = masterdata.find_product(uow, code)
    if brief is None:
        raise ValidationError(tr("No product with code or barcode {code}.", code=code), field="product")
    return brief


def _bom_set(args) -> int:
    from erp_desktop.money import NotANumber, parse_decimal
    from erp_desktop.services import inventory

    uow = open_uow(args)
    kit = _bom_product(uow, args.code)
    if not args.components and not args.clear:
        raise ValidationError(tr("List the components as CODE:QTY, or give --clear to remove the bill."))
    components = []
    for n, item in enumerate(args.components, start=1):
        code, sep, qty_text = item.rpartition(":")
        unit = ""
        if sep and code and ":" in code:  # CODE:QTY:UNIT when the last part is not a number
            try:
                parse_decimal(qty_text)
            except NotANumber:
                unit = qty_text.strip()
                code, sep, qty_text = code.rpartition(":")
        if not sep or not code:
            raise ValidationError(tr("Write each component as CODE:QTY or CODE:QTY:UNIT (got {item}).", item=item))
        try:
            quantity = parse_decimal(qty_text)
        except NotANumber as exc:
            raise ValidationError(
                tr("line {n}: the quantity is not a number: {text}", n=n, text=qty_text), field="qty"
            ) from exc
        components.append(inventory.ComponentInput(_bom_product(uow, code).id, quantity, unit))
    bom = inventory.set_bom(uow, kit.id, components, bundle=args.bundle)
    if bom is None:
        print(tr("{code} has no bill of components any more.", code=kit.code))
        return 0
    print(
        tr(
            "Saved the bill of {code}: {n} components, {cost} per kit at today's cost{bundle}.",
            code=bom.code,
            n=len(bom.lines),
            cost=bom.cost,
            bundle=tr(", sold as a bundle") if bom.bundle else "",
        )
    )
    return 0


def _bom_show(args) -> int:
    from erp_desktop.services import inventory

    uow = open_uow(args)
    kit = _bom_product(uow, args.code)
    bom = inventory.get_bom(uow, kit.id)
    if bom is None:
        raise ValidationError(tr("{code} has no bill of components.", code=kit.code), field="product")
    if args.json:
        print_json(
            {
                "kit": bom.code,
                "bundle": bom.bundle,
                "cost": str(bom.cost),
                "tracking": _tracking(bom),
                "components": [
                    {
                        "code": line.code,
                        "name": line.name,
                        "qty": str(line.qty),
                        "unit": line.unit,
                        "unit_qty": str(line.entered),
                        "unit_cost": str(line.unit_cost),
                        "tracking": _tracking(line),
                    }
                    for line in bom.lines
                ],
            }
        )
        return 0
    print(
        f"{bom.code} {bom.name}"
        + (f" · {tr('bundle')}" if bom.bundle else "")
        + (f" · {_tracking_label(bom)}" if _tracking(bom) else "")
    )
    print_table(
        [
            tr("Code"),
            tr("Name"),
            tr("Qty per kit"),
            tr("Unit"),
            tr("Base quantity"),
            tr("Tracking"),
            tr("Unit cost"),
            tr("Cost"),
        ],
        [
            [
                line.code,
                line.name,
                line.entered,
                line.unit,
                line.qty if line.unit_qty is not None else "",
                _tracking_label(line),
                line.unit_cost,
                line.cost,
            ]
            for line in bom.lines
        ],
    )
    print(tr("One kit costs {cost}.", cost=bom.cost))
    return 0


# --- one product, customer, supplier or warehouse: add / edit / show -------------------------
def _register_records(add) -> None:
    from argparse import SUPPRESS

    def verbs(noun: str, help_text: str, fill, add_text: str, edit_text: str, show_text: str) -> None:
        parser: Any = add(noun, help_text, lambda args: _records_help(parser))
        sub = parser.add_subparsers(dest=f"{noun}_command", metavar="ACTION")
        p = sub.add_parser("add", help=add_text, description=add_text)
        p.set_defaults(handler=_record_save, noun=noun, editing=False)
        p.add_argument("code")
        fill(p, SUPPRESS)
        p = sub.add_parser("edit", help=edit_text, description=edit_text)
        p.set_defaults(handler=_record_save, noun=noun, editing=True)
        p.add_argument("code")
        fill(p, SUPPRESS)
        p = sub.add_parser("show", help=show_text, description=show_text)
        p.set_defaults(handler=_record_show, noun=noun)
        p.add_argument("code")
        p.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")
        if noun == "product":
            _register_units(sub)
            _register_bom(sub)

    def common(p, none) -> None:
        p.add_argument("--name", default=none)
        p.add_argument("--active", choices=["yes", "no"], default=none)

    def product(p, none) -> None:
        common(p, none)
        p.add_argument("--price", dest="sale_price", default=none, help="sale price")
        p.add_argument("--mnemonic", default=none, help=MNEMONIC_HELP)
        p.add_argument("--cost", dest="purchase_price", default=none, help="purchase price")
        p.add_argument("--spec", default=none, help="specification (规格)")
        p.add_argument("--unit", default=none)
        p.add_argument("--category", default=none, help="category name or path (Drinks/Tea)")
        p.add_argument("--barcode", action="append", default=none, help="barcode (repeat for several)")
        p.add_argument("--tax-rate", default=none, help="e.g. 0.13")
        p.add_argument("--reorder-point", default=none)
        p.add_argument("--reorder-qty", default=none)
        p.add_argument("--notes", default=none)

    def party(p, none) -> None:
        common(p, none)
        p.add_argument("--phone", default=none)
        p.add_argument("--mnemonic", default=none, help=MNEMONIC_HELP)
        p.add_argument("--email", default=none)
        p.add_argument("--tax-id", default=none)
        p.add_argument("--payment-terms", dest="payment_terms_days", default=none, metavar="DAYS")
        p.add_argument("--notes", default=none)

    def customer(p, none) -> None:
        party(p, none)
        p.add_argument("--tier", default=none)
        p.add_argument("--salesperson", default=none)
        p.add_argument("--credit-limit", default=none, help="'' for no limit")

    def supplier(p, none) -> None:
        party(p, none)
        p.add_argument("--grade", default=none)
        p.add_argument("--address", default=none)
        p.add_argument("--lead-time", dest="lead_time_days", default=none, metavar="DAYS")

    def warehouse(p, none) -> None:
        common(p, none)
        p.add_argument("--address", default=none)
        p.add_argument("--negative", dest="negative_policy", choices=["forbid", "warn", "allow"], default=none)

    verbs(
        "product",
        "add, change or show one product",
        product,
        "add a product",
        "change a product (only the options given change)",
        "show a product",
    )
    verbs(
        "customer",
        "add, change or show one customer",
        customer,
        "add a customer",
        "change a customer (only the options given change)",
        "show a customer",
    )
    verbs(
        "supplier",
        "add, change or show one supplier",
        supplier,
        "add a supplier",
        "change a supplier (only the options given change)",
        "show a supplier",
    )
    verbs(
        "warehouse",
        "add, change or show one warehouse",
        warehouse,
        "add a warehouse",
        "change a warehouse (only the options given change)",
        "show a warehouse",
    )


def _register_units(sub) -> None:
    """erp-desktop product unit add CODE 箱 24 [--barcode B] [--purchase] [--sale] | list CODE | remove CODE 箱"""
    text = "a product's other units (多单位): 1 箱 = 24 of the base unit"
    units: Any = sub.add_parser("unit", help=text, description=text)
    units.set_defaults(handler=lambda args: _records_help(units))
    verbs = units.add_subparsers(dest="unit_command", metavar="ACTION")
    text = "add a unit (or change the one of that name): NAME and how many base units are in one"
    p = verbs.add_parser("add", help=text, description=text)
    p.set_defaults(handler=_unit_add)
    p.add_argument("code", help="product code or barcode")
    p.add_argument("name", help="unit name, e.g. 箱")
    p.add_argument("factor", help="base units in one, e.g. 24")
    p.add_argument("--barcode", default="", help="the unit's own barcode (scanning it picks this unit)")
    p.add_argument("--purchase", action="store_true", help="the default unit on purchasing documents")
    p.add_argument("--sale", action="store_true", help="the default unit on sales documents")
    text = "list a product's units, the base unit first"
    p = verbs.add_parser("list", help=text, description=text)
    p.set_defaults(handler=_unit_list)
    p.add_argument("code", help="product code or barcode")
    p.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")
    text = "remove one of a product's units (lines entered in it keep it)"
    p = verbs.add_parser("remove", help=text, description=text)
    p.set_defaults(handler=_unit_remove)
    p.add_argument("code", help="product code or barcode")
    p.add_argument("name")


def _unit_add(args) -> int:
    from erp_desktop.services import masterdata

    from . import product_id

    uow = open_uow(args)
    rows = masterdata.save_unit(
        uow,
        product_id(uow, args.code),
        args.name,
        args.factor,
        barcode=args.barcode,
        purchase_default=args.purchase,
        sale_default=args.sale,
    )
    _print_units(rows)
    return 0


def _unit_list(args) -> int:
    from erp_desktop.services import masterdata

    from . import print_json, product_id

    uow = open_uow(args)
    rows = masterdata.list_units(uow, product_id(uow, args.code))
    if args.json:
        print_json(rows)
    else:
        _print_units(rows)
    return 0


def _unit_remove(args) -> int:
    from erp_desktop.services import masterdata

    from . import product_id

    uow = open_uow(args)
    _print_units(masterdata.remove_unit(uow, product_id(uow, args.code), args.name))
    return 0


def _print_units(rows) -> None:
    from . import print_table

    base = rows[0].name if rows else ""
    print_table(
        [tr("Unit"), tr("Factor"), tr("Barcode"), tr("Purchase"), tr("Sale")],
        [
            (
                u.name + (" " + tr("(base)") if u.base else ""),
                f"{u.factor.normalize():f} {base}",
                u.barcode,
                "✓" if u.purchase_default else "",
                "✓" if u.sale_default else "",
            )
            for u in rows
        ],
    )


MNEMONIC_HELP = "助记码, the pinyin initials a picker finds it by (default: made from the name; '' makes it again)"


def _records_help(parser) -> int:
    parser.print_help()
    return 2


_FIELDS = {
    "product": (
        "name",
        "mnemonic",
        "sale_price",
        "purchase_price",
        "spec",
        "unit",
        "tax_rate",
        "reorder_point",
        "reorder_qty",
        "notes",
    ),
    "customer": ("name", "mnemonic", "phone", "email", "tax_id", "payment_terms_days", "notes", "tier", "salesperson"),
    "supplier": (
        "name",
        "mnemonic",
        "phone",
        "email",
        "tax_id",
        "payment_terms_days",
        "notes",
        "grade",
        "address",
        "lead_time_days",
    ),
    "warehouse": ("name", "address", "negative_policy"),
}


def _given(args) -> dict:
    changes = {name: getattr(args, name) for name in _FIELDS[args.noun] if hasattr(args, name)}
    if hasattr(args, "active"):
        changes["active"] = args.active == "yes"
    return changes


def _existing(uow, noun: str, code: str, *, required: bool):
    """The stored record with this code (a detail the editor would show), or None."""
    from erp_desktop.services import masterdata

    catalog = lookups = parties = masterdata

    from ..errors import NotFound

    found: Any = None
    if noun == "product":
        found = catalog.get_product_by_code(uow, code.strip())
    elif noun in ("customer", "supplier"):
        for brief in lookups.search_parties(uow, noun, code, limit=50):
            if brief.code == code.strip():
                found = (parties.get_customer if noun == "customer" else parties.get_supplier)(uow, brief.id)
    else:
        found = next((w for w in masterdata.list_warehouse_rows(uow) if w.code == code.strip()), None)
    if found is None and required:
        raise NotFound(
            {
                "product": tr("No product with code {code}.", code=code),
                "customer": tr("No customer with code {code}.", code=code),
                "supplier": tr("No supplier with code {code}.", code=code),
                "warehouse": tr("No warehouse with code {code}.", code=code),
            }[noun]
        )
    return found


def _category_id(uow, text: str):
    from erp_desktop.services import masterdata as catalog

    from ..errors import ValidationError

    if not text.strip():
        return None
    key = text.strip()
    nodes = catalog.list_categories(uow)
    for node in nodes:
        if node.path == key:
            return node.id
    named = [n for n in nodes if n.name == key]
    if len(named) == 1:
        return named[0].id
    if named:
        raise ValidationError(tr("Several categories are named {name}; give the path.", name=key), field="category")
    raise ValidationError(tr("No product category {name}.", name=key), field="category")


def _record_save(args) -> int:
    from erp_desktop.services import masterdata

    catalog = parties = warehouses = masterdata

    from ..errors import ValidationError

    uow = open_uow(args)
    noun = args.noun
    existing: Any = _existing(uow, noun, args.code, required=args.editing)
    if existing is not None and not args.editing:
        raise ValidationError(tr("{code} already exists; use edit to change it.", code=args.code.strip()), field="code")
    changes = _given(args)
    if not args.editing and not changes.get("name", "").strip():
        raise ValidationError(tr("Give the name: --name."), field="name")
    saved: Any
    if noun == "product":
        if hasattr(args, "category"):
            changes["category_id"] = _category_id(uow, args.category)
        if hasattr(args, "barcode"):
            changes["barcodes"] = tuple(args.barcode)
        if existing is None:
            saved = catalog.save_product(uow, catalog.ProductInput(code=args.code.strip(), **changes))
        else:
            saved = catalog.save_product(uow, existing.as_input(**changes), existing.id)
    elif noun in ("customer", "supplier"):
        if hasattr(args, "credit_limit"):
            changes["credit_limit"] = args.credit_limit.strip() or None
        save: Any = parties.save_customer if noun == "customer" else parties.save_supplier
        if existing is None:
            data = (parties.CustomerInput if noun == "customer" else parties.SupplierInput)(
                args.code.strip(), changes.pop("name"), **changes
            )
            saved = save(uow, data)
        else:
            saved = save(uow, existing.as_input(**changes), existing.id)
    else:
        values = {"code": args.code.strip()}
        if existing is not None:
            values.update(
                name=existing.name,
                address=existing.address,
                negative_policy=existing.negative_policy,
                active=existing.active,
                warehouse_id=existing.id,
            )
        values.update(changes)
        saved = warehouses.save_warehouse(uow, **values)
    message = tr("{code} {name} saved.", code=saved.code, name=saved.name)
    print(message)
    return 0


def _field_labels() -> dict[str, str]:
    """The words of a record's fields on ``show`` (the editor's and the import list's titles)."""
    return {
        "code": tr("Code"),
        "name": tr("Name"),
        "category": tr("Category"),
        "spec": tr("Spec"),
        "colour": tr("Colour"),
        "unit": tr("Unit"),
        "barcodes": tr("Barcodes"),
        "tax_rate": tr("Tax rate"),
        "purchase_price": tr("Purchase price"),
        "sale_price": tr("Sale price"),
        "reorder_point": tr("Reorder point"),
        "reorder_qty": tr("Reorder quantity"),
        "attributes": tr("Attributes"),
        "custom": tr("Custom fields"),
        "active": tr("Active"),
        "notes": tr("Notes"),
        "mnemonic": tr("Mnemonic"),
        "tags": tr("Tags"),
        "phone": tr("Phone"),
        "email": tr("Email"),
        "tax_id": tr("Tax ID"),
        "payment_terms_days": tr("Payment terms (days)"),
        "contacts": tr("Contacts"),
        "tier": tr("Tier"),
        "channel": tr("Channel"),
        "salesperson": tr("Salesperson"),
        "credit_limit": tr("Credit limit"),
        "addresses": tr("Addresses"),
        "follow_ups": tr("Follow-ups"),
        "grade": tr("Grade"),
        "address": tr("Address"),
        "lead_time_days": tr("Lead time (days)"),
        "quotes": tr("Supplier quotes"),
        "negative_policy": tr("Negative stock"),
        "bins": tr("Bins"),
    }


def _record_text(key: str, value: Any) -> str:
    """A field's value as a person reads it: yes/no, the warehouse's policy in words, one entry of
    a list (contact, address, follow-up, quote) as its values side by side — not a dict's repr."""
    from erp_desktop.services import masterdata

    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if key == "negative_policy" and value in masterdata.POLICY_LABELS:
        return tr(masterdata.POLICY_LABELS[value])
    if isinstance(value, list):
        joint = "; " if any(isinstance(v, dict) for v in value) else ", "
        return joint.join(_entry_text(key, v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return "" if value is None else str(value)


def _entry_text(key: str, entry: Any) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    if key == "bins":
        return str(entry.get("code", ""))
    if key == "quotes":
        return tr(
            "{code} {name} @ {price} (from {qty})",
            code=entry.get("product_code", ""),
            name=entry.get("product_name", ""),
            price=entry.get("price", ""),
            qty=entry.get("min_qty", ""),
        )
    shown = [
        str(entry[k])
        for k in ("label", "name", "role", "phone", "email", "address", "on", "channel", "note", "next_step")
        if entry.get(k) not in (None, "")
    ]
    if entry.get("is_primary") or entry.get("is_default"):
        shown.append(tr("(default)"))
    return " ".join(shown)


def _record_show(args) -> int:
    from . import print_json, print_table, to_jsonable

    record = _existing(open_uow(args), args.noun, args.code, required=True)
    if args.json:
        print_json(record)
        return 0
    data = to_jsonable(record)
    labels = _field_labels()
    rows = [
        [labels.get(k, k), _record_text(k, v)]
        for k, v in data.items()
        if k != "id" and not (k.endswith("_id") and k != "tax_id")  # ids: the code and name say it
    ]
    print_table([tr("Field"), tr("Current value")], rows)
    return 0
