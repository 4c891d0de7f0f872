"""The Excel engine: streaming xlsx export and import shared by every list, report and importer.

- ``write_xlsx`` streams rows (the hand streaming writer, ``writer``) with numbers as numbers and a number
  format per kind (money ``#,##0.00``, quantities ``#,##0.###``, prices, rates as percentages,
  dates as dates), a bold frozen header, column widths and an optional exact totals row.
- ``read_xlsx`` streams a sheet (``reader``), maps columns by their header text (title, key or
  alias, Chinese or English, case/space-insensitive, never by position), converts every cell to
  exact values and raises ``ImportErrors`` listing *every* problem (row, column, message), so an
  import is all-or-nothing.
- ``write_template`` / ``write_error_report`` give the user files to fill in and to read.

One xlsx writer (``writer``) and one reader (``reader``), both hand-written and streaming;
openpyxl is only a test dependency. This ``__init__`` is the area's public face (``__all__``).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import os
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from erp_desktop import i18n
from erp_desktop.errors import ImportErrors, UserError
from erp_desktop.i18n import tr
from erp_desktop.money import MAX_ABS, places_of

KINDS = ("text", "money", "qty", "price", "rate", "int", "date", "bool", "list")
NUMBER_KINDS = ("money", "qty", "price", "rate", "int")
TOTAL_KINDS = ("money", "qty")
# decimals a value of each kind may carry (rate is a fraction: 0.13 = 13 %)
PLACES = {"money": 2, "qty": 3, "price": 6, "rate": 4, "int": 0}
NUMBER_FORMATS = {
    "money": "#,##0.00",
    "qty": "#,##0.###",
    "price": "#,##0.00####",
    "rate": "0.00%",
    "int": "0",
    "date": "yyyy-mm-dd",
}
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DEFAULT_WIDTHS = {
    "money": 14,
    "qty": 12,
    "price": 14,
    "rate": 9,
    "int": 10,
    "date": 12,
    "bool": 8,
    "list": 24,
    "text": 16,
}
PROGRESS_EVERY = 1000
MAX_PROBLEMS = 5000  # an error report beyond this is no more useful; the rest are counted
_ESTIMATE_AT = 500  # rows read before the sheet's size is estimated
_HEADER_SCAN_ROWS = 10  # the header may sit below a title row or two
_EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class XColumn:
    """One spreadsheet column. ``key`` is the row attribute / dict key ("custom.<k>" reads
    ``row.custom[k]``); ``title`` is the header shown (already translated); ``aliases`` are more
    header texts accepted on import."""

    key: str
    title: str
    kind: str = "text"  # text|money|qty|price|rate|int|date|bool|list
    required: bool = False
    aliases: tuple[str, ...] = ()
    width: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass(frozen=True)
class ImportRow:
    """A data row read from a sheet: ``row`` is its real sheet row number; ``values`` maps the key
    of every column present in the file to its converted value (None for an empty cell). Columns
    absent from the file are absent from ``values``. ``bad`` names the optional columns whose
    cell did not read (their value is None; the problem is already reported)."""

    row: int
    values: dict[str, Any]
    bad: frozenset[str] = frozenset()


class Cancelled(UserError):
    """The user cancelled an export (or import) in progress."""


Problem = tuple[int | None, str | None, str]


# --------------------------------------------------------------------------------------- writing


def write_xlsx(
    path: str | os.PathLike,
    columns: Sequence[XColumn],
    rows: Iterable[Mapping | object],
    *,
    sheet_title: str = "",
    totals: bool = False,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Stream ``rows`` into a new workbook at ``path``; returns the number of rows written.

    ``progress(n)`` is called every ~1000 rows; returning False cancels: ``Cancelled`` is raised
    and no file is left behind (an existing file at ``path`` is untouched). The file appears
    atomically when complete."""
    from erp_desktop.services.excel.writer import SheetStream

    path = Path(path)
    part = path.with_name(path.name + ".part")
    widths = [_width(column) for column in columns]
    kinds = [column.kind if column.kind in NUMBER_FORMATS else None for column in columns]
    stream = SheetStream(part, _sheet_name(sheet_title or tr("Sheet1")), widths, kinds)
    sums: list[Decimal | None] = [Decimal(0) if totals and c.kind in TOTAL_KINDS else None for c in columns]
    summed = [i for i, s in enumerate(sums) if s is not None]
    getters = [_getter(column) for column in columns]
    count = 0
    try:
        stream.header([column.title for column in columns])
        for item in rows:
            values = [_export_value(column, get(item)) for column, get in zip(columns, getters)]
            for index in summed:
                value = values[index]
                so_far = sums[index]
                if so_far is not None and isinstance(value, (Decimal, int)) and not isinstance(value, bool):
                    sums[index] = so_far + value
            stream.row(values)
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0 and progress(count) is False:
                raise Cancelled(tr("Export cancelled."))
        if summed:
            label_at = next((i for i, s in enumerate(sums) if s is None), None)
            line: list[Any] = list(sums)
            if label_at is not None:
                line[label_at] = tr("Total")
            stream.row(line, total=True)
        if progress is not None and progress(count) is False:
            raise Cancelled(tr("Export cancelled."))
        stream.close()
        os.replace(part, path)
    except BaseException:
        stream.abort()
        try:
            part.unlink()
        except OSError:
            pass
        raise
    return count


