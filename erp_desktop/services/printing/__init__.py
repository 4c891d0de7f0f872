"""Printouts (ReportLab PDF, Chinese and English): business documents, statements and labels.

Rendering takes frozen DTOs (``dto``), never ORM rows; ``sources`` builds them from the shop's
data. The printout's language is the program's (``erp_desktop.i18n.language()``): every label
goes through ``tr``. Chinese text is drawn with an embedded system CJK font (see ``fonts``).

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import printing`` … ``printing.default_pdf_path(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .api import (
        default_pdf_path,
        print_document,
        print_labels,
        print_statement,
    )
    from .documents import (
        render_document,
    )
    from .dto import (
        Ageing,
        DocKind,
        LabelItem,
        LabelSpec,
        PrintDoc,
        PrintLine,
        StatementDoc,
        StatementLine,
    )
    from .labels import (
        LAYOUTS,
        layout_names,
        layout_title,
        render_labels,
    )
    from .receipts import (
        Cell,
        chars_per_line,
        receipt_text,
        render_receipt,
    )
    from .reports import (
        print_report,
        print_vouchers,
    )
    from .sources import (
        recent_numbers,
    )
    from .statements import (
        render_statement,
    )
    from .store import (
        TemplateInfo,
        builtin_name,
        delete_template,
        duplicate_template,
        export_template,
        get_template,
        import_template,
        list_templates,
        party_id_by_code,
        party_template,
        read_template_file,
        rename_template,
        resolve,
        save_template,
        set_default,
        set_party_template,
    )
    from .templates import (
        COUNTER_TICKET,
        KINDS,
        LINE_FIELDS,
        PAPER_TITLES,
        PAPERS,
        STATEMENT_FIELDS,
        TICKET_FOOTER_FIELDS,
        TICKET_HEADER_FIELDS,
        TICKET_LINE_FIELDS,
        Column,
        Template,
        builtin,
        field_codes,
        field_words,
        footer_fields,
        header_fields,
        line_fields,
        parse,
        three_part_form,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "Ageing": ("dto", "Ageing"),
    "DocKind": ("dto", "DocKind"),
    "LAYOUTS": ("labels", "LAYOUTS"),
    "LabelItem": ("dto", "LabelItem"),
    "LabelSpec": ("dto", "LabelSpec"),
    "PrintDoc": ("dto", "PrintDoc"),
    "PrintLine": ("dto", "PrintLine"),
    "StatementDoc": ("dto", "StatementDoc"),
    "StatementLine": ("dto", "StatementLine"),
    "default_pdf_path": ("api", "default_pdf_path"),
    "layout_names": ("labels", "layout_names"),
    "layout_title": ("labels", "layout_title"),
    "print_document": ("api", "print_document"),
    "print_labels": ("api", "print_labels"),
    "print_report": ("reports", "print_report"),
    "print_vouchers": ("reports", "print_vouchers"),
    "print_statement": ("api", "print_statement"),
    "render_document": ("documents", "render_document"),
    "render_labels": ("labels", "render_labels"),
    "render_receipt": ("receipts", "render_receipt"),
    "receipt_text": ("receipts", "receipt_text"),
    "Cell": ("receipts", "Cell"),
    "chars_per_line": ("receipts", "chars_per_line"),
    "COUNTER_TICKET": ("templates", "COUNTER_TICKET"),
    "TICKET_FOOTER_FIELDS": ("templates", "TICKET_FOOTER_FIELDS"),
    "TICKET_HEADER_FIELDS": ("templates", "TICKET_HEADER_FIELDS"),
    "TICKET_LINE_FIELDS": ("templates", "TICKET_LINE_FIELDS"),
    "field_codes": ("templates", "field_codes"),
    "field_words": ("templates", "field_words"),
    "footer_fields": ("templates", "footer_fields"),
    "header_fields": ("templates", "header_fields"),
    "line_fields": ("templates", "line_fields"),
    "render_statement": ("statements", "render_statement"),
    "recent_numbers": ("sources", "recent_numbers"),
    "TemplateInfo": ("store", "TemplateInfo"),
    "builtin_name": ("store", "builtin_name"),
    "delete_template": ("store", "delete_template"),
    "duplicate_template": ("store", "duplicate_template"),
    "export_template": ("store", "export_template"),
    "get_template": ("store", "get_template"),
    "import_template": ("store", "import_template"),
    "list_templates": ("store", "list_templates"),
    "party_template": ("store", "party_template"),
    "party_id_by_code": ("store", "party_id_by_code"),
    "read_template_file": ("store", "read_template_file"),
    "rename_template": ("store", "rename_template"),
    "resolve": ("store", "resolve"),
    "save_template": ("store", "save_template"),
    "set_default": ("store", "set_default"),
    "set_party_template": ("store", "set_party_template"),
    "KINDS": ("templates", "KINDS"),
    "LINE_FIELDS": ("templates", "LINE_FIELDS"),
    "PAPER_TITLES": ("templates", "PAPER_TITLES"),
    "PAPERS": ("templates", "PAPERS"),
    "STATEMENT_FIELDS": ("templates", "STATEMENT_FIELDS"),
    "Column": ("templates", "Column"),
    "Template": ("templates", "Template"),
    "builtin": ("templates", "builtin"),
    "parse": ("templates", "parse"),
    "three_part_form": ("templates", "three_part_form"),
}

__all__ = [
    "Ageing",
    "DocKind",
    "LAYOUTS",
    "LabelItem",
    "LabelSpec",
    "PrintDoc",
    "PrintLine",
    "StatementDoc",
    "StatementLine",
    "default_pdf_path",
    "layout_names",
    "layout_title",
    "print_document",
    "print_labels",
    "print_report",
    "print_vouchers",
    "print_statement",
    "render_document",
    "render_labels",
    "render_receipt",
    "receipt_text",
    "Cell",
    "chars_per_line",
    "COUNTER_TICKET",
    "TICKET_FOOTER_FIELDS",
    "TICKET_HEADER_FIELDS",
    "TICKET_LINE_FIELDS",
    "field_codes",
    "field_words",
    "footer_fields",
    "header_fields",
    "line_fields",
    "render_statement",
    "recent_numbers",
    "TemplateInfo",
    "builtin_name",
    "delete_template",
    "duplicate_template",
    "export_template",
    "get_template",
    "import_template",
    "list_templates",
    "party_template",
    "party_id_by_code",
    "read_template_file",
    "rename_template",
    "resolve",
    "save_template",
    "set_default",
    "set_party_template",
    "KINDS",
    "LINE_FIELDS",
    "PAPER_TITLES",
    "PAPERS",
    "STATEMENT_FIELDS",
    "Column",
    "Template",
    "builtin",
    "parse",
    "three_part_form",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
