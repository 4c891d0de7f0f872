"""A sale through the real services on a fresh database (for ``--self-test``)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Customer
from erp_desktop.models.warehouse import Location, VirtualLocation, Warehouse
from erp_desktop.money import money
from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.system import verify
from erp_desktop.storage.uow import UnitOfWork


def post_sample_sale(uow: UnitOfWork) -> str:
    """Receive 10 of a product and deliver 3 with receivable and journal; then verify. Uses the
    sales module's services when present."""
    on = date.today()
    with uow.write() as tx:
        product = Product(
            code=f"SELFTEST-{uuid.uuid4().hex[:6]}",
            name="Self-test",
            sale_price=Decimal("10"),
            purchase_price=Decimal("6"),
        )
        warehouse = Warehouse(code=f"ST-{uuid.uuid4().hex[:6]}", name="Self-test")
        customer = Customer(code=f"ST-{uuid.uuid4().hex[:6]}", name="Self-test")
        tx.add_all([product, warehouse, customer])
        tx.flush()
        bin_ = Location(warehouse_id=warehouse.id, code="A-01")
        tx.add(bin_)
        tx.flush()
        receipt_id = uuid.uuid4()
        number = next_number(tx, "ST", on)
        post_moves(
            tx,
            [
                MoveSpec(
                    product.id,
                    virtual_location_id(tx, VirtualLocation.OPENING),
                    bin_.id,
                    Decimal(10),
                    unit_cost=Decimal(6),
                )
            ],
            doc_type="ST",
            doc_id=receipt_id,
            doc_number=number,
            on=on,
        )
        Posting(on, doc_type="ST", doc_id=receipt_id, doc_number=number).debit(Accounts.INVENTORY, Decimal(60)).credit(
            Accounts.OPENING, Decimal(60)
        ).post(tx)
        sale_id = uuid.uuid4()
        number = next_number(tx, "ST", on)
        moves = post_moves(
            tx,
            [MoveSpec(product.id, bin_.id, virtual_location_id(tx, VirtualLocation.CUSTOMER), Decimal(3))],
            doc_type="ST",
            doc_id=sale_id,
            doc_number=number,
            on=on,
        )
        net, tax = Decimal("30.00"), money(Decimal("30") * Decimal("0.13"))
        raise_open_item(
            tx,
            kind="receivable",
            party_id=customer.id,
            doc_type="ST",
            doc_id=sale_id,
            doc_number=number,
            on=on,
            amount=net + tax,
        )
        (
            Posting(on, doc_type="ST", doc_id=sale_id, doc_number=number)
            .debit(Accounts.RECEIVABLE, net + tax, party_kind="customer", party_id=customer.id)
            .credit(Accounts.REVENUE, net)
            .credit(Accounts.OUTPUT_VAT, tax)
            .debit(Accounts.COGS, moves[0].value)
            .credit(Accounts.INVENTORY, moves[0].value)
            .post(tx)
        )
    failed = [c.name for c in verify.run_checks(uow) if not c.ok]
    if failed:
        raise RuntimeError(f"verify failed: {failed}")
    return f"sale {number} posted, books verified"
