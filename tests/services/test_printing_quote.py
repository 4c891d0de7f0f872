"""A sales quote (报价单) prints for the customer: the customer block, number, date, "valid until",
salesperson, lines with their discount, totals excl./incl. tax, the total in 大写, notes and the
company footer — by id or number, from the service and from the command line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop import cli, i18n
from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr as L
from erp_desktop.models.parties import Address, Contact
from erp_desktop.models.sales import SalesQuote
from erp_desktop.money import chinese_capital
from erp_desktop.services import sales
from erp_desktop.services.printing import DocKind, print_document, sources
from erp_desktop.services.sales.common import LineInput
from erp_desktop.services.system import company
from erp_desktop.services.system.company import CompanyInfo
from tests.support import factories
from tests.support.pdfcheck import contains, ink_ratio, page_count, page_png, pdf_text

DAY = date(2026, 3, 10)
VALID = date(2026, 4, 9)


@pytest.fixture
def quote(uow):
    """Cup A001: 12 × 35.50 less 5 % = 404.70 net, 13 % tax 52.61; tea A002: 2 × 88.00 = 176.00 net,
    tax 22.88. Totals 580.70 + 75.49 = 656.19."""
    with uow.write() as tx:
        cup = factories.product(tx, "A001", name="不锈钢保温杯", price="35.5", spec="500ml", unit="个")
        tea = factories.product(tx, "A002", name="龙井茶", price="88", spec="250g", unit="盒")
        buyer = factories.customer(tx, "C001", name="宁波一号超市", phone="0574-8888")
        tx.add(Address(customer_id=buyer.id, label="送货", address="宁波市海曙区中山西路 8 号", is_default=True))
        tx.add(Contact(customer_id=buyer.id, name="王经理", phone="13800000000", is_primary=True))
        ids = dict(cup=cup.id, tea=tea.id, customer=buyer.id)
    company.save_company(
        uow,
        CompanyInfo(
            name="杭州小河贸易有限公司",
            address="杭州市文三路 100 号",
            phone="0571-88886666",
            footer="报价含税，欢迎垂询",
        ),
    )
    ref = sales.create_quote(
        uow,
        customer_id=ids["customer"],
        on=DAY,
        valid_until=VALID,
        salesperson="小李",
        notes="价格含运费，30 天内有效",
        lines=[
            LineInput(ids["cup"], D("12"), D("35.5"), D("0.05"), D("0.13")),
            LineInput(ids["tea"], D("2"), D("88"), D("0"), D("0.13")),
        ],
    )
    view = sales.get_quote_view(uow, ref.id)
    assert (view.net_total, view.tax_total, view.gross_total) == (D("580.70"), D("75.49"), D("656.19"))
    return ref


def test_quote_dto_has_customer_validity_salesperson_discounts_and_totals(uow, quote):
    doc = sources.build(uow, DocKind.SALES_QUOTE, quote.number)
    assert doc.kind == DocKind.SALES_QUOTE and DocKind.SALES_QUOTE in DocKind.PRICED
    assert doc.title == "Quotation" and doc.number == quote.number and doc.date == DAY
    assert doc.party_label == "Customer" and doc.party_name == "宁波一号超市 (C001)"
    assert ("Address", "宁波市海曙区中山西路 8 号") in doc.party_details
    assert doc.meta == (("Valid until", "2026-04-09"), ("Salesperson", "小李"))
    assert [(line.code, line.qty, line.price, line.discount, line.amount) for line in doc.lines] == [
        ("A001", D("12"), D("35.5"), D("0.05"), D("404.70")),
        ("A002", D("2"), D("88"), D("0"), D("176.00")),
    ]
    assert doc.totals == (("Amount before tax", D("580.70")), ("Tax", D("75.49")), ("Total incl. tax", D("656.19")))
    assert doc.grand_total == D("656.19") and doc.notes == "价格含运费，30 天内有效"
    assert doc.signatures == ("Prepared by", "Approved by", "Customer confirmation")
    # by id, the same printout
    assert sources.build(uow, DocKind.SALES_QUOTE, quote.id) == doc


def test_quote_pdf_in_chinese_shows_what_the_customer_needs(uow, quote, tmp_path):
    i18n.set_language("zh_CN")
    pdf = print_document(uow, DocKind.SALES_QUOTE, quote.number, tmp_path / "sq.pdf")
    text = pdf_text(pdf)
    assert L("Quotation") == "报价单" and L("Valid until") == "有效期至"
    for expected in (
        "杭州小河贸易有限公司",
        "报价单",
        quote.number,
        "2026-03-10",
        "宁波一号超市 (C001)",
        "宁波市海曙区中山西路 8 号",
        "王经理 13800000000",
        "有效期至 2026-04-09",
        "小李",
        "不锈钢保温杯",
        "500ml",
        "A001",
        "A002",
        "35.50",
        "5%",
        "404.70",
        "88.00",
        "176.00",
        "580.70",
        "75.49",
        "656.19",
        L("Amount before tax"),
        L("Total incl. tax"),
        L("Total (in words)"),
        "陆佰伍拾陆元壹角玖分",
        "¥ 656.19",
        L("Notes: {notes}", notes="价格含运费，30 天内有效"),
        L("{role}:", role=L("Customer confirmation")),
        "报价含税，欢迎垂询",
        "第 1 页 / 共 1 页",
    ):
        assert contains(text, expected), expected
    assert chinese_capital(D("656.19")) == "陆佰伍拾陆元壹角玖分"
    # the discounted line: qty, price, discount and amount on one row, the amount last
    row = next(line for line in text.splitlines() if "A001" in line)
    assert row.split()[-4:] == ["12", "35.50", "5%", "404.70"]
    tea = next(line for line in text.splitlines() if "A002" in line)
    assert tea.split()[-3:] == ["2", "88.00", "176.00"]  # no discount: the cell stays blank
    assert page_count(pdf) == 1 and ink_ratio(page_png(pdf)) > 0.02


def test_open_ended_quote_without_notes_or_discounts_prints_in_english(uow, quote, tmp_path):
    with uow.write() as tx:
        row = tx.get(SalesQuote, quote.id)
        row.valid_until, row.notes = None, ""
        for line in row.lines:
            line.discount = D("0")
    doc = sources.build(uow, DocKind.SALES_QUOTE, quote.id)
    assert doc.meta == (("Salesperson", "小李"),)  # nothing for the validity
    text = pdf_text(print_document(uow, DocKind.SALES_QUOTE, quote.id, tmp_path / "sq.pdf"))
    for expected in ("Quotation", quote.number, "Salesperson", "A001", "656.19", "Total (in words)", "Page 1 of 1"):
        assert contains(text, expected), expected
    assert "Valid until" not in text and "Notes:" not in text
    assert "Discount" not in text  # no line has a discount: no empty column


def test_unknown_quote_is_refused_clearly(uow, quote, tmp_path):
    with pytest.raises(NotFound, match="No sales quote SQ-2099-000001"):
        print_document(uow, DocKind.SALES_QUOTE, "SQ-2099-000001", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_print_sales_quote_command_line(uow, quote, db_path, tmp_path, capsys):
    out = tmp_path / "sq.pdf"
    assert (
        cli.main(["print", "sales-quote", quote.number, "--out", str(out), "--db", str(db_path), "--lang", "zh_CN"])
        == 0
    )
    text = pdf_text(out)
    for expected in (
        "报价单",
        quote.number,
        "宁波一号超市 (C001)",
        "有效期至",
        "2026-04-09",
        "A001",
        "404.70",
        "陆佰伍拾陆元壹角玖分",
    ):
        assert contains(text, expected), expected
    by_id = tmp_path / "by-id.pdf"
    assert (
        cli.main(["print", "sales-quote", str(quote.id), "--out", str(by_id), "--db", str(db_path), "--lang", "en"])
        == 0
    )
    assert contains(pdf_text(by_id), "Quotation") and contains(pdf_text(by_id), quote.number)
    capsys.readouterr()
    assert (
        cli.main(
            [
                "print",
                "sales-quote",
                "SQ-0000",
                "--out",
                str(tmp_path / "bad.pdf"),
                "--db",
                str(db_path),
                "--lang",
                "en",
            ]
        )
        == 1
    )
    assert "No sales quote SQ-0000." in capsys.readouterr().err
