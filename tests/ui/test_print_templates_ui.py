"""Settings › Print templates: copy the built-in layout, edit paper, lines per page, copies and the
columns by keyboard, see the live preview of a real document change, save, make it the default,
use it for a customer, export and import it; the page fits a 1366 × 768 screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from erp_desktop.services import printing, sales
from erp_desktop.services.sales.common import LineInput
from erp_desktop.ui.settings import SettingsTab
from erp_desktop.ui.settings.print_templates import PrintTemplatesPage
from tests.services.test_print_templates import page_sizes_mm
from tests.support import factories
from tests.support.pdfcheck import pdf_text


@pytest.fixture
def quote_number(uow):
    with uow.write() as tx:
        cup = factories.product(tx, "A001", name="保温杯", price="35.5", unit="个")
        buyer = factories.customer(tx, "C001", name="宁波一号超市")
        ids = (cup.id, buyer.id)
    return sales.create_quote(
        uow,
        customer_id=ids[1],
        on=date(2026, 3, 10),
        lines=[LineInput(ids[0], D(str(n)), D("35.5"), D("0"), D("0.13")) for n in range(1, 13)],
    ).number


def _page(ui_ctx, qtbot) -> PrintTemplatesPage:
    page = PrintTemplatesPage(ui_ctx)
    qtbot.addWidget(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("sales_quote"))
    return page


def test_copy_edit_columns_by_keyboard_preview_and_save(ui_ctx, qtbot, uow, quote_number, tmp_path):
    page = _page(ui_ctx, qtbot)
    assert page.current_is_builtin() and not page.save_button.isEnabled()
    assert page.number_combo.currentText() == quote_number  # the latest quote, for the preview
    page.refresh_preview()
    assert page.preview_path is not None and page_sizes_mm(page.preview_path) == [(210.0, 297.0)]

    page.duplicate("三联报价")
    assert page.current_name() == "三联报价" and page.save_button.isEnabled()
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("241x93"))
    page.margin_spins[0].setValue(6)
    page.margin_spins[2].setValue(6)
    page.lines_spin.setValue(5)
    page.copies_edit.setText("存根联, 客户联")
    page.header_edit.setText("company_name, title, party, |, number, date")
    page.footer_edit.setText("signatures")
    # columns by keyboard: remove the spec column, move the unit up, add a note column at the end
    fields = [page._column_at(r).field for r in range(page.columns.rowCount())]
    page.columns.setFocus()
    page.columns.setCurrentCell(fields.index("spec"), 1)
    qtbot.keyClick(page.columns, Qt.Key.Key_Delete)
    page.columns.setCurrentCell(fields.index("unit") - 1, 1)
    qtbot.keyClick(page.columns, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    page.columns.setCurrentCell(page.columns.rowCount() - 1, 1)
    qtbot.keyClick(page.columns, Qt.Key.Key_Insert)
    edited = page.edited()
    assert [c.field for c in edited.columns] == [
        "index", "code", "unit", "name", "qty", "price", "discount", "amount", "note"
    ]  # fmt: skip
    page.refresh_preview()
    pdf = page.preview_path
    assert page_sizes_mm(pdf) == [(241.0, 93.1)] * 6  # 12 lines, 5 a page, 2 copies
    first = pdf_text(pdf, first=1, last=1)
    assert "存根联" in first and "Carried forward" in first and "Spec" not in first
    assert "客户联" in pdf_text(pdf, first=4, last=4)

    page.save()
    stored = printing.get_template(uow, "sales_quote", "三联报价")
    assert stored.paper == "241x93" and stored.lines_per_page == 5 and stored.copies == ("存根联", "客户联")
    page.make_default()
    assert [i.name for i in printing.list_templates(uow, "sales_quote") if i.is_default] == ["三联报价"]
    out = printing.print_document(uow, "sales_quote", quote_number, tmp_path / "q.pdf")
    assert set(page_sizes_mm(out)) == {(241.0, 93.1)}

    page.export_file(str(tmp_path / "t.json"))
    page.rename("旧三联")
    page.import_file(str(tmp_path / "t.json"))
    assert {i.name for i in printing.list_templates(uow, "sales_quote")} == {"Standard", "旧三联", "三联报价"}
    page.list.setCurrentRow(1)
    page.delete(confirmed=True)
    assert len(printing.list_templates(uow, "sales_quote")) == 2


def test_a_bad_value_is_shown_not_printed(ui_ctx, qtbot, quote_number):
    page = _page(ui_ctx, qtbot)
    page.duplicate("x")
    page.header_edit.setText("title, secret")
    page.refresh_preview()
    assert "secret" in page.preview_note.text()


def test_customer_gets_their_own_template(ui_ctx, qtbot, uow, quote_number):
    page = _page(ui_ctx, qtbot)
    page.duplicate("A5")
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("A5"))
    page.save()
    from sqlalchemy import select

    from erp_desktop.models.sales import SalesQuote

    with uow.read() as tx:
        customer_id = tx.scalar(select(SalesQuote.customer_id).where(SalesQuote.number == quote_number))
    page.use_for_customer(customer_id)
    assert printing.party_template(uow, customer_id, "sales_quote") == "A5"
    assert page_sizes_mm(printing.print_document(uow, "sales_quote", quote_number)) == [(148.0, 210.0)]


def test_settings_lists_the_page_and_it_fits_1366x768(ui_ctx, qtbot):
    tab = SettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    titles = [tab.pages_list.item(i).text() for i in range(tab.pages_list.count())]
    assert "Print templates" in titles
    page = PrintTemplatesPage(ui_ctx)
    qtbot.addWidget(page)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 220 and hint.height() <= 768 - 120


def test_the_counter_ticket_kind_edited_with_a_live_preview_on_a_real_ticket(ui_ctx, qtbot, uow):
    """The counter ticket (小票) in the editor: only roll papers, the ticket's own fields, a footer
    text; the preview is a real ticket on the chosen roll; saved and made the default, the counter
    prints with it."""
    from erp_desktop.services import counter
    from tests.support.counter import ON, make_counter_shop

    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(2))], payments=[counter.PaymentInput("cash", D(50))], on=ON
    )
    page = PrintTemplatesPage(ui_ctx)
    qtbot.addWidget(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("counter_ticket"))
    papers = [page.paper_combo.itemData(i) for i in range(page.paper_combo.count())]
    assert papers == ["roll80", "roll58", "custom"]
    assert page.note_edit.isVisibleTo(page) and not page.copies_edit.isVisibleTo(page)
    # the fields in words, not their codes
    assert "Shop name" in page.header_edit.toolTip() and "Payments and change" in page.footer_edit.toolTip()
    assert "shop_name" not in page.header_edit.toolTip() + page.header_edit.text()
    assert page.number_combo.currentText() == sold.number  # the latest ticket, for the preview
    page.refresh_preview()
    assert page_sizes_mm(page.preview_path)[0][0] == 80.0  # the built-in one: the settings' paper

    page.duplicate("窄小票")
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("roll58"))
    page.header_edit.setText("number, shop_name")
    page.footer_edit.setText("note, totals, barcode")
    page.note_edit.setPlainText("凭小票七天内退换")
    fields = [page._column_at(r).field for r in range(page.columns.rowCount())]
    assert fields == ["name", "qty", "price", "discount", "amount"]
    page.columns.setFocus()
    page.columns.setCurrentCell(fields.index("price"), 1)
    qtbot.keyClick(page.columns, Qt.Key.Key_Delete)
    page.refresh_preview()
    pdf = page.preview_path
    assert page_sizes_mm(pdf)[0][0] == 58.0
    text = pdf_text(pdf)
    assert text.index(sold.number) < text.index("小店") < text.index("矿泉水") < text.index("凭小票七天内退换")
    assert text.index("凭小票七天内退换") < text.index("Subtotal") and "Price" not in text

    page.header_edit.setText("number, party")  # a document's field, not a ticket's
    page.refresh_preview()
    assert "Unknown field party" in page.preview_note.text()
    page.header_edit.setText("number, shop_name")
    page.save()
    page.make_default()
    stored = printing.get_template(uow, "counter_ticket", "窄小票")
    assert stored.paper == "roll58" and stored.note == "凭小票七天内退换" and stored.header == ("number", "shop_name")
    lines = counter.ticket_lines(uow, sold.number)  # the counter's own print: now with this template
    assert lines[0] == f"No. {sold.number}" and any("凭小票七天内退换" in line for line in lines)


def test_a_member_gets_their_own_counter_ticket_format(ui_ctx, qtbot, uow):
    """The counter ticket's "Use for member…" lists the counter's members (typing filters, ↓ and
    Enter pick one): that member's tickets print with the chosen template, others with the default."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from erp_desktop.services import counter
    from erp_desktop.ui.printing import PARTY_KINDS, TemplateCombo
    from tests.support.counter import ON, make_counter_shop

    shop = make_counter_shop(uow)
    wang = counter.create_member(uow, name="王芳", phone="13800138000")
    li = counter.create_member(uow, name="李雷", phone="13900139000")
    zhao = counter.create_member(uow, name="赵敏", phone="13900139111")
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    page = PrintTemplatesPage(ui_ctx)
    qtbot.addWidget(page)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("transfer"))
    assert not page.customer_button.isEnabled()  # a transfer note has nobody's own format
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("purchase_order"))
    assert page.customer_button.text() == "Use for supplier…" and page.customer_button.isEnabled()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("counter_ticket"))
    assert page.customer_button.text() == "Use for member…" and page.customer_button.isEnabled()
    assert "counter_ticket" in PARTY_KINDS
    page.duplicate("会员小票")
    page.note_edit.setPlainText("会员专享")
    page.save()

    seen: list[list[str]] = []

    def drive():
        dialog = QApplication.activeModalWidget()
        lists = [w for w in dialog.findChildren(type(page.list)) if w.isVisible()]
        seen.append([lists[0].item(r).text() for r in range(lists[0].count())])
        from PySide6.QtWidgets import QLineEdit

        focused = QApplication.focusWidget() or dialog.findChild(QLineEdit)  # the filter box has the focus
        assert isinstance(focused, QLineEdit)
        qtbot.keyClicks(focused, "139")  # 李雷 and 赵敏
        qtbot.keyClick(focused, Qt.Key.Key_Down)  # the second of them
        qtbot.keyClick(focused, Qt.Key.Key_Return)

    QTimer.singleShot(50, drive)
    page.customer_button.click()
    assert seen and seen[0] == [
        "王芳 · 13800138000 · 13800138000",
        "李雷 · 13900139000 · 13900139000",
        "赵敏 · 13900139111 · 13900139111",
    ]
    assert printing.party_template(uow, zhao.customer_id, "counter_ticket") == "会员小票"
    assert printing.party_template(uow, li.customer_id, "counter_ticket") is None

    def sold(member):
        return counter.sell(
            uow,
            lines=[counter.LineInput(shop.a, D(1))],
            payments=[counter.PaymentInput("cash", D(50))],
            member_id=member.id,
            on=ON,
        ).number

    assert any("会员专享" in line for line in counter.ticket_lines(uow, sold(zhao)))
    assert not any("会员专享" in line for line in counter.ticket_lines(uow, sold(wang)))
    combo = TemplateCombo(ui_ctx, "counter_ticket")
    qtbot.addWidget(combo)
    assert combo.itemText(0).startswith("Automatic: the member's own")


