from decimal import Decimal

import pytest

from erp_desktop.money import NotANumber, chinese_capital, money, parse_decimal, to_decimal


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1,234.50", "1234.50"),
        ("１２３", "123"),
        ("¥ 12.3", "12.3"),
        ("-5", "-5"),
        ("０．５", "0.5"),
        ("12元", "12"),
    ],
)
def test_parse_decimal_accepts_what_users_type(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "abc", "NaN", "Infinity", "1.2.3", "--1"])
def test_parse_decimal_refuses_non_numbers(bad):
    with pytest.raises(NotANumber):
        parse_decimal(bad)


@pytest.mark.parametrize("bad", [0.1, True, float("nan"), "1e20"])
def test_to_decimal_refuses_float_and_huge(bad):
    with pytest.raises(NotANumber):
        to_decimal(bad)


def test_money_rounds_half_up():
    assert money(Decimal("2.345")) == Decimal("2.35")
    assert money(Decimal("-2.345")) == Decimal("-2.35")
    assert money(Decimal("0.1") + Decimal("0.2")) == Decimal("0.30")


@pytest.mark.parametrize(
    "amount,text",
    [
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("100", "壹佰元整"),
        ("100000.01", "壹拾万元零壹分"),
        ("10010", "壹万零壹拾元整"),
        ("0.05", "伍分"),
        ("10.05", "壹拾元零伍分"),
        ("0", "零元整"),
        ("-3", "负叁元整"),
    ],
)
def test_chinese_capital(amount, text):
    assert chinese_capital(Decimal(amount)) == text


def test_the_largest_accepted_number_fits_every_column():
    """A typed price of 9,999,999,999,999.99 once passed and overflowed SQLite's 64-bit integer
    (found by the fuzz test): the bound now keeps the 6-place price column inside 64 bits."""
    from erp_desktop.models.base import Price
    from erp_desktop.money import MAX_ABS, NotANumber, price, to_decimal

    with pytest.raises(NotANumber):
        to_decimal(Decimal("9999999999999.9999999"))
    largest = price(to_decimal(MAX_ABS - Decimal("0.000001")))
    assert Price().process_bind_param(largest, None) < 2**63


def test_a_refused_number_is_named_as_typed_not_as_python_shows_it():
    """bad_input.py: `stock receive P0:1e20` said “Decimal('1E+20')” is not a valid number."""
    import pytest

    from erp_desktop.money import NotANumber, to_decimal

    with pytest.raises(NotANumber) as big:
        to_decimal(Decimal("1e20"))
    assert big.value.message == "“1E+20” is too large a number."
    with pytest.raises(NotANumber) as nan:
        to_decimal(Decimal("NaN"))
    assert nan.value.message == "“NaN” is not a valid number."
