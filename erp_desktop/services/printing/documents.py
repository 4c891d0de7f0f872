"""Business documents on paper: quotations, delivery notes, orders, receipt notes, transfers, stock count
sheets and money receipts, each from a ``PrintDoc``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ...i18n import tr
from .dto import DocKind, PrintDoc, PrintLine
from .layout import (
    HEAD_BG,
    INK,
    WIDTH,
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
    signature_row,
    styles,
    table_style,
)


def render_document(doc: PrintDoc, path: str | Path) -> Path:
    """Write ``doc`` as a PDF at ``path`` and return the path."""
    st = styles()
    story: list[Flowable] = [
        company_header(doc.company, st, right=number_block(doc.number, st, barcode=bool(doc.barcode_value))),
        Paragraph(esc(doc.title), st.title),
    ]
    left = ([(doc.party_label, doc.party_name)] if doc.party_label else []) + list(doc.party_details)
    right = [(tr("Document No."), doc.number), (tr("Date"), doc.date.isoformat())] + list(doc.meta)
    story += [info_grid(left, right, st), Spacer(1, 3 * mm)]
    if doc.kind in DocKind.MONEY:
        story += _money_body(doc, st)
    else:
        if doc.kind in DocKind.COUNT:
            story.append(_count_table(doc.lines, st))
        elif doc.kind in DocKind.MOVES:
            story.append(_moves_table(doc, st))
        else:
            story.append(_priced_table(doc, st))
        if doc.grand_total is not None:
            story += [Spacer(1, 2 * mm), capital_row(tr("Total (in words)"), doc.grand_total, st)]
    if doc.notes:
        story += [Spacer(1, 2 * mm), Paragraph(esc(tr("Notes: {notes}", notes=doc.notes)), st.body)]
    story.append(signature_row(doc.signatures, st))
    running = f"{doc.title}  {doc.number}  {doc.party_name}"
    return build_pdf(path, story, title=f"{doc.title} {doc.number}", company=doc.company, running=running)


def _cell(text: str, st: Styles) -> Paragraph | str:
    """Long text wraps inside its cell; short text stays a plain (faster) string."""
    return Paragraph(esc(text), st.cell) if len(text) > 12 else text


def _priced_table(doc: PrintDoc, st: Styles) -> Table:
    """Lines with quantity, unit price and amount; a Discount column when a line has a discount
    (a quote's); the totals under the amounts."""
    discounts = any(line.discount for line in doc.lines)
    head = ["#", tr("Code"), tr("Product"), tr("Spec"), tr("Unit"), tr("Qty"), tr("Unit price")]
    widths = [8, 26, 50, 26, 12, 18, 20]
    if discounts:
        head.append(tr("Discount"))
        widths = [8, 26, 42, 22, 11, 17, 20, 14]
    head.append(tr("Amount"))
    widths.append(20)
    rows: list[list] = [head]
    for index, line in enumerate(doc.lines, 1):
        row = [
            str(index),
            _cell(line.code, st),
            _cell(line.name, st),
            _cell(line.spec, st),
            line.unit,
            fmt_qty(line.qty),
            fmt_price(line.price),
        ]
        if discounts:
            row.append(fmt_rate(line.discount) if line.discount else "")
        rows.append(row + [fmt_amount(line.amount)])
    units = {line.unit for line in doc.lines}
    # a total quantity only means something when every line counts the same unit
    total_qty = (
        sum((line.qty for line in doc.lines if line.qty is not None), Decimal(0))
        if doc.lines and len(units) == 1
        else None
    )
    extra: list[tuple] = []
    first_total = len(rows)
    for label, amount in doc.totals:
        rows.append(["", label] + [""] * (len(head) - 3) + [fmt_amount(amount)])
    if doc.totals:
        last = len(rows) - 1
        rows[first_total][5] = fmt_qty(total_qty) if total_qty is not None else ""
        extra += [("SPAN", (1, r), (4, r)) for r in range(first_total, len(rows))]
        extra += [
            ("ROWBACKGROUNDS", (0, first_total), (-1, last), [HEAD_BG]),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.9, INK),
        ]
    table = Table(rows, colWidths=[w * mm for w in _scale(widths)], repeatRows=1)
    table.setStyle(table_style(st.font, numeric_from=5, extra=extra))
    return table


