"""``erp-desktop print …``: documents, statements and labels to PDF, headless.

erp-desktop print delivery DN-2026-000001 --out dn.pdf
erp-desktop print sales-quote SQ-2026-000001 --out quote.pdf
erp-desktop print statement --customer C001 --from 2026-01-01 --to 2026-01-31 --out st.pdf
erp-desktop print labels --products A001,A002 --copies 3 --layout a4-3x8 --out labels.pdf
erp-desktop print delivery DN-2026-000001 --template 三联 --out dn.pdf
erp-desktop print templates list [--kind delivery]
erp-desktop print templates export delivery 三联 --out 三联.json
erp-desktop print templates import 三联.json [--name 三联(新)]
erp-desktop print templates default delivery 三联                  # the kind's default ("Standard": built-in)
erp-desktop print templates use delivery 三联 --customer C001      # a customer's own ("Standard": none)
erp-desktop print templates use counter_ticket 会员小票 --member 13800138000   # a member's own tickets
"""

from __future__ import annotations

import argparse
from datetime import date

from ..errors import ValidationError
from ..i18n import tr
from . import add_json, common_options, open_uow, print_json, print_table, wants_json

DOCUMENTS = {
    # command word: (DocKind value, help)
    "sales-quote": ("sales_quote", "sales quote (报价单) by number"),
    "delivery": ("delivery", "delivery note (销售出库单) by number"),
    "sales-order": ("sales_order", "sales order by number"),
    "sales-return": ("sales_return", "sales return note by number"),
    "purchase-order": ("purchase_order", "purchase order by number"),
    "receipt": ("receipt", "goods receipt note (采购入库单) by number"),
    "purchase-return": ("purchase_return", "purchase return note by number"),
    "transfer": ("transfer", "transfer note (调拨单) or other receipt/issue by number"),
    "stock-doc": ("stock_in", "other receipt / issue note by number"),
    "assembly": ("assembly", "assembly / disassembly note (组装单 / 拆卸单) by number"),
    "count": ("stock_count", "stock count sheet (盘点表) by number"),
    "money": ("money_receipt", "receipt of money (收款收据) or payment voucher by number"),
    "landed-cost": ("landed_cost", "landed cost note (采购费用单) by number"),
}


def register(add) -> None:

    command = add("print", "print documents, statements and labels to PDF", _run)
    sub = command.add_subparsers(dest="what", metavar="WHAT", required=True)
    for word, (kind, help_text) in DOCUMENTS.items():
        parser = sub.add_parser(word, parents=[common_options()], help=help_text, description=help_text)
        parser.add_argument("number", help="document number (or id)")
        parser.add_argument("--out", required=True, metavar="FILE.pdf")
        parser.add_argument("--template", metavar="NAME", help="print template (default: the customer's, the shop's)")
        parser.set_defaults(print_kind=kind)
    statement = sub.add_parser("statement", parents=[common_options()], help="customer or supplier statement (对账单)")
    who = statement.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", metavar="CODE")
    who.add_argument("--supplier", metavar="CODE")
    statement.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    statement.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    statement.add_argument("--out", required=True, metavar="FILE.pdf")
    statement.add_argument("--template", metavar="NAME")
    statement.set_defaults(print_kind="statement")
    labels = sub.add_parser("labels", parents=[common_options()], help="product barcode labels")
    labels.add_argument(
        "--products", required=True, metavar="CODE,CODE…", help="product codes or barcodes, comma-separated"
    )
    labels.add_argument("--copies", type=int, default=1)
    labels.add_argument("--layout", default="a4-3x8", help="a4-3x8, a4-3x10, a4-4x10 or roll-50x30")
    labels.add_argument("--barcode", dest="symbology", default="auto", choices=["auto", "code128", "ean13", "qr"])
    labels.add_argument("--no-price", action="store_true")
    labels.add_argument("--skip", type=int, default=0, help="labels already used on the first sheet")
    labels.add_argument("--out", required=True, metavar="FILE.pdf")
    labels.add_argument("--template", metavar="NAME", help="a labels template: its paper and grid instead of --layout")
    labels.set_defaults(print_kind="labels")
    templates = sub.add_parser("templates", help="print templates: list, export, import")
    actions = templates.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common_options()], help="the templates of every kind (or one)")
    listing.add_argument("--kind", help="delivery, sales_order, statement, labels …")
    add_json(listing)
    listing.set_defaults(print_kind="templates")
    export = actions.add_parser("export", parents=[common_options()], help="write a template to a file")
    export.add_argument("kind")
    export.add_argument("name")
    export.add_argument("--out", required=True, metavar="FILE.json")
    export.set_defaults(print_kind="templates")
    load = actions.add_parser("import", parents=[common_options()], help="add the template in a file")
    load.add_argument("file", metavar="FILE.json")
    load.add_argument("--name", help="store it under this name instead of the file's")
    load.add_argument("--default", action="store_true", help="and make it the default of its kind")
    load.set_defaults(print_kind="templates")
    default = actions.add_parser("default", parents=[common_options()], help="make a template the default of its kind")
    default.add_argument("kind")
    default.add_argument("name", help='a template\'s name; "Standard" for the built-in layout')
    default.set_defaults(print_kind="templates")
    use = actions.add_parser("use", parents=[common_options()], help="a customer's or supplier's own template")
    use.add_argument("kind")
    use.add_argument("name", help="a template's name; \"Standard\" to go back to the shop's default")
    party = use.add_mutually_exclusive_group(required=True)
    party.add_argument("--customer", metavar="CODE")
    party.add_argument("--supplier", metavar="CODE")
    party.add_argument("--member", metavar="CARD|PHONE", help="a counter member (会员): counter_ticket")
    use.set_defaults(print_kind="templates")


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(tr("{text} is not a date (YYYY-MM-DD).", text=text), field=field) from None


