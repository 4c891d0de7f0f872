"""Choosing the print template from the window: the print dialogs list the kind's templates
(automatic first — the customer's own, else the kind's default — the default marked), the one
chosen prints, and the preview prints the same document again with another; labels too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from erp_desktop.services import printing
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.masterdata import lookups
from erp_desktop.ui import printing as ui_printing
from tests.services.test_print_templates import page_sizes_mm
from tests.support import factories
from tests.support.pdfcheck import pdf_text


def _texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_document_dialog_and_the_preview_print_with_the_template_chosen(ui_ctx, qtbot, uow):
    with uow.write() as tx:
        warehouse, _bins = factories.warehouse(tx, "WT", bins=("T-01",))
        warehouse_id = warehouse.id
    count = stock_counts.create_count(uow, warehouse_id=warehouse_id, on=date(2026, 1, 5))
    a5 = replace(printing.builtin("stock_count"), paper="A5", margins_mm=(8.0, 8.0, 8.0, 8.0))
    printing.save_template(uow, a5.with_name("盘点A5"))

    dialog = ui_printing.PrintDocumentDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("stock_count"))
    assert _texts(dialog.template_combo) == ["Automatic: Standard", "Standard (default)", "盘点A5"]
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("盘点A5"))
    dialog.number_edit.setText(count.number)
    dialog.buttons.accepted.emit()
    preview = dialog.preview
    qtbot.addWidget(preview)
    assert page_sizes_mm(preview.pdf_path) == [(148.0, 210.0)] and count.number in pdf_text(preview.pdf_path)
    assert preview.template_combo.template_name() == "盘点A5"

    preview.template_combo.setCurrentIndex(preview.template_combo.findData("Standard"))
    preview.template_combo.activated.emit(preview.template_combo.currentIndex())  # chosen by the user
    assert page_sizes_mm(preview.pdf_path) == [(210.0, 297.0)] and count.number in pdf_text(preview.pdf_path)
    assert preview.page_count() == 1

    printing.set_default(uow, "stock_count", "盘点A5")  # the kind's default: automatic prints with it
    again = ui_printing.PrintDocumentDialog(ui_ctx)
    qtbot.addWidget(again)
    again.kind_combo.setCurrentIndex(again.kind_combo.findData("stock_count"))
    assert _texts(again.template_combo) == ["Automatic: 盘点A5", "Standard", "盘点A5 (default)"]
    assert again.template_combo.template_name() is None
    again.number_edit.setText(count.number)
    again.buttons.accepted.emit()
    qtbot.addWidget(again.preview)
    assert page_sizes_mm(again.preview.pdf_path) == [(148.0, 210.0)]
    assert again.preview.template_combo.template_name() is None  # automatic, as printed


def test_the_statement_dialog_lists_statement_templates(ui_ctx, qtbot, uow):
    with uow.write() as tx:
        factories.customer(tx, "C901", name="Template Customer")
    landscape = replace(printing.builtin("statement"), orientation="landscape")
    printing.save_template(uow, landscape.with_name("横向"))
    dialog = ui_printing.PrintStatementDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert _texts(dialog.template_combo) == [
        "Automatic: the customer's own, else Standard",
        "Standard (default)",
        "横向",
    ]
    dialog.customer_picker.set_party(lookups.search_parties(uow, "customer", "C901")[0])
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("横向"))
    dialog._on_buttons_accepted()
    qtbot.addWidget(dialog.preview)
    assert page_sizes_mm(dialog.preview.pdf_path)[0] == (297.0, 210.0)


def test_labels_print_through_a_template_or_the_dialogs_own_paper(ui_ctx, qtbot, uow):
    with uow.write() as tx:
        factories.product(tx, "L101", name="Template cup", price="12.5", barcode="6901234567892")
    roll = replace(printing.builtin("labels"), paper="custom", width_mm=60.0, height_mm=40.0, show_price=False)
    roll = replace(roll, label=replace(roll.label, cols=1, rows=1, width_mm=60.0, height_mm=40.0, top_mm=0.0))
    printing.save_template(uow, roll.with_name("60×40"))
    brief = lookups.find_product(uow, "L101")
    dialog = ui_printing.PrintLabelsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert _texts(dialog.template_combo) == [
        "None: the label paper and barcode chosen here",
        "Automatic: Standard",
        "Standard (default)",
        "60×40",
    ]
    assert dialog.template_combo.currentIndex() == 0 and dialog.layout_combo.isEnabled()
    dialog.add_product(brief, 2)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("60×40"))
    assert not dialog.layout_combo.isEnabled() and not dialog.price_check.isEnabled()
    dialog._on_buttons_accepted()
    preview = dialog.preview
    qtbot.addWidget(preview)
    assert page_sizes_mm(preview.pdf_path) == [(60.0, 40.0), (60.0, 40.0)]
    text = pdf_text(preview.pdf_path)
    assert text.count("6901234567892") == 2 and "12.50" not in text  # the template hides the price


def test_the_template_editor_previews_a_real_voucher(ui_ctx, qtbot, uow):
    from decimal import Decimal as D

    from erp_desktop.services import finance
    from erp_desktop.services.finance import ManualLine
    from erp_desktop.ui.settings.print_templates import PrintTemplatesPage

    posted = finance.post_voucher(
        uow,
        on=date(2026, 10, 31),
        lines=[ManualLine("5602", debit=D("88.00")), ManualLine("2241", credit=D("88.00"))],
        memo="快递费",
    )
    page = PrintTemplatesPage(ui_ctx)
    qtbot.addWidget(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("voucher"))
    assert page.number_combo.isEnabled() and page.number_combo.currentText() == posted.number
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("A5"))
    page.refresh_preview()
    assert page.preview_path is not None and page_sizes_mm(page.preview_path) == [(148.0, 210.0)]
    assert "快递费" in pdf_text(page.preview_path) and "记-0001" in pdf_text(page.preview_path)
