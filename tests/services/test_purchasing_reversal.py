"""红冲 of a posted purchase receipt (改单): one transaction posts the mirror image (a return in state
``reversal`` linked to the receipt), gives the order its quantities back, and verify passes; the
corrected copy is received again. Refusals leave nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from erp_desktop.errors import InsufficientStock, InvalidTransition
from erp_desktop.models.finance import OpenItem
from erp_desktop.services import purchasing
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput, ReturnLineInput
from tests.support import factories as f
from tests.support.purchasing import DAY, D
from tests.support.sales import account_balance, assert_books_tie_out, count_rows, on_hand


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", cost="4.5")
        cup = f.product(tx, "CUP", cost="2")
        sup = f.supplier(tx, "S1")
        _wh, (a1,) = f.warehouse(tx, "W1", bins=("A-01",))
        return dict(tea=tea.id, cup=cup.id, sup=sup.id, a1=a1.id)


def _received(uow, shop):
    ref = purchasing.create_order(
        uow,
        supplier_id=shop["sup"],
        on=DAY,
        lines=[OrderLineInput(shop["tea"], D("10"), D("5"), D("0.13")), OrderLineInput(shop["cup"], D("4"), D("2"))],
    )
    purchasing.confirm_order(uow, ref.id)
    receipt = purchasing.receive_order(uow, ref.id, on=DAY, location_id=shop["a1"])
    return ref, receipt


def _payables(uow, supplier_id):
    with uow.read() as tx:
        return sorted(
            (i.doc_type, i.amount)
            for i in tx.scalars(select(OpenItem).where(OpenItem.party_id == supplier_id, OpenItem.kind == "payable"))
        )


def test_reversal_undoes_the_receipt_and_the_order_receives_again(uow, shop):
    ref, receipt = _received(uow, shop)
    assert purchasing.get_order_detail(uow, ref.id).state == "received"
    # TEA 10 × 5 = 50.00 + 6.50 tax; CUP 4 × 2 = 8.00 + 1.04 tax → 65.54
    assert receipt.gross_total == D("65.54")
    assert _payables(uow, shop["sup"]) == [("PR", D("65.54"))]
    inventory_before = account_balance(uow, "1405")
    assert inventory_before == D("58.00")

    reversal = purchasing.reverse_receipt(uow, receipt.id, on=DAY)

    assert reversal.number.startswith("PT-") and reversal.gross_total == D("65.54")
    assert (on_hand(uow, shop["tea"]), on_hand(uow, shop["cup"])) == (D("0"), D("0"))
    assert _payables(uow, shop["sup"]) == [("PR", D("65.54")), ("PT", D("-65.54"))]
    assert account_balance(uow, "1405") == D("0") and account_balance(uow, "2202") == D("0")
    assert account_balance(uow, "22210101") == D("0")
    detail = purchasing.get_order_detail(uow, ref.id)
    assert detail.state == "confirmed"
    assert [(l.received_qty, l.returned_qty, l.outstanding) for l in detail.lines] == [
        (D("0"), D("0"), D("10")),
        (D("0"), D("0"), D("4")),
    ]
    pairs = purchasing.receipt_reversals(uow, ref.id)
    assert pairs == {receipt.id: reversal.number, reversal.id: receipt.number}  # linked both ways
    assert_books_tie_out(uow)

    # the corrected copy: TEA only, 8
    again = purchasing.receive_order(
        uow, ref.id, on=DAY, location_id=shop["a1"], lines=[ReceiveLineInput(detail.lines[0].id, D("8"))]
    )
    assert again.number != receipt.number and on_hand(uow, shop["tea"]) == D("8")
    assert again.gross_total == D("45.20")
    assert purchasing.get_order_detail(uow, ref.id).state == "partly_received"
    assert_books_tie_out(uow)


def test_a_reversed_receipt_cannot_be_reversed_twice(uow, shop):
    _ref, receipt = _received(uow, shop)
    purchasing.reverse_receipt(uow, receipt.id, on=DAY)
    before = count_rows(uow)
    with pytest.raises(InvalidTransition, match="already been reversed"):
        purchasing.reverse_receipt(uow, receipt.id, on=DAY)
    assert count_rows(uow) == before


def test_reversal_takes_back_only_what_was_not_returned(uow, shop):
    ref, receipt = _received(uow, shop)
    lines = purchasing.get_receipt_detail(uow, receipt.id).lines
    purchasing.return_to_supplier(uow, receipt.id, on=DAY, lines=[ReturnLineInput(lines[0].id, D("2"))])
    purchasing.reverse_receipt(uow, receipt.id, on=DAY)
    detail = purchasing.get_order_detail(uow, ref.id)
    # the 2 returned stay a return; the other 8 of TEA and the 4 of CUP are open again
    assert [(l.received_qty, l.returned_qty, l.outstanding) for l in detail.lines] == [
        (D("2"), D("2"), D("10")),
        (D("0"), D("0"), D("4")),
    ]
    assert (on_hand(uow, shop["tea"]), on_hand(uow, shop["cup"])) == (D("0"), D("0"))
    assert_books_tie_out(uow)


def test_goods_gone_meanwhile_refuse_the_reversal_and_nothing_is_written(uow, shop):
    from erp_desktop.services.inventory import documents as inventory
    from erp_desktop.services.inventory.documents import LineInput

    _ref, receipt = _received(uow, shop)
    inventory.create_and_post(
        uow,
        kind="issue",
        reason="damage",
        on=DAY,
        lines=[LineInput(shop["tea"], D("3"), from_location_id=shop["a1"])],
    )
    before = count_rows(uow)
    with pytest.raises(InsufficientStock):
        purchasing.reverse_receipt(uow, receipt.id, on=DAY)
    assert count_rows(uow) == before
    assert_books_tie_out(uow)
