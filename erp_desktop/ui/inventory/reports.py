"""Stock reports as sub-tabs: on hand (by bin / warehouse / category), movement history of a
product with running balance, valuation, slow-moving stock, low stock and the FIFO cost layers. Each refreshes as soon
as stock changes (``ctx.changed`` with "stock") and exports to Excel (Ctrl+E)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory, masterdata

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text
from ..table_models import Column, RowsTableModel
from ..widgets.pickers import ProductPicker


class ReportView(QWidget):
    """A filter bar, a table and a summary line. Subclasses give ``columns()``, ``fetch()``
    (runs in a worker; returns (rows, summary text)) and add their filters to ``self.filters``."""

    title = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.filters = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.export_button = QPushButton(tr("Export to Excel…"), self)
        self.model = RowsTableModel(self.columns(), parent=self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.verticalHeader().setDefaultSectionSize(24)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        for i, c in enumerate(self.model.columns):
            if c.width:
                self.table_view.setColumnWidth(i, c.width)
        self.summary_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addLayout(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.summary_label)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        export = QAction(self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export)
        self.addAction(export)
        ctx.changed.connect(self._on_ctx_changed)

    def columns(self) -> list[Column]:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- 多单位: stock as the shop says it, "3 箱 5 瓶", beside the base quantity ----------------
    in_units_check: QCheckBox | None = None
    UNIT_COLUMNS: frozenset[str] = frozenset({"in_units"})  # the columns the check box shows

    def add_in_units_check(self) -> QCheckBox:
        """The "In units (箱 / 瓶)" check box (on by default) that shows or hides the report's
        ``UNIT_COLUMNS``; call once the filters are added."""
        check = QCheckBox(tr("In units (箱 / 瓶)"), self)
        check.setChecked(True)
        check.setToolTip(tr("Show the quantity split over the product's units, largest first"))
        self.filters.addWidget(check)
        self.in_units_check = check
        check.toggled.connect(lambda _on: self._hide_columns())
        self._hide_columns()
        return check

    def hidden_columns(self) -> set[str]:
        """The columns the report's filters hide (the in-units ones aside)."""
        return set()

    def _hide_columns(self) -> None:
        hidden = self.hidden_columns()
        if self.in_units_check is not None and not self.in_units_check.isChecked():
            hidden |= self.UNIT_COLUMNS
        for i, c in enumerate(self.model.columns):
            self.table_view.setColumnHidden(i, c.key in hidden)

    def fetch(self) -> tuple[Sequence[Any], str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def reload(self) -> None:
        if not self.ready():
            self.model.set_rows([])
            self.summary_label.setText("")
            return
        self.dirty = False
        fetch = self.fetch_function()
        self.ctx.query(fetch, self._show, lambda exc: show_error(self, exc))

    def fetch_function(self) -> Callable[[], tuple[Sequence[Any], str]]:
        return self.fetch

    def _show(self, result) -> None:
        rows, summary = result
        self.model.set_rows(rows)
        self.summary_label.setText(summary)

    def _on_ctx_changed(self, areas) -> None:
        if "stock" in areas or "catalog" in areas:
            if self.isVisible():
                self.reload()
            else:
                self.dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def export(self):
        try:
            from ..widgets.export import export_rows
        except ImportError:  # pragma: no cover
            return None
        rows = list(self.model.rows)
        self.last_export = export_rows(
            self,
            self.ctx,
            title=self.title,
            columns=self.model.columns,
            fetch_all=lambda: rows,
            default_name=self.title,
        )
        return self.last_export


def in_units_column(key: str = "in_units", title: str | None = None) -> Column:
    """A report's "In units" column ("3 箱 5 瓶"; empty for a product with only its base unit)."""
    return Column(key, title or tr("In units"), width=120)


def _warehouse_combo(ctx: AppContext, parent: QWidget, on_change) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(tr("All warehouses"), None)

    def fill(rows) -> None:
        for w in rows:
            box.addItem(w.label, w.id)

    ctx.query(lambda: masterdata.list_warehouses(ctx.uow), fill, lambda exc: None)
    box.currentIndexChanged.connect(lambda _i: on_change())
    return box


class OnHandReport(ReportView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("Stock on hand")
        super().__init__(ctx, parent)
        self.group_combo = QComboBox(self)
        for text, key in ((tr("By bin"), "bin"), (tr("By warehouse"), "warehouse"), (tr("By category"), "category")):
            self.group_combo.addItem(text, key)
        self.warehouse_combo = _warehouse_combo(ctx, self, self.reload)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(tr("Product code or name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.filters.addWidget(self.group_combo)
        self.filters.addWidget(self.warehouse_combo)
        self.filters.addWidget(self.search_edit)
        self.add_in_units_check()
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.search_edit.returnPressed.connect(self.reload)

    def columns(self) -> list[Column]:
        return [
            Column("product_code", tr("Code"), width=110),
            Column("product_name", tr("Product"), width=200),
            Column("spec", tr("Spec"), width=80),  # same-named products told apart
            Column("category", tr("Category"), width=120),
            Column("warehouse_name", tr("Warehouse"), width=110),
            Column("bin_code", tr("Bin"), width=70),
            Column("qty", tr("Quantity"), "qty", width=90),
            Column("unit", tr("Unit"), width=50),
            in_units_column(),
            Column("avg_cost", tr("Average cost"), "price", width=100),
            Column("value", tr("Value"), "money", width=110),
        ]

    def _on_group_combo_changed(self, _index: int) -> None:
        self._hide_columns()
        self.reload()

    def hidden_columns(self) -> set[str]:
        group = self.group_combo.currentData()
        return {
            "bin": set(),
            "warehouse": {"bin_code"},
            "category": {"product_code", "product_name", "spec", "bin_code", "unit", "in_units", "avg_cost"},
        }[group]

    def fetch_function(self):
        group, warehouse, search = (
            self.group_combo.currentData(),
            self.warehouse_combo.currentData(),
            self.search_edit.text(),
        )

        def fetch():
            rows = inventory.on_hand_report(self.ctx.uow, group_by=group, warehouse_id=warehouse, search=search)
            total = sum((r.value for r in rows), 0)
            return rows, tr("{count} rows · value {value}", count=len(rows), value=money_text(total))

        return fetch


class MovementsReport(ReportView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("Stock movements")
        super().__init__(ctx, parent)
        self.product_picker = ProductPicker(ctx, self, active_only=False)
        self.product_picker.setMinimumWidth(320)
        self.warehouse_combo = _warehouse_combo(ctx, self, self.reload)
        self.filters.addWidget(QLabel(tr("Product"), self))
        self.filters.addWidget(self.product_picker)
        self.filters.addWidget(self.warehouse_combo)
        self.product_picker.picked.connect(lambda _b: self.reload())

    def columns(self) -> list[Column]:
        return [
            Column("on", tr("Date"), "date", width=90),
            Column("doc_number", tr("Document"), width=150),
            Column("doc_type", tr("Type"), width=110),
            Column("from_label", tr("From"), width=150),
            Column("to_label", tr("To"), width=150),
            Column("qty_in", tr("In"), "qty", width=70),
            Column("qty_out", tr("Out"), "qty", width=70),
            Column("balance", tr("Balance"), "qty", width=80),
            Column("unit_cost", tr("Unit cost"), "price", width=90),
            Column("value", tr("Value"), "money", width=100),
            Column("user_name", tr("User"), width=80),
        ]

    def ready(self) -> bool:
        return self.product_picker.product() is not None

    def fetch_function(self):
        product, warehouse = self.product_picker.product(), self.warehouse_combo.currentData()

        def fetch():
            rows = inventory.movement_history(self.ctx.uow, product.id, warehouse_id=warehouse)
            balance = rows[-1].balance if rows else 0
            return rows, tr("{count} moves · balance {balance}", count=len(rows), balance=balance)

        return fetch


class ValuationReport(ReportView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("Stock valuation")
        super().__init__(ctx, parent)
        self.warehouse_combo = _warehouse_combo(ctx, self, self.reload)
        self.filters.addWidget(self.warehouse_combo)
        self.add_in_units_check()

    def columns(self) -> list[Column]:
        return [
            Column("product_code", tr("Code"), width=110),
            Column("product_name", tr("Product"), width=220),
            Column("warehouse_name", tr("Warehouse"), width=120),
            Column("qty", tr("Quantity"), "qty", width=90),
            in_units_column(),
            Column("avg_cost", tr("Average cost"), "price", width=100),
            Column("value", tr("Value"), "money", width=120),
        ]

    def fetch_function(self):
        warehouse = self.warehouse_combo.currentData()

        def fetch():
            v = inventory.valuation(self.ctx.uow, warehouse_id=warehouse)
            parts = [f"{w.warehouse_name} {money_text(w.value)}" for w in v.warehouses]
            return v.rows, tr("Total {value}", value=money_text(v.total)) + (
                "  ·  " + "  ·  ".join(parts) if parts else ""
            )

        return fetch


class LayerReport(ReportView):
    """FIFO cost layers (先进先出 成本层): what each receipt or lot still holds and at what cost."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("FIFO cost layers")
        super().__init__(ctx, parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(tr("Product code or name, or lot…"))
        self.search_edit.setMaximumWidth(240)
        self.search_edit.returnPressed.connect(self.reload)
        self.filters.addWidget(self.search_edit)

    def columns(self) -> list[Column]:
        kinds = {"date": "date", "qty": "qty", "price": "price", "money": "money"}
        return [
            Column(c.key, c.title, kinds.get(c.kind, "text"), width=c.width * 8 if c.width else 100)
            for c in inventory.layer_columns()
        ]

    def fetch_function(self):
        search = self.search_edit.text()

        def fetch():
            report = inventory.layer_valuation(self.ctx.uow, search=search)
            return report.rows, tr(
                "{count} layers · {qty} remaining · value {value}",
                count=len(report.rows),
                qty=report.qty.normalize() if report.qty else 0,
                value=money_text(report.value),
            )

        return fetch


class SlowMovingReport(ReportView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("Slow-moving stock")
        super().__init__(ctx, parent)
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(90)
        self.days_spin.setSuffix(" " + tr("days"))
        self.filters.addWidget(QLabel(tr("No issue in"), self))
        self.filters.addWidget(self.days_spin)
        self.days_spin.valueChanged.connect(lambda _v: self.reload())

    def columns(self) -> list[Column]:
        return [
            Column("product_code", tr("Code"), width=110),
            Column("product_name", tr("Product"), width=220),
            Column("qty", tr("Quantity"), "qty", width=90),
            Column("value", tr("Value"), "money", width=110),
            Column("last_issue", tr("Last issue"), "date", width=100),
            Column("days_idle", tr("Days idle"), width=80),
        ]

    def fetch_function(self):
        days = self.days_spin.value()

        def fetch():
            rows = inventory.slow_moving(self.ctx.uow, days=days)
            return rows, tr(
                "{count} products · value {value}", count=len(rows), value=money_text(sum((r.value for r in rows), 0))
            )

        return fetch


class LowStockReport(ReportView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("Low stock")
        super().__init__(ctx, parent)
        self.warehouse_combo = _warehouse_combo(ctx, self, self.reload)
        self.filters.addWidget(self.warehouse_combo)
        self.add_in_units_check()

    UNIT_COLUMNS = frozenset({"in_units", "reorder_in_units"})

    def columns(self) -> list[Column]:
        return [
            Column("product_code", tr("Code"), width=110),
            Column("product_name", tr("Product"), width=220),
            Column("reorder_point", tr("Reorder point"), "qty", width=100),
            Column("on_hand", tr("On hand"), "qty", width=90),
            in_units_column(),
            Column("reserved", tr("Reserved"), "qty", width=90),
            Column("available", tr("Available"), "qty", width=90, warn=lambda r: r.available <= 0),
            Column("shortfall", tr("Shortfall"), "qty", width=90),
            Column("reorder_qty", tr("Reorder quantity"), "qty", width=110),
            in_units_column("reorder_in_units", tr("Reorder in units")),
        ]

    def fetch_function(self):
        warehouse = self.warehouse_combo.currentData()

        def fetch():
            rows = inventory.low_stock(self.ctx.uow, warehouse_id=warehouse)
            return rows, tr("{count} products at or below their reorder point", count=len(rows))

        return fetch


class ReportsPage(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.on_hand = OnHandReport(ctx, self)
        self.movements = MovementsReport(ctx, self)
        self.valuation = ValuationReport(ctx, self)
        self.slow = SlowMovingReport(ctx, self)
        self.low = LowStockReport(ctx, self)
        self.layers = LayerReport(ctx, self)
        from .variant_reports import TemplateStockReport

        self.by_template = TemplateStockReport(ctx, self)
        self.addTab(self.on_hand, tr("On hand"))
        self.addTab(self.movements, tr("Movements"))
        self.addTab(self.valuation, tr("Valuation"))
        self.addTab(self.slow, tr("Slow-moving"))
        self.addTab(self.low, tr("Low stock"))
        self.addTab(self.layers, tr("FIFO layers"))
        self.addTab(self.by_template, tr("By template"))
