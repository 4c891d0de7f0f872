"""The Excel engine: exact round trips, header mapping, every kind of bad file refused clearly."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erp_desktop import i18n
from erp_desktop.errors import ImportErrors
from erp_desktop.services import excel
from erp_desktop.services.excel import Cancelled, XColumn, read_xlsx, write_error_report, write_template, write_xlsx

COLUMNS = (
    XColumn("code", "Code", required=True, aliases=("SKU",)),
    XColumn("name", "Name", required=True),
    XColumn("price", "Sale price", "money"),
    XColumn("qty", "Quantity", "qty"),
    XColumn("cost", "Unit cost", "price"),
    XColumn("tax", "Tax rate", "rate"),
    XColumn("min", "Reorder point", "int"),
    XColumn("since", "Since", "date"),
    XColumn("active", "Active", "bool"),
    XColumn("tags", "Tags", "list"),
)


def sheet_file(path, rows, title="Sheet"):
    """A workbook written cell by cell (as a user's Excel would), first row = header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def set_dimension(xml: bytes, ref: bytes) -> bytes:
    """The sheet XML with its <dimension> saying ``ref``."""
    replaced, n = re.subn(rb"<dimension ref=\"[^\"]*\"\s*/>", b'<dimension ref="' + ref + b'"/>', xml)
    return replaced if n else xml.replace(b"</sheetPr>", b'</sheetPr><dimension ref="' + ref + b'"/>')


def problems_of(excinfo):
    return [(row, field, message) for row, field, message in excinfo.value.problems]


# ------------------------------------------------------------------------------------- writing


def test_write_sets_number_formats_and_numbers_not_text(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [
        {
            "code": "A1",
            "name": "Tea",
            "price": Decimal("1234.50"),
            "qty": Decimal("2.125"),
            "cost": Decimal("3.141593"),
            "tax": Decimal("0.13"),
            "min": 5,
            "since": dt.date(2026, 11, 25),
            "active": True,
            "tags": ["red", "big"],
        },
    ]
    assert write_xlsx(path, COLUMNS, rows, sheet_title="Products") == 1
    wb = openpyxl.load_workbook(path)
    ws = wb["Products"]
    assert [c.value for c in ws[1]] == [c.title for c in COLUMNS]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    row = {c.title: cell for c, cell in zip(COLUMNS, ws[2])}
    assert row["Sale price"].value == 1234.5 and row["Sale price"].data_type == "n"
    assert row["Sale price"].number_format == "#,##0.00"
    assert row["Quantity"].value == 2.125 and row["Quantity"].number_format == "#,##0.###"
    assert row["Unit cost"].number_format == "#,##0.00####"
    assert row["Tax rate"].value == 0.13 and row["Tax rate"].number_format == "0.00%"
    assert row["Reorder point"].value == 5 and row["Reorder point"].data_type == "n"
    assert row["Since"].value == dt.datetime(2026, 11, 25) and row["Since"].is_date
    assert row["Since"].number_format == "yyyy-mm-dd"
    assert row["Active"].value == "Yes"
    assert row["Tags"].value == "red, big"
    assert ws.column_dimensions["A"].width >= 10
    assert ws.auto_filter.ref == "A1:J2"


def test_text_starting_with_equals_is_written_as_text_not_formula(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, COLUMNS[:2], [{"code": "=1+1", "name": '=HYPERLINK("x")'}])
    ws = openpyxl.load_workbook(path).active
    assert ws["A2"].data_type == "s" and ws["A2"].value == "=1+1"
    assert [r.values["code"] for r in read_xlsx(path, COLUMNS[:2])] == ["=1+1"]


def test_totals_row_is_exact_and_skipped_on_reimport(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [{"code": f"C{i}", "name": "x", "price": Decimal("0.10"), "qty": Decimal("0.001")} for i in range(3)]
    rows.append({"code": "C9", "name": "y", "price": Decimal("0.20"), "qty": Decimal("1000000.5")})
    write_xlsx(path, COLUMNS, rows, totals=True)
    ws = openpyxl.load_workbook(path).active
    last = list(ws.iter_rows(min_row=6, max_row=6, values_only=True))[0]
    assert last[0] == "Total"
    assert Decimal(repr(last[2])) == Decimal("0.50")
    assert Decimal(repr(last[3])) == Decimal("1000000.503")
    assert ws.cell(6, 3).number_format == "#,##0.00" and ws.cell(6, 3).font.bold
    assert ws.cell(6, 5).value is None  # price columns are not summed
    assert [r.values["code"] for r in read_xlsx(path, COLUMNS)] == ["C0", "C1", "C2", "C9"]


@dataclass
class Thing:
    code: str
    name: str
    price: Decimal
    custom: dict = field(default_factory=dict)


def test_objects_and_custom_fields(tmp_path):
    path = tmp_path / "out.xlsx"
    cols = (XColumn("code", "Code"), XColumn("price", "Price", "money"), XColumn("custom.origin", "Origin"))
    write_xlsx(
        path, cols, [Thing("A", "a", Decimal("9.99"), {"origin": "云南"}), {"code": "B", "custom": {"origin": "福建"}}]
    )
    values = [r.values for r in read_xlsx(path, cols)]
    assert values == [
        {"code": "A", "price": Decimal("9.99"), "custom.origin": "云南"},
        {"code": "B", "price": None, "custom.origin": "福建"},
    ]


def test_progress_cancel_leaves_no_file(tmp_path):
    path = tmp_path / "out.xlsx"
    seen = []

    def progress(n):
        seen.append(n)
        return n < 2000

    rows = ({"code": str(i), "name": "n"} for i in range(5000))
    with pytest.raises(Cancelled):
        write_xlsx(path, COLUMNS[:2], rows, progress=progress)
    assert seen == [1000, 2000]
    assert not path.exists() and not list(tmp_path.iterdir())


def test_cancel_keeps_existing_file(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, COLUMNS[:2], [{"code": "keep", "name": "me"}])
    with pytest.raises(Cancelled):
        write_xlsx(path, COLUMNS[:2], ({"code": str(i), "name": "n"} for i in range(1500)), progress=lambda n: False)
    assert [r.values["code"] for r in read_xlsx(path, COLUMNS[:2])] == ["keep"]


# ------------------------------------------------------------------------------ exact round trip


def test_round_trip_exact_decimals(tmp_path):
    path = tmp_path / "rt.xlsx"
    rows = [
        {
            "code": "a",
            "name": "0.1+0.2",
            "price": Decimal("0.1") + Decimal("0.2"),
            "qty": Decimal("1.001"),
            "cost": Decimal("0.000001"),
        },
        {
            "code": "b",
            "name": "trillion",
            "price": Decimal("1000000000000.00"),
            "qty": Decimal("999999999.999"),
            "cost": Decimal("123456.654321"),
        },
        {
            "code": "c",
            "name": "neg",
            "price": Decimal("-999999999999.99"),
            "qty": Decimal("-0.005"),
            "cost": Decimal("0"),
        },
    ]
    write_xlsx(path, COLUMNS, rows)
    back = read_xlsx(path, COLUMNS)
    assert [r.row for r in back] == [2, 3, 4]
    for original, row in zip(rows, back):
        for key in ("price", "qty", "cost"):
            assert row.values[key] == original[key]
            assert isinstance(row.values[key], Decimal)
    assert back[0].values["price"] == Decimal("0.3")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    money=st.decimals(
        min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"), places=2, allow_nan=False
    ),
    quantity=st.decimals(
        min_value=Decimal("-99999999.999"), max_value=Decimal("99999999.999"), places=3, allow_nan=False
    ),
    unit=st.decimals(min_value=Decimal("0"), max_value=Decimal("999999.999999"), places=6, allow_nan=False),
)
def test_round_trip_property(tmp_path, money, quantity, unit):
    path = tmp_path / "p.xlsx"
    write_xlsx(path, COLUMNS, [{"code": "x", "name": "y", "price": money, "qty": quantity, "cost": unit}])
    values = read_xlsx(path, COLUMNS)[0].values
    assert (values["price"], values["qty"], values["cost"]) == (money, quantity, unit)


# ---------------------------------------------------------------------------- header mapping


def test_columns_moved_renamed_aliased_and_unknown_ignored(tmp_path):
    path = sheet_file(
        tmp_path / "moved.xlsx",
        [
            ["Notes", " sale  PRICE ", "sku", "NAME"],
            ["ignored", 12.5, "P-1", "Tea"],
        ],
    )
    rows = read_xlsx(path, COLUMNS)
    assert rows[0].values == {"price": Decimal("12.5"), "code": "P-1", "name": "Tea"}


def test_chinese_headers_map_through_the_catalogue_and_aliases(tmp_path):
    cols = (
        XColumn("code", "Code", required=True, aliases=("编码",)),
        XColumn("name", "Name", required=True, aliases=("名称",)),
        XColumn("price", "Sale price", "money", aliases=("售价",)),
    )
    path = sheet_file(tmp_path / "zh.xlsx", [["售价", "名称 *", "编码"], ["1,234.50", "茶叶", "A-1"]])
    assert read_xlsx(path, cols)[0].values == {"price": Decimal("1234.50"), "name": "茶叶", "code": "A-1"}


def test_header_in_chinese_when_title_is_translated(tmp_path, monkeypatch):
    # the title's translation in the other language maps too (catalogue lookup both ways)
    monkeypatch.setattr(excel, "_CATALOGUE", ({"Warehouse": "仓库"}, {"仓库": ["Warehouse"]}))
    cols = (XColumn("wh", "Warehouse", required=True),)
    path = sheet_file(tmp_path / "zh.xlsx", [["仓库"], ["主仓"]])
    assert read_xlsx(path, cols)[0].values == {"wh": "主仓"}
    cols_zh = (XColumn("wh", "仓库", required=True),)
    path2 = sheet_file(tmp_path / "en.xlsx", [["warehouse"], ["Main"]])
    assert read_xlsx(path2, cols_zh)[0].values == {"wh": "Main"}


def test_title_rows_above_header_and_empty_rows_skipped(tmp_path):
    path = sheet_file(
        tmp_path / "t.xlsx",
        [
            ["Product list 2026"],
            [],
            ["Code", "Name"],
            ["A", "a"],
            [None, None],
            [],
            ["B", "b"],
        ],
    )
    rows = read_xlsx(path, COLUMNS)
    assert [(r.row, r.values["code"]) for r in rows] == [(4, "A"), (7, "B")]


# ---------------------------------------------------------------------------------- conversion


def test_text_numbers_full_width_currency_and_dates_as_text(tmp_path):
    path = sheet_file(
        tmp_path / "t.xlsx",
        [
            ["Code", "Name", "Sale price", "Quantity", "Tax rate", "Reorder point", "Since", "Active", "Tags"],
            ["A", "a", "1,234.50", "１２３", "13%", "７", "2026-11-25", "是", "红，蓝、绿"],
            ["B", "b", "¥ 12.30", "1,000.125", "0.09", 3.0, "2026/1/5", "no", "x;y"],
            ["C", "c", "￥-0.5", "(2)", "6 %", "10", "2026年11月25日", "✓", "solo"],
            ["D", "d", 99.95, 0.1, 0.13, 4, "20261125", "false", None],
            ["E", "e", "１，２３４．５", "0", "1", 0, dt.datetime(2026, 3, 1, 9, 30), 1, "a, b"],
        ],
    )
    rows = {r.values["code"]: r.values for r in read_xlsx(path, COLUMNS)}
    assert rows["A"]["price"] == Decimal("1234.50") and rows["A"]["qty"] == Decimal("123")
    assert rows["A"]["tax"] == Decimal("0.13") and rows["A"]["min"] == 7
    assert rows["A"]["since"] == dt.date(2026, 11, 25) and rows["A"]["active"] is True
    assert rows["A"]["tags"] == ["红", "蓝", "绿"]
    assert rows["B"]["price"] == Decimal("12.30") and rows["B"]["qty"] == Decimal("1000.125")
    assert rows["B"]["since"] == dt.date(2026, 1, 5) and rows["B"]["active"] is False and rows["B"]["min"] == 3
    assert rows["B"]["tags"] == ["x", "y"]
    assert (
        rows["C"]["price"] == Decimal("-0.5")
        and rows["C"]["qty"] == Decimal("-2")
        and rows["C"]["tax"] == Decimal("0.06")
    )
    assert rows["C"]["since"] == dt.date(2026, 11, 25) and rows["C"]["active"] is True
    assert (
        rows["D"]["price"] == Decimal("99.95")
        and rows["D"]["qty"] == Decimal("0.1")
        and rows["D"]["since"] == dt.date(2026, 11, 25)
    )
    assert rows["E"]["price"] == Decimal("1234.5") and rows["E"]["since"] == dt.date(2026, 3, 1)
    assert rows["E"]["active"] is True and rows["E"]["min"] == 0


def test_numbers_in_text_columns_become_clean_text(tmp_path):
    path = sheet_file(tmp_path / "t.xlsx", [["Code", "Name"], [1001, 6901234567890], [12.5, dt.date(2026, 1, 2)]])
    assert [r.values for r in read_xlsx(path, COLUMNS[:2])] == [
        {"code": "1001", "name": "6901234567890"},
        {"code": "12.5", "name": "2026-01-02"},
    ]


def test_wrong_types_huge_numbers_and_too_many_decimals_all_listed(tmp_path):
    path = sheet_file(
        tmp_path / "bad.xlsx",
        [
            ["Code", "Name", "Sale price", "Quantity", "Reorder point", "Since", "Active"],
            ["A", "a", "abc", "1.2345", "1.5", "2026-13-45", "maybe"],
            ["B", "b", "1e20", "NaN", 3, "tomorrow", "yes"],
            ["B2", "b", "1,2,3", "12,34", 3, None, "yes"],
            ["C", "c", "12.345", "Infinity", 4, 45000, "yes"],
            ["D", "d", 1e16, 1, 1, None, None],
        ],
    )
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS)
    got = {(row, col) for row, col, _ in problems_of(info)}
    assert got == {
        (2, "Sale price"),
        (2, "Quantity"),
        (2, "Reorder point"),
        (2, "Since"),
        (2, "Active"),
        (3, "Sale price"),
        (3, "Quantity"),
        (3, "Since"),
        (4, "Sale price"),
        (4, "Quantity"),
        (5, "Sale price"),
        (5, "Quantity"),
        (6, "Sale price"),
    }
    messages = {(row, col): msg for row, col, msg in problems_of(info)}
    assert "Too many decimals" in messages[(5, "Sale price")]
    assert "too large" in messages[(6, "Sale price")]
    assert messages[(4, "Sale price")] == "Not a number: 1,2,3"
    assert "whole number" in messages[(2, "Reorder point")]
    assert "nothing was imported" in info.value.message


def test_required_values_and_duplicates(tmp_path):
    path = sheet_file(
        tmp_path / "dup.xlsx",
        [
            ["Code", "Name"],
            ["A", "a"],
            ["a ", "again"],  # same code: compared ignoring case and spaces
            [None, "no code"],
            ["B", None],
            ["A", "third"],
            ["A_1", "x"],  # A_1, A1 and A 1 are different codes
            ["A1", "y"],
            ["A 1", "z"],
        ],
    )
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS[:2], unique=("code",))
    assert problems_of(info) == [
        (3, "Code", "Duplicate value a: also in row 2."),
        (4, "Code", "Required value is empty."),
        (5, "Name", "Required value is empty."),
        (6, "Code", "Duplicate value A: also in row 2."),
    ]


