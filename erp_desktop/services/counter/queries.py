"""The counter's read side and its drafts: a scan to a product, a posted ticket as printed (and
reprinted), held tickets (挂单 / 取单) on this PC."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.models.counter import (
    CounterHeld,
    CounterMember,
    CounterPayment,
    CounterTicket,
    CounterTicketLine,
    TicketKind,
)
from erp_desktop.models.parties import Customer
from erp_desktop.models.stock import StockMove
from erp_desktop.money import ZERO, to_decimal
from erp_desktop.services.counter import lots as counter_lots
from erp_desktop.services.counter.lots import SerialOnTicket
from erp_desktop.services.counter.settings import load_settings_tx, method_label
from erp_desktop.services.counter.tickets import LineInput, find_ticket_tx
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.masterdata.mnemonic import search_key
from erp_desktop.services.masterdata.units import unit_by_barcode
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.services.system.company import load_company_tx
from erp_desktop.storage.uow import UnitOfWork, actor_of


@dataclass(frozen=True)
class ScanHit:
    product_id: uuid.UUID
    code: str
    name: str
    unit: str
    sale_price: Decimal
    scanned_unit: str = ""  # 多单位: the unit whose barcode was scanned ("" = the base unit)
    serial_tracked: bool = False  # 序列号: the line needs one serial per unit (asked when not scanned)
    serial: str = ""  # the serial number scanned (the scan was a serial, not the product's barcode)
    # a bundle (套装): its serial-tracked components (id, code, name, per kit), whose serials are asked
    serial_components: tuple[tuple[uuid.UUID, str, str, Decimal], ...] = ()


def _hit(p: Product, scanned_unit: str = "", serial: str = "") -> ScanHit:
    return ScanHit(p.id, p.code, p.name, p.unit, p.sale_price, scanned_unit, bool(p.serial_tracked), serial)


def scan_tx(tx: Session, text: str) -> ScanHit:
    """The product a scan (barcode), a typed code or a 助记码 names. Raises NotFound (nothing, or a
    助记码 that several products share — type more of it or the code)."""
    text = (text or "").strip()
    if not text:
        raise NotFound(tr("Scan a barcode or type a code."))
    product = tx.scalar(
        select(Product)
        .join(ProductBarcode, ProductBarcode.product_id == Product.id)
        .where(ProductBarcode.barcode == text)
    )
    if product is None:
        product = tx.scalar(select(Product).where(Product.code == text))
    if product is None and (unit_hit := unit_by_barcode(tx, text)) is not None:
        product = tx.get(Product, unit_hit[0])
        if product is not None and product.active:
            return _hit(product, unit_hit[1])
    if product is None and (serial_hit := counter_lots.serial_scan(tx, text)) is not None:
        product = tx.get(Product, serial_hit.product_id)
        if product is not None:
            return _hit(product, serial=serial_hit.serial)
    if product is None:
        key = search_key(text)
        if key is not None:
            found = tx.scalars(select(Product).where(Product.mnemonic == key, Product.active.is_(True)).limit(2)).all()
            if len(found) == 1:
                product = found[0]
            elif len(found) > 1:
                raise NotFound(tr("{text} fits several products; type the code.", text=text))
    if product is None or not product.active:
        raise NotFound(tr("Unknown barcode or code {text}.", text=text))
    hit = _hit(product)
    parts = counter_lots.serial_components(tx, product.id)
    return replace(hit, serial_components=parts) if parts else hit


def product_label(uow: UnitOfWork, product_id: uuid.UUID) -> tuple[str, str]:
    """(code, name) of a product (a recalled ticket's lines)."""
    with uow.read() as tx:
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("Unknown product."))
        return product.code, product.name


def scan(uow: UnitOfWork, text: str) -> ScanHit:
    with uow.read() as tx:
        return scan_tx(tx, text)


