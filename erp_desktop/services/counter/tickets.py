"""Counter tickets (零售开单 / 收银): a sale (POS) posted in ONE transaction, and a return against a
ticket found by its number (POR).

A sale writes: the ticket and its lines; the stock moves bin → customer at the moving average
(``ledger.stock.post_moves``); one money document (``MoneyTxn`` kind ``counter``) with its move per
payment that is not stored value, on the money account its method is set to; the member's points
and stored value; and one balanced journal entry:
    Dr money accounts (cash net of change, WeChat, Alipay, card) / Dr 2203 预收账款 (stored value spent)
    Cr 5001 主营业务收入 net / Cr 22210102 销项税额 (one line per rate)
    Dr 5401 主营业务成本 / Cr 1405 库存商品 at the move values.
No receivable is raised: the ticket is paid in full on the spot. A return is the mirror image: the
goods back at their original cost, the money (or stored value) refunded, the entry reversed.
Bad input (an unknown product, paying less than the total, more points or stored value than the
member has, a return of more than was sold) is refused before anything is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.counter import (
    CounterMember,
    CounterMemberEvent,
    CounterPayment,
    CounterShift,
    CounterTicket,
    CounterTicketLine,
    ShiftState,
    TicketKind,
)
from erp_desktop.models.parties import Customer
from erp_desktop.models.payments import MoneyMove, MoneyTxn
from erp_desktop.models.stores import DEFAULT_STORE_ID
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.money import price as price_
from erp_desktop.money import rate as rate_
from erp_desktop.services.counter import fast
from erp_desktop.services.counter import lots as counter_lots
from erp_desktop.services.counter.amounts import TicketAmounts, split_gross, ticket_amounts
from erp_desktop.services.counter.settings import (
    CASH,
    METHOD_WORDS,
    METHODS,
    STORED_VALUE,
    CounterSettings,
    method_label,
    stored_value_account,
)
from erp_desktop.services.counter.stores import StoreContext, counter_name, counter_store_tx, store_context_tx
from erp_desktop.services.ledger.bundles import bundle_components, components_back, issue_specs, per_line
from erp_desktop.services.ledger.journal import Accounts, Posting, ensure_period_open
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.masterdata.units import entered_qtys
from erp_desktop.services.sales.common import check_qty
from erp_desktop.services.sales.deliveries import _percent, _tax_by_rate
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.services.system.setup import WALK_IN_CODE, WALK_IN_ID, WALK_IN_NAME
from erp_desktop.storage.fastsql import Prepared
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.rows import insert_rows
from erp_desktop.storage.txcache import tx_cache
from erp_desktop.storage.uow import UnitOfWork, actor_of

ONE = Decimal(1)
SALE_PREFIX, RETURN_PREFIX = "POS", "POR"
COUNTER_KIND = "counter"  # MoneyTxn.kind of a ticket's money


@dataclass(frozen=True)
class LineInput:
    """One line as rung up: ``unit_price`` None = the resolved price (会员价 for a member); a
    price away from it needs the price-editing permission."""

    product_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal | None = None
    discount: Decimal = ZERO
    unit: str = ""  # 多单位: the unit ``qty`` and ``unit_price`` are in ("" = the base unit)
    # 批次 / 序列号: the lots chosen or serials scanned (lots default to first expiry first out)
    lots: tuple[LotInput, ...] = ()
    # a bundle (套装): per component, its lots chosen / serials scanned
    component_lots: tuple[tuple[uuid.UUID, tuple[LotInput, ...]], ...] = ()


@dataclass(frozen=True)
class PaymentInput:
    """One way of paying: for cash, ``amount`` is what the customer handed over (change is given
    back); any other method pays exactly ``amount``."""

    method: str
    amount: Decimal


@dataclass(frozen=True)
class PricedLine:
    product_id: uuid.UUID
    code: str
    name: str
    unit: str
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    list_gross: Decimal
    gross: Decimal
    net: Decimal
    tax: Decimal
    entered_unit: str = ""  # 多单位: "" = the base unit ``unit``; else ``qty`` is the base quantity
    entered_qty: Decimal | None = None  # in ``entered_unit`` (None: ``qty``); ``unit_price`` is per it
    unit_factor: Decimal = Decimal(1)
    lots: tuple[LotInput, ...] = ()  # as entered (LineInput)
    component_lots: tuple[tuple[uuid.UUID, tuple[LotInput, ...]], ...] = ()

    @property
    def shown_unit(self) -> str:
        return self.entered_unit or self.unit

    @property
    def shown_qty(self) -> Decimal:
        return self.qty if self.entered_qty is None else self.entered_qty


@dataclass(frozen=True)
class TicketQuote:
    """What the screen shows before paying (and what the posting writes)."""

    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    discount_rate: Decimal
    discount_amount: Decimal
    points_redeemed: int
    points_discount: Decimal
    rounding: Decimal
    total: Decimal
    net_total: Decimal
    tax_total: Decimal
    member_id: uuid.UUID | None
    customer_id: uuid.UUID


@dataclass(frozen=True)
class TicketResult:
    id: uuid.UUID
    number: str
    kind: str
    total: Decimal
    paid: Decimal
    change: Decimal
    points_earned: int
    entry_number: str


# --- pricing ------------------------------------------------------------------------------
_C = Customer.__table__.c
_CUSTOMER_TERMS = Prepared(select(_C.tier, _C.channel).where(_C.id == bindparam("id")))


def _terms_row(tx: Session, customer_id: uuid.UUID) -> tuple[Any, ...] | None:
    """The customer's (tier, channel) row, read once per transaction (``walk_in_id`` and the
    pricing both ask for the walk-in customer; a flush that writes a customer drops it)."""
    cache = tx_cache(tx, "counter_customer_terms", [Customer.__table__])
    if customer_id not in cache:
        cache[customer_id] = _CUSTOMER_TERMS.first(tx, {"id": customer_id})
    row: tuple[Any, ...] | None = cache[customer_id]
    return row


def _customer_terms(tx: Session, customer_id: uuid.UUID) -> tuple[str, str]:
    """(tier, channel) of the customer: what picks the price lists (one prepared statement)."""
    row = _terms_row(tx, customer_id)
    return (row[0] or "", row[1] or "") if row is not None else ("", "")


def walk_in_id(tx: Session) -> uuid.UUID:
    """散客, created with the shop's defaults if this shop never had one."""
    if _terms_row(tx, WALK_IN_ID) is not None:
        return WALK_IN_ID
    taken = tx.scalar(select(Customer.id).where(Customer.code == WALK_IN_CODE))
    if taken is not None:
        return taken
    tx.add(
        Customer(id=WALK_IN_ID, code=WALK_IN_CODE, name=WALK_IN_NAME, tier="零售", channel="门店", payment_terms_days=0)
    )
    tx.flush()
    return WALK_IN_ID


