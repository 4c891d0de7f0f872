"""Document numbers from per-type, per-year sequences: ``SO-2026-000123``.

A PC that syncs gets a series letter (``LocalState['series']``, assigned at sync setup) that goes
in front of the counter (``SO-2026-B000123``), so numbers stay unique across PCs.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from erp_desktop.models.system import LocalState, NumberSequence
from erp_desktop.storage.fastsql import Prepared

# built once: one statement takes the number and moves the counter on (it also row-locks the
# sequence until the posting commits, so two PCs on PostgreSQL never take the same number)
_SEQ = NumberSequence.__table__.c
_TAKE = Prepared(
    update(NumberSequence.__table__)  # the table, not the entity: no ORM session synchronising
    .where(_SEQ.doc_type == bindparam("k_type"), _SEQ.year == bindparam("k_year"), _SEQ.series == bindparam("k_series"))
    .values(next_value=_SEQ.next_value + 1)
    .returning(_SEQ.next_value)
)


_SERIES = Prepared(select(LocalState.__table__.c.value).where(LocalState.__table__.c.key == "series"))


def pc_series(tx: Session) -> str:
    cache = tx.info.setdefault("_series", {})
    if "series" not in cache:
        cache["series"] = _SERIES.scalar(tx) or ""
    return cache["series"]


def next_number(tx: Session, doc_type: str, on: date) -> str:
    """Take the next number for ``doc_type`` in ``on``'s year. Must run inside the posting's
    transaction so a rolled-back posting gives its number back."""
    series = pc_series(tx)
    key = {"k_type": doc_type, "k_year": on.year, "k_series": series}
    taken = _TAKE.scalar(tx, key)
    if taken is None:  # the first number of this type, year and series
        _start_sequence(tx, doc_type, on.year, series)
        taken = _TAKE.scalar(tx, key)
    return f"{doc_type}-{on.year}-{series}{taken - 1:06d}"


def _start_sequence(tx: Session, doc_type: str, year: int, series: str) -> None:
    """Create the sequence at 1. On PostgreSQL a PC creating the same one at the same moment
    makes this a no-op (the UPDATE that follows then waits for that PC's row)."""
    if tx.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        tx.connection().execute(
            pg_insert(NumberSequence.__table__)
            .values(doc_type=doc_type, year=year, series=series, next_value=1)
            .on_conflict_do_nothing()
        )
    else:
        tx.connection().execute(
            insert(NumberSequence.__table__).values(doc_type=doc_type, year=year, series=series, next_value=1)
        )


VOUCHER_WORD = "记"  # 记账凭证: one voucher word for every entry (no 收/付/转 split)


def next_voucher(tx: Session, on: date) -> tuple[int, str]:
    """The next voucher number of ``on``'s month: ``(yyyymm, "记-0001")``, restarting each month,
    gap-free per month and PC series (taken in the posting's transaction, so a rolled-back posting
    gives it back; the PC's series letter goes in front: ``记-B0001``)."""
    series = pc_series(tx)
    doc_type = f"V{on.month:02d}"
    key = {"k_type": doc_type, "k_year": on.year, "k_series": series}
    taken = _TAKE.scalar(tx, key)
    if taken is None:
        _start_sequence(tx, doc_type, on.year, series)
        taken = _TAKE.scalar(tx, key)
    return on.year * 100 + on.month, f"{VOUCHER_WORD}-{series}{taken - 1:04d}"