def _width(column: XColumn, *, template: bool = False) -> float:
    width = column.width or max(DEFAULT_WIDTHS[column.kind], _display_width(column.title) + (4 if template else 2))
    return float(min(width, 80))


def _getter(column: XColumn) -> Callable[[Any], Any]:
    key = column.key
    if key.startswith("custom."):
        return lambda item: _get(item, key)

    def get(item: Any) -> Any:
        if type(item) is dict or isinstance(item, Mapping):
            return item.get(key)
        return getattr(item, key, None)

    return get


def write_template(
    path: str | os.PathLike, columns: Sequence[XColumn], examples: Iterable[Mapping | object] = ()
) -> None:
    """An import template: the header (required columns marked *), example rows, and a second
    sheet "说明/Instructions" describing each column. Written by the same streaming writer as the
    exports (``writer``); the file appears atomically."""
    from erp_desktop.services.excel.writer import XF_BOLD, XF_NOTE, XF_WRAP, WorkbookStream

    path = Path(path)
    part = path.with_name(path.name + ".part")
    book = WorkbookStream(part)
    try:
        kinds = [column.kind if column.kind in NUMBER_FORMATS else None for column in columns]
        data = book.sheet(_sheet_name(tr("Data")), [_width(c, template=True) for c in columns], kinds)
        data.header(
            [column.title + (" *" if column.required else "") for column in columns],
            required=[column.required for column in columns],
        )
        for example in examples:
            data.row([_export_value(column, _get(example, column.key)) for column in columns])
        data.close(auto_filter=False)
        notes = book.sheet(_sheet_name("说明 Instructions"), [24, 12, 16, 70], [None] * 4, selected=False)
        notes.header([tr("Column"), tr("Required"), tr("Type"), tr("How to fill it in")])
        for column in columns:
            notes.row(
                [column.title, tr("Yes") if column.required else tr("No"), kind_label(column.kind), _describe(column)],
                text_styles=(None, None, None, XF_WRAP),
            )
        notes.row([])
        general = tr(
            "Fill in one row per record below the header; do not merge cells or use formulas. "
            "Columns are matched by their header, so their order does not matter and columns you "
            "do not need may be deleted (except required ones, marked *). Delete the example rows "
            "before importing. An import is all-or-nothing: if any row has a problem nothing is "
            "imported and every problem is listed."
        )
        notes.row([tr("Notes"), None, None, general], text_styles=(XF_BOLD, None, None, XF_NOTE))
        notes.close(auto_filter=False)
        book.close()
        os.replace(part, path)
    except BaseException:
        book.abort()
        try:
            part.unlink()
        except OSError:
            pass
        raise


def write_error_report(path: str | os.PathLike, problems: Iterable[Problem]) -> None:
    """An xlsx listing problems (row, column, problem) for the user to open in Excel."""
    columns = (
        XColumn("row", tr("Row"), "int", width=8),
        XColumn("field", tr("Column"), width=24),
        XColumn("message", tr("Problem"), width=90),
    )
    rows = ({"row": row, "field": field or "", "message": message} for row, field, message in problems)
    write_xlsx(path, columns, rows, sheet_title=tr("Problems"))


