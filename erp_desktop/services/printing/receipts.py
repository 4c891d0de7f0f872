"""Receipts on roll paper (58 or 80 mm): counter tickets and shift reports, one page as long as
its content, with a Code 128 barcode (the ticket number, scanned back for a return or reprint).

A receipt is a list of items — ``("center", text)``, ``("text", text)``, ``("row", left, right)``,
``("rule",)``, ``("barcode", value)`` — so the caller decides what it says and this module only how
it looks; ``receipt_text`` gives the same receipt as plain lines (for ESC/POS printers and tests).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from ...errors import ValidationError
from ...i18n import tr
from .fonts import cjk_font
from .layout import barcode_drawing

Item = tuple[str, ...]
WIDTHS = {58: 32, 80: 48}  # characters per line (ASCII width) on ESC/POS Font A
_LINE = 4.2 * mm
_MARGIN = 3 * mm
_BARCODE_H = 12 * mm


def display_width(text: str) -> int:
    """Columns ``text`` takes on a receipt: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _row(left: str, right: str, width: int) -> str:
    gap = width - display_width(left) - display_width(right)
    return left + " " * max(1, gap) + right


def receipt_text(items: Sequence[Item], paper_mm: int = 80) -> list[str]:
    """The receipt as plain lines of ``WIDTHS[paper_mm]`` columns (a barcode becomes its value)."""
    width = WIDTHS.get(paper_mm, 48)
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
        else:
            out.append(item[1])
    return out


def render_receipt(items: Sequence[Item], paper_mm: int = 80, path: str | Path | None = None) -> bytes:
    """A PDF of one page ``paper_mm`` wide holding the receipt; written to ``path`` when given."""
    if paper_mm not in WIDTHS:
        raise ValidationError(tr("Receipt paper is 58 or 80 mm wide."), field="paper_mm")
    font = cjk_font().name
    width = paper_mm * mm
    size = 8 if paper_mm == 58 else 9
    lines = sum(4 if item[0] == "barcode" else 1 for item in items)
    height = 2 * _MARGIN + lines * _LINE
    buffer = BytesIO()
    pdf = pdfcanvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(next((item[1] for item in items if item[0] == "barcode"), "receipt"))
    y = height - _MARGIN - _LINE + 1 * mm
    inner = width - 2 * _MARGIN
    for item in items:
        kind = item[0]
        if kind == "barcode":
            drawing = barcode_drawing(item[1], kind="Code128", width=inner, height=_BARCODE_H)
            renderPDF.draw(
                drawing,
                pdf,
                _MARGIN + max(0, (inner - drawing.width * drawing.transform[0]) / 2),
                y - _BARCODE_H + _LINE,
            )
            y -= 3 * _LINE
            pdf.setFont(font, size)
            pdf.drawCentredString(width / 2, y, item[1])
        elif kind == "center":
            pdf.setFont(font, size + 2 if item is items[0] else size)
            pdf.drawCentredString(width / 2, y, item[1])
        elif kind == "row":
            pdf.setFont(font, size)
            pdf.drawString(_MARGIN, y, item[1])
            pdf.drawRightString(width - _MARGIN, y, item[2])
        elif kind == "rule":
            pdf.setLineWidth(0.4)
            pdf.setDash(1, 1)
            pdf.line(_MARGIN, y + 1.2 * mm, width - _MARGIN, y + 1.2 * mm)
        else:
            pdf.setFont(font, size)
            pdf.drawString(_MARGIN, y, item[1])
        y -= _LINE
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data
