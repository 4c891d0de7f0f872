"""结账: close the next month (the full invariant check runs first), re-open the last one (owner)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..table_models import Column
from .common import table


class ClosePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.month_edit = QLineEdit(self)
        self.month_edit.setPlaceholderText("2026-10")
        self.month_edit.setMaximumWidth(120)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("Note"))
        self.close_button = QPushButton(tr("Close month"), self)
        self.reopen_button = QPushButton(tr("Re-open last closed month…"), self)
        self.info_label = QLabel(
            tr(
                "Closing runs every invariant check first. Nothing can be posted into a closed month; "
                "corrections go into the open period."
            ),
            self,
        )
        self.info_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Month")))
        top.addWidget(self.month_edit)
        top.addWidget(self.note_edit, 1)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        self.view, self.model = table(
            [
                Column("label", tr("Month"), width=100),
                Column("closed_at", tr("Closed at"), "date", width=160),
                Column("user_name", tr("By"), width=100),
                Column("note", tr("Note")),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        ctx.changed.connect(lambda areas: Area.FINANCE in areas and self.reload())
        self.reload()

    def reload(self) -> None:
        self.ctx.query(
            lambda: (finance.list_closed_periods(self.ctx.uow), finance.next_month_to_close(self.ctx.uow)),
            self._on_loaded,
            lambda e: show_error(self, e),
        )

    def _on_loaded(self, result) -> None:
        periods, upcoming = result
        self.model.set_rows(periods)
        if upcoming is not None:
            self.month_edit.setText(f"{upcoming[0]}-{upcoming[1]:02d}")
        self.reopen_button.setEnabled(bool(periods))

    def _on_close_button_clicked(self) -> None:
        try:
            year, month = finance.parse_month(self.month_edit.text())
        except Exception as exc:  # noqa: BLE001 - ValidationError shown to the user
            show_error(self, exc)
            return
        if not ask(
            self, tr("Close {year}-{month:02d}? Nothing can be posted into it afterwards.", year=year, month=month)
        ):
            return
        note = self.note_edit.text()
        self.ctx.write(
            lambda: finance.close_period(self.ctx.uow, year, month, note=note),
            lambda _r: self.note_edit.clear(),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_reopen_button_clicked(self) -> None:
        periods = self.model.rows
        if not periods:
            return
        last = periods[0]
        reason, ok = QInputDialog.getText(self, tr("Re-open {month}", month=last.label), tr("Reason (recorded):"))
        if not ok:
            return
        self.ctx.write(
            lambda: finance.reopen_period(self.ctx.uow, last.year, last.month, reason=reason),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )
