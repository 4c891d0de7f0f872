"""A ticket's amounts, worked out without a database (the screen shows them as the cashier types,
the posting writes them): counter prices include VAT (零售价含税).

    list_gross   = money(qty × price × (1 − line discount))          per line
    subtotal     = Σ list_gross
    discount     = subtotal − money(subtotal × (1 − 整单折扣))
    points off   = the value of the points redeemed (never more than what is left)
    rounding     = 抹零: what is left rounded down to the 角 or 元
    total        = subtotal − discount − points off − rounding          what the customer pays

The reduction (subtotal − total) is spread over the lines in proportion to their list gross (the
largest line takes the cent left over), so each line's ``gross`` is final and revenue, VAT and the
lines add up exactly: net = money(gross / (1 + rate)), tax = gross − net.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from erp_desktop.money import ZERO, money

ONE = Decimal(1)
_STEP = {"none": Decimal("0.01"), "jiao": Decimal("0.1"), "yuan": Decimal("1")}


@dataclass(frozen=True)
class LineAmounts:
    list_gross: Decimal
    gross: Decimal
    net: Decimal
    tax: Decimal


@dataclass(frozen=True)
class TicketAmounts:
    lines: tuple[LineAmounts, ...]
    subtotal: Decimal
    discount_amount: Decimal
    points_discount: Decimal
    rounding: Decimal
    total: Decimal

    @property
    def net_total(self) -> Decimal:
        return sum((line.net for line in self.lines), ZERO)

    @property
    def tax_total(self) -> Decimal:
        return sum((line.tax for line in self.lines), ZERO)


def round_down(value: Decimal, mode: str) -> Decimal:
    """抹零: ``value`` rounded down to the 角 ("jiao") or 元 ("yuan"); "none" keeps the fen."""
    step = _STEP.get(mode, _STEP["none"])
    return (value / step).to_integral_value(rounding=ROUND_DOWN) * step if value > ZERO else money(value)


def split_gross(gross: Decimal, tax_rate: Decimal) -> tuple[Decimal, Decimal]:
    """(net, tax) of a VAT-inclusive amount."""
    net = money(gross / (ONE + tax_rate))
    return net, gross - net


def spread(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """``amount`` in cents over ``weights`` pro rata; the largest weight takes what rounding leaves."""
    total = sum(weights, ZERO)
    if amount == ZERO or total == ZERO:
        return [ZERO for _ in weights]
    shares = [money(amount * w / total) for w in weights]
    largest = max(range(len(weights)), key=lambda i: (weights[i], -i))
    shares[largest] += amount - sum(shares, ZERO)
    return shares


def ticket_amounts(
    lines: Sequence[tuple[Decimal, Decimal, Decimal, Decimal]],
    *,
    discount_rate: Decimal = ZERO,
    points_value: Decimal = ZERO,
    rounding: str = "none",
) -> TicketAmounts:
    """Amounts of lines given as (qty, VAT-inclusive price, line discount, tax rate)."""
    list_gross = [money(qty * price * (ONE - discount)) for qty, price, discount, _rate in lines]
    subtotal = sum(list_gross, ZERO)
    after_discount = money(subtotal * (ONE - discount_rate))
    discount_amount = subtotal - after_discount
    points_discount = min(money(points_value), after_discount)
    before_rounding = after_discount - points_discount
    total = round_down(before_rounding, rounding)
    shares = spread(subtotal - total, list_gross)
    out = []
    for (_qty, _price, _discount, tax_rate), listed, share in zip(lines, list_gross, shares):
        gross = listed - share
        net, tax = split_gross(gross, tax_rate)
        out.append(LineAmounts(listed, gross, net, tax))
    return TicketAmounts(tuple(out), subtotal, discount_amount, points_discount, before_rounding - total, total)
