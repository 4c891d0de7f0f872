"""Kits (组装 / 拆卸): bills of components, assembly and disassembly at exact cost, reversal,
bundle sales, and the refusals (a kit containing itself, a shortage) that write nothing."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import InsufficientStock, ValidationError
from erp_desktop.models.finance import JournalEntry
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.models.sales import SalesDeliveryLine
from erp_desktop.models.stock import ProductCost, StockBalance, StockMove
from erp_desktop.services import inventory, sales
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.system import verify
from tests.support import factories

ON = date(2026, 3, 10)


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        a = factories.product(tx, "BOX", cost="3")
        b = factories.product(tx, "TEA", cost="4.5")
        kit = factories.product(tx, "GIFT", cost="0", price="30")
        w, (bin1, bin2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(a=a.id, b=b.id, kit=kit.id, w=w.id, bin1=bin1.id, bin2=bin2.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        warehouse_id=ids["w"],
        lines=[
            LineInput(ids["a"], D("10"), D("3.00"), to_location_id=ids["bin1"]),
            LineInput(ids["b"], D("10"), D("4.50"), to_location_id=ids["bin1"]),
        ],
    )
    inventory.set_bom(uow, ids["kit"], [ComponentInput(ids["a"], D("1")), ComponentInput(ids["b"], D("2"))])
    return ids


def balance(uow, product_id, location_id):
    with uow.read() as tx:
        return tx.scalar(
            select(StockBalance.qty).where(
                StockBalance.product_id == product_id, StockBalance.location_id == location_id
            )
        ) or D(0)


def cost(uow, product_id):
    with uow.read() as tx:
        c = tx.get(ProductCost, product_id)
        return (c.qty, c.value, c.avg_cost) if c else (D(0), D(0), D(0))


def tie_out(uow):
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def count(uow, model):
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(model))


def test_bom_shows_components_and_the_cost_of_one_kit(uow, shop):
    bom = inventory.get_bom(uow, shop["kit"])
    assert [(line.code, line.qty, line.unit_cost, line.cost) for line in bom.lines] == [
        ("BOX", D("1"), D("3"), D("3.00")),
        ("TEA", D("2"), D("4.5"), D("9.00")),
    ]
    assert bom.cost == D("12.00") and not bom.bundle


def test_assembly_consumes_components_and_produces_kits_at_their_summed_cost(uow, shop):
    result = inventory.create_and_post_kit_doc(
        uow,
        kind="assembly",
        on=ON,
        kit_id=shop["kit"],
        qty=D("2"),
        from_location_id=shop["bin1"],
        to_location_id=shop["bin2"],
    )
    assert result.number == "AS-2026-000001"
    assert result.total_value == D("24.00")  # 2 × (1 × 3.00 + 2 × 4.50)
    assert balance(uow, shop["kit"], shop["bin2"]) == D("2")
    assert (balance(uow, shop["a"], shop["bin1"]), balance(uow, shop["b"], shop["bin1"])) == (D("8"), D("6"))
    assert cost(uow, shop["kit"]) == (D("2"), D("24.00"), D("12"))
    assert cost(uow, shop["a"])[1] == D("24.00") and cost(uow, shop["b"])[1] == D("27.00")
    view = inventory.get_kit_doc(uow, result.id)
    assert (view.kit_code, view.qty, [(l.product_code, l.qty, l.value) for l in view.lines]) == (
        "GIFT",
        D("2"),
        [("BOX", D("2"), D("6.00")), ("TEA", D("4"), D("18.00"))],
    )
    with uow.read() as tx:  # both sides are 1405: no journal entry, as for a transfer
        assert tx.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.doc_id == result.id)) == 0
    tie_out(uow)


def test_disassembly_splits_the_kit_cost_in_proportion_exactly(uow, shop):
    # kits at an odd cost: 3 kits assembled (36.00), then one more component bought dearer
    inventory.create_and_post_kit_doc(
        uow, kind="assembly", on=ON, kit_id=shop["kit"], qty=D("3"), warehouse_id=shop["w"]
    )
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="other",
        on=ON,
        warehouse_id=shop["w"],
        lines=[LineInput(shop["kit"], D("1"), D("12.01"))],
    )
    assert cost(uow, shop["kit"]) == (D("4"), D("48.01"), D("12.0025"))
    result = inventory.create_and_post_kit_doc(
        uow, kind="dismantle", on=ON, kit_id=shop["kit"], qty=D("1"), warehouse_id=shop["w"]
    )
    assert result.number == "DA-2026-000001"
    # the kit leaves at its average 12.00 (12.0025 rounded); split 3.00 : 9.00 by current cost
    view = inventory.get_kit_doc(uow, result.id)
    assert result.total_value == D("12.00")
    assert [(l.product_code, l.qty, l.value) for l in view.lines] == [
        ("BOX", D("1"), D("3.00")),
        ("TEA", D("2"), D("9.00")),
    ]
    # the whole rest: 3 kits, 36.01 left; the split 36.01 × 3/12 = 9.0025 → 9.00, TEA takes 27.01
    result = inventory.create_and_post_kit_doc(
        uow, kind="dismantle", on=ON, kit_id=shop["kit"], qty=D("3"), warehouse_id=shop["w"]
    )
    view = inventory.get_kit_doc(uow, result.id)
    assert [(l.product_code, l.value) for l in view.lines] == [("BOX", D("9.00")), ("TEA", D("27.01"))]
    assert sum(l.value for l in view.lines) == result.total_value == D("36.01")
    assert cost(uow, shop["kit"]) == (D("0"), D("0.00"), cost(uow, shop["kit"])[2])
    tie_out(uow)


def test_reversing_an_assembly_puts_everything_back_at_its_value(uow, shop):
    result = inventory.create_and_post_kit_doc(
        uow, kind="assembly", on=ON, kit_id=shop["kit"], qty=D("2"), warehouse_id=shop["w"]
    )
    reversal = inventory.reverse_stock_doc(uow, result.id, on=ON)
    assert reversal.number == "AS-2026-000002" and reversal.total_value == D("24.00")
    assert cost(uow, shop["kit"])[:2] == (D("0"), D("0.00"))
    assert cost(uow, shop["a"])[:2] == (D("10"), D("30.00"))
    assert cost(uow, shop["b"])[:2] == (D("10"), D("45.00"))
    tie_out(uow)


def test_a_kit_that_contains_itself_is_refused_naming_the_line(uow, shop):
    with uow.write() as tx:
        outer = factories.product(tx, "HAMPER").id
    inventory.set_bom(uow, outer, [ComponentInput(shop["a"], D("1")), ComponentInput(shop["kit"], D("1"))])
    with pytest.raises(ValidationError, match=r"line 1: kit GIFT cannot contain itself"):
        inventory.set_bom(uow, shop["kit"], [ComponentInput(shop["kit"], D("1"))])
    with pytest.raises(ValidationError, match=r"line 3: HAMPER contains kit GIFT itself \(GIFT → HAMPER → GIFT\)"):
        inventory.set_bom(
            uow,
            shop["kit"],
            [ComponentInput(shop["a"], D("1")), ComponentInput(shop["b"], D("2")), ComponentInput(outer, D("1"))],
        )
    with pytest.raises(ValidationError, match="line 2: the quantity per kit must be greater than zero"):
        inventory.set_bom(uow, shop["kit"], [ComponentInput(shop["a"], D("1")), ComponentInput(shop["b"], D("0"))])
    # the bill is untouched
    assert [(l.code, l.qty) for l in inventory.get_bom(uow, shop["kit"]).lines] == [("BOX", D("1")), ("TEA", D("2"))]


def test_a_shortage_is_refused_with_nothing_written(uow, shop):
    moves, docs = count(uow, StockMove), count(uow, StockDoc)
    with pytest.raises(InsufficientStock):
        inventory.create_and_post_kit_doc(
            uow, kind="assembly", on=ON, kit_id=shop["kit"], qty=D("6"), warehouse_id=shop["w"]
        )  # needs 12 TEA, 10 on hand
    assert (count(uow, StockMove), count(uow, StockDoc)) == (moves, docs)
    assert cost(uow, shop["b"])[:2] == (D("10"), D("45.00"))
    draft = inventory.save_kit_doc(
        uow, None, kind="assembly", on=ON, kit_id=shop["kit"], qty=D("6"), warehouse_id=shop["w"]
    )
    with pytest.raises(InsufficientStock):
        inventory.post_stock_doc(uow, draft)
    assert inventory.get_kit_doc(uow, draft).state == "draft"
    assert count(uow, StockMove) == moves
    tie_out(uow)


def test_a_kit_without_a_bill_cannot_be_assembled(uow, shop):
    with pytest.raises(ValidationError, match="BOX .* has no bill of components"):
        inventory.save_kit_doc(uow, None, kind="assembly", on=ON, kit_id=shop["a"], qty=D("1"), warehouse_id=shop["w"])


def test_a_bundle_delivery_issues_its_components_at_their_cost(uow, shop):
    inventory.set_bom(
        uow, shop["kit"], [ComponentInput(shop["a"], D("1")), ComponentInput(shop["b"], D("2"))], bundle=True
    )
    # what the order screen offers: as many bundles as the scarcest component makes (TEA 10 ÷ 2)
    assert sales.stock_availability(uow, [shop["kit"]])[shop["kit"]].on_hand == D("5")
    with uow.write() as tx:
        customer = factories.customer(tx).id
    ref = sales.create_order(uow, customer_id=customer, on=ON, lines=[sales.LineInput(shop["kit"], D("3"), D("30"))])
    sales.confirm_order(uow, ref.id)
    delivery = sales.deliver_order(
        uow, ref.id, on=ON, warehouse_id=shop["w"], acknowledged=frozenset({"negative-stock"})
    )
    with uow.read() as tx:
        line = tx.scalar(select(SalesDeliveryLine).where(SalesDeliveryLine.delivery_id == delivery.id))
        assert (line.product_id, line.qty, line.cost) == (shop["kit"], D("3"), D("36.00"))
        moved = tx.execute(
            select(StockMove.product_id, StockMove.qty, StockMove.value)
            .where(StockMove.doc_id == delivery.id)
            .order_by(StockMove.seq)
        ).all()
    assert [tuple(m) for m in moved] == [(shop["a"], D("3"), D("9.00")), (shop["b"], D("6"), D("27.00"))]
    assert (balance(uow, shop["a"], shop["bin1"]), balance(uow, shop["b"], shop["bin1"])) == (D("7"), D("4"))
    assert cost(uow, shop["kit"])[0] == D("0")
    tie_out(uow)


def _failed(uow):
    return {c.name for c in verify.run_checks(uow) if not c.ok}


def test_verify_catches_an_assembly_that_produced_more_than_it_consumed(uow, shop):
    from erp_desktop.storage.rows import update_rows

    result = inventory.create_and_post_kit_doc(
        uow, kind="assembly", on=ON, kit_id=shop["kit"], qty=D("1"), warehouse_id=shop["w"]
    )
    assert "Assemblies produce the value they consume" not in _failed(uow)
    with uow.write() as tx:
        move = tx.scalar(select(StockMove).where(StockMove.doc_id == result.id, StockMove.product_id == shop["kit"]))
        update_rows(tx, StockMove.__table__, [{"id": move.id, "value": D("12.01")}])
    assert "Assemblies produce the value they consume" in _failed(uow)


def test_verify_catches_a_bundle_delivery_whose_moves_do_not_match_the_bill(uow, shop):
    from erp_desktop.storage.rows import update_rows

    inventory.set_bom(
        uow, shop["kit"], [ComponentInput(shop["a"], D("1")), ComponentInput(shop["b"], D("2"))], bundle=True
    )
    with uow.write() as tx:
        customer = factories.customer(tx).id
    ref = sales.create_order(uow, customer_id=customer, on=ON, lines=[sales.LineInput(shop["kit"], D("1"), D("30"))])
    sales.confirm_order(uow, ref.id)
    delivery = sales.deliver_order(uow, ref.id, on=ON, warehouse_id=shop["w"])
    assert "Bundle deliveries issue their components" not in _failed(uow)
    with uow.write() as tx:
        move = tx.scalar(select(StockMove).where(StockMove.doc_id == delivery.id, StockMove.product_id == shop["b"]))
        update_rows(tx, StockMove.__table__, [{"id": move.id, "qty": D("1")}])
    assert "Bundle deliveries issue their components" in _failed(uow)


def _bundle_sold(uow, shop, qty):
    inventory.set_bom(
        uow, shop["kit"], [ComponentInput(shop["a"], D("1")), ComponentInput(shop["b"], D("2"))], bundle=True
    )
    with uow.write() as tx:
        customer = factories.customer(tx).id
    ref = sales.create_order(uow, customer_id=customer, on=ON, lines=[sales.LineInput(shop["kit"], qty, D("30"))])
    sales.confirm_order(uow, ref.id)
    delivery = sales.deliver_order(uow, ref.id, on=ON, warehouse_id=shop["w"])
    with uow.read() as tx:
        line_id = tx.scalar(select(SalesDeliveryLine.id).where(SalesDeliveryLine.delivery_id == delivery.id))
    return delivery, line_id


def _moves_of(uow, doc_id):
    with uow.read() as tx:
        return [
            tuple(m)
            for m in tx.execute(
                select(StockMove.product_id, StockMove.qty, StockMove.value)
                .where(StockMove.doc_id == doc_id)
                .order_by(StockMove.seq)
            )
        ]


def test_a_bundle_returned_in_parts_brings_its_components_back_at_their_cost(uow, shop):
    delivery, line_id = _bundle_sold(uow, shop, D("3"))  # BOX 3 at 9.00, TEA 6 at 27.00
    first = sales.return_delivery(uow, delivery.id, lines=[sales.ReturnLineInput(line_id, D("1"))], on=ON)
    assert _moves_of(uow, first.id) == [(shop["a"], D("1"), D("3.00")), (shop["b"], D("2"), D("9.00"))]
    rest = sales.return_delivery(uow, delivery.id, lines=[sales.ReturnLineInput(line_id, D("2"))], on=ON)
    assert _moves_of(uow, rest.id) == [(shop["a"], D("2"), D("6.00")), (shop["b"], D("4"), D("18.00"))]
    assert cost(uow, shop["a"])[:2] == (D("10"), D("30.00")) and cost(uow, shop["b"])[:2] == (D("10"), D("45.00"))
    assert cost(uow, shop["kit"])[0] == D("0")  # no kit ever appears in stock
    tie_out(uow)


def test_reversing_a_bundle_delivery_puts_the_components_back(uow, shop):
    delivery, _line_id = _bundle_sold(uow, shop, D("2"))
    sales.reverse_delivery(uow, delivery.id, on=ON)
    assert cost(uow, shop["a"])[:2] == (D("10"), D("30.00")) and cost(uow, shop["b"])[:2] == (D("10"), D("45.00"))
    assert cost(uow, shop["kit"])[0] == D("0")
    tie_out(uow)


def test_random_assemblies_and_disassemblies_keep_the_books_tied(uow, shop):
    """A property over one shop: whatever mix of assemblies, disassemblies (odd quantities, odd
    costs) and reversals, each document produces exactly what it consumed and verify passes
    (stock value = Σ move values = account 1405, balances = Σ moves)."""
    import random

    from erp_desktop.errors import InvalidTransition

    rng = random.Random(17)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="other",
        on=ON,
        warehouse_id=shop["w"],
        lines=[LineInput(shop["a"], D("7"), D("3.33")), LineInput(shop["b"], D("11"), D("4.17"))],
    )
    posted, reversed_ = [], 0
    for _ in range(25):
        kind = rng.choice(["assembly", "assembly", "dismantle"])
        kits = D(rng.randint(1, 4000)) / D(1000)
        try:
            result = inventory.create_and_post_kit_doc(
                uow, kind=kind, on=ON, kit_id=shop["kit"], qty=kits, warehouse_id=shop["w"]
            )
        except InsufficientStock:
            continue
        view = inventory.get_kit_doc(uow, result.id)
        assert sum(l.value for l in view.lines) == result.total_value
        posted.append(result.id)
        if rng.random() < 0.3:
            try:
                inventory.reverse_stock_doc(uow, rng.choice(posted), on=ON)
                reversed_ += 1
            except (InsufficientStock, InvalidTransition):  # the stock moved on, or reversed already
                pass
        tie_out(uow)
    assert len(posted) >= 10 and reversed_ >= 2


def test_clearing_a_bill_keeps_one_kit_row_per_product_with_the_same_id_on_every_pc(uow, shop):
    from erp_desktop.models.kits import ProductKit, ProductKitLine
    from erp_desktop.services.inventory.kits import kit_row_id

    assert inventory.set_bom(uow, shop["kit"], []) is None
    assert inventory.get_bom(uow, shop["kit"]) is None
    with pytest.raises(ValidationError, match="has no bill of components"):
        inventory.save_kit_doc(
            uow, None, kind="assembly", on=ON, kit_id=shop["kit"], qty=D("1"), warehouse_id=shop["w"]
        )
    inventory.set_bom(uow, shop["kit"], [ComponentInput(shop["b"], D("3"))])
    with uow.read() as tx:
        assert [k.id for k in tx.scalars(select(ProductKit))] == [kit_row_id(shop["kit"])]
        assert tx.scalar(select(func.count()).select_from(ProductKitLine)) == 1


def test_a_bundle_quantity_that_needs_rounding_rounds_like_the_quantity_column_and_verify_agrees(uow, shop):
    inventory.set_bom(uow, shop["kit"], [ComponentInput(shop["b"], D("0.333"))], bundle=True)
    with uow.write() as tx:
        customer = factories.customer(tx).id
    ref = sales.create_order(uow, customer_id=customer, on=ON, lines=[sales.LineInput(shop["kit"], D("0.5"), D("30"))])
    sales.confirm_order(uow, ref.id)
    delivery = sales.deliver_order(uow, ref.id, on=ON, warehouse_id=shop["w"])
    assert [(m[1], m[2]) for m in _moves_of(uow, delivery.id)] == [(D("0.167"), D("0.75"))]  # 0.1665 → 0.167
    tie_out(uow)
