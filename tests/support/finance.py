"""Helpers for the finance tests: business documents raised directly with Posting +
raise_open_item (what a delivery or goods receipt posts on the finance side)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from erp_desktop.models.base import uuid7
from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item


def delivery(
    uow,
    customer_id: uuid.UUID,
    gross: str | Decimal,
    on: date,
    number: str,
    *,
    tax_rate: str = "0.13",
    terms_days: int = 30,
    doc_type: str = "DN",
) -> uuid.UUID:
    """A delivery's finance half: Dr 1122 gross / Cr 5001 net / Cr 22210102 tax, receivable item."""
    gross = Decimal(gross)
    net = (gross / (1 + Decimal(tax_rate))).quantize(Decimal("0.01"))
    doc_id = uuid7()
    with uow.write() as tx:
        p = Posting(on, doc_type=doc_type, doc_id=doc_id, doc_number=number)
        p.debit(Accounts.RECEIVABLE, gross, party_kind="customer", party_id=customer_id)
        p.credit(Accounts.REVENUE, net).credit(Accounts.OUTPUT_VAT, gross - net)
        p.post(tx)
        raise_open_item(
            tx,
            kind="receivable",
            party_id=customer_id,
            doc_type=doc_type,
            doc_id=doc_id,
            doc_number=number,
            on=on,
            amount=gross,
            terms_days=terms_days,
        )
    return doc_id


def sales_return(uow, customer_id: uuid.UUID, gross: str | Decimal, on: date, number: str) -> uuid.UUID:
    gross = Decimal(gross)
    doc_id = uuid7()
    with uow.write() as tx:
        p = Posting(on, doc_type="SR", doc_id=doc_id, doc_number=number)
        p.credit(Accounts.RECEIVABLE, gross, party_kind="customer", party_id=customer_id).debit(Accounts.REVENUE, gross)
        p.post(tx)
        raise_open_item(
            tx,
            kind="receivable",
            party_id=customer_id,
            doc_type="SR",
            doc_id=doc_id,
            doc_number=number,
            on=on,
            amount=-gross,
        )
    return doc_id


def goods_receipt(uow, supplier_id: uuid.UUID, gross: str | Decimal, on: date, number: str) -> uuid.UUID:
    """A goods receipt's payable side (booked against 1221 to keep the inventory and 1901 checks out of it)."""
    gross = Decimal(gross)
    doc_id = uuid7()
    with uow.write() as tx:
        p = Posting(on, doc_type="GR", doc_id=doc_id, doc_number=number)
        p.debit("1221", gross).credit(Accounts.PAYABLE, gross, party_kind="supplier", party_id=supplier_id)
        p.post(tx)
        raise_open_item(
            tx,
            kind="payable",
            party_id=supplier_id,
            doc_type="GR",
            doc_id=doc_id,
            doc_number=number,
            on=on,
            amount=gross,
        )
    return doc_id


def assert_books_tie_out(uow) -> None:
    from erp_desktop.services.system import verify

    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
