"""序列号 at the counter, keyboard only: the serials of a serial-tracked line (or of a bundle's
serial component) scanned one by one into a small dialog, each checked as it is scanned (in stock,
of that product, not on the ticket twice); Enter on an empty field with all scanned confirms, Esc
drops the line."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QListWidget, QWidget

from erp_desktop.errors import UserError
from erp_desktop.services import counter
from erp_desktop.storage import UnitOfWork

from ...i18n import tr
from .dialogs import _Dialog, big, no_default_button, scan_field_keeps_enter


class SerialDialog(_Dialog):
    """Scan ``count`` serial numbers of ``product_id``; ``taken`` says whether a serial is on the
    ticket already. ``accepted_with`` gets the serials (a list of str)."""

    def __init__(
        self,
        uow: UnitOfWork,
        product_id: uuid.UUID,
        label: str,
        count: int,
        taken: Callable[[str], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(tr("Serial numbers: {product}", product=label), parent)
        self.uow, self.product_id, self.count, self.taken = uow, product_id, count, taken
        self.serials: list[str] = []
        self.prompt = big(QLabel(""), 14)
        self.serial_edit = QLineEdit()
        self.serial_edit.setPlaceholderText(tr("Scan the serial number, Enter"))
        self.serial_edit.returnPressed.connect(self._on_return)
        self.list = QListWidget()
        self.form.addRow(self.prompt)
        self.form.addRow(tr("Serial"), self.serial_edit)
        self.form.addRow(self.list)
        self.finish_layout()
        no_default_button(self.buttons)  # Enter belongs to the serial field
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._show()
        self.serial_edit.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not scan_field_keeps_enter(self, self.serial_edit, event):
            super().keyPressEvent(event)

    def _show(self) -> None:
        self.prompt.setText(
            tr("Scan serial {n} of {count}", n=min(len(self.serials) + 1, self.count), count=self.count)
            if len(self.serials) < self.count
            else tr("All {count} scanned: Enter confirms", count=self.count)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.serials) == self.count)

    def _on_return(self) -> None:
        text = self.serial_edit.text().strip()
        if not text:
            self._on_ok()
            return
        self.serial_edit.clear()
        if len(self.serials) >= self.count:
            self.show_error(tr("All {count} serials are scanned; Enter confirms.", count=self.count))
            return
        if text in self.serials or self.taken(text):
            self.show_error(tr("Serial {serial} is on this ticket already.", serial=text))
            return
        try:
            hit = counter.scan(self.uow, text)
        except UserError as exc:
            self.show_error(exc.message)
            return
        if hit.serial != text or hit.product_id != self.product_id:
            self.show_error(tr("{serial} is not a serial number of this product.", serial=text))
            return
        self.serials.append(text)
        self.list.addItem(text)
        self.show_error("")
        self._show()

    def value(self) -> list[str]:
        if len(self.serials) != self.count:
            raise ValueError(tr("Scan {left} more serial number(s).", left=self.count - len(self.serials)))
        return list(self.serials)
