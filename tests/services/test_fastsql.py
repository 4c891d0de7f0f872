"""``fastsql.Prepared`` runs the posting path's statements straight on the DBAPI connection (SQLite)
or through SQLAlchemy (PostgreSQL). Either way the values must round-trip exactly as SQLAlchemy
itself would store and read them, and driver errors must arrive as SQLAlchemy's."""

import uuid
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from sqlalchemy import bindparam, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError

from erp_desktop.models.base import uuid7
from erp_desktop.models.finance import OpenItem
from erp_desktop.storage.fastsql import Prepared

T = OpenItem.__table__
INSERT = Prepared(T.insert(), tuple(c.key for c in T.columns))
BY_PARTY = Prepared(
    select(T.c.id, T.c.party_id, T.c.on, T.c.due, T.c.amount, T.c.allocated, T.c.memo, T.c.created_at)
    .where(T.c.party_id == bindparam("party"))
    .order_by(T.c.amount)
)


def _row(party, amount: str, memo: str = "") -> dict:
    at = datetime(2026, 11, 26, 9, 30, 15, 123456)
    return {
        "id": uuid7(),
        "kind": "receivable",
        "party_id": party,
        "doc_type": "DN",
        "doc_id": uuid7(),
        "doc_number": "DN-1",
        "on": date(2026, 2, 28),
        "due": date(2026, 3, 30),
        "amount": D(amount),
        "allocated": D("0"),
        "memo": memo,
        "created_at": at,
        "updated_at": at,
        "origin_pc": "pc",
        "hlc": 1,
    }


def _round_trip(shop):
    party = uuid.uuid4()
    rows = [_row(party, "0.10"), _row(party, "999999999999.99", memo="龙井 'quoted' \"twice\""), _row(party, "-0.01")]
    with shop.write() as tx:
        INSERT.execute_many(tx, rows)
        prepared = BY_PARTY.rows(tx, {"party": party})
    with shop.read() as tx:  # read back through SQLAlchemy itself
        core = [tuple(r) for r in tx.execute(BY_PARTY.statement, {"party": party})]
    assert prepared == core
    assert [(r[4], r[6]) for r in prepared] == [
        (D("-0.01"), ""),
        (D("0.10"), ""),
        (D("999999999999.99"), "龙井 'quoted' \"twice\""),
    ]
    assert all(isinstance(r[0], uuid.UUID) and r[1] == party and r[2] == date(2026, 2, 28) for r in prepared)
    assert prepared[0][7] == datetime(2026, 11, 26, 9, 30, 15, 123456)


def test_values_round_trip_exactly_on_sqlite(uow):
    _round_trip(uow)


def test_values_round_trip_exactly_on_postgresql(pg_uow):
    _round_trip(pg_uow)


def test_a_statement_keeps_its_own_literal_values():
    bump = Prepared(select((T.c.hlc + 5).label("x")).where(T.c.id == bindparam("id")))
    sql, binds, presets, _readers = bump._render(sqlite.dialect())
    assert [name for name, _process in binds] == ["hlc_1", "id"] and presets == {"hlc_1": 5}
    assert sql.count("?") == 2


def test_a_missing_parameter_is_named(uow):
    with uow.write() as tx, pytest.raises(KeyError, match="'party'"):
        BY_PARTY.rows(tx, {})


def test_driver_errors_arrive_as_sqlalchemy_errors_and_nothing_is_kept(uow):
    row = _row(uuid.uuid4(), "1.00")
    with pytest.raises(IntegrityError):
        with uow.write() as tx:
            INSERT.execute_many(tx, [row])
            INSERT.execute_many(tx, [dict(row)])  # the same id again
    with uow.read() as tx:
        assert BY_PARTY.rows(tx, {"party": row["party_id"]}) == []


def test_floats_are_refused_as_everywhere_else(uow):
    with uow.write() as tx, pytest.raises(TypeError, match="use Decimal"):
        INSERT.execute_many(tx, [{**_row(uuid.uuid4(), "1"), "amount": 1.1}])


def test_rows_of_one_executemany_keep_their_own_dates_and_times(uow):
    """A prepared statement remembers the last date/time it formatted: rows sharing one
    ``created_at`` object reuse it, and a row with another value still gets its own."""
    party = uuid.uuid4()
    rows = [_row(party, "1.00"), _row(party, "2.00"), _row(party, "3.00")]
    shared = datetime(2026, 12, 4, 8, 0, 0, 1)
    rows[0]["created_at"] = rows[1]["created_at"] = shared
    rows[2]["created_at"] = datetime(2026, 12, 4, 8, 0, 0, 2)
    rows[1]["on"], rows[2]["on"] = date(2026, 3, 1), date(2026, 3, 2)
    with uow.write() as tx:
        INSERT.execute_many(tx, rows)
        INSERT.execute_many(tx, [{**_row(party, "4.00"), "created_at": shared}])
    with uow.read() as tx:  # read back through SQLAlchemy itself
        got = [(r[4], r[2], r[7]) for r in tx.execute(BY_PARTY.statement, {"party": party})]
    assert got == [
        (D("1.00"), date(2026, 2, 28), shared),
        (D("2.00"), date(2026, 3, 1), shared),
        (D("3.00"), date(2026, 3, 2), datetime(2026, 12, 4, 8, 0, 0, 2)),
        (D("4.00"), date(2026, 2, 28), shared),
    ]
