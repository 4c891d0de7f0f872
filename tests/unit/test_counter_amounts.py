"""A ticket's amounts add up exactly whatever the lines, discounts, points and 抹零."""

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from erp_desktop.services.counter.amounts import round_down, ticket_amounts

_line = st.tuples(
    st.integers(1, 50_000).map(lambda n: D(n) / 1000),  # qty, 3 places
    st.integers(0, 10_000_00).map(lambda n: D(n) / 100),  # price incl. VAT
    st.integers(0, 9_999).map(lambda n: D(n) / 10_000),  # line discount
    st.sampled_from([D("0"), D("0.03"), D("0.06"), D("0.09"), D("0.13")]),
)


@given(
    st.lists(_line, min_size=1, max_size=8),
    st.integers(0, 9_999).map(lambda n: D(n) / 10_000),
    st.integers(0, 500_00).map(lambda n: D(n) / 100),
    st.sampled_from(["none", "jiao", "yuan"]),
)
def test_lines_add_up_to_the_total(lines, rate, points, rounding):
    a = ticket_amounts(lines, discount_rate=rate, points_value=points, rounding=rounding)
    assert sum(l.gross for l in a.lines) == a.total
    assert a.subtotal - a.discount_amount - a.points_discount - a.rounding == a.total
    assert all(l.net + l.tax == l.gross and l.gross >= 0 and l.gross <= l.list_gross for l in a.lines)
    assert a.total >= 0 and a.rounding >= 0 and a.total == round_down(a.total, rounding)
    assert a.net_total + a.tax_total == a.total