def _kind(word: str) -> str:
    """A template kind from a kind (sales_order) or a print command word (sales-order)."""
    from erp_desktop.services import printing

    if word in DOCUMENTS:
        return DOCUMENTS[word][0]
    kind = word.replace("-", "_")
    if kind not in printing.KINDS:
        raise ValidationError(
            tr("Unknown document kind {kind}; one of {known}.", kind=word, known=", ".join(printing.KINDS)),
            field="kind",
        )
    return kind


def _templates(args: argparse.Namespace, uow) -> int:
    from erp_desktop.services import printing

    if args.template_action == "list":
        infos = printing.list_templates(uow, _kind(args.kind) if args.kind else None)
        if wants_json(args):
            print_json(
                [
                    {
                        "kind": i.kind,
                        "kind_title": tr(printing.KINDS[i.kind]),
                        "name": i.name,
                        "is_default": i.is_default,
                        "builtin": i.builtin,
                        "paper": i.paper,
                    }
                    for i in infos
                ]
            )
            return 0
        print_table(
            ["", tr("Document"), tr("Kind"), tr("Print template"), tr("Paper")],
            [
                (
                    "*" if i.is_default else "",
                    tr(printing.KINDS[i.kind]),
                    i.kind,  # what the other template commands take
                    i.name,
                    tr("built-in") if i.builtin else i.paper,
                )
                for i in infos
            ],
        )
        print(tr("* = the default of its kind"))
        return 0
    if args.template_action == "export":
        path = printing.export_template(uow, _kind(args.kind), args.name, args.out)
        print(tr("Written {path}", path=str(path)))
        return 0
    if args.template_action == "default":
        kind = _kind(args.kind)
        printing.set_default(uow, kind, args.name)
        print(tr("{name} is now the default template for {kind}.", name=args.name, kind=tr(printing.KINDS[kind])))
        return 0
    if args.template_action == "use":
        kind = _kind(args.kind)
        if args.member:  # a member's tickets: the member's customer's own template
            from erp_desktop.services import counter

            code, party_id = args.member, counter.find_member(uow, args.member).customer_id
        else:
            party_kind, code = ("customer", args.customer) if args.customer else ("supplier", args.supplier)
            party_id = printing.party_id_by_code(uow, party_kind, code)
        printing.set_party_template(uow, party_id, kind, args.name)
        chosen = printing.party_template(uow, party_id, kind)
        if chosen is None:
            print(
                tr("{code} prints {kind} with the shop's default template.", code=code, kind=tr(printing.KINDS[kind]))
            )
        else:
            print(tr("{code} prints {kind} with {name}.", code=code, kind=tr(printing.KINDS[kind]), name=chosen))
        return 0
    info = printing.import_template(uow, args.file, name=args.name)
    if args.default:
        printing.set_default(uow, info.kind, info.name)
    print(tr("Imported template {name} for {kind}.", name=info.name, kind=tr(printing.KINDS[info.kind])))
    return 0


def _run(args: argparse.Namespace) -> int:
    from erp_desktop.services import printing

    uow = open_uow(args)
    kind = args.print_kind
    if kind == "templates":
        return _templates(args, uow)
    template = getattr(args, "template", None)
    if kind == "statement":
        party_kind, code = ("customer", args.customer) if args.customer else ("supplier", args.supplier)
        path = printing.print_statement(
            uow, party_kind, code, _day(args.start, "from"), _day(args.end, "to"), args.out, template=template
        )
    elif kind == "labels":
        codes = [c.strip() for c in args.products.split(",") if c.strip()]
        path = printing.print_labels(
            uow,
            codes,
            args.out,
            layout=args.layout,
            copies=args.copies,
            symbology=args.symbology,
            show_price=not args.no_price,
            skip=args.skip,
            template=template,
        )
    else:
        path = printing.print_document(uow, kind, args.number, args.out, template=template)
    print(tr("Written {path}", path=str(path)))
    return 0
