"""Printouts (ReportLab PDF, Chinese and English): business documents, statements and labels.

Rendering takes frozen DTOs (``dto``), never ORM rows; ``sources`` builds them from the shop's
data. The printout's language is the program's (``erp_desktop.i18n.language()``): every label
goes through ``tr``. Chinese text is drawn with an embedded system CJK font (see ``fonts``).
"""
from __future__ import annotations

from .documents import render_document
from .dto import Ageing, DocKind, LabelItem, LabelSpec, PrintDoc, PrintLine, StatementDoc, StatementLine
from .statements import render_statement

__all__ = ["Ageing", "DocKind", "LabelItem", "LabelSpec", "PrintDoc", "PrintLine", "StatementDoc", "StatementLine",
           "render_document", "render_statement"]
