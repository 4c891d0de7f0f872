"""Adapters: build the printouts' DTOs from the shop's data (read-only, one read transaction).

Each builder ``(uow, ref)`` takes an id (UUID) or a document number and returns a ``PrintDoc``:
the sales and purchasing documents share one builder, ``_trade_doc``, driven by a ``_TradeDoc``
row per kind (``_TRADE_DOCS``); stock documents, count sheets and money receipts have their own.
``statement_doc`` uses the finance read service; ``label_items`` resolves products by code or
barcode. ``build(uow, kind, ref)`` dispatches by kind through ``BUILDERS``. Models of areas that
may not be installed are imported only when their document is printed.
"""

from __future__ import annotations

import dataclasses
import importlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.services.system.auth import Perm, may
from erp_desktop.services.system.company import load_company_tx
from erp_desktop.storage.uow import UnitOfWork

from ...errors import NotFound, ValidationError
from ...i18n import N_, tr
from ...models.catalog import Product, ProductBarcode
from ...models.parties import Address, Contact, Customer, Supplier
from ...models.warehouse import Location, Warehouse
from ...money import ZERO
from .dto import Ageing, DocKind, LabelItem, PrintDoc, PrintLine, StatementDoc, StatementLine


# ---------------------------------------------------------------- helpers
def _as_uuid(ref: uuid.UUID | str) -> uuid.UUID | None:
    if isinstance(ref, uuid.UUID):
        return ref
    try:
        return uuid.UUID(str(ref))
    except ValueError:
        return None


def _get(tx: Session, model, ref: uuid.UUID | str, what: str):
    key = _as_uuid(ref)
    row = tx.get(model, key) if key is not None else tx.scalar(select(model).where(model.number == str(ref).strip()))
    if row is None:
        raise NotFound(tr("No {what} {ref}.", what=what, ref=str(ref)))
    return row


def _products(tx: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Product]:
    ids = set(ids)
    return {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_(ids)))} if ids else {}


