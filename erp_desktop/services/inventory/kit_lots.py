"""The lots and serials (批次 / 序列号) a draft assembly or disassembly keeps with its lines until
it posts (``stock_doc_line.lots``): the same ``LotInput`` values the posting takes, as JSON —
``{"number", "qty", "production_date", "expiry_date"}``, the quantity as exact decimal text, the
dates ISO. Saving checks what can be checked without the stock (a number, a quantity above zero
with at most 3 places, an expiry not before production); the posting checks the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.money import ZERO
from erp_desktop.money import qty as qty_
from erp_desktop.services.ledger.lots import LotInput


def lots_json(lots: Sequence[LotInput], *, where: str) -> list[dict[str, Any]] | None:
    """The column value of a line's lots (None: none entered). ``where`` names the line in an
    error ("Line 2, C001 Tea"). Raises ValidationError (field ``lot``)."""
    out = []
    for lot in lots:
        number = (lot.number or "").strip()
        if not number:
            raise ValidationError(tr("{where}: a lot or serial without its number.", where=where), field="lot")
        quantity = lot.qty
        if (
            not isinstance(quantity, Decimal)
            or not quantity.is_finite()
            or quantity <= ZERO
            or qty_(quantity) != quantity
        ):
            raise ValidationError(
                tr(
                    "{where}: the quantity of {number} must be more than zero with at most 3 decimals (got {qty}).",
                    where=where,
                    number=number,
                    qty=quantity,
                ),
                field="lot",
            )
        if lot.production_date and lot.expiry_date and lot.expiry_date < lot.production_date:
            raise ValidationError(
                tr("{where}: {number} expires before it was produced.", where=where, number=number), field="lot"
            )
        out.append(
            {
                "number": number,
                "qty": str(quantity),
                "production_date": lot.production_date.isoformat() if lot.production_date else None,
                "expiry_date": lot.expiry_date.isoformat() if lot.expiry_date else None,
            }
        )
    return out or None


def lots_of_json(data: list[dict[str, Any]] | None) -> tuple[LotInput, ...]:
    """A line's stored lots back as the posting takes them."""

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    return tuple(
        LotInput(item["number"], Decimal(item["qty"]), day(item.get("production_date")), day(item.get("expiry_date")))
        for item in data or ()
    )


def draft_lots(doc: StockDoc) -> dict[uuid.UUID, tuple[LotInput, ...]]:
    """The lots and serials a draft kit document keeps, by product (as ``post_kit_doc`` takes them)."""
    return {line.product_id: lots_of_json(line.lots) for line in doc.lines if line.lots}
