"""Helpers for the sync tests: postings made the way every document posts (post_moves + Posting),
and a comparable snapshot of every synced row."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.sync.tables import encode_row, synced_tables
from erp_desktop.services.system import verify
from erp_desktop.storage.uow import UnitOfWork

ON = date(2026, 11, 2)


def receive(uow: UnitOfWork, product_id, bin_id, qty: str, unit_cost: str = "6", *, supplier_id=None) -> None:
    """A goods receipt: stock in at ``unit_cost``, Dr 1405 / Cr 2202 and a payable (Cr 3999 without a supplier)."""
    doc = uuid.uuid4()
    with uow.write() as tx:
        moves = post_moves(
            tx,
            [
                MoveSpec(
                    product_id,
                    virtual_location_id(tx, VirtualLocation.SUPPLIER),
                    bin_id,
                    Decimal(qty),
                    unit_cost=Decimal(unit_cost),
                )
            ],
            doc_type="TEST-GR",
            doc_id=doc,
            on=ON,
        )
        value = sum(m.value for m in moves)
        posting = Posting(ON, doc_type="TEST-GR", doc_id=doc).debit(Accounts.INVENTORY, value)
        if supplier_id is None:  # opening stock
            posting.credit(Accounts.OPENING, value)
        else:
            posting.credit(Accounts.PAYABLE, value, party_kind="supplier", party_id=supplier_id)
        posting.post(tx)
        if supplier_id is not None:
            raise_open_item(
                tx,
                kind="payable",
                party_id=supplier_id,
                doc_type="TEST-GR",
                doc_id=doc,
                doc_number="",
                on=ON,
                amount=value,
            )


def issue(uow: UnitOfWork, product_id, bin_id, qty: str, *, customer_id=None, price: str = "10") -> None:
    """A sale: stock out at the average (fixed at 6 here so merged values stay exact), Dr 5401 /
    Cr 1405, and the receivable: Dr 1122 / Cr 5001."""
    doc = uuid.uuid4()
    quantity = Decimal(qty)
    with uow.write() as tx:
        moves = post_moves(
            tx,
            [
                MoveSpec(
                    product_id, bin_id, virtual_location_id(tx, VirtualLocation.CUSTOMER), quantity, value=quantity * 6
                )
            ],
            doc_type="TEST-SD",
            doc_id=doc,
            on=ON,
        )
        cost = sum(m.value for m in moves)
        revenue = quantity * Decimal(price)
        posting = (
            Posting(ON, doc_type="TEST-SD", doc_id=doc).debit(Accounts.COGS, cost).credit(Accounts.INVENTORY, cost)
        )
        if customer_id is not None:
            posting.debit(Accounts.RECEIVABLE, revenue, party_kind="customer", party_id=customer_id).credit(
                Accounts.REVENUE, revenue
            )
            raise_open_item(
                tx,
                kind="receivable",
                party_id=customer_id,
                doc_type="TEST-SD",
                doc_id=doc,
                doc_number="",
                on=ON,
                amount=revenue,
            )
        posting.post(tx)


def snapshot(uow: UnitOfWork) -> dict[str, dict]:
    """Every synced row, encoded, by table and id."""
    out = {}
    with uow.read() as tx:
        for t in synced_tables():
            out[t.name] = {str(row["id"]): encode_row(t.name, row) for row in tx.execute(select(t)).mappings()}
    return out


def assert_same(*uows: UnitOfWork) -> None:
    first = snapshot(uows[0])
    for other in uows[1:]:
        second = snapshot(other)
        for name in first:
            assert first[name] == second[name], f"table {name} differs: {_diff(first[name], second[name])}"


def _diff(a: dict, b: dict) -> str:
    only_a = sorted(set(a) - set(b))[:3]
    only_b = sorted(set(b) - set(a))[:3]
    changed = [
        (k, {c: (a[k][c], b[k][c]) for c in a[k] if a[k][c] != b[k].get(c)}) for k in set(a) & set(b) if a[k] != b[k]
    ][:3]
    return f"only left {only_a}, only right {only_b}, changed {changed}"


def assert_verified(uow: UnitOfWork) -> None:
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
