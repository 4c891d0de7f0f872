"""The money receipt (收款单) and payment (付款单) forms, each in its own tab, and their list.

A new one: the customer (or supplier) on top — Enter on its code lists its open items in the grid
— then the amount (Enter moves to the first item), the account, date, method, reference and memo;
the grid's 核销 column takes what to allocate to each item (Enter moves down; Auto fills it oldest
first; Ctrl+Shift+A). Ctrl+S (or F11) posts it. The 资金 field offers, besides new money, each
earlier credit of the party still open (an unallocated receipt or payment, a credit note, a
return): choosing one allocates that credit to the items instead (nothing new is received). A posted one shows what it was allocated against, prints
(Ctrl+P) and has 改单: reverse it (冲销, linked both ways, in one transaction) and open a copy as a
new receipt with the same amount and allocations to correct and post again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from erp_desktop.services import finance
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext, Area
from ..errors import ask, run_confirmable, show_error
from ..formatting import date_text, money_text
from ..forms import DocumentForm, GridColumn, LineGrid, register_form
from ..printing import add_list_print_action, print_document
from ..table_models import Column
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.pickers import PartyPicker
from .common import MoneyAccountCombo, date_edit, date_of

AREAS = {Area.FINANCE}
PRINT_KINDS = {"receipt": DocKind.MONEY_RECEIPT, "payment": DocKind.MONEY_PAYMENT}
FORM_KINDS = {"receipt": "money_receipt", "payment": "money_payment"}


@dataclass(frozen=True)
class _Doc:
    """A grid line's document (an open item, or an allocation of a posted receipt)."""

    id: Any
    label: str


class AllocationGrid(LineGrid):
    """The open items: no new line; Enter moves down the 核销 column."""

    def _sync_new_line(self) -> None:
        self.picker = None

    def _next(self, row: int, key: str) -> None:
        if row + 1 < self.line_count and self.editor(row + 1, key) is not None:
            self.focus_cell(row + 1, key)


def _columns() -> list[GridColumn]:
    return [
        GridColumn("product", tr("Document"), "product", width=220, stretch=True),
        GridColumn("on", tr("Date"), "text", width=90),
        GridColumn("due", tr("Due"), "text", width=90),
        GridColumn("amount", tr("Amount"), "money", width=100),
        GridColumn("open", tr("Open amount"), "money", width=100),
        GridColumn("allocate", tr("Allocate"), "money", editable=True, places=2, width=110),
    ]


