"""Printouts rendered from hand-made DTOs: key text found by pdftotext, pages not blank,
Chinese embedded, long tables split with page numbers "第 x 页 / 共 y 页"."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from erp_desktop import i18n
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr as L
from erp_desktop.money import chinese_capital
from erp_desktop.services.printing import (
    Ageing,
    DocKind,
    LabelItem,
    LabelSpec,
    PrintDoc,
    PrintLine,
    StatementDoc,
    StatementLine,
    fonts,
    render_document,
    render_labels,
    render_statement,
)
from erp_desktop.services.printing.labels import is_ean13, symbology_for
from erp_desktop.services.printing.layout import fmt_price, fmt_qty
from erp_desktop.services.system.company import CompanyInfo
from tests.support.pdfcheck import contains, fonts_of, ink_ratio, page_count, page_png, pdf_text

COMPANY = CompanyInfo(
    name="杭州小河贸易有限公司",
    name_en="Xiaohe Trading Co.",
    address="杭州市西湖区文三路 100 号",
    phone="0571-88886666",
    tax_id="91330106MA2B123456",
    bank_name="工商银行文三支行",
    bank_account="1202021109001234567",
    footer="谢谢惠顾",
)


@pytest.fixture
def chinese():
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def delivery(lines: int = 3) -> PrintDoc:
    rows = tuple(
        PrintLine(
            code=f"A{i:03d}",
            name=f"保温杯 {i} 号",
            spec="500ml",
            unit="个",
            qty=D("2"),
            price=D("35.5"),
            amount=D("71.00"),
            tax_rate=D("0.13"),
        )
        for i in range(1, lines + 1)
    )
    net = D("71.00") * lines
    tax = (net * D("0.13")).quantize(D("0.01"))
    return PrintDoc(
        kind=DocKind.DELIVERY,
        title=i18n.tr("Delivery note"),
        number="DN-2026-000007",
        date=date(2026, 11, 25),
        company=COMPANY,
        party_label=i18n.tr("Customer"),
        party_name="宁波一号超市 (C001)",
        party_details=((i18n.tr("Address"), "宁波市海曙区中山西路 8 号"),),
        lines=rows,
        totals=((i18n.tr("Amount before tax"), net), (i18n.tr("Tax"), tax), (i18n.tr("Total incl. tax"), net + tax)),
        grand_total=net + tax,
        signatures=(i18n.tr("Prepared by"), i18n.tr("Shipped by"), i18n.tr("Received by (customer)")),
        barcode_value="DN-2026-000007",
    )


def statement(lines: int) -> StatementDoc:
    balance = D("500.00")
    rows = []
    for i in range(lines):
        increase, decrease = (D("100.10"), D("0.00")) if i % 2 == 0 else (D("0.00"), D("60.00"))
        balance += increase - decrease
        rows.append(
            StatementLine(
                date(2026, 1, 1) + timedelta(days=i),
                f"DN-2026-{i:06d}",
                "出库单" if increase else "收款",
                increase,
                decrease,
                balance,
            )
        )
    return StatementDoc(
        "customer",
        "C001",
        "宁波一号超市",
        COMPANY,
        date(2026, 1, 1),
        date(2026, 3, 31),
        D("500.00"),
        tuple(rows),
        balance,
        Ageing(D("300.30"), D("200.00"), D("0.00"), balance - D("500.30")),
    )


def test_delivery_note_in_chinese_has_header_lines_totals_capital_and_page_number(tmp_path, chinese):
    pdf = render_document(delivery(3), tmp_path / "dn.pdf")
    text = pdf_text(pdf)
    for expected in (
        "杭州小河贸易有限公司",
        L("Delivery note"),
        "宁波一号超市 (C001)",
        "宁波市海曙区中山西路 8 号",
        "DN-2026-000007",
        "保温杯 1 号",
        "保温杯 3 号",
        "213.00",
        "27.69",
        "240.69",
        L("Total incl. tax"),
        L("Total (in words)"),
        "贰佰肆拾元陆角玖分",
        L("{role}:", role=L("Prepared by")),
        L("{role}:", role=L("Shipped by")),
        "第 1 页 / 共 1 页",
        "谢谢惠顾",
        L("Tax id: {tax_id}", tax_id="91330106MA2B123456"),
    ):
        assert contains(text, expected), expected
    assert chinese_capital(D("240.69")) == "贰佰肆拾元陆角玖分"
    assert "yes yes" in fonts_of(pdf) or not fonts.cjk_font().embedded  # the CJK font is embedded (subset)
    assert ink_ratio(page_png(pdf)) > 0.02


def test_amounts_are_right_aligned_in_their_column(tmp_path):
    pdf = render_document(delivery(2), tmp_path / "dn.pdf")
    layout = pdf_text(pdf, layout=True).splitlines()
    rows = [line for line in layout if "A001" in line or "A002" in line]
    assert len(rows) == 2
    # right-aligned: the amounts end at the same column
    assert rows[0].rstrip().endswith("71.00") and rows[1].rstrip().endswith("71.00")
    assert len(rows[0].rstrip()) == len(rows[1].rstrip())


def test_delivery_note_in_english_uses_english_labels_and_name(tmp_path):
    pdf = render_document(delivery(1), tmp_path / "dn.pdf")
    text = pdf_text(pdf)
    for expected in ("Delivery note", "Xiaohe Trading Co.", "Total incl. tax", "80.23", "Page 1 of 1", "Prepared by:"):
        assert contains(text, expected), expected


def test_long_statement_breaks_across_pages_repeating_the_header(tmp_path, chinese):
    doc = statement(60)
    pdf = render_statement(doc, tmp_path / "st.pdf")
    assert page_count(pdf) == 2
    first, second = pdf_text(pdf, first=1, last=1), pdf_text(pdf, first=2, last=2)
    assert contains(first, "第 1 页 / 共 2 页") and contains(second, "第 2 页 / 共 2 页")
    assert (
        contains(first, L("Customer statement")) and "宁波一号超市" in first and contains(first, L("Opening balance"))
    )
    for header in (L("Date"), L("Document"), L("Description"), L("Amount due"), L("Amount received"), L("Balance")):
        assert contains(second, header), header  # the table header is repeated on page 2
    # 30 × 100.10 − 30 × 60.00 on top of 500.00
    assert doc.closing == D("1703.00")
    assert "1,703.00" in second and "壹仟柒佰零叁元整" in second
    assert (
        contains(second, L("Total for the period / closing balance")) and "3,003.00" in second and "1,800.00" in second
    )
    assert contains(second, L("Over 90 days")) and "1,202.70" in second
    assert "DN-2026-000059" in second and "DN-2026-000000" in first
    assert ink_ratio(page_png(pdf, 2)) > 0.02


def test_statement_with_no_lines_still_prints_opening_and_closing(tmp_path):
    doc = StatementDoc(
        "supplier", "S01", "Acme Supplies", COMPANY, date(2026, 1, 1), date(2026, 1, 31), D("-20.00"), (), D("-20.00")
    )
    text = pdf_text(render_statement(doc, tmp_path / "st.pdf"))
    assert "Supplier statement" in text and "Acme Supplies (S01)" in text and "Amount payable" in text
    assert text.count("-20.00") >= 3 and "负贰拾元整" in text


def test_transfer_note_shows_both_bins_and_total_quantity(tmp_path, chinese):
    doc = PrintDoc(
        kind=DocKind.TRANSFER,
        title=i18n.tr("Transfer note"),
        number="TR-2026-000001",
        date=date(2026, 5, 1),
        company=COMPANY,
        lines=(
            PrintLine(code="A001", name="保温杯", unit="个", qty=D("5"), location="W1/A-01", location_to="W2/B-02"),
            PrintLine(code="A002", name="茶叶", unit="盒", qty=D("2.5"), location="W1/A-02", location_to="W2/B-02"),
        ),
        signatures=(i18n.tr("Issued by"), i18n.tr("Received by")),
    )
    text = pdf_text(render_document(doc, tmp_path / "tr.pdf"))
    for expected in (
        L("Transfer note"),
        L("From bin"),
        L("To bin"),
        "W1/A-01",
        "W2/B-02",
        "2.5",
        "7.5",
        L("{role}:", role=L("Issued by")),
    ):
        assert contains(text, expected), expected


def test_count_sheet_lists_bins_in_the_given_order_with_a_blank_count_column(tmp_path, chinese):
    lines = tuple(
        PrintLine(code=f"P{i}", name=f"商品{i}", unit="个", location=bin_code, barcode=f"690123456789{i}")
        for i, bin_code in enumerate(("A-01", "A-02", "B-01"), 1)
    )
    doc = PrintDoc(
        kind=DocKind.STOCK_COUNT,
        title=i18n.tr("Stock count sheet"),
        number="SC-2026-000001",
        date=date(2026, 5, 1),
        company=COMPANY,
        party_label=i18n.tr("Warehouse"),
        party_name="W1 主仓库",
        lines=lines,
        signatures=(i18n.tr("Counted by"), i18n.tr("Checked by")),
    )
    pdf = render_document(doc, tmp_path / "count.pdf")
    text = pdf_text(pdf)
    assert contains(text, L("Stock count sheet")) and contains(text, L("Counted")) and contains(text, L("Barcode"))
    assert text.index("A-01") < text.index("A-02") < text.index("B-01")
    assert "6901234567891" in text and "6901234567893" in text  # the digits under each barcode
    assert ink_ratio(page_png(pdf)) > 0.02


def test_money_receipt_prints_the_amount_in_capitals(tmp_path, chinese):
    doc = PrintDoc(
        kind=DocKind.MONEY_RECEIPT,
        title=i18n.tr("Money receipt"),
        number="RC-2026-000003",
        date=date(2026, 6, 1),
        company=COMPANY,
        party_label=i18n.tr("Customer"),
        party_name="宁波一号超市 (C001)",
        lines=(PrintLine(code="DN-2026-000007", name="2026-05-01", amount=D("10000.00")),),
        totals=((i18n.tr("Amount"), D("10005.30")),),
        grand_total=D("10005.30"),
        notes="货款",
        signatures=(i18n.tr("Cashier"), i18n.tr("Handled by")),
    )
    text = pdf_text(render_document(doc, tmp_path / "rc.pdf"))
    for expected in (
        L("Money receipt"),
        L("Received from"),
        "宁波一号超市 (C001)",
        "壹万零伍元叁角整",
        "¥ 10,005.30",
        "DN-2026-000007",
        L("{role}:", role=L("Cashier")),
    ):
        assert contains(text, expected), expected


def test_many_lines_repeat_the_table_header_and_put_totals_at_the_end(tmp_path):
    pdf = render_document(delivery(80), tmp_path / "dn.pdf")
    pages = page_count(pdf)
    assert pages >= 2
    last = pdf_text(pdf, first=pages, last=pages)
    assert "Unit price" in last and f"Page {pages} of {pages}" in last and "Total incl. tax" in last
    assert "6,418.40" in last  # 80 × 71.00 × 1.13


# --- labels -----------------------------------------------------------------------------------
def test_ean13_check_digit():
    assert is_ean13("6901234567892")
    assert not is_ean13("6901234567891")
    assert not is_ean13("690123456789")
    assert symbology_for(LabelItem("A1", "x", barcode="6901234567892"), "auto") == ("EAN13", "6901234567892")
    assert symbology_for(LabelItem("A1", "x", barcode="ABC-1"), "auto") == ("Code128", "ABC-1")
    assert symbology_for(LabelItem("A1", "x"), "qr") == ("QR", "A1")
    with pytest.raises(ValidationError):
        symbology_for(LabelItem("A1", "x", barcode="ABC-1"), "ean13")


@pytest.mark.parametrize(
    "layout,count,pages", [("a4-3x8", 25, 2), ("a4-3x10", 30, 1), ("a4-4x10", 41, 2), ("roll-50x30", 3, 3)]
)
def test_labels_fill_sheets_of_each_layout(tmp_path, layout, count, pages):
    items = (LabelItem("A001", "保温杯", "500ml", "个", D("35.5"), "6901234567892", copies=count),)
    pdf = render_labels(LabelSpec(items, layout=layout), tmp_path / "labels.pdf")
    assert page_count(pdf) == pages
    text = pdf_text(pdf, first=1, last=1)
    assert "保温杯" in text and "¥35.50" in text and "6901234567892" in text
    assert ink_ratio(page_png(pdf)) > 0.01


def test_labels_copies_skip_and_qr(tmp_path):
    items = (LabelItem("A001", "Cup", price=D("3")), LabelItem("B002", "Tea", price=None, barcode="TEA-2"))
    pdf = render_labels(LabelSpec(items, layout="a4-3x8", copies=3, symbology="qr", skip=20), tmp_path / "l.pdf")
    # 20 used + 6 labels = 26 slots → two sheets
    assert page_count(pdf) == 2
    text = pdf_text(pdf)
    assert text.count("Cup") == 3 and text.count("Tea") == 3 and "TEA-2" in text


def test_labels_refuse_bad_requests(tmp_path):
    item = (LabelItem("A001", "Cup"),)
    with pytest.raises(ValidationError):
        render_labels(LabelSpec(item, layout="a5-1x1"), tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        render_labels(LabelSpec((), layout="a4-3x8"), tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        render_labels(LabelSpec(item, copies=0), tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        render_labels(LabelSpec(item, symbology="pdf417"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# --- fonts and formatting ---------------------------------------------------------------------
def test_without_a_system_cjk_font_the_builtin_cid_font_is_used(tmp_path, monkeypatch, chinese):
    monkeypatch.setattr(fonts, "find_font_file", lambda: None)
    fonts.reset_for_tests()
    try:
        assert fonts.cjk_font().name == "STSong-Light"
        pdf = render_document(delivery(1), tmp_path / "dn.pdf")
        assert "STSong-Light" in fonts_of(pdf)
        assert "宁波一号超市" in pdf_text(pdf)
    finally:
        monkeypatch.undo()
        fonts.reset_for_tests()
    assert fonts.cjk_font().embedded


def test_number_formats_are_exact():
    assert fmt_qty(D("10.000")) == "10" and fmt_qty(D("2.500")) == "2.5" and fmt_qty(D("1234.125")) == "1,234.125"
    assert (
        fmt_price(D("35.5")) == "35.50" and fmt_price(D("3.141600")) == "3.1416" and fmt_price(D("1234")) == "1,234.00"
    )
