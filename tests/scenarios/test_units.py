"""多单位 (issue 17): a shop buys by the 箱 and sells by the 瓶. Stock, cost and the ledger stay in
the base unit exactly; every line keeps the unit it was entered in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.purchasing import PurchaseOrderLine, PurchaseReceiptLine
from erp_desktop.models.sales import SalesDeliveryLine, SalesOrderLine
from erp_desktop.models.stock import ProductCost, StockBalance, StockMove
from erp_desktop.services import masterdata, purchasing, sales
from erp_desktop.services.printing import DocKind, print_document
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from erp_desktop.services.sales import DeliveryLineInput, LineInput
from tests.support import factories as f
from tests.support.pdfcheck import contains, pdf_text
from tests.support.sales import assert_books_tie_out

DAY = date(2026, 3, 2)


def _shop(uow):
    with uow.write() as tx:
        beer = f.product(tx, "BEER", name="啤酒", price="3", cost="2", unit="瓶", barcode="6900000000017")
        supplier = f.supplier(tx, "S1", name="青岛啤酒")
        _wh, (bin1,) = f.warehouse(tx, "W1")
        customer = f.customer(tx, "C1", name="张三超市")
        ids = beer.id, supplier.id, bin1.id, customer.id
    masterdata.save_unit(uow, ids[0], "箱", D(24), barcode="6900000000024", purchase_default=True)
    return ids


def _on_hand(uow, product):
    with uow.read() as tx:
        return tx.scalar(select(func.sum(StockBalance.qty)).where(StockBalance.product_id == product))


def _buy(uow, product, supplier, bin_id, qty, price, unit):
    order = purchasing.create_order(
        uow, supplier_id=supplier, on=DAY, lines=[OrderLineInput(product, D(qty), D(price), unit=unit)]
    )
    purchasing.confirm_order(uow, order.id)
    line = purchasing.get_order_detail(uow, order.id).lines[0].id
    return purchasing.receive_order(
        uow, order.id, on=DAY, location_id=bin_id, lines=[ReceiveLineInput(line, D(qty), unit=unit)]
    )


def _sell(uow, product, customer, qty, unit, price=None):
    order = sales.create_order(
        uow,
        customer_id=customer,
        on=DAY,
        lines=[LineInput(product, D(qty), None if price is None else D(price), unit=unit)],
    )
    sales.confirm_order(uow, order.id)
    view = sales.get_order_view(uow, order.id)
    return order, sales.deliver_order(
        uow, order.id, on=DAY, lines=[DeliveryLineInput(view.lines[0].id, D(qty), unit=unit)]
    )


def test_buy_ten_cases_sell_thirty_bottles_stock_valued_exactly(uow):
    beer, supplier, bin1, customer = _shop(uow)
    receipt = _buy(uow, beer, supplier, bin1, "10", "48.00", "箱")
    order, delivery = _sell(uow, beer, customer, "30", "瓶")

    assert _on_hand(uow, beer) == D(210)
    with uow.read() as tx:
        cost = tx.scalar(select(ProductCost).where(ProductCost.product_id == beer))
        assert (cost.avg_cost, cost.value) == (D("2.000000"), D("420.00"))
        # the receipt line keeps 10 箱 at 48.00 and 240 瓶 in the base unit; its move is 240 瓶 worth 480.00
        r = tx.scalar(select(PurchaseReceiptLine).where(PurchaseReceiptLine.receipt_id == receipt.id))
        assert (r.unit, r.unit_qty, r.unit_factor, r.qty, r.price, r.net) == (
            "箱",
            D(10),
            D(24),
            D(240),
            D(48),
            D("480.00"),
        )
        moves = {
            m.doc_number: (m.qty, m.value) for m in tx.scalars(select(StockMove).where(StockMove.product_id == beer))
        }
        assert moves[receipt.number] == (D(240), D("480.00"))
        assert moves[delivery.number] == (D(30), D("60.00"))
        d = tx.scalar(select(SalesDeliveryLine).where(SalesDeliveryLine.delivery_id == delivery.id))
        assert (d.qty, d.cost, d.unit_qty) == (D(30), D("60.00"), None)  # entered in the base unit
        cogs = tx.scalar(
            select(func.sum(JournalLine.debit))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalLine.account_code == "5401", JournalEntry.doc_number == delivery.number)
        )
        assert cogs == D("60.00")
    assert_books_tie_out(uow)


def test_a_sale_by_the_case_is_priced_per_case_and_moves_bottles(uow):
    beer, supplier, bin1, customer = _shop(uow)
    _buy(uow, beer, supplier, bin1, "240", "2", "")  # in the base unit
    order, delivery = _sell(uow, beer, customer, "2", "箱")  # no price given: 3.00/瓶 × 24 = 72.00/箱
    with uow.read() as tx:
        line = tx.scalar(select(SalesOrderLine).where(SalesOrderLine.order_id == order.id))
        assert (line.unit, line.unit_qty, line.qty, line.unit_price, line.net) == (
            "箱",
            D(2),
            D(48),
            D(72),
            D("144.00"),
        )
        d = tx.scalar(select(SalesDeliveryLine).where(SalesDeliveryLine.delivery_id == delivery.id))
        assert (d.unit, d.unit_qty, d.qty, d.net, d.cost) == ("箱", D(2), D(48), D("144.00"), D("96.00"))
    assert _on_hand(uow, beer) == D(192)
    assert_books_tie_out(uow)


def test_printouts_show_the_unit_the_line_was_entered_in(uow, tmp_path):
    beer, supplier, bin1, customer = _shop(uow)
    receipt = _buy(uow, beer, supplier, bin1, "10", "48.00", "箱")
    text = pdf_text(print_document(uow, DocKind.RECEIPT, receipt.id, tmp_path / "gr.pdf"))
    assert (
        contains(text, "24瓶/箱") and contains(text, "箱") and contains(text, "48.00") and contains(text, "480.00")
    ), text
    _order, delivery = _sell(uow, beer, customer, "2", "箱")
    text = pdf_text(print_document(uow, DocKind.DELIVERY, delivery.id, tmp_path / "dn.pdf"))
    assert (
        contains(text, "24瓶/箱") and contains(text, "箱") and contains(text, "72.00") and contains(text, "144.00")
    ), text


def test_partial_delivery_of_a_case_line_in_bottles(uow):
    beer, supplier, bin1, customer = _shop(uow)
    _buy(uow, beer, supplier, bin1, "5", "48", "箱")
    order = sales.create_order(uow, customer_id=customer, on=DAY, lines=[LineInput(beer, D(2), D(72), unit="箱")])
    sales.confirm_order(uow, order.id)
    line_id = sales.get_order_view(uow, order.id).lines[0].id
    first = sales.deliver_order(uow, order.id, on=DAY, lines=[DeliveryLineInput(line_id, D(5))])  # 5 瓶
    second = sales.deliver_order(uow, order.id, on=DAY)  # the rest: 43 瓶
    with uow.read() as tx:
        rows = {
            r.delivery_id: r
            for r in tx.scalars(
                select(SalesDeliveryLine).where(SalesDeliveryLine.delivery_id.in_([first.id, second.id]))
            )
        }
        assert (rows[first.id].qty, rows[first.id].net, rows[first.id].unit) == (D(5), D("15.00"), "")
        assert rows[first.id].unit_price == D(3)  # 72 per 箱 shown per 瓶
        assert (rows[second.id].qty, rows[second.id].net) == (D(43), D("129.00"))
    assert _on_hand(uow, beer) == D(120 - 48)
    assert_books_tie_out(uow)


def test_unit_price_list_price_wins_over_base_times_factor(uow):
    beer, supplier, bin1, customer = _shop(uow)
    _buy(uow, beer, supplier, bin1, "2", "48", "箱")
    listed = masterdata.save_price_list(uow, name="批发价")
    item = masterdata.save_price_item(uow, listed.id, beer, D("66"), unit="箱")
    assert item.unit == "箱"
    with pytest.raises(ValidationError, match="no unit 桶"):
        masterdata.save_price_item(uow, listed.id, beer, D("66"), unit="桶")
    order, _delivery = _sell(uow, beer, customer, "1", "箱")
    with uow.read() as tx:
        line = tx.scalar(select(SalesOrderLine).where(SalesOrderLine.order_id == order.id))
        assert (line.unit_price, line.net, line.qty) == (D(66), D("66.00"), D(24))
    assert_books_tie_out(uow)


def test_bad_units_are_refused_and_nothing_written(uow):
    beer, supplier, bin1, customer = _shop(uow)
    for bad in ("0", "-24"):
        with pytest.raises(ValidationError, match="greater than zero") as err:
            masterdata.save_unit(uow, beer, "包", D(bad))
        assert err.value.field == "factor"
    with pytest.raises(ValidationError, match="base unit"):
        masterdata.save_unit(uow, beer, "瓶", D(6))
    with pytest.raises(Duplicate, match="6900000000017"):
        masterdata.save_unit(uow, beer, "包", D(6), barcode="6900000000017")  # the product's own barcode
    assert [u.name for u in masterdata.list_units(uow, beer)] == ["瓶", "箱"]
    with pytest.raises(ValidationError, match="no unit 桶") as err:
        _sell(uow, beer, customer, "1", "桶")
    assert err.value.field == "unit"
    # a factor with decimals: 0.5 kg per 袋, 0.0005 袋 would be 0.00025 kg — more than 3 places, refused
    masterdata.save_unit(uow, beer, "半打", D("6"))
    masterdata.save_unit(uow, beer, "盒", D("0.5"))
    with pytest.raises(ValidationError, match="more than 3 decimals") as err:
        purchasing.create_order(
            uow, supplier_id=supplier, on=DAY, lines=[OrderLineInput(beer, D("0.001"), D(1), unit="盒")]
        )
    assert err.value.field == "qty"
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(PurchaseOrderLine)) == 0
    with pytest.raises(NotFound):
        masterdata.remove_unit(uow, beer, "桶")
    assert [u.name for u in masterdata.remove_unit(uow, beer, "盒")] == ["瓶", "半打", "箱"]


def test_scanning_a_case_barcode_finds_the_product_and_the_case(uow):
    beer, *_ = _shop(uow)
    hit = masterdata.find_product(uow, "6900000000024")
    assert (hit.id, hit.scanned_unit) == (beer, "箱")
    assert masterdata.find_product(uow, "6900000000017").scanned_unit == ""
    found = masterdata.search_products(uow, "6900000000024")
    assert (found[0].id, found[0].scanned_unit) == (beer, "箱")


def test_stock_in_units_reads_like_a_shop(uow):
    assert masterdata.in_units(D(77), "瓶", [("箱", D(24))]) == "3 箱 5 瓶"
    assert masterdata.in_units(D(72), "瓶", [("箱", D(24)), ("半打", D(6))]) == "3 箱"
    assert masterdata.in_units(D(11), "个", [("箱", D(24)), ("包", D(10))]) == "1 包 1 个"
    assert masterdata.in_units(D("2.5"), "瓶", []) == "2.5 瓶"
    assert masterdata.in_units(D(-30), "瓶", [("箱", D(24))]) == "-1 箱 6 瓶"