def _member(tx: Session, member_id: uuid.UUID | None, *, lock: bool = False) -> CounterMember | None:
    if member_id is None:
        return None
    member = lock_row(tx, CounterMember, member_id) if lock else tx.get(CounterMember, member_id)
    if member is None or not member.active:
        raise NotFound(tr("Member not found."))
    return member


def _check_rate(value: Decimal, what: str) -> Decimal:
    try:
        value = to_decimal(value)
    except ValueError:
        raise ValidationError(tr("Enter a {what} rate from 0 to below 1.", what=what), field="discount") from None
    if rate_(value) != value or not (ZERO <= value < ONE):
        raise ValidationError(
            tr("Discount must be a rate from 0 to below 1, e.g. 0.05 for 5% (got {value}).", value=value),
            field="discount",
        )
    return value


def points_value(settings: CounterSettings, points: int) -> Decimal:
    """What ``points`` are worth off a ticket (rounded down to the fen)."""
    if points <= 0 or settings.redeem_points <= 0:
        return ZERO
    return (Decimal(points) / Decimal(settings.redeem_points)).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def price_ticket_tx(
    tx: Session,
    lines: Sequence[LineInput],
    *,
    member_id: uuid.UUID | None = None,
    discount_rate: Decimal = ZERO,
    redeem_points: int = 0,
    on: date | None = None,
    store: StoreContext | None = None,
) -> TicketQuote:
    """Validate and price the lines at ``store`` (None: this counter's store): its price list and
    points rules. Raises ValidationError, PermissionDenied, NotFound."""
    on = on or date.today()
    store = store or counter_store_tx(tx)
    settings = store.settings
    if not lines:
        raise ValidationError(tr("Scan or enter at least one product."), field="lines")
    member = _member(tx, member_id)
    customer_id = member.customer_id if member is not None else walk_in_id(tx)
    discount_rate = _check_rate(discount_rate, tr("discount"))
    if redeem_points:
        if not isinstance(redeem_points, int) or redeem_points < 0:
            raise ValidationError(tr("Points to redeem must be a whole number."), field="points")
        if member is None:
            raise ValidationError(tr("Only a member can redeem points; look the member up first."), field="points")
        if settings.redeem_points <= 0:
            raise ValidationError(tr("Points cannot be redeemed in this shop."), field="points")
        if redeem_points > member.points:
            raise ValidationError(
                tr(
                    "The member has {have} points; {asked} cannot be redeemed.", have=member.points, asked=redeem_points
                ),
                field="points",
            )
    actor = actor_of(tx)
    tier, channel = _customer_terms(tx, customer_id)
    if member is not None and store.member_tier:  # this store's 会员价
        tier = store.member_tier
    found = fast.products(tx, [line.product_id for line in lines])
    entered = []
    for line in lines:
        product = found.get(line.product_id)
        if product is None or not product.active:
            raise ValidationError(tr("Unknown product."), field="product")
        try:
            quantity = check_qty(to_decimal(line.qty))
        except ValueError:
            raise ValidationError(tr("Quantity must be a number (got {qty}).", qty=line.qty), field="qty") from None
        entered.append((product, quantity))
    units = entered_qtys(tx, [(line.product_id, q, line.unit) for line, (_p, q) in zip(lines, entered)])
    resolved_prices = fast.prices(
        tx,
        tier,
        channel,
        entered,
        on,
        [(u.unit, u.factor) for u in units] if any(u.unit for u in units) else None,
        store.price_list_id,
    )
    rows = []
    for line, (product, quantity), resolved in zip(lines, entered, resolved_prices):
        unit_price = resolved if line.unit_price is None else to_decimal(line.unit_price)
        if price_(unit_price) != unit_price or unit_price < ZERO:
            raise ValidationError(
                tr("Price must be zero or more with at most 6 decimals (got {price}).", price=unit_price),
                field="unit_price",
            )
        if unit_price != resolved and not actor.can(Perm.EDIT_PRICES):
            raise PermissionDenied(
                tr(
                    "The price of {code} is {price} from the price list; changing it needs the price-editing permission.",
                    code=product.code,
                    price=resolved,
                )
            )
        discount = _check_rate(line.discount, tr("discount"))
        rows.append((product, quantity, unit_price, discount))
    value = points_value(settings, redeem_points)
    amounts: TicketAmounts = ticket_amounts(
        [(q, p, d, product.tax_rate) for product, q, p, d in rows],
        discount_rate=discount_rate,
        points_value=value,
        rounding=settings.rounding,
    )
    if redeem_points and value > amounts.subtotal - amounts.discount_amount:
        raise ValidationError(
            tr(
                "{points} points are worth {value}, more than the ticket's {total}; redeem fewer.",
                points=redeem_points,
                value=value,
                total=amounts.subtotal - amounts.discount_amount,
            ),
            field="points",
        )
    priced = tuple(
        PricedLine(
            product.id,
            product.code,
            product.name,
            product.unit,
            u.qty,
            p,
            d,
            product.tax_rate,
            la.list_gross,
            la.gross,
            la.net,
            la.tax,
            u.unit,
            u.unit_qty,
            u.factor,
            line.lots,
            line.component_lots,
        )
        for (product, _q, p, d), la, u, line in zip(rows, amounts.lines, units, lines)
    )
    return TicketQuote(
        priced,
        amounts.subtotal,
        discount_rate,
        amounts.discount_amount,
        redeem_points,
        amounts.points_discount,
        amounts.rounding,
        amounts.total,
        amounts.net_total,
        amounts.tax_total,
        member.id if member is not None else None,
        customer_id,
    )


