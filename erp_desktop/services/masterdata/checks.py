"""``verify`` checks for master data's 多单位: every document line entered in another unit has
``qty = unit_qty × unit_factor`` exactly, a line in the base unit has no entered quantity and a
factor of 1, and the stock moves of a line entered in another unit add up to its base quantity
(the ledger only ever holds base units). ``services.system.verify`` runs ``CHECKS``."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import Base
from erp_desktop.models.stock import StockMove
from erp_desktop.services.ledger.checks import Check

_LIMIT = 20
ONE = Decimal(1)
# line tables whose stock moves name the line (``stock_move.doc_line_id``) once posted
_MOVED = frozenset(
    {
        "sales_delivery_line",
        "sales_return_line",
        "purchase_receipt_line",
        "purchase_return_line",
        "stock_doc_line",
        "counter_ticket_line",
    }
)


def line_tables() -> list[Table]:
    """Every table whose rows carry the unit they were entered in (``models.units.LineUnit``)."""
    return [t for t in Base.metadata.sorted_tables if {"unit", "unit_qty", "unit_factor", "qty"} <= set(t.c.keys())]


def check_line_units(tx: Session) -> Check:
    details: list[str] = []
    for table in line_tables():
        c = table.c
        base_bad = tx.scalar(
            select(func.count())
            .select_from(table)
            .where(c.unit == "", or_(c.unit_qty.is_not(None), c.unit_factor != ONE))
        )
        if base_bad:
            details.append(
                tr(
                    "{table}: {n} lines in the base unit carry an entered quantity or a factor.",
                    table=table.name,
                    n=base_bad,
                )
            )
        entered = list(tx.execute(select(c.id, c.qty, c.unit, c.unit_qty, c.unit_factor).where(c.unit != "")))
        for line_id, qty, unit, unit_qty, factor in entered:
            if unit_qty is None or factor <= 0 or unit_qty * factor != qty:
                details.append(
                    tr(
                        "{table} line {id}: {qty} in the base unit is not {unit_qty} {unit} × {factor}.",
                        table=table.name,
                        id=line_id,
                        qty=qty,
                        unit_qty=unit_qty,
                        unit=unit,
                        factor=factor,
                    )
                )
        if table.name in _MOVED and entered:
            wanted = {line_id: qty for line_id, qty, *_rest in entered}
            moved: dict = defaultdict(Decimal)
            ids = list(wanted)
            for start in range(0, len(ids), 500):
                for line_id, total in tx.execute(
                    select(StockMove.doc_line_id, func.sum(StockMove.qty))
                    .where(StockMove.doc_line_id.in_(ids[start : start + 500]))
                    .group_by(StockMove.doc_line_id)
                ):
                    moved[line_id] = total
            for line_id, total in moved.items():
                if total != wanted[line_id]:
                    details.append(
                        tr(
                            "{table} line {id}: its stock moves hold {moved}, the line {qty} in the base unit.",
                            table=table.name,
                            id=line_id,
                            moved=total,
                            qty=wanted[line_id],
                        )
                    )
    return Check(
        tr("Document lines in other units convert exactly to the base unit"), not details, tuple(details[:_LIMIT])
    )


CHECKS = [check_line_units]