def test_the_header_and_footer_fields_show_in_words_and_read_back(ui_ctx, qtbot, uow, quote_number):
    page = _page(ui_ctx, qtbot)
    builtin = printing.builtin("sales_quote")
    assert page.header_edit.text() == (
        "Letterhead and number，Title，Customer / supplier，Customer / supplier details，Right column，"
        "Document No.，Date，Document details"
    )
    assert "party_details" not in page.header_edit.text() + page.header_edit.placeholderText()
    assert "Signature boxes" in page.footer_edit.placeholderText()
    assert tuple(page.edited().header) == builtin.header and tuple(page.edited().footer) == builtin.footer
    page.duplicate("按字段")
    # typed in words (either comma, any case) or as codes: the same fields
    page.header_edit.setText("company name, Title，|, number")
    page.footer_edit.setText("Signature boxes, notes")
    edited = page.edited()
    assert edited.header == ("company_name", "title", "|", "number") and edited.footer == ("signatures", "notes")


def test_switching_to_a_kind_with_no_document_clears_the_preview(ui_ctx, qtbot, uow, quote_number):
    page = _page(ui_ctx, qtbot)
    page.refresh_preview()
    assert page.preview_path is not None and page.document.pageCount() == 1  # the quote
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("purchase_order"))  # none in this shop
    assert page.preview_path is None and page.document.pageCount() == 0
    assert page.preview_note.text() == "Pick a document to preview."
