"""Product barcode labels on common label paper: A4 sheets (3×8, 3×10, 4×10) and a 50×30 mm
roll. Each label shows the name, spec, price and a barcode: EAN-13 when the product's barcode is
a valid EAN-13, otherwise Code128 — or a QR code when asked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from ...errors import ValidationError
from ...i18n import tr
from .dto import LabelItem, LabelSpec
from .fonts import cjk_font
from .layout import barcode_drawing, fit, fmt_price
from .templates import LabelGrid, Template

MAX_LABELS = 20_000


@dataclass(frozen=True)
class LabelLayout:
    key: str
    page_w: float
    page_h: float
    cols: int
    rows: int
    label_w: float
    label_h: float
    left: float  # page margin to the first label
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


# ReportLab is untyped, so `*A4` would look to mypy as if it could fill any field: name the two.
_A4_W: float = A4[0]
_A4_H: float = A4[1]

LAYOUTS: dict[str, LabelLayout] = {
    "a4-3x8": LabelLayout(
        "a4-3x8", _A4_W, _A4_H, cols=3, rows=8, label_w=70 * mm, label_h=36 * mm, left=0, top=4.5 * mm
    ),
    "a4-3x10": LabelLayout("a4-3x10", _A4_W, _A4_H, cols=3, rows=10, label_w=70 * mm, label_h=29.7 * mm, left=0, top=0),
    "a4-4x10": LabelLayout(
        "a4-4x10",
        _A4_W,
        _A4_H,
        cols=4,
        rows=10,
        label_w=48.5 * mm,
        label_h=25.4 * mm,
        left=8 * mm,
        top=21.5 * mm,
        gap_x=0,
        gap_y=0,
    ),
    "roll-50x30": LabelLayout(
        "roll-50x30", 50 * mm, 30 * mm, cols=1, rows=1, label_w=50 * mm, label_h=30 * mm, left=0, top=0
    ),
}


def layout_names() -> list[str]:
    return list(LAYOUTS)


def layout_title(key: str) -> str:
    return {
        "a4-3x8": tr("A4, 3 × 8 labels (70 × 36 mm)"),
        "a4-3x10": tr("A4, 3 × 10 labels (70 × 29.7 mm)"),
        "a4-4x10": tr("A4, 4 × 10 labels (48.5 × 25.4 mm)"),
        "roll-50x30": tr("Label roll, 50 × 30 mm"),
    }.get(key, key)


def is_ean13(code: str) -> bool:
    """13 digits with a correct check digit."""
    if len(code) != 13 or not code.isdigit():
        return False
    digits = [int(c) for c in code]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
    return check == digits[12]


def symbology_for(item: LabelItem, wanted: str) -> tuple[str, str]:
    """(kind, value) of the barcode to draw for ``item``."""
    value = item.barcode or item.code
    if wanted == "qr":
        return "QR", value
    if wanted == "ean13":
        if not is_ean13(value):
            raise ValidationError(tr("{code} is not a valid EAN-13 barcode.", code=value), field="symbology")
        return "EAN13", value
    if wanted == "auto" and is_ean13(value):
        return "EAN13", value
    return "Code128", value


def template_layout(template: Template) -> LabelLayout:
    """The label grid of a labels template on its paper (a roll: one label a page)."""
    grid = template.label or LabelGrid()
    width, height = template.page_size_mm()
    if not height:
        height = grid.top_mm + grid.height_mm
    return LabelLayout(
        f"template:{template.name}",
        width * mm,
        height * mm,
        cols=grid.cols,
        rows=grid.rows,
        label_w=grid.width_mm * mm,
        label_h=grid.height_mm * mm,
        left=(grid.left_mm + template.offset_mm[0]) * mm,
        top=(grid.top_mm + template.offset_mm[1]) * mm,
        gap_x=grid.gap_x_mm * mm,
        gap_y=grid.gap_y_mm * mm,
    )


def render_labels(spec: LabelSpec, path: str | Path, template: Template | None = None) -> Path:
    """Write the labels as a PDF at ``path``: every item ``copies`` times, sheet by sheet; with a
    ``template`` its paper and label grid instead of ``spec.layout``.
    Raises ValidationError for an unknown layout, no products, bad copies or a non-EAN code."""
    layout = template_layout(template) if template is not None else LAYOUTS.get(spec.layout)
    if layout is None:
        raise ValidationError(
            tr("Unknown label layout {layout}; choose one of {known}.", layout=spec.layout, known=", ".join(LAYOUTS)),
            field="layout",
        )
    if not spec.items:
        raise ValidationError(tr("Choose at least one product to print labels for."), field="products")
    total = sum(max(0, item.copies) for item in spec.items) * spec.copies
    if spec.copies < 1 or any(item.copies < 1 for item in spec.items) or total > MAX_LABELS:
        raise ValidationError(tr("Copies must be between 1 and {max} labels in all.", max=MAX_LABELS), field="copies")
    if spec.symbology not in ("auto", "code128", "ean13", "qr"):
        raise ValidationError(tr("Unknown barcode type {kind}.", kind=spec.symbology), field="symbology")
    codes = [(item, symbology_for(item, spec.symbology)) for item in spec.items]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    font = cjk_font().name
    canvas = pdfcanvas.Canvas(str(path), pagesize=(layout.page_w, layout.page_h))
    canvas.setTitle(tr("Product labels"))
    canvas.setCreator("erp-desktop")
    slot = max(0, spec.skip) % layout.per_page if layout.per_page > 1 else 0
    cache: dict[tuple[str, str], object] = {}
    for item, (kind, value) in codes:
        for _ in range(spec.copies * item.copies):
            if slot == layout.per_page:
                canvas.showPage()
                slot = 0
            column, row = slot % layout.cols, slot // layout.cols
            x = layout.left + column * (layout.label_w + layout.gap_x)
            y = layout.page_h - layout.top - (row + 1) * layout.label_h - row * layout.gap_y
            _draw_label(canvas, font, layout, x, y, item, kind, value, spec, cache)
            slot += 1
    canvas.showPage()
    canvas.save()
    return path


def _draw_label(
    canvas,
    font: str,
    layout: LabelLayout,
    x: float,
    y: float,
    item: LabelItem,
    kind: str,
    value: str,
    spec: LabelSpec,
    cache: dict,
) -> None:
    w, h = layout.label_w, layout.label_h
    pad = 2.5 * mm
    inner = w - 2 * pad
    small = h < 28 * mm
    name_size = 8 if small else 9.5
    canvas.setFont(font, name_size)
    canvas.drawString(x + pad, y + h - pad - name_size, fit(item.name, font, name_size, inner))
    line_y = y + h - pad - name_size - (8 if small else 10)
    detail = " ".join(p for p in (item.spec, item.unit and f"/{item.unit}") if p)
    price = f"{spec.currency}{fmt_price(item.price)}" if spec.show_price and item.price is not None else ""
    canvas.setFont(font, 7)
    if price:
        price_size = 9 if small else 11
        canvas.setFont(font, price_size)
        canvas.drawRightString(x + w - pad, line_y, price)
        price_width = canvas.stringWidth(price, font, price_size) + 2 * mm
        canvas.setFont(font, 7)
        canvas.drawString(x + pad, line_y, fit(detail, font, 7, inner - price_width))
    elif detail:
        canvas.drawString(x + pad, line_y, fit(detail, font, 7, inner))
    top_of_code = line_y - 2 * mm
    height = top_of_code - (y + pad)
    if kind == "QR":
        side = min(height, inner)
        drawing = _cached(cache, (kind, value), lambda: barcode_drawing(value, kind="QR", width=side, height=side))
        renderPDF.draw(drawing, canvas, x + pad, y + pad)
        canvas.setFont(font, 7)
        canvas.drawString(x + pad + side + 2 * mm, y + pad + 1 * mm, fit(value, font, 7, inner - side - 2 * mm))
        return
    text_h = 8
    bar_h = max(4 * mm, height - text_h)
    drawing = _cached(cache, (kind, value), lambda: barcode_drawing(value, kind=kind, width=inner, height=bar_h))
    offset = x + (w - drawing.width) / 2
    renderPDF.draw(drawing, canvas, offset, y + pad + text_h)
    canvas.setFont(font, 7)
    canvas.drawCentredString(x + w / 2, y + pad, value)


def _cached(cache: dict, key, make):
    if key not in cache:
        cache[key] = make()
    return cache[key]
