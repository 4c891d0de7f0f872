"""Business documents on paper: quotations, delivery notes, orders, receipt notes, transfers, stock count
sheets and money receipts, each from a ``PrintDoc`` laid out by a ``Template`` (``templates``).

The template chooses the paper, the header fields, the line columns, the footer, lines per page
(with 承上页 / 过次页 subtotals) and the copies; the document's content — its lines, amounts and
totals — is printed as it is: a template never changes what a document says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from ...i18n import language, tr
from .dto import DocKind, PrintDoc, PrintLine
from .layout import (
    HEAD_BG,
    INK,
    PageSetup,
    Styles,
    barcode_drawing,
    build_pdf,
    capital_row,
    company_header,
    esc,
    fmt_amount,
    fmt_price,
    fmt_qty,
    fmt_rate,
    info_grid,
    number_block,
    roll_length,
    signature_row,
    styles,
    table_style,
)
from .templates import NUMERIC_FIELDS, Column, Template, builtin


def page_setup(template: Template) -> PageSetup:
    """The template's paper in points."""
    width, height = template.page_size_mm()
    top, right, bottom, left = template.margins_mm
    return PageSetup(
        size=(width * mm, height * mm),
        margins=(top * mm, right * mm, bottom * mm, left * mm),
        offset=(template.offset_mm[0] * mm, template.offset_mm[1] * mm),
        page_numbers=template.page_numbers,
        footer_text=template.footer_text,
        running_header=not template.continuous,
    )


def compact_styles(st: Styles, setup: PageSetup, font_size: float) -> Styles:
    """Smaller title and company name on small paper; the lines' font from the template."""
    cell = ParagraphStyle("cell", parent=st.cell, fontSize=font_size, leading=font_size * 1.25)
    if not setup.compact:
        return Styles(st.font, st.body, st.small, cell, st.title, st.company, st.right)
    title = ParagraphStyle("title", parent=st.title, fontSize=13, leading=16, spaceBefore=0, spaceAfter=1)
    company = ParagraphStyle("company", parent=st.company, fontSize=11, leading=13)
    body = ParagraphStyle("body", parent=st.body, fontSize=8.5, leading=10.5)
    return Styles(st.font, body, st.small, cell, title, company, st.right)


def render_document(doc: PrintDoc, path: str | Path, template: Template | None = None) -> Path:
    """Write ``doc`` as a PDF at ``path`` laid out by ``template`` (the kind's default when None)."""
    template = template or builtin(doc.kind)
    setup = page_setup(template)
    st = compact_styles(styles(), setup, template.font_size)
    title = template.title or doc.title
    captions = template.copies or ("",)
    setup = roll_length(setup, _story(doc, template, setup, st, title))
    copies = [(caption, _story(doc, template, setup, st, title)) for caption in captions]
    running = f"{title}  {doc.number}  {doc.party_name}"
    return build_pdf(
        path, [], title=f"{title} {doc.number}", company=doc.company, running=running, setup=setup, copies=copies
    )


# ---------------------------------------------------------------- the story of one copy
def _story(doc: PrintDoc, t: Template, setup: PageSetup, st: Styles, title: str) -> list[Flowable]:
    width = setup.width
    columns = _visible_columns(doc, t)
    sums = _Sums.of(doc, t)
    story: list[Flowable] = []
    if doc.kind in DocKind.MONEY:
        story += header(doc, t, st, width, title)
        story += _money_body(doc, t, columns, st, width)
        story += _footer(doc, t, st, setup)
        return story
    pages = _pages(doc.lines, t.lines_per_page)
    done = 0
    for number, chunk in enumerate(pages, 1):
        last = number == len(pages)
        if number > 1:
            story.append(PageBreak())
        if number == 1 or t.continuous:
            story += header(doc, t, st, width, title)
        carry_in = sums.upto(done) if t.continuous and t.carry and number > 1 else None
        carry_out = sums.upto(done + len(chunk)) if t.continuous and t.carry and not last else None
        story += _lines(doc, t, columns, chunk, done, carry_in, carry_out, last, sums, st, width)
        done += len(chunk)
    story += _footer(doc, t, st, setup)
    return story


def _pages(lines: tuple[PrintLine, ...], per_page: int) -> list[tuple[PrintLine, ...]]:
    if per_page <= 0 or len(lines) <= per_page:
        return [lines]
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)]


