"""Dialogs, split panes and list columns remember their layout per user (ui.widgets.remember):
a resized dialog opens at that size again, splitter sizes and a list's column widths and sort
survive recreating the page, and a window saved on a monitor that is gone comes back on screen."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QSplitter, QTableWidget, QVBoxLayout, QWidget

from erp_desktop.services import sales
from erp_desktop.ui.masterdata.parties import CustomersPage, SuppliersPage
from erp_desktop.ui.printing import PrintDocumentDialog
from erp_desktop.ui.sales.dialogs import DeliveryDialog
from erp_desktop.ui.widgets.remember import (
    ensure_on_screen,
    layout_key,
    remember_geometry,
    remember_header,
    remember_splitter,
)
from tests.support import factories
from tests.support.sales import make_shop


def _show(qtbot, widget, size=None):
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _on_screen(widget) -> bool:
    """The whole window (its client area) is on one screen."""
    return any(screen.availableGeometry().contains(widget.geometry()) for screen in QGuiApplication.screens())


def test_keys_are_per_class_and_module():
    class Dummy:
        pass

    assert layout_key(PrintDocumentDialog.__new__(PrintDocumentDialog)) == "printing.PrintDocumentDialog"
    # the sales and the purchasing ReturnDialog do not share one key
    from erp_desktop.ui.purchasing.receive_dialog import ReturnDialog as PurchaseReturn
    from erp_desktop.ui.sales.dialogs import ReturnDialog as SalesReturn

    assert layout_key(SalesReturn.__new__(SalesReturn), "x") == "sales.dialogs.ReturnDialog/x"
    assert layout_key(PurchaseReturn.__new__(PurchaseReturn), "x") == "purchasing.receive_dialog.ReturnDialog/x"
    assert layout_key(Dummy()).endswith("test_keys_are_per_class_and_module.Dummy")


def test_delivery_dialog_opens_at_the_size_it_was_closed_with(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = make_shop(uow)
    order = sales.create_order(
        uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("4"))], on=date(2026, 3, 10)
    )
    sales.confirm_order(uow, order.id)
    view = sales.get_order_view(uow, order.id)

    first = _show(qtbot, DeliveryDialog(ui_ctx, view))
    assert (first.width(), first.height()) == (980, 460)  # the default the first time (room for the lot column)
    first.resize(1111, 655)
    first.move(120, 80)
    first.reject()  # Cancel
    assert ui_ctx.settings.value("layout/sales.dialogs.DeliveryDialog/geometry") is not None

    second = DeliveryDialog(ui_ctx, view)
    assert (second.width(), second.height()) == (1111, 655)  # restored on creation, before showing
    _show(qtbot, second)
    assert (second.width(), second.height()) == (1111, 655)
    assert (second.x(), second.y()) == (120, 80)
    # the same in a fresh settings object on the same file (the next start of the program)
    ui_ctx.settings.sync()
    from PySide6.QtCore import QSettings

    reopened = QSettings(ui_ctx.settings.fileName(), QSettings.Format.IniFormat)
    third = DeliveryDialog(type(ui_ctx)(uow, runner=ui_ctx.runner, settings=reopened), view)
    qtbot.addWidget(third)
    assert (third.width(), third.height()) == (1111, 655)


def test_exchange_dialog_and_its_line_columns_are_remembered_despite_its_own_resize(ui_ctx, qtbot):
    from erp_desktop.ui.sales.dialogs import ExchangeDialog

    uow = ui_ctx.uow
    shop = make_shop(uow)
    order = sales.create_order(
        uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("4"))], on=date(2026, 3, 10)
    )
    sales.confirm_order(uow, order.id)
    delivery = sales.get_delivery_view(uow, sales.deliver_order(uow, order.id, on=date(2026, 3, 10)).id)

    first = _show(qtbot, ExchangeDialog(ui_ctx, delivery))
    assert (first.width(), first.height()) == (960, 600)  # ExchangeDialog resizes after ReturnDialog.__init__
    first.resize(1000, 700)
    first.lines_table.horizontalHeader().resizeSection(0, 321)
    first.out_table.horizontalHeader().resizeSection(1, 234)  # (the last one stretches)
    first.reject()

    second = _show(qtbot, ExchangeDialog(ui_ctx, delivery))
    assert (second.width(), second.height()) == (1000, 700)
    assert second.lines_table.horizontalHeader().sectionSize(0) == 321
    assert second.out_table.horizontalHeader().sectionSize(1) == 234
    # the plain return dialog has its own size and columns
    from erp_desktop.ui.sales.dialogs import ReturnDialog

    plain = _show(qtbot, ReturnDialog(ui_ctx, delivery))
    assert (plain.width(), plain.height()) == (960, 480)
    assert plain.lines_table.horizontalHeader().sectionSize(0) != 321


def test_a_dialog_closed_with_the_window_button_is_remembered_too_and_other_dialogs_keep_their_own(ui_ctx, qtbot):
    dialog = _show(qtbot, PrintDocumentDialog(ui_ctx))
    dialog.resize(700, 300)
    dialog.close()
    assert (PrintDocumentDialog(ui_ctx).width(), PrintDocumentDialog(ui_ctx).height()) == (700, 300)
    from erp_desktop.ui.printing import PrintStatementDialog

    other = PrintStatementDialog(ui_ctx)
    assert (other.width(), other.height()) == (520, 220)  # its own default, not the other dialog's size


def test_a_dialog_never_shown_does_not_overwrite_the_saved_size(ui_ctx, qtbot):
    dialog = _show(qtbot, PrintDocumentDialog(ui_ctx))
    dialog.resize(640, 320)
    dialog.accept()
    unseen = PrintDocumentDialog(ui_ctx)
    unseen.resize(300, 100)
    unseen.deleteLater()
    again = PrintDocumentDialog(ui_ctx)
    assert (again.width(), again.height()) == (640, 320)


def test_geometry_saved_on_a_monitor_that_is_gone_comes_back_on_screen(ui_ctx, qtbot):
    away = _show(qtbot, PrintDocumentDialog(ui_ctx))
    away.resize(600, 300)
    away.move(5200, 3100)  # where a second monitor used to be
    assert not _on_screen(away)
    away.close()
    saved = ui_ctx.settings.value("layout/printing.PrintDocumentDialog/geometry")
    assert isinstance(saved, QByteArray) and not saved.isEmpty()

    back = _show(qtbot, PrintDocumentDialog(ui_ctx))
    assert _on_screen(back)
    assert (back.width(), back.height()) == (600, 300)  # the size is kept


def test_ensure_on_screen_moves_and_shrinks_a_window_to_the_screen(qtbot):
    widget = _show(qtbot, QWidget())
    widget.resize(400, 200)
    widget.move(-3000, 40)
    assert ensure_on_screen(widget)
    assert _on_screen(widget)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    # centred on the screen
    assert abs(widget.frameGeometry().center().x() - screen.center().x()) <= 2
    assert abs(widget.frameGeometry().center().y() - screen.center().y()) <= 2

    widget.move(screen.right() - 50, 100)  # only 50 px of the title bar left: cannot grab it well
    assert ensure_on_screen(widget) and _on_screen(widget)

    big = _show(qtbot, QWidget())
    big.setGeometry(QRect(4000, 4000, screen.width() + 500, screen.height() + 300))
    assert ensure_on_screen(big)
    assert big.frameGeometry().width() <= screen.width() and big.frameGeometry().height() <= screen.height()
    assert _on_screen(big)

    widget.move(300, 200)  # already visible: left alone
    assert not ensure_on_screen(widget)
    assert widget.pos().x() == 300


def test_a_page_splitter_keeps_its_sizes(ui_ctx, qtbot):
    """(The sales order page had a list/editor splitter; its orders now open as forms in tabs.)"""
    from erp_desktop.ui.finance.journal import JournalPage

    page = _show(qtbot, JournalPage(ui_ctx), (1000, 800))
    splitter = page.findChild(QSplitter)
    default = splitter.sizes()
    splitter.setSizes([200, sum(default) - 200])
    splitter.splitterMoved.emit(200, 1)  # what dragging the handle emits
    wanted = splitter.sizes()
    assert wanted != default and wanted[0] == 200
    page.close()

    again = _show(qtbot, JournalPage(ui_ctx), (1000, 800))
    assert again.findChild(QSplitter).sizes() == wanted


def test_splitter_sizes_are_saved_a_moment_after_a_drag(ui_ctx, qtbot):
    holder = QWidget()
    splitter = QSplitter(Qt.Orientation.Horizontal, holder)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    QVBoxLayout(holder).addWidget(splitter)
    keeper = remember_splitter(splitter, ui_ctx, "test/split")
    _show(qtbot, holder, (600, 300))
    splitter.setSizes([150, splitter.width() - 150 - splitter.handleWidth()])
    splitter.splitterMoved.emit(150, 1)
    qtbot.waitUntil(lambda: ui_ctx.settings.value("layout/test/split/splitter") is not None, timeout=3000)
    assert keeper.restored
    assert ui_ctx.settings.value("layout/test/split/splitter_signature") == "2"

    # a splitter with other panes ignores the saved sizes
    other_holder = QWidget()
    other = QSplitter(Qt.Orientation.Horizontal, other_holder)
    for _ in range(3):
        other.addWidget(QWidget())
    QVBoxLayout(other_holder).addWidget(other)
    remember_splitter(other, ui_ctx, "test/split")
    _show(qtbot, other_holder, (600, 300))
    assert len(other.sizes()) == 3 and min(other.sizes()) > 100


def _customers(uow):
    with uow.write() as tx:
        for code, name in (("C001", "Apple shop"), ("C002", "Zebra store"), ("C003", "Mango market")):
            factories.customer(tx, code, name=name)


def test_list_column_widths_and_sort_survive_recreating_the_page(ui_ctx, qtbot):
    _customers(ui_ctx.uow)
    page = _show(qtbot, CustomersPage(ui_ctx), (1200, 700))
    view = page.list_page.table_view
    header = view.horizontalHeader()
    assert [r.code for r in page.list_page.model.rows] == ["C001", "C002", "C003"]  # the page's default: by code
    assert header.sectionSize(1) == 200
    header.resizeSection(1, 333)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # click "Name" twice
    assert [r.name for r in page.list_page.model.rows] == ["Zebra store", "Mango market", "Apple shop"]
    page.close()

    again = CustomersPage(ui_ctx)
    assert again.list_page.model.query.sort == "code"  # restored when the list shows, after the page's defaults
    _show(qtbot, again, (1200, 700))
    header = again.list_page.table_view.horizontalHeader()
    assert header.sectionSize(1) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert (again.list_page.model.query.sort, again.list_page.model.query.descending) == ("name", True)
    assert [r.name for r in again.list_page.model.rows] == ["Zebra store", "Mango market", "Apple shop"]
    assert again.list_page.model.query.filters == {"active": True}  # the page's own filter is kept

    # the supplier list (same page class family, other columns) keeps its own layout
    suppliers = _show(qtbot, SuppliersPage(ui_ctx), (1200, 700))
    assert suppliers.list_page.table_view.horizontalHeader().sectionSize(1) == 220
    assert suppliers.list_page.model.query.sort == "code"


def test_list_widths_are_saved_after_a_drag_without_closing(ui_ctx, qtbot):
    page = _show(qtbot, CustomersPage(ui_ctx), (1200, 700))
    page.list_page.table_view.horizontalHeader().resizeSection(0, 140)
    key = "layout/masterdata.parties.CustomersPage/list/header"
    qtbot.waitUntil(lambda: ui_ctx.settings.value(key) is not None, timeout=3000)
    signature = ui_ctx.settings.value(key + "_signature")
    assert signature.startswith("code|name|tier|")


def test_saved_header_for_other_columns_is_ignored(ui_ctx, qtbot):
    table = QTableWidget(2, 3)
    table.setHorizontalHeaderLabels(["a", "b", "c"])
    table.horizontalHeader().resizeSection(1, 250)
    holder = QWidget()
    QVBoxLayout(holder).addWidget(table)
    remember_header(table.horizontalHeader(), ui_ctx, "test/table")
    _show(qtbot, holder, (800, 400))
    table.horizontalHeader().resizeSection(1, 310)
    holder.close()

    same = QTableWidget(2, 3)
    same_holder = QWidget()
    QVBoxLayout(same_holder).addWidget(same)
    remember_header(same.horizontalHeader(), ui_ctx, "test/table")
    _show(qtbot, same_holder, (800, 400))
    assert same.horizontalHeader().sectionSize(1) == 310

    wider = QTableWidget(2, 5)
    wider_holder = QWidget()
    QVBoxLayout(wider_holder).addWidget(wider)
    remember_header(wider.horizontalHeader(), ui_ctx, "test/table")
    _show(qtbot, wider_holder, (800, 400))
    assert wider.horizontalHeader().sectionSize(1) == wider.horizontalHeader().defaultSectionSize()


def test_a_widget_without_settings_is_left_alone(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(300, 200)
    assert remember_geometry(dialog) is None
    assert (dialog.width(), dialog.height()) == (300, 200)


def test_tests_do_not_share_settings(ui_ctx):
    # ui_ctx writes to the test's own ini file: nothing from the other tests is there
    assert ui_ctx.settings.value("layout/sales.dialogs.DeliveryDialog/geometry") is None
    assert ui_ctx.settings.fileName().endswith("settings.ini")
