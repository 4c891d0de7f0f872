"""Small helpers shared by the inventory screens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from erp_desktop.services import inventory

from ...i18n import tr
from ..errors import run_confirmable
from ..widgets.date_edit import DateEdit, date_field, date_value

AREAS = frozenset({"stock", "finance"})


def date_edit(parent: QWidget, value: date | None = None, *, optional: bool = False) -> DateEdit:
    return date_field(parent, value, optional=optional, empty_text=tr("any"))


date_of = date_value


def combo(parent: QWidget, items: Sequence[tuple[str, object]]) -> QComboBox:
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    return box


def post_stock_draft(
    form: Any,
    header: dict[str, Any],
    *,
    create: Callable[..., Any],
    save: Callable[..., Any],
) -> None:
    """F11 on a stock-document form (other receipt/issue/transfer, assembly, disassembly): a new
    document is created and posted at once (``create``), a saved draft is saved (``save``) and
    posted (with what the draft keeps: an assembly's lots and serials are in ``header``); a
    warning asks first (``run_confirmable``); the posted document is then shown."""
    doc_id, version, uow = form.doc_id, form.version, form.ctx.uow

    def call(ack):
        if doc_id is None:
            return create(uow, acknowledged=ack, **header)
        save(uow, doc_id, version=version, **header)
        return inventory.post_stock_doc(uow, doc_id, acknowledged=ack)

    def done(result) -> None:
        form.doc_id = result.id
        form.posted_result = result
        form.set_clean()
        form.saved.emit(result)
        form.load(result.id)
        form._status(tr("Posted {number}", number=result.number))

    run_confirmable(form, call, done, lambda fn, ok, failed: form.ctx.write(fn, ok, failed, areas=AREAS))