# ------------------------------------------------------------------------------------ bad files


def test_formulas_refused_with_row_and_column(tmp_path):
    path = sheet_file(tmp_path / "f.xlsx", [["Code", "Name", "Sale price"], ["A", "a", "=1+2"], ["B", "b", 3]])
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS)
    assert len(problems_of(info)) == 1
    row, col, message = problems_of(info)[0]
    assert (row, col) == (2, "Sale price") and "Formula" in message and "=1+2" in message


def test_merged_cells_refused(tmp_path):
    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Title"])
    ws.merge_cells("A1:B1")  # above the header: harmless
    ws.append(["Code", "Name"])
    ws.append(["A", "a"])
    ws.append(["B", None])
    ws.merge_cells("B3:B4")
    wb.save(path)
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS[:2])
    problems = problems_of(info)
    assert any(field == "B3:B4" and "Merged" in message for _, field, message in problems)
    assert not any(field == "A1:B1" for _, field, _ in problems)


@pytest.mark.parametrize(
    "content,name,fragment",
    [
        (b"code,name\nA,a\n", "renamed.xlsx", "text (CSV)"),
        (b"code,name\nA,a\n", "plain.csv", "text (CSV)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xls", ".xls"),
        (b"", "empty.xlsx", "empty"),
        (bytes(range(256)) * 4, "random.xlsx", "not an Excel workbook"),
    ],
)
def test_not_xlsx_refused(tmp_path, content, name, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS)
    assert fragment in info.value.message
    assert info.value.problems == [(None, None, info.value.message)]


