"""Document numbers from per-type, per-year sequences: ``SO-2026-000123``.

A PC that syncs gets a series letter (``LocalState['series']``, assigned at sync setup) that goes
in front of the counter (``SO-2026-B000123``), so numbers stay unique across PCs.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from erp_desktop.models.system import LocalState, NumberSequence
from erp_desktop.storage.fastsql import Prepared
from erp_desktop.storage.txcache import tx_cache

# built once: one statement takes the number and moves the counter on (it also row-locks the
# sequence until the posting commits, so two PCs on PostgreSQL never take the same number)
_SEQUENCES = cast(Table, NumberSequence.__table__)
_SEQ = _SEQUENCES.c
_TAKE = Prepared(
    update(_SEQUENCES)  # the table, not the entity: no ORM session synchronising
    .where(_SEQ.doc_type == bindparam("k_type"), _SEQ.year == bindparam("k_year"), _SEQ.series == bindparam("k_series"))
    .values(next_value=_SEQ.next_value + 1)
    .returning(_SEQ.next_value)
)


_SERIES = Prepared(select(LocalState.__table__.c.value).where(LocalState.__table__.c.key == "series"))
# the first number of a transaction reads the series in the same statement (one round trip less
# online); it returns the series it used, which the transaction's cache then keeps
_TAKE_WITH_SERIES = Prepared(
    update(_SEQUENCES)
    .where(
        _SEQ.doc_type == bindparam("k_type"),
        _SEQ.year == bindparam("k_year"),
        _SEQ.series == func.coalesce(_SERIES.statement.scalar_subquery(), ""),
    )
    .values(next_value=_SEQ.next_value + 1)
    .returning(_SEQ.next_value, _SEQ.series)
)


def pc_series(tx: Session) -> str:
    cache = tx_cache(tx, "series", [LocalState.__table__])
    if "series" not in cache:
        cache["series"] = _SERIES.scalar(tx) or ""
    series: str = cache["series"]
    return series


def _take(tx: Session, doc_type: str, year: int) -> tuple[str, int]:
    """(this PC's series, the number taken) of ``doc_type``'s sequence in ``year``, creating the
    sequence at its first number."""
    cache = tx_cache(tx, "series", [LocalState.__table__])
    series: str | None = cache.get("series")
    taken: int | None = None
    if series is None:  # the series and the number in one statement
        row = _TAKE_WITH_SERIES.first(tx, {"k_type": doc_type, "k_year": year})
        if row is not None:
            cache["series"] = row[1]
            return row[1], row[0]
        series = pc_series(tx)  # no sequence yet: it is created below
    else:
        taken = _TAKE.scalar(tx, {"k_type": doc_type, "k_year": year, "k_series": series})
    if taken is None:  # the first number of this type, year and series
        _start_sequence(tx, doc_type, year, series)
        taken = _TAKE.scalar(tx, {"k_type": doc_type, "k_year": year, "k_series": series})
    assert taken is not None, "the sequence row exists once _start_sequence ran"
    return series, taken


def next_number(tx: Session, doc_type: str, on: date) -> str:
    """Take the next number for ``doc_type`` in ``on``'s year. Must run inside the posting's
    transaction so a rolled-back posting gives its number back."""
    series, taken = _take(tx, doc_type, on.year)
    return f"{doc_type}-{on.year}-{series}{taken - 1:06d}"


def _start_sequence(tx: Session, doc_type: str, year: int, series: str) -> None:
    """Create the sequence at 1. On PostgreSQL a PC creating the same one at the same moment
    makes this a no-op (the UPDATE that follows then waits for that PC's row)."""
    if tx.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        tx.connection().execute(
            pg_insert(_SEQUENCES)
            .values(doc_type=doc_type, year=year, series=series, next_value=1)
            .on_conflict_do_nothing()
        )
    else:
        tx.connection().execute(insert(_SEQUENCES).values(doc_type=doc_type, year=year, series=series, next_value=1))


# an entry's voucher and JE numbers in one statement: both sequences locked in the order taking
# them one by one would (the voucher's first: "V…" sorts after "JE"), so two postings never
# wait on each other crosswise
_TAKE_PAIR = Prepared(
    update(_SEQUENCES)
    .where(
        _SEQ.year == bindparam("k_year"),
        _SEQ.series == bindparam("k_series"),
        _SEQ.doc_type.in_(
            select(_SEQ.doc_type)
            .where(
                _SEQ.year == bindparam("k_year"),
                _SEQ.series == bindparam("k_series"),
                _SEQ.doc_type.in_([bindparam("k_first"), bindparam("k_second")]),
            )
            .order_by(_SEQ.doc_type.desc())
            .with_for_update()
            .scalar_subquery()
        ),
    )
    .values(next_value=_SEQ.next_value + 1)
    .returning(_SEQ.doc_type, _SEQ.next_value)
)

VOUCHER_WORD = "记"  # 记账凭证: one voucher word for every entry (no 收/付/转 split)


def next_voucher(tx: Session, on: date) -> tuple[int, str]:
    """The next voucher number of ``on``'s month: ``(yyyymm, "记-0001")``, restarting each month,
    gap-free per month and PC series (taken in the posting's transaction, so a rolled-back posting
    gives it back; the PC's series letter goes in front: ``记-B0001``)."""
    series, taken = _take(tx, f"V{on.month:02d}", on.year)
    return on.year * 100 + on.month, f"{VOUCHER_WORD}-{series}{taken - 1:04d}"


def entry_numbers(tx: Session, on: date) -> tuple[int, str, str]:
    """``next_voucher`` and ``next_number(tx, "JE", on)`` of one journal entry: (yyyymm, voucher
    number, entry number), in one statement once the transaction knows its series and both
    sequences exist."""
    series: str | None = tx_cache(tx, "series", [LocalState.__table__]).get("series")
    voucher_type = f"V{on.month:02d}"
    taken: dict[str, int] = {}
    if series is not None:
        key = {"k_year": on.year, "k_series": series, "k_first": voucher_type, "k_second": "JE"}
        taken = {doc_type: value for doc_type, value in _TAKE_PAIR.rows(tx, key)}
    if voucher_type in taken:
        voucher = on.year * 100 + on.month, f"{VOUCHER_WORD}-{series}{taken[voucher_type] - 1:04d}"
    else:
        voucher = next_voucher(tx, on)
    number = f"JE-{on.year}-{series}{taken['JE'] - 1:06d}" if "JE" in taken else next_number(tx, "JE", on)
    return voucher[0], voucher[1], number