def kind_label(kind: str) -> str:
    return {
        "text": tr("Text"),
        "money": tr("Amount"),
        "qty": tr("Quantity"),
        "price": tr("Price"),
        "rate": tr("Rate (%)"),
        "int": tr("Whole number"),
        "date": tr("Date"),
        "bool": tr("Yes/No"),
        "list": tr("List"),
    }[kind]


def _describe(column: XColumn) -> str:
    text = {
        "text": tr("Text."),
        "money": tr("A number with at most 2 decimals, e.g. 1234.50 (thousands separators allowed)."),
        "qty": tr("A number with at most 3 decimals, e.g. 12.5."),
        "price": tr("A number with at most 6 decimals, e.g. 3.25."),
        "rate": tr("A percentage, e.g. 13% (or 0.13)."),
        "int": tr("A whole number."),
        "date": tr("A date, e.g. 2026-11-25 (also 2026/11/25, 2026年11月25日, 20261125)."),
        "bool": tr("Yes or No (是/否, 1/0, true/false)."),
        "list": tr("Several values separated by commas, e.g. red, blue."),
    }[column.kind]
    if column.required:
        text = tr("Required.") + " " + text
    names = [column.key] + [a for a in column.aliases if a]
    return text + " " + tr("Also accepted as header: {names}", names=", ".join(names))


_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def _get(item: Mapping | object, key: str) -> Any:
    if isinstance(item, Mapping):
        if key in item:
            return item[key]
        if key.startswith("custom."):
            custom = item.get("custom") or {}
            return custom.get(key[7:]) if isinstance(custom, Mapping) else None
        return None
    if key.startswith("custom."):
        custom = getattr(item, "custom", None) or {}
        return custom.get(key[7:]) if isinstance(custom, Mapping) else getattr(custom, key[7:], None)
    return getattr(item, key, None)


def _export_value(column: XColumn, value: Any) -> Any:
    """The value as it goes into the cell: numbers as Decimal/int, dates as dates, else text."""
    if value is None:
        return None
    kind = column.kind
    cls = type(value)
    if cls is str:
        if kind == "text":
            return value or None
    elif cls is Decimal or cls is int:
        if kind in NUMBER_KINDS:
            return value
    elif cls is dt.date and kind == "date":
        return value
    if value == "":
        return None
    if isinstance(value, enum.Enum):
        value = value.value
    kind = column.kind
    if kind in NUMBER_KINDS:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, (Decimal, int)):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else None
        if isinstance(value, str):
            try:
                return _text_number(value, kind)
            except ValueError:
                return value
        return str(value)
    if kind == "date":
        if isinstance(value, (dt.date, dt.datetime)):
            return value
        if isinstance(value, str):
            parsed = _text_date(value)
            return parsed if parsed is not None else value
        return str(value)
    if kind == "bool":
        if isinstance(value, str):
            flag = _bool(value)
            if flag is None:
                return value
            value = flag
        return tr("Yes") if value else tr("No")
    if kind == "list":
        if isinstance(value, str):
            return value
        if isinstance(value, Mapping):
            value = value.keys()
        return ", ".join(str(v) for v in value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime, Decimal, int)) and not isinstance(value, bool):
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    return str(value)