def test_zip_that_is_not_a_workbook_and_broken_workbook(tmp_path):
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportErrors, match="zip archive"):
        read_xlsx(path, COLUMNS)
    broken = tmp_path / "b.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
        archive.writestr("xl/workbook.xml", "<nope")
    with pytest.raises(ImportErrors, match="not a readable Excel workbook"):
        read_xlsx(broken, COLUMNS)
    with pytest.raises(ImportErrors, match="File not found"):
        read_xlsx(tmp_path / "missing.xlsx", COLUMNS)


def test_empty_sheet_header_only_and_missing_columns(tmp_path):
    with pytest.raises(ImportErrors, match="empty"):
        read_xlsx(sheet_file(tmp_path / "e.xlsx", []), COLUMNS)
    with pytest.raises(ImportErrors, match="no data rows"):
        read_xlsx(sheet_file(tmp_path / "h.xlsx", [["Code", "Name"]]), COLUMNS)
    with pytest.raises(ImportErrors) as info:
        read_xlsx(sheet_file(tmp_path / "m.xlsx", [["Code", "Price"], ["A", 1]]), COLUMNS)
    assert info.value.message == "Required columns are missing: Name"
    assert problems_of(info) == [(1, "Name", "Required column missing from the header.")]
    with pytest.raises(ImportErrors, match="No header row found"):
        read_xlsx(sheet_file(tmp_path / "n.xlsx", [["foo", "bar"], [1, 2]]), COLUMNS)


