"""Print templates (打印模板) as data: how a printout looks, never what it says.

A template is plain JSON (``Template.to_json`` / ``parse``) so a shop can keep its own layouts,
share them as files and sync them between PCs. It chooses:

- ``paper``: ``A4``, ``A5``, ``241x279`` (continuous paper, a full sheet), ``241x140`` (1/2 height, 二联),
  ``241x93`` (1/3 height, 三联), ``roll80`` / ``roll58`` (receipt rolls, as long as the content) or
  ``custom`` with ``width_mm`` × ``height_mm``; ``orientation`` portrait | landscape; ``margins_mm``
  (top, right, bottom, left) and ``offset_mm`` (x to the right, y down) to hit a pre-printed form.
- ``header``: the fields above the lines, in order. ``company`` (logo, name, contacts, the
  number's barcode at the right), ``company_name`` (one line), ``title``, then label/value fields laid
  out in a grid: ``party``, ``party_details``, ``number``, ``date``, ``meta`` (the document's own
  extra fields: order, warehouse, salesperson …), ``party_custom:<key>`` (a custom field of the
  customer or supplier). A ``|`` splits the grid into a left and a right column.
- ``columns``: the line columns, in order, each ``{"field", "title", "width", "hide_empty"}``: see
  ``LINE_FIELDS`` (``custom:<key>`` is a product's custom field); widths are relative (scaled to the
  paper); ``hide_empty`` drops the column when no line has a value (a quote's discount).
- ``footer``: what follows the lines, in order: ``capital`` (the total in 大写 and figures),
  ``notes``, ``signatures``; and for statements ``ageing`` and ``confirm``.
- ``lines_per_page``: on continuous paper, this many lines a page, with 承上页 / 过次页 rows carrying the
  running subtotals where a page breaks (``carry``) and the header repeated on every page.
- ``copies``: one caption per copy (联): ``["存根联", "客户联", "回单联"]`` prints the document three
  times, each page captioned and numbered within its copy.
- flags: ``capital`` (大写), ``barcode``, ``signatures``, ``totals``, ``page_numbers``, ``footer_text``;
  ``font_size`` of the lines and ``qty_total`` (same_unit | always | never).
- counter tickets (``counter_ticket``, 小票) only: ``paper`` is ``roll58``, ``roll80`` or ``custom``
  (``width_mm`` 30–120, as long as the content); ``header`` from ``TICKET_HEADER_FIELDS`` and
  ``footer`` from ``TICKET_FOOTER_FIELDS`` (``rule`` draws a dashed line, and may repeat); ``columns``
  from ``TICKET_LINE_FIELDS`` (widths relative, the text wraps within its column); ``barcode``
  prints the ticket number's Code 128 where ``barcode`` stands in the footer; ``note`` is the
  template's own footer text (several lines). The ESC/POS printer gets the same fields in the
  same order as text.
- labels only: ``label`` = the grid ``{"cols", "rows", "width_mm", "height_mm", "left_mm", "top_mm",
  "gap_x_mm", "gap_y_mm"}`` on the paper, plus ``show_price`` and ``symbology``.

The defaults (``builtin(kind)``) reproduce the fixed layouts the program printed before templates.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from ...errors import ValidationError
from ...i18n import N_, tr
from .dto import DocKind

FORMAT = 1  # the version of the JSON form; a newer file is refused with a clear message

STATEMENT = "statement"
LABELS = "labels"
VOUCHER = "voucher"
COUNTER_TICKET = "counter_ticket"

# every kind a template can be made for, with its title (N_: translated when shown)
KINDS: dict[str, str] = {
    DocKind.DELIVERY: N_("Delivery note"),
    DocKind.SALES_ORDER: N_("Sales order"),
    DocKind.SALES_QUOTE: N_("Quotation"),
    DocKind.SALES_RETURN: N_("Sales return note"),
    DocKind.PURCHASE_ORDER: N_("Purchase order"),
    DocKind.RECEIPT: N_("Goods receipt note"),
    DocKind.PURCHASE_RETURN: N_("Purchase return note"),
    DocKind.TRANSFER: N_("Transfer note"),
    DocKind.STOCK_IN: N_("Stock receipt note"),
    DocKind.STOCK_OUT: N_("Stock issue note"),
    DocKind.STOCK_COUNT: N_("Stock count sheet"),
    DocKind.ASSEMBLY: N_("Assembly note"),
    DocKind.MONEY_RECEIPT: N_("Money receipt"),
    DocKind.MONEY_PAYMENT: N_("Payment voucher"),
    DocKind.LANDED_COST: N_("Landed cost note"),
    STATEMENT: N_("Statement"),
    LABELS: N_("Product labels"),
    VOUCHER: N_("Accounting voucher"),
    COUNTER_TICKET: N_("Counter ticket"),
}

# paper: (width, height) in mm; a height of 0 grows with the content (receipt rolls)
PAPERS: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "241x279": (241.0, 279.4),
    "241x140": (241.0, 139.7),
    "241x93": (241.0, 93.1),
    "roll80": (80.0, 0.0),
    "roll58": (58.0, 0.0),
    "custom": (0.0, 0.0),
}

PAPER_TITLES: dict[str, str] = {
    "A4": N_("A4 (210 × 297 mm)"),
    "A5": N_("A5 (148 × 210 mm)"),
    "241x279": N_("Continuous paper 241 × 279 mm"),
    "241x140": N_("Continuous paper 241 × 140 mm (1/2, 二联)"),
    "241x93": N_("Continuous paper 241 × 93 mm (1/3, 三联)"),
    "roll80": N_("Receipt roll 80 mm"),
    "roll58": N_("Receipt roll 58 mm"),
    "custom": N_("Custom size"),
}

# line columns of business documents: field → default title
LINE_FIELDS: dict[str, str] = {
    "index": "#",
    "code": N_("Code"),
    "name": N_("Product"),
    "spec": N_("Spec"),
    "unit": N_("Unit"),
    "qty": N_("Qty"),
    "price": N_("Unit price"),
    "discount": N_("Discount"),
    "amount": N_("Amount"),
    "tax_rate": N_("Tax rate"),
    "location": N_("Bin"),
    "location_to": N_("To bin"),
    "barcode": N_("Barcode"),
    "barcode_text": N_("Barcode number"),
    "note": N_("Note"),
    "counted": N_("Counted"),
    "blank": "",
}
NUMERIC_FIELDS = frozenset({"qty", "price", "discount", "amount", "tax_rate"})

# counter tickets (小票): the fields above and below the lines, and the line columns
TICKET_HEADER_FIELDS: dict[str, str] = {
    "shop_name": N_("Shop name"),
    "shop_address": N_("Shop address"),
    "shop_phone": N_("Shop phone"),
    "title": N_("Title"),
    "number": N_("Ticket number"),
    "time": N_("Time"),
    "cashier": N_("Cashier"),
    "customer": N_("Customer"),
    "member": N_("Member card"),
    "original": N_("Original ticket (returns)"),
    "rule": N_("Dashed line"),
}
TICKET_FOOTER_FIELDS: dict[str, str] = {
    "totals": N_("Subtotal, discounts, 抹零 and total"),
    "payments": N_("Payments and change"),
    "tax": N_("VAT included"),
    "points": N_("Points earned"),
    "barcode": N_("Barcode of the ticket number"),
    "shop_footer": N_("Company footer"),
    "note": N_("Footer text"),
    "thanks": N_("Thank you!"),
    "rule": N_("Dashed line"),
}
TICKET_LINE_FIELDS: dict[str, str] = {  # short titles: a 58 mm line holds 32 characters
    "index": "#",
    "code": N_("Code"),
    "name": N_("Item"),
    "unit": N_("Unit"),
    "qty": N_("Qty"),
    "price": N_("Price"),
    "discount": N_("Disc."),
    "amount": N_("Amount"),
}
TICKET_PAPERS = ("roll58", "roll80", "custom")
TICKET_WIDTH_MM = (30.0, 120.0)

STATEMENT_FIELDS: dict[str, str] = {
    "date": N_("Date"),
    "document": N_("Document"),
    "description": N_("Description"),
    "increase": N_("Amount due"),
    "decrease": N_("Amount received"),
    "balance": N_("Balance"),
    "due": N_("Due"),
}
STATEMENT_NUMERIC = frozenset({"increase", "decrease", "balance"})

HEADER_FIELDS = frozenset(
    {"company", "company_name", "title", "party", "party_details", "number", "date", "meta", "period", "|"}
)
FOOTER_FIELDS = frozenset({"capital", "notes", "signatures", "ageing", "confirm"})
# the header and footer fields in the user's words (the template editor shows these, not the codes)
HEADER_FIELD_LABELS: dict[str, str] = {
    "company": N_("Letterhead and number"),
    "company_name": N_("Company name"),
    "title": N_("Title"),
    "party": N_("Customer / supplier"),
    "party_details": N_("Customer / supplier details"),
    "number": N_("Document No."),
    "date": N_("Date"),
    "meta": N_("Document details"),
    "period": N_("Period"),
    "|": N_("Right column"),
}
FOOTER_FIELD_LABELS: dict[str, str] = {
    "capital": N_("Total in words (大写)"),
    "notes": N_("Notes"),
    "signatures": N_("Signature boxes"),
    "ageing": N_("Ageing"),
    "confirm": N_("Confirmation slip"),
}
ORIENTATIONS = ("portrait", "landscape")
QTY_TOTALS = ("same_unit", "always", "never")
SYMBOLOGIES = ("auto", "code128", "ean13", "qr")
MAX_COLUMNS = 30
MAX_COPIES = 6


@dataclass(frozen=True)
class Column:
    field: str
    title: str = ""  # empty: the field's own title, in the program's language
    width: float = 20.0  # relative; the columns are scaled to the paper's width
    hide_empty: bool = False  # left out when no line has a value

    def heading(self, kind: str) -> str:
        if self.title:
            return tr(self.title)  # the defaults' titles are English, translated; the shop's own stay as typed
        fields = line_fields(kind)
        if self.field.startswith("custom:"):
            return self.field.split(":", 1)[1]
        default = fields.get(self.field, self.field)
        return tr(default) if default and default != "#" else default


@dataclass(frozen=True)
class LabelGrid:
    cols: int = 3
    rows: int = 8
    width_mm: float = 70.0
    height_mm: float = 36.0
    left_mm: float = 0.0
    top_mm: float = 4.5
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0


@dataclass(frozen=True)
class Template:
    kind: str
    name: str = ""
    paper: str = "A4"
    width_mm: float = 0.0  # custom paper only
    height_mm: float = 0.0
    orientation: str = "portrait"
    margins_mm: tuple[float, float, float, float] = (14.0, 15.0, 16.0, 15.0)  # top, right, bottom, left
    offset_mm: tuple[float, float] = (0.0, 0.0)  # x (right), y (down)
    header: tuple[str, ...] = ("company", "title", "party", "party_details", "|", "number", "date", "meta")
    columns: tuple[Column, ...] = ()
    footer: tuple[str, ...] = ("capital", "notes", "signatures")
    lines_per_page: int = 0
    carry: bool = True
    copies: tuple[str, ...] = ()
    capital: bool = True
    barcode: bool = True
    signatures: bool = True
    totals: bool = True
    page_numbers: bool = True
    footer_text: bool = True
    font_size: float = 8.5
    qty_total: str = "same_unit"
    title: str = ""  # instead of the document's own title
    note: str = ""  # counter tickets: the template's own footer text
    label: LabelGrid | None = None
    show_price: bool = True
    symbology: str = "auto"

    # ------------------------------------------------------------ the page
    def page_size_mm(self) -> tuple[float, float]:
        """(width, height) in mm after the orientation; a height of 0 grows with the content."""
        width, height = (self.width_mm, self.height_mm) if self.paper == "custom" else PAPERS[self.paper]
        if self.orientation == "landscape" and height:
            width, height = height, width
        return width, height

    @property
    def continuous(self) -> bool:
        return self.lines_per_page > 0

    def with_name(self, name: str) -> Template:
        return replace(self, name=name)

    # ------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = FORMAT
        top, right, bottom, left = self.margins_mm
        data["margins_mm"] = {"top": top, "right": right, "bottom": bottom, "left": left}
        data["offset_mm"] = {"x": self.offset_mm[0], "y": self.offset_mm[1]}
        data["header"] = list(self.header)
        data["footer"] = list(self.footer)
        data["copies"] = list(self.copies)
        data["columns"] = [asdict(c) for c in self.columns]
        if self.label is None:
            del data["label"]
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- parsing
def _bad(message: str, **values: object) -> ValidationError:
    return ValidationError(tr(message, **values), field="template")


def _number(data: dict, key: str, default: float, low: float, high: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad("The template's {key} must be a number.", key=key)
    if not low <= float(value) <= high:
        raise _bad("The template's {key} must be between {low} and {high}.", key=key, low=low, high=high)
    return float(value)


def _flag(data: dict, key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise _bad("The template's {key} must be true or false.", key=key)
    return value


def _text(data: dict, key: str, default: str = "", limit: int = 80) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or len(value) > limit:
        raise _bad("The template's {key} must be a text of at most {limit} characters.", key=key, limit=limit)
    return value.strip()


def _choice(data: dict, key: str, default: str, choices) -> str:
    value = data.get(key, default)
    if value not in choices:
        raise _bad("The template's {key} must be one of {choices}.", key=key, choices=", ".join(choices))
    return value


def _fields(
    data: dict, key: str, default: tuple[str, ...], allowed: frozenset[str], *, custom: bool = True
) -> tuple[str, ...]:
    value = data.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad("The template's {key} must be a list of field names.", key=key)
    for name in value:
        if name not in allowed and not (custom and name.startswith("party_custom:")):
            raise _bad(
                "Unknown field {field} in the template's {key}; known fields: {known}.",
                field=name,
                key=key,
                known=", ".join(sorted(allowed)),
            )
    return tuple(value)


def line_fields(kind: str) -> dict[str, str]:
    """The line columns a template of ``kind`` can have: field → default title."""
    if kind == STATEMENT:
        return STATEMENT_FIELDS
    return TICKET_LINE_FIELDS if kind == COUNTER_TICKET else LINE_FIELDS


def header_fields(kind: str) -> tuple[str, ...]:
    return tuple(TICKET_HEADER_FIELDS) if kind == COUNTER_TICKET else tuple(sorted(HEADER_FIELDS))


def footer_fields(kind: str) -> tuple[str, ...]:
    return tuple(TICKET_FOOTER_FIELDS) if kind == COUNTER_TICKET else tuple(sorted(FOOTER_FIELDS))


def _field_labels(kind: str, part: str) -> dict[str, str]:
    if kind == COUNTER_TICKET:
        return TICKET_HEADER_FIELDS if part == "header" else TICKET_FOOTER_FIELDS
    return HEADER_FIELD_LABELS if part == "header" else FOOTER_FIELD_LABELS


def _word(label: str) -> str:
    """A field's label as one entry of the comma-separated list (its own commas become 、)."""
    return label.replace(", ", "、").replace(",", "、").replace("，", "、")


