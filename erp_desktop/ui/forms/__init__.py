"""Document forms (单据): ``DocumentForm`` (header · line grid · totals and buttons), the line grid
``LineGrid`` and ``DocumentTabs`` (each document in its own closable tab)."""

from __future__ import annotations

from .base import DocumentForm, ask_unsaved
from .grid import GridColumn, LineGrid
from .tabs import DocumentTabs, document_tabs, install_document_tabs, open_document, register_form

__all__ = [
    "DocumentForm",
    "DocumentTabs",
    "GridColumn",
    "LineGrid",
    "ask_unsaved",
    "document_tabs",
    "install_document_tabs",
    "open_document",
    "register_form",
]