def test_column_twice_in_header(tmp_path):
    with pytest.raises(ImportErrors) as info:
        read_xlsx(sheet_file(tmp_path / "t.xlsx", [["Code", "Name", "SKU"], ["A", "a", "B"]]), COLUMNS)
    assert problems_of(info) == [(1, "SKU", "The column appears twice in the header.")]


def test_max_rows_exceeded_refused(tmp_path):
    path = tmp_path / "big.xlsx"
    write_xlsx(path, COLUMNS[:2], ({"code": str(i), "name": "n"} for i in range(51)))
    assert len(read_xlsx(path, COLUMNS[:2], max_rows=51)) == 51
    with pytest.raises(ImportErrors, match="at most 50 rows"):
        read_xlsx(path, COLUMNS[:2], max_rows=50)


def test_max_rows_refused_at_once_from_declared_dimension(tmp_path):
    # a sheet declaring 1,000,001 rows (the <dimension> element) is refused before streaming it
    path = sheet_file(tmp_path / "d.xlsx", [["Code", "Name"], ["A", "a"]])
    patched = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = set_dimension(data, b"A1:B1000001")
                assert b"A1:B1000001" in data
            dst.writestr(item, data)
    with pytest.raises(ImportErrors) as info:
        read_xlsx(patched, COLUMNS[:2], max_rows=200_000)
    assert "1,000,000 rows" in info.value.message and "200,000" in info.value.message


