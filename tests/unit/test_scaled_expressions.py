"""The scaled column type survives SQL expressions: sums, differences, CASE, COALESCE and
multiplication by an integer come back as exact Decimals (no decoding by hand, issue 14)."""

from decimal import Decimal as D

from sqlalchemy import Column, Integer, MetaData, Table, case, create_engine, func, literal, select, union_all

from erp_desktop.models.base import Money, Quantity, sum_of

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