def _moves_table(doc: PrintDoc, st: Styles) -> Table:
    head = ["#", tr("Code"), tr("Product"), tr("Spec"), tr("Unit"), tr("From bin"), tr("To bin"), tr("Qty")]
    widths = [8, 26, 52, 26, 12, 20, 20, 16]
    rows: list[list] = [head]
    for index, line in enumerate(doc.lines, 1):
        rows.append(
            [
                str(index),
                _cell(line.code, st),
                _cell(line.name, st),
                _cell(line.spec, st),
                line.unit,
                line.location,
                line.location_to,
                fmt_qty(line.qty),
            ]
        )
    if doc.lines:
        total = sum((line.qty or Decimal(0) for line in doc.lines), Decimal(0))
        rows.append(["", tr("Total"), "", "", "", "", "", fmt_qty(total)])
    extra = [("ALIGN", (0, 1), (0, -1), "RIGHT")]
    if doc.lines:
        extra += [("SPAN", (1, -1), (6, -1)), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
    table = Table(rows, colWidths=[w * mm for w in _scale(widths)], repeatRows=1)
    table.setStyle(table_style(st.font, numeric_from=7, extra=extra))
    return table


def _count_table(lines: tuple[PrintLine, ...], st: Styles) -> Table:
    """Bins in walking order, a barcode per line to scan, a blank column to write the count in."""
    head = ["#", tr("Bin"), tr("Code"), tr("Product"), tr("Spec"), tr("Unit"), tr("Barcode"), tr("Counted")]
    widths = [8, 18, 22, 40, 22, 10, 40, 20]
    rows: list[list] = [head]
    barcode_width = (widths[6] - 2) * mm
    for index, line in enumerate(lines, 1):
        value = line.barcode or line.code
        code = _barcode_cell(value, barcode_width, st) if value else ""
        rows.append(
            [
                str(index),
                line.location,
                _cell(line.code, st),
                _cell(line.name, st),
                _cell(line.spec, st),
                line.unit,
                code,
                "",
            ]
        )
    table = Table(rows, colWidths=[w * mm for w in _scale(widths)], repeatRows=1)
    table.setStyle(
        table_style(st.font, extra=[("ALIGN", (6, 1), (6, -1), "CENTER"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None])])
    )
    return table


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


def _money_body(doc: PrintDoc, st: Styles) -> list[Flowable]:
    """收款收据: received from, for what, the amount in capitals and figures, how it was paid."""
    amount = doc.grand_total if doc.grand_total is not None else sum((a for _, a in doc.totals), Decimal(0))
    from ...money import chinese_capital

    purpose = doc.notes or ", ".join(line.name or line.code for line in doc.lines)
    rows = [
        [tr("Received from"), Paragraph(esc(doc.party_name), st.body)],
        [tr("For"), Paragraph(esc(purpose), st.body)],
        [tr("Amount (RMB, in words)"), Paragraph(esc(chinese_capital(amount)), st.body)],
        [tr("Amount (figures)"), "¥ " + fmt_amount(amount)],
    ]
    table = Table(rows, colWidths=[40 * mm, WIDTH - 40 * mm])
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
    if doc.lines:
        head = ["#", tr("Document"), tr("Description"), tr("Amount")]
        rows = [head] + [
            [str(i), line.code, _cell(line.name, st), fmt_amount(line.amount)] for i, line in enumerate(doc.lines, 1)
        ]
        lines = Table(rows, colWidths=[w * mm for w in _scale([8, 40, 100, 32])], repeatRows=1)
        lines.setStyle(table_style(st.font, numeric_from=3))
        story += [Spacer(1, 3 * mm), Paragraph(esc(tr("Applied to")), st.body), lines]
    return story


def _scale(widths: list[float]) -> list[float]:
    total = sum(widths)
    return [w * (WIDTH / mm) / total for w in widths]


__all__ = ["render_document", "barcode_drawing"]
