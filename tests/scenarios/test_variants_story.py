"""Variants (颜色 / 尺码, issue 17), a clothing shop's story: define 颜色 × 尺码 on 服装, generate the
12 variants of a T恤, receive a purchase entered as a matrix, sell some; the stock matrix, the
roll-up to the template, the sales pivot by template and the books are exact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from erp_desktop.services import analysis, inventory, masterdata, purchasing, sales
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from erp_desktop.services.sales import DeliveryLineInput, LineInput
from tests.support import factories as f
from tests.support.sales import assert_books_tie_out
from tests.support.variants import clothing

ON = date(2026, 4, 10)
# what the buyer typed in the matrix: rows 红 / 蓝 / 黑, columns S / M / L / XL
BOUGHT = {
    (0, 0): "2", (0, 1): "4", (0, 2): "4", (0, 3): "2",
    (1, 0): "1", (1, 1): "3", (1, 2): "3", (1, 3): "1",
    (2, 0): "", (2, 1): "5", (2, 2): "5", (2, 3): "0",
}  # fmt: skip


def test_a_t_shirt_in_three_colours_and_four_sizes(uow):
    shop = clothing(uow)
    assert len(masterdata.get_template(uow, shop.template).variants) == 12
    with uow.write() as tx:
        supplier = f.supplier(tx, "S1", name="杭州服装厂").id
        customer = f.customer(tx, "C1", name="王女士").id
        _, (bin_,) = f.warehouse(tx, "W1")
        bin_id = bin_.id

    # the purchase order is entered as a matrix: one line per non-zero cell (10 of 12)
    grid = masterdata.variant_matrix(uow, shop.template)
    lines = masterdata.matrix_lines(grid, BOUGHT)
    assert len(lines) == 10 and sum(q for _, q in lines) == D(30)
    order = purchasing.create_order(
        uow, supplier_id=supplier, on=ON, lines=[OrderLineInput(p, q, D("25")) for p, q in lines]
    )
    purchasing.confirm_order(uow, order.id)
    detail = purchasing.get_order_detail(uow, order.id)
    purchasing.receive_order(
        uow, order.id, on=ON, location_id=bin_id, lines=[ReceiveLineInput(l.id, l.qty) for l in detail.lines]
    )

    # sell 红 M ×3, 蓝 L ×2, 黑 M ×5
    sold = {"TS01-R-M": D(3), "TS01-B-L": D(2), "TS01-K-M": D(5)}
    so = sales.create_order(
        uow, customer_id=customer, on=ON, lines=[LineInput(shop.product(uow, c), q, D("59")) for c, q in sold.items()]
    )
    sales.confirm_order(uow, so.id)
    view = sales.get_order_view(uow, so.id)
    sales.deliver_order(uow, so.id, on=ON, lines=[DeliveryLineInput(l.id, l.qty) for l in view.lines])

    matrix = inventory.stock_matrix(uow, shop.template)
    assert (matrix.row_title, matrix.column_title) == ("颜色", "尺码")
    assert matrix.rows == ("红", "蓝", "黑") and matrix.columns == ("S", "M", "L", "XL")
    assert matrix.qty == (
        (D(2), D(1), D(4), D(2)),
        (D(1), D(3), D(1), D(1)),
        (D(0), D(0), D(5), D(0)),
    )
    assert matrix.row_totals == (D(9), D(6), D(5))
    assert matrix.column_totals == (D(3), D(4), D(10), D(3))
    assert matrix.total == D(20)

    [row] = inventory.stock_by_template(uow)
    assert (row.code, row.variants, row.qty, row.value) == ("TS01", 12, D(20), D("500.00"))
    # the roll-up equals the variants' own on hand, one by one
    on_hand = {r.product_code: r.qty for r in inventory.on_hand_report(uow, group_by="warehouse")}
    assert sum(on_hand.values()) == D(20) and on_hand["TS01-R-L"] == D(4)

    by_template = analysis.run_pivot(uow, analysis.PivotSpec(rows=("template",), measure="qty"))
    assert by_template.row_labels == (("TS01 T恤",),)
    cell = by_template.row_totals[by_template.row_keys[0]]
    assert (cell.qty, cell.cost) == (D(10), D("250.00"))
    by_product = analysis.run_pivot(uow, analysis.PivotSpec(rows=("product",), measure="qty"))
    assert cell.revenue == by_product.total.revenue == D("590.00")
    assert_books_tie_out(uow)
