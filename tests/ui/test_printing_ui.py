"""Printing from the window: the preview shows the PDF's pages, prints them (to a PDF printer
here) and saves a copy; the Print helpers and dialogs make the PDF and open the preview; the
Company settings page saves what the printouts show."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtPrintSupport import QPrinter

from erp_desktop.services.masterdata import lookups
from erp_desktop.services.printing import StatementDoc, StatementLine, render_statement
from erp_desktop.services.system import company
from erp_desktop.services.system.company import CompanyInfo
from erp_desktop.ui import printing as ui_printing
from erp_desktop.ui.settings.company import CompanyPage
from tests.support import factories
from tests.support.pdfcheck import contains, ink_ratio, page_count, page_png, pdf_text


def _statement_pdf(path, lines=60):
    rows, balance = [], D("0.00")
    for i in range(lines):
        balance += D("10.00")
        rows.append(StatementLine(date(2026, 1, 1), f"DN-{i:04d}", "sale", D("10.00"), D("0.00"), balance))
    doc = StatementDoc(
        "customer",
        "C1",
        "Preview Customer",
        CompanyInfo(name="Shop"),
        date(2026, 1, 1),
        date(2026, 1, 31),
        D("0.00"),
        tuple(rows),
        balance,
    )
    return render_statement(doc, path)


def test_preview_shows_pages_prints_them_and_saves_a_copy(ui_ctx, qtbot, tmp_path):
    pdf = _statement_pdf(tmp_path / "st.pdf")
    dialog = ui_printing.PrintPreviewDialog(ui_ctx, pdf)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 2 == page_count(pdf)
    assert "2" in dialog.pages_label.text()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == 2
    assert page_count(printed) == 2
    assert ink_ratio(page_png(printed, 1)) > 0.02  # the page image really reached the printer
    copy = dialog.save_to(tmp_path / "copy")
    assert copy.name == "copy.pdf" and copy.read_bytes() == pdf.read_bytes()


def test_print_document_helper_opens_a_preview_or_shows_the_error(ui_ctx, qtbot, uow, monkeypatch):
    warnings = []
    shown = []
    monkeypatch.setattr("erp_desktop.ui.errors.QMessageBox.warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(ui_printing, "show_preview", lambda parent, ctx, path: shown.append(path))
    ui_printing.print_document(None, ui_ctx, "delivery", "DN-2026-999999")
    assert warnings and "DN-2026-999999" in warnings[0]
    assert shown == []
    from erp_desktop.services.inventory import counts as stock_counts

    with uow.write() as tx:
        warehouse, _bins = factories.warehouse(tx, "WQ", bins=("Z-01",))
        warehouse_id = warehouse.id
    count = stock_counts.create_count(uow, warehouse_id=warehouse_id, on=date(2026, 1, 5))
    ui_printing.print_document(None, ui_ctx, "stock_count", count.id)
    assert len(shown) == 1 and contains(pdf_text(shown[0]), count.number)


def test_labels_dialog_adds_products_and_previews_labels(ui_ctx, qtbot, uow):
    with uow.write() as tx:
        factories.product(tx, "L001", name="Label cup", price="12.5", barcode="6901234567892")
    brief = lookups.find_product(uow, "L001")
    dialog = ui_printing.PrintLabelsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.copies_spin.setValue(2)
    dialog.add_product(brief)
    dialog.add_product(brief)  # the same product again adds copies to its row
    assert dialog.chosen() == [(str(brief.id), 4)]
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("roll-50x30"))
    dialog._on_buttons_accepted()
    preview = dialog.preview
    qtbot.addWidget(preview)
    assert preview.page_count() == 4  # one label per page on a roll
    assert pdf_text(preview.pdf_path).count("6901234567892") == 4
    assert ui_ctx.settings.value("labels/layout") == "roll-50x30"


def test_statement_dialog_needs_a_party_then_previews(ui_ctx, qtbot, uow, monkeypatch):
    infos = []
    monkeypatch.setattr("erp_desktop.ui.printing.QMessageBox.information", lambda *args: infos.append(args[2]))
    with uow.write() as tx:
        factories.customer(tx, "C900", name="Dialog Customer")
    dialog = ui_printing.PrintStatementDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert infos == ["Choose the customer or supplier first."]
    dialog.customer_picker.set_party(lookups.search_parties(uow, "customer", "C900")[0])
    dialog._on_buttons_accepted()
    qtbot.addWidget(dialog.preview)
    text = pdf_text(dialog.preview.pdf_path)
    assert contains(text, "Dialog Customer (C900)") and contains(text, "Customer statement")


def test_company_page_saves_what_printouts_show(ui_ctx, qtbot, uow, monkeypatch):
    warnings = []
    monkeypatch.setattr("erp_desktop.ui.errors.QMessageBox.warning", lambda *args: warnings.append(args[2]))
    page = CompanyPage(ui_ctx)
    qtbot.addWidget(page)
    page.save_button.click()
    assert warnings == ["Enter the company name."]
    page.edits["name"].setText("杭州小河贸易有限公司")
    page.edits["phone"].setText("0571-1234")
    page.footer_edit.setPlainText("谢谢惠顾")
    page.save_button.click()
    assert company.get_company(uow) == CompanyInfo(name="杭州小河贸易有限公司", phone="0571-1234", footer="谢谢惠顾")
    assert page.status_label.text() == "Saved."
    again = CompanyPage(ui_ctx)
    qtbot.addWidget(again)
    assert again.edits["name"].text() == "杭州小河贸易有限公司" and again.footer_edit.toPlainText() == "谢谢惠顾"


def test_menus_offer_printing(ui_ctx, qtbot):
    from erp_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx, modules=[])
    qtbot.addWidget(window)
    ui_printing.install_menus(window, ui_ctx)
    texts = [a.text() for a in window.menu("documents").actions()]
    assert "Print a document…" in texts and "Print product labels…" in texts
    assert [a.text() for a in window.menu("reports").actions()][-2:] == ["Customer statement…", "Supplier statement…"]
    assert window.print_actions["document"].shortcut().toString() == "Ctrl+Shift+P"


@pytest.mark.parametrize("kind", [k for k, _ in ui_printing.document_kinds()])
def test_every_listed_kind_can_be_built(kind):
    from erp_desktop.services.printing.sources import BUILDERS

    assert kind in BUILDERS


def test_helpers_for_other_tabs(ui_ctx, qtbot, uow, monkeypatch):
    with uow.write() as tx:
        cup = factories.product(tx, "H001", name="Helper cup", price="9")
        buyer = factories.customer(tx, "C777", name="Helper Customer")
        cup_id, buyer_id = cup.id, buyer.id
    dialog = ui_printing.print_labels(None, ui_ctx, [cup_id])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [(str(cup_id), 1)]
    shown = []
    monkeypatch.setattr(ui_printing, "show_preview", lambda parent, ctx, path: shown.append(path))
    ui_printing.print_statement(None, ui_ctx, "customer", buyer_id, date(2026, 1, 1), date(2026, 1, 31))
    assert len(shown) == 1
    opened = [ui_printing.PrintPreviewDialog(ui_ctx, shown[0])]
    qtbot.addWidget(opened[0])
    assert contains(pdf_text(opened[0].pdf_path), "Helper Customer (C777)")
