"""Printouts of the books: 记账凭证 (one voucher a page, A4 or half-sheet A5 landscape, with the
total in 大写 and the 制单/审核/记账 boxes), and the accountant's reports (科目余额表, 总账, 明细账,
往来明细账, 资产负债表, 利润表, 现金流量表, 银行存款余额调节表) as titled tables.

Renderers take frozen values (the finance area's report rows), never ORM rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from erp_desktop.services.finance.reporting import Report
from erp_desktop.services.system.company import CompanyInfo

from ...errors import ValidationError
from ...i18n import language, tr
from ...money import chinese_capital, money
from .fonts import cjk_font
from .layout import GRID, HEAD_BG, INK, MUTED, esc, fit, fmt_amount, fmt_date, styles, table_style
from .templates import VOUCHER, Template, builtin

SIZES = {"a4": A4, "a5": landscape(A5)}


@dataclass(frozen=True)
class VoucherPrintLine:
    memo: str
    account: str  # "6602 管理费用"
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class VoucherPrint:
    voucher_no: str
    period: str
    on_text: str
    source: str  # "Delivery DN-2026-000012" or "Manual voucher"
    lines: tuple[VoucherPrintLine, ...]
    total_debit: Decimal
    total_credit: Decimal
    prepared_by: str
    attachments: int


def voucher_template(size: str = "a4") -> Template:
    """The built-in voucher layout on A4, or (``a5``) on a half sheet, landscape, 10 mm margins."""
    if size not in SIZES:
        raise ValueError(size)
    template = builtin(VOUCHER)
    if size == "a5":
        template = replace(template, paper="A5", orientation="landscape", margins_mm=(10.0, 10.0, 10.0, 10.0))
    return template


def render_vouchers(
    vouchers: Sequence[VoucherPrint],
    path: str | Path,
    *,
    company: CompanyInfo,
    size: str = "a4",
    template: Template | None = None,
) -> Path:
    """One 记账凭证 a page, laid out by ``template`` (a voucher template: its paper, orientation,
    margins and offset, font size, title, 大写 total, signature boxes and copies with their
    captions), or the built-in layout of ``size``. Raises ValueError for an unknown size,
    ValidationError for a paper without a height (a roll)."""
    template = template if template is not None else voucher_template(size)
    width_mm, height_mm = template.page_size_mm()
    if not height_mm:
        raise ValidationError(
            tr("A voucher needs a paper with a height; {paper} is a roll.", paper=template.paper), field="template"
        )
    pagesize = (width_mm * mm, height_mm * mm)
    top, right, bottom, left = (m * mm for m in template.margins_mm)
    dx, dy = (o * mm for o in template.offset_mm)
    width = pagesize[0] - left - right
    st = styles()
    font = st.font
    story: list[Flowable] = []
    for caption in template.copies or ("",):
        for v in vouchers:
            if story:
                story.append(PageBreak())
            story += _voucher(v, company, st, font, width, template=template, compact=height_mm < 160, caption=caption)
    if not story:
        story.append(Paragraph(esc(tr("No vouchers.")), st.body))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=max(0.0, left + dx),
        rightMargin=max(0.0, right - dx),
        topMargin=max(0.0, top + dy),
        bottomMargin=max(0.0, bottom - dy),
        title=tr("Voucher"),
        author=company.display_name(language()),
        creator="erp-desktop",
    )
    doc.build(story)
    return path


def _voucher(
    v: VoucherPrint,
    company: CompanyInfo,
    st,
    font: str,
    width: float,
    *,
    template: Template,
    compact: bool,
    caption: str = "",
) -> list[Flowable]:
    size = template.font_size if compact else template.font_size + 1
    row_height = (6.2 if compact else 8) * mm * size / (8.5 if compact else 9.5)
    name = company.display_name(language()) or ""
    head = Table(
        [
            [
                Paragraph(esc(tr("Unit: {name}", name=name)), st.small),
                Paragraph(esc(tr("Date: {date}", date=v.on_text)), st.body),
                Paragraph(esc(tr("Voucher No. {number}", number=v.voucher_no)), st.right),
            ]
        ],
        colWidths=[width * 0.4, width * 0.3, width * 0.3],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    widths = [width * 0.30, width * 0.36, width * 0.17, width * 0.17]
    rows: list[list] = [[tr("Summary"), tr("Account"), tr("Debit amount"), tr("Credit amount")]]
    for line in v.lines:
        rows.append(
            [
                fit(line.memo, font, size, widths[0] - 6),
                fit(line.account, font, size, widths[1] - 6),
                fmt_amount(line.debit) if line.debit else "",
                fmt_amount(line.credit) if line.credit else "",
            ]
        )
    blank = max(0, (5 if compact else 6) - len(v.lines))
    rows += [["", "", "", ""] for _ in range(blank)]
    total_text = tr("Total: {words}", words=chinese_capital(money(v.total_debit))) if template.capital else tr("Total")
    rows.append(
        [
            fit(total_text, font, size, widths[0] + widths[1]),
            "",
            fmt_amount(v.total_debit),
            fmt_amount(v.total_credit),
        ]
    )
    table = Table(rows, colWidths=widths, rowHeights=[row_height] * len(rows), repeatRows=1)
    table.setStyle(
        table_style(
            font,
            numeric_from=2,
            size=size,
            zebra=False,
            extra=[
                ("SPAN", (0, -1), (1, -1)),
                ("BOX", (0, 0), (-1, -1), 0.9, INK),
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ],
        )
    )
    sign_cells = [
        tr("Bookkeeper (记账):"),
        tr("Reviewer (审核):"),
        tr("Prepared by (制单): {name}", name=v.prepared_by),
    ]
    signs = Table([sign_cells], colWidths=[width / 3] * 3)
    signs.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, size), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    info = Table(
        [
            [
                Paragraph(esc(tr("Source: {source}", source=v.source)), st.small),
                Paragraph(esc(tr("Attachments: {n}", n=v.attachments)), st.small),
            ]
        ],
        colWidths=[width * 0.75, width * 0.25],
    )
    info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    title = tr(template.title) if template.title else tr("Accounting voucher (记账凭证)")
    if caption:
        title = f"{title}　（{caption}）"
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        head,
        Spacer(1, 1.5 * mm),
        table,
        Spacer(1, 1 * mm),
        info,
    ]
    if template.signatures:
        story += [Spacer(1, 2 * mm), signs]
    return story


# ---------------------------------------------------------------- reports as tables
def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt_amount(value)
    if isinstance(value, date):
        return fmt_date(value)
    return str(value)


def render_report(report: Report, path: str | Path, *, company: CompanyInfo) -> Path:
    """A titled report (``finance.Report``) as a table that repeats its header on every page."""
    pagesize = landscape(A4) if report.landscape else A4
    margin = 12 * mm
    width = pagesize[0] - 2 * margin
    st = styles()
    font = st.font
    n = len(report.headers)
    fractions = report.widths or tuple(1 / n for _ in range(n))
    widths = [width * f / sum(fractions) for f in fractions]
    size = 8
    body = [list(report.headers)] + [
        [fit(_cell_text(cell), font, size, widths[i] - 6) for i, cell in enumerate(row)] for row in report.rows
    ]
    table = Table(body, colWidths=widths, repeatRows=1)
    extra: list[tuple] = [("BACKGROUND", (0, r + 1), (-1, r + 1), HEAD_BG) for r in report.bold_rows]
    for r, row in enumerate(report.rows, start=1):  # figures right-aligned, text left, cell by cell
        for c, value in enumerate(row):
            if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
                extra.append(("ALIGN", (c, r), (c, r), "RIGHT"))
    table.setStyle(table_style(font, numeric_from=None, size=size, extra=extra))
    name = company.display_name(language()) or ""
    story: list[Flowable] = [
        Paragraph(esc(report.title), st.title),
        Paragraph(esc(f"{tr('Unit: {name}', name=name)}　　{report.subtitle}"), st.small),
        Spacer(1, 2 * mm),
        table,
    ]
    for note in report.notes:
        story += [Spacer(1, 1.5 * mm), Paragraph(esc(note), st.body)]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(cjk_font().name, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(pagesize[0] - margin, margin / 2, tr("Page {page}", page=doc.page))
        canvas.setStrokeColor(GRID)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=report.title,
        author=name,
        creator="erp-desktop",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
