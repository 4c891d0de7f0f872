"""The 助记码 field of a product, customer or supplier editor: it follows the name as it is typed
(pinyin initials, ``可口可乐`` → ``KKKL``) until the user types a code of their own; emptying the
field makes it follow the name again. The service applies the same rule when saving."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from erp_desktop.services import masterdata

from ...i18n import tr


class MnemonicEdit(QLineEdit):
    def __init__(self, name_edit: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.name_edit = name_edit
        self.own = False  # the user typed their own code
        self.setMaxLength(60)
        self.setPlaceholderText(tr("Pinyin initials, made from the name"))
        self.setToolTip(
            tr("助记码: the letters a picker finds this by (e.g. KKKL for 可口可乐); type your own to keep it")
        )
        name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.textEdited.connect(self._on_text_edited)

    def show_value(self, mnemonic: str, name: str) -> None:
        """Show a stored code; it is the user's own when it differs from what the name makes."""
        self.setText(mnemonic)
        self.own = bool(mnemonic) and mnemonic != masterdata.mnemonic_of(name)

    def value(self) -> str:
        return self.text().strip().upper()

    def _on_text_edited(self, text: str) -> None:
        self.own = bool(text.strip())
        if not self.own:
            self.setText(masterdata.mnemonic_of(self.name_edit.text()))

    def _on_name_edit_text_changed(self, name: str) -> None:
        if not self.own:
            self.setText(masterdata.mnemonic_of(name))
