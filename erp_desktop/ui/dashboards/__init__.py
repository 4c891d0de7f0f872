"""The 看板 / Dashboard tab: 全域看板 (overview figures with trend charts, each clicking through to
the list behind it) and 库存统计看板 (stock value, movers, slow and dead stock, stock-outs, count
variances). Figures load off the GUI thread and refresh when a write changes their areas."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import analysis, inventory

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import date_text, money_text, qty_text
from .charts import hbar, pie, sparkline

AREAS = frozenset({"sales", "purchasing", "stock", "finance", "catalog", "parties"})
# the sub-page of a tab that lists what is behind a figure
SUB_PAGES = {
    "receivable": "open_items_page",
    "payable": "open_items_page",
    "cash": "money_page",
    "bank": "money_page",
    "low_stock": "reports",
    "sales_today": "orders_page",
    "receipts_today": "money_page",
    "sales_week": "orders_page",
    "sales_month": "orders_page",
    "to_ship": "orders_page",
}


def tab_title() -> str:
    return tr("Dashboard")


def value_text(figure: analysis.Figure) -> str:
    if figure.unit == "count":
        return f"{int(figure.value):,}"
    return money_text(figure.value)


def clear_layout(layout: QLayout) -> None:
    """Take every item out of ``layout`` and delete its widget (a dashboard refills its grid)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class FigureCard(QFrame):
    clicked = Signal(str)

    def __init__(self, figure: analysis.Figure, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "#figureCard { background: white; border: 1px solid #d8dde6; border-radius: 6px; }"
            "#figureCard:hover { border-color: #2f6fb0; }"
        )
        self.setToolTip(tr("Click to open the list behind this figure"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        self.title_label = QLabel(figure.title)
        self.title_label.setStyleSheet("color: #5a6270;")
        self.value_label = QLabel(value_text(figure))
        colour = "#c0392b" if figure.value < 0 else "#1d2733"
        self.value_label.setStyleSheet(f"font-size: 20px; font-weight: 600; color: {colour};")
        self.note_label = QLabel(figure.note)
        self.note_label.setStyleSheet("color: #7a8290; font-size: 11px;")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.note_label)
        if figure.trend:
            self.chart: QChartView | None = sparkline(
                [p.label for p in figure.trend], [p.value for p in figure.trend], figure.chart
            )
            self.chart.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(self.chart, 1)
        else:
            self.chart = None
            layout.addStretch(1)
        self.setMinimumSize(220, 150)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.figure.key)
        super().mouseReleaseEvent(event)