def field_words(kind: str, part: str, codes: Sequence[str] | None = None) -> str:
    """The ``part`` ("header" or "footer") fields ``codes`` (default: every field there) in the
    user's words, in order, as the template editor shows them: "单据编号，日期". A field with no
    label (a customer's custom field, ``party_custom:KEY``) stays as its code."""
    labels = _field_labels(kind, part)
    shown = codes if codes is not None else (header_fields(kind) if part == "header" else footer_fields(kind))
    return "，".join(_word(tr(labels[c])) if c in labels else c for c in shown)


def field_codes(kind: str, part: str, text: str) -> list[str]:
    """``field_words`` read back: each comma-separated entry (either comma) as the field it names,
    in the user's words, in English or as its code; an unknown entry stays as typed, for the
    template check to refuse by name."""
    by_word: dict[str, str] = {}
    for code, label in _field_labels(kind, part).items():
        for word in (code, label, tr(label), _word(label), _word(tr(label))):
            by_word.setdefault(word.strip().casefold(), code)
    entries = [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]
    return [by_word.get(e.casefold(), e) for e in entries]


def _columns(data: dict, kind: str) -> tuple[Column, ...]:
    value = data.get("columns", [])
    if not isinstance(value, list) or len(value) > MAX_COLUMNS:
        raise _bad("The template's columns must be a list of at most {n} columns.", n=MAX_COLUMNS)
    fields = line_fields(kind)
    custom_ok = kind not in (STATEMENT, COUNTER_TICKET)
    result = []
    for item in value:
        if isinstance(item, str):
            item = {"field": item}
        if not isinstance(item, dict) or not isinstance(item.get("field"), str):
            raise _bad("Each column of the template needs a field.")
        name = item["field"].strip()
        if name not in fields and not (custom_ok and name.startswith("custom:") and len(name) > 7):
            raise _bad("Unknown column {field}; known columns: {known}.", field=name, known=", ".join(fields))
        result.append(
            Column(
                field=name,
                title=_text(item, "title", "", 40),
                width=_number(item, "width", 20, 1, 500),
                hide_empty=_flag(item, "hide_empty", False),
            )
        )
    return tuple(result)


