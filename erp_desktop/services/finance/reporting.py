"""One shape for the accountant's reports, so each is shown, printed and exported the same way:
a ``Report`` is a title, column headers and rows of plain values (text, ``Decimal`` amounts, dates).
``export_xlsx`` writes it as a workbook (amounts as numbers); ``printing.print_report`` as a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from erp_desktop.i18n import tr

Cell = str | Decimal | date | int | None


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()  # relative widths of the columns (even if empty)
    numeric_from: int = 1  # columns from this one on are right-aligned
    bold_rows: tuple[int, ...] = ()  # totals
    notes: tuple[str, ...] = ()
    landscape: bool = False

    def text(self) -> str:
        """The report as plain text (the command line prints it)."""
        lines = [self.title, self.subtitle, "\t".join(self.headers)]
        for row in self.rows:
            lines.append("\t".join(_plain(c) for c in row))
        lines += list(self.notes)
        return "\n".join(lines)


def _plain(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def export_xlsx(report: Report, path: str | Path) -> Path:
    """Write ``report`` as an xlsx workbook (amount columns as numbers). Returns the path."""
    from erp_desktop.services import excel

    kinds = []
    for i in range(len(report.headers)):
        values = [row[i] for row in report.rows if i < len(row) and row[i] is not None and row[i] != ""]
        if values and all(isinstance(v, Decimal) for v in values):
            kinds.append("money")
        elif values and all(isinstance(v, date) for v in values):
            kinds.append("date")
        else:
            kinds.append("text")
    columns = [excel.XColumn(f"c{i}", title, kind) for i, (title, kind) in enumerate(zip(report.headers, kinds))]
    rows = [
        {f"c{i}": (v if kinds[i] != "text" or v is None else str(v)) for i, v in enumerate(row)} for row in report.rows
    ]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    excel.write_xlsx(path, columns, rows, sheet_title=report.title[:28] or tr("Report"))
    return path
