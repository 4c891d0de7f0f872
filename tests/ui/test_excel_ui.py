"""Export action on a list page and the import dialog (pytest-qt; tasks run synchronously)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from erp_desktop.errors import ValidationError
from erp_desktop.services.excel import XColumn, read_xlsx
from erp_desktop.services.paging import ListQuery, Page
from erp_desktop.ui.table_models import Column
from erp_desktop.ui.widgets import export as export_module
from erp_desktop.ui.widgets.export import FileDialogs, add_export_action, export_rows, xcolumns_from
from erp_desktop.ui.widgets.import_dialog import ImportDialog
from erp_desktop.ui.widgets.list_page import ListPage


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    price: Decimal
    stock: Decimal
    tax: Decimal


ROWS = [Row(f"P{i:04d}", f"产品{i}", Decimal(i) / 100, Decimal("1.5"), Decimal("0.13")) for i in range(1, 451)]
COLUMNS = [
    Column("code", "Code", width=90),
    Column("name", "Name"),
    Column("price", "Price", "money"),
    Column("stock", "Stock", "qty"),
    Column("tax", "Tax", "percent"),
]


def fetch(query: ListQuery) -> Page:
    rows = [r for r in ROWS if query.search.lower() in r.code.lower()] if query.search else list(ROWS)
    start = 0
    if query.after is not None:
        start = next(i for i, r in enumerate(rows) if r.code == query.after[1]) + 1
    chunk = rows[start : start + query.limit]
    more = start + query.limit < len(rows)
    return Page(chunk, (chunk[-1].code, chunk[-1].code) if more and chunk else None)


def test_xcolumns_from_list_columns_keep_kinds():
    assert [(c.key, c.kind) for c in xcolumns_from(COLUMNS)] == [
        ("code", "text"),
        ("name", "text"),
        ("price", "money"),
        ("stock", "qty"),
        ("tax", "rate"),
    ]


def test_export_action_exports_all_pages_of_what_the_list_shows(ui_ctx, qtbot, tmp_path):
    page = ListPage(COLUMNS, fetch)
    qtbot.addWidget(page)
    page.reload()
    assert len(page.model.rows) == 200  # only the first page is loaded
    target = tmp_path / "products.xlsx"
    action = add_export_action(page, ui_ctx, "Products", dialogs=FileDialogs([target]))
    assert action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    task = page.last_export
    assert task.count == 450 and task.error is None
    assert "450 rows written to" in task.message_box.text()
    ws = openpyxl.load_workbook(target).active
    assert ws.title == "Products"
    assert [c.value for c in ws[1]] == ["Code", "Name", "Price", "Stock", "Tax"]
    assert ws["C3"].value == 0.02 and ws["C3"].number_format == "#,##0.00"
    assert ws["E3"].number_format == "0.00%"
    assert ws.max_row == 452  # header + 450 rows + totals
    total = [c.value for c in ws[452]]
    assert total[0] == "Total" and Decimal(repr(total[2])) == sum(r.price for r in ROWS)
    assert Decimal(repr(total[3])) == Decimal("675.0")
    task.message_box.close()


def test_export_respects_the_search(ui_ctx, qtbot, tmp_path):
    page = ListPage(COLUMNS, fetch)
    qtbot.addWidget(page)
    page.search_edit.setText("P000")
    target = tmp_path / "few.xlsx"
    add_export_action(page, ui_ctx, "Products", dialogs=FileDialogs([target])).trigger()
    rows = read_xlsx(target, xcolumns_from(COLUMNS))
    assert [r.values["code"] for r in rows] == [f"P000{i}" for i in range(1, 10)]


def test_export_no_file_chosen_does_nothing(ui_ctx, qtbot):
    assert (
        export_rows(
            None,
            ui_ctx,
            title="T",
            columns=COLUMNS,
            fetch_all=lambda: ROWS,
            default_name="t",
            dialogs=FileDialogs([None]),
        )
        is None
    )


def test_export_cancel_leaves_no_file(ui_ctx, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "big.xlsx"

    def rows():
        for i in range(3000):
            if i == 1500:
                task.progress.canceled.emit()  # the user presses Cancel mid-way
            yield {"code": str(i)}

    task = None

    def fetch_all():
        return rows()

    # the progress dialog exists before the work starts; grab the task from on_finished
    original = export_module.QProgressDialog

    class Spy(original):
        def __init__(self, *args, **kwargs):
            nonlocal task
            super().__init__(*args, **kwargs)
            task = type("T", (), {"progress": self})()

    monkeypatch.setattr(export_module, "QProgressDialog", Spy)
    result = export_rows(
        None, ui_ctx, title="T", columns=[XColumn("code", "Code")], fetch_all=fetch_all, default_name="big", path=target
    )
    assert result.cancelled and result.count is None
    assert not target.exists() and not list(tmp_path.glob("big.xlsx*"))


def test_export_error_is_shown(ui_ctx, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(export_module, "show_error", lambda parent, exc: shown.append(exc))

    def broken():
        raise ValidationError("no rows for you")

    task = export_rows(
        None, ui_ctx, title="T", columns=COLUMNS, fetch_all=broken, default_name="t", path=tmp_path / "x.xlsx"
    )
    assert isinstance(task.error, ValidationError) and shown == [task.error]
    assert not (tmp_path / "x.xlsx").exists()


TEMPLATE = [XColumn("code", "Code", required=True), XColumn("qty", "Quantity", "qty", required=True)]


def importer(path: Path) -> int:
    rows = read_xlsx(path, TEMPLATE, unique=("code",))
    return len(rows)


def make_dialog(ui_ctx, qtbot, answers, run=importer):
    dialog = ImportDialog(
        ui_ctx,
        title="Import stock",
        template_columns=TEMPLATE,
        run_import=run,
        template_name="stock-template",
        examples=[{"code": "A-1", "qty": Decimal("2.5")}],
        dialogs=FileDialogs(answers),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_import_dialog_template_then_successful_import(ui_ctx, qtbot, tmp_path):
    template = tmp_path / "template.xlsx"
    dialog = make_dialog(ui_ctx, qtbot, [template, template])
    assert not dialog.import_button.isEnabled()
    dialog.template_button.click()
    assert template.exists() and "Template saved" in dialog.status_label.text()
    assert openpyxl.load_workbook(template).worksheets[0]["A1"].value == "Code *"
    dialog.choose_button.click()
    assert dialog.path_edit.text() == str(template)
    dialog.import_button.click()
    assert dialog.result == 1
    assert dialog.status_label.text() == "1 rows imported."
    assert not dialog.problem_view.isVisibleTo(dialog)


def test_import_dialog_lists_every_problem_and_saves_report(ui_ctx, qtbot, tmp_path):
    bad = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Quantity", "Code"])
    wb.active.append(["abc", "A"])
    wb.active.append([1, "A"])
    wb.active.append([2, None])
    wb.save(bad)
    report = tmp_path / "report.xlsx"
    dialog = make_dialog(ui_ctx, qtbot, [bad, report])
    dialog.show()
    dialog.choose_button.click()
    dialog.import_button.click()
    assert dialog.result is None
    assert dialog.problem_view.isVisible() and dialog.report_button.isVisible()
    model = dialog.problem_model
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert cells == [
        ["2", "Quantity", "Not a number: abc"],
        ["3", "Code", "Duplicate value A: also in row 2."],
        ["4", "Code", "Required value is empty."],
    ]
    assert "3 problems found; nothing was imported." in dialog.status_label.text()
    dialog.report_button.click()
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert (
        rows[0] == ("Row", "Column", "Problem") and rows[1] == (2, "Quantity", "Not a number: abc") and len(rows) == 4
    )


def test_import_dialog_user_error_and_not_xlsx(ui_ctx, qtbot, tmp_path):
    text = tmp_path / "list.csv"
    text.write_text("code,qty\nA,1\n")
    dialog = make_dialog(ui_ctx, qtbot, [])
    dialog.path_edit.setText(str(text))
    dialog.import_button.click()
    assert "text (CSV) file" in dialog.status_label.text()

    def refuse(path):
        raise ValidationError("Warehouse X does not exist.")

    dialog2 = make_dialog(ui_ctx, qtbot, [], run=refuse)
    dialog2.path_edit.setText(str(text))
    dialog2.import_button.click()
    assert dialog2.status_label.text() == "Warehouse X does not exist."
    assert not dialog2.report_button.isVisibleTo(dialog2)


def test_file_menu_opens_opening_stock_import_with_errors_listed(ui_ctx, qtbot, tmp_path):
    """The real importer through the window's menu, in Chinese; saves import_errors.png (to
    $ERP_SCREENSHOTS, e.g. screenshots/)."""
    from erp_desktop import i18n
    from erp_desktop.ui.shell.main_window import MainWindow
    from erp_desktop.ui.widgets import excel_import
    from tests.support import factories

    i18n.set_language("zh_CN")
    with ui_ctx.uow.write() as tx:
        factories.product(tx, "P-001", name="龙井茶")
        factories.product(tx, "P-002", name="普洱茶")
        factories.warehouse(tx, "WH1", bins=("A-01",))
    bad = tmp_path / "期初库存.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["商品编码", "仓库编码", "库位编码", "数量", "单位成本"])
    ws.append(["P-001", "WH1", "A-01", "12", "3.50"])
    ws.append(["P-002", "WH1", None, "1,2,3", "2"])
    ws.append(["P-009", "WH1", None, "5", "1"])
    ws.append(["P-002", "WH9", None, "5", "1.234567891"])
    ws.append(["P-001", "WH1", "B-07", "3", "3.50"])
    wb.save(bad)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    excel_import.install_menus(window, ui_ctx)
    assert set(window.excel_import_actions) == {
        "opening-stock",
        "opening-receivables",
        "opening-payables",
        "sales-orders",
        "purchase-orders",
    }
    dialog = excel_import.open_import(window, ui_ctx, "opening-stock", dialogs=FileDialogs([bad]))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "从 Excel 导入期初库存"
    dialog.choose_button.click()
    dialog.import_button.click()
    model = dialog.problem_model
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    # every problem in one pass: the two cells that do not read and the three lookups, in sheet order
    assert cells == [
        ["3", "数量", "不是数字：1,2,3"],
        ["4", "商品编码", "未知商品 P-009。"],
        ["5", "单位成本", "小数位数过多（最多 6 位）：1.234567891"],
        ["5", "仓库编码", "未知仓库 WH9。"],
        ["6", "库位编码", "仓库 WH1 没有库位 B-07。"],
    ]
    assert "发现 5 个问题；未导入任何数据。" in dialog.status_label.text()
    dialog.resize(860, 440)
    dialog.show()
    qtbot.waitExposed(dialog)
    # ERP_SCREENSHOTS=screenshots refreshes the README picture; otherwise the test leaves the tree alone
    out = Path(os.environ.get("ERP_SCREENSHOTS", str(tmp_path)))
    out.mkdir(exist_ok=True)
    assert dialog.grab().save(str(out / "import_errors.png"))
    # a correct file imports
    good = tmp_path / "good.xlsx"
    wb2 = openpyxl.Workbook()
    wb2.active.append(["商品编码", "仓库编码", "数量", "单位成本"])
    wb2.active.append(["P-001", "WH1", 12, 3.5])
    wb2.save(good)
    dialog.path_edit.setText(str(good))
    from PySide6.QtCore import QDate

    dialog.extra_widget.date_edit.setDate(QDate(2026, 1, 1))
    dialog.import_button.click()
    assert "已导入 1 行期初库存" in dialog.status_label.text() and not dialog.problem_view.isVisibleTo(dialog)
    from erp_desktop.services.inventory import documents as inventory
    from erp_desktop.services.paging import ListQuery as Q

    docs = inventory.list_stock_docs(ui_ctx.uow, Q()).rows
    assert [(d.reason, d.on, d.total_value) for d in docs] == [("opening", date(2026, 1, 1), Decimal("42.00"))]


def test_every_list_in_the_window_gets_export(ui_ctx, qtbot, tmp_path):
    from PySide6.QtWidgets import QTabWidget

    from erp_desktop.ui.shell.main_window import MainWindow
    from erp_desktop.ui.widgets import excel_import

    window = MainWindow(ui_ctx, modules=[])
    qtbot.addWidget(window)
    tabs = QTabWidget()
    plain = ListPage(COLUMNS, fetch)
    tabs.addTab(plain, "Prices")
    has_own = ListPage(COLUMNS, fetch)
    add_export_action(has_own, ui_ctx, "Own", dialogs=FileDialogs([]))
    tabs.addTab(has_own, "Own")
    window.tabs.addTab(tabs, "Catalog")
    assert excel_import.add_missing_export_actions(window, ui_ctx) == 1
    texts = [a.text() for a in plain.toolbar.actions()]
    assert texts.count("Export to Excel…") == 1
    assert [a.text() for a in has_own.toolbar.actions()].count("Export to Excel…") == 1
    monkey_target = tmp_path / "prices.xlsx"
    export_module.DIALOGS.answers = [monkey_target]
    try:
        plain.reload()
        next(a for a in plain.toolbar.actions() if a.text() == "Export to Excel…").trigger()
    finally:
        export_module.DIALOGS.answers = None
    assert openpyxl.load_workbook(monkey_target).active.title == "Prices"
    plain.last_export.message_box.close()


def test_import_dialog_shows_a_progress_window_while_it_imports(ui_ctx, qtbot, tmp_path):
    template = tmp_path / "template.xlsx"
    seen = []

    def slow(path):
        from PySide6.QtWidgets import QProgressDialog

        seen.extend(dialog.findChildren(QProgressDialog))
        return importer(path)

    dialog = make_dialog(ui_ctx, qtbot, [template, template], run=slow)
    dialog.template_button.click()
    dialog.choose_button.click()
    dialog.import_button.click()
    assert seen and "Importing template.xlsx" in seen[0].labelText()
    assert dialog.progress_dialog is None and dialog.result == 1  # closed when done