def price_ticket(
    uow: UnitOfWork,
    lines: Sequence[LineInput],
    *,
    member_id: uuid.UUID | None = None,
    discount_rate: Decimal = ZERO,
    redeem_points: int = 0,
    on: date | None = None,
) -> TicketQuote:
    """The ticket's lines and totals as they would post (nothing is written)."""
    with uow.read() as tx:
        return price_ticket_tx(
            tx, lines, member_id=member_id, discount_rate=discount_rate, redeem_points=redeem_points, on=on
        )


# --- payments -----------------------------------------------------------------------------
@dataclass
class _Pay:
    method: str
    amount: Decimal  # what it pays of the total (cash: net of change)
    tendered: Decimal
    change: Decimal
    account: fast.AccountView | None = None


def _check_amount(value: object) -> Decimal:
    try:
        amount = to_decimal(value)
    except ValueError:
        raise ValidationError(
            tr("An amount paid must be a number (got {value}).", value=value), field="amount"
        ) from None
    if money(amount) != amount:
        raise ValidationError(tr("An amount has at most two decimal places."), field="amount")
    if amount <= ZERO:
        raise ValidationError(tr("The amount must be greater than zero."), field="amount")
    return amount


def _settle(
    tx: Session,
    settings: CounterSettings,
    payments: Sequence[PaymentInput],
    total: Decimal,
    member: CounterMember | None,
    *,
    refund: bool = False,
) -> list[_Pay]:
    """Match the payments to ``total``: other methods pay exactly their amount and may not pay more
    than the total; cash makes up the rest and gives change. Raises ValidationError."""
    pays: list[_Pay] = []
    for entered in payments:
        if entered.method not in METHODS:
            raise ValidationError(tr("Unknown payment method {method}.", method=entered.method), field="method")
        pays.append(_Pay(entered.method, _check_amount(entered.amount), ZERO, ZERO))
    other = sum((p.amount for p in pays if p.method != CASH), ZERO)
    cash = sum((p.amount for p in pays if p.method == CASH), ZERO)
    if other > total:
        raise ValidationError(
            tr(
                "{paid} by card, WeChat, Alipay or stored value is more than the total {total}; only cash gives change.",
                paid=other,
                total=total,
            ),
            field="amount",
        )
    if other + cash < total:
        raise ValidationError(
            tr(
                "Paid {paid}, {short} short of the total {total}.",
                paid=other + cash,
                short=total - other - cash,
                total=total,
            ),
            field="amount",
        )
    if refund and other + cash != total:
        raise ValidationError(tr("Refund exactly {total}.", total=total), field="amount")
    change = other + cash - total
    cash_pays = [p for p in pays if p.method == CASH]
    if cash_pays:  # one cash line, net of the change
        tendered = sum((p.amount for p in cash_pays), ZERO)
        pays = [p for p in pays if p.method != CASH]
        if tendered > change:
            pays.append(_Pay(CASH, tendered - change, tendered, change))
    stored = sum((p.amount for p in pays if p.method == STORED_VALUE), ZERO)
    if stored:
        if member is None:
            raise ValidationError(
                tr("Only a member can pay with stored value; look the member up first."), field="method"
            )
        if not refund and stored > member.stored_value:
            raise ValidationError(
                tr(
                    "The member's stored value is {have}; {asked} cannot be paid from it.",
                    have=member.stored_value,
                    asked=stored,
                ),
                field="amount",
            )
    money_pays = [p for p in pays if p.method != STORED_VALUE]
    codes = []
    for p in money_pays:
        code = settings.account_code(p.method)
        if not code:
            raise ValidationError(
                tr(
                    "No money account is set for {method}; set one in the counter settings.",
                    method=method_label(p.method),
                ),
                field="method",
            )
        codes.append(code)
    if codes:
        locked = fast.lock_accounts(tx, codes)
        for p, code in zip(money_pays, codes):
            account = locked[code]
            if not account.active:
                raise ValidationError(tr("Money account {name} is inactive.", name=account.name), field="account")
            p.account = account
    return pays


