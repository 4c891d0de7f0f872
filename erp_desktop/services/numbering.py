"""Document numbers from per-type, per-year sequences: ``SO-2026-000123``.

A PC that syncs gets a series letter (``LocalState['series']``, assigned at sync setup) that goes
in front of the counter (``SO-2026-B000123``), so numbers stay unique across PCs.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.system import LocalState, NumberSequence


def pc_series(tx: Session) -> str:
    cache = tx.info.setdefault("_series", {})
    if "series" not in cache:
        row = tx.get(LocalState, "series")
        cache["series"] = row.value if row else ""
    return cache["series"]


def next_number(tx: Session, doc_type: str, on: date) -> str:
    """Take the next number for ``doc_type`` in ``on``'s year. Must run inside the posting's
    transaction so a rolled-back posting gives its number back."""
    series = pc_series(tx)
    row = tx.scalars(
        select(NumberSequence)
        .where(NumberSequence.doc_type == doc_type, NumberSequence.year == on.year, NumberSequence.series == series)
        .with_for_update()
    ).first()
    if row is None:
        row = NumberSequence(doc_type=doc_type, year=on.year, series=series, next_value=1)
        tx.add(row)
    value = row.next_value
    row.next_value = value + 1
    return f"{doc_type}-{on.year}-{series}{value:06d}"
