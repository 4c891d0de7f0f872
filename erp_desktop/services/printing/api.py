"""Use cases: print a document, a statement or labels of the shop to a PDF file.

Reading only (nothing is written to the shop); each returns the path of the PDF it wrote.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from erp_desktop.storage.uow import UnitOfWork

from ...errors import ValidationError
from ...i18n import tr
from . import sources, store
from .documents import render_document
from .dto import DocKind, LabelSpec
from .labels import render_labels
from .statements import render_statement
from .templates import KINDS, LABELS, STATEMENT, Template


def default_pdf_path(stem: str) -> Path:
    """A fresh file in a temporary folder for previews: ``<tmp>/erp-print-xxxx/<stem>.pdf``."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem) or "document"
    return Path(tempfile.mkdtemp(prefix="erp-print-")) / f"{safe}.pdf"


def print_document(
    uow: UnitOfWork,
    kind: str,
    ref: uuid.UUID | str,
    out: str | Path | None = None,
    *,
    template: str | Template | None = None,
) -> Path:
    """PDF of one business document (kind from ``DocKind``; ``ref`` an id or number), laid out by
    ``template`` (a name, or a ``Template`` being edited) or else the customer's own template, the
    kind's default, the built-in layout. Raises NotFound, ValidationError."""
    doc = sources.build(uow, kind, ref)
    chosen = _template_for(uow, doc.kind, template, doc.party_id)
    return render_document(doc, out or default_pdf_path(doc.number or kind), chosen)


def _template_for(uow: UnitOfWork, kind: str, template: str | Template | None, party_id: str = "") -> Template:
    if isinstance(template, Template):
        if template.kind != kind and not _same_family(template.kind, kind):
            raise ValidationError(
                tr(
                    "The template {name} is for {kind}, not for this document.",
                    name=template.name,
                    kind=tr(KINDS.get(template.kind, template.kind)),
                ),
                field="template",
            )
        return template
    return store.resolve(uow, kind, name=template, party_id=party_id or None)


def _same_family(a: str, b: str) -> bool:
    return {a, b} <= DocKind.MONEY or {a, b} <= {DocKind.TRANSFER, DocKind.STOCK_IN, DocKind.STOCK_OUT}


def print_statement(
    uow: UnitOfWork,
    party_kind: str,
    party_ref: uuid.UUID | str,
    start: date,
    end: date,
    out: str | Path | None = None,
    *,
    template: str | Template | None = None,
) -> Path:
    """PDF statement (对账单) of a customer or supplier (id or code) for [start, end]."""
    doc = sources.statement_doc(uow, party_kind, party_ref, start, end)
    chosen = _template_for(uow, STATEMENT, template, doc.party_id)
    return render_statement(doc, out or default_pdf_path(f"statement-{doc.party_code}-{start}-{end}"), chosen)


def print_labels(
    uow: UnitOfWork,
    products: Iterable[str | uuid.UUID | tuple[str | uuid.UUID, int]],
    out: str | Path | None = None,
    *,
    layout: str = "a4-3x8",
    copies: int = 1,
    symbology: str = "auto",
    show_price: bool = True,
    skip: int = 0,
    template: str | Template | None = None,
) -> Path:
    """PDF of barcode labels for products (ids, codes or barcodes, or (ref, copies) pairs), ``copies`` of each.
    With ``template`` the label paper, grid, price and barcode type come from the template instead.
    Raises NotFound, ValidationError."""
    items = sources.label_items(uow, products)
    chosen = _template_for(uow, LABELS, template) if template is not None else None
    if chosen is not None:
        show_price, symbology = chosen.show_price, chosen.symbology
    spec = LabelSpec(items=items, layout=layout, copies=copies, symbology=symbology, show_price=show_price, skip=skip)
    return render_labels(spec, out or default_pdf_path("labels"), chosen)
