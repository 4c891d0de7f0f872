"""Exact numbers: money, quantities, prices and rates as ``Decimal``.

Amounts round half-up to 0.01 at document-line level; quantities keep 3 places; unit prices and
costs keep 6. Parsing accepts what shop users type or paste (thousands separators, full-width
digits, a currency sign) and refuses floats, NaN and infinities.

Leaf module: imports only the other leaves (``errors``, ``i18n``), so a bad number anywhere is a
domain error with a message for the user.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import ValidationError
from .i18n import tr

MONEY_PLACES = 2
QTY_PLACES = 3
PRICE_PLACES = 6
RATE_PLACES = 4
ZERO = Decimal("0")
CENT = Decimal("0.01")
# Beyond any shop, and small enough that every column's scaled integer fits in 64 bits: a price
# keeps 6 places, so 9e12 × 10⁶ = 9e18 < 2⁶³ ≈ 9.22e18 (1e15 let a huge price crash the insert)
MAX_ABS = Decimal("9e12")

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")


def quantize(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(value: Decimal | int | str) -> Decimal:
    """Round half-up to the cent."""
    return quantize(to_decimal(value), MONEY_PLACES)


def qty(value: Decimal | int | str) -> Decimal:
    return quantize(to_decimal(value), QTY_PLACES)


def price(value: Decimal | int | str) -> Decimal:
    return quantize(to_decimal(value), PRICE_PLACES)


def rate(value: Decimal | int | str) -> Decimal:
    return quantize(to_decimal(value), RATE_PLACES)


class NotANumber(ValidationError, ValueError):
    """Text or a value that is not an exact, finite number (a float, NaN, infinity, too large)."""

    def __init__(self, text: str, *, too_large: bool = False):
        shown = text if len(text) <= 40 else text[:37] + "…"
        if too_large:
            super().__init__(tr("“{text}” is too large a number.", text=shown))
        else:
            super().__init__(tr("“{text}” is not a valid number.", text=shown))


def _shown(value: object) -> str:
    """A value as the user would write it (a Decimal's digits, not its Python repr)."""
    return str(value) if isinstance(value, Decimal | int) and not isinstance(value, bool) else repr(value)


def to_decimal(value: object) -> Decimal:
    """An exact Decimal from a Decimal, int or text; refuses float, bool, NaN and infinity."""
    if isinstance(value, bool) or isinstance(value, float):
        raise NotANumber(repr(value))
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        result = parse_decimal(value)
    else:
        raise NotANumber(repr(value))
    if not result.is_finite():
        raise NotANumber(_shown(value))
    if abs(result) >= MAX_ABS:
        raise NotANumber(_shown(value), too_large=True)
    return result


def parse_decimal(text: str) -> Decimal:
    """Parse typed or pasted text: '1,234.50', '１２３', '¥ 12.3', '-5' → Decimal."""
    cleaned = text.strip().translate(_FULLWIDTH).replace(",", "").replace(" ", "")
    cleaned = cleaned.lstrip("¥￥$").rstrip("元")
    if not cleaned:
        raise NotANumber(text)
    try:
        result = Decimal(cleaned)
    except InvalidOperation as exc:
        raise NotANumber(text) from exc
    if not result.is_finite():
        raise NotANumber(text)
    return result


def places_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def fmt_money(value: Decimal | None) -> str:
    """Plain '1,234.50' (UI formats by locale through ui.formatting)."""
    if value is None:
        return ""
    return f"{money(value):,.2f}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]
_SECTIONS = ["", "万", "亿", "万亿"]


def chinese_capital(amount: Decimal) -> str:
    """大写金额: 1234.56 → '壹仟贰佰叁拾肆元伍角陆分'; 100 → '壹佰元整'."""
    amount = money(amount)
    negative = amount < 0
    amount = abs(amount)
    cents = int((amount * 100).to_integral_value())
    yuan, fen_total = divmod(cents, 100)
    jiao, fen = divmod(fen_total, 10)
    if yuan == 0 and fen_total == 0:
        return "零元整"
    parts: list[str] = []
    if yuan:
        sections = []
        n = yuan
        while n:
            sections.append(n % 10000)
            n //= 10000
        text = ""
        zero_pending = False
        for index in range(len(sections) - 1, -1, -1):
            section = sections[index]
            if section == 0:
                zero_pending = True
                continue
            if text and (zero_pending or section < 1000):
                text += "零"
            zero_pending = False
            text += _section(section) + _SECTIONS[index]
        parts.append(text + "元")
    if jiao == 0 and fen == 0:
        parts.append("整")
    else:
        if jiao:
            parts.append(_DIGITS[jiao] + "角")
        elif yuan:
            parts.append("零")
        if fen:
            parts.append(_DIGITS[fen] + "分")
        else:
            parts.append("整")
    return ("负" if negative else "") + "".join(parts)


def _section(n: int) -> str:
    text = ""
    zero = False
    for position in range(3, -1, -1):
        digit = (n // 10**position) % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += _DIGITS[digit] + _UNITS[position]
    return text


def unscale(scaled: int | None, places: int) -> Decimal:
    """A scaled integer read by plain SQL (the fast paths bypass the ORM's column type) back to
    the exact ``Decimal`` it stores; ``None`` (a sum over no rows) is zero."""
    return Decimal(int(scaled or 0)).scaleb(-places)
