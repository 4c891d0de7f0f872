"""Customer and supplier statements (对账单): opening balance, every document of the period
with a running balance, the closing balance in figures and in 大写, and its ageing."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from ...i18n import tr
from .dto import StatementDoc
from .layout import (
    HEAD_BG,
    INK,
    WIDTH,
    build_pdf,
    capital_row,
    company_header,
    esc,
    fit,
    fmt_amount,
    fmt_date,
    info_grid,
    signature_row,
    styles,
    table_style,
)

ROW_HEIGHT = 14.5  # points: 8.5 pt text with its padding
CHUNK = 400  # rows per table: splitting one huge table across pages is quadratic in ReportLab


def statement_title(kind: str) -> str:
    return tr("Customer statement") if kind == "customer" else tr("Supplier statement")


def render_statement(doc: StatementDoc, path: str | Path) -> Path:
    """Write the statement as a PDF at ``path``; the table repeats its header on every page."""
    st = styles()
    title = statement_title(doc.party_kind)
    party_label = tr("Customer") if doc.party_kind == "customer" else tr("Supplier")
    story: list[Flowable] = [company_header(doc.company, st), Paragraph(esc(title), st.title)]
    left = [
        (party_label, f"{doc.party_name} ({doc.party_code})" if doc.party_code else doc.party_name),
        *doc.party_details,
    ]
    right = [
        (tr("Period"), f"{fmt_date(doc.date_from)} — {fmt_date(doc.date_to)}"),
        (tr("Opening balance"), fmt_amount(doc.opening)),
        (tr("Closing balance"), fmt_amount(doc.closing)),
    ]
    story += [info_grid(left, right, st), Spacer(1, 3 * mm)]
    story += _lines_tables(doc, st)
    story += [Spacer(1, 3 * mm), capital_row(tr("Closing balance (in words)"), doc.closing, st)]
    story.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                Paragraph(esc(tr("Ageing of the balance at {date}", date=fmt_date(doc.date_to))), st.body),
                Spacer(1, 1 * mm),
                _ageing_table(doc, st),
            ]
        )
    )
    if doc.notes:
        story += [Spacer(1, 2 * mm), Paragraph(esc(doc.notes), st.body)]
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
    story.append(
        signature_row(
            [
                tr("Prepared by"),
                tr("Company seal"),
                tr("Customer confirmation") if doc.party_kind == "customer" else tr("Supplier confirmation"),
            ],
            st,
        )
    )
    running = f"{title}  {doc.party_name}  {fmt_date(doc.date_from)} — {fmt_date(doc.date_to)}"
    return build_pdf(path, story, title=f"{title} {doc.party_name}", company=doc.company, running=running)


def _columns(kind: str) -> list[str]:
    increase, decrease = (
        (tr("Amount due"), tr("Amount received")) if kind == "customer" else (tr("Amount payable"), tr("Amount paid"))
    )
    return [tr("Date"), tr("Document"), tr("Description"), increase, decrease, tr("Balance")]


def _lines_tables(doc: StatementDoc, st) -> list[Flowable]:
    head = _columns(doc.party_kind)
    widths = [w * mm for w in (22, 34, 52, 24, 24, 24)]
    description_width = widths[2] - 6
    body: list[list[str]] = [["", "", tr("Opening balance"), "", "", fmt_amount(doc.opening)]]
    for line in doc.lines:
        body.append(
            [
                fmt_date(line.on),
                fit(line.doc_number, st.font, 8.5, widths[1] - 6),
                fit(line.description, st.font, 8.5, description_width),
                fmt_amount(line.increase) if line.increase else "",
                fmt_amount(line.decrease) if line.decrease else "",
                fmt_amount(line.balance),
            ]
        )
    body.append(
        [
            "",
            "",
            tr("Total for the period / closing balance"),
            fmt_amount(doc.total_increase),
            fmt_amount(doc.total_decrease),
            fmt_amount(doc.closing),
        ]
    )
    tables: list[Flowable] = []
    for start in range(0, len(body), CHUNK):
        chunk = body[start : start + CHUNK]
        is_last = start + CHUNK >= len(body)
        extra: list[tuple] = []
        if is_last:
            extra += [("BACKGROUND", (0, -1), (-1, -1), HEAD_BG), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
        # every row is one line (text is fitted), so fixed heights spare ReportLab measuring 1,000 rows
        table = Table([head] + chunk, colWidths=widths, rowHeights=[ROW_HEIGHT] * (len(chunk) + 1), repeatRows=1)
        table.setStyle(table_style(st.font, numeric_from=3, extra=extra))
        tables.append(table)
    return tables


def _ageing_table(doc: StatementDoc, st) -> Table:
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
    table = Table(rows, colWidths=[WIDTH / 6] * 6)
    table.setStyle(table_style(st.font, numeric_from=0, zebra=False, extra=[("ALIGN", (0, 1), (-1, 1), "RIGHT")]))
    return table


__all__ = ["render_statement", "statement_title", "TableStyle"]
