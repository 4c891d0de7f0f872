"""Printouts (ReportLab PDF, Chinese and English): business documents, statements and labels.

Rendering takes frozen DTOs (``dto``), never ORM rows; ``sources`` builds them from the shop's
data. The printout's language is the program's (``erp_desktop.i18n.language()``): every label
goes through ``tr``. Chinese text is drawn with an embedded system CJK font (see ``fonts``).
"""

from __future__ import annotations

from .api import default_pdf_path, print_document, print_labels, print_statement
from .documents import render_document
from .dto import Ageing, DocKind, LabelItem, LabelSpec, PrintDoc, PrintLine, StatementDoc, StatementLine
from .labels import LAYOUTS, layout_names, layout_title, render_labels
from .statements import render_statement

__all__ = [
    "Ageing",
    "DocKind",
    "LabelItem",
    "LabelSpec",
    "PrintDoc",
    "PrintLine",
    "StatementDoc",
    "StatementLine",
    "LAYOUTS",
    "default_pdf_path",
    "layout_names",
    "layout_title",
    "print_document",
    "print_labels",
    "print_statement",
    "render_document",
    "render_labels",
    "render_statement",
]
