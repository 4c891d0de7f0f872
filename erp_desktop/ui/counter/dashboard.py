"""The dashboard's 今日收银 page: today's counter sales by hour, product, cashier and payment
method (sales less returns), refreshed after every ticket; of every store or of one (多门店)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from erp_desktop.services import counter

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text, qty_text


class CounterDashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.figures: counter.DayFigures | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(tr("Loading…"))
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.store_combo = QComboBox(self)
        self._fill_stores()
        self.store_combo.currentIndexChanged.connect(lambda _i: self.reload())
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(tr("Store")))
        top.addWidget(self.store_combo)
        top.addWidget(refresh)
        outer.addLayout(top)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        outer.addWidget(self.body, 1)
        self._loaded = False
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt) — load when first shown
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def _fill_stores(self) -> None:
        """The store filter: every store, or one (kept across a refill)."""
        chosen = self.store_combo.currentData() or ""
        self.store_combo.blockSignals(True)
        self.store_combo.clear()
        self.store_combo.addItem(tr("All stores"), "")
        for store in counter.list_stores(self.ctx.uow):
            self.store_combo.addItem(f"{store.code} {store.name}", store.code)
        self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(chosen)))
        self.store_combo.blockSignals(False)

    def _on_changed(self, areas) -> None:
        if "settings" in set(areas):
            self._fill_stores()  # a store added or renamed
        if self._loaded and set(areas) & {"sales", "finance"}:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        store = self.store_combo.currentData() or None
        self.ctx.query(
            lambda: counter.day_figures(self.ctx.uow, store=store), self._show, lambda exc: show_error(self, exc)
        )

    def _show(self, figures: counter.DayFigures) -> None:
        from ..dashboards import _table, clear_layout
        from ..dashboards.charts import sparkline

        self.figures = figures
        clear_layout(self.grid)
        self.status.setText(
            tr(
                "Counter today: {tickets} tickets, {total}",
                tickets=figures.tickets,
                total=money_text(figures.total),
            )
            + (f" · {figures.store}" if figures.store else "")
        )
        hours = sparkline([f"{h:02d}" for h, _v in figures.by_hour], [v for _h, v in figures.by_hour])
        hours.setMinimumHeight(160)
        self.grid.addWidget(hours, 0, 0, 1, 2)
        self.products_table = _table(
            [tr("Product"), tr("Quantity"), tr("Amount")],
            [[f"{c} {n}", qty_text(q), money_text(v)] for c, n, q, v in figures.by_product],
            {1, 2},
        )
        self.grid.addWidget(self.products_table, 1, 0, 2, 1)
        self.cashiers_table = _table(
            [tr("Cashier"), tr("Amount")], [[c, money_text(v)] for c, v in figures.by_cashier], {1}
        )
        self.grid.addWidget(self.cashiers_table, 1, 1)
        self.methods_table = _table(
            [tr("Payment method"), tr("Amount")], [[label, money_text(v)] for _m, label, v in figures.by_method], {1}
        )
        self.grid.addWidget(self.methods_table, 2, 1)
