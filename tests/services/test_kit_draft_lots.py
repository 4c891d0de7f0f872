"""A draft assembly / disassembly keeps the lots and serials entered (units17b): saved with its
lines (``stock_doc_line.lots``), read back with the draft, posted as kept; saving again replaces
them; bad input names the line and field and changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ValidationError
from erp_desktop.models.inventory_docs import StockDocLine
from erp_desktop.models.stock import StockMove
from erp_desktop.services import inventory
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.system import verify
from tests.services.test_kits_lots import ON, shop  # noqa: F401 - the gift box of milk, phone and card
from tests.support.lots import lot_moves as _moved


def _save(uow, shop, lots, doc_id=None, version=None):  # noqa: F811
    """Save a draft assembly of one gift box, A-01 → A-02, with ``lots``."""
    bins = {"from_location_id": shop["bin1"], "to_location_id": shop["bin2"]}
    header = {"kind": "assembly", "on": ON, "kit_id": shop["kit"], "qty": D(1)}
    return inventory.save_kit_doc(uow, doc_id, lots=lots, version=version, **header, **bins)


def test_a_draft_keeps_its_lots_and_posts_them(uow, shop):  # noqa: F811
    lots = {
        shop["milk"]: [LotInput("L-LATE", D(2), expiry_date=date(2026, 5, 1))],
        shop["phone"]: [LotInput("SN2")],
        shop["kit"]: [LotInput("GB-7")],
    }
    doc_id = _save(uow, shop, lots)
    view = inventory.get_kit_doc(uow, doc_id)
    assert view.state == "draft" and dict(view.entered_lots) == {
        shop["milk"]: (LotInput("L-LATE", D("2"), None, date(2026, 5, 1)),),
        shop["phone"]: (LotInput("SN2", D(1)),),
        shop["kit"]: (LotInput("GB-7", D(1)),),
    }
    with uow.read() as tx:  # a draft moves nothing
        assert tx.scalars(select(StockMove.id).where(StockMove.doc_id == doc_id)).all() == []
    result = inventory.post_stock_doc(uow, doc_id)  # no lots given: those the draft keeps
    assert _moved(uow, result.number) == [("L-LATE", D(2)), ("SN2", D(1)), ("GB-7", D(1))]
    assert inventory.get_kit_doc(uow, doc_id).kit_lots == (("GB-7", D(1)),)
    assert all(c.ok for c in verify.run_checks(uow))


def test_saving_again_replaces_the_lots_and_lots_given_at_posting_win(uow, shop):  # noqa: F811
    doc_id = _save(uow, shop, {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-1")]})
    version = inventory.get_kit_doc(uow, doc_id).version
    _save(uow, shop, {shop["kit"]: [LotInput("GB-2")]}, doc_id, version)
    assert dict(inventory.get_kit_doc(uow, doc_id).entered_lots) == {shop["kit"]: (LotInput("GB-2"),)}
    result = inventory.post_stock_doc(
        uow, doc_id, lots={shop["phone"]: [LotInput("SN3")], shop["kit"]: [LotInput("GB-9")]}
    )
    assert _moved(uow, result.number) == [("L-EARLY", D(2)), ("SN3", D(1)), ("GB-9", D(1))]  # milk FEFO


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"phone": [LotInput(" ")]}, "Line 3, PHONE: a lot or serial without its number."),
        ({"milk": [LotInput("L-LATE", D(0))]}, "Line 2, MILK: the quantity of L-LATE must be more than zero"),
        ({"milk": [LotInput("L-LATE", D("0.0001"))]}, "with at most 3 decimals (got 0.0001)"),
        (
            {"kit": [LotInput("GB-1", D(1), date(2026, 3, 2), date(2026, 3, 1))]},
            "Line 1, GIFT: GB-1 expires before it was produced.",
        ),
        ({"s": [LotInput("X")]}, "which is not on this document"),
    ],
)
def test_bad_lots_on_a_draft_are_refused_and_nothing_changes(uow, shop, bad, message):  # noqa: F811
    doc_id = _save(uow, shop, {shop["kit"]: [LotInput("GB-1")]})
    view = inventory.get_kit_doc(uow, doc_id)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        _save(uow, shop, {shop[k]: v for k, v in bad.items()}, doc_id, view.version)
    assert caught.value.field == "lot"
    assert inventory.get_kit_doc(uow, doc_id).entered_lots == view.entered_lots
    with uow.read() as tx:
        assert tx.scalar(select(StockDocLine.lots).where(StockDocLine.product_id == shop["kit"])) == [
            {"number": "GB-1", "qty": "1", "production_date": None, "expiry_date": None}
        ]