def test_max_rows_counted_when_dimension_missing(tmp_path):
    # write-only workbooks carry no <dimension>: rows are counted while streaming
    stripped = tmp_path / "nodim.xlsx"
    write_xlsx(stripped, COLUMNS[:2], ({"code": str(i), "name": "n"} for i in range(12)))
    with pytest.raises(ImportErrors, match="more than 10 data rows"):
        read_xlsx(stripped, COLUMNS[:2], max_rows=10)


def test_wrong_dimension_does_not_hide_rows(tmp_path):
    path = sheet_file(tmp_path / "d.xlsx", [["Code", "Name"], ["A", "a"], ["B", "b"], ["C", "c"]])
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(lying, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = set_dimension(data, b"A1:B2")
            dst.writestr(item, data)
    assert [r.values["code"] for r in read_xlsx(lying, COLUMNS[:2])] == ["A", "B", "C"]


def test_problem_list_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(excel, "MAX_PROBLEMS", 5)
    path = sheet_file(tmp_path / "t.xlsx", [["Code", "Name"]] + [[str(i), None] for i in range(8)])
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS[:2])
    assert len(info.value.problems) == 6
    assert info.value.problems[-1] == (None, None, "… and 3 more problems not listed.")
    assert info.value.message == "8 problems found; nothing was imported."


