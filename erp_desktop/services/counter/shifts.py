"""Shifts (交班 / 日结): open with the cash float, take tickets, close with the cash counted.

Closing works out the shift's takings by payment method from its tickets' payments (sales in,
returns out) and the cash that should be in the drawer (float + cash in − cash out); the counted
cash minus that is the difference, posted as a money document on the cash account (长款 → other
income, 短款 → other expense, as the counter settings say) with the cashier's note. The figures are
fixed in the shift's ``report`` and a shift closes once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of, utcnow, uuid7
from erp_desktop.models.counter import CounterPayment, CounterShift, CounterTicket, ShiftState, TicketKind
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.models.stores import Store
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.counter.settings import CASH, METHODS, load_settings_tx, method_label
from erp_desktop.services.counter.stores import counter_name, counter_store_tx, store_ids_tx
from erp_desktop.services.finance.money import record_other_tx
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.uow import UnitOfWork, actor_of

SHIFT_PREFIX = "SH"


@dataclass(frozen=True)
class ShiftRow:
    id: uuid.UUID
    number: str
    on: date
    cashier: str
    state: str
    opened_at: datetime
    closed_at: datetime | None
    float_amount: Decimal
    cash_account: str
    counted_cash: Decimal | None
    difference: Decimal
    store_id: uuid.UUID | None = None
    store: str = ""  # "code name" of its store


@dataclass(frozen=True)
class MethodTakings:
    method: str
    label: str
    sales: Decimal
    refunds: Decimal

    @property
    def net(self) -> Decimal:
        return self.sales - self.refunds


@dataclass(frozen=True)
class ShiftReport:
    shift: ShiftRow
    tickets: int
    returns: int
    sales_total: Decimal  # Σ sale tickets' totals
    returns_total: Decimal
    discounts: Decimal  # 整单折扣 + points off + 抹零 given
    rounding: Decimal
    by_method: tuple[MethodTakings, ...]
    expected_cash: Decimal  # float + cash in − cash out
    counted_cash: Decimal | None
    difference: Decimal
    note: str

    @property
    def takings(self) -> Decimal:
        return sum((m.net for m in self.by_method), ZERO)


def _row(tx: Session, shift: CounterShift) -> ShiftRow:
    code = tx.scalar(select(MoneyAccount.code).where(MoneyAccount.id == shift.cash_account_id)) or ""
    store = tx.get(Store, shift.store_id) if shift.store_id is not None else None
    return ShiftRow(
        shift.id,
        shift.number,
        shift.on,
        shift.cashier,
        shift.state,
        shift.opened_at,
        shift.closed_at,
        shift.float_amount,
        code,
        shift.counted_cash,
        shift.difference,
        shift.store_id,
        f"{store.code} {store.name}" if store is not None else "",
    )


def _money_value(value: object, what: str) -> Decimal:
    try:
        amount = to_decimal(value)
    except ValueError:
        raise ValidationError(
            tr("{what} must be a number (got {value}).", what=what, value=value), field="amount"
        ) from None
    if money(amount) != amount:
        raise ValidationError(tr("An amount has at most two decimal places."), field="amount")
    if amount < ZERO:
        raise ValidationError(tr("{what} cannot be negative.", what=what), field="amount")
    return amount


def open_shift(
    uow: UnitOfWork, *, float_amount: Decimal, on: date | None = None, cash_account: str | None = None
) -> ShiftRow:
    """Open a shift on this counter with the cash float. Raises ValidationError (a shift is already
    open here, no cash account set), NotFound."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        amount = _money_value(float_amount, tr("The cash float"))
        store = counter_store_tx(tx)  # the shift belongs to this counter's store
        settings = store.settings
        till = counter_name(tx)
        already = tx.scalar(
            select(CounterShift.number).where(
                CounterShift.counter_name == till, CounterShift.state == ShiftState.OPEN.value
            )
        )
        if already:
            raise ValidationError(tr("Shift {number} is still open on this counter; close it first.", number=already))
        code = cash_account or settings.account_code(CASH)
        if not code:
            raise ValidationError(
                tr("No money account is set for {method}; set one in the counter settings.", method=method_label(CASH)),
                field="cash_account",
            )
        account_id = tx.scalar(select(MoneyAccount.id).where(MoneyAccount.code == code))
        if account_id is None:
            raise NotFound(tr("No money account {ref}.", ref=code))
        shift = CounterShift(
            id=uuid7(),
            number=next_number(tx, SHIFT_PREFIX, on),
            on=on,
            cashier=actor_of(tx).username,
            counter_name=till,
            store_id=store.id,
            cash_account_id=account_id,
            state=ShiftState.OPEN.value,
            opened_at=utcnow(),
            float_amount=amount,
            difference=ZERO,
            report={},
            version=1,
        )
        tx.add(shift)
        tx.flush()
        return _row(tx, shift)


