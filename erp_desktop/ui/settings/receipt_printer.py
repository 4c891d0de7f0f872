"""Settings › Receipt printer: the counter's ticket paper (58 or 80 mm) and how an ESC/POS receipt
printer is connected (none: tickets go to the system printer as a PDF; the network, USB, or a port
/ device file), with a test print of the setting as it stands — before it is saved."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.errors import UserError
from erp_desktop.services import counter

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error


def page_title() -> str:
    return tr("Receipt printer")


class ReceiptPrinterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings: Any = None
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem(tr("80 mm roll"), 80)
        self.paper_combo.addItem(tr("58 mm roll"), 58)
        self.kind_combo = QComboBox(self)
        for kind in counter.PRINTER_KINDS:
            self.kind_combo.addItem(tr(counter.PRINTER_KIND_LABELS[kind]), kind)
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(tr("e.g. 192.168.1.87"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(9100)
        self.vendor_edit = QLineEdit(self)
        self.vendor_edit.setPlaceholderText(tr("4 hex digits, e.g. 0416"))
        self.product_edit = QLineEdit(self)
        self.product_edit.setPlaceholderText(tr("4 hex digits, e.g. 5011"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(tr("e.g. /dev/usb/lp0 or COM3"))
        self.form = QFormLayout()
        self.form.addRow(tr("Ticket paper"), self.paper_combo)
        self.form.addRow(tr("Connection"), self.kind_combo)
        self.form.addRow(tr("Network address"), self.host_edit)
        self.form.addRow(tr("Port"), self.port_spin)
        self.form.addRow(tr("USB vendor id"), self.vendor_edit)
        self.form.addRow(tr("USB product id"), self.product_edit)
        self.form.addRow(tr("Port or device file"), self.path_edit)
        self.rows = {
            "network": (self.host_edit, self.port_spin),
            "usb": (self.vendor_edit, self.product_edit),
            "file": (self.path_edit,),
        }
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.test_button = QPushButton(tr("Test print"), self)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        from ..shell import keys

        keys.bind(self, "save", self.save_button.click, button=self.save_button)  # Ctrl+S
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.slip_view = QPlainTextEdit(self)
        self.slip_view.setReadOnly(True)
        self.slip_view.setMaximumHeight(200)
        self.slip_view.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Tickets print on an ESC/POS receipt printer when one is set here, else as a PDF."), self)
        )
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.slip_view)
        layout.addStretch(1)
        ctx.changed.connect(self._on_ctx_changed)
        self._on_kind_combo_current_index_changed()
        self.reload()

    # --- loading and showing ---------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.query(lambda: counter.get_settings(self.ctx.uow), self.show_settings, lambda e: show_error(self, e))

    def show_settings(self, settings) -> None:
        self.settings = settings
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(settings.paper_mm)))
        config = settings.escpos
        kind = config.get("kind", "")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind if kind in counter.PRINTER_KINDS else "")))
        self.host_edit.setText(str(config.get("host", "")))
        self.port_spin.setValue(int(config.get("port", 9100) or 9100))
        self.vendor_edit.setText(str(config.get("vendor", "")))
        self.product_edit.setText(str(config.get("product", "")))
        self.path_edit.setText(str(config.get("path", "")))

    def _on_kind_combo_current_index_changed(self, _index: int = 0) -> None:
        kind = self.kind_combo.currentData()
        for name, widgets in self.rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, name == kind)
        self.test_button.setEnabled(bool(kind))

    def _on_ctx_changed(self, areas) -> None:
        if "settings" in areas:
            self.reload()

    # --- the setting as it stands ---------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        kind = self.kind_combo.currentData()
        if kind == "network":
            return {"kind": kind, "host": self.host_edit.text(), "port": self.port_spin.value()}
        if kind == "usb":
            return {"kind": kind, "vendor": self.vendor_edit.text(), "product": self.product_edit.text()}
        if kind == "file":
            return {"kind": kind, "path": self.path_edit.text()}
        return {}

    def paper_mm(self) -> int:
        return int(self.paper_combo.currentData())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c62828" if error else "color: #2e7d32")

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(exc.message, error=True)
            field = getattr(exc, "field", "")
            widget = {
                "host": self.host_edit,
                "port": self.port_spin,
                "vendor": self.vendor_edit,
                "product": self.product_edit,
                "path": self.path_edit,
            }.get(field)
            if widget is not None:
                widget.setFocus()
        else:
            show_error(self, exc)

    # --- actions ----------------------------------------------------------------------------
    def _on_test_button_clicked(self) -> None:
        config, paper = self.config(), self.paper_mm()
        self._say(tr("Printing a test slip…"))
        self.ctx.query(
            lambda: counter.print_test_slip(self.ctx.uow, config, paper_mm=paper), self._on_printed, self._refused
        )

    def _on_printed(self, lines: list[str]) -> None:
        self._say(tr("Test slip sent; check that the ruler fills one line and the Chinese reads right."))
        self.slip_view.setPlainText("\n".join(lines))
        self.slip_view.show()

    def _on_save_button_clicked(self) -> None:
        if self.settings is None:
            return
        wanted = replace(self.settings, paper_mm=self.paper_mm(), escpos=self.config())
        self.ctx.write(
            lambda: counter.save_settings(self.ctx.uow, wanted), self._on_saved, self._refused, areas={"settings"}
        )

    def _on_saved(self, settings) -> None:
        self.settings = settings
        self._say(tr("Saved."))


def create_page(ctx: AppContext) -> QWidget:
    return ReceiptPrinterPage(ctx)
