"""Receipts on roll paper (58 or 80 mm, or a custom width): counter tickets and shift reports, one
page as long as its content, with a Code 128 barcode (the ticket number, scanned back for a return
or reprint).

A receipt is a list of items — ``("center", text)``, ``("text", text)``, ``("row", left, right)``,
``("rule",)``, ``("barcode", value)`` and ``("table", columns, rows)`` where ``columns`` is a
tuple of ``Cell`` (heading, share of the width, alignment) and ``rows`` tuples of texts — so the
caller decides what it says and this module only how it looks; ``receipt_text`` gives the same
receipt as plain lines (for ESC/POS printers and tests). A right-aligned (figures) column is
widened to its widest figure, taken from the text columns, so figures never break; other text too
long for its column wraps onto the next line, in the PDF and in the text; a line of text too long
for the paper wraps in the PDF, and on the ESC/POS printer by itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from ...errors import ValidationError
from ...i18n import tr
from .fonts import cjk_font
from .layout import barcode_drawing

Item = tuple[Any, ...]
WIDTHS = {58: 32, 80: 48}  # characters per line (ASCII width) on ESC/POS Font A
PAPER_MM = (30.0, 120.0)  # the widths a receipt may have
_LINE = 4.2 * mm
_MARGIN = 3 * mm
_BARCODE_H = 12 * mm
_GAP = 1.2 * mm  # between the columns of a table


@dataclass(frozen=True)
class Cell:
    text: str
    share: float  # of the line's width (the cells of a line add up to 1)
    align: str = "left"  # left | right | center


def chars_per_line(paper_mm: float) -> int:
    """Characters (ASCII width) a line holds on ``paper_mm`` paper with Font A: 32 on 58 mm, 48 on
    80 mm, and in proportion on a custom width."""
    if int(paper_mm) == paper_mm and int(paper_mm) in WIDTHS:
        return WIDTHS[int(paper_mm)]
    return max(16, min(72, round(paper_mm * 0.6)))


def display_width(text: str) -> int:
    """Columns ``text`` takes on a receipt: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _row(left: str, right: str, width: int) -> str:
    gap = width - display_width(left) - display_width(right)
    return left + " " * max(1, gap) + right


def _wrap(text: str, width: float, measure) -> list[str]:
    """``text`` cut into pieces no wider than ``width`` (by ``measure``), at character boundaries
    (Chinese has no spaces), keeping at least one character a piece."""
    pieces: list[str] = []
    for paragraph in text.split("\n") or [""]:
        current = ""
        for ch in paragraph:
            if current and measure(current + ch) > width:
                pieces.append(current)
                current = ch.lstrip() if ch == " " else ch
            else:
                current += ch
        pieces.append(current)
    return pieces or [""]


def _spans(columns: Sequence[Cell], rows: Sequence[Sequence[str]], room: float, measure, whole: bool) -> list[float]:
    """Each column's width of ``room``: its share, then every right-aligned column widened to its
    widest text or heading (figures do not break), the width taken from the left-aligned ones by share."""
    spans = [c.share * room for c in columns]
    if whole:
        spans = [float(int(x)) for x in spans]
    need = [
        max([measure(c.text)] + [measure(r[i]) for r in rows]) if c.align == "right" else 0.0
        for i, c in enumerate(columns)
    ]
    short = sum(max(0.0, n - x) for n, x in zip(need, spans, strict=True))
    givers = [i for i, c in enumerate(columns) if c.align != "right"]
    if short and givers:
        floor = measure("xxxx")
        spare = sum(max(0.0, spans[i] - floor) for i in givers)
        take = min(short, spare)
        if spare:
            for i in givers:
                spans[i] -= take * max(0.0, spans[i] - floor) / spare
        for i, n in enumerate(need):
            grow = min(max(0.0, n - spans[i]), take)
            spans[i] += grow
            take -= grow
    if whole:
        spans = [float(int(x)) for x in spans]
        widest = max(range(len(columns)), key=lambda i: (columns[i].align != "right", spans[i]))
        spans[widest] += room - sum(spans)
    return spans


def _pad(text: str, width: int, align: str) -> str:
    gap = max(0, width - display_width(text))
    if align == "right":
        return " " * gap + text
    if align == "center":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def _table_rows(
    columns: Sequence[Cell], rows: Sequence[Sequence[str]], room: float, measure, whole: bool = False
) -> tuple[list[float], list[list[str]]]:
    """(column widths, the printed lines of the table, each a list of cell texts), the heading first."""
    spans = _spans(columns, rows, room, measure, whole)
    out: list[list[str]] = []
    for texts in (tuple(c.text for c in columns), *rows):
        wrapped = [_wrap(t, x, measure) for t, x in zip(texts, spans, strict=True)]
        for n in range(max(len(w) for w in wrapped)):
            out.append([w[n] if n < len(w) else "" for w in wrapped])
    return spans, out