# --- shifts -------------------------------------------------------------------------------
class ShiftRef(NamedTuple):
    id: uuid.UUID
    number: str
    state: str
    store_id: uuid.UUID | None


_SH = CounterShift.__table__.c
_OPEN_SHIFT = Prepared(
    select(_SH.id, _SH.number, _SH.state, _SH.store_id).where(
        _SH.counter_name == bindparam("till"), _SH.state == ShiftState.OPEN.value
    )
)
_SHIFT = Prepared(select(_SH.id, _SH.number, _SH.state, _SH.store_id).where(_SH.id == bindparam("id")))


def open_shift_tx(tx: Session, shift_id: uuid.UUID | None = None) -> ShiftRef:
    """The shift to post into: ``shift_id`` or this counter's open shift. Raises ValidationError."""
    if shift_id is None:
        row = _OPEN_SHIFT.first(tx, {"till": counter_name(tx)})
    else:
        row = _SHIFT.first(tx, {"id": shift_id})
    if row is None:
        raise ValidationError(tr("Open a shift first (交班: enter the cash float)."), field="shift")
    shift = ShiftRef(*row)
    if shift.state != ShiftState.OPEN.value:
        raise InvalidTransition(tr("Shift {number} is closed; open a new shift.", number=shift.number))
    return shift