def _sheet_name(text: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", text).strip() or "Sheet1"
    return cleaned[:31]


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --------------------------------------------------------------------------------------- reading


def read_xlsx(
    path: str | os.PathLike,
    columns: Sequence[XColumn],
    *,
    max_rows: int = 200_000,
    unique: Sequence[str] = (),
    problems: list[Problem] | None = None,
    progress: Callable[[int], object] | None = None,
) -> list[ImportRow]:
    """Read the data rows of the first sheet whose header matches ``columns``.

    Raises ``ImportErrors`` listing every problem (nothing is returned if any row is bad). Fully
    empty rows are skipped; row numbers are the sheet's. More than ``max_rows`` data rows is
    refused at once. With a ``problems`` list, row problems (a bad number, an empty required
    cell, a duplicate) are added to it instead and the rows that read well are returned, so the
    caller checks those too and reports *every* problem of the file in one pass; a file or
    header problem still raises at once. ``progress(rows read)`` is called every 200 rows;
    returning False cancels (``Cancelled``; safe: nothing is written while reading)."""
    from erp_desktop.services.excel.reader import BadWorkbook, Workbook

    path = Path(path)
    handle = _open_checked(path)
    try:
        try:
            workbook = Workbook(handle)
        except BadWorkbook as exc:
            raise _file_error(tr("The file is not a readable Excel workbook (.xlsx): {name}", name=path.name)) from exc
        try:
            return _read_workbook(
                workbook, columns, max_rows=max_rows, unique=unique, collect=problems, progress=progress
            )
        except (zipfile.BadZipFile, ET.ParseError, EOFError, zlib.error) as exc:
            raise _file_error(tr("The file is not a readable Excel workbook (.xlsx): {name}", name=path.name)) from exc
        finally:
            workbook.close()
    finally:
        handle.close()


def _file_error(message: str) -> ImportErrors:
    return ImportErrors(message, [(None, None, message)])


def _open_checked(path: Path):
    if not path.exists() or not path.is_file():
        raise _file_error(tr("File not found: {path}", path=str(path)))
    handle = open(path, "rb")
    head = handle.read(8)
    handle.seek(0)
    if head.startswith(b"PK\x03\x04") and zipfile.is_zipfile(handle):
        handle.seek(0)
        try:
            with zipfile.ZipFile(handle) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            names = set()
        handle.seek(0)
        if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            return handle
        handle.close()
        raise _file_error(tr("The file is a zip archive but not an Excel workbook (.xlsx): {name}", name=path.name))
    handle.close()
    if not head:
        raise _file_error(tr("The file is empty: {name}", name=path.name))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _file_error(
            tr(
                "The file is in the old Excel 97-2003 format (.xls) or encrypted; open it in Excel and save it as .xlsx: {name}",
                name=path.name,
            )
        )
    if path.suffix.lower() in (".csv", ".txt") or _looks_like_text(path):
        raise _file_error(
            tr(
                "The file is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx: {name}",
                name=path.name,
            )
        )
    raise _file_error(tr("The file is not an Excel workbook (.xlsx): {name}", name=path.name))


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as handle:
        sample = handle.read(2048)
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError:
        try:
            sample.decode("gb18030")
            return b"\x00" not in sample
        except UnicodeDecodeError:
            return False


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return re.sub(r"[\s*_]+", "", text)


def _zh_catalogue() -> tuple[dict[str, str], dict[str, list[str]]]:
    global _CATALOGUE
    if _CATALOGUE is None:
        forward = i18n.load_catalogue("zh_CN")
        backward: dict[str, list[str]] = {}
        for source, target in forward.items():
            backward.setdefault(target, []).append(source)
        _CATALOGUE = (forward, backward)
    return _CATALOGUE


_CATALOGUE: tuple[dict[str, str], dict[str, list[str]]] | None = None


def header_names(column: XColumn) -> set[str]:
    """Every normalized header text that maps to ``column``: title, key, aliases, and the title's
    English source and Chinese translation (whichever language the title is in)."""
    names = {column.title, column.key, *column.aliases}
    if column.key.startswith("custom."):
        names.add(column.key[7:])
    forward, backward = _zh_catalogue()
    for name in list(names):
        if name in forward:
            names.add(forward[name])
        for source in backward.get(name, ()):
            names.add(source)
    return {_norm(n) for n in names if n}


def _match_header(values: Sequence[Any], lookup: dict[str, XColumn]) -> tuple[dict[int, XColumn], list[str]]:
    """Position → column for one candidate header row, and texts that map twice."""
    mapping: dict[int, XColumn] = {}
    seen: dict[str, int] = {}
    twice: list[str] = []
    for index, value in enumerate(values):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        column = lookup.get(_norm(value))
        if column is None:
            continue
        if column.key in seen:
            twice.append(str(value).strip())
            continue
        seen[column.key] = index
        mapping[index] = column
    return mapping, twice


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_workbook(
    workbook,
    columns: Sequence[XColumn],
    *,
    max_rows: int,
    unique: Sequence[str],
    collect: list[Problem] | None = None,
    progress: Callable[[int], object] | None = None,
) -> list[ImportRow]:
    from erp_desktop.services.excel.reader import CellError, Formula

    lookup: dict[str, XColumn] = {}
    for column in columns:
        for name in header_names(column):
            lookup.setdefault(name, column)
    if not workbook.sheets:
        raise _file_error(tr("The workbook has no worksheet."))
    instructions = _norm("说明 Instructions")
    all_empty = True
    chosen = None
    for title, member in workbook.sheets:
        if _norm(title) == instructions and len(workbook.sheets) > 1:
            continue
        sheet = workbook.rows(member)
        rows = iter(sheet)
        found = None
        scanned = 0
        for row_number, cells in rows:
            scanned += 1
            if row_number > _HEADER_SCAN_ROWS or scanned > _HEADER_SCAN_ROWS:
                break
            if all(_blank(v) for v in cells.values()):
                continue
            all_empty = False
            width = max(cells) + 1
            mapping, twice = _match_header([cells.get(i) for i in range(width)], lookup)
            if mapping and (found is None or len(mapping) > len(found[1])):
                found = (row_number, mapping, twice)
        if found is not None:
            chosen = (sheet, found)
            break
    if chosen is None:
        if all_empty:
            raise _file_error(tr("The workbook is empty: no rows to import."))
        expected = ", ".join(c.title for c in columns if c.required) or ", ".join(c.title for c in columns)
        raise _file_error(
            tr("No header row found: the first rows name none of the expected columns ({columns}).", columns=expected)
        )
    sheet, (header_row, mapping, twice) = chosen
    problems: list[Problem] = []
    for text in twice:
        problems.append((header_row, text, tr("The column appears twice in the header.")))
    present = {c.key for c in mapping.values()}
    missing = [c for c in columns if c.required and c.key not in present]
    if missing:
        names = ", ".join(c.title for c in missing)
        problems.extend((header_row, c.title, tr("Required column missing from the header.")) for c in missing)
        raise ImportErrors(tr("Required columns are missing: {columns}", columns=names), problems)
    # a sheet far larger than allowed is refused before reading it
    declared = sheet.dimension_rows
    if declared is not None and declared - header_row > max_rows:
        message = tr(
            "The sheet has {n} rows; at most {max} rows can be imported at once. Split the file (or delete empty rows at its end).",
            n=f"{declared - header_row:,}",
            max=f"{max_rows:,}",
        )
        raise _file_error(message)
    result: list[ImportRow] = []
    unique_keys = [k for k in unique if k in present]
    seen: dict[str, dict[Any, int]] = {k: {} for k in unique_keys}
    titles = {c.key: c.title for c in columns}
    mapped = sorted(mapping.items())
    extra = 0
    count = 0
    for row_number, raw in sheet:
        if row_number <= header_row:
            continue
        if not raw or all(_blank(v) for v in raw.values()) or _is_totals_row(raw):
            continue
        count += 1
        if progress is not None and count % 200 == 0 and progress(count) is False:
            raise Cancelled(tr("Import cancelled; nothing was imported."))
        if count == _ESTIMATE_AT and max_rows > _ESTIMATE_AT:
            # no trustworthy <dimension>: estimate from the bytes read so far and refuse a sheet
            # far beyond the limit at once instead of streaming it all
            estimate = sheet.estimated_rows()
            if estimate is not None and estimate > max_rows * 1.5:
                raise _file_error(
                    tr(
                        "The sheet has about {n} rows; at most {max} rows can be imported at once. Split the file.",
                        n=f"{estimate:,}",
                        max=f"{max_rows:,}",
                    )
                )
        if count > max_rows:
            raise _file_error(
                tr(
                    "The sheet has more than {max} data rows; at most {max} rows can be imported at once. Split the file.",
                    max=f"{max_rows:,}",
                )
            )
        values: dict[str, Any] = {}
        row_ok = True
        usable = True  # still worth the caller's checks: only optional cells failed to read
        bad: set[str] = set()
        for index, column in mapped:
            cell = raw.get(index)
            if _blank(cell):
                values[column.key] = None
                if column.required:
                    row_ok = usable = False
                    extra += _add(problems, (row_number, column.title, tr("Required value is empty.")))
                continue
            if isinstance(cell, (Formula, CellError)):
                values[column.key] = None
                bad.add(column.key)
                usable = usable and not column.required
            if isinstance(cell, Formula):
                row_ok = False
                extra += _add(
                    problems,
                    (
                        row_number,
                        column.title,
                        tr("Formula found ({formula}): paste values instead of formulas.", formula=cell.text[:40]),
                    ),
                )
                continue
            if isinstance(cell, CellError):
                row_ok = False
                extra += _add(
                    problems, (row_number, column.title, tr("Error value in the cell: {value}", value=cell.text))
                )
                continue
            try:
                value = values[column.key] = convert(column, cell)
            except ValueError as exc:
                row_ok = False
                values[column.key] = None
                bad.add(column.key)
                usable = usable and not column.required
                extra += _add(problems, (row_number, column.title, str(exc)))
                continue
            if value is None and column.required:
                row_ok = usable = False
                extra += _add(problems, (row_number, column.title, tr("Required value is empty.")))
        for key in unique_keys:
            value = values.get(key)
            if value is None:
                continue
            marker = unicodedata.normalize("NFKC", value).strip().casefold() if isinstance(value, str) else value
            first = seen[key].get(marker)
            if first is not None:
                row_ok = usable = False
                extra += _add(
                    problems,
                    (
                        row_number,
                        titles[key],
                        tr("Duplicate value {value}: also in row {row}.", value=value, row=first),
                    ),
                )
            else:
                seen[key][marker] = row_number
        if row_ok and (collect is not None or not problems):
            result.append(ImportRow(row_number, values))
        elif collect is not None and usable:  # checked further; its bad cells are reported already
            result.append(ImportRow(row_number, values, frozenset(bad)))
    merged = [ref for ref in sheet.merges if _last_row(ref) >= header_row]
    for ref in merged:
        extra += _add(
            problems, (_first_row(ref), ref, tr("Merged cells ({ref}): unmerge them and fill in every cell.", ref=ref))
        )
    if progress is not None and progress(count) is False:
        raise Cancelled(tr("Import cancelled; nothing was imported."))
    if count == 0 and not problems:
        raise _file_error(tr("The sheet has a header but no data rows."))
    if problems:
        total = len(problems) + extra
        if extra:
            problems.append((None, None, tr("… and {n} more problems not listed.", n=extra)))
        if collect is not None:
            collect.extend(problems)
            return result
        raise ImportErrors(tr("{n} problems found; nothing was imported.", n=total), problems)
    return result


def sorted_problems(problems: Sequence[Problem]) -> list[Problem]:
    """Problems in the order of the sheet (row, then as found); file-wide ones last."""
    return [p for _i, p in sorted(enumerate(problems), key=lambda ip: (ip[1][0] is None, ip[1][0] or 0, ip[0]))]


def _is_totals_row(raw: dict[int, Any]) -> bool:
    """The totals row ``write_xlsx`` adds (label then numbers only): skipped when re-importing."""
    values = [raw[i] for i in sorted(raw) if not _blank(raw[i])]
    if len(values) < 2 or not isinstance(values[0], str):
        return False
    if _norm(values[0]) not in {_norm(tr("Total")), "total", "合计"}:
        return False
    return all(isinstance(v, (int, Decimal)) and not isinstance(v, bool) for v in values[1:])


def _add(problems: list[Problem], problem: Problem) -> int:
    if len(problems) < MAX_PROBLEMS:
        problems.append(problem)
        return 0
    return 1


def _first_row(ref: str) -> int:
    digits = re.search(r"[0-9]+", ref)
    return int(digits.group(0)) if digits else 1


def _last_row(ref: str) -> int:
    return int(re.findall(r"[0-9]+", ref)[-1])


# ------------------------------------------------------------------------------------ conversion

_FULLWIDTH_PUNCT = str.maketrans({"，": ",", "．": ".", "－": "-", "＋": "+", "％": "%", "　": " ", "\u00a0": " "})
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TRUE = {"是", "yes", "y", "true", "t", "1", "✓", "✔", "√", "对", "有", "启用", "on", "x"}
_FALSE = {"否", "no", "n", "false", "f", "0", "✗", "✘", "×", "错", "无", "停用", "off", "-"}
_LIST_SPLIT = re.compile(r"[,，;；、\n]+")


def convert(column: XColumn, value: Any) -> Any:
    """One cell's value as the column's kind; raises ValueError (a translated message)."""
    if value is None:
        return None
    cls = type(value)
    kind = column.kind
    if cls is Decimal and kind in PLACES:  # the reader's numbers: the common case, kept quick
        exponent = value.as_tuple().exponent
        if (
            isinstance(exponent, int)
            and -PLACES[kind] <= exponent <= 0
            and abs(value) < MAX_ABS
            and len(value.as_tuple().digits) <= 15
        ):
            return int(value) if kind == "int" else value
    elif cls is str and kind == "text":
        value = value.strip()
        return _ILLEGAL.sub("", value) if value else None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    kind = column.kind
    if kind == "text":
        return _as_text(value)
    if kind in NUMBER_KINDS:
        return _as_number(value, kind)
    if kind == "date":
        return _as_date(value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float, Decimal)) and value in (0, 1):
            return bool(value)
        parsed = _bool(str(value))
        if parsed is None:
            raise ValueError(tr("Not yes/no: {value}", value=_show(value)))
        return parsed
    if kind == "list":
        text = _as_text(value)
        return [part.strip() for part in _LIST_SPLIT.split(text) if part.strip()]
    raise ValueError(kind)  # pragma: no cover - kinds are checked on XColumn


