"""Settings → Approvals: the approval rules (no code needed) and the purchasing over-receipt tolerance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import purchasing, system

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.remember import remember_geometry


def page_title() -> str:
    return tr("Approvals")


class RuleDialog(QDialog):
    def __init__(self, ctx: AppContext, rule: system.ApprovalRuleRow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rule = rule
        self.setWindowTitle(tr("Approval rule"))
        self.resize(520, 520)
        self.doc_type_combo = QComboBox(self)
        for key, label in system.DOC_TYPES.items():
            self.doc_type_combo.addItem(tr(label), key)
        self.name_edit = QLineEdit(self)
        self.amount_edit = DecimalEdit(2, allow_empty=True, parent=self)
        self.amount_edit.setPlaceholderText(tr("any amount"))
        self.grades_edit = QLineEdit(self)
        self.grades_edit.setPlaceholderText(tr("e.g. C, D (empty: any grade)"))
        self.categories_list = QListWidget(self)
        self.categories_list.setMaximumHeight(140)
        for choice in system.category_choices(ctx.uow):
            entry = QListWidgetItem(choice.path, self.categories_list)
            entry.setData(Qt.ItemDataRole.UserRole, choice.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if rule and choice.id in rule.category_ids else Qt.CheckState.Unchecked
            )
        self.role_combo = QComboBox(self)
        self.role_combo.setEditable(True)
        for key, label in system.ROLES.items():
            self.role_combo.addItem(tr(label), key)
        self.not_creator_check = QCheckBox(tr("The approver may not be the document's creator"), self)
        self.active_check = QCheckBox(tr("Active"), self)
        self.active_check.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("Document type"), self.doc_type_combo)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Amount over"), self.amount_edit)
        form.addRow(tr("Party grades"), self.grades_edit)
        form.addRow(tr("Product categories"), self.categories_list)
        form.addRow(tr("Approver role"), self.role_combo)
        form.addRow("", self.not_creator_check)
        form.addRow("", self.active_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("A rule applies when all its conditions hold; empty conditions match everything.")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        if rule is not None:
            self.doc_type_combo.setCurrentIndex(self.doc_type_combo.findData(rule.doc_type))
            self.name_edit.setText(rule.name)
            self.amount_edit.setValue(rule.min_amount)
            self.grades_edit.setText(", ".join(rule.grades))
            index = self.role_combo.findData(rule.approver_role)
            if index >= 0:
                self.role_combo.setCurrentIndex(index)
            else:
                self.role_combo.setEditText(rule.approver_role)
            self.not_creator_check.setChecked(rule.not_creator)
            self.active_check.setChecked(rule.active)
        remember_geometry(self, ctx)

    def role(self) -> str:
        index = self.role_combo.currentIndex()
        if index >= 0 and self.role_combo.itemText(index) == self.role_combo.currentText():
            return self.role_combo.itemData(index)
        return self.role_combo.currentText().strip()

    def value(self) -> system.ApprovalRuleRow:
        if not self.amount_edit.is_valid():
            raise ValidationError(tr("The amount must be a number with at most 2 decimals."), field="min_amount")
        categories = tuple(
            self.categories_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.categories_list.count())
            if self.categories_list.item(i).checkState() == Qt.CheckState.Checked
        )
        grades = tuple(g.strip() for g in self.grades_edit.text().replace("，", ",").split(",") if g.strip())
        return system.ApprovalRuleRow(
            self.rule.id if self.rule else None,
            self.doc_type_combo.currentData(),
            self.name_edit.text(),
            self.amount_edit.value(),
            grades,
            categories,
            self.role(),
            self.not_creator_check.isChecked(),
            self.active_check.isChecked(),
        )

    def save(self) -> None:
        try:
            value = self.value()
        except ValidationError as exc:
            show_error(self, exc)
            return
        self.ctx.write(
            lambda: system.save_rule(self.ctx.uow, value),
            lambda _r: self.accept(),
            lambda e: show_error(self, e),
            areas={"settings", "purchasing"},
        )


class ApprovalsPage(QWidget):
    HEADERS = (
        "Document type",
        "Name",
        "Amount over",
        "Grades",
        "Categories",
        "Approver role",
        "Not the creator",
        "Active",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rules: list[system.ApprovalRuleRow] = []
        self.rules_table = QTableWidget(0, 8, self)
        self.rules_table.setHorizontalHeaderLabels(
            [
                tr("Document type"),
                tr("Name"),
                tr("Amount over"),
                tr("Grades"),
                tr("Categories"),
                tr("Approver role"),
                tr("Not the creator"),
                tr("Active"),
            ]
        )
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules_table.verticalHeader().setVisible(False)
        self.rules_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules_table.doubleClicked.connect(lambda _i: self.edit_rule())
        self.add_button = QPushButton(tr("Add rule"), self)
        self.edit_button = QPushButton(tr("Edit rule"), self)
        self.delete_button = QPushButton(tr("Delete rule"), self)
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        self.delete_button.clicked.connect(self.delete_rule)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.tolerance_edit = DecimalEdit(2, parent=self)
        self.tolerance_edit.setMaximumWidth(80)
        self.tolerance_button = QPushButton(tr("Save"), self)
        self.tolerance_button.clicked.connect(self.save_tolerance)
        purchasing_box = QGroupBox(tr("Purchasing"), self)
        row = QHBoxLayout(purchasing_box)
        row.addWidget(QLabel(tr("Over-receipt tolerance (%)")))
        row.addWidget(self.tolerance_edit)
        row.addWidget(self.tolerance_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Documents matching a rule need approval by the rule's role before they are confirmed. "
                    "When several rules match, each must be approved."
                ),
                self,
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.rules_table, 1)
        layout.addWidget(purchasing_box)
        ctx.changed.connect(lambda areas: self.reload() if "settings" in areas else None)
        self.reload()

    def reload(self) -> None:
        def done(result):
            rules, tolerance = result
            self.rules = rules
            self.rules_table.setRowCount(len(rules))
            for r, rule in enumerate(rules):
                texts = (
                    system.doc_type_label(rule.doc_type),
                    rule.name,
                    money_text(rule.min_amount) if rule.min_amount is not None else "",
                    ", ".join(rule.grades),
                    tr("{count} categories", count=len(rule.category_ids)) if rule.category_ids else "",
                    system.role_label(rule.approver_role),
                    "✓" if rule.not_creator else "",
                    "✓" if rule.active else "",
                )
                for c, text in enumerate(texts):
                    self.rules_table.setItem(r, c, QTableWidgetItem(text))
            self.tolerance_edit.setValue((tolerance * 100).normalize())

        self.ctx.query(
            lambda: (system.list_rules(self.ctx.uow), purchasing.over_receipt_tolerance(self.ctx.uow)),
            done,
            lambda e: show_error(self, e),
        )

    def current(self) -> system.ApprovalRuleRow | None:
        row = self.rules_table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def add_rule(self) -> RuleDialog:
        dialog = RuleDialog(self.ctx, None, self)
        dialog.open()
        return dialog

    def edit_rule(self) -> RuleDialog | None:
        rule = self.current()
        if rule is None:
            return None
        dialog = RuleDialog(self.ctx, rule, self)
        dialog.open()
        return dialog

    def delete_rule(self) -> None:
        rule = self.current()
        if rule is not None and rule.id is not None:
            rule_id = rule.id
            self.ctx.write(
                lambda: system.delete_rule(self.ctx.uow, rule_id),
                lambda _r: None,
                lambda e: show_error(self, e),
                areas={"settings", "purchasing"},
            )

    def save_tolerance(self) -> None:
        value = self.tolerance_edit.value()
        if value is None:
            show_error(self, ValidationError(tr("The amount must be a number with at most 2 decimals.")))
            return
        share = value / 100
        self.ctx.write(
            lambda: purchasing.set_over_receipt_tolerance(self.ctx.uow, share),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={"settings", "purchasing"},
        )


def create_page(ctx: AppContext) -> QWidget:
    return ApprovalsPage(ctx)