def _pair(data: dict, key: str, names: tuple[str, ...], default: tuple[float, ...], low: float, high: float):
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, list) and len(value) == len(names):
        value = dict(zip(names, value, strict=True))
    if not isinstance(value, dict):
        raise _bad("The template's {key} must give {names}.", key=key, names=", ".join(names))
    return tuple(_number(value, n, d, low, high) for n, d in zip(names, default, strict=True))


def parse(data: Any, *, kind: str | None = None) -> Template:
    """A ``Template`` from its JSON form (a dict or a JSON text); ValidationError names what is wrong."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise _bad("This is not a print template (not JSON: {error}).", error=str(exc)) from None
    if not isinstance(data, dict):
        raise _bad("This is not a print template.")
    version = data.get("format", FORMAT)
    if not isinstance(version, int) or version > FORMAT:
        raise _bad("This template was made by a newer version of the program; update to use it.")
    kind = kind or data.get("kind")
    if kind not in KINDS:
        raise _bad("Unknown document kind {kind} for a template.", kind=str(kind))
    base = builtin(kind)
    paper = _choice(data, "paper", base.paper, tuple(PAPERS))
    width = _number(data, "width_mm", base.width_mm, 0, 2000)
    height = _number(data, "height_mm", base.height_mm, 0, 5000)
    ticket = kind == COUNTER_TICKET
    if ticket:  # a ticket is on a roll, as long as its content
        if paper not in TICKET_PAPERS:
            raise _bad("A counter ticket prints on a 58 or 80 mm roll or a custom width, not on {paper}.", paper=paper)
        low, high = TICKET_WIDTH_MM
        if paper == "custom" and not low <= width <= high:
            raise _bad("A counter ticket's custom paper is {low} to {high} mm wide.", low=f"{low:g}", high=f"{high:g}")
        height = 0.0
    elif paper == "custom" and (width < 30 or (height and height < 30)):
        raise _bad("A custom paper needs a width of at least 30 mm (and a height of at least 30 mm, or 0 for a roll).")
    margins = _pair(data, "margins_mm", ("top", "right", "bottom", "left"), base.margins_mm, 0, 100)
    offset = _pair(data, "offset_mm", ("x", "y"), base.offset_mm, -50, 50)
    copies = data.get("copies", list(base.copies))
    if not isinstance(copies, list) or len(copies) > MAX_COPIES or not all(isinstance(c, str) for c in copies):
        raise _bad("The template's copies must be a list of at most {n} captions.", n=MAX_COPIES)
    label = None
    if kind == LABELS:
        grid = data.get("label", asdict(base.label or LabelGrid()))
        if not isinstance(grid, dict):
            raise _bad("The template's label must describe the label grid.")
        default = base.label or LabelGrid()
        label = LabelGrid(
            cols=int(_number(grid, "cols", default.cols, 1, 20)),
            rows=int(_number(grid, "rows", default.rows, 1, 40)),
            width_mm=_number(grid, "width_mm", default.width_mm, 10, 500),
            height_mm=_number(grid, "height_mm", default.height_mm, 10, 500),
            left_mm=_number(grid, "left_mm", default.left_mm, 0, 200),
            top_mm=_number(grid, "top_mm", default.top_mm, 0, 200),
            gap_x_mm=_number(grid, "gap_x_mm", default.gap_x_mm, 0, 100),
            gap_y_mm=_number(grid, "gap_y_mm", default.gap_y_mm, 0, 100),
        )
    template = Template(
        kind=kind,
        name=_text(data, "name", ""),
        paper=paper,
        width_mm=width,
        height_mm=height,
        orientation=_choice(data, "orientation", base.orientation, ORIENTATIONS),
        margins_mm=margins,
        offset_mm=offset,
        header=_fields(
            data, "header", base.header, frozenset(TICKET_HEADER_FIELDS) if ticket else HEADER_FIELDS, custom=not ticket
        ),
        columns=_columns(data, kind) if "columns" in data else base.columns,
        footer=_fields(
            data, "footer", base.footer, frozenset(TICKET_FOOTER_FIELDS) if ticket else FOOTER_FIELDS, custom=not ticket
        ),
        lines_per_page=int(_number(data, "lines_per_page", base.lines_per_page, 0, 200)),
        carry=_flag(data, "carry", base.carry),
        copies=tuple(c.strip()[:20] for c in copies),
        capital=_flag(data, "capital", base.capital),
        barcode=_flag(data, "barcode", base.barcode),
        signatures=_flag(data, "signatures", base.signatures),
        totals=_flag(data, "totals", base.totals),
        page_numbers=_flag(data, "page_numbers", base.page_numbers),
        footer_text=_flag(data, "footer_text", base.footer_text),
        font_size=_number(data, "font_size", base.font_size, 5, 16),
        qty_total=_choice(data, "qty_total", base.qty_total, QTY_TOTALS),
        title=_text(data, "title", base.title, 40),
        note=_text(data, "note", base.note, 300),
        label=label,
        show_price=_flag(data, "show_price", base.show_price),
        symbology=_choice(data, "symbology", base.symbology, SYMBOLOGIES),
    )
    check_fits(template)
    return template


def check_fits(template: Template) -> None:
    """The margins leave room on the paper."""
    width, height = template.page_size_mm()
    top, right, bottom, left = template.margins_mm
    if width - left - right < 20 or (height and height - top - bottom < 20):
        raise _bad("The margins leave no room on the paper.")


# ---------------------------------------------------------------- the defaults
def _cols(*spec: tuple) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


PRICED_COLUMNS = _cols(
    ("index", "", 8),
    ("code", "", 26),
    ("name", "", 50),
    ("spec", "", 26),
    ("unit", "", 12),
    ("qty", "", 18),
    ("price", "", 20),
    ("discount", "", 14, True),
    ("amount", "", 20),
)
MOVES_COLUMNS = _cols(
    ("index", "", 8),
    ("code", "", 26),
    ("name", "", 52),
    ("spec", "", 26),
    ("unit", "", 12),
    ("location", N_("From bin"), 20),
    ("location_to", "", 20),
    ("qty", "", 16),
)
ASSEMBLY_COLUMNS = _cols(
    ("index", "", 8),
    ("code", "", 24),
    ("name", "", 44),
    ("unit", "", 10),
    ("location", N_("From bin"), 20),
    ("location_to", "", 20),
    ("qty", "", 16),
    ("price", N_("Unit cost"), 18),
    ("amount", N_("Value"), 20),
    ("note", N_("Lots / serials"), 36, True),  # a tracked line's lots and serials (posted)
)
COUNT_COLUMNS = _cols(
    ("index", "", 8),
    ("location", "", 18),
    ("code", "", 22),
    ("name", "", 40),
    ("spec", "", 22),
    ("unit", "", 10),
    ("barcode", "", 40),
    ("counted", "", 20),
)
MONEY_COLUMNS = _cols(
    ("index", "", 8), ("code", N_("Document"), 40), ("name", N_("Description"), 100), ("amount", "", 32)
)
TICKET_COLUMNS = _cols(
    ("name", "", 40),
    ("qty", "", 14),
    ("price", "", 20),
    ("discount", "", 14, True),
    ("amount", "", 22),
)
STATEMENT_COLUMNS = _cols(
    ("date", "", 22),
    ("document", "", 34),
    ("description", "", 52),
    ("increase", "", 24),
    ("decrease", "", 24),
    ("balance", "", 24),
)


def builtin(kind: str) -> Template:
    """The default template of ``kind``: today's fixed layout on A4."""
    if kind not in KINDS:
        raise _bad("Unknown document kind {kind} for a template.", kind=str(kind))
    name = tr("Standard")
    if kind in DocKind.MOVES:
        return Template(kind, name, columns=MOVES_COLUMNS, qty_total="always")
    if kind in DocKind.COUNT:
        return Template(kind, name, columns=COUNT_COLUMNS, qty_total="never")
    if kind == DocKind.ASSEMBLY:  # kits and components: a quantity total would add unlike things
        return Template(kind, name, columns=ASSEMBLY_COLUMNS, qty_total="never")
    if kind in DocKind.MONEY:
        return Template(kind, name, columns=MONEY_COLUMNS)
    if kind == STATEMENT:
        return Template(
            kind,
            name,
            header=("company", "title", "party", "party_details", "|", "period"),
            columns=STATEMENT_COLUMNS,
            footer=("capital", "ageing", "notes", "confirm", "signatures"),
            barcode=False,
        )
    if kind == LABELS:
        return Template(kind, name, margins_mm=(0, 0, 0, 0), header=(), footer=(), label=LabelGrid())
    if kind == COUNTER_TICKET:  # today's 58/80 mm ticket; the roll's width follows the counter settings
        return Template(
            kind,
            name,
            paper="roll80",
            margins_mm=(3.0, 3.0, 3.0, 3.0),
            header=(
                "shop_name",
                "shop_address",
                "shop_phone",
                "title",
                "number",
                "time",
                "cashier",
                "original",
                "member",
                "rule",
            ),
            columns=TICKET_COLUMNS,
            footer=("rule", "totals", "payments", "tax", "points", "rule", "barcode", "shop_footer", "note", "thanks"),
            capital=False,
            signatures=False,
            page_numbers=False,
            font_size=8.5,
            qty_total="never",
        )
    if kind == VOUCHER:  # the 记账凭证's own layout: paper, margins, offset, font, title, 大写, signatures, copies
        return Template(kind, name, margins_mm=(15.0, 15.0, 15.0, 15.0), header=(), footer=(), barcode=False)
    if kind == DocKind.LANDED_COST:  # per receipt line: its share, what was in stock, where it went
        columns = _cols(
            ("index", "", 8),
            ("spec", tr("Receipt"), 30),
            ("code", "", 24),
            ("name", "", 44),
            ("qty", tr("In stock"), 18),
            ("amount", "", 20),
            ("note", "", 56),
        )
        return Template(kind, name, columns=columns)
    return Template(kind, name, columns=PRICED_COLUMNS)