# ------------------------------------------------------------------------ template and report


def test_template_has_header_examples_and_instructions(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(
        path,
        COLUMNS,
        examples=[{"code": "EX-1", "name": "Example", "price": Decimal("9.90"), "since": dt.date(2026, 1, 1)}],
    )
    wb = openpyxl.load_workbook(path)
    data, notes = wb.worksheets
    assert [c.value for c in data[1]][:3] == ["Code *", "Name *", "Sale price"]
    assert data["C2"].value == 9.9 and data["C2"].number_format == "#,##0.00"
    assert notes.title == "说明 Instructions"
    described = {row[0]: row for row in notes.iter_rows(min_row=2, values_only=True) if row[0]}
    assert described["Code"][1] == "Yes" and described["Sale price"][1] == "No"
    assert "2 decimals" in described["Sale price"][3]
    assert "SKU" in described["Code"][3]
    # the template itself imports (example rows are real rows)
    assert read_xlsx(path, COLUMNS)[0].values["code"] == "EX-1"


def test_template_in_chinese(tmp_path):
    i18n.set_language("zh_CN")
    path = tmp_path / "template.xlsx"
    write_template(path, COLUMNS[:3])
    notes = openpyxl.load_workbook(path).worksheets[1]
    header = [c.value for c in notes[1]]
    assert header == ["列", "必填", "类型", "填写说明"]


def test_error_report(tmp_path):
    path = tmp_path / "errors.xlsx"
    write_error_report(path, [(3, "Code", "Duplicate value A: also in row 2."), (None, None, "whole file")])
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows == [
        ("Row", "Column", "Problem"),
        (3, "Code", "Duplicate value A: also in row 2."),
        (None, None, "whole file"),
    ]


# ------------------------------------------------------------------ files written by other programs


def handmade(path, sheet_xml: str, shared: list[str] = (), *, date1904: bool = False):
    """A minimal xlsx the way Excel/WPS write it: shared strings (rich runs, phonetic), a custom
    date format (style 1), prefixed namespaces allowed in ``sheet_xml``."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}">'
            + ('<workbookPr date1904="1"/>' if date1904 else "")
            + '<sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
        z.writestr(
            "xl/styles.xml",
            f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d;@"/>'
            '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        )
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">' + "".join(shared) + "</sst>")
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def test_reads_excel_style_files(tmp_path):
    shared = [
        "<si><t>Code</t></si>",
        "<si><r><t>Na</t></r><r><rPr><b/></rPr><t>me</t></r></si>",  # rich text runs
        '<si><t>日期</t><rPh sb="0" eb="2"><t>ひづけ</t></rPh></si>',  # a phonetic run is not text
        '<si><t xml:space="preserve"> 茶 </t></si>',
    ]
    sheet = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:D3"/><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c>'
        '<x:c r="D1" t="inlineStr"><x:is><x:t>Sale price</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c t="n"><x:v>1001</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c><x:c s="1"><x:v>46351</x:v></x:c>'
        "<x:c><x:v>0.30000000000000004</x:v></x:c></x:row>"
        '<x:row r="3"><x:c r="A3" t="str"><x:v>B-2</x:v></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="C3" s="2"><x:v>46352.5</x:v></x:c>'
        '<x:c r="D3" t="e"><x:v>#N/A</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    path = handmade(tmp_path / "excel.xlsx", sheet, shared)
    cols = (
        XColumn("code", "Code"),
        XColumn("name", "Name"),
        XColumn("on", "Date", "date"),
        XColumn("price", "Sale price", "money"),
    )
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, cols)
    assert problems_of(info) == [(3, "Sale price", "Error value in the cell: #N/A")]
    sheet = sheet.replace('<x:c r="D3" t="e"><x:v>#N/A</x:v></x:c>', "")
    rows = read_xlsx(handmade(tmp_path / "excel2.xlsx", sheet, shared), cols)
    assert [r.values for r in rows] == [
        {"code": "1001", "name": "茶", "on": dt.date(2026, 11, 25), "price": Decimal("0.3")},
        {"code": "B-2", "name": "Yes", "on": dt.date(2026, 11, 26), "price": None},
    ]


def test_date1904_workbooks(tmp_path):
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>0</v></c></row></sheetData></worksheet>'
    )
    rows = read_xlsx(handmade(tmp_path / "mac.xlsx", sheet, date1904=True), (XColumn("on", "Date", "date"),))
    assert rows[0].values["on"] == dt.date(1904, 1, 1)


def test_huge_sheet_without_dimension_refused_early_by_estimate(tmp_path, monkeypatch):
    # no <dimension>: after 500 rows the size is estimated from the bytes read and the file refused
    path = tmp_path / "huge.xlsx"
    write_xlsx(path, COLUMNS[:2], ({"code": f"C{i:07d}", "name": "n" * 20} for i in range(30_000)))
    seen = []
    original = excel.convert

    def counting(column, value):
        seen.append(1)
        return original(column, value)

    monkeypatch.setattr(excel, "convert", counting)
    with pytest.raises(ImportErrors) as info:
        read_xlsx(path, COLUMNS[:2], max_rows=10_000)
    assert "about" in info.value.message and "10,000" in info.value.message
    assert len(seen) < 2 * 1000  # stopped after ~500 rows, not 10,000


_FULL = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"), places=2, allow_nan=False)
)
def test_typed_amounts_parse_exactly(value):
    money_col = XColumn("m", "M", "money")
    typed = f"{value:,.2f}"
    assert excel.convert(money_col, typed) == value
    assert excel.convert(money_col, typed.translate(_FULL)) == value
    assert excel.convert(money_col, "¥" + typed) == value


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_dates_typed_as_text(day):
    col = XColumn("d", "D", "date")
    for text in (
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%Y%m%d"),
        f"{day.year}.{day.month:02d}.{day.day:02d}",
        day.isoformat().translate(_FULL),
    ):
        assert excel.convert(col, text) == day, text
