"""Money, quantities and dates formatted in one place."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ..money import MONEY_PLACES, QTY_PLACES, quantize


def money_text(value: Decimal | None) -> str:
    return "" if value is None else f"{quantize(value, MONEY_PLACES):,.2f}"


def qty_text(value: Decimal | None) -> str:
    """Quantities without trailing zeros: 10, 2.5, 0.125."""
    if value is None:
        return ""
    text = f"{quantize(value, QTY_PLACES):,.3f}".rstrip("0").rstrip(".")
    return text or "0"


def price_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{value:,.{min(places, 6)}f}"


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{(value * 100).normalize():f}%"


def date_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