# --- the sale -----------------------------------------------------------------------------
def sell(
    uow: UnitOfWork,
    *,
    lines: Sequence[LineInput],
    payments: Sequence[PaymentInput],
    member_id: uuid.UUID | None = None,
    discount_rate: Decimal = ZERO,
    redeem_points: int = 0,
    shift_id: uuid.UUID | None = None,
    on: date | None = None,
    note: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> TicketResult:
    """Post a counter sale: stock, revenue, VAT, cost, money and the member's points and stored
    value, all or nothing. Raises ValidationError, PermissionDenied, InsufficientStock,
    ConfirmationRequired ('negative-stock'), PeriodClosed, NotFound."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        shift = open_shift_tx(tx, shift_id)
        ensure_period_open(tx, on)
        store = store_context_tx(tx, shift.store_id)
        settings = store.settings
        member = _member(tx, member_id, lock=True)
        quote = price_ticket_tx(
            tx, lines, member_id=member_id, discount_rate=discount_rate, redeem_points=redeem_points, on=on, store=store
        )
        pays = _settle(tx, settings, payments, quote.total, member)
        return _post_sale(
            tx,
            settings,
            shift,
            quote,
            pays,
            member,
            on=on,
            note=note,
            acknowledged=acknowledged,
            other_warehouses=store.other_warehouses,
        )


def _post_sale(
    tx: Session,
    settings: CounterSettings,
    shift: ShiftRef,
    quote: TicketQuote,
    pays: list[_Pay],
    member: CounterMember | None,
    *,
    on: date,
    note: str,
    acknowledged: frozenset[str],
    other_warehouses: frozenset[uuid.UUID] = frozenset(),
) -> TicketResult:
    actor = actor_of(tx)
    number = next_number(tx, SALE_PREFIX, on)
    ticket_id = uuid7()
    customer_location = virtual_location_id(tx, VirtualLocation.CUSTOMER)
    line_ids = [uuid7() for _ in quote.lines]
    bins = fast.pick_bins(tx, [line.product_id for line in quote.lines], settings.warehouse_id, other_warehouses)
    bundles = bundle_components(tx, {line.product_id for line in quote.lines})
    specs: list[MoveSpec] = []
    owners: list[int] = []  # the ticket line of each move (a bundle's components share theirs)
    for n, (line, where, line_id) in enumerate(zip(quote.lines, bins, line_ids)):
        if line.lots or line.component_lots or line.product_id in bundles:  # 批次 / 序列号, 套装
            parts = counter_lots.line_specs(tx, bundles, line, n + 1, where, customer_location, line_id)
        else:
            parts = issue_specs(bundles, line.product_id, line.qty, where, customer_location, line_id)
        specs.extend(parts)
        owners.extend([n] * len(parts))
    if any(spec.lots for spec in specs):
        counter_lots.check_serials_once(tx, specs)
    moves: Sequence[Any] = post_moves(
        tx, specs, doc_type=SALE_PREFIX, doc_id=ticket_id, doc_number=number, on=on, acknowledged=acknowledged
    )
    if bundles:
        moves = per_line(moves, owners, len(quote.lines))
    cost_total = sum((move.value for move in moves), ZERO)
    earned = 0
    if member is not None and settings.earn_per > ZERO:
        earned = int((quote.total / settings.earn_per).to_integral_value(rounding=ROUND_DOWN))
    change = sum((p.change for p in pays), ZERO)
    tendered = sum((p.tendered if p.method == CASH else p.amount for p in pays), ZERO)
    ticket: dict[str, Any] = dict(  # the row, written by insert_rows (no mapped object to build)
        id=ticket_id,
        number=number,
        kind=TicketKind.SALE.value,
        shift_id=shift.id,
        store_id=shift.store_id or DEFAULT_STORE_ID,
        on=on,
        sold_at=utcnow(),
        cashier=actor.username,
        customer_id=quote.customer_id,
        member_id=member.id if member is not None else None,
        original_id=None,
        subtotal=quote.subtotal,
        discount_rate=quote.discount_rate,
        discount_amount=quote.discount_amount,
        points_redeemed=quote.points_redeemed,
        points_discount=quote.points_discount,
        rounding=quote.rounding,
        total=quote.total,
        net_total=quote.net_total,
        tax_total=quote.tax_total,
        cost_total=cost_total,
        tendered=tendered,
        change=change,
        points_earned=earned,
        note=note.strip()[:300],
    )
    entry = Posting(
        on,
        doc_type=SALE_PREFIX,
        doc_id=ticket_id,
        doc_number=number,
        memo=tr("Counter sale {number}", number=number),
    )
    _book_payments(tx, entry, pays, quote.customer_id, number, refund=False)
    entry.credit(Accounts.REVENUE, quote.net_total)
    for tax_rate, amount in _tax_by_rate((line.tax_rate, line.tax) for line in quote.lines):
        entry.credit(Accounts.OUTPUT_VAT, amount, memo=tr("Output VAT {rate}%", rate=_percent(tax_rate)))
    entry.debit(Accounts.COGS, cost_total)
    entry.credit(Accounts.INVENTORY, cost_total)
    posted = entry.post(tx)
    ticket["entry_id"] = posted.id if posted is not None else None
    insert_rows(tx, CounterTicket.__table__, [ticket])
    insert_rows(
        tx,
        CounterTicketLine.__table__,
        [
            {
                "id": line_id,
                "ticket_id": ticket_id,
                "seq": seq,
                "product_id": line.product_id,
                "location_id": where,
                "original_line_id": None,
                "qty": line.qty,
                "unit_price": line.unit_price,
                "discount": line.discount,
                "tax_rate": line.tax_rate,
                "list_gross": line.list_gross,
                "gross": line.gross,
                "net": line.net,
                "tax": line.tax,
                "cost": move.value,
                "returned_qty": ZERO,
                "unit": line.entered_unit,
                "unit_qty": line.entered_qty,
                "unit_factor": line.unit_factor,
            }
            for seq, (line, where, line_id, move) in enumerate(zip(quote.lines, bins, line_ids, moves))
        ],
    )
    _write_payments(tx, ticket, pays, posted.id if posted is not None else None, sign=1)
    if member is not None:
        events = []
        if quote.points_redeemed:
            events.append(("redeem", -quote.points_redeemed, ZERO))
        stored = sum((p.amount for p in pays if p.method == STORED_VALUE), ZERO)
        if stored:
            events.append(("spend", 0, -stored))
        if earned:
            events.append(("earn", earned, ZERO))
        _member_events(tx, member, events, on=on, ticket_id=ticket_id, number=number)
    return TicketResult(
        ticket_id,
        number,
        TicketKind.SALE.value,
        quote.total,
        sum((p.amount for p in pays), ZERO),
        change,
        earned,
        posted.number if posted is not None else "",
    )


def _book_payments(
    tx: Session, entry: Posting, pays: list[_Pay], customer_id: uuid.UUID, number: str, *, refund: bool
) -> None:
    """The ticket's money side of the entry: a sale debits each money account (and 2203 for
    stored value spent), a return credits the same accounts (stored value refunded)."""
    book = entry.credit if refund else entry.debit
    for p in pays:
        if p.method == STORED_VALUE:
            memo = (
                tr("Stored value refunded on {number}", number=number)
                if refund
                else tr("Stored value spent on {number}", number=number)
            )
            book(stored_value_account(tx), p.amount, party_kind="customer", party_id=customer_id, memo=memo)
        else:
            assert p.account is not None
            book(
                p.account.gl_code, p.amount, memo=tr("{method} {number}", method=method_label(p.method), number=number)
            )


def _write_payments(
    tx: Session, ticket: dict[str, Any], pays: list[_Pay], entry_id: uuid.UUID | None, *, sign: int
) -> None:
    """The payment rows, and for money a ``MoneyTxn`` (kind ``counter``) with its move each."""
    actor = actor_of(tx)
    txns, moves, rows = [], [], []
    for seq, p in enumerate(pays):
        txn_id = None
        if p.account is not None:
            signed = p.amount * sign
            if signed < ZERO and not p.account.allow_negative and p.account.balance + signed < ZERO:
                raise ValidationError(
                    tr(
                        "Account {account} holds {balance}; refunding {amount} would take it below zero, which it does not allow.",
                        account=p.account.name,
                        balance=p.account.balance,
                        amount=p.amount,
                    ),
                    field="amount",
                )
            txn_id = uuid7()
            txns.append(
                dict(
                    id=txn_id,
                    number=f"{ticket['number']}-{seq + 1}",
                    kind=COUNTER_KIND,
                    on=ticket["on"],
                    account_id=p.account.id,
                    to_account_id=None,
                    party_kind="customer",
                    party_id=ticket["customer_id"],
                    counter_account=Accounts.REVENUE,
                    amount=p.amount,
                    method=METHOD_WORDS[p.method],
                    reference=ticket["number"],
                    memo=tr("Counter sale {number}", number=ticket["number"])
                    if sign > 0
                    else tr("Counter return {number}", number=ticket["number"]),
                    entry_id=entry_id,
                    open_item_id=None,
                    user_name=actor.username,
                    reversal_of_id=None,
                    reversed_by_id=None,
                )
            )
            moves.append(
                {"id": uuid7(), "account_id": p.account.id, "txn_id": txn_id, "on": ticket["on"], "amount": signed}
            )
            p.account.balance = p.account.balance + signed
        rows.append(
            {
                "id": uuid7(),
                "ticket_id": ticket["id"],
                "seq": seq,
                "method": p.method,
                "amount": p.amount,
                "tendered": p.tendered,
                "change": p.change,
                "account_id": p.account.id if p.account is not None else None,
                "money_txn_id": txn_id,
            }
        )
    insert_rows(tx, MoneyTxn.__table__, txns)
    insert_rows(tx, MoneyMove.__table__, moves)
    fast.store_balances(tx, [p.account for p in pays if p.account is not None])
    insert_rows(tx, CounterPayment.__table__, rows)


def _member_events(
    tx: Session,
    member: CounterMember,
    events: list[tuple[str, int, Decimal]],
    *,
    on: date,
    ticket_id: uuid.UUID | None = None,
    money_txn_id: uuid.UUID | None = None,
    number: str = "",
    memo: str = "",
) -> None:
    actor = actor_of(tx)
    now = utcnow()
    rows = []
    for kind, points, amount in events:
        member.points += points
        member.stored_value += amount
        rows.append(
            {
                "id": uuid7(),
                "member_id": member.id,
                "on": on,
                "at": now,
                "kind": kind,
                "points": points,
                "amount": amount,
                "ticket_id": ticket_id,
                "money_txn_id": money_txn_id,
                "doc_number": number,
                "memo": memo,
                "user_name": actor.username,
            }
        )
    if member.points < 0 or member.stored_value < ZERO:
        raise ValidationError(tr("The member has not enough points or stored value."), field="member")
    tx.flush()  # the member row first (its balances), then the append-only events
    insert_rows(tx, CounterMemberEvent.__table__, rows)


# --- returns ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnLineInput:
    line_id: uuid.UUID  # the sold ticket line
    qty: Decimal
    lots: tuple[LotInput, ...] = ()  # the serials (lots) coming back; default: those sold on the line
    # a bundle (套装): per component, the serials (lots) coming back; default: those it took out
    component_lots: tuple[tuple[uuid.UUID, tuple[LotInput, ...]], ...] = ()


def find_ticket_tx(tx: Session, ref: uuid.UUID | str) -> CounterTicket:
    """A ticket by id or by its number (what its barcode holds). Raises NotFound."""
    if isinstance(ref, uuid.UUID):
        ticket = tx.get(CounterTicket, ref)
    else:
        text = ref.strip().upper()
        ticket = tx.scalar(select(CounterTicket).where(CounterTicket.number == text)) if text else None
    if ticket is None:
        raise NotFound(tr("No counter ticket {ref}.", ref=str(ref).strip()))
    return ticket


def return_ticket(
    uow: UnitOfWork,
    ticket_ref: uuid.UUID | str,
    *,
    lines: Sequence[ReturnLineInput] | None = None,
    refunds: Sequence[PaymentInput] | None = None,
    shift_id: uuid.UUID | None = None,
    on: date | None = None,
    reason: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> TicketResult:
    """A return at the counter against a sold ticket (found by its number): the goods back at their
    original cost, the money refunded (``refunds``; default: all back in cash, or to stored value
    when the ticket was paid from it), the entry reversed, the points earned on it taken back.
    ``lines`` None = everything still returnable. Raises NotFound, ValidationError (more than sold
    minus already returned), PeriodClosed."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        shift = open_shift_tx(tx, shift_id)
        ensure_period_open(tx, on)
        settings = store_context_tx(tx, shift.store_id).settings
        original, back, member = _returning(tx, ticket_ref, lines)
        _same_store(tx, original, shift)
        total = sum((b[2] for b in back), ZERO)
        if refunds is None:
            refunds = _default_refunds(tx, original, total, member is not None)
        pays = _settle(tx, settings, refunds, total, member, refund=True)
        return _post_return(
            tx, settings, shift, original, back, pays, member, on=on, reason=reason, acknowledged=acknowledged
        )


