"""Settings → Chart of accounts (科目): the 小企业会计准则 chart, editable by the owner — add a
(sub-)account, rename, deactivate; and the account each reason books (other receipts and issues,
stock count differences). Accounts used by postings (system) cannot be removed; only accounts
without sub-accounts take lines."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext, Area
from ..errors import show_error
from ..finance.common import current_row, table
from ..table_models import Column
from ..widgets.remember import remember_geometry

KINDS = (
    ("asset", "Asset"),
    ("liability", "Liability"),
    ("equity", "Equity"),
    ("revenue", "Revenue"),
    ("expense", "Expense"),
)


def page_title() -> str:
    return tr("Chart of accounts")


def _kind_label(kind: str) -> str:
    return {
        "asset": tr("Asset"),
        "liability": tr("Liability"),
        "equity": tr("Equity"),
        "revenue": tr("Revenue"),
        "expense": tr("Expense"),
    }.get(kind, kind)


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.add_button = QPushButton(tr("Add account…"), self)
        self.rename_button = QPushButton(tr("Rename…"), self)
        self.active_button = QPushButton(tr("Deactivate / activate"), self)
        top = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.active_button):
            top.addWidget(b)
        top.addStretch(1)
        self.view, self.model = table(
            [
                Column("code", tr("Code"), width=90),
                Column("full_name", tr("Name"), width=260),
                Column("name_en", tr("English name"), width=200),
                Column("kind_text", tr("Kind"), width=90),
                Column("parent_code", tr("Parent"), width=80),
                Column("leaf", tr("Postable"), "bool", width=70),
                Column("active", tr("Active"), "bool", width=60),
                Column("system", tr("Used by postings"), "bool"),
            ],
            self,
        )
        self.posting_button = QPushButton(tr("Change account…"), self)
        self.posting_view, self.posting_model = table(
            [
                Column("label", tr("Reason"), width=260),
                Column("code", tr("Account"), width=90),
                Column("name", tr("Name"), width=160),
                Column("default_code", tr("Default"), width=80),
            ],
            self,
        )
        posting_top = QHBoxLayout()
        posting_top.addWidget(QLabel(tr("Counter-accounts: what each reason books against the stock"), self))
        posting_top.addStretch(1)
        posting_top.addWidget(self.posting_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addLayout(posting_top)
        layout.addWidget(self.posting_view, 2)
        self.posting_button.clicked.connect(self._on_posting_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        ctx.changed.connect(lambda areas: bool(areas & {Area.FINANCE, Area.SETTINGS}) and self.reload())
        self.reload()

    def reload(self) -> None:
        self.ctx.query(
            lambda: (finance.list_accounts(self.ctx.uow), finance.list_posting_accounts(self.ctx.uow)),
            self._on_loaded,
            lambda e: show_error(self, e),
        )

    def _on_loaded(self, result) -> None:
        from dataclasses import replace

        rows, postings = result
        self.accounts = rows
        self.model.set_rows([replace(r, kind=_kind_label(r.kind)) for r in rows])
        self.posting_model.set_rows(postings)

    def _on_posting_button_clicked(self) -> None:
        row = current_row(self.posting_view)
        if row is None:
            return
        choices = [f"{a.code} {a.full_name}" for a in self.accounts if a.leaf and a.active]
        current = next((i for i, c in enumerate(choices) if c.split(" ", 1)[0] == row.code), 0)
        choice, ok = QInputDialog.getItem(self, row.label, tr("Account"), choices, current, False)
        if ok and choice:
            code = choice.split(" ", 1)[0]
            self._write(lambda: finance.set_posting_account(self.ctx.uow, row.key, code))

    def _write(self, fn) -> None:
        self.ctx.write(fn, lambda _r: None, lambda e: show_error(self, e), areas={Area.FINANCE, Area.SETTINGS})

    def _on_add_button_clicked(self) -> None:
        parent = current_row(self.view)
        dialog = AddAccountDialog(self, parent.code if parent else "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        args = dialog.values()
        self._write(lambda: finance.add_account(self.ctx.uow, **args))

    def _on_rename_button_clicked(self) -> None:
        row = current_row(self.view)
        if row is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename {code}", code=row.code), tr("Name"), text=row.name)
        if ok:
            self._write(lambda: finance.update_account(self.ctx.uow, row.code, name=name))

    def _on_active_button_clicked(self) -> None:
        row = current_row(self.view)
        if row is not None:
            self._write(lambda: finance.update_account(self.ctx.uow, row.code, active=not row.active))


class AddAccountDialog(QDialog):
    def __init__(self, parent: QWidget | None, parent_code: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Add account"))
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.name_en_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(tr("(the parent's)"), None)
        for key, _label in KINDS:
            self.kind_combo.addItem(_kind_label(key), key)
        self.parent_edit = QLineEdit(parent_code, self)
        form = QFormLayout()
        for label, w in (
            (tr("Code"), self.code_edit),
            (tr("Name"), self.name_edit),
            (tr("English name"), self.name_en_edit),
            (tr("Kind"), self.kind_combo),
            (tr("Parent account"), self.parent_edit),
        ):
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(380, 0)
        remember_geometry(self)

    def values(self) -> dict:
        return dict(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            name_en=self.name_en_edit.text(),
            kind=self.kind_combo.currentData(),
            parent_code=self.parent_edit.text().strip() or None,
        )


def create_page(ctx: AppContext) -> QWidget:
    return AccountsPage(ctx)