# --- posted tickets -------------------------------------------------------------------------
@dataclass(frozen=True)
class TicketLineView:
    id: uuid.UUID
    code: str
    name: str
    unit: str
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    gross: Decimal
    returned_qty: Decimal
    lots: tuple[str, ...] = ()  # 批次 / 序列号 as printed: a serial's number, a lot "L-01 ×3"
    product_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PaymentView:
    method: str
    label: str
    amount: Decimal
    tendered: Decimal
    change: Decimal


@dataclass(frozen=True)
class TicketView:
    id: uuid.UUID
    number: str
    kind: str
    on: date
    sold_at: datetime
    cashier: str
    customer: str
    member_card: str
    original_number: str
    lines: tuple[TicketLineView, ...]
    payments: tuple[PaymentView, ...]
    subtotal: Decimal
    discount_amount: Decimal
    points_discount: Decimal
    rounding: Decimal
    total: Decimal
    tax_total: Decimal
    tendered: Decimal
    change: Decimal
    points_earned: int
    shop_name: str
    shop_phone: str
    shop_address: str
    footer: str
    member_id: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None  # the ticket's customer (散客 or the member's): their own template
    store: str = ""  # 多门店: the store's name, when the shop has more than one store


def ticket_view_tx(tx: Session, ref: uuid.UUID | str) -> TicketView:
    t = find_ticket_tx(tx, ref)
    lines = []
    for line, code, name, unit in tx.execute(
        select(CounterTicketLine, Product.code, Product.name, Product.unit)
        .join(Product, Product.id == CounterTicketLine.product_id)
        .where(CounterTicketLine.ticket_id == t.id)
        .order_by(CounterTicketLine.seq)
    ):
        lines.append(
            TicketLineView(
                line.id, code, name, unit, line.qty, line.unit_price, line.discount, line.gross, line.returned_qty
            )
        )
    lots = counter_lots.ticket_lots(tx, [line.id for line in lines]) if _has_lots(tx, t.id) else {}
    if lots:
        lines = [replace(line, lots=lots.get(line.id, ())) for line in lines]
    payments = tuple(
        PaymentView(p.method, method_label(p.method), p.amount, p.tendered, p.change)
        for p in tx.scalars(select(CounterPayment).where(CounterPayment.ticket_id == t.id).order_by(CounterPayment.seq))
    )
    customer = tx.get(Customer, t.customer_id)
    member = tx.get(CounterMember, t.member_id) if t.member_id else None
    original = tx.get(CounterTicket, t.original_id) if t.original_id else None
    company = load_company_tx(tx)
    settings = load_settings_tx(tx)
    from sqlalchemy import func

    from erp_desktop.models.stores import Store

    store = tx.get(Store, t.store_id) if t.store_id is not None else None
    several = (tx.scalar(select(func.count()).select_from(Store)) or 0) > 1
    return TicketView(
        t.id,
        t.number,
        t.kind,
        t.on,
        t.sold_at,
        t.cashier,
        customer.name if customer else "",
        member.card_no if member else "",
        original.number if original else "",
        tuple(lines),
        payments,
        t.subtotal,
        t.discount_amount,
        t.points_discount,
        t.rounding,
        t.total,
        t.tax_total,
        t.tendered,
        t.change,
        t.points_earned,
        settings.shop_name or company.name or company.name_en,
        company.phone,
        company.address,
        company.footer,
        t.member_id,
        t.customer_id,
        store.name if store is not None and several else "",
    )


def _has_lots(tx: Session, ticket_id: uuid.UUID) -> bool:
    """Whether the ticket moved any lot or serial (one indexed probe before the lots are read)."""
    return (
        tx.scalar(select(StockMove.id).where(StockMove.doc_id == ticket_id, StockMove.lot_id.is_not(None)).limit(1))
        is not None
    )