def current_shift(uow: UnitOfWork) -> ShiftRow | None:
    """This counter's open shift, if any."""
    with uow.read() as tx:
        shift = tx.scalar(
            select(CounterShift).where(
                CounterShift.counter_name == counter_name(tx), CounterShift.state == ShiftState.OPEN.value
            )
        )
        return _row(tx, shift) if shift is not None else None


def list_shifts(uow: UnitOfWork, *, limit: int = 50, store: uuid.UUID | str | None = None) -> list[ShiftRow]:
    """The latest shifts, of one store if ``store`` (id or code) is given. Raises NotFound."""
    with uow.read() as tx:
        stmt = select(CounterShift).order_by(CounterShift.opened_at.desc()).limit(limit)
        store_id = store_ids_tx(tx, store)
        if store_id is not None:
            stmt = stmt.where(CounterShift.store_id == store_id)
        return [_row(tx, s) for s in tx.scalars(stmt)]


def _get_shift(tx: Session, ref: uuid.UUID | str) -> CounterShift:
    if isinstance(ref, uuid.UUID):
        shift = tx.get(CounterShift, ref)
    else:
        shift = tx.scalar(select(CounterShift).where(CounterShift.number == ref.strip()))
    if shift is None:
        raise NotFound(tr("No shift {ref}.", ref=str(ref)))
    return shift


def _figures(tx: Session, shift: CounterShift) -> dict[str, Any]:
    """The shift's figures from its tickets and their payments (what closing fixes)."""
    sales = {m: ZERO for m in METHODS}
    refunds = {m: ZERO for m in METHODS}
    for kind, method, amount in tx.execute(
        select(CounterTicket.kind, CounterPayment.method, sum_of(CounterPayment.amount))
        .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
        .where(CounterTicket.shift_id == shift.id)
        .group_by(CounterTicket.kind, CounterPayment.method)
    ):
        (sales if kind == TicketKind.SALE.value else refunds)[method] += amount
    counts: dict[str, Any] = {}
    for kind, n, total, discount, points, rounding in tx.execute(
        select(
            CounterTicket.kind,
            func.count(),
            sum_of(CounterTicket.total),
            sum_of(CounterTicket.discount_amount),
            sum_of(CounterTicket.points_discount),
            sum_of(CounterTicket.rounding),
        )
        .where(CounterTicket.shift_id == shift.id)
        .group_by(CounterTicket.kind)
    ):
        counts[kind] = (n, total, discount + points + rounding, rounding)
    sale = counts.get(TicketKind.SALE.value, (0, ZERO, ZERO, ZERO))
    back = counts.get(TicketKind.RETURN.value, (0, ZERO, ZERO, ZERO))
    expected = shift.float_amount + sales[CASH] - refunds[CASH]
    return {
        "tickets": sale[0],
        "returns": back[0],
        "sales_total": str(sale[1]),
        "returns_total": str(back[1]),
        "discounts": str(sale[2]),
        "rounding": str(sale[3]),
        "by_method": {m: [str(sales[m]), str(refunds[m])] for m in METHODS if sales[m] or refunds[m]},
        "expected_cash": str(expected),
    }


def _report(tx: Session, shift: CounterShift, figures: dict[str, Any]) -> ShiftReport:
    by_method = tuple(
        MethodTakings(m, method_label(m), Decimal(v[0]), Decimal(v[1]))
        for m in METHODS
        for v in [figures["by_method"].get(m)]
        if v is not None
    )
    return ShiftReport(
        _row(tx, shift),
        int(figures["tickets"]),
        int(figures["returns"]),
        Decimal(figures["sales_total"]),
        Decimal(figures["returns_total"]),
        Decimal(figures["discounts"]),
        Decimal(figures["rounding"]),
        by_method,
        Decimal(figures["expected_cash"]),
        shift.counted_cash,
        shift.difference,
        shift.note,
    )


def close_shift(uow: UnitOfWork, shift_ref: uuid.UUID | str, *, counted_cash: Decimal, note: str = "") -> ShiftReport:
    """Close the shift with the cash counted: its figures fixed, the difference posted to its
    account with ``note``. Raises InvalidTransition (already closed), ValidationError, NotFound,
    PeriodClosed."""
    with uow.write() as tx:
        require(tx, Perm.SELL)
        shift = lock_row(tx, CounterShift, _get_shift(tx, shift_ref).id)
        assert shift is not None
        if shift.state != ShiftState.OPEN.value:
            raise InvalidTransition(tr("Shift {number} is already closed.", number=shift.number))
        counted = _money_value(counted_cash, tr("The counted cash"))
        settings = load_settings_tx(tx)
        figures = _figures(tx, shift)
        expected = Decimal(figures["expected_cash"])
        difference = counted - expected
        on = max(shift.on, date.today())
        note = (note or "").strip()[:300]
        if difference != ZERO:
            memo = tr(
                "Shift {number}: counted {counted}, expected {expected}",
                number=shift.number,
                counted=counted,
                expected=expected,
            )
            if note:
                memo = f"{memo} · {note}"
            result = record_other_tx(
                tx,
                kind="income" if difference > ZERO else "expense",
                account_id=shift.cash_account_id,
                counter_account=settings.surplus_account if difference > ZERO else settings.shortage_account,
                amount=abs(difference),
                on=on,
                method="现金",
                reference=shift.number,
                memo=memo[:300],
            )
            shift.difference_txn_id = result.id
        shift.state = ShiftState.CLOSED.value
        shift.closed_at = utcnow()
        shift.expected_cash = expected
        shift.counted_cash = counted
        shift.difference = difference
        shift.note = note
        figures["counted_cash"] = str(counted)
        figures["difference"] = str(difference)
        shift.report = figures
        shift.version += 1
        tx.flush()
        return _report(tx, shift, figures)