class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.overview: analysis.Overview | None = None
        self.cards: dict[str, FigureCard] = {}
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(tr("Loading…"))
        self.refresh_button = QPushButton(tr("Refresh"))
        from ..shell import keys

        keys.bind(self, "refresh", self.refresh_button.click, button=self.refresh_button)  # F5 (was claimed twice)
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.expiry_label = QLabel(self)  # the 近效期 / 已过期 card: lots and their value
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.expiry_label.setContentsMargins(8, 4, 8, 4)
        self.expiry_label.hide()
        outer.addWidget(self.expiry_label)
        self.expiry: inventory.ExpiryCard | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setSpacing(10)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, areas) -> None:
        if set(areas) & AREAS:
            self.reload()

    def reload(self) -> None:
        self.ctx.query(lambda: analysis.overview(self.ctx.uow), self._show, lambda exc: show_error(self, exc))

    def _show(self, overview: analysis.Overview) -> None:
        self.overview = overview
        clear_layout(self.grid)
        self.cards = {}
        for i, figure in enumerate(overview.figures):
            card = FigureCard(figure, self.body)
            card.clicked.connect(self.open_figure)
            self.cards[figure.key] = card
            self.grid.addWidget(card, i // 4, i % 4)
        self.status.setText(tr("As of {date}", date=date_text(overview.as_of)))

    def open_figure(self, key: str) -> None:
        """Switch to the tab listing what is behind the figure (and its sub-page when it has one)."""
        figure = next((f for f in self.overview.figures if f.key == key), None) if self.overview else None
        if figure is None:
            return
        window = self.window()
        show_tab = getattr(window, "show_tab", None)
        if show_tab is None:
            return
        tab = show_tab(figure.tab)
        page = getattr(tab, SUB_PAGES.get(key, ""), None) if tab is not None else None
        if page is not None and hasattr(tab, "setCurrentWidget"):
            tab.setCurrentWidget(page)
        apply_drill = getattr(page, "apply_drill", None)  # the list filtered to what the figure counts
        if apply_drill is not None and figure.drill:
            apply_drill(figure.drill_filters(), figure.title)
        combo = getattr(page, "kind_combo", None)  # receivables / payables: the matching side
        if combo is not None and key in ("receivable", "payable"):
            index = combo.findData("customer" if key == "receivable" else "supplier")
            if index >= 0:
                combo.setCurrentIndex(index)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int]) -> QTableWidget:
    """A small read-only table; with no rows it says so (「无」) instead of an empty white panel."""
    table = QTableWidget(len(rows) or 1, len(headers))
    if not rows:
        empty = QTableWidgetItem(tr("None"))
        empty.setForeground(Qt.GlobalColor.gray)
        table.setItem(0, 0, empty)
        table.setSpan(0, 0, 1, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the room
    for column in range(1, len(headers)):  # figures and numbers are never clipped
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setMinimumHeight(260)
    return table


class StockDashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: analysis.StockOverview | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(tr("Loading…"))
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top.addWidget(self.status, 1)
        top.addWidget(refresh)
        outer.addLayout(top)
        self.expiry_label = QLabel(self)  # the 近效期 / 已过期 card: lots and their value
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.expiry_label.setContentsMargins(8, 4, 8, 4)
        self.expiry_label.hide()
        outer.addWidget(self.expiry_label)
        self.expiry: inventory.ExpiryCard | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self._loaded = False
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt) — load when first shown
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def _on_changed(self, areas) -> None:
        if self._loaded and set(areas) & {"stock", "sales", "purchasing", "catalog"}:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.ctx.query(lambda: analysis.stock_overview(self.ctx.uow), self._show, lambda exc: show_error(self, exc))
        self.ctx.query(
            lambda: inventory.expiry_card(self.ctx.uow), self._show_expiry, lambda exc: show_error(self, exc)
        )

    def _show_expiry(self, card: inventory.ExpiryCard) -> None:
        """近效期 / 已过期: hidden while no lot is near its expiry; red once one has expired."""
        self.expiry = card
        if not card.expired_lots and not card.near_lots:
            self.expiry_label.hide()
            return
        parts = [
            tr("Expired: {lots} lots, value {value}", lots=card.expired_lots, value=money_text(card.expired_value)),
            tr("Near expiry: {lots} lots, value {value}", lots=card.near_lots, value=money_text(card.near_value)),
        ]
        first = [f"{r.product_code} {r.product_name} {r.number} ({date_text(r.expiry_date)})" for r in card.first[:3]]
        text = " · ".join(parts) + ("\n" + "; ".join(first) if first else "")
        self.expiry_label.setText(text)
        color = "#c62828" if card.expired_lots else "#e65100"
        self.expiry_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        self.expiry_label.show()

    def _show(self, data: analysis.StockOverview) -> None:
        self.data = data
        clear_layout(self.grid)
        self.status.setText(
            tr("Stock value {amount} as of {date}", amount=money_text(data.total), date=date_text(data.as_of))
        )
        self.grid.addWidget(pie(tr("Stock value by warehouse"), [(s.label, s.value) for s in data.by_warehouse]), 0, 0)
        self.grid.addWidget(
            pie(tr("Stock value by category"), [(s.label, s.value) for s in data.by_category[:8]]), 0, 1
        )
        movers = hbar(tr("Top movers (units sold, last 30 days)"), [(p.label, p.qty) for p in data.top_movers])
        movers.setMinimumHeight(300)
        self.grid.addWidget(movers, 1, 0)
        self.slow_table = _table(
            [tr("Slow movers"), tr("Quantity"), tr("Value"), tr("Idle")],
            [[p.label, qty_text(p.qty), money_text(p.value), p.note] for p in data.slow_movers],
            {1, 2},
        )
        self.grid.addWidget(self.slow_table, 1, 1)
        self.dead_table = _table(
            [tr("Dead stock"), tr("Quantity"), tr("Value"), tr("Idle")],
            [[p.label, qty_text(p.qty), money_text(p.value), p.note] for p in data.dead_stock],
            {1, 2},
        )
        self.grid.addWidget(self.dead_table, 2, 0)
        self.outs_table = _table(
            [tr("Stock-outs"), tr("Available")], [[p.label, qty_text(p.qty)] for p in data.stock_outs], {1}
        )
        self.grid.addWidget(self.outs_table, 2, 1)
        self.variance_table = _table(
            [tr("Count variances"), tr("Count · bin"), tr("Quantity"), tr("Value")],
            [[p.label, p.note, qty_text(p.qty), money_text(p.value)] for p in data.count_variances],
            {2, 3},
        )
        self.grid.addWidget(self.variance_table, 3, 0, 1, 2)


class DashboardTab(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.overview_page = OverviewPage(ctx, self)
        self.stock_page = StockDashboardPage(ctx, self)
        self.addTab(self.overview_page, tr("Overview (全域看板)"))
        self.addTab(self.stock_page, tr("Stock (库存统计看板)"))
        from ..counter.dashboard import CounterDashboardPage

        self.counter_page = CounterDashboardPage(ctx, self)
        self.addTab(self.counter_page, tr("Counter today (今日收银)"))


def create_tab(ctx: AppContext) -> QWidget:
    return DashboardTab(ctx)


__all__ = ["DashboardTab", "Decimal", "create_tab", "tab_title"]