def _first_barcodes(tx: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    ids = set(ids)
    result: dict[uuid.UUID, str] = {}
    if ids:
        for product_id, code in tx.execute(
            select(ProductBarcode.product_id, ProductBarcode.barcode)
            .where(ProductBarcode.product_id.in_(ids))
            .order_by(ProductBarcode.barcode)
        ):
            result.setdefault(product_id, code)
    return result


def _locations(tx: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, Location]:
    ids = {i for i in ids if i is not None}
    return {loc.id: loc for loc in tx.scalars(select(Location).where(Location.id.in_(ids)))} if ids else {}


def _warehouse_name(tx: Session, warehouse_id: uuid.UUID | None) -> str:
    warehouse = tx.get(Warehouse, warehouse_id) if warehouse_id else None
    return f"{warehouse.code} {warehouse.name}" if warehouse else ""


_PARTY_MODELS = {"customer": Customer, "supplier": Supplier}
_PARTY_LABELS = {"customer": N_("Customer"), "supplier": N_("Supplier")}


def _party_details(tx: Session, kind: str, party) -> tuple[tuple[str, str], ...]:
    """The header lines under a customer's or supplier's name: the address (a customer's default,
    else first, address row; a supplier's address), the primary (else first) contact, the phone."""
    if kind == "customer":
        addresses = list(tx.scalars(select(Address).where(Address.customer_id == party.id)))
        address = next((a for a in addresses if a.is_default), addresses[0] if addresses else None)
        address_text = address.address if address is not None else None
    else:
        address_text = party.address or None
    contacts = list(tx.scalars(select(Contact).where(getattr(Contact, f"{kind}_id") == party.id)))
    contact = next((c for c in contacts if c.is_primary), contacts[0] if contacts else None)
    details = []
    if address_text is not None:
        details.append((tr("Address"), address_text))
    if contact is not None:
        details.append((tr("Contact"), " ".join(p for p in (contact.name, contact.phone) if p)))
    if party.phone:
        details.append((tr("Phone"), party.phone))
    return tuple(details)


def _party_name(party) -> str:
    return f"{party.name} ({party.code})" if party is not None else ""


def _amount_totals(net: Decimal, tax: Decimal, gross: Decimal) -> tuple[tuple[str, Decimal], ...]:
    return ((tr("Amount before tax"), net), (tr("Tax"), tax), (tr("Total incl. tax"), gross))


def _shown(line, base_unit: str) -> tuple[str, Decimal]:
    """(unit, quantity) as the line was entered (多单位): "箱" and 10, or the base unit and qty."""
    unit = getattr(line, "unit", "")
    entered = getattr(line, "unit_qty", None)
    if not unit or entered is None:
        return base_unit, line.qty
    return unit, entered


def _per_unit(line, spec: str, base_unit: str) -> str:
    """The spec with the conversion of a line entered in another unit: "500ml · 24瓶/箱"."""
    unit = getattr(line, "unit", "")
    if not unit or getattr(line, "unit_qty", None) is None:
        return spec
    conversion = f"{line.unit_factor.normalize():f}{base_unit}/{unit}"
    return f"{spec} · {conversion}" if spec else conversion


def _priced_lines(
    tx: Session, lines, *, price_attr: str, location_attr: str | None = None, discount_attr: str | None = None
) -> tuple[PrintLine, ...]:
    products = _products(tx, (line.product_id for line in lines))
    locations = _locations(tx, (getattr(line, location_attr) for line in lines)) if location_attr else {}
    result = []
    for line in lines:
        product = products.get(line.product_id)
        location = locations.get(getattr(line, location_attr)) if location_attr else None
        result.append(
            PrintLine(
                code=product.code if product else "",
                name=product.name if product else "",
                spec=_per_unit(
                    line,
                    " ".join(p for p in (product.spec, product.colour) if p) if product else "",
                    product.unit if product else "",
                ),
                unit=_shown(line, product.unit if product else "")[0],
                qty=_shown(line, "")[1],
                price=getattr(line, price_attr),
                amount=line.net,
                tax_rate=line.tax_rate,
                location=location.code if location else "",
                discount=getattr(line, discount_attr) if discount_attr else None,
                custom=_custom(product),
            )
        )
    return tuple(result)


def _custom(record) -> tuple[tuple[str, str], ...]:
    """A product's custom field values as (key, text), for a template's ``custom:<key>`` columns."""
    values = getattr(record, "custom", None) or {}
    return tuple((str(k), str(v)) for k, v in values.items() if v not in (None, ""))


def _party_custom(tx: Session, kind: str, party) -> tuple[tuple[str, str, str], ...]:
    """(key, label, value) of a customer's or supplier's custom fields, for the template's header."""
    from ...models.catalog import CustomField

    values = getattr(party, "custom", None) or {}
    if not values:
        return ()
    fields = tx.scalars(select(CustomField).where(CustomField.entity == kind).order_by(CustomField.sort_order))
    return tuple((f.key, f.label, str(values[f.key])) for f in fields if values.get(f.key) not in (None, ""))


def _signatures(*labels: str) -> tuple[str, ...]:
    return labels


# ---------------------------------------------------------------- sales and purchasing
# Quotes, orders, deliveries, receipts and returns print alike: a customer or supplier in the header,
# priced lines, the amount before tax, tax and total. ``_TradeDoc`` holds what differs per kind,
# ``_trade_doc`` builds any of them.


@dataclass(frozen=True)
class _TradeDoc:
    """How one kind of sales or purchasing document prints. Texts are marked with ``N_`` and
    translated when printed."""

    kind: str  # DocKind
    model: str  # "module.Class" under erp_desktop.models, imported when printed
    what: str  # for "No {what} {ref}."
    title: str
    party: str  # "customer" | "supplier"
    notes: str  # the document's attribute printed as its notes
    signatures: tuple[str, ...]  # the boxes at the foot
    meta: Callable[[Session, Any], list[tuple[str, str]]] = lambda _tx, _doc: []  # header fields beyond the party
    price_attr: str = "price"  # the line's unit price attribute
    location_attr: str | None = None  # the line's bin attribute, when lines are printed with their bin
    discount_attr: str | None = None  # the line's discount attribute, when lines are printed with their discount
    lines: Callable[[Session, Any], tuple[PrintLine, ...]] | None = None  # instead of the priced lines
    cost_prices: bool = False  # the prices are purchase prices: printed only for a user with VIEW_COST


def _without_prices(lines: tuple[PrintLine, ...]) -> tuple[PrintLine, ...]:
    """The lines with their prices and amounts left blank (a user without VIEW_COST)."""
    return tuple(dataclasses.replace(line, price=None, amount=None) for line in lines)


def _trade_doc(spec: _TradeDoc, uow: UnitOfWork, ref: uuid.UUID | str) -> PrintDoc:
    module, class_name = spec.model.split(".")
    model = getattr(importlib.import_module(f"...models.{module}", __package__), class_name)
    with uow.read() as tx:
        doc = _get(tx, model, ref, tr(spec.what))
        party = tx.get(_PARTY_MODELS[spec.party], getattr(doc, f"{spec.party}_id"))
        lines = (
            spec.lines(tx, doc)
            if spec.lines is not None
            else _priced_lines(
                tx,
                doc.lines,
                price_attr=spec.price_attr,
                location_attr=spec.location_attr,
                discount_attr=spec.discount_attr,
            )
        )
        priced = not spec.cost_prices or may(tx, Perm.VIEW_COST)
        return PrintDoc(
            kind=spec.kind,
            title=tr(spec.title),
            number=doc.number,
            date=doc.on,
            company=load_company_tx(tx),
            party_label=tr(_PARTY_LABELS[spec.party]),
            party_name=_party_name(party),
            party_details=_party_details(tx, spec.party, party) if party else (),
            meta=tuple(spec.meta(tx, doc)),
            lines=lines if priced else _without_prices(lines),
            totals=_amount_totals(doc.net_total, doc.tax_total, doc.gross_total) if priced else (),
            grand_total=doc.gross_total if priced else None,
            notes=getattr(doc, spec.notes),
            signatures=tuple(tr(label) for label in spec.signatures),
            barcode_value=doc.number,
            party_custom=_party_custom(tx, spec.party, party) if party else (),
            party_id=str(getattr(party, "id", "")) if party else "",
        )


def _delivery_lines(tx: Session, delivery) -> tuple[PrintLine, ...]:
    """The delivery's lines; a bundle (套装) line names the components that left with it in its
    spec column ("含 BOX×3, TEA×6"), so whoever picks the goods sees them."""
    from ...models.stock import StockMove

    lines = _priced_lines(tx, delivery.lines, price_attr="unit_price", location_attr="location_id")
    parts: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = {}
    by_line = {line.id: line.product_id for line in delivery.lines}
    for line_id, product_id, qty in tx.execute(
        select(StockMove.doc_line_id, StockMove.product_id, StockMove.qty)
        .where(StockMove.doc_type == "DN", StockMove.doc_id == delivery.id)
        .order_by(StockMove.seq)
    ):
        if line_id is not None and line_id in by_line and product_id != by_line[line_id]:
            parts.setdefault(line_id, []).append((product_id, qty))
    if not parts:
        return lines
    codes = {p.id: p.code for p in _products(tx, (pid for items in parts.values() for pid, _q in items)).values()}
    out = []
    for line, printed in zip(delivery.lines, lines):
        items = parts.get(line.id)
        if items:
            contents = tr("contains {parts}", parts=", ".join(f"{codes.get(p, '?')}×{_qty_text(q)}" for p, q in items))
            printed = dataclasses.replace(printed, spec=" ".join(t for t in (printed.spec, contents) if t))
        out.append(printed)
    return tuple(out)


def _qty_text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _delivery_meta(tx: Session, delivery) -> list[tuple[str, str]]:
    """The order (and its salesperson) and the warehouses the goods left from."""
    from ...models.sales import SalesOrder

    order = tx.get(SalesOrder, delivery.order_id) if delivery.order_id else None
    locations = _locations(tx, (line.location_id for line in delivery.lines))
    warehouses = sorted({_warehouse_name(tx, loc.warehouse_id) for loc in locations.values() if loc.warehouse_id})
    meta = []
    if order is not None:
        meta.append((tr("Order"), order.number))
        if order.salesperson:
            meta.append((tr("Salesperson"), order.salesperson))
    if warehouses:
        meta.append((tr("Warehouse"), ", ".join(warehouses)))
    return meta


def _sales_quote_meta(_tx: Session, quote) -> list[tuple[str, str]]:
    """Until when the prices hold (nothing for an open-ended quote) and who quoted them."""
    meta = [(tr("Valid until"), quote.valid_until.isoformat())] if quote.valid_until else []
    if quote.salesperson:
        meta.append((tr("Salesperson"), quote.salesperson))
    return meta


def _sales_order_meta(_tx: Session, order) -> list[tuple[str, str]]:
    return [(tr("Salesperson"), order.salesperson)] if order.salesperson else []


def _sales_return_meta(tx: Session, ret) -> list[tuple[str, str]]:
    """The delivery the goods came back from."""
    from ...models.sales import SalesDelivery

    delivery = tx.get(SalesDelivery, ret.delivery_id)
    return [(tr("Delivery"), delivery.number)] if delivery else []


def _purchase_order_meta(_tx: Session, order) -> list[tuple[str, str]]:
    meta = []
    if order.expected_date:
        meta.append((tr("Expected"), order.expected_date.isoformat()))
    if order.buyer:
        meta.append((tr("Buyer"), order.buyer))
    return meta


def _receipt_meta(tx: Session, receipt) -> list[tuple[str, str]]:
    """The order received, the warehouse and the bin."""
    from ...models.purchasing import PurchaseOrder

    order = tx.get(PurchaseOrder, receipt.order_id)
    location = tx.get(Location, receipt.location_id)
    meta = []
    if order is not None:
        meta.append((tr("Order"), order.number))
    meta.append((tr("Warehouse"), _warehouse_name(tx, receipt.warehouse_id)))
    if location is not None:
        meta.append((tr("Bin"), location.code))
    return meta


def _purchase_return_lines(tx: Session, ret) -> tuple[PrintLine, ...]:
    """A return's lines carry only the net amount; the unit price printed is net / qty."""
    products = _products(tx, (line.product_id for line in ret.lines))
    return tuple(
        PrintLine(
            code=products[line.product_id].code,
            name=products[line.product_id].name,
            spec=_per_unit(line, products[line.product_id].spec, products[line.product_id].unit),
            unit=_shown(line, products[line.product_id].unit)[0],
            qty=_shown(line, "")[1],
            price=(line.net / _shown(line, "")[1]).quantize(Decimal("0.000001")) if line.qty else None,
            amount=line.net,
        )
        for line in ret.lines
    )


_TRADE_DOCS = (
    # 报价单 sent to a customer, with each line's discount
    _TradeDoc(
        kind=DocKind.SALES_QUOTE,
        model="sales.SalesQuote",
        what=N_("sales quote"),
        title=N_("Quotation"),
        party="customer",
        notes="notes",
        signatures=(N_("Prepared by"), N_("Approved by"), N_("Customer confirmation")),
        meta=_sales_quote_meta,
        price_attr="unit_price",
        discount_attr="discount",
    ),
    # 销售出库单 / 送货单 for a posted delivery
    _TradeDoc(
        kind=DocKind.DELIVERY,
        model="sales.SalesDelivery",
        what=N_("delivery"),
        title=N_("Delivery note"),
        party="customer",
        notes="notes",
        signatures=(N_("Prepared by"), N_("Shipped by"), N_("Received by (customer)")),
        meta=_delivery_meta,
        price_attr="unit_price",
        location_attr="location_id",
        lines=_delivery_lines,
    ),
    _TradeDoc(
        kind=DocKind.SALES_ORDER,
        model="sales.SalesOrder",
        what=N_("sales order"),
        title=N_("Sales order"),
        party="customer",
        notes="notes",
        signatures=(N_("Prepared by"), N_("Approved by"), N_("Customer")),
        meta=_sales_order_meta,
        price_attr="unit_price",
    ),
    _TradeDoc(
        kind=DocKind.SALES_RETURN,
        model="sales.SalesReturn",
        what=N_("sales return"),
        title=N_("Sales return note"),
        party="customer",
        notes="reason",
        signatures=(N_("Prepared by"), N_("Received by"), N_("Customer")),
        meta=_sales_return_meta,
        price_attr="unit_price",
        location_attr="location_id",
    ),
    _TradeDoc(
        kind=DocKind.PURCHASE_ORDER,
        cost_prices=True,
        model="purchasing.PurchaseOrder",
        what=N_("purchase order"),
        title=N_("Purchase order"),
        party="supplier",
        notes="note",
        signatures=(N_("Prepared by"), N_("Approved by"), N_("Supplier confirmation")),
        meta=_purchase_order_meta,
    ),
    # 采购入库单 for a posted purchase receipt
    _TradeDoc(
        kind=DocKind.RECEIPT,
        cost_prices=True,
        model="purchasing.PurchaseReceipt",
        what=N_("goods receipt"),
        title=N_("Goods receipt note"),
        party="supplier",
        notes="note",
        signatures=(N_("Prepared by"), N_("Received by (warehouse)"), N_("Delivered by")),
        meta=_receipt_meta,
    ),
    _TradeDoc(
        kind=DocKind.PURCHASE_RETURN,
        cost_prices=True,
        model="purchasing.PurchaseReturn",
        what=N_("purchase return"),
        title=N_("Purchase return note"),
        party="supplier",
        notes="reason",
        signatures=(N_("Prepared by"), N_("Shipped by"), N_("Supplier")),
        lines=_purchase_return_lines,
    ),
)


# ---------------------------------------------------------------- inventory
def stock_doc(uow: UnitOfWork, ref: uuid.UUID | str) -> PrintDoc:
    """Transfer note (调拨单), other receipt / issue note, or assembly / disassembly note (组装单 /
    拆卸单: the kit on line 1, then its components, each with its bins, unit cost and value)."""
    from ...models.inventory_docs import StockDoc, StockDocKind

    with uow.read() as tx:
        doc = _get(tx, StockDoc, ref, tr("stock document"))
        products = _products(tx, (line.product_id for line in doc.lines))
        locations = _locations(
            tx, [line.from_location_id for line in doc.lines] + [line.to_location_id for line in doc.lines]
        )

        def where(location_id):
            location = locations.get(location_id)
            if location is None:
                return ""
            warehouse = tx.get(Warehouse, location.warehouse_id) if location.warehouse_id else None
            return f"{warehouse.code}/{location.code}" if warehouse else location.code

        lines = []
        priced = may(tx, Perm.VIEW_COST)  # a stock document's prices are costs
        lots = _moved_lots(tx, doc) if doc.state == "posted" else {}
        for line in doc.lines:
            product = products[line.product_id]
            lines.append(
                PrintLine(
                    code=product.code,
                    name=product.name,
                    spec=_per_unit(line, product.spec, product.unit),
                    unit=_shown(line, product.unit)[0],
                    qty=_shown(line, "")[1],
                    price=line.unit_cost if priced else None,
                    amount=line.value if doc.state == "posted" and priced else None,
                    location=where(line.from_location_id),
                    location_to=where(line.to_location_id),
                    note=" · ".join(t for t in (line.note, _lots_text(lots.get(line.id), product)) if t),
                    custom=_custom(product),
                )
            )
        kind = {
            StockDocKind.TRANSFER.value: DocKind.TRANSFER,
            StockDocKind.RECEIPT.value: DocKind.STOCK_IN,
            StockDocKind.ASSEMBLY.value: DocKind.ASSEMBLY,
            StockDocKind.DISASSEMBLY.value: DocKind.ASSEMBLY,
        }.get(doc.kind, DocKind.STOCK_OUT)
        title = {
            DocKind.TRANSFER: tr("Transfer note"),
            DocKind.STOCK_IN: tr("Stock receipt note"),
            DocKind.STOCK_OUT: tr("Stock issue note"),
            DocKind.ASSEMBLY: tr("Assembly note")
            if doc.kind == StockDocKind.ASSEMBLY.value
            else tr("Disassembly note"),
        }[kind]
        meta = [(tr("Warehouse"), _warehouse_name(tx, doc.warehouse_id))] if doc.warehouse_id else []
        if doc.reason:
            meta.append((tr("Reason"), doc.reason))
        if kind == DocKind.ASSEMBLY and lines:  # line 1 is the kit
            meta.append((tr("Kit"), f"{lines[0].code} {lines[0].name} × {lines[0].qty}"))
        if doc.reversal_of_id is not None:
            meta.append(
                (tr("Reverses"), tx.scalar(select(StockDoc.number).where(StockDoc.id == doc.reversal_of_id)) or "")
            )
        totals = (
            ((tr("Total value"), doc.total_value),)
            if kind != DocKind.TRANSFER and doc.state == "posted" and priced
            else ()
        )
        return PrintDoc(
            kind=kind,
            title=title,
            number=doc.number or tr("(draft)"),
            date=doc.on,
            company=load_company_tx(tx),
            meta=tuple(meta),
            lines=tuple(lines),
            totals=totals,
            notes=doc.note,
            signatures=_signatures(tr("Prepared by"), tr("Issued by"), tr("Received by")),
            barcode_value=doc.number,
        )


def _moved_lots(tx: Session, doc) -> dict:
    from erp_desktop.models.inventory_docs import STOCK_DOC_TYPE
    from erp_desktop.services.inventory.kit_docs import moved_lots

    return moved_lots(tx, STOCK_DOC_TYPE, doc.id)


def _lots_text(moved, product) -> str:
    """A line's lots as printed: "批次 L-01×3, L-02×1" / "序列号 SN1, SN2"."""
    if not moved:
        return ""
    if product.serial_tracked:
        return tr("Serials {numbers}", numbers=", ".join(number for number, _q in moved))
    return tr("Lots {lots}", lots=", ".join(f"{number}×{_plain_qty(q)}" for number, q in moved))


def _plain_qty(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def count_sheet_doc(uow: UnitOfWork, ref: uuid.UUID | str) -> PrintDoc:
    """盘点表: the count's lines in walking order (bin sort order), a barcode each, a blank column."""
    from ...models.inventory_docs import StockCount

    with uow.read() as tx:
        count = _get(tx, StockCount, ref, tr("stock count"))
        products = _products(tx, (line.product_id for line in count.lines))
        barcodes = _first_barcodes(tx, products)
        locations = _locations(tx, (line.location_id for line in count.lines))

        def walk(line):
            location = locations.get(line.location_id)
            product = products.get(line.product_id)
            return (
                location.sort_order if location else 0,
                location.code if location else "",
                product.code if product else "",
            )

        lines = []
        for line in sorted(count.lines, key=walk):
            product = products[line.product_id]
            location = locations.get(line.location_id)
            lines.append(
                PrintLine(
                    code=product.code,
                    name=product.name,
                    spec=product.spec,
                    unit=product.unit,
                    location=location.code if location else "",
                    barcode=barcodes.get(product.id, product.code),
                    custom=_custom(product),
                )
            )
        return PrintDoc(
            kind=DocKind.STOCK_COUNT,
            title=tr("Stock count sheet"),
            number=count.number,
            date=count.on,
            company=load_company_tx(tx),
            party_label=tr("Warehouse"),
            party_name=_warehouse_name(tx, count.warehouse_id),
            meta=((tr("Snapshot"), count.snapshot_at.strftime("%Y-%m-%d %H:%M")),),
            lines=tuple(lines),
            notes=count.note,
            signatures=_signatures(tr("Counted by"), tr("Checked by"), tr("Warehouse keeper")),
            barcode_value=count.number,
        )


# ---------------------------------------------------------------- finance
def money_receipt_doc(uow: UnitOfWork, ref: uuid.UUID | str) -> PrintDoc:
    """收款收据 for money received from a customer (or 付款单 for a payment), with 大写."""
    from ...models.finance import OpenItem
    from ...models.payments import Allocation, MoneyAccount, MoneyTxn

    with uow.read() as tx:
        txn = _get(tx, MoneyTxn, ref, tr("receipt of money"))
        if txn.kind not in ("receipt", "payment"):
            raise ValidationError(tr("{number} is not a receipt or payment of money.", number=txn.number))
        receipt = txn.kind == "receipt"
        model = Customer if txn.party_kind == "customer" else Supplier
        party = tx.get(model, txn.party_id) if txn.party_id else None
        account = tx.get(MoneyAccount, txn.account_id)
        lines: list[PrintLine] = []
        if txn.open_item_id is not None:
            allocations = tx.execute(
                select(Allocation.amount, OpenItem.doc_number, OpenItem.on)
                .join(OpenItem, OpenItem.id == Allocation.debit_item_id)
                .where(Allocation.credit_item_id == txn.open_item_id, Allocation.reversal_of_id.is_(None))
                .order_by(OpenItem.on)
            ).all()
            lines = [
                PrintLine(code=number, name=tr("Document of {date}", date=on.isoformat()), amount=amount)
                for amount, number, on in allocations
            ]
        meta = [(tr("Method"), txn.method)] if txn.method else []
        if account is not None:
            meta.append((tr("Account"), account.name))
        if txn.reference:
            meta.append((tr("Reference"), txn.reference))
        return PrintDoc(
            kind=DocKind.MONEY_RECEIPT if receipt else DocKind.MONEY_PAYMENT,
            title=tr("Money receipt") if receipt else tr("Payment voucher"),
            number=txn.number,
            date=txn.on,
            company=load_company_tx(tx),
            party_label=tr("Customer") if receipt else tr("Supplier"),
            party_name=_party_name(party),
            meta=tuple(meta),
            lines=tuple(lines),
            totals=((tr("Amount"), txn.amount),),
            grand_total=txn.amount,
            notes=txn.memo or (tr("Payment received") if receipt else tr("Payment made")),
            party_id=str(getattr(party, "id", "")) if party is not None else "",
            signatures=_signatures(tr("Cashier"), tr("Handled by"), tr("Accountant"))
            if receipt
            else _signatures(tr("Approved by"), tr("Cashier"), tr("Payee")),
            barcode_value=txn.number,
        )


def landed_cost_doc(uow: UnitOfWork, ref: uuid.UUID | str) -> PrintDoc:
    """采购费用单: the charge, who billed it, and per receipt line its share, the part that raised
    the stock and the part already sold (cost of goods). Amounts left out without view_cost."""
    from ...models.costing import CHARGE_LABELS, SPREAD_LABELS, LandedCost, LandedCostLine
    from ...models.purchasing import PurchaseReceipt

    with uow.read() as tx:
        doc = _get(tx, LandedCost, ref, tr("landed cost"))
        costs = may(tx, Perm.VIEW_COST)
        supplier = tx.get(Supplier, doc.supplier_id)
        rows = tx.execute(
            select(LandedCostLine, PurchaseReceipt.number)
            .join(PurchaseReceipt, PurchaseReceipt.id == LandedCostLine.receipt_id)
            .where(LandedCostLine.landed_cost_id == doc.id)
            .order_by(LandedCostLine.seq)
        ).all()
        products = _products(tx, [line.product_id for line, _n in rows])
        lines = tuple(
            PrintLine(
                code=products[line.product_id].code,
                name=products[line.product_id].name,
                spec=number,
                unit=products[line.product_id].unit,
                qty=line.in_stock_qty,
                amount=line.amount if costs else None,
                note=tr("to stock {stock}, to cost of goods {cogs}", stock=line.to_stock, cogs=line.to_cogs)
                if costs
                else "",
            )
            for line, number in rows
        )
        meta = [
            (tr("Charge"), tr(CHARGE_LABELS.get(doc.kind, doc.kind))),
            (tr("Spread"), tr(SPREAD_LABELS.get(doc.spread_by, doc.spread_by))),
            (tr("Receipts"), ", ".join(dict.fromkeys(n for _l, n in rows))),
        ]
        if doc.invoice_no:
            meta.append((tr("Invoice number"), doc.invoice_no))
        return PrintDoc(
            kind=DocKind.LANDED_COST,
            title=tr("Landed cost note"),
            number=doc.number,
            date=doc.on,
            company=load_company_tx(tx),
            party_label=tr("Supplier"),
            party_name=_party_name(supplier),
            party_details=_party_details(tx, "supplier", supplier) if supplier else (),
            meta=tuple(meta),
            lines=lines,
            totals=_amount_totals(doc.net, doc.tax, doc.gross) if costs else (),
            grand_total=doc.gross if costs else None,
            notes=doc.note,
            party_id=str(doc.supplier_id),
            signatures=_signatures(tr("Prepared by"), tr("Approved by"), tr("Accountant")),
            barcode_value=doc.number,
        )


def statement_doc(uow: UnitOfWork, party_kind: str, party_ref: uuid.UUID | str, start: date, end: date) -> StatementDoc:
    """对账单 of a customer or supplier for [start, end] from the finance read service."""
    from erp_desktop.services.finance.queries import statement

    st = statement(uow, party_kind=party_kind, party_id=party_ref, start=start, end=end)
    with uow.read() as tx:
        company = load_company_tx(tx)
        kind = "customer" if party_kind == "customer" else "supplier"
        party = tx.get(_PARTY_MODELS[kind], st.party_id)
        details = _party_details(tx, kind, party) if party else ()
    lines = tuple(
        StatementLine(
            line.on,
            line.doc_number,
            _description(line.doc_label, line.memo, line.doc_number),
            line.debit,
            line.credit,
            line.balance,
        )
        for line in st.lines
    )
    a = st.ageing
    return StatementDoc(
        party_kind,
        st.party_code,
        st.party_name,
        company,
        start,
        end,
        st.opening,
        lines,
        st.closing,
        Ageing(a.days_0_30, a.days_31_60, a.days_61_90, a.days_over_90, a.unapplied),
        details,
        party_id=str(st.party_id),
    )


def _description(label: str, memo: str, number: str) -> str:
    """The document's kind, plus its memo when the memo says more than the number already does."""
    if not memo or (number and number in memo):
        return label
    return f"{label} {memo}" if label else memo


# ---------------------------------------------------------------- labels
def label_items(
    uow: UnitOfWork, refs: Iterable[str | uuid.UUID | tuple[str | uuid.UUID, int]]
) -> tuple[LabelItem, ...]:
    """Products by id, code or barcode (or (ref, copies) pairs), in the order given.
    Raises NotFound naming unknown codes."""
    pairs = [r if isinstance(r, tuple) else (r, 1) for r in refs]
    pairs = [(ref, copies) for ref, copies in pairs if str(ref).strip()]
    result = []
    missing = []
    with uow.read() as tx:
        for ref, copies in pairs:
            key = _as_uuid(ref)
            product = (
                tx.get(Product, key)
                if key is not None
                else tx.scalar(select(Product).where(Product.code == str(ref).strip()))
            )
            if product is None and key is None:
                product = tx.scalar(
                    select(Product)
                    .join(ProductBarcode, ProductBarcode.product_id == Product.id)
                    .where(ProductBarcode.barcode == str(ref).strip())
                )
            if product is None:
                missing.append(str(ref))
                continue
            barcode = _first_barcodes(tx, [product.id]).get(product.id, "")
            result.append(
                LabelItem(
                    code=product.code,
                    name=product.name,
                    spec=" ".join(p for p in (product.spec, product.colour) if p),
                    unit=product.unit,
                    price=product.sale_price,
                    barcode=barcode,
                    copies=copies,
                )
            )
    if missing:
        raise NotFound(tr("No product with code or barcode {codes}.", codes=", ".join(missing)))
    return tuple(result)


# ---------------------------------------------------------------- dispatch
BUILDERS: dict[str, Callable[[UnitOfWork, uuid.UUID | str], PrintDoc]] = {
    **{spec.kind: partial(_trade_doc, spec) for spec in _TRADE_DOCS},
    DocKind.TRANSFER: stock_doc,
    DocKind.STOCK_IN: stock_doc,
    DocKind.STOCK_OUT: stock_doc,
    DocKind.STOCK_COUNT: count_sheet_doc,
    DocKind.ASSEMBLY: stock_doc,
    DocKind.MONEY_RECEIPT: money_receipt_doc,
    DocKind.MONEY_PAYMENT: money_receipt_doc,
    DocKind.LANDED_COST: landed_cost_doc,
}


_NUMBERED: dict[str, tuple[str, str, str | None]] = {
    # kind: (model, attribute to filter on, value) for recent_numbers
    **{spec.kind: (spec.model, "", None) for spec in _TRADE_DOCS},
    DocKind.TRANSFER: ("inventory_docs.StockDoc", "kind", "transfer"),
    DocKind.STOCK_IN: ("inventory_docs.StockDoc", "kind", "receipt"),
    DocKind.STOCK_OUT: ("inventory_docs.StockDoc", "kind", "issue"),
    DocKind.STOCK_COUNT: ("inventory_docs.StockCount", "", None),
    DocKind.ASSEMBLY: ("inventory_docs.StockDoc", "kind", "assembly"),
    DocKind.MONEY_RECEIPT: ("payments.MoneyTxn", "kind", "receipt"),
    DocKind.MONEY_PAYMENT: ("payments.MoneyTxn", "kind", "payment"),
    DocKind.LANDED_COST: ("costing.LandedCost", "", None),
    "counter_ticket": ("counter.CounterTicket", "", None),
}


def recent_numbers(uow: UnitOfWork, kind: str, limit: int = 30) -> list[str]:
    """The numbers of the latest documents of ``kind`` (for a template's preview on real data);
    for vouchers, their journal entries' numbers."""
    if kind == "voucher":
        from ...models.finance import JournalEntry

        with uow.read() as tx:
            return list(tx.scalars(select(JournalEntry.number).order_by(JournalEntry.number.desc()).limit(limit)))
    if kind not in _NUMBERED:
        return []
    module, class_name = _NUMBERED[kind][0].split(".")
    model = getattr(importlib.import_module(f"...models.{module}", __package__), class_name)
    _model, attr, value = _NUMBERED[kind]
    query = select(model.number).where(model.number.is_not(None), model.number != "")
    if attr:
        query = query.where(getattr(model, attr) == value)
    with uow.read() as tx:
        return list(tx.scalars(query.order_by(model.number.desc()).limit(limit)))


def build(uow: UnitOfWork, kind: str, ref: uuid.UUID | str) -> PrintDoc:
    builder = BUILDERS.get(kind)
    if builder is None:
        raise ValidationError(tr("Cannot print documents of kind {kind}.", kind=kind), field="kind")
    return builder(uow, ref)


__all__ = ["BUILDERS", "build", "recent_numbers", "label_items", "statement_doc", "ZERO"]