def _show(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        if (isinstance(value, float) and not math.isfinite(value)) or (
            isinstance(value, Decimal) and not value.is_finite()
        ):
            raise ValueError(tr("Not a valid value: {value}", value=_show(value)))
        number = _float_decimal(value) if isinstance(value, float) else _trim_noise(value)
        if number == number.to_integral_value():
            return str(int(number))
        return format(number.normalize(), "f")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    return _ILLEGAL.sub("", str(value)).strip()


def _float_decimal(value: float) -> Decimal:
    """The decimal a user typed for a cell number: the shortest repr, cut to Excel's 15 significant
    digits to drop binary noise (0.1+0.2 stored as 0.30000000000000004 reads as 0.3)."""
    number = Decimal(repr(value))
    digits = number.as_tuple().digits
    if len(digits) > 15:
        number = Decimal(format(value, ".15g"))
    return number


def _trim_noise(number: Decimal) -> Decimal:
    """A cell number as Excel shows it: at most 15 significant digits (Excel writes 17, so a sum
    of 0.1 and 0.2 stored as 0.30000000000000004 reads as 0.3)."""
    if len(number.as_tuple().digits) > 15 and number.is_finite():
        return Decimal(format(number, ".15g"))
    return number


def _as_number(value: Any, kind: str) -> Decimal | int:
    if isinstance(value, bool):
        raise ValueError(tr("Not a number: {value}", value=_show(value)))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(tr("Not a number: {value}", value=_show(value)))
        number = _float_decimal(value)
    elif isinstance(value, Decimal):
        number = _trim_noise(value) if value.is_finite() else value
    elif isinstance(value, (dt.date, dt.datetime, dt.time)):
        raise ValueError(tr("Expected a number, found a date: {value}", value=_show(value)))
    else:
        number = _text_number(str(value), kind)
    if not number.is_finite():
        raise ValueError(tr("Not a number: {value}", value=_show(value)))
    if abs(number) >= MAX_ABS:
        raise ValueError(tr("Number too large: {value}", value=_show(value)))
    places = PLACES[kind]
    if places_of(number) > places:
        if kind == "int":
            raise ValueError(tr("Expected a whole number: {value}", value=_show(value)))
        raise ValueError(tr("Too many decimals (at most {places}): {value}", places=places, value=_show(value)))
    if kind == "int":
        return int(number)
    # a plain, exact Decimal without exponent noise (1E+3 → 1000)
    if number == number.to_integral_value():
        return Decimal(int(number))
    exponent = number.as_tuple().exponent
    return number.normalize() if isinstance(exponent, int) and exponent < -places else number


def _text_number(text: str, kind: str) -> Decimal:
    cleaned = unicodedata.normalize("NFKC", text).translate(_FULLWIDTH_PUNCT).replace("\u2212", "-").strip()
    for sign in ("¥", "￥", "$", "RMB", "CNY", "元"):
        cleaned = cleaned.replace(sign, "")
    cleaned = cleaned.strip()
    percent = cleaned.endswith("%")
    if percent:
        cleaned = cleaned[:-1].strip()
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    cleaned = cleaned.replace(" ", "").replace("'", "")
    if "," in cleaned:
        # thousands separators must group by three: 1,234,567.50 yes, 1,2,3 no
        whole = cleaned.lstrip("+-").split(".", 1)[0]
        if not re.fullmatch(r"\d{1,3}(,\d{3})+", whole):
            raise ValueError(tr("Not a number: {value}", value=_show(text)))
        cleaned = cleaned.replace(",", "")
    if not cleaned or not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", cleaned):
        raise ValueError(tr("Not a number: {value}", value=_show(text)))
    if re.search(r"[eE]", cleaned) and abs(int(re.split(r"[eE]", cleaned)[1])) > 20:
        raise ValueError(tr("Number too large: {value}", value=_show(text)))
    try:
        number = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the pattern above guards
        raise ValueError(tr("Not a number: {value}", value=_show(text))) from exc
    if negative:
        number = -number
    if percent:
        if kind != "rate":
            raise ValueError(tr("Not a number: {value}", value=_show(text)))
        number = number / 100
    return number


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(tr("Not a date: {value}", value=_show(value)))
    if isinstance(value, (int, float, Decimal)):
        if isinstance(value, (float, Decimal)) and (not _finite(value) or value != int(value)):
            raise ValueError(tr("Not a date: {value}", value=_show(value)))
        number = int(value)
        if 19000101 <= number <= 29991231:
            parsed = _text_date(str(number))
            if parsed is not None:
                return parsed
        if 1 <= number <= 2958465:  # an Excel serial day number
            # Excel counts from 1 = 1900-01-01 and has a 29 Feb 1900 (day 60) that never was: read as 28 Feb
            if number <= 60:
                return dt.date(1899, 12, 31) + dt.timedelta(days=min(number, 59))
            return _EXCEL_EPOCH + dt.timedelta(days=number)
        raise ValueError(tr("Not a date: {value}", value=_show(value)))
    parsed = _text_date(str(value))
    if parsed is None:
        raise ValueError(tr("Not a date (use 2026-11-25): {value}", value=_show(value)))
    return parsed


def _finite(value: float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def _text_date(text: str) -> dt.date | None:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    match = _DATE_TEXT.match(cleaned) or _DATE_COMPACT.match(cleaned)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _bool(text: str) -> bool | None:
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if key in _TRUE or key in (_norm(tr("Yes")),):
        return True
    if key in _FALSE or key in (_norm(tr("No")),):
        return False
    return None


def iter_chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Batches of ``size`` (importers insert in chunks)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ------------------------------------------------------------------------------------ the face
# The importers (``imports``) load lazily (PEP 562): they pull in the models and the ledger, which
# an export or a template does not need, and ``imports`` itself imports this module.

if TYPE_CHECKING:
    from .imports import (
        Importer,
        import_opening_balances,
        import_opening_stock,
        import_orders,
        importer,
        importers,
        write_opening_balance_template,
        write_opening_stock_template,
        write_order_template,
    )

_LAZY = (
    "Importer",
    "import_opening_balances",
    "import_opening_stock",
    "import_orders",
    "importer",
    "importers",
    "write_opening_balance_template",
    "write_opening_stock_template",
    "write_order_template",
)

__all__ = [
    "DATETIME_FORMAT",
    "KINDS",
    "NUMBER_FORMATS",
    "NUMBER_KINDS",
    "PLACES",
    "Cancelled",
    "ImportRow",
    "Importer",
    "Problem",
    "XColumn",
    "convert",
    "header_names",
    "import_opening_balances",
    "import_opening_stock",
    "import_orders",
    "importer",
    "importers",
    "iter_chunks",
    "kind_label",
    "read_xlsx",
    "sorted_problems",
    "write_error_report",
    "write_opening_balance_template",
    "write_opening_stock_template",
    "write_order_template",
    "write_template",
    "write_xlsx",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import imports

    return getattr(imports, name)  # not cached: a patch in ``imports`` is seen here