def shift_report(uow: UnitOfWork, shift_ref: uuid.UUID | str | None = None) -> ShiftReport:
    """The shift's report: the figures fixed at close, or the running figures of an open shift
    (default: this counter's open shift)."""
    with uow.read() as tx:
        if shift_ref is None:
            shift = tx.scalar(
                select(CounterShift).where(
                    CounterShift.counter_name == counter_name(tx), CounterShift.state == ShiftState.OPEN.value
                )
            )
            if shift is None:
                raise NotFound(tr("No shift is open on this counter."))
        else:
            shift = _get_shift(tx, shift_ref)
        figures = shift.report if shift.state == ShiftState.CLOSED.value and shift.report else _figures(tx, shift)
        return _report(tx, shift, figures)


@dataclass(frozen=True)
class StoreTakings:
    """The shifts of one store over a period (the shift report cut by store): tickets, sales and
    returns, takings by payment method, the cash differences of its closed shifts."""

    store_id: uuid.UUID | None
    store: str  # "code name"
    shifts: int
    tickets: int
    returns: int
    sales_total: Decimal
    returns_total: Decimal
    by_method: tuple[MethodTakings, ...]
    difference: Decimal

    @property
    def takings(self) -> Decimal:
        return sum((m.net for m in self.by_method), ZERO)


def store_takings(
    uow: UnitOfWork, *, start: date, end: date, store: uuid.UUID | str | None = None
) -> list[StoreTakings]:
    """Per store (one if ``store`` is given), the shifts opened from ``start`` to ``end``: their
    tickets' totals and payments by method, and the differences of the closed ones. Raises NotFound."""
    with uow.read() as tx:
        store_id = store_ids_tx(tx, store)
        where = [CounterShift.on >= start, CounterShift.on <= end]
        if store_id is not None:
            where.append(CounterShift.store_id == store_id)
        shifts: dict[uuid.UUID | None, list[Any]] = {}
        for sid, n, diff in tx.execute(
            select(CounterShift.store_id, func.count(), sum_of(CounterShift.difference))
            .where(*where)
            .group_by(CounterShift.store_id)
        ):
            shifts[sid] = [n, diff]
        counts: dict[tuple[uuid.UUID | None, str], tuple[int, Decimal]] = {}
        for sid, kind, n, total in tx.execute(
            select(CounterShift.store_id, CounterTicket.kind, func.count(), sum_of(CounterTicket.total))
            .join(CounterShift, CounterShift.id == CounterTicket.shift_id)
            .where(*where)
            .group_by(CounterShift.store_id, CounterTicket.kind)
        ):
            counts[(sid, kind)] = (n, total)
        methods: dict[uuid.UUID | None, dict[str, list[Decimal]]] = {}
        for sid, kind, method, amount in tx.execute(
            select(CounterShift.store_id, CounterTicket.kind, CounterPayment.method, sum_of(CounterPayment.amount))
            .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
            .join(CounterShift, CounterShift.id == CounterTicket.shift_id)
            .where(*where)
            .group_by(CounterShift.store_id, CounterTicket.kind, CounterPayment.method)
        ):
            pair = methods.setdefault(sid, {}).setdefault(method, [ZERO, ZERO])
            pair[0 if kind == TicketKind.SALE.value else 1] += amount
        names = {s.id: f"{s.code} {s.name}" for s in tx.scalars(select(Store))}
        out = []
        for sid, (n, diff) in sorted(shifts.items(), key=lambda item: names.get(item[0], "") if item[0] else ""):
            sale = counts.get((sid, TicketKind.SALE.value), (0, ZERO))
            back = counts.get((sid, TicketKind.RETURN.value), (0, ZERO))
            by = methods.get(sid, {})
            out.append(
                StoreTakings(
                    sid,
                    names.get(sid, "") if sid else "",
                    n,
                    sale[0],
                    back[0],
                    sale[1],
                    back[1],
                    tuple(MethodTakings(m, method_label(m), by[m][0], by[m][1]) for m in METHODS if m in by),
                    diff,
                )
            )
        return out