class MoneyDocForm(DocumentForm):
    """``doc_kind`` receipt (收款, a customer) or payment (付款, a supplier); ``doc_id`` a posted one."""

    def __init__(
        self, ctx: AppContext, doc_kind: str = "receipt", doc_id: uuid.UUID | None = None, parent: QWidget | None = None
    ):
        super().__init__(ctx, parent)
        self.doc_kind = doc_kind
        self.kind = FORM_KINDS[doc_kind]
        self.party_kind = "customer" if doc_kind == "receipt" else "supplier"
        self.doc_id = doc_id
        self.detail: finance.MoneyDocDetail | None = None
        self.items: list[finance.OpenItemRow] = []
        self.posted_result = None
        self.reversal_result = None
        self._wanted: dict[str, Decimal] = {}  # 改单's copy: allocations by document number
        self._filling = False

        self.party_picker = PartyPicker(ctx, self.party_kind, self)
        self.amount_edit = DecimalEdit(2, parent=self)
        self.amount_edit.setPlaceholderText("0.00")
        self.account_combo = MoneyAccountCombo(ctx, self)
        self.date_edit = date_edit(parent=self)
        self.method_combo = QComboBox(self)
        self.method_combo.addItems(list(finance.METHODS))
        self.method_combo.setCurrentText("转账")
        self.method_combo.setEditable(True)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(tr("Bank slip no., cheque no. …"))
        self.memo_edit = QLineEdit(self)
        self.credits: list[finance.OpenItemRow] = []  # the party's open credits (advances, returns…)
        self.source_combo = QComboBox(self)
        self.source_combo.setToolTip(tr("New money, or an earlier credit of the party to allocate"))
        self.allocated_result = None
        self.add_field(tr("Customer") if doc_kind == "receipt" else tr("Supplier"), self.party_picker)
        self.add_field(tr("Amount"), self.amount_edit)
        self.add_field(tr("Account"), self.account_combo)
        self.add_field(tr("Date"), self.date_edit, new_row=True)
        self.add_field(tr("Method"), self.method_combo)
        self.add_field(tr("Reference"), self.reference_edit)
        self.add_field(tr("Memo"), self.memo_edit, span=2, new_row=True)
        self.add_field(tr("Source of money"), self.source_combo)
        self.source_combo.currentIndexChanged.connect(self._on_source_combo_changed)
        self.watch(self.amount_edit, self.date_edit, self.reference_edit, self.memo_edit, self.account_combo)
        self.party_picker.picked.connect(self._on_party_picked)
        self.amount_edit.returnPressed.connect(self._on_amount_entered)
        self.amount_edit.valueChanged.connect(lambda _v: self._update_totals())

        self.grid = AllocationGrid(ctx, _columns(), self)
        self.grid.value_edited.connect(self._on_value_edited)
        self.set_grid(self.grid)

        self.save_button = self.add_button(tr("Save"), self.save, "save")
        self.auto_button = self.add_button(tr("Auto-allocate oldest first (Ctrl+Shift+A)"), self.auto_allocate)
        self.auto_button.setShortcut("Ctrl+Shift+A")
        self.amend_button = self.add_button(tr("Amend (红冲)"), self.amend)
        self.amend_button.setToolTip(
            tr("Reverse it (冲销) and open a copy with the same amount and allocations to correct and post again.")
        )
        self.print_button = self.add_button(tr("Print…"), self.print_, "print_", print_row=True)
        if doc_id is not None:
            self.load(doc_id)
        else:
            self._show(None)
            self._fill_sources([])  # new money, until a party's earlier credits are known

    # --- the keyboard contract ------------------------------------------------------------
    def post(self) -> None:
        self.save()

    def print_(self) -> None:
        if self.detail is not None:
            print_document(self, self.ctx, PRINT_KINDS[self.doc_kind], self.detail.doc.id)

    def load(self, doc_id: uuid.UUID) -> None:
        self.doc_id = doc_id
        self.ctx.query(lambda: finance.get_money_doc(self.ctx.uow, doc_id), self._show, lambda e: show_error(self, e))

    def refresh(self) -> None:
        if self.detail is not None:
            self.load(self.detail.doc.id)
        elif not self.has_unsaved_changes():
            self._load_items()

    # --- showing --------------------------------------------------------------------------
    def _kind_title(self) -> str:
        return tr("Receipt (收款)") if self.doc_kind == "receipt" else tr("Payment (付款)")

    def _show(self, detail: finance.MoneyDocDetail | None) -> None:
        self.detail = detail
        self._filling = True
        self.grid.clear_lines()
        if detail is None:
            self.set_title(tr("New {kind}", kind=self._kind_title()))
            self.state_label.setText("")
            self.grid.set_editable(True)
        else:
            doc = detail.doc
            self.set_title(doc.number)
            self.state_label.setText(f"[{doc.state_label}]")
            self.info_label.setText(doc.pair_label)
            from erp_desktop.services.masterdata import PartyBrief

            if doc.party_id is not None:
                self.party_picker.set_party(PartyBrief(doc.party_id, doc.party_code, doc.party_name, self.party_kind))
            self.amount_edit.setValue(doc.amount)
            self.account_combo.set_account(doc.account_id)
            self.date_edit.setDate(QDate(doc.on.year, doc.on.month, doc.on.day))
            self.method_combo.setCurrentText(doc.method)
            self.reference_edit.setText(doc.reference)
            self.memo_edit.setText(doc.memo)
            self.grid.set_editable(False)
            for allocation in detail.allocations:
                self.grid.add_line(_Doc(allocation.doc_number, allocation.doc_number), {"allocate": allocation.amount})
        editable = detail is None
        for widget in (
            self.party_picker,
            self.amount_edit,
            self.account_combo,
            self.date_edit,
            self.method_combo,
            self.reference_edit,
            self.memo_edit,
            self.source_combo,
        ):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.auto_button.setVisible(editable)
        self.amend_button.setVisible(detail is not None and detail.doc.state == "posted")
        self.print_button.setVisible(detail is not None)
        self._filling = False
        self._update_totals()
        self.set_clean()

    def _load_items(self) -> None:
        party = self.party_picker.party()
        if party is None or self.detail is not None:
            return
        kind = "receivable" if self.party_kind == "customer" else "payable"
        uow = self.ctx.uow

        def load():
            return (
                finance.list_open_items(uow, kind=kind, party_id=party.id, sign=1),
                finance.list_open_items(uow, kind=kind, party_id=party.id, sign=-1),
            )

        self.ctx.query(load, self._on_items_loaded, lambda e: show_error(self, e))

    def _on_items_loaded(self, result) -> None:
        items, credits = result
        self._fill_sources(credits)
        self._fill_items(items)

    # --- earlier credits ------------------------------------------------------------------
    def _fill_sources(self, credits) -> None:
        self.credits = list(credits)
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(
            tr("New money received") if self.party_kind == "customer" else tr("New money paid"), None
        )
        for credit in self.credits:
            self.source_combo.addItem(
                tr(
                    "Allocate {doc} {number} ({open} left)",
                    doc=credit.doc_label,
                    number=credit.doc_number,
                    open=money_text(-credit.open),
                ),
                credit.id,
            )
        self.source_combo.blockSignals(False)
        self._on_source_combo_changed(0)

    def credit(self) -> finance.OpenItemRow | None:
        """The earlier credit being allocated, or None for new money."""
        chosen = self.source_combo.currentData()
        return next((c for c in self.credits if c.id == chosen), None)

    def choose_credit(self, number: str | None) -> None:
        index = next((i for i, c in enumerate(self.credits, 1) if c.doc_number == number), 0)
        self.source_combo.setCurrentIndex(index)

    def _on_source_combo_changed(self, _index: int) -> None:
        credit = self.credit()
        new = credit is None and self.detail is None
        for widget in (self.amount_edit, self.account_combo, self.method_combo, self.reference_edit, self.memo_edit):
            widget.setEnabled(new)
        if credit is not None:
            self.amount_edit.setValue(-credit.open)
        self._update_totals()

    def _fill_items(self, items) -> None:
        self.items = list(items)
        self._filling = True
        self.grid.clear_lines()
        self.grid.set_editable(True)
        for item in self.items:
            self.grid.add_line(
                _Doc(item.id, f"{item.doc_number} {item.doc_label}"),
                {
                    "on": date_text(item.on),
                    "due": date_text(item.due),
                    "amount": item.amount,
                    "open": item.open,
                    "allocate": self._wanted.get(item.doc_number),
                },
            )
        self._filling = False
        self._update_totals()

    def allocations(self) -> list[tuple[Any, Decimal]]:
        if self.detail is not None:
            return []
        result = []
        for row, item in enumerate(self.items):
            value = self.grid.value(row, "allocate")
            if value:
                result.append((item.id, value))
        return result

    def _update_totals(self) -> None:
        if self.detail is not None:
            total = sum((a.amount for a in self.detail.allocations), ZERO)
            self.totals_label.setText(
                tr(
                    "{amount} · allocated {allocated}",
                    amount=money_text(self.detail.doc.amount),
                    allocated=money_text(total),
                )
            )
            self.totals_label.setStyleSheet("")
            return
        allocated = sum((v for _i, v in self.allocations()), ZERO)
        credit = self.credit()
        available = -credit.open if credit is not None else self.amount_edit.value() or ZERO
        self.totals_label.setText(
            tr(
                "Allocated {allocated} of {available}; {left} stays as an advance",
                allocated=money_text(allocated),
                available=money_text(available),
                left=money_text(available - allocated),
            )
        )
        self.totals_label.setStyleSheet("color: #c62828;" if allocated > available else "")

    # --- editing --------------------------------------------------------------------------
    def _on_party_picked(self, _brief) -> None:
        if self._filling:
            return
        self.mark_dirty()
        self._load_items()
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()

    def _on_amount_entered(self) -> None:
        if self.grid.line_count:
            self.grid.focus_cell(0, "allocate")

    def _on_value_edited(self, _row: int, _key: str) -> None:
        if not self._filling:
            self.mark_dirty()
            self._update_totals()

    def auto_allocate(self) -> None:
        left = self.amount_edit.value() or ZERO
        for row, item in enumerate(self.items):
            take = min(left, item.open) if left > ZERO else ZERO
            self.grid.set_value(row, "allocate", take or None)
            left -= take
        self.mark_dirty()
        self._update_totals()

    def save(self) -> None:
        if self.detail is not None:
            return
        if self.credit() is not None:
            self._allocate_credit()
            return
        party = self.party_picker.party()
        amount, account_id = self.amount_edit.value(), self.account_combo.account_id()
        if party is None:
            show_error(self, ValidationError(tr("Choose the customer or supplier first.")))
            return
        if amount is None or account_id is None:
            show_error(self, ValidationError(tr("Enter the amount and choose a money account.")))
            return
        kwargs = dict(
            amount=amount,
            account_id=account_id,
            on=date_of(self.date_edit),
            method=self.method_combo.currentText(),
            reference=self.reference_edit.text(),
            memo=self.memo_edit.text(),
            allocate=self.allocations() or None,
        )
        uow = self.ctx.uow

        def call(ack):
            if self.doc_kind == "receipt":
                return finance.receive_money(uow, customer_id=party.id, **kwargs)
            return finance.pay_money(uow, supplier_id=party.id, acknowledged=ack, **kwargs)

        def done(result) -> None:
            self.posted_result = result
            self.set_clean()
            self.saved.emit(result)
            self.load(result.id)
            self.print_button.setFocus()  # the offer to print the receipt: Space prints

        run_confirmable(self, call, done, lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS))

    def _allocate_credit(self) -> None:
        """Allocate the chosen earlier credit to the amounts typed in the grid (one transaction)."""
        credit, choices = self.credit(), self.allocations()
        assert credit is not None
        if not choices:
            show_error(self, ValidationError(tr("Enter the amounts to allocate.")))
            return
        uow, on = self.ctx.uow, date_of(self.date_edit)

        def done(result) -> None:
            self.allocated_result = result
            self.set_clean()
            self.saved.emit(result)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(tr("Allocated {number}", number=credit.doc_number), 5000)
            self._load_items()  # what is still open, and what is left of the credit

        run_confirmable(
            self,
            lambda ack: finance.allocate(uow, credit_item_id=credit.id, choices=choices, on=on),
            done,
            lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS),
        )

    # --- 改单 -----------------------------------------------------------------------------
    def amend(self) -> MoneyDocForm | None:
        """改单: reverse it (冲销: its allocations undone, every move mirrored, linked both ways,
        one transaction) and open a copy — the same party, amount, account, method and
        allocations — as a new one to correct and post."""
        detail = self.detail
        if detail is None or detail.doc.state != "posted":
            return None
        doc = detail.doc
        if not ask(
            self,
            tr(
                "Reverse {number} (冲销) and open a copy to correct? The reversal is posted at once.", number=doc.number
            ),
        ):
            return None
        uow = self.ctx.uow
        on = max(doc.on, date.today())
        opened: list[MoneyDocForm] = []

        def done(result) -> None:
            from ..forms.tabs import document_tabs

            self.reversal_result = result
            self.saved.emit(result)
            self.load(doc.id)
            form = MoneyDocForm(self.ctx, self.doc_kind)
            document_tabs(self.ctx).add_form(form)
            form.fill_copy(detail)
            self.amended = form
            opened.append(form)

        self.ctx.write(
            lambda: finance.reverse_money_txn(uow, doc.id, on=on),
            done,
            lambda e: show_error(self, e),
            areas=AREAS,
        )
        return opened[0] if opened else None

    def fill_copy(self, original: finance.MoneyDocDetail) -> None:
        from erp_desktop.services.masterdata import PartyBrief

        doc = original.doc
        self._wanted = {a.doc_number: a.amount for a in original.allocations}
        self._filling = True
        if doc.party_id is not None:
            self.party_picker.set_party(PartyBrief(doc.party_id, doc.party_code, doc.party_name, self.party_kind))
        self.amount_edit.setValue(doc.amount)
        self.account_combo.set_account(doc.account_id)
        self.method_combo.setCurrentText(doc.method)
        self.reference_edit.setText(doc.reference)
        self.memo_edit.setText(doc.memo)
        self._filling = False
        self._load_items()
        self.info_label.setText(tr("Corrected copy of {number}.", number=doc.number))
        self.mark_dirty()
        self.amount_edit.setFocus()
        self.amount_edit.selectAll()


