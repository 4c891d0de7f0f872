"""A product's costing method (计价方法) as master data: how a cell or an editor names it, how it
is written back, and the one rule for choosing it — only before the product's first stock move
(the average or the FIFO layers are built from the first move on). Used by the product editor's
service (``inventory.set_costing_method``) and the products list's Excel import."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.costing import COSTING_LABELS, CostingMethod
from erp_desktop.models.stock import StockMove

METHODS = tuple(COSTING_LABELS)
DEFAULT = CostingMethod.AVERAGE.value
# the words a sheet may use for a method, beside its key and its label (either language)
_WORDS = {"移动加权平均": "average", "加权平均": "average", "移动平均": "average", "先进先出": "fifo"}


def costing_label(method: str) -> str:
    """A costing method in the user's words (the export writes this)."""
    return tr(COSTING_LABELS[method]) if method in COSTING_LABELS else method


def costing_of(value: object, *, required: bool = False) -> str:
    """The method ("average" | "fifo") ``value`` names — its key, its label in English or
    Chinese, 移动加权平均 / 先进先出 — or "" for nothing (unless ``required``). Raises ValidationError."""
    text = str(value or "").strip()
    for key, label in COSTING_LABELS.items():
        if text and text.casefold() in (key, label.casefold(), tr(label).casefold()):
            return key
    if text in _WORDS:
        return _WORDS[text]
    if text or required:
        raise ValidationError(
            tr("The costing method is moving average or FIFO (got {method}).", method=text), field="costing_method"
        )
    return ""


def check_costing_change(tx: Session, product: Product, method: str) -> None:
    """Refuse another method for a product that already has stock moves (ValidationError)."""
    if product.costing_method == method:
        return
    if tx.scalar(select(StockMove.id).where(StockMove.product_id == product.id).limit(1)) is not None:
        raise ValidationError(
            tr(
                "{code} {name} already has stock moves: its costing method ({method}) can only be chosen "
                "before its first move.",
                code=product.code,
                name=product.name,
                method=costing_label(product.costing_method),
            ),
            field="costing_method",
        )
