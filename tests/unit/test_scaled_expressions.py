"""The scaled column type survives SQL expressions: sums, differences, CASE, COALESCE and
multiplication by an integer come back as exact Decimals (no decoding by hand, issue 14)."""

from decimal import Decimal as D

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, case, create_engine, func, literal, select, union_all
from sqlalchemy.dialects import postgresql, sqlite

from erp_desktop.models.base import Money, Price, Quantity, sum_of

META = MetaData()
T = Table("t", META, Column("k", Integer), Column("a", Money), Column("b", Money), Column("q", Quantity))


def _engine():
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as c:
        c.execute(
            T.insert(),
            [
                {"k": 1, "a": D("1.25"), "b": D("0.50"), "q": D("1.5")},
                {"k": 2, "a": D("2.00"), "b": D("1.00"), "q": D("2")},
            ],
        )
    return engine


def _one(engine, expr, *where):
    with engine.connect() as c:
        return c.execute(select(expr).where(*where)).scalar()


def test_sums_and_differences_are_decimals():
    e = _engine()
    assert _one(e, func.sum(T.c.a) - func.sum(T.c.b)) == D("1.75")
    assert _one(e, func.sum(T.c.a - T.c.b)) == D("1.75")
    assert _one(e, T.c.a - T.c.b, T.c.k == 1) == D("0.75")
    assert _one(e, -T.c.q, T.c.k == 1) == D("-1.5")


def test_case_and_coalesce_keep_the_type():
    e = _engine()
    signed = case((T.c.k == 1, T.c.a), else_=literal(0)) - case((T.c.k == 2, T.c.b), else_=literal(0))
    assert _one(e, sum_of(signed)) == D("0.25")
    assert _one(e, sum_of(T.c.a), T.c.k == 9) == D("0")  # no rows: zero, not None
    assert isinstance(_one(e, func.coalesce(func.sum(T.c.q), 0)), D)


def test_multiplying_by_an_integer_is_exact():
    e = _engine()
    assert _one(e, T.c.a * 2, T.c.k == 1) == D("2.50")
    assert _one(e, T.c.a + 1, T.c.k == 1) == D("2.25")


def test_a_union_of_scaled_columns_sums_to_a_decimal():
    e = _engine()
    moves = union_all(select(T.c.q.label("q")), select((-T.c.q).label("q"))).subquery()
    assert _one(e, sum_of(moves.c.q)) == D("0")
    assert isinstance(_one(e, sum_of(moves.c.q)), D)


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_scaled_processors_match_the_type_methods(dialect):
    """The direct bind/result processors give what ``process_bind_param``/``process_result_value``
    give, and refuse what they refuse."""
    for column in (Money(), Quantity(), Price()):
        bind = column.dialect_impl(dialect).bind_processor(dialect)
        read = column.dialect_impl(dialect).result_processor(dialect, None)
        for value in (D("0"), D("-0.01"), D("12.5"), D("999999999999.99"), 7, None):
            assert bind(value) == column.process_bind_param(value, dialect)
        for stored in (0, -1, 125, 10**15, None, "125"):
            assert read(stored) == column.process_result_value(stored, dialect)
        for bad, error in (
            (D("1.0000001"), ValueError),
            (D("NaN"), ValueError),
            (D("Infinity"), ValueError),
            (1.5, TypeError),
        ):
            with pytest.raises(error):
                bind(bad)
