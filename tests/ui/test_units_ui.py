"""多单位 in the order form, by keys: a line typed in 箱 (the unit cell takes a digit), its price per
箱, saved with the base quantity; scanning the 箱 barcode adds one 箱 to it."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from sqlalchemy import select

from erp_desktop.models.catalog import Product
from erp_desktop.models.sales import SalesOrderLine
from erp_desktop.services import masterdata, sales
from tests.support.sales import assert_books_tie_out, make_shop, on_hand
from tests.ui.test_forms_ui import _new_order, enter, focused, press, type_text


def test_a_line_entered_in_cases_by_keys(ui_ctx, qtbot):
    shop = make_shop(ui_ctx.uow, stock_a="240")
    with ui_ctx.uow.write() as tx:
        tx.get(Product, shop.a).unit = "件"
    masterdata.save_unit(ui_ctx.uow, shop.a, "箱", D(24), barcode="6900000000024")
    _tab, _tabs, form = _new_order(ui_ctx, qtbot)
    type_text(qtbot, "C001")
    enter(qtbot)
    type_text(qtbot, "A001")
    enter(qtbot)  # the product: the cursor goes to its quantity
    type_text(qtbot, "2")
    enter(qtbot)  # on to the unit: A001 has two
    grid = form.grid
    assert focused() is grid.cellWidget(0, grid.col("unit"))
    assert grid.unit(0) == "" and grid.cellWidget(0, grid.col("unit")).currentText() == "1 件"  # the base unit first
    press(qtbot, Qt.Key.Key_2)  # the second unit: 箱
    assert grid.unit(0) == "箱" and grid.cellWidget(0, grid.col("unit")).currentText() == "2 箱 ×24"
    assert grid.cellWidget(0, grid.col("price")).text() == "240.00"  # 10.00 a piece × 24
    assert grid.item(0, grid.col("net")).text() == "480.00"
    enter(qtbot, 4)  # 单位 → 单价 → 折扣 → 税率 → the next new line
    assert focused() is grid.picker

    type_text(qtbot, "6900000000024", delay=0)  # a scanner reads the 箱 barcode
    enter(qtbot)
    assert grid.line_count == 1 and grid.value(0, "qty") == D(3)  # one more 箱 on the 箱 line
    assert grid.item(0, grid.col("net")).text() == "720.00"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert form.view is not None and not form.has_unsaved_changes()
    with ui_ctx.uow.read() as tx:
        rows = [
            (l.unit, l.unit_qty, l.qty, l.unit_price, l.net)
            for l in tx.scalars(
                select(SalesOrderLine).where(SalesOrderLine.order_id == form.view.id).order_by(SalesOrderLine.seq)
            )
        ]
    assert rows == [("箱", D(3), D(72), D(240), D("720.00"))]
    # the saved form shows what was typed: 3 箱, not 72
    assert grid.value(0, "qty") == D(3) and grid.unit(0) == "箱"

    sales.confirm_order(ui_ctx.uow, form.view.id)
    sales.deliver_order(ui_ctx.uow, form.view.id, location_id=shop.bin1)
    assert on_hand(ui_ctx.uow, shop.a) == D(240 - 72)
    assert_books_tie_out(ui_ctx.uow)


def test_a_purchase_line_starts_in_the_default_purchase_unit(ui_ctx, qtbot):
    """The purchase order form: A001 is bought by the 箱 (its default purchase unit): the line
    opens in 箱 at the base price × 24; Ctrl+S saves 5 箱 = 120 in stock units."""
    from PySide6.QtWidgets import QApplication, QWidget

    from erp_desktop.services import purchasing
    from erp_desktop.ui.forms import document_tabs
    from erp_desktop.ui.purchasing import create_tab as purchasing_tab
    from tests.support import factories

    shop = make_shop(ui_ctx.uow, stock_a="0")
    with ui_ctx.uow.write() as tx:
        factories.supplier(tx, "S001", name="Supplier One")
    masterdata.save_unit(ui_ctx.uow, shop.a, "箱", D(24), purchase_default=True)
    tab = purchasing_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    page = next(w for w in tab.findChildren(QWidget) if hasattr(w, "open_order") and hasattr(w, "receive_current"))
    form = page.new_document()
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    form.supplier_picker.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.supplier_picker)
    type_text(qtbot, "S001")
    enter(qtbot)
    type_text(qtbot, "A001")
    enter(qtbot)
    type_text(qtbot, "5")
    enter(qtbot)  # on to the unit cell: 箱 already chosen
    grid = form.grid
    assert grid.unit(0) == "箱" and focused() is grid.cellWidget(0, grid.col("unit"))
    assert grid.cellWidget(0, grid.col("price")).text() == "144.00"  # cost 6.00 a piece × 24
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S from the unit cell
    detail = purchasing.get_order_detail(ui_ctx.uow, form.detail.id)
    line = detail.lines[0]
    assert (line.entered_unit, line.entered_qty, line.qty, line.price, line.net) == (
        "箱",
        D(5),
        D(120),
        D(144),
        D("720.00"),
    )


def test_the_counter_scans_a_case_barcode_as_a_case(ui_ctx, qtbot):
    """At the counter (收银台) the 箱 barcode rings up one 箱: 24 bottles at 11.30 × 24, shown as
    "1 箱"; the bottle barcode stays a bottle on its own line; the ticket prices both exactly."""
    from erp_desktop.services import counter
    from erp_desktop.ui.counter import C_QTY, CounterScreen
    from tests.support.counter import make_counter_shop

    shop = make_counter_shop(ui_ctx.uow)
    masterdata.save_unit(ui_ctx.uow, shop.a, "箱", D(24), barcode="6901234567999")
    counter.open_shift(ui_ctx.uow, float_amount=D("100"))
    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    scan = screen.scan_edit
    for code in ("6901234567999", "6901234567892", "6901234567999"):
        qtbot.keyClicks(scan, code)
        qtbot.keyClick(scan, Qt.Key.Key_Return)
    assert [(line.unit, line.qty) for line in screen.lines] == [("箱", D(2)), ("", D(1))]
    assert screen.lines_table.item(0, C_QTY).text() == "2 箱"
    assert screen.lines_table.item(1, C_QTY).text() == "1"
    quote = screen.quote
    assert [(p.qty, p.unit_price, p.gross) for p in quote.lines] == [
        (D(48), D("271.20"), D("542.40")),
        (D(1), D("11.30"), D("11.30")),
    ]
