"""What of a bundle (套装) is still with the customer (``sales.bundle_lots_out``, units17b): the
component lots and serials its delivery line took out less what came back, first expiry first;
a return that names none brings back those delivered, in that order."""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import pytest

from erp_desktop.errors import NotFound
from erp_desktop.services import sales
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.system import verify
from tests.services.test_kits_lots import ON, shop  # noqa: F401 - milk in lots, phones SN1-SN3
from tests.support.lots import bundle_order


def test_a_bundle_line_s_lots_out_shrink_as_returns_bring_them_back(uow, shop):  # noqa: F811
    order = bundle_order(uow, shop, 2, "300", on=ON)
    phones = (shop["phone"], (LotInput("SN3"), LotInput("SN1")))
    out = sales.DeliveryLineInput(order.lines[0].id, D(2), shop["bin1"], component_lots=(phones,))
    dn = sales.deliver_order(uow, order.id, on=ON, lines=[out])
    line_id = sales.get_delivery_view(uow, dn.id).lines[0].id
    assert sales.bundle_lots_out(uow, line_id) == {
        shop["milk"]: (("L-EARLY", D(3)), ("L-LATE", D(1))),  # first expiry first
        shop["phone"]: (("SN1", D(1)), ("SN3", D(1))),
    }
    sales.return_delivery(uow, dn.id, lines=[sales.ReturnLineInput(line_id, D(1))], on=ON)  # none named
    assert sales.bundle_lots_out(uow, line_id) == {
        shop["milk"]: (("L-EARLY", D(1)), ("L-LATE", D(1))),
        shop["phone"]: (("SN3", D(1)),),
    }
    assert all(c.ok for c in verify.run_checks(uow))


def test_an_unknown_delivery_line_is_not_found(uow, shop):  # noqa: F811
    with pytest.raises(NotFound):
        sales.bundle_lots_out(uow, uuid.uuid4())
