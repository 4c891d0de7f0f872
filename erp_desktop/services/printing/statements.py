"""Customer and supplier statements (对账单): opening balance, every document of the period
with a running balance, the closing balance in figures and in 大写, and its ageing — laid out by a
statement ``Template`` (paper, header and footer fields, columns, copies)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from ...i18n import language, tr
from .dto import StatementDoc
from .layout import (
    HEAD_BG,
    INK,
    PageSetup,
    build_pdf,
    capital_row,
    company_header,
    esc,
    fit,
    fmt_amount,
    fmt_date,
    info_grid,
    roll_length,
    signature_row,
    styles,
    table_style,
)
from .templates import STATEMENT, STATEMENT_NUMERIC, Column, Template, builtin

ROW_HEIGHT = 14.5  # points: 8.5 pt text with its padding
CHUNK = 400  # rows per table: splitting one huge table across pages is quadratic in ReportLab


def statement_title(kind: str) -> str:
    return tr("Customer statement") if kind == "customer" else tr("Supplier statement")


def render_statement(doc: StatementDoc, path: str | Path, template: Template | None = None) -> Path:
    """Write the statement as a PDF at ``path``; the table repeats its header on every page."""
    from .documents import compact_styles, page_setup

    template = template or builtin(STATEMENT)
    setup = page_setup(template)
    st = compact_styles(styles(), setup, template.font_size)
    title = template.title or statement_title(doc.party_kind)
    setup = roll_length(setup, _story(doc, template, setup, st, title))
    copies = [(caption, _story(doc, template, setup, st, title)) for caption in template.copies or ("",)]
    running = f"{title}  {doc.party_name}  {fmt_date(doc.date_from)} — {fmt_date(doc.date_to)}"
    return build_pdf(
        path, [], title=f"{title} {doc.party_name}", company=doc.company, running=running, setup=setup, copies=copies
    )


def _story(doc: StatementDoc, t: Template, setup: PageSetup, st, title: str) -> list[Flowable]:
    width = setup.width
    party_label = tr("Customer") if doc.party_kind == "customer" else tr("Supplier")
    story: list[Flowable] = []
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    side = left
    split = False

    def flush() -> None:
        nonlocal side, split
        if left or right:
            if split:
                story.append(info_grid(left, right, st, width=width))
            else:
                half = (len(left) + 1) // 2
                story.append(info_grid(left[:half], left[half:], st, width=width))
            story.append(Spacer(1, 3 * mm))
        left.clear()
        right.clear()
        side, split = left, False

    for name in t.header:
        if name == "company":
            flush()
            story.append(company_header(doc.company, st, width=width))
        elif name == "company_name":
            flush()
            story.append(Paragraph(esc(doc.company.display_name(language())), st.company))
        elif name == "title":
            flush()
            story.append(Paragraph(esc(title), st.title))
        elif name == "|":
            side, split = right, True
        elif name == "party":
            side.append((party_label, f"{doc.party_name} ({doc.party_code})" if doc.party_code else doc.party_name))
        elif name == "party_details":
            side.extend(doc.party_details)
        elif name in ("period", "date"):
            side += [
                (tr("Period"), f"{fmt_date(doc.date_from)} — {fmt_date(doc.date_to)}"),
                (tr("Opening balance"), fmt_amount(doc.opening)),
                (tr("Closing balance"), fmt_amount(doc.closing)),
            ]
    flush()
    if t.columns:
        story += _lines_tables(doc, t.columns, st, width, t.font_size)
    for name in t.footer:
        if name == "capital" and t.capital:
            story += [Spacer(1, 3 * mm), capital_row(tr("Closing balance (in words)"), doc.closing, st, width=width)]
        elif name == "ageing":
            story.append(
                KeepTogether(
                    [
                        Spacer(1, 3 * mm),
                        Paragraph(esc(tr("Ageing of the balance at {date}", date=fmt_date(doc.date_to))), st.body),
                        Spacer(1, 1 * mm),
                        _ageing_table(doc, st, width),
                    ]
                )
            )
        elif name == "notes" and doc.notes:
            story += [Spacer(1, 2 * mm), Paragraph(esc(doc.notes), st.body)]
        elif name == "confirm":
            story += [
                Spacer(1, 3 * mm),
                Paragraph(
                    esc(
                        tr(
                            "Please check this statement; if anything differs, tell us within 7 days. Otherwise it is taken as confirmed."
                        )
                    ),
                    st.small,
                ),
            ]
        elif name == "signatures" and t.signatures:
            height, gap = (8 * mm, 2 * mm) if setup.compact else (16 * mm, 4 * mm)
            labels = [
                tr("Prepared by"),
                tr("Company seal"),
                tr("Customer confirmation") if doc.party_kind == "customer" else tr("Supplier confirmation"),
            ]
            story.append(signature_row(labels, st, width=width, height=height, gap=gap))
    return story


def _heading(column: Column, kind: str) -> str:
    if not column.title and column.field in ("increase", "decrease"):
        customer = kind == "customer"
        if column.field == "increase":
            return tr("Amount due") if customer else tr("Amount payable")
        return tr("Amount received") if customer else tr("Amount paid")
    return column.heading(STATEMENT)


def _lines_tables(doc: StatementDoc, columns: tuple[Column, ...], st, width: float, size: float) -> list[Flowable]:
    fields = [c.field for c in columns]
    head = [_heading(c, doc.party_kind) for c in columns]
    scale = width / sum(c.width for c in columns)
    widths = [c.width * scale for c in columns]
    label_at = fields.index("description") if "description" in fields else 0

    def row(values: dict[str, str]) -> list[str]:
        return [fit(values.get(f, ""), st.font, size, w - 6) for f, w in zip(fields, widths, strict=True)]

    opening = {"balance": fmt_amount(doc.opening), fields[label_at]: tr("Opening balance")}
    body: list[list[str]] = [row(opening)]
    for line in doc.lines:
        body.append(
            row(
                {
                    "date": fmt_date(line.on),
                    "document": line.doc_number,
                    "description": line.description,
                    "increase": fmt_amount(line.increase) if line.increase else "",
                    "decrease": fmt_amount(line.decrease) if line.decrease else "",
                    "balance": fmt_amount(line.balance),
                    "due": fmt_date(line.due),
                }
            )
        )
    closing = {
        "increase": fmt_amount(doc.total_increase),
        "decrease": fmt_amount(doc.total_decrease),
        "balance": fmt_amount(doc.closing),
    }
    closing[fields[label_at]] = tr("Total for the period / closing balance")
    body.append(row(closing))
    numeric = [i for i, f in enumerate(fields) if f in STATEMENT_NUMERIC]
    tables: list[Flowable] = []
    for start in range(0, len(body), CHUNK):
        chunk = body[start : start + CHUNK]
        is_last = start + CHUNK >= len(body)
        extra: list[tuple] = [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric]
        if is_last:
            extra += [("BACKGROUND", (0, -1), (-1, -1), HEAD_BG), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
        # every row is one line (text is fitted), so fixed heights spare ReportLab measuring 1,000 rows
        height = max(ROW_HEIGHT, size + 6)
        table = Table([head] + chunk, colWidths=widths, rowHeights=[height] * (len(chunk) + 1), repeatRows=1)
        table.setStyle(table_style(st.font, size=size, extra=extra))
        tables.append(table)
    return tables


def _ageing_table(doc: StatementDoc, st, width: float) -> Table:
    a = doc.ageing
    rows = [
        [tr("0–30 days"), tr("31–60 days"), tr("61–90 days"), tr("Over 90 days"), tr("Unapplied credits"), tr("Total")],
        [
            fmt_amount(a.d0_30),
            fmt_amount(a.d31_60),
            fmt_amount(a.d61_90),
            fmt_amount(a.over_90),
            fmt_amount(a.unapplied),
            fmt_amount(a.total),
        ],
    ]
    table = Table(rows, colWidths=[width / 6] * 6)
    table.setStyle(table_style(st.font, numeric_from=0, zebra=False, extra=[("ALIGN", (0, 1), (-1, 1), "RIGHT")]))
    return table


__all__ = ["render_statement", "statement_title", "TableStyle"]
