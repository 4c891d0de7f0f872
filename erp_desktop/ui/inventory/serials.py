"""序列号查询: type or scan a serial number, Enter — the product, supplier, customer, warranty and
where it is now, then every event of its history (received, delivered, returned, transferred)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import date_text
from ..widgets.screen import fit_to_screen


def event_text(kind: str) -> str:
    return {
        "in": tr("received"),
        "out": tr("delivered"),
        "back": tr("returned by customer"),
        "return": tr("returned to supplier"),
        "move": tr("transferred"),
        "adjust": tr("adjusted"),
    }.get(kind, kind)


def _date(value) -> str:
    return date_text(value) if value else "-"


class SerialLookupDialog(QDialog):
    """Enter in the serial field looks it up; several products may share a number (each shown)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[inventory.SerialHistory] = []
        self.setWindowTitle(tr("Serial number lookup"))
        self.serial_edit = QLineEdit(self)
        self.serial_edit.setPlaceholderText(tr("Type or scan a serial number, then Enter"))
        self.serial_edit.returnPressed.connect(self.look_up)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events_table = QTableWidget(0, 6, self)
        self.events_table.setHorizontalHeaderLabels(
            [tr("Product"), tr("Date"), tr("Event"), tr("Document"), tr("Party"), tr("Bin")]
        )
        self.events_table.verticalHeader().hide()
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.events_table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Serial"), self))
        row.addWidget(self.serial_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.events_table, 1)
        layout.addWidget(buttons)
        self.resize(860, 460)
        fit_to_screen(self)
        self.serial_edit.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Enter looks the serial up (a scanner ends with it); it never closes the window."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def look_up(self) -> None:
        number = self.serial_edit.text().strip()
        if not number:
            return
        self.ctx.query(
            lambda: inventory.serial_history(self.ctx.uow, number),
            lambda found: self._show(number, found),
            lambda exc: show_error(self, exc),
        )

    def _show(self, number: str, found: list[inventory.SerialHistory]) -> None:
        self.found = list(found)
        self.events_table.setRowCount(0)
        if not found:
            self.summary_label.setText(tr("No serial number {serial}.", serial=number))
        else:
            lines = []
            for h in found:
                where = tr("in stock at {where}", where=h.where) if h.in_stock > 0 else tr("not in stock")
                lines.append(
                    f"{h.product_code} {h.product_name} · {tr('Serial')} {h.number}: "
                    + tr(
                        "Supplier {supplier}, in {date_in}; customer {customer}, out {date_out}; "
                        "warranty until {warranty}; {where}",
                        supplier=h.supplier_name or "-",
                        date_in=_date(h.received_on),
                        customer=h.customer_name or "-",
                        date_out=_date(h.delivered_on),
                        warranty=_date(h.warranty_end),
                        where=where,
                    )
                )
                for e in h.events:
                    r = self.events_table.rowCount()
                    self.events_table.insertRow(r)
                    cells = (h.product_code, _date(e.on), event_text(e.kind), e.doc_number, e.party_name, e.where)
                    for c, text in enumerate(cells):
                        self.events_table.setItem(r, c, QTableWidgetItem(text))
            self.summary_label.setText("\n".join(lines))
        self.serial_edit.selectAll()  # the next scan replaces it
