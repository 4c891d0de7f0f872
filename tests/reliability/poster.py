"""Child process for the crash and concurrency tests: posts sale-like documents in a loop
(stock in, stock out at average cost, receivable, balanced journal — one transaction each) and
prints each document's id after its commit. Usage: python poster.py DB COUNT [TAG]"""

from __future__ import annotations

import sys
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select  # noqa: E402

from erp_desktop.models.catalog import Product  # noqa: E402
from erp_desktop.models.parties import Customer  # noqa: E402
from erp_desktop.models.warehouse import Location, VirtualLocation, Warehouse  # noqa: E402
from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item  # noqa: E402
from erp_desktop.services.ledger.numbering import next_number  # noqa: E402
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id  # noqa: E402
from erp_desktop.services.system.setup import open_shop  # noqa: E402


def ensure_master(uow):
    with uow.write() as tx:
        product = tx.scalar(select(Product).where(Product.code == "CRASH"))
        if product is None:
            product = Product(code="CRASH", name="Crash test", sale_price=Decimal("10"), purchase_price=Decimal("6"))
            warehouse = Warehouse(code="CW", name="Crash WH")
            customer = Customer(code="CC", name="Crash customer")
            tx.add_all([product, warehouse, customer])
            tx.flush()
            tx.add(Location(warehouse_id=warehouse.id, code="B1"))
            tx.flush()
        bin_id = tx.scalar(select(Location.id).join(Warehouse).where(Warehouse.code == "CW"))
        customer_id = tx.scalar(select(Customer.id).where(Customer.code == "CC"))
        return product.id, bin_id, customer_id


def post_one(uow, product_id, bin_id, customer_id, n: int) -> uuid.UUID:
    doc_id = uuid.uuid4()
    on = date.today()
    with uow.write() as tx:
        number = next_number(tx, "XT", on)
        supplier = virtual_location_id(tx, VirtualLocation.SUPPLIER)
        customer_loc = virtual_location_id(tx, VirtualLocation.CUSTOMER)
        cost_in = Decimal(6 + n % 3)
        post_moves(
            tx,
            [MoveSpec(product_id, supplier, bin_id, Decimal(2), unit_cost=cost_in)],
            doc_type="XT",
            doc_id=doc_id,
            doc_number=number,
            on=on,
        )
        Posting(on, doc_type="XT", doc_id=doc_id, doc_number=number).debit(Accounts.INVENTORY, cost_in * 2).credit(
            Accounts.OPENING, cost_in * 2
        ).post(tx)
        moves = post_moves(
            tx,
            [MoveSpec(product_id, bin_id, customer_loc, Decimal(1))],
            doc_type="XT",
            doc_id=doc_id,
            doc_number=number,
            on=on,
        )
        cost = moves[0].value
        raise_open_item(
            tx,
            kind="receivable",
            party_id=customer_id,
            doc_type="XT",
            doc_id=doc_id,
            doc_number=number,
            on=on,
            amount=Decimal("11.30"),
        )
        (
            Posting(on, doc_type="XT", doc_id=doc_id, doc_number=number)
            .debit(Accounts.RECEIVABLE, Decimal("11.30"), party_kind="customer", party_id=customer_id)
            .credit(Accounts.REVENUE, Decimal("10"))
            .credit(Accounts.OUTPUT_VAT, Decimal("1.30"))
            .debit(Accounts.COGS, cost)
            .credit(Accounts.INVENTORY, cost)
            .post(tx)
        )
    return doc_id


def main() -> None:
    path, count = sys.argv[1], int(sys.argv[2])
    uow = open_shop(path)
    product_id, bin_id, customer_id = ensure_master(uow)
    print("ready", flush=True)
    for n in range(count):
        doc_id = post_one(uow, product_id, bin_id, customer_id, n)
        print(doc_id, flush=True)


if __name__ == "__main__":
    main()