def three_part_form(kind: str = DocKind.DELIVERY) -> Template:
    """A 三联 delivery note on 241 × 93 mm continuous paper: 5 lines a page, compact header."""
    return replace(
        builtin(kind),
        name=tr("Three-part form 241 × 93 mm"),
        paper="241x93",
        margins_mm=(6.0, 8.0, 6.0, 8.0),
        header=("company_name", "title", "party", "|", "number", "date"),
        columns=_cols(
            ("index", "", 8),
            ("code", "", 24),
            ("name", "", 60),
            ("spec", "", 26),
            ("unit", "", 12),
            ("qty", "", 18),
            ("price", "", 20),
            ("amount", "", 24),
        ),
        footer=("capital", "signatures"),
        lines_per_page=5,
        copies=(),
        barcode=False,
        page_numbers=True,
        footer_text=False,
    )


__all__ = [
    "COUNTER_TICKET",
    "Column",
    "KINDS",
    "LINE_FIELDS",
    "LabelGrid",
    "PAPERS",
    "PAPER_TITLES",
    "STATEMENT_FIELDS",
    "TICKET_FOOTER_FIELDS",
    "TICKET_HEADER_FIELDS",
    "TICKET_LINE_FIELDS",
    "Template",
    "builtin",
    "footer_fields",
    "header_fields",
    "line_fields",
    "parse",
    "three_part_form",
]