def header(doc: PrintDoc, t: Template, st: Styles, width: float, title: str) -> list[Flowable]:
    """The header fields in the template's order: company block, title, label/value grids."""
    story: list[Flowable] = []
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    state = {"side": left, "split": False}

    def flush() -> None:
        if left or right:
            if state["split"]:
                story.append(info_grid(left, right, st, width=width))
            else:
                half = (len(left) + 1) // 2
                story.append(info_grid(left[:half], left[half:], st, width=width))
            story.append(Spacer(1, 2 * mm))
        left.clear()
        right.clear()
        state.update(side=left, split=False)

    for name in t.header:
        if name == "company":
            flush()
            block = number_block(doc.number, st, barcode=t.barcode and bool(doc.barcode_value))
            story.append(company_header(doc.company, st, right=block, width=width))
        elif name == "company_name":
            flush()
            company = doc.company.display_name(language()) or tr("(company name not set — Settings › Company)")
            story.append(Paragraph(esc(company), st.company))
        elif name == "title":
            flush()
            story.append(Paragraph(esc(title), st.title))
        elif name == "|":
            state.update(side=right, split=True)
        else:
            side = state["side"]
            assert isinstance(side, list)
            side += header_pairs(doc, name)
    flush()
    if story:
        story.append(Spacer(1, 1 * mm))
    return story


def header_pairs(doc: PrintDoc, name: str) -> list[tuple[str, str]]:
    if name == "party":
        return [(doc.party_label, doc.party_name)] if doc.party_label else []
    if name == "party_details":
        return list(doc.party_details)
    if name == "number":
        return [(tr("Document No."), doc.number)]
    if name == "date":
        return [(tr("Date"), doc.date.isoformat())]
    if name == "meta":
        return list(doc.meta)
    if name.startswith("party_custom:"):
        key = name.split(":", 1)[1]
        return [(label, value) for k, label, value in doc.party_custom if k == key and value]
    return []


def _footer(doc: PrintDoc, t: Template, st: Styles, setup: PageSetup) -> list[Flowable]:
    story: list[Flowable] = []
    width = setup.width
    for name in t.footer:
        if name == "capital" and t.capital and doc.grand_total is not None and doc.kind not in DocKind.MONEY:
            story += [Spacer(1, 2 * mm), capital_row(tr("Total (in words)"), doc.grand_total, st, width=width)]
        elif name == "notes" and doc.notes:
            story += [Spacer(1, 2 * mm), Paragraph(esc(tr("Notes: {notes}", notes=doc.notes)), st.body)]
        elif name == "signatures" and t.signatures and doc.signatures:
            height, gap = (8 * mm, 2 * mm) if setup.compact else (16 * mm, 4 * mm)
            story.append(signature_row(doc.signatures, st, width=width, height=height, gap=gap))
    return story


# ---------------------------------------------------------------- the lines
def _visible_columns(doc: PrintDoc, t: Template) -> tuple[Column, ...]:
    return tuple(c for c in t.columns if not c.hide_empty or any(_has(line, c.field) for line in doc.lines))


def _has(line: PrintLine, name: str) -> bool:
    if name.startswith("custom:"):
        return bool(dict(line.custom).get(name.split(":", 1)[1]))
    value = getattr(line, name, None)
    return bool(value) if value is not None else False


@dataclass(frozen=True)
class _Sums:
    """Running subtotals of the quantity (when it adds up) and the amount, line by line."""

    qty: tuple[Decimal, ...] | None
    amount: tuple[Decimal, ...] | None

    @classmethod
    def of(cls, doc: PrintDoc, t: Template) -> _Sums:
        lines = doc.lines
        qty_adds = (
            t.qty_total == "always" or (t.qty_total == "same_unit" and len({line.unit for line in lines}) == 1)
        ) and any(line.qty is not None for line in lines)
        amount_adds = any(line.amount is not None for line in lines)
        return cls(
            cls._running([line.qty for line in lines]) if qty_adds and t.qty_total != "never" else None,
            cls._running([line.amount for line in lines]) if amount_adds else None,
        )

    @staticmethod
    def _running(values: Sequence[Decimal | None]) -> tuple[Decimal, ...]:
        total, result = Decimal(0), [Decimal(0)]
        for value in values:
            total += value or Decimal(0)
            result.append(total)
        return tuple(result)

    def upto(self, count: int) -> tuple[Decimal | None, Decimal | None]:
        return (
            self.qty[count] if self.qty is not None else None,
            self.amount[count] if self.amount is not None else None,
        )

    def total(self) -> tuple[Decimal | None, Decimal | None]:
        return self.upto(len(self.qty) - 1 if self.qty is not None else len(self.amount or (0,)) - 1)


