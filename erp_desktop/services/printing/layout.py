"""The page frame every printout shares: fonts and styles, the company header, the footer, the
repeated running header on later pages and "第 x 页 / 共 y 页" page numbers (a two-pass canvas:
pages are kept until the end, when the total is known).

Numbers: amounts are exact ``Decimal``s formatted here (2 places, thousands separators) and
right-aligned by the tables that show them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepTogether

from erp_desktop.services.system.company import CompanyInfo

from ...i18n import language, tr
from ...money import fmt_money, money
from .fonts import cjk_font

PAGE = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 16 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X

GRID = colors.HexColor("#888888")
HEAD_BG = colors.HexColor("#E8ECF2")
ZEBRA = colors.HexColor("#F7F8FA")
INK = colors.black
MUTED = colors.HexColor("#555555")


# ---------------------------------------------------------------- formatting
def fmt_amount(value: Decimal | None) -> str:
    return "" if value is None else fmt_money(value)


def fmt_qty(value: Decimal | None) -> str:
    """Up to 3 places, trailing zeros dropped: 10, 2.5, 0.125."""
    if value is None:
        return ""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def fmt_price(value: Decimal | None) -> str:
    """At least 2 places, up to 6: 12.50, 3.1416."""
    if value is None:
        return ""
    text = f"{value:,.6f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    return f"{whole}.{frac.ljust(2, '0')}"


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_rate(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{(value * 100).normalize():f}%"


# ---------------------------------------------------------------- styles
@dataclass(frozen=True)
class Styles:
    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    title: ParagraphStyle
    company: ParagraphStyle
    right: ParagraphStyle


def styles() -> Styles:
    font = cjk_font().name
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, textColor=INK, wordWrap="CJK")
    return Styles(
        font=font,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        title=ParagraphStyle(
            "title", parent=body, fontSize=17, leading=22, alignment=TA_CENTER, spaceBefore=2, spaceAfter=4
        ),
        company=ParagraphStyle("company", parent=body, fontSize=13, leading=17, alignment=TA_LEFT),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
    )


def esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points (plain table cells don't wrap)."""
    text = (text or "").replace("\n", " ")
    if len(text) * size <= width:  # no glyph is wider than 1 em: it fits without measuring
        return text
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def table_style(
    font: str, *, numeric_from: int | None = None, size: float = 8.5, zebra: bool = True, extra: Sequence[tuple] = ()
) -> TableStyle:
    """Grid, shaded header row (repeated on every page), numbers right-aligned from a column on."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    commands.extend(extra)
    return TableStyle(commands)


# ---------------------------------------------------------------- barcodes
def barcode_drawing(value: str, *, kind: str = "Code128", width: float, height: float, human: bool = False) -> Drawing:
    """A barcode scaled to fit ``width`` × ``height`` points (EAN13, Code128 or QR)."""
    if kind == "QR":
        drawing = createBarcodeDrawing("QR", value=value, barBorder=0)
    elif kind == "EAN13":
        drawing = createBarcodeDrawing(
            "EAN13", value=value, barHeight=height, humanReadable=human, fontName=cjk_font().name
        )
    else:
        drawing = createBarcodeDrawing(
            "Code128",
            value=value,
            barHeight=height,
            humanReadable=human,
            quiet=False,
            barWidth=0.8,
            fontName=cjk_font().name,
        )
    scale_x = width / drawing.width if drawing.width else 1
    scale_y = height / drawing.height if drawing.height else 1
    if kind == "QR":
        scale_x = scale_y = min(scale_x, scale_y)
    else:
        scale_x = min(scale_x, 1.6)
        scale_y = min(scale_y, 1.0) if not human else scale_y
    drawing.scale(scale_x, scale_y)
    drawing.width *= scale_x
    drawing.height *= scale_y
    return drawing


# ---------------------------------------------------------------- header blocks
def company_header(company: CompanyInfo, st: Styles, *, right: Flowable | None = None, width: float = WIDTH) -> Table:
    """Logo, company name and contact lines; ``right`` (e.g. the number's barcode) at the right."""
    name = company.display_name(language()) or tr("(company name not set — Settings › Company)")
    contact = "　".join(
        p
        for p in (
            tr("Tel: {phone}", phone=company.phone) if company.phone else "",
            tr("Tax id: {tax_id}", tax_id=company.tax_id) if company.tax_id else "",
        )
        if p
    )
    bank = " ".join(p for p in (company.bank_name, company.bank_account) if p)
    text = [Paragraph(esc(name), st.company)]
    # one line per kind of detail, so a wrap never splits a phone number or a tax id
    for line in (company.address, contact, tr("Bank: {bank}", bank=bank) if bank else ""):
        if line:
            text.append(Paragraph(esc(line), st.small))
    logo = _logo(company.logo_path)
    right_width = min(62 * mm, width * 0.4) if right is not None else 0
    logo_width = 24 * mm if logo is not None and width > 100 * mm else 0
    if not logo_width:
        logo = None
    cells = ([logo] if logo is not None else []) + [text] + ([right] if right is not None else [])
    widths = (
        ([logo_width] if logo is not None else [])
        + [width - logo_width - right_width]
        + ([right_width] if right is not None else [])
    )
    table = Table([cells], colWidths=widths)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if right is not None:
        commands.append(("ALIGN", (-1, 0), (-1, 0), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def _logo(path: str) -> Image | None:
    if not path or not Path(path).is_file():
        return None
    try:
        image = Image(path)
        ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
        height = 16 * mm
        width = min(22 * mm, height * ratio)
        height = width / ratio if ratio else height
        image.drawWidth, image.drawHeight = width, height
        return image
    except Exception:  # an unreadable picture prints without a logo rather than failing
        return None


def number_block(number: str, st: Styles, *, barcode: bool = True, width: float = 60 * mm) -> Flowable:
    """The document number, with its Code128 above it."""
    rows: list[list] = []
    if barcode and number:
        rows.append([barcode_drawing(number, width=width - 2 * mm, height=9 * mm)])
    rows.append([Paragraph(esc(tr("No. {number}", number=number)), st.right)])
    table = Table(rows, colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def info_grid(
    left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]], st: Styles, *, width: float = WIDTH
) -> Flowable:
    """Two columns of "label: value" pairs under the title (one column on narrow paper)."""
    label_style = ParagraphStyle("label", parent=st.body, textColor=MUTED)
    if width < 110 * mm:
        pairs = [*left, *right]
        label_width = min(22 * mm, width * 0.32)
        narrow = [[Paragraph(esc(label), label_style), Paragraph(esc(value), st.body)] for label, value in pairs]
        if not narrow:
            return Spacer(1, 1)
        single = Table(narrow, colWidths=[label_width, width - label_width])
        single.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            )
        )
        return single
    rows = []
    for index in range(max(len(left), len(right))):
        row = []
        for side in (left, right):
            if index < len(side):
                label, value = side[index]
                row += [Paragraph(esc(label), label_style), Paragraph(esc(value), st.body)]
            else:
                row += ["", ""]
        rows.append(row)
    if not rows:
        return Spacer(1, 1)
    # the right-hand labels are a little wider: "Document No." fits on one line
    table = Table(rows, colWidths=[22 * mm, width * 0.58 - 22 * mm, 25 * mm, width * 0.42 - 25 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def capital_row(label: str, amount: Decimal, st: Styles, *, width: float = WIDTH) -> Table:
    """合计金额(大写) with the figure: the amount in Chinese capital numerals and in figures."""
    from ...money import chinese_capital

    rows = [
        [
            Paragraph(esc(label), st.body),
            Paragraph(esc(chinese_capital(amount)), st.body),
            Paragraph(esc("¥ " + fmt_money(money(amount))), st.right),
        ]
    ]
    side = min(40 * mm, width * 0.3)
    table = Table(rows, colWidths=[side, width - 2 * side, side])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def signature_row(
    labels: Sequence[str], st: Styles, *, width: float = WIDTH, height: float = 16 * mm, gap: float = 4 * mm
) -> Flowable:
    """Boxes to sign in: "制单：______" side by side."""
    if not labels:
        return Spacer(1, 1)
    each = width / len(labels)
    cells = [[Paragraph(esc(tr("{role}:", role=label)), st.body) for label in labels]]
    table = Table(cells, colWidths=[each] * len(labels), rowHeights=[height])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether([Spacer(1, gap), table])


# ---------------------------------------------------------------- the document template
def page_label(page: int, total: int) -> str:
    return tr("Page {page} of {total}", page=page, total=total)


@dataclass(frozen=True)
class PageSetup:
    """The paper, in points: its size (a height of 0 grows with the content: receipt rolls), the
    margins (top, right, bottom, left), an offset (x right, y down) moving everything on the sheet to
    hit a pre-printed form, and what is drawn around the frame."""

    size: tuple[float, float] = PAGE
    margins: tuple[float, float, float, float] = (MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM, MARGIN_X)
    offset: tuple[float, float] = (0.0, 0.0)
    page_numbers: bool = True
    footer_text: bool = True
    running_header: bool = True

    @property
    def width(self) -> float:
        return self.size[0] - self.margins[1] - self.margins[3]

    @property
    def height(self) -> float:
        return self.size[1] - self.margins[0] - self.margins[2]

    @property
    def compact(self) -> bool:
        """Small paper (a third of a sheet, a roll): smaller titles and signature boxes."""
        return self.width < 110 * mm or (0 < self.height < 110 * mm)


DEFAULT_PAGE = PageSetup()


class CopyMark(Flowable):
    """Marks where a copy (联) begins; the canvas captions and numbers each copy's pages."""

    def __init__(self, index: int, caption: str):
        super().__init__()
        self.index, self.caption = index, caption

    def wrap(self, *_args):
        return 0, 0

    def draw(self):
        self.canv._erp_copy = (self.index, self.caption)


def _numbered_canvas(font: str, footer: str, running: str, setup: PageSetup) -> type:
    top, right, bottom, left = setup.margins
    dx, dy = setup.offset

    class NumberedCanvas(pdfcanvas.Canvas):
        """Keeps every page until ``save`` so each can say how many pages its copy has."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            copies = [state.get("_erp_copy", (0, ""))[0] for state in self._pages]
            totals = {index: copies.count(index) for index in set(copies)}
            seen: dict[int, int] = {}
            for state, index in zip(self._pages, copies, strict=True):
                seen[index] = seen.get(index, 0) + 1
                self.__dict__.update(state)
                self._decorate(seen[index], totals[index], state.get("_erp_copy", (0, ""))[1])
                super().showPage()
            super().save()

        def _decorate(self, page: int, total: int, caption: str) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(MUTED)
            y = bottom - min(8 * mm, bottom * 0.6) - dy
            text_width = width - left - right
            if setup.page_numbers:
                self.drawRightString(width - right + dx, y, page_label(page, total))
            if footer and setup.footer_text:
                self.drawString(left + dx, y, fit(footer, font, 8, text_width - 40 * mm))
            top_y = height - top + min(4 * mm, top * 0.3) - dy
            caption_width = 0.0
            if caption:
                self.setFillColor(INK)
                self.setFont(font, 9)
                self.drawRightString(width - right + dx, top_y, caption)
                caption_width = stringWidth(caption, font, 9) + 4 * mm
                self.setFont(font, 8)
                self.setFillColor(MUTED)
            if page > 1 and running and setup.running_header:
                self.drawString(left + dx, top_y, fit(running, font, 8, text_width - caption_width))
            self.restoreState()

    return NumberedCanvas


def story_height(story: Sequence[Flowable], width: float) -> float:
    """How tall ``story`` is when laid out ``width`` points wide on one endless page."""
    import io

    scratch = pdfcanvas.Canvas(io.BytesIO())
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):  # its wrap asks for a split, never a height
            total += story_height(flowable._content, width)
            continue
        _w, h = flowable.wrapOn(scratch, width, 100_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def roll_length(setup: PageSetup, story: Sequence[Flowable]) -> PageSetup:
    """A roll's page as long as ``story`` (a throwaway copy: measuring uses its flowables up) needs."""
    if setup.size[1]:
        return setup
    needed = story_height(story, setup.width) + setup.margins[0] + setup.margins[2] + 10 * mm
    return replace(setup, size=(setup.size[0], needed))


def build_pdf(
    path: str | Path,
    story: list[Flowable],
    *,
    title: str,
    company: CompanyInfo,
    running: str = "",
    pagesize: tuple[float, float] = PAGE,
    author: str = "",
    setup: PageSetup | None = None,
    copies: Sequence[tuple[str, list[Flowable]]] = (),
) -> Path:
    """Lay ``story`` out on pages with footer, running header and page numbers; write ``path``.
    ``setup`` chooses the paper (default A4); ``copies`` — (caption, story) pairs — print the
    document once per copy (联), each captioned and numbered within itself, instead of ``story``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    font = cjk_font().name
    if setup is None:
        setup = replace(DEFAULT_PAGE, size=pagesize)
    top, right, bottom, left = setup.margins
    dx, dy = setup.offset
    parts = list(copies) or [("", story)]
    if not setup.size[1]:
        raise ValueError("a roll's length is set by roll_length() first")
    flowables: list[Flowable] = []
    for index, (caption, part) in enumerate(parts):
        if index:
            flowables.append(PageBreak())
        flowables.append(CopyMark(index, caption))
        flowables.extend(part)
    doc = BaseDocTemplate(
        str(path),
        pagesize=setup.size,
        leftMargin=left + dx,
        rightMargin=right - dx,
        topMargin=top + dy,
        bottomMargin=bottom - dy,
        title=title,
        author=author or company.display_name(language()),
        creator="erp-desktop",
    )
    frame = Frame(
        left + dx,
        bottom - dy,
        setup.width,
        setup.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flowables, canvasmaker=_numbered_canvas(font, company.footer, running, setup))
    return path


Decorator = Callable[[pdfcanvas.Canvas], None]
