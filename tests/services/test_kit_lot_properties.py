"""Property (issue 17, kits × lots): random assemblies of a serial-tracked kit from a lot-tracked
and a serial-tracked component (lots first expiry first, serials chosen), disassemblies traced
back to their assembly or entered, and reversals keep stock per lot and per serial equal to the
moves, no serial in stock twice, every kit document's value balanced, and ``verify`` clean; a
refused document writes nothing."""

import shutil
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from erp_desktop.errors import InsufficientStock, InvalidTransition, ValidationError
from erp_desktop.models.stock import LotBalance, StockLot, StockMove
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services import inventory
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.lots import LotInput, lot_parts
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories

D = Decimal
ON = date(2026, 8, 1)
step = st.tuples(
    st.sampled_from(["assemble", "dismantle", "dismantle-typed", "reverse", "restock"]),
    st.integers(1, 2),  # kits
    st.integers(0, 5),  # which serial / lot
)
_TEMPLATE: list = []


def _template(tmp_path_factory):
    if not _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
        open_shop(path).engine.dispose()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


def _receive(uow, product, bin_id, lots, cost):
    import uuid

    doc = uuid.uuid4()
    with uow.write() as tx:
        qty = sum((lot.qty for lot in lots), D(0))
        parts = lot_parts(tx, product, lots, qty=qty, line=1)
        supplier = virtual_location_id(tx, VirtualLocation.SUPPLIER)
        moves = post_moves(
            tx,
            [MoveSpec(product, supplier, bin_id, qty, unit_cost=D(cost), lots=parts)],
            doc_type="TEST",
            doc_id=doc,
            on=ON,
        )
        Posting(ON, doc_type="TEST", doc_id=doc).debit(Accounts.INVENTORY, moves[0].value).credit(
            Accounts.OPENING, moves[0].value
        ).post(tx)


def _in_stock(uow, product, bin_id):
    with uow.read() as tx:
        return sorted(
            tx.scalars(
                select(StockLot.number)
                .join(LotBalance, LotBalance.lot_id == StockLot.id)
                .where(StockLot.product_id == product, LotBalance.location_id == bin_id, LotBalance.qty > 0)
            )
        )


def _counts(uow):
    with uow.read() as tx:
        return (tx.scalar(select(func.count()).select_from(StockMove)), tx.scalar(select(func.sum(LotBalance.qty))))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(steps=st.lists(step, min_size=1, max_size=10))
def test_random_kit_documents_keep_stock_per_lot_and_serial_equal_to_moves(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("kitprop") / "shop.sqlite3"
    shutil.copyfile(_template(tmp_path_factory), path)
    uow = open_shop(path)
    try:
        with uow.write() as tx:
            milk = factories.product(tx, cost="5", lot_tracked=True).id
            phone = factories.product(tx, cost="100", serial_tracked=True).id
            kit = factories.product(tx, cost="0", serial_tracked=True).id
            _w, (parts_bin, kits_bin) = factories.warehouse(tx, bins=("A", "B"))
            parts_bin, kits_bin = parts_bin.id, kits_bin.id
        _receive(uow, milk, parts_bin, [LotInput("L-1", D(3), expiry_date=date(2026, 9, 1))], "5")
        _receive(uow, milk, parts_bin, [LotInput("L-0", D("2.5"), expiry_date=date(2026, 8, 20))], "5.2")
        _receive(uow, phone, parts_bin, [LotInput(f"SN-{n}") for n in range(4)], "100")
        inventory.set_bom(uow, kit, [ComponentInput(milk, D("1.5")), ComponentInput(phone, D(1))])
        made = 0
        docs: list = []
        for kind, kits, pick in steps:
            before = _counts(uow)
            try:
                if kind == "restock":
                    _receive(
                        uow, milk, parts_bin, [LotInput(f"L-R{pick}", D(2), expiry_date=date(2026, 10, pick + 1))], "6"
                    )
                elif kind == "assemble":
                    phones = _in_stock(uow, phone, parts_bin)
                    chosen = phones[pick % len(phones) :][:kits] if phones else []
                    new = [LotInput(f"GB-{made + n}") for n in range(kits)]
                    made += kits
                    result = inventory.create_and_post_kit_doc(
                        uow,
                        kind="assembly",
                        on=ON,
                        kit_id=kit,
                        qty=D(kits),
                        from_location_id=parts_bin,
                        to_location_id=kits_bin,
                        lots={phone: [LotInput(n) for n in chosen], kit: new},
                    )
                    docs.append(result.id)
                elif kind.startswith("dismantle"):
                    boxes = _in_stock(uow, kit, kits_bin)
                    if not boxes:
                        continue
                    lots = {kit: [LotInput(boxes[pick % len(boxes)])]}
                    if kind == "dismantle-typed":  # typed: any phone serial not in stock, milk as a new lot
                        lots[phone] = [LotInput(f"SN-X{made}-{pick}")]
                        lots[milk] = [LotInput(f"L-X{pick}", D("1.5"), expiry_date=date(2026, 12, 1))]
                    result = inventory.create_and_post_kit_doc(
                        uow,
                        kind="dismantle",
                        on=ON,
                        kit_id=kit,
                        qty=D(1),
                        from_location_id=kits_bin,
                        to_location_id=parts_bin,
                        lots=lots,
                    )
                    docs.append(result.id)
                elif kind == "reverse" and docs:
                    inventory.reverse_stock_doc(uow, docs[pick % len(docs)])
            except (InsufficientStock, ValidationError, InvalidTransition):
                assert _counts(uow) == before  # refused as a whole
        with uow.read() as tx:
            assert all(b.qty >= 0 for b in tx.scalars(select(LotBalance)))
            for lot_id, held in tx.execute(
                select(LotBalance.lot_id, func.sum(LotBalance.qty)).group_by(LotBalance.lot_id)
            ):
                number = tx.get(StockLot, lot_id)
                if number.product_id in (phone, kit):
                    assert held in (0, 1), number.number  # a serial is in stock once at most
        failed = [c for c in verify.run_checks(uow) if not c.ok]
        assert not failed, failed
    finally:
        uow.engine.dispose()