def _cell(text: str, st: Styles, width: float) -> Paragraph | str:
    """Long text wraps inside its cell; short text stays a plain (faster) string."""
    return Paragraph(esc(text), st.cell) if len(text) * st.cell.fontSize > width - 6 or "\n" in text else text


def _value(line: PrintLine, index: int, name: str, st: Styles, width: float):
    if name == "index":
        return str(index)
    if name == "qty":
        return fmt_qty(line.qty)
    if name == "price":
        return fmt_price(line.price)
    if name == "amount":
        return fmt_amount(line.amount)
    if name in ("discount", "tax_rate"):
        value = getattr(line, name)
        return fmt_rate(value) if value else ""
    if name == "barcode":
        value = line.barcode or line.code
        return _barcode_cell(value, width - 2 * mm, st) if value else ""
    if name == "barcode_text":
        return line.barcode
    if name in ("counted", "blank"):
        return ""
    if name.startswith("custom:"):
        return _cell(str(dict(line.custom).get(name.split(":", 1)[1], "")), st, width)
    return _cell(str(getattr(line, name, "") or ""), st, width)


def _label_span(columns: Sequence[Column]) -> tuple[int, int]:
    """Where a subtotal's label goes: from the first column that is not the line number to the
    column before the first number column."""
    start = next((i for i, c in enumerate(columns) if c.field != "index"), 0)
    numbers = [i for i, c in enumerate(columns) if c.field in NUMERIC_FIELDS and i >= start]
    end = (numbers[0] - 1) if numbers else len(columns) - 1
    return start, max(start, end)


def _lines(
    doc: PrintDoc,
    t: Template,
    columns: tuple[Column, ...],
    chunk: tuple[PrintLine, ...],
    done: int,
    carry_in: tuple[Decimal | None, Decimal | None] | None,
    carry_out: tuple[Decimal | None, Decimal | None] | None,
    last: bool,
    sums: _Sums,
    st: Styles,
    width: float,
) -> list[Flowable]:
    """One page's table (the whole table when the paper has no fixed lines per page): the heading,
    承上页, the lines, 过次页, and on the last page the totals."""
    fields = [c.field for c in columns]
    totals = list(doc.totals) if t.totals and last else []
    if not columns:
        return _totals_table(totals, st, width) if totals else []
    total_width = sum(c.width for c in columns)
    widths = [c.width * width / total_width for c in columns]
    centred = ParagraphStyle("head", parent=st.cell, alignment=TA_CENTER)
    head = [
        Paragraph(esc(text), centred) if len(text) * t.font_size > w - 4 else text
        for text, w in zip((c.heading(doc.kind) for c in columns), widths, strict=True)
    ]
    rows: list[list] = [head]
    extra: list[tuple] = []
    start, end = _label_span(columns)

    def summary(label: str, qty: Decimal | None, amount: Decimal | None) -> list:
        row: list = [""] * len(columns)
        row[start] = label
        if "qty" in fields and qty is not None:
            row[fields.index("qty")] = fmt_qty(qty)
        if "amount" in fields and amount is not None:
            row[fields.index("amount")] = fmt_amount(amount)
        return row

    def shade(first: int, last_row: int) -> None:
        if end > start:
            extra.extend(("SPAN", (start, r), (end, r)) for r in range(first, last_row + 1))
        extra.append(("BACKGROUND", (0, first), (-1, last_row), HEAD_BG))
        extra.append(("LINEABOVE", (0, first), (-1, first), 0.9, INK))

    if carry_in is not None:
        rows.append(summary(tr("Brought forward"), *carry_in))
        shade(1, 1)
    for offset, line in enumerate(chunk):
        rows.append([_value(line, done + offset + 1, f, st, w) for f, w in zip(fields, widths, strict=True)])
    if carry_out is not None:
        rows.append(summary(tr("Carried forward"), *carry_out))
        shade(len(rows) - 1, len(rows) - 1)
    separate: list[tuple[str, Decimal]] = []
    if last and t.totals:
        qty, amount = sums.total()
        first = len(rows)
        if totals and "amount" in fields and fields.index("amount") > end:
            for number, (label, value) in enumerate(totals):
                row = summary(label, qty if number == 0 else None, None)
                row[fields.index("amount")] = fmt_amount(value)
                rows.append(row)
        elif totals:
            separate = totals
            if qty is not None and "qty" in fields:
                rows.append(summary(tr("Total"), qty, None))
        elif qty is not None and "qty" in fields and doc.lines:
            rows.append(summary(tr("Total"), qty, amount if "amount" in fields else None))
        if len(rows) > first:
            shade(first, len(rows) - 1)
    for index, name in enumerate(fields):
        if name in NUMERIC_FIELDS:
            extra.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
        elif name == "index":
            extra.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
        elif name == "barcode":
            extra.append(("ALIGN", (index, 1), (index, -1), "CENTER"))
    zebra = "counted" not in fields
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = table_style(st.font, size=t.font_size, zebra=zebra, extra=extra)
    if t.continuous or len(columns) > 12 or width < 110 * mm:
        style.add("TOPPADDING", (0, 0), (-1, -1), 1.2)
        style.add("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)
        style.add("LEFTPADDING", (0, 0), (-1, -1), 2)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), 2)
    table.setStyle(style)
    story: list[Flowable] = [table]
    if separate:
        story += _totals_table(separate, st, width)
    return story


