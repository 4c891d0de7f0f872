"""Property: random receipts by lot and serial, sales first-expiry-first or by a chosen lot,
transfers and returns keep stock per lot and per serial equal to its moves, the lots of a bin add
up to the bin's stock, a serial is never in stock twice nor below zero, and the books tie out."""

import shutil
import uuid
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from erp_desktop.errors import InsufficientStock, ValidationError
from erp_desktop.models.stock import LotBalance, StockBalance
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.lots import LotInput, ensure_lot, lot_id
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories

D = Decimal
ON = date(2026, 8, 1)

quantity = st.decimals(min_value=D("0.001"), max_value=D("20"), places=3)
lot = st.one_of(st.none(), st.integers(0, 3))
step = st.tuples(
    st.sampled_from(["in", "out", "move", "back"]),
    st.integers(0, 1),  # 0: lot-tracked, 1: serial-tracked
    st.tuples(st.integers(0, 1), st.integers(0, 1)),
    quantity,
    lot,
)
_TEMPLATE: list = []


def _template(tmp_path_factory):
    if not _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
        open_shop(path).engine.dispose()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


def _post(uow, specs, stock_in: bool):
    doc = uuid.uuid4()
    with uow.write() as tx:
        moves = post_moves(tx, specs(tx), doc_type="TEST", doc_id=doc, on=ON)
        value = sum((m.value for m in moves), D(0))
        posting = Posting(ON, doc_type="TEST", doc_id=doc)
        if stock_in is True:
            posting.debit(Accounts.INVENTORY, value).credit(Accounts.OPENING, value)
        elif stock_in is False:
            posting.debit(Accounts.COGS, value).credit(Accounts.INVENTORY, value)
        posting.post(tx)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(steps=st.lists(step, min_size=1, max_size=16))
def test_random_lot_and_serial_moves_keep_stock_per_lot_equal_to_moves(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("prop") / "shop.sqlite3"
    shutil.copyfile(_template(tmp_path_factory), path)
    uow = open_shop(path)
    try:
        with uow.write() as tx:
            milk = factories.product(tx, cost="5", lot_tracked=True).id
            phone = factories.product(tx, cost="900", serial_tracked=True).id
            _w, bins = factories.warehouse(tx, bins=("A", "B"))
            bins = [b.id for b in bins]
        for kind, p, (src, dst), q, n in steps:
            product = (milk, phone)[p]
            serial = p == 1
            amount = D(1) if serial else q
            number = f"{'SN' if serial else 'L'}-{n if n is not None else 0}"

            def lots(tx, number=number, product=product, amount=amount):
                made = ON - timedelta(days=30 - len(number))
                key = ensure_lot(
                    tx,
                    product,
                    LotInput(number, amount, production_date=made, expiry_date=made + timedelta(days=90)),
                    line=1,
                )
                return ((key, amount),)

            try:
                if kind == "in":
                    _post(
                        uow,
                        lambda tx, product=product, lots=lots, src=src, amount=amount: [
                            MoveSpec(
                                product,
                                virtual_location_id(tx, VirtualLocation.SUPPLIER),
                                bins[src],
                                amount,
                                unit_cost=D("5.5"),
                                lots=lots(tx),
                            )
                        ],
                        True,
                    )
                elif kind in ("out", "move"):
                    chosen = serial or n is not None

                    def specs(
                        tx, product=product, src=src, dst=dst, kind=kind, chosen=chosen, amount=amount, number=number
                    ):
                        target = bins[dst] if kind == "move" else virtual_location_id(tx, VirtualLocation.CUSTOMER)
                        if target == bins[src]:
                            target = bins[1 - src]
                        named = (lot_id(product, number), amount) if chosen else None
                        return [MoveSpec(product, bins[src], target, amount, lots=(named,) if named else ())]

                    _post(uow, specs, None if kind == "move" else False)
                elif kind == "back":  # a customer brings a lot or serial back
                    _post(
                        uow,
                        lambda tx, product=product, src=src, amount=amount, number=number: [
                            MoveSpec(
                                product,
                                virtual_location_id(tx, VirtualLocation.CUSTOMER),
                                bins[src],
                                amount,
                                unit_cost=D("5.5"),
                                lots=((lot_id(product, number), amount),),
                            )
                        ],
                        True,
                    )
            except (InsufficientStock, ValidationError):
                pass  # refused as a whole: nothing written
        with uow.read() as tx:
            lots = list(tx.scalars(select(LotBalance)))
            assert all(b.qty >= 0 for b in lots)  # "forbid": no lot below zero at any bin
            by_bin: dict = {}
            serials: dict = {}
            for b in lots:
                by_bin[(b.product_id, b.location_id)] = by_bin.get((b.product_id, b.location_id), D(0)) + b.qty
                if b.product_id == phone:
                    serials[b.lot_id] = serials.get(b.lot_id, D(0)) + b.qty
            for b in tx.scalars(select(StockBalance)):
                assert by_bin.get((b.product_id, b.location_id), D(0)) == b.qty  # a bin's lots add up to its stock
            assert all(v in (D(0), D(1)) for v in serials.values())  # a serial is in stock once or not at all
        checks = verify.run_checks(uow)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    finally:
        uow.engine.dispose()
