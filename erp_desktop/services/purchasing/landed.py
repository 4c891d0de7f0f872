"""Landed cost (采购费用单 LC): freight, duty or handling on one or more purchase receipts, billed
by the receipt's supplier or another (a carrier, the customs broker), posted in ONE transaction:

- the net charge is spread over the receipts' lines by value (each line's net) or by quantity;
  every line but the last gets its share rounded half-up to the cent, the last gets the rest, so
  the shares add up to the charge exactly;
- each line's share raises the stock still on hand from that line (``ledger.revalue``: the moving
  average of what is left, or a FIFO product's remaining layers); the part for quantity already
  sold or returned goes to cost of goods;
- a payable to the billing supplier for the gross (net + VAT) and one journal entry:
  Dr 1405 库存商品 (to stock) / Dr 5401 主营业务成本 (already sold) / Dr 22210101 进项税额 (VAT)
  / Cr 2202 应付账款 (supplier).

A posted landed cost is never edited: ``reverse_landed_cost`` posts a new one with every amount
negated (placed by the same rule on what is in stock at that time) and marks the original reversed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from erp_desktop.services.ledger.journal import Accounts, Posting, ensure_period_open, raise_open_item
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.revalue import revalue_receipt_line
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.uow import UnitOfWork, actor_of

from ...errors import InvalidTransition, NotFound, ValidationError
from ...i18n import tr
from ...models.base import uuid7
from ...models.costing import CHARGE_LABELS, LANDED_DOC_TYPE, LandedCost, LandedCostLine, SpreadBy
from ...models.parties import Supplier
from ...models.purchasing import PurchaseReceipt, PurchaseReceiptLine
from ...money import ZERO, money

POSTED = "posted"
REVERSED = "reversed"
REVERSAL = "reversal"


@dataclass(frozen=True)
class LandedCostRef:
    id: uuid.UUID
    number: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    to_stock: Decimal
    to_cogs: Decimal


def _require_role(tx: Session) -> None:
    """The buyer's (and the owner's) document: the shared database lets only a login with "buy"
    write landed costs (``sync.roles.TABLE_PERMISSION``), so the service asks the same."""
    require(tx, Perm.BUY)
    require(tx, Perm.POST)


def spread(amount: Decimal, bases: list[Decimal]) -> list[Decimal]:
    """``amount`` shared in proportion to ``bases``: half-up to the cent, the last takes the rest."""
    total = sum(bases, ZERO)
    if not bases:
        return []
    if total <= ZERO:
        raise ValidationError(tr("The receipts' lines have nothing to spread the charge over."), field="spread_by")
    shares = [money(amount * b / total) for b in bases[:-1]]
    return [*shares, amount - sum(shares, ZERO)]


def post_landed_cost(
    uow: UnitOfWork,
    *,
    supplier_id: uuid.UUID,
    on: date,
    receipt_ids: list[uuid.UUID],
    net: Decimal,
    tax_rate: Decimal = ZERO,
    tax: Decimal | None = None,
    spread_by: str = SpreadBy.VALUE.value,
    kind: str = "freight",
    invoice_no: str = "",
    note: str = "",
) -> LandedCostRef:
    """Post a landed cost on ``receipt_ids`` (see the module docstring). ``tax`` defaults to
    ``net × tax_rate``. Raises ValidationError (no receipt, a reversed receipt, a charge not
    above zero, an unknown spread or kind, no supplier), NotFound (a receipt), PeriodClosed."""
    with uow.write() as tx:
        _require_role(tx)
        ensure_period_open(tx, on)
        charge = _check_money(net, field="net", label=tr("The charge"))
        if charge <= ZERO:
            raise ValidationError(tr("The charge must be greater than zero."), field="net")
        if spread_by not in (SpreadBy.VALUE.value, SpreadBy.QTY.value):
            raise ValidationError(tr("Spread the charge by value or by quantity."), field="spread_by")
        if kind not in CHARGE_LABELS:
            raise ValidationError(tr("Unknown kind of charge: {kind}.", kind=kind), field="kind")
        rate = Decimal(tax_rate)
        if rate < ZERO or rate >= 1:
            raise ValidationError(tr("The VAT rate must be between 0 and 1 (0.09 = 9%)."), field="tax_rate")
        vat = money(charge * rate) if tax is None else _check_money(tax, field="tax", label=tr("The VAT"))
        if vat < ZERO:
            raise ValidationError(tr("The VAT cannot be negative."), field="tax")
        supplier = tx.get(Supplier, supplier_id) if supplier_id else None
        if supplier is None:
            raise ValidationError(tr("Choose the supplier who bills the charge."), field="supplier")
        lines = _receipt_lines(tx, receipt_ids, on)
        bases = [line.net if spread_by == SpreadBy.VALUE.value else line.qty for line in lines]
        document = LandedCost(
            id=uuid7(),
            number=next_number(tx, LANDED_DOC_TYPE, on),
            on=on,
            supplier_id=supplier.id,
            kind=kind,
            spread_by=spread_by,
            net=charge,
            tax_rate=rate,
            tax=vat,
            gross=charge + vat,
            invoice_no=invoice_no.strip(),
            user_name=actor_of(tx).username,
            note=note,
        )
        tx.add(document)
        _place(tx, document, [(line, base, share) for line, base, share in zip(lines, bases, spread(charge, bases))])
        _post_books(tx, document, supplier)
        audit.record(tx, "post", "landed_cost", document.id, summary=f"{document.number} {document.gross}")
        return _ref(document)


def reverse_landed_cost(uow: UnitOfWork, landed_cost_id: uuid.UUID, *, on: date, note: str = "") -> LandedCostRef:
    """红冲 a landed cost: a new document with every amount negated, placed on what is in stock
    now (the part already sold since comes back out of cost of goods), the payable reduced and the
    entry mirrored. Raises InvalidTransition (already reversed, a reversal), NotFound, PeriodClosed."""
    with uow.write() as tx:
        _require_role(tx)
        ensure_period_open(tx, on)
        original = lock_row(tx, LandedCost, landed_cost_id)
        if original is None:
            raise NotFound(tr("The landed cost no longer exists."))
        if original.state != POSTED:
            raise InvalidTransition(
                tr(
                    "Landed cost {number} is {state}; it cannot be reversed.",
                    number=original.number,
                    state=tr("reversed") if original.state == REVERSED else original.state,
                )
            )
        if on < original.on:
            raise ValidationError(
                tr("A reversal cannot be dated before the landed cost ({date}).", date=original.on.isoformat()),
                field="on",
            )
        document = LandedCost(
            id=uuid7(),
            number=next_number(tx, LANDED_DOC_TYPE, on),
            on=on,
            supplier_id=original.supplier_id,
            kind=original.kind,
            spread_by=original.spread_by,
            net=-original.net,
            tax_rate=original.tax_rate,
            tax=-original.tax,
            gross=-original.gross,
            state=REVERSAL,
            reversal_of_id=original.id,
            invoice_no=original.invoice_no,
            user_name=actor_of(tx).username,
            note=note or tr("Reversal of {number}", number=original.number),
        )
        tx.add(document)
        placed = []
        for old in original.lines:
            line = tx.get(PurchaseReceiptLine, old.receipt_line_id)
            assert line is not None  # a posted landed cost's receipt lines are never deleted
            placed.append((line, old.basis, -old.amount))
        _place(tx, document, placed)
        original.state = REVERSED
        original.reversed_by_id = document.id
        supplier = tx.get(Supplier, original.supplier_id)
        assert supplier is not None
        _post_books(tx, document, supplier)
        audit.record(tx, "reverse", "landed_cost", original.id, summary=f"{original.number} → {document.number}")
        return _ref(document)


def _check_money(value: Decimal, *, field: str, label: str) -> Decimal:
    amount = Decimal(value)
    if not amount.is_finite() or money(amount) != amount:
        raise ValidationError(tr("{what} must be an amount with at most 2 decimals.", what=label), field=field)
    return amount


def _receipt_lines(tx: Session, receipt_ids: list[uuid.UUID], on: date) -> list[PurchaseReceiptLine]:
    if not receipt_ids:
        raise ValidationError(tr("Choose at least one purchase receipt for the charge."), field="receipts")
    lines: list[PurchaseReceiptLine] = []
    for receipt_id in dict.fromkeys(receipt_ids):
        receipt = tx.get(PurchaseReceipt, receipt_id)
        if receipt is None:
            raise NotFound(tr("The purchase receipt no longer exists."))
        if receipt.state != "posted":
            raise ValidationError(
                tr("Receipt {number} has been reversed; a charge cannot fall on it.", number=receipt.number),
                field="receipts",
            )
        if receipt.on > on:
            raise ValidationError(
                tr(
                    "Receipt {number} is dated {date}, after the charge; date the charge on or after it.",
                    number=receipt.number,
                    date=receipt.on.isoformat(),
                ),
                field="on",
            )
        lines.extend(receipt.lines)
    return lines


def _place(tx: Session, document: LandedCost, shares: list[tuple[PurchaseReceiptLine, Decimal, Decimal]]) -> None:
    tx.flush()  # the ledger reads below the ORM
    seq_base = 0
    for seq, (line, base, amount) in enumerate(shares, start=1):
        line_id = uuid7()
        placed = revalue_receipt_line(
            tx,
            product_id=line.product_id,
            receipt_line_id=line.id,
            line_qty=line.qty,
            kept_qty=line.qty - line.returned_qty,
            amount=amount,
            doc=(LANDED_DOC_TYPE, document.id, document.number, document.on),
            doc_line_id=line_id,
            seq=seq_base,
        )
        seq_base += 100
        document.lines.append(
            LandedCostLine(
                id=line_id,
                seq=seq,
                receipt_id=line.receipt_id,
                receipt_line_id=line.id,
                product_id=line.product_id,
                basis=base,
                amount=amount,
                in_stock_qty=placed.in_stock_qty,
                to_stock=placed.to_stock,
                to_cogs=placed.to_cogs,
            )
        )
    document.to_stock = sum((l.to_stock for l in document.lines), ZERO)
    document.to_cogs = sum((l.to_cogs for l in document.lines), ZERO)


def _post_books(tx: Session, document: LandedCost, supplier: Supplier) -> None:
    raise_open_item(
        tx,
        kind="payable",
        party_id=supplier.id,
        doc_type=LANDED_DOC_TYPE,
        doc_id=document.id,
        doc_number=document.number,
        on=document.on,
        amount=document.gross,
        terms_days=supplier.payment_terms_days if document.gross > ZERO else 0,
        memo=document.invoice_no,
    )
    posting = Posting(
        document.on,
        doc_type=LANDED_DOC_TYPE,
        doc_id=document.id,
        doc_number=document.number,
        memo=tr("Landed cost {number} ({kind})", number=document.number, kind=tr(CHARGE_LABELS[document.kind])),
    )
    posting.debit(Accounts.INVENTORY, document.to_stock)
    posting.debit(Accounts.COGS, document.to_cogs)
    posting.debit(Accounts.INPUT_VAT, document.tax)
    posting.credit(Accounts.PAYABLE, document.gross, party_kind="supplier", party_id=supplier.id)
    posting.post(tx)


def _ref(document: LandedCost) -> LandedCostRef:
    return LandedCostRef(
        document.id, document.number, document.net, document.tax, document.gross, document.to_stock, document.to_cogs
    )
