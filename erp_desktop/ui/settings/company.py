"""Settings › Company: the details printed at the head and foot of every printout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import system
from erp_desktop.services.system import CompanyInfo

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error

FIELDS = ("name", "name_en", "address", "phone", "tax_id", "bank_name", "bank_account")


def page_title() -> str:
    return tr("Company")


class CompanyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": tr("Company name"),
            "name_en": tr("English name"),
            "address": tr("Address"),
            "phone": tr("Phone"),
            "tax_id": tr("Tax id"),
            "bank_name": tr("Bank"),
            "bank_account": tr("Bank account"),
        }
        form = QFormLayout()
        for name in FIELDS:
            edit = QLineEdit(self)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["name"].setPlaceholderText(tr("As printed on delivery notes and statements"))
        self.logo_edit = QLineEdit(self)
        self.logo_edit.setPlaceholderText(tr("A PNG or JPEG picture (optional)"))
        self.logo_button = QPushButton(tr("Choose…"), self)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedHeight(60)
        self.logo_edit.textChanged.connect(self._on_logo_edit_text_changed)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        form.addRow(tr("Logo"), logo_row)
        form.addRow("", self.logo_preview)
        self.footer_edit = QPlainTextEdit(self)
        self.footer_edit.setPlaceholderText(tr("Printed at the foot of every page, e.g. thanks or payment terms"))
        self.footer_edit.setFixedHeight(70)
        form.addRow(tr("Footer text"), self.footer_edit)
        self.save_button = QPushButton(tr("Save"), self)
        from ..shell import keys

        keys.bind(self, "save", self.save_button.click, button=self.save_button)  # Ctrl+S
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.changed.connect(self._on_ctx_changed)
        self.reload()

    def reload(self) -> None:
        self.ctx.query(lambda: system.get_company(self.ctx.uow), self.show_info, lambda exc: show_error(self, exc))

    def show_info(self, info: CompanyInfo) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(info, name))
        self.logo_edit.setText(info.logo_path)
        self.footer_edit.setPlainText(info.footer)

    def info(self) -> CompanyInfo:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return CompanyInfo(**values, logo_path=self.logo_edit.text(), footer=self.footer_edit.toPlainText())

    def _on_ctx_changed(self, areas) -> None:
        if "settings" in areas:
            self.reload()

    def _on_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the logo"), str(Path.home()), tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp)")
        )
        if path:
            self.logo_edit.setText(path)

    def _on_logo_edit_text_changed(self, text: str) -> None:
        pixmap = QPixmap(text) if text and Path(text).is_file() else QPixmap()
        self.logo_preview.setPixmap(pixmap.scaledToHeight(56) if not pixmap.isNull() else QPixmap())
        self.logo_preview.setVisible(not pixmap.isNull())

    def _on_save_button_clicked(self) -> None:
        info = self.info()
        self.ctx.write(
            lambda: system.save_company(self.ctx.uow, info),
            self._on_saved,
            lambda exc: show_error(self, exc),
            areas={"settings"},
        )

    def _on_saved(self, info: CompanyInfo) -> None:
        self.status_label.setText(tr("Saved."))


def create_page(ctx: AppContext) -> QWidget:
    return CompanyPage(ctx)
