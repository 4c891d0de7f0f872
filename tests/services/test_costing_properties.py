"""Property: random FIFO documents — receipts at random prices, issues, transfers between bins,
customer returns at a fixed cost, landed costs on earlier receipt lines — keep the cost layers
equal to the stock on hand and its value, match a plain FIFO model move by move, survive a
rebuild unchanged, and keep the books tied out."""

import shutil
import uuid
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from erp_desktop.models.costing import CostLayer
from erp_desktop.models.stock import ProductCost, StockBalance
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.rebuild import rebuild_all
from erp_desktop.services.ledger.revalue import revalue_receipt_line
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories

D = Decimal
ON = date(2026, 8, 1)
CENT = D("0.01")

quantity = st.decimals(min_value=D("0.001"), max_value=D("30"), places=3)
unit = st.decimals(min_value=D("0.01"), max_value=D("99"), places=2)
step = st.one_of(
    st.tuples(st.just("in"), quantity, unit),
    st.tuples(st.just("out"), quantity, st.just(D(0))),
    st.tuples(st.just("move"), quantity, st.just(D(0))),
    st.tuples(st.just("return"), quantity, unit),
    st.tuples(
        st.just("charge"), st.integers(0, 9).map(D), st.decimals(min_value=D("0.01"), max_value=D("50"), places=2)
    ),
)
_TEMPLATE: list = []


def _template(tmp_path_factory):
    if not _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
        open_shop(path).engine.dispose()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class Model:
    """FIFO by hand: layers as [receipt line, qty in, qty left, value left]."""

    def __init__(self) -> None:
        self.layers: list[list] = []

    def receive(self, line, qty, value):
        self.layers.append([line, qty, qty, value])

    def issue(self, qty) -> Decimal:
        value = D(0)
        for layer in self.layers:
            if qty <= 0:
                break
            if layer[2] <= 0:
                continue
            take = min(qty, layer[2])
            part = layer[3] if take == layer[2] else _money(layer[3] * take / layer[2])
            layer[2] -= take
            layer[3] -= part
            value += part
            qty -= take
        return value

    def charge(self, line, amount) -> Decimal:
        """The part placed in stock (the rest is cost of goods)."""
        layer = next(l for l in self.layers if l[0] == line)
        if layer[2] <= 0:
            return D(0)
        part = _money(amount * layer[2] / layer[1])
        layer[3] += part
        return part

    @property
    def qty(self):
        return sum((l[2] for l in self.layers), D(0))

    @property
    def value(self):
        return sum((l[3] for l in self.layers), D(0))


def _post(uow, spec, debit, credit):
    doc = uuid.uuid4()
    with uow.write() as tx:
        moves = post_moves(tx, [spec], doc_type="TEST", doc_id=doc, on=ON)
        value = sum((m.value for m in moves), D(0))
        Posting(ON, doc_type="TEST", doc_id=doc).debit(debit, value).credit(credit, value).post(tx)
        return value


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_random_fifo_documents_keep_layers_equal_to_stock(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("prop") / "shop.sqlite3"
    shutil.copyfile(_template(tmp_path_factory), path)
    uow = open_shop(path)
    model = Model()
    lines: list[tuple[uuid.UUID, Decimal]] = []
    try:
        with uow.write() as tx:
            tea = factories.product(tx, cost="1", costing_method="fifo").id
            _w, bins = factories.warehouse(tx, bins=("A", "B"))
            a, b = (x.id for x in bins)
            supplier = virtual_location_id(tx, VirtualLocation.SUPPLIER)
            customer = virtual_location_id(tx, VirtualLocation.CUSTOMER)
        held = {a: D(0), b: D(0)}
        for kind, q, price in steps:
            if kind in ("in", "return"):
                line = uuid.uuid4()
                value = _money(q * price)
                source = supplier if kind == "in" else customer
                _post(
                    uow,
                    MoveSpec(tea, source, a, q, value=value, doc_line_id=line),
                    Accounts.INVENTORY,
                    Accounts.OPENING,
                )
                model.receive(line, q, value)
                lines.append((line, q))
                held[a] += q
            elif kind == "out":
                where = max(held, key=lambda k: held[k])
                q = min(q, held[where])
                if q <= 0:
                    continue
                got = _post(uow, MoveSpec(tea, where, customer, q), Accounts.COGS, Accounts.INVENTORY)
                assert got == model.issue(q)
                held[where] -= q
            elif kind == "move":
                q = min(q, held[a])
                if q <= 0:
                    continue
                _post(uow, MoveSpec(tea, a, b, q), Accounts.INVENTORY, Accounts.INVENTORY)
                held[a] -= q
                held[b] += q
            elif lines:
                line, line_qty = lines[int(q) % len(lines)]
                doc = uuid.uuid4()
                with uow.write() as tx:
                    placed = revalue_receipt_line(
                        tx,
                        product_id=tea,
                        receipt_line_id=line,
                        line_qty=line_qty,
                        kept_qty=line_qty,
                        amount=price,
                        doc=("TEST", doc, "", ON),
                        doc_line_id=uuid.uuid4(),
                        seq=0,
                    )
                    Posting(ON, doc_type="TEST", doc_id=doc).debit(Accounts.INVENTORY, placed.to_stock).debit(
                        Accounts.COGS, placed.to_cogs
                    ).credit(Accounts.OPENING, price).post(tx)
                assert placed.to_stock == model.charge(line, price)
            with uow.read() as tx:
                cost = tx.get(ProductCost, tea)
                assert ((cost.qty, cost.value) if cost else (D(0), D(0))) == (model.qty, model.value)
        with uow.read() as tx:
            layers = sorted((l.qty_left, l.value_left) for l in tx.scalars(select(CostLayer)))
            on_hand = sum(tx.scalars(select(StockBalance.qty).where(StockBalance.product_id == tea)), D(0))
        assert on_hand == model.qty
        assert sum((q for q, _v in layers), D(0)) == on_hand
        with uow.write() as tx:
            rebuild_all(tx)
        with uow.read() as tx:
            assert sorted((l.qty_left, l.value_left) for l in tx.scalars(select(CostLayer))) == layers
        failed = [c for c in verify.run_checks(uow) if not c.ok]
        assert failed == []
    finally:
        uow.engine.dispose()
