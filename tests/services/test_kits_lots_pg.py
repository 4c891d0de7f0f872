"""Kits with lots and serials on PostgreSQL (online mode): an assembly taking lots first expiry
first and scanned serials, a serial not in stock refused, a bundle sold and returned with its
serials, a disassembly traced to its assembly; verify clean."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.services import inventory
from erp_desktop.services.ledger.lots import LotInput
from tests.services.test_kits_lots import ON, assemble, lot_qty, moved, sell_bundle, shop, tie_out  # noqa: F401


@pytest.fixture
def uow(pg_uow):
    return pg_uow


def test_kits_with_lots_and_serials_on_postgresql(uow, shop):  # noqa: F811
    result = assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-1")]})
    assert moved(uow, result.number) == [("L-EARLY", D(2)), ("SN1", D(1)), ("GB-1", D(1))]
    with pytest.raises(ValidationError) as refused:
        assemble(uow, shop, "1", {shop["phone"]: [LotInput("SN1")], shop["kit"]: [LotInput("GB-2")]})
    assert refused.value.field == "serial" and "Line 3" in str(refused.value)
    back = inventory.create_and_post_kit_doc(
        uow,
        kind="dismantle",
        on=ON,
        kit_id=shop["kit"],
        qty=D(1),
        from_location_id=shop["bin2"],
        to_location_id=shop["bin1"],
        lots={shop["kit"]: [LotInput("GB-1")]},
    )
    assert moved(uow, back.number) == [("GB-1", D(1)), ("L-EARLY", D(2)), ("SN1", D(1))]
    inventory.set_bom(
        uow,
        shop["kit"],
        [inventory.ComponentInput(shop["milk"], D(2)), inventory.ComponentInput(shop["phone"], D(1))],
        bundle=True,
    )
    ref = sell_bundle(uow, shop, "1", [(shop["phone"], (LotInput("SN2"),))])
    assert moved(uow, ref.number) == [("L-EARLY", D(2)), ("SN2", D(1))]
    assert lot_qty(uow, shop["phone"], "SN2", shop["bin1"]) == D(0)
    tie_out(uow)
