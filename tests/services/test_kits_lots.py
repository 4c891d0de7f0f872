"""Kits with lot- and serial-tracked components or a tracked kit (issue 17, 组装/拆卸 × 批次/序列号):
assembly takes lot components first expiry first (or the lots chosen) and the serials scanned,
gives the produced kit its lot (with dates) or serials; disassembly the reverse; a reversal moves
back the very lots and serials; bad input names the line and field and writes nothing; component
lines carry the unit they were defined in; ``verify`` ties out per lot and serial."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ValidationError
from erp_desktop.models.stock import LotBalance, StockLot, StockMove
from erp_desktop.services import inventory, masterdata, purchasing
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from erp_desktop.services.system import verify
from tests.support import factories as f
from tests.support.sales import count_rows

ON = date(2026, 3, 10)


def buy(uow, product, supplier, bin_id, qty, lots, price="5"):
    order = purchasing.create_order(uow, supplier_id=supplier, on=ON, lines=[OrderLineInput(product, D(qty), D(price))])
    purchasing.confirm_order(uow, order.id)
    line = purchasing.get_order_detail(uow, order.id).lines[0].id
    return purchasing.receive_order(
        uow, order.id, on=ON, location_id=bin_id, lines=[ReceiveLineInput(line, D(qty), tuple(lots))]
    )


@pytest.fixture
def shop(uow):
    """A gift box (serial-tracked kit) of 2 milk (lot-tracked, 30 days' shelf life), 1 phone
    (serial-tracked) and 1 card (plain); milk in two lots, the later one bought first."""
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="鲜牛奶", cost="5", lot_tracked=True, shelf_life_days=30)
        phone = f.product(tx, "PHONE", name="手机", cost="100", serial_tracked=True)
        card = f.product(tx, "CARD", name="贺卡", cost="1")
        kit = f.product(tx, "GIFT", name="礼盒", cost="0", price="300", serial_tracked=True)
        supplier = f.supplier(tx, "S1")
        _w, (bin1, bin2) = f.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(milk=milk.id, phone=phone.id, card=card.id, kit=kit.id, s=supplier.id, bin1=bin1.id, bin2=bin2.id)
    buy(uow, ids["milk"], ids["s"], ids["bin1"], "10", [LotInput("L-LATE", D(10), expiry_date=date(2026, 5, 1))])
    buy(uow, ids["milk"], ids["s"], ids["bin1"], "3", [LotInput("L-EARLY", D(3), expiry_date=date(2026, 4, 1))])
    buy(uow, ids["phone"], ids["s"], ids["bin1"], "3", [LotInput(f"SN{n}") for n in (1, 2, 3)], price="100")
    buy(uow, ids["card"], ids["s"], ids["bin1"], "5", [], price="1")
    inventory.set_bom(
        uow,
        ids["kit"],
        [ComponentInput(ids["milk"], D(2)), ComponentInput(ids["phone"], D(1)), ComponentInput(ids["card"], D(1))],
    )
    return ids


def assemble(uow, shop, qty, lots, **kw):
    return inventory.create_and_post_kit_doc(
        uow,
        kind="assembly",
        on=ON,
        kit_id=shop["kit"],
        qty=D(qty),
        from_location_id=shop["bin1"],
        to_location_id=shop["bin2"],
        lots=lots,
        **kw,
    )


def moved(uow, number):
    with uow.read() as tx:
        rows = tx.execute(
            select(StockLot.number, StockMove.qty, StockMove.from_location_id)
            .join(StockLot, StockLot.id == StockMove.lot_id)
            .where(StockMove.doc_number == number)
            .order_by(StockMove.moved_at, StockMove.seq)
        )
        return [(n, q) for n, q, _f in rows]


def lot_qty(uow, product, number, location):
    with uow.read() as tx:
        lot = tx.scalar(select(StockLot.id).where(StockLot.product_id == product, StockLot.number == number))
        return tx.scalar(
            select(LotBalance.qty).where(LotBalance.lot_id == lot, LotBalance.location_id == location)
        ) or D(0)


def tie_out(uow):
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_assembly_takes_lots_fefo_consumes_scanned_serials_and_serialises_the_kit(uow, shop):
    result = assemble(
        uow,
        shop,
        "2",
        {shop["phone"]: [LotInput("SN1"), LotInput("SN3")], shop["kit"]: [LotInput("GB-001"), LotInput("GB-002")]},
    )
    # milk: 4 needed, the earlier lot (3) first, then 1 of the later; both serials out; two kit serials in
    assert moved(uow, result.number) == [
        ("L-EARLY", D(3)),
        ("L-LATE", D(1)),
        ("SN1", D(1)),
        ("SN3", D(1)),
        ("GB-001", D(1)),
        ("GB-002", D(1)),
    ]
    assert lot_qty(uow, shop["milk"], "L-LATE", shop["bin1"]) == D(9)
    assert lot_qty(uow, shop["phone"], "SN2", shop["bin1"]) == D(1)
    assert lot_qty(uow, shop["kit"], "GB-002", shop["bin2"]) == D(1)
    # the kit's value is what was consumed: 4 milk × 5 + 2 phones × 100 + 2 cards × 1
    assert result.total_value == D("222.00")
    view = inventory.get_kit_doc(uow, result.id)
    assert view.kit_lots == (("GB-001", D(1)), ("GB-002", D(1)))
    assert [view.lots.get(line.id) for line in view.lines] == [
        (("L-EARLY", D(3)), ("L-LATE", D(1))),
        (("SN1", D(1)), ("SN3", D(1))),
        None,
    ]
    tie_out(uow)


def test_chosen_lots_override_fefo_and_a_reversal_moves_back_the_same_lots(uow, shop):
    result = assemble(
        uow,
        shop,
        "1",
        {
            shop["milk"]: [LotInput("L-LATE", D(2))],
            shop["phone"]: [LotInput("SN2")],
            shop["kit"]: [LotInput("GB-9")],
        },
    )
    assert moved(uow, result.number)[:2] == [("L-LATE", D(2)), ("SN2", D(1))]
    back = inventory.reverse_stock_doc(uow, result.id)
    assert sorted(moved(uow, back.number)) == sorted([("GB-9", D(1)), ("L-LATE", D(2)), ("SN2", D(1))])
    assert lot_qty(uow, shop["milk"], "L-LATE", shop["bin1"]) == D(10)
    assert lot_qty(uow, shop["phone"], "SN2", shop["bin1"]) == D(1)
    assert lot_qty(uow, shop["kit"], "GB-9", shop["bin2"]) == D(0)
    tie_out(uow)


def test_disassembly_takes_the_kit_serial_out_and_brings_components_back_with_lots(uow, shop):
    assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-1")]})
    result = inventory.create_and_post_kit_doc(
        uow,
        kind="dismantle",
        on=ON,
        kit_id=shop["kit"],
        qty=D(1),
        from_location_id=shop["bin2"],
        to_location_id=shop["bin1"],
        lots={
            shop["kit"]: [LotInput("GB-1")],
            shop["milk"]: [LotInput("L-EARLY", D(2))],
            shop["phone"]: [LotInput("SN1")],
        },
    )
    assert moved(uow, result.number) == [("GB-1", D(1)), ("L-EARLY", D(2)), ("SN1", D(1))]
    assert lot_qty(uow, shop["kit"], "GB-1", shop["bin2"]) == D(0)
    assert lot_qty(uow, shop["phone"], "SN1", shop["bin1"]) == D(1)
    assert lot_qty(uow, shop["milk"], "L-EARLY", shop["bin1"]) == D(3)
    tie_out(uow)


def test_a_lot_tracked_kit_gets_its_lot_with_dates_from_its_shelf_life(uow, shop):
    with uow.write() as tx:
        hamper = f.product(tx, "HAMPER", cost="0", lot_tracked=True, shelf_life_days=20)
        hamper_id = hamper.id
    inventory.set_bom(uow, hamper_id, [ComponentInput(shop["milk"], D(1)), ComponentInput(shop["card"], D(1))])
    with pytest.raises(ValidationError) as missing_date:
        inventory.create_and_post_kit_doc(
            uow,
            kind="assembly",
            on=ON,
            kit_id=hamper_id,
            qty=D(2),
            from_location_id=shop["bin1"],
            to_location_id=shop["bin2"],
            lots={hamper_id: [LotInput("H-1", D(2))]},
        )
    assert missing_date.value.field == "production_date"
    assert "Line 1" in str(missing_date.value) and "HAMPER" in str(missing_date.value)
    result = inventory.create_and_post_kit_doc(
        uow,
        kind="assembly",
        on=ON,
        kit_id=hamper_id,
        qty=D(2),
        from_location_id=shop["bin1"],
        to_location_id=shop["bin2"],
        lots={hamper_id: [LotInput("H-1", D(2), production_date=ON)]},
    )
    lots = {row.number: row for row in inventory.product_lots(uow, hamper_id)}
    assert (lots["H-1"].qty, lots["H-1"].expiry_date) == (D(2), date(2026, 3, 30))
    assert moved(uow, result.number)[0] == ("L-EARLY", D(2))
    tie_out(uow)


@pytest.mark.parametrize(
    ("lots", "field", "words"),
    [
        ({"kit": [LotInput("GB-1")]}, "serial", ("Line 3", "PHONE", "scan")),  # no phone serial
        ({"phone": [LotInput("SN1")]}, "serial", ("Line 1", "GIFT", "scan")),  # no kit serial
        ({"phone": [LotInput("SN9")], "kit": [LotInput("GB-1")]}, "lot", ("Line 3", "SN9")),  # unknown serial
        ({"phone": [LotInput("SN1"), LotInput("SN2")], "kit": [LotInput("GB-1")]}, "serial", ("Line 3", "2 serial")),
        (
            {"phone": [LotInput("SN1")], "kit": [LotInput("GB-1")], "milk": [LotInput("L-LATE", D(1))]},
            "lot",
            ("Line 2",),
        ),
        ({"phone": [LotInput("SN1")], "kit": [LotInput("GB-1")], "card": [LotInput("X")]}, "lot", ("Line 4", "CARD")),
    ],
)
def test_bad_lots_and_serials_name_the_line_and_write_nothing(uow, shop, lots, field, words):
    before = count_rows(uow)
    with pytest.raises(ValidationError) as refused:
        assemble(uow, shop, "1", {shop[k]: v for k, v in lots.items()})
    assert refused.value.field == field
    for word in words:
        assert word in str(refused.value)
    assert count_rows(uow) == before
    tie_out(uow)


def test_a_serial_not_in_stock_at_the_bin_is_refused_naming_the_line(uow, shop):
    assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-1")]})
    before = count_rows(uow)
    with pytest.raises(ValidationError) as refused:  # SN1 went into the first kit
        assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-2")]})
    assert refused.value.field == "serial" and "Line 3" in str(refused.value) and "SN1" in str(refused.value)
    with pytest.raises(ValidationError) as twice:  # GB-1 is in stock already
        assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN2")], shop["kit"]: [LotInput("GB-1")]})
    assert twice.value.field == "serial" and "Line 1" in str(twice.value) and "GB-1" in str(twice.value)
    assert count_rows(uow) == before


def test_a_kit_that_contains_itself_is_refused_even_when_tracked(uow, shop):
    with uow.write() as tx:
        outer = f.product(tx, "OUTER", serial_tracked=True).id
    inventory.set_bom(uow, outer, [ComponentInput(shop["kit"], D(1))])
    with pytest.raises(ValidationError) as refused:
        inventory.set_bom(uow, shop["kit"], [ComponentInput(outer, D(1))])
    assert refused.value.field == "component" and "line 1" in str(refused.value) and "GIFT" in str(refused.value)


def test_component_lines_keep_the_unit_they_are_defined_in(uow, shop):
    masterdata.save_unit(uow, shop["card"], "包", D(10))
    with uow.write() as tx:
        pack = f.product(tx, "PACK", cost="0").id
    bom = inventory.set_bom(uow, pack, [ComponentInput(shop["card"], D("0.5"), unit="包")])
    line = bom.lines[0]
    assert (line.unit, line.entered, line.qty) == ("包", D("0.5"), D(5))
    assert line.shown_for(D(2)) == (D(1), "包")
    with pytest.raises(ValidationError) as inexact:
        inventory.set_bom(uow, pack, [ComponentInput(shop["card"], D("0.0001"), unit="包")])
    assert inexact.value.field == "qty"
    with pytest.raises(ValidationError) as unknown:
        inventory.set_bom(uow, pack, [ComponentInput(shop["card"], D("1"), unit="箱")])
    assert unknown.value.field == "unit"
    result = inventory.create_and_post_kit_doc(
        uow,
        kind="assembly",
        on=ON,
        kit_id=pack,
        qty=D("0.4"),
        from_location_id=shop["bin1"],
        to_location_id=shop["bin2"],
    )
    view = inventory.get_kit_doc(uow, result.id)
    assert [(l.unit, l.qty, l.base_qty) for l in view.lines] == [("包", D("0.2"), D(2))]


# --- a bundle (套装) sold and returned ----------------------------------------------------------
def sell_bundle(uow, shop, qty, component_lots=(), **kw):
    from erp_desktop.services import sales

    with uow.write() as tx:
        customer = f.customer(tx).id
    order = sales.create_order(uow, customer_id=customer, on=ON, lines=[sales.LineInput(shop["kit"], D(qty), D("300"))])
    sales.confirm_order(uow, order.id)
    line = sales.get_order_view(uow, order.id).lines[0].id
    return sales.deliver_order(
        uow,
        order.id,
        on=ON,
        lines=[sales.DeliveryLineInput(line, D(qty), shop["bin1"], component_lots=tuple(component_lots))],
        **kw,
    )


@pytest.fixture
def bundle(uow, shop):
    inventory.set_bom(
        uow,
        shop["kit"],
        [ComponentInput(shop["milk"], D(2)), ComponentInput(shop["phone"], D(1)), ComponentInput(shop["card"], D(1))],
        bundle=True,
    )
    return shop


def test_a_bundle_issues_lot_components_fefo_and_the_serials_scanned(uow, bundle):
    shop = bundle
    ref = sell_bundle(uow, shop, "2", [(shop["phone"], (LotInput("SN1"), LotInput("SN3")))])
    assert moved(uow, ref.number) == [("L-EARLY", D(3)), ("L-LATE", D(1)), ("SN1", D(1)), ("SN3", D(1))]
    assert lot_qty(uow, shop["phone"], "SN2", shop["bin1"]) == D(1)
    tie_out(uow)


def delivered(uow):
    from sqlalchemy import func

    from erp_desktop.models.sales import SalesDelivery

    with uow.read() as tx:
        return [tx.scalar(select(func.count()).select_from(m)) for m in (StockMove, SalesDelivery, LotBalance)]


def test_a_bundle_without_its_serials_or_with_one_not_in_stock_is_refused(uow, bundle):
    shop = bundle
    before = delivered(uow)
    with pytest.raises(ValidationError) as missing:
        sell_bundle(uow, shop, "1")
    assert missing.value.field == "serial"
    for word in ("Line 1", "GIFT", "PHONE", "scan"):
        assert word in str(missing.value)
    with pytest.raises(ValidationError) as short:
        sell_bundle(uow, shop, "2", [(shop["phone"], (LotInput("SN1"),))])
    assert short.value.field == "serial" and "1 serial" in str(short.value)
    with pytest.raises(ValidationError) as not_component:
        sell_bundle(uow, shop, "1", [(shop["phone"], (LotInput("SN1"),)), (shop["kit"], (LotInput("GB"),))])
    assert not_component.value.field == "lot" and "not a component" in str(not_component.value)
    sell_bundle(uow, shop, "1", [(shop["phone"], (LotInput("SN2"),))])
    before = delivered(uow)
    with pytest.raises(ValidationError) as gone:
        sell_bundle(uow, shop, "1", [(shop["phone"], (LotInput("SN2"),))])
    assert gone.value.field == "serial" and "SN2" in str(gone.value) and "not in stock" in str(gone.value)
    assert delivered(uow) == before


def test_a_returned_bundle_brings_back_the_lots_and_serials_it_took(uow, bundle):
    from erp_desktop.services import sales

    shop = bundle
    ref = sell_bundle(uow, shop, "2", [(shop["phone"], (LotInput("SN1"), LotInput("SN3")))])
    delivery = sales.get_delivery_view(uow, ref.id)
    line = delivery.lines[0].id
    first = sales.return_delivery(
        uow,
        ref.id,
        on=ON,
        lines=[sales.ReturnLineInput(line, D(1), shop["bin1"], component_lots=((shop["phone"], (LotInput("SN3"),)),))],
    )
    assert sorted(moved(uow, first.number)) == [("L-EARLY", D(2)), ("SN3", D(1))]
    with pytest.raises(ValidationError) as twice:  # SN3 is back already
        sales.return_delivery(
            uow,
            ref.id,
            on=ON,
            lines=[
                sales.ReturnLineInput(line, D(1), shop["bin1"], component_lots=((shop["phone"], (LotInput("SN3"),)),))
            ],
        )
    assert twice.value.field == "lot" and "SN3" in str(twice.value)
    rest = sales.return_delivery(uow, ref.id, on=ON, lines=[sales.ReturnLineInput(line, D(1), shop["bin1"])])
    assert sorted(moved(uow, rest.number)) == [("L-EARLY", D(1)), ("L-LATE", D(1)), ("SN1", D(1))]
    assert lot_qty(uow, shop["milk"], "L-EARLY", shop["bin1"]) == D(3)
    assert lot_qty(uow, shop["phone"], "SN1", shop["bin1"]) == D(1)
    tie_out(uow)


def test_verify_catches_a_kit_document_move_that_lost_its_lot(uow, shop):
    from erp_desktop.storage.rows import update_rows

    result = assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-1")]})
    tie_out(uow)
    with uow.write() as tx:
        move = tx.scalar(select(StockMove).where(StockMove.doc_id == result.id, StockMove.product_id == shop["kit"]))
        update_rows(tx, StockMove.__table__, [{"id": move.id, "lot_id": None}])
    failed = [c for c in verify.run_checks(uow) if not c.ok]
    assert "Assemblies move their lots and serials line by line" in [c.name for c in failed]
    detail = next(c for c in failed if c.name == "Assemblies move their lots and serials line by line").details
    assert any("line 1: a tracked product moved without its lot" in d for d in detail)


def test_the_assembly_note_lists_each_line_s_lots_and_serials(uow, shop, tmp_path):
    import shutil
    import subprocess

    from erp_desktop.services import printing

    result = assemble(
        uow,
        shop,
        "2",
        {shop["phone"]: [LotInput("SN1"), LotInput("SN3")], shop["kit"]: [LotInput("GB-1"), LotInput("GB-2")]},
    )
    from erp_desktop.services.printing.sources import stock_doc

    doc = stock_doc(uow, result.id)
    assert [(line.code, line.note) for line in doc.lines] == [
        ("GIFT", "Serials GB-1, GB-2"),
        ("MILK", "Lots L-EARLY×3, L-LATE×1"),
        ("PHONE", "Serials SN1, SN3"),
        ("CARD", ""),
    ]
    pdf = printing.print_document(uow, printing.DocKind.ASSEMBLY, result.id, tmp_path / "as.pdf")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "L-EARLY×3" in text and "SN1, SN3" in text and "GB-1, GB-2" in text


def test_a_reversed_bundle_delivery_brings_back_every_lot_and_serial(uow, bundle):
    from erp_desktop.services import sales

    shop = bundle
    ref = sell_bundle(uow, shop, "2", [(shop["phone"], (LotInput("SN1"), LotInput("SN3")))])
    back = sales.reverse_delivery(uow, ref.id, on=ON)
    assert sorted(moved(uow, back.number)) == [("L-EARLY", D(3)), ("L-LATE", D(1)), ("SN1", D(1)), ("SN3", D(1))]
    assert lot_qty(uow, shop["phone"], "SN3", shop["bin1"]) == D(1)
    again = sell_bundle(uow, shop, "1", [(shop["phone"], (LotInput("SN3"),))])  # resold
    assert ("SN3", D(1)) in moved(uow, again.number)
    tie_out(uow)


def test_a_disassembly_brings_components_back_as_the_kit_was_assembled(uow, shop):
    assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN2")], shop["kit"]: [LotInput("GB-1")]})
    assemble(
        uow,
        shop,
        "2",
        {shop["phone"]: [LotInput("SN1"), LotInput("SN3")], shop["kit"]: [LotInput("GB-2"), LotInput("GB-3")]},
    )

    def dismantle(serial, **lots):
        return inventory.create_and_post_kit_doc(
            uow,
            kind="dismantle",
            on=ON,
            kit_id=shop["kit"],
            qty=D(1),
            from_location_id=shop["bin2"],
            to_location_id=shop["bin1"],
            lots={shop["kit"]: [LotInput(serial)], **{shop[k]: v for k, v in lots.items()}},
        )

    result = dismantle("GB-1")  # GB-1 was assembled alone: its parts are known
    assert moved(uow, result.number) == [("GB-1", D(1)), ("L-EARLY", D(2)), ("SN2", D(1))]
    with pytest.raises(ValidationError) as unknown:  # GB-2 shared its assembly with GB-3: which phone?
        dismantle("GB-2")
    assert unknown.value.field == "lot" and "Line 2, MILK" in str(unknown.value)  # the first line not known
    result = dismantle("GB-2", phone=[LotInput("SN3")], milk=[LotInput("L-LATE", D(2))])
    assert moved(uow, result.number) == [("GB-2", D(1)), ("L-LATE", D(2)), ("SN3", D(1))]
    tie_out(uow)