def return_credit(uow: UnitOfWork, ticket_ref: uuid.UUID | str, lines: Sequence[ReturnLineInput]) -> Decimal:
    """What ``lines`` coming back from the ticket are worth, exactly as a return or an exchange
    would book them (nothing is written). Raises what ``return_ticket`` raises for bad lines."""
    with uow.read() as tx:
        _original, back, _member = _returning(tx, ticket_ref, lines, lock=False)
        return sum((b[2] for b in back), ZERO)


def _returning(
    tx: Session, ticket_ref: uuid.UUID | str, lines: Sequence[ReturnLineInput] | None, *, lock: bool = True
) -> tuple[CounterTicket, list, CounterMember | None]:
    """The sold ticket (locked), what comes back with its amounts, and its member. Raises
    NotFound, InvalidTransition, ValidationError."""
    ticket = find_ticket_tx(tx, ticket_ref)
    found = lock_row(tx, CounterTicket, ticket.id) if lock else ticket
    assert found is not None
    original = found
    if original.kind != TicketKind.SALE.value:
        raise InvalidTransition(tr("{number} is a return; scan the sale's ticket.", number=original.number))
    sold = {
        line.id: line
        for line in tx.scalars(
            select(CounterTicketLine).where(CounterTicketLine.ticket_id == original.id).order_by(CounterTicketLine.seq)
        )
    }
    if lines is None:
        lines = [
            ReturnLineInput(line.id, line.qty - line.returned_qty)
            for line in sold.values()
            if line.qty > line.returned_qty
        ]
        if not lines:
            raise InvalidTransition(tr("Everything on {number} has come back already.", number=original.number))
    if not lines:
        raise ValidationError(tr("Enter what comes back."), field="lines")
    member = _member(tx, original.member_id, lock=lock) if original.member_id else None
    back = []
    asked: dict[uuid.UUID, Decimal] = {}
    for entered in lines:
        source = sold.get(entered.line_id)
        if source is None:
            raise ValidationError(tr("That line is not on ticket {number}.", number=original.number), field="lines")
        try:
            quantity = check_qty(to_decimal(entered.qty))
        except ValueError:
            raise ValidationError(tr("Quantity must be a number (got {qty}).", qty=entered.qty), field="qty") from None
        asked[source.id] = asked.get(source.id, ZERO) + quantity
        returnable = source.qty - source.returned_qty
        if asked[source.id] > returnable:
            code = tx.scalar(select(Product.code).where(Product.id == source.product_id))
            raise ValidationError(
                tr(
                    "Returning {qty} of {code} exceeds what can come back from {number}: sold {sold}, already returned {returned}.",
                    qty=asked[source.id],
                    code=code,
                    number=original.number,
                    sold=source.qty,
                    returned=source.returned_qty,
                ),
                field="qty",
            )
        if quantity == returnable:  # the rest of the line: the rest of its amounts exactly
            done = _returned_amounts(tx, source.id)
            gross, cost = source.gross - done[0], source.cost - done[1]
        else:
            share = quantity / source.qty
            gross, cost = money(source.gross * share), money(source.cost * share)
        net, tax = split_gross(gross, source.tax_rate)
        back.append((source, quantity, gross, net, tax, cost, entered))
    return original, back, member


