"""Variants across PCs (issue 17): a template and its variants reach another PC with their stock;
two offline PCs that add the same size and generate its combinations write the same rows (ids
derived from what makes them unique), so the merge keeps one variant per combination, with no
problem set aside and ``verify`` passing on both."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from erp_desktop.models.sync import SyncProblem
from erp_desktop.models.variants import ProductVariant
from erp_desktop.services import inventory, masterdata
from erp_desktop.services.sync import engine as sync
from tests.support import factories as f
from tests.support.variants import clothing

from .helpers import assert_same, assert_verified, receive


def test_variants_travel_and_the_same_new_size_made_offline_on_two_pcs_merges(pcs, server_url):
    a, b = pcs.new("pc-a"), pcs.new("pc-b")
    shop = clothing(a)
    with a.write() as tx:
        _, (bin_,) = f.warehouse(tx, "W-VAR")
        bin_id = bin_.id
    receive(a, shop.product(a, "TS01-R-M"), bin_id, "7", "25")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    assert_same(a, b)
    assert [(r.code, r.variants, r.qty) for r in inventory.stock_by_template(b)] == [("TS01", 12, Decimal("7.000"))]
    assert inventory.stock_matrix(b, shop.template).cell("红", "M") == Decimal(7)

    for pc in (a, b):  # both offline: the same new size, the same three combinations
        masterdata.add_values(pc, shop.size, "XXL")
        made = masterdata.generate_variants(pc, shop.template)
        assert sorted(v.code for v in made.created) == ["TS01-B-XXL", "TS01-K-XXL", "TS01-R-XXL"]
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    sync.sync_now(a, server_url)
    assert sync.pending_changes(a) == sync.pending_changes(b) == 0
    assert_same(a, b)
    for pc in (a, b):
        with pc.read() as tx:
            assert tx.scalar(select(func.count()).select_from(ProductVariant)) == 15
            assert tx.scalar(select(func.count()).select_from(SyncProblem)) == 0
        assert_verified(pc)
