"""Exact number entry: text in, ``Decimal`` out — never float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ...money import NotANumber, parse_decimal, quantize


class DecimalEdit(QLineEdit):
    """A line edit for money, prices or quantities. ``value()`` is a Decimal with at most
    ``places`` decimals (or None when empty and allowed); bad text turns the field red."""

    valueChanged = Signal(object)

    def __init__(
        self,
        places: int = 2,
        *,
        minimum: Decimal | None = Decimal(0),
        allow_empty: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.places = places
        self.minimum = minimum
        self.allow_empty = allow_empty
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textChanged.connect(self._on_text_changed)

    def value(self) -> Decimal | None:
        """The value, or None if the text is empty (when allowed) or not a valid number."""
        text = self.text().strip()
        if not text:
            return None if self.allow_empty else Decimal(0)
        try:
            value = parse_decimal(text)
        except NotANumber:
            return None
        if quantize(value, self.places) != value:
            return None
        if self.minimum is not None and value < self.minimum:
            return None
        return value

    def is_valid(self) -> bool:
        return self.value() is not None or (self.allow_empty and not self.text().strip())

    def below_minimum(self) -> bool:
        """A number, but below the minimum (a negative price): the message should say so, not
        call it "not a number"."""
        try:
            value = parse_decimal(self.text().strip())
        except NotANumber:
            return False
        return self.minimum is not None and value < self.minimum

    def setValue(self, value: Decimal | None) -> None:
        if value is None:
            self.setText("")
            return
        text = f"{value:f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        self.setText(text)

    def _on_text_changed(self, _text: str) -> None:
        self.setStyleSheet("" if self.is_valid() else "QLineEdit { border: 1px solid #c62828; background: #fff3f3; }")
        self.valueChanged.emit(self.value())