def _totals_table(totals: Sequence[tuple[str, Decimal]], st: Styles, width: float) -> list[Flowable]:
    """The totals on their own, at the right, when the template prints no amount column."""
    rows = [[label, fmt_amount(value)] for label, value in totals]
    side = min(width, 90 * mm)
    table = Table(rows, colWidths=[side * 0.55, side * 0.45], hAlign="RIGHT")
    table.setStyle(
        table_style(
            st.font,
            zebra=False,
            extra=[
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (-1, 0), None),
                ("ALIGN", (0, 0), (-1, 0), "LEFT"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
            ],
        )
    )
    return [Spacer(1, 2 * mm), table]


def _barcode_cell(value: str, width: float, st: Styles) -> Table:
    """The bars with their digits printed plainly underneath (the scaled bars stretch any text)."""
    digits = Paragraph(
        esc(value), ParagraphStyle("digits", parent=st.small, fontSize=7, leading=8, alignment=TA_CENTER)
    )
    cell = Table([[barcode_drawing(value, width=width, height=7 * mm)], [digits]], colWidths=[width])
    cell.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return cell


def _money_body(doc: PrintDoc, t: Template, columns: tuple[Column, ...], st: Styles, width: float) -> list[Flowable]:
    """收款收据: received from, for what, the amount in capitals and figures, how it was paid."""
    amount = doc.grand_total if doc.grand_total is not None else sum((a for _, a in doc.totals), Decimal(0))
    from ...money import chinese_capital

    purpose = doc.notes or ", ".join(line.name or line.code for line in doc.lines)
    rows = [
        [tr("Received from"), Paragraph(esc(doc.party_name), st.body)],
        [tr("For"), Paragraph(esc(purpose), st.body)],
    ]
    if t.capital:
        rows.append([tr("Amount (RMB, in words)"), Paragraph(esc(chinese_capital(amount)), st.body)])
    rows.append([tr("Amount (figures)"), "¥ " + fmt_amount(amount)])
    side = min(40 * mm, width * 0.4)
    table = Table(rows, colWidths=[side, width - side])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.font, 10),
                ("GRID", (0, 0), (-1, -1), 0.5, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story: list[Flowable] = [table]
    if doc.lines and columns:
        plain = Template(doc.kind, columns=columns, totals=False, font_size=t.font_size)
        lines = _lines(doc, plain, columns, doc.lines, 0, None, None, True, _Sums(None, None), st, width)
        story += [Spacer(1, 3 * mm), Paragraph(esc(tr("Applied to")), st.body), *lines]
    return story


__all__ = ["render_document", "barcode_drawing", "page_setup", "header"]