def _table_text(columns: Sequence[Cell], rows: Sequence[Sequence[str]], width: int) -> list[str]:
    room = max(len(columns), width - (len(columns) - 1))  # one space between columns
    spans, lines = _table_rows(columns, rows, room, lambda t: float(display_width(t)), whole=True)
    return [
        " ".join(_pad(t, int(x), c.align) for t, x, c in zip(line, spans, columns, strict=True)).rstrip()
        for line in lines
    ]


def receipt_text(items: Sequence[Item], paper_mm: float = 80) -> list[str]:
    """The receipt as plain lines of ``chars_per_line(paper_mm)`` columns (a barcode becomes its value)."""
    width = chars_per_line(paper_mm)
    out: list[str] = []
    for item in items:
        kind = item[0]
        if kind == "center":
            pad = max(0, (width - display_width(item[1])) // 2)
            out.append(" " * pad + item[1])
        elif kind == "row":
            out.append(_row(item[1], item[2], width))
        elif kind == "rule":
            out.append("-" * width)
        elif kind == "barcode":
            out.append(f"*{item[1]}*")
        elif kind == "table":
            out += _table_text(item[1], item[2], width)
        else:
            out.append(item[1])
    return out


def check_paper(paper_mm: float) -> None:
    low, high = PAPER_MM
    if not low <= paper_mm <= high:
        raise ValidationError(
            tr(
                "Receipt paper is 58 or 80 mm wide (a custom roll {low} to {high} mm).",
                low=f"{low:g}",
                high=f"{high:g}",
            ),
            field="paper_mm",
        )


def render_receipt(
    items: Sequence[Item],
    paper_mm: float = 80,
    path: str | Path | None = None,
    *,
    font_size: float | None = None,
    margins_mm: tuple[float, float, float, float] | None = None,
) -> bytes:
    """A PDF of one page ``paper_mm`` wide holding the receipt; written to ``path`` when given.
    ``margins_mm`` (top, right, bottom, left) default to 3 mm; ``font_size`` to 8 pt on paper
    narrower than 70 mm, else 9 pt."""
    check_paper(paper_mm)
    font = cjk_font().name
    width = paper_mm * mm
    size = font_size or (8.0 if paper_mm < 70 else 9.0)
    top, right, bottom, left = (m * mm for m in margins_mm) if margins_mm else (_MARGIN,) * 4
    line_h = max(_LINE, size * 1.35)
    inner = max(10 * mm, width - left - right)

    def measure_at(points: float):
        return lambda text: stringWidth(text, font, points)

    # lay out first (wrapped lines), then the page is exactly as long as that
    ops: list[tuple[str, Any, float]] = []  # (kind, payload, font size)
    for index, item in enumerate(items):
        kind = item[0]
        if kind == "center":
            points = size + 2 if index == 0 else size
            ops += [("center", piece, points) for piece in _wrap(item[1], inner, measure_at(points))]
        elif kind == "text":
            ops += [("text", piece, size) for piece in _wrap(item[1], inner, measure_at(size))]
        elif kind == "table":
            columns: Sequence[Cell] = item[1]
            room = inner - _GAP * (len(columns) - 1)
            spans, table = _table_rows(columns, item[2], room, measure_at(size))
            for line in table:
                ops.append(("cols", [(t, x, c.align) for t, x, c in zip(line, spans, columns, strict=True)], size))
        else:
            ops.append((kind, item, size))
    lines = sum(4 if op[0] == "barcode" else 1 for op in ops)
    height = top + bottom + lines * line_h
    buffer = BytesIO()
    pdf = pdfcanvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(next((str(item[1]) for item in items if item[0] == "barcode"), "receipt"))
    y = height - top - line_h + 1 * mm
    for kind, payload, points in ops:
        pdf.setFont(font, points)
        if kind == "barcode":
            drawing = barcode_drawing(payload[1], kind="Code128", width=inner, height=_BARCODE_H)
            renderPDF.draw(
                drawing, pdf, left + max(0, (inner - drawing.width * drawing.transform[0]) / 2), y - _BARCODE_H + line_h
            )
            y -= 3 * line_h
            pdf.setFont(font, points)
            pdf.drawCentredString(left + inner / 2, y, payload[1])
        elif kind == "center":
            pdf.drawCentredString(left + inner / 2, y, payload)
        elif kind == "row":
            pdf.drawString(left, y, payload[1])
            pdf.drawRightString(left + inner, y, payload[2])
        elif kind == "rule":
            pdf.setLineWidth(0.4)
            pdf.setDash(1, 1)
            pdf.line(left, y + 1.2 * mm, left + inner, y + 1.2 * mm)
        elif kind == "cols":
            x = left
            for text, span, align in payload:
                if align == "right":
                    pdf.drawRightString(x + span, y, text)
                elif align == "center":
                    pdf.drawCentredString(x + span / 2, y, text)
                else:
                    pdf.drawString(x, y, text)
                x += span + _GAP
        else:
            pdf.drawString(left, y, payload)
        y -= line_h
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data