class MoneyDocsPage(QWidget):
    """The list of receipts and payments (kind and state filters); Enter opens one's form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", tr("Number"), width=140),
            Column("on", tr("Date"), "date", width=90),
            Column("kind_label", tr("Type"), sortable=False, width=110),
            Column("party", tr("Customer / supplier"), sortable=False, width=200),
            Column("account_name", tr("Account"), sortable=False, width=150),
            Column("amount", tr("Amount"), "money", width=100),
            Column("state_label", tr("State"), sortable=False, width=70),
            Column("pair_label", tr("红冲"), sortable=False, width=170),
            Column("memo", tr("Memo"), sortable=False),
        ]
        self.list_page = ListPage(
            columns, self._fetch, parent=self, placeholder=tr("Search number, reference or memo…")
        )
        self.kind_combo = QComboBox(self)
        for text, data in ((tr("All types"), ""), (tr("Receipt (收款)"), "receipt"), (tr("Payment (付款)"), "payment")):
            self.kind_combo.addItem(text, data)
        self.state_combo = QComboBox(self)
        for text, data in (
            (tr("All states"), ""),
            (tr("posted"), "posted"),
            (tr("reversed"), "reversed"),
            (tr("红冲"), "reversal"),
        ):
            self.state_combo.addItem(text, data)
        filters = QHBoxLayout()
        for widget in (QLabel(tr("Type"), self), self.kind_combo, QLabel(tr("State"), self), self.state_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list_page, 1)
        self.list_page.add_action(tr("New receipt"), lambda: self.new_document("receipt"), "Ctrl+N")
        self.list_page.add_action(tr("New payment"), lambda: self.new_document("payment"), "Ctrl+Shift+N")
        self.list_page.add_action(tr("Open"), self.open_current, "Ctrl+O")
        add_list_print_action(self.list_page, ctx, lambda row: (PRINT_KINDS[row.kind], row.id))
        self.list_page.activated.connect(lambda row: self.open_doc(row.id, row.kind))
        for combo in (self.kind_combo, self.state_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        ctx.changed.connect(self._on_ctx_changed)

    def _fetch(self, query: ListQuery):
        return finance.list_money_docs(self.ctx.uow, query)

    def apply_filters(self) -> None:
        found = {"kind": self.kind_combo.currentData(), "state": self.state_combo.currentData()}
        self.list_page.model.set_query(filters={k: v for k, v in found.items() if v})

    def _on_ctx_changed(self, areas) -> None:
        if Area.FINANCE in areas:
            self.list_page.reload()

    def new_document(self, kind: str = "receipt") -> MoneyDocForm:
        form = self.open_doc(None, kind)
        form.party_picker.setFocus()
        return form

    def open_doc(self, doc_id: uuid.UUID | None, kind: str) -> MoneyDocForm:
        from ..forms import open_document

        form = open_document(self.ctx, FORM_KINDS[kind], doc_id, lambda: MoneyDocForm(self.ctx, kind))
        assert isinstance(form, MoneyDocForm)
        return form

    def open_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.open_doc(row.id, row.kind)


def _factory(kind: str):
    return lambda ctx: MoneyDocForm(ctx, kind)


for _kind, _form_kind in FORM_KINDS.items():
    register_form(_form_kind, _factory(_kind))