def exchange_ticket(
    uow: UnitOfWork,
    ticket_ref: uuid.UUID | str,
    *,
    back: Sequence[ReturnLineInput],
    lines: Sequence[LineInput],
    payments: Sequence[PaymentInput] = (),
    shift_id: uuid.UUID | None = None,
    on: date | None = None,
    reason: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> tuple[TicketResult, TicketResult]:
    """换货 at the counter in ONE transaction: ``back`` returns against the ticket (POR) and
    ``lines`` are sold on a new ticket (POS) to the same customer; what came back pays the new
    ticket first (booked as a cash refund and a cash payment of the same amount, so the till's
    figures show both), ``payments`` cover any rest; when the new goods cost less the difference
    is given back in cash. Raises what ``return_ticket`` and ``sell`` raise."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        shift = open_shift_tx(tx, shift_id)
        ensure_period_open(tx, on)
        store = store_context_tx(tx, shift.store_id)
        settings = store.settings
        original, returned, member = _returning(tx, ticket_ref, back)
        _same_store(tx, original, shift)
        credit = sum((b[2] for b in returned), ZERO)
        quote = price_ticket_tx(tx, lines, member_id=original.member_id, on=on, store=store)
        rest = [PaymentInput(p.method, p.amount) for p in payments]
        if credit and min(credit, quote.total):
            rest.append(PaymentInput(CASH, min(credit, quote.total)))
        pays = _settle(tx, settings, rest, quote.total, member)
        note = tr("Exchange against {number}", number=original.number)
        # the sale first: the credit comes into the till before it goes out again as the refund
        result_out = _post_sale(
            tx,
            settings,
            shift,
            quote,
            pays,
            member,
            on=on,
            note=note,
            acknowledged=acknowledged,
            other_warehouses=store.other_warehouses,
        )
        refunds = _settle(tx, settings, [PaymentInput(CASH, credit)] if credit else [], credit, member, refund=True)
        result_back = _post_return(
            tx, settings, shift, original, returned, refunds, member, on=on, reason=reason, acknowledged=acknowledged
        )
        return result_back, result_out


def _same_store(tx: Session, original: CounterTicket, shift: ShiftRef) -> None:
    """A ticket comes back at the store that sold it (its goods go back to that store's bins and
    its money out of that store's accounts). Raises ValidationError."""
    sold_at = original.store_id or DEFAULT_STORE_ID
    here = shift.store_id or DEFAULT_STORE_ID
    if sold_at != here:
        from erp_desktop.models.stores import Store

        store = tx.get(Store, sold_at)
        raise ValidationError(
            tr(
                "{number} was sold at store {store}; take the return there.",
                number=original.number,
                store=f"{store.code} {store.name}" if store is not None else str(sold_at),
            ),
            field="ticket",
        )


def _default_refunds(tx: Session, original: CounterTicket, total: Decimal, has_member: bool) -> list[PaymentInput]:
    """Refund the way the ticket was paid: what is left of each non-cash payment (after earlier
    returns against it) first, the rest in cash."""
    paid: dict[str, Decimal] = {}
    for method, amount in tx.execute(
        select(CounterPayment.method, CounterPayment.amount)
        .where(CounterPayment.ticket_id == original.id)
        .order_by(CounterPayment.seq)
    ):
        paid[method] = paid.get(method, ZERO) + amount
    for method, amount in tx.execute(
        select(CounterPayment.method, CounterPayment.amount)
        .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
        .where(CounterTicket.original_id == original.id)
    ):
        paid[method] = paid.get(method, ZERO) - amount
    out: list[PaymentInput] = []
    left = total
    for method, amount in paid.items():
        if method == CASH or (method == STORED_VALUE and not has_member) or amount <= ZERO or left <= ZERO:
            continue
        take = min(amount, left)
        out.append(PaymentInput(method, take))
        left -= take
    if left > ZERO:
        out.append(PaymentInput(CASH, left))
    return out


def _returned_amounts(tx: Session, line_id: uuid.UUID) -> tuple[Decimal, Decimal]:
    rows = tx.execute(
        select(CounterTicketLine.gross, CounterTicketLine.cost).where(CounterTicketLine.original_line_id == line_id)
    ).all()
    return sum((r[0] for r in rows), ZERO), sum((r[1] for r in rows), ZERO)


def _post_return(
    tx: Session,
    settings: CounterSettings,
    shift: ShiftRef,
    original: CounterTicket,
    back: list,
    pays: list[_Pay],
    member: CounterMember | None,
    *,
    on: date,
    reason: str,
    acknowledged: frozenset[str],
) -> TicketResult:
    actor = actor_of(tx)
    number = next_number(tx, RETURN_PREFIX, on)
    ticket_id = uuid7()
    customer_location = virtual_location_id(tx, VirtualLocation.CUSTOMER)
    line_ids = [uuid7() for _ in back]
    specs: list[MoveSpec] = []
    for (source, quantity, _g, _n, _t, cost, entered), line_id in zip(back, line_ids):
        earlier = list(tx.scalars(select(CounterTicketLine.id).where(CounterTicketLine.original_line_id == source.id)))
        parts = components_back(
            tx,
            out_doc_type=SALE_PREFIX,
            back_doc_type=RETURN_PREFIX,
            line_id=source.id,
            line_product_id=source.product_id,
            line_qty=source.qty,
            earlier=earlier,
            quantity=quantity,
            cost=cost,
            last=quantity == source.qty - source.returned_qty,
        )
        if parts:  # 套装: the components come back at their share of the line's cost
            specs.extend(
                counter_lots.bundle_back_specs(tx, parts, source, entered, earlier, customer_location, line_id)
            )
        else:
            specs.append(
                MoveSpec(
                    source.product_id,
                    customer_location,
                    source.location_id,
                    quantity,
                    value=cost,
                    doc_line_id=line_id,
                    lots=counter_lots.back_lots(tx, source, entered, earlier, quantity),
                )
            )
    post_moves(
        tx,
        specs,
        doc_type=RETURN_PREFIX,
        doc_id=ticket_id,
        doc_number=number,
        on=on,
        acknowledged=acknowledged,
    )
    total = sum((b[2] for b in back), ZERO)
    net_total = sum((b[3] for b in back), ZERO)
    tax_total = sum((b[4] for b in back), ZERO)
    cost_total = sum((b[5] for b in back), ZERO)
    unearned = 0
    if member is not None and original.points_earned and original.total > ZERO:
        share = Decimal(original.points_earned) * total / original.total
        unearned = min(member.points, int(share.to_integral_value(rounding=ROUND_DOWN)))
    ticket: dict[str, Any] = dict(  # the row, written by insert_rows (no mapped object to build)
        id=ticket_id,
        number=number,
        kind=TicketKind.RETURN.value,
        shift_id=shift.id,
        store_id=shift.store_id or DEFAULT_STORE_ID,
        on=on,
        sold_at=utcnow(),
        cashier=actor.username,
        customer_id=original.customer_id,
        member_id=original.member_id,
        original_id=original.id,
        subtotal=total,
        discount_rate=ZERO,
        discount_amount=ZERO,
        points_redeemed=0,
        points_discount=ZERO,
        rounding=ZERO,
        total=total,
        net_total=net_total,
        tax_total=tax_total,
        cost_total=cost_total,
        tendered=total,
        change=ZERO,
        points_earned=-unearned,
        note=(reason or "").strip()[:300],
    )
    entry = Posting(
        on,
        doc_type=RETURN_PREFIX,
        doc_id=ticket_id,
        doc_number=number,
        memo=tr("Counter return {number} against {original}", number=number, original=original.number),
    )
    entry.debit(Accounts.REVENUE, net_total)
    for tax_rate, amount in _tax_by_rate((b[0].tax_rate, b[4]) for b in back):
        entry.debit(Accounts.OUTPUT_VAT, amount, memo=tr("Output VAT {rate}%", rate=_percent(tax_rate)))
    _book_payments(tx, entry, pays, original.customer_id, number, refund=True)
    entry.debit(Accounts.INVENTORY, cost_total)
    entry.credit(Accounts.COGS, cost_total)
    posted = entry.post(tx)
    ticket["entry_id"] = posted.id if posted is not None else None
    insert_rows(tx, CounterTicket.__table__, [ticket])
    rows = []
    for seq, ((source, quantity, gross, net, tax, cost, _entered), line_id) in enumerate(zip(back, line_ids)):
        source.returned_qty += quantity
        rows.append(
            {
                "id": line_id,
                "ticket_id": ticket_id,
                "seq": seq,
                "product_id": source.product_id,
                "location_id": source.location_id,
                "original_line_id": source.id,
                "qty": quantity,
                "unit_price": source.unit_price,
                "discount": source.discount,
                "tax_rate": source.tax_rate,
                "list_gross": gross,
                "gross": gross,
                "net": net,
                "tax": tax,
                "cost": cost,
                "returned_qty": ZERO,
            }
        )
    tx.flush()
    insert_rows(tx, CounterTicketLine.__table__, rows)
    _write_payments(tx, ticket, pays, ticket["entry_id"], sign=-1)
    if member is not None:
        events = []
        stored = sum((p.amount for p in pays if p.method == STORED_VALUE), ZERO)
        if stored:
            events.append(("refund", 0, stored))
        if unearned:
            events.append(("unearn", -unearned, ZERO))
        if events:
            _member_events(tx, member, events, on=on, ticket_id=ticket_id, number=number)
    return TicketResult(
        ticket_id,
        number,
        TicketKind.RETURN.value,
        total,
        sum((p.amount for p in pays), ZERO),
        ZERO,
        -unearned,
        posted.number if posted is not None else "",
    )