def serial_on_ticket(uow: UnitOfWork, ref: uuid.UUID | str, serial: str) -> SerialOnTicket:
    """A counter return by a serial: the line of the sold ticket ``ref`` (its number, as its
    barcode holds) that sold ``serial`` and has not taken it back. Raises NotFound (no ticket),
    ValidationError (the serial is not on it, or came back already)."""
    with uow.read() as tx:
        ticket = find_ticket_tx(tx, ref)
        if ticket.kind != TicketKind.SALE.value:
            raise InvalidTransition(tr("{number} is a return; scan the sale's ticket.", number=ticket.number))
        return counter_lots.serial_on_ticket_tx(tx, ticket.id, ticket.number, serial)


def ticket_view(uow: UnitOfWork, ref: uuid.UUID | str) -> TicketView:
    """A posted ticket as printed (reprint: the same figures again). Raises NotFound."""
    with uow.read() as tx:
        return ticket_view_tx(tx, ref)


# --- held tickets (挂单 / 取单) ----------------------------------------------------------------
@dataclass(frozen=True)
class HeldTicket:
    id: uuid.UUID | None
    lines: tuple[LineInput, ...]
    member_id: uuid.UUID | None = None
    discount_rate: Decimal = ZERO
    label: str = ""
    held_at: datetime | None = None
    cashier: str = ""


def hold_ticket(uow: UnitOfWork, ticket: HeldTicket) -> uuid.UUID:
    """挂单: put the ticket aside on this PC (nothing is posted). Raises ValidationError."""
    if not ticket.lines:
        raise ValidationError(tr("There is nothing to hold."), field="lines")
    data = {
        "lines": [
            {
                "product_id": str(line.product_id),
                "qty": str(to_decimal(line.qty)),
                "unit_price": None if line.unit_price is None else str(line.unit_price),
                "discount": str(line.discount),
                "unit": line.unit,
                **_lots_data(line),
            }
            for line in ticket.lines
        ],
        "member_id": str(ticket.member_id) if ticket.member_id else None,
        "discount_rate": str(ticket.discount_rate),
    }
    with uow.write() as tx:
        require(tx, Perm.SELL)
        row = CounterHeld(
            id=uuid7(), held_at=utcnow(), cashier=actor_of(tx).username, label=ticket.label[:80], data=data
        )
        tx.add(row)
        return row.id


def _lot_data(lot: LotInput) -> dict[str, str]:
    return {"number": lot.number, "qty": str(lot.qty)}


def _lots_data(line: LineInput) -> dict[str, object]:
    """A held line's serials and lots (only when it has some: held tickets of plain lines stay as they were)."""
    out: dict[str, object] = {}
    if line.lots:
        out["lots"] = [_lot_data(lot) for lot in line.lots]
    if line.component_lots:
        out["component_lots"] = [[str(c), [_lot_data(lot) for lot in lots]] for c, lots in line.component_lots]
    return out


def _lots_of(data: object) -> tuple[LotInput, ...]:
    if not isinstance(data, list):
        return ()
    return tuple(LotInput(str(lot["number"]), Decimal(str(lot.get("qty") or "1"))) for lot in data)


def _held(row: CounterHeld) -> HeldTicket:
    data = row.data or {}
    lines = tuple(
        LineInput(
            uuid.UUID(line["product_id"]),
            Decimal(line["qty"]),
            None if line.get("unit_price") is None else Decimal(line["unit_price"]),
            Decimal(line.get("discount") or "0"),
            unit=line.get("unit") or "",
            lots=_lots_of(line.get("lots")),
            component_lots=tuple(
                (uuid.UUID(component), _lots_of(lots)) for component, lots in line.get("component_lots") or ()
            ),
        )
        for line in data.get("lines", [])
    )
    member = data.get("member_id")
    return HeldTicket(
        row.id,
        lines,
        uuid.UUID(member) if member else None,
        Decimal(data.get("discount_rate") or "0"),
        row.label,
        row.held_at,
        row.cashier,
    )


def list_held(uow: UnitOfWork) -> list[HeldTicket]:
    with uow.read() as tx:
        return [_held(row) for row in tx.scalars(select(CounterHeld).order_by(CounterHeld.held_at))]


def recall_ticket(uow: UnitOfWork, held_id: uuid.UUID | None = None) -> HeldTicket:
    """取单: take a held ticket back (default: the one held last); it leaves the held list.
    Raises NotFound."""
    with uow.write() as tx:
        require(tx, Perm.SELL)
        if held_id is None:
            row = tx.scalar(select(CounterHeld).order_by(CounterHeld.held_at.desc()).limit(1))
        else:
            row = tx.get(CounterHeld, held_id)
        if row is None:
            raise NotFound(tr("No held ticket to recall."))
        held = _held(row)
        tx.delete(row)
        return held


# --- today's counter figures ------------------------------------------------------------------
@dataclass(frozen=True)
class DayFigures:
    """A day at the counter (sales less returns): by hour (local time), product, cashier, method."""

    on: date
    tickets: int
    total: Decimal
    by_hour: tuple[tuple[int, Decimal], ...]
    by_product: tuple[tuple[str, str, Decimal, Decimal], ...]  # code, name, qty, amount (largest first)
    by_cashier: tuple[tuple[str, Decimal], ...]
    by_method: tuple[tuple[str, str, Decimal], ...]  # method, label, amount
    store: str = ""  # "code name" of the store the figures are cut to ("" = every store)


def day_figures(
    uow: UnitOfWork, on: date | None = None, *, top: int = 10, store: uuid.UUID | str | None = None
) -> DayFigures:
    """A day's counter figures, of one store if ``store`` (id or code) is given. Raises NotFound."""
    from collections import defaultdict

    from sqlalchemy import func

    from erp_desktop.models.stores import Store
    from erp_desktop.services.counter.stores import store_ids_tx

    on = on or date.today()
    with uow.read() as tx:
        store_id = store_ids_tx(tx, store)
        day = (
            [CounterTicket.on == on]
            if store_id is None
            else [CounterTicket.on == on, CounterTicket.store_id == store_id]
        )
        cut = tx.get(Store, store_id) if store_id is not None else None
        cut_label = f"{cut.code} {cut.name}" if cut is not None else ""
        hours: dict[int, Decimal] = defaultdict(lambda: ZERO)
        cashiers: dict[str, Decimal] = defaultdict(lambda: ZERO)
        tickets, total = 0, ZERO
        for kind, sold_at, cashier, amount in tx.execute(
            select(CounterTicket.kind, CounterTicket.sold_at, CounterTicket.cashier, CounterTicket.total).where(*day)
        ):
            signed = amount if kind == "sale" else -amount
            tickets += kind == "sale"
            total += signed
            hours[sold_at.replace(tzinfo=UTC).astimezone().hour] += signed
            cashiers[cashier] += signed
        products: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
        for kind, code, name, qty, gross in tx.execute(
            select(
                CounterTicket.kind,
                Product.code,
                Product.name,
                func.sum(CounterTicketLine.qty),
                func.sum(CounterTicketLine.gross),
            )
            .join(CounterTicketLine, CounterTicketLine.ticket_id == CounterTicket.id)
            .join(Product, Product.id == CounterTicketLine.product_id)
            .where(*day)
            .group_by(CounterTicket.kind, Product.code, Product.name)
        ):
            sign = 1 if kind == "sale" else -1
            products[(code, name)][0] += sign * qty
            products[(code, name)][1] += sign * gross
        methods: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for kind, method, amount in tx.execute(
            select(CounterTicket.kind, CounterPayment.method, func.sum(CounterPayment.amount))
            .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
            .where(*day)
            .group_by(CounterTicket.kind, CounterPayment.method)
        ):
            methods[method] += amount if kind == "sale" else -amount
    ranked = sorted(products.items(), key=lambda item: (-item[1][1], item[0][0]))[:top]
    return DayFigures(
        on,
        tickets,
        total,
        tuple(sorted(hours.items())),
        tuple((code, name, v[0], v[1]) for (code, name), v in ranked),
        tuple(sorted(cashiers.items())),
        tuple((m, method_label(m), methods[m]) for m in sorted(methods)),
        cut_label,
    )
