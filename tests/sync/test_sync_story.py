"""Two PCs on two database files, one PostgreSQL database: the stories SYNC.md promises."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.catalog import ProductBarcode
from erp_desktop.models.finance import JournalLine, OpenItem
from erp_desktop.models.parties import Customer
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.ledger.stock import on_hand
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import server as sync_server
from erp_desktop.storage.uow import UnitOfWork
from tests.support import factories as f

from .helpers import ON, assert_same, assert_verified, issue, receive


def _seed(uow):
    with uow.write() as tx:
        product = f.product(tx, "P1", name="Teapot", price="10", cost="6", barcode="690000000001")
        _, (bin_,) = f.warehouse(tx, "W1")
        customer = f.customer(tx, "C1", name="Old name")
        supplier = f.supplier(tx, "S1")
        ids = product.id, bin_.id, customer.id, supplier.id
    receive(uow, ids[0], ids[1], "10", supplier_id=ids[3])
    return ids


def _server_uow(url):
    return UnitOfWork(sync_server.make_server_engine(url))


def _stock(uow, product_id, bin_id):
    with uow.read() as tx:
        return on_hand(tx, product_id, bin_id)


def _customer_name(uow, customer_id):
    with uow.read() as tx:
        return tx.get(Customer, customer_id).name


def _receivable(uow):
    with uow.read() as tx:
        return tx.scalar(select(func.sum(OpenItem.amount - OpenItem.allocated)).where(OpenItem.kind == "receivable"))


def test_sale_on_one_pc_receipt_on_the_other_and_a_conflicting_edit(pcs, server_url):
    a, b = pcs.new("counter"), pcs.new("warehouse")
    product, bin_, customer, supplier = _seed(a)
    first = sync.sync_now(a, server_url)
    assert first.pushed > 0 and not first.cloned
    joined = sync.sync_now(b, server_url)
    assert joined.cloned and joined.pulled == first.pushed
    assert sync.status(a).series == "A" and sync.status(b).series == "B"
    assert _stock(b, product, bin_) == Decimal("10.000")

    # both offline: a sale on the counter PC, a receipt in the warehouse, and both edit the customer
    from erp_desktop.services.sales.common import LineInput
    from erp_desktop.services.sales.deliveries import deliver_order
    from erp_desktop.services.sales.orders import confirm_order, create_order

    order = create_order(
        a, customer_id=customer, lines=[LineInput(product, Decimal(4), unit_price=Decimal("10"))], on=ON
    )
    confirm_order(a, order.id)
    delivery = deliver_order(a, order.id, on=ON)
    assert "-A" in delivery.number  # the PC's series keeps numbers unique across PCs
    receive(b, product, bin_, "5", supplier_id=supplier)
    with a.write() as tx:
        tx.get(Customer, customer).name = "Name from counter"
    with b.write() as tx:
        tx.get(Customer, customer).name = "Name from warehouse"  # later: wins

    sync.sync_now(a, server_url)
    result_b = sync.sync_now(b, server_url)
    assert result_b.conflicts == 1
    sync.sync_now(a, server_url)

    server = _server_uow(server_url)
    for uow in (a, b, server):
        assert _stock(uow, product, bin_) == Decimal("11.000")
        assert _customer_name(uow, customer) == "Name from warehouse"
        assert_verified(uow)
    assert _receivable(a) == _receivable(b) == _receivable(server) > 0
    with a.read() as tx:
        journal_a = tx.scalar(select(func.count()).select_from(JournalLine))
    with b.read() as tx:
        assert tx.scalar(select(func.count()).select_from(JournalLine)) == journal_a
    assert_same(a, b, server)

    # the owner reviews the conflict on the counter PC and restores the losing version
    conflicts = sync.list_conflicts(a)
    assert [(c.table_name, c.row_id, c.data["name"]) for c in conflicts] == [
        ("customer", customer, "Name from counter")
    ]
    sync.restore_conflict(a, conflicts[0].id)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    assert _customer_name(b, customer) == _customer_name(server, customer) == "Name from counter"
    assert sync.list_conflicts(b) == []
    assert_same(a, b, server)
    server.engine.dispose()


def test_same_unit_sold_on_two_offline_pcs_raises_an_alert(pcs, server_url):
    a, b = pcs.new("a"), pcs.new("b")
    with a.write() as tx:
        p = f.product(tx, "LAST")
        _, (bin_,) = f.warehouse(tx, "W9")
        c = f.customer(tx, "C9")
        product, bin_id, customer = p.id, bin_.id, c.id
    receive(a, product, bin_id, "1")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    issue(a, product, bin_id, "1", customer_id=customer)
    issue(b, product, bin_id, "1", customer_id=customer)
    with pytest.raises(InsufficientStock):  # each PC alone forbids a second sale
        issue(b, product, bin_id, "1", customer_id=customer)
    sync.sync_now(a, server_url)
    result = sync.sync_now(b, server_url)
    assert len(result.alerts) == 1 and "LAST" in result.alerts[0] and "-1" in result.alerts[0]
    sync.sync_now(a, server_url)
    for uow in (a, b):
        assert _stock(uow, product, bin_id) == Decimal("-1.000")
        assert [x.kind for x in sync.list_alerts(uow)] == ["negative_stock"]
        assert_verified(uow)
    assert_same(a, b)


def test_a_batch_sent_twice_changes_nothing(pcs, server_url):
    a = pcs.new("a")
    _seed(a)
    sync.sync_now(a, server_url)
    engine = sync_server.make_server_engine(server_url)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*), max(seq) FROM sync_change")).one()
    # send everything again, exactly as the first push did
    with a.read() as tx:
        from erp_desktop.services.sync.tables import encode_row, synced_tables

        batch = [
            (t.name, row["id"], row["hlc"], encode_row(t.name, row))
            for t in synced_tables()
            for row in tx.execute(select(t)).mappings()
        ]
    sync._send(engine, batch, None, 1)
    sync._send(engine, batch, None, 2)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*), max(seq) FROM sync_change")).one() == before
    server = UnitOfWork(engine)
    assert_same(a, server)
    assert_verified(server)
    engine.dispose()


def test_cut_connection_mid_push_and_mid_pull_resumes_without_loss_or_duplicates(pcs, server_url):
    a, b = pcs.new("a"), pcs.new("b")
    product, bin_, customer, _ = _seed(a)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    for _ in range(6):
        issue(a, product, bin_, "1", customer_id=customer)

    def cut(stage, batch):
        if batch == 2:
            raise ConnectionError("cable pulled")

    pending = sync.pending_changes(a)
    with pytest.raises(sync.SyncError, match="cable pulled"):
        sync.sync_now(a, server_url, batch_size=5, fault=lambda stage, n: cut(stage, n) if stage == "push" else None)
    assert sync.status(a).last_error and sync.pending_changes(a) == pending  # cursor did not move
    sync.sync_now(a, server_url, batch_size=5)
    assert sync.pending_changes(a) == 0

    def cursor():
        with b.read() as tx:
            return int(tx.get(sync.LocalState, sync.K_PULL).value)

    before = cursor()
    with pytest.raises(sync.SyncError):
        sync.sync_now(b, server_url, batch_size=5, fault=lambda stage, n: cut(stage, n) if stage == "pull" else None)
    assert before < cursor()  # the first batch stayed applied, with its cursor; the second rolled back
    assert Decimal(4) <= _stock(b, product, bin_) <= Decimal(10)
    sync.sync_now(b, server_url, batch_size=5)
    assert _stock(b, product, bin_) == Decimal("4.000")
    server = _server_uow(server_url)
    assert_same(a, b, server)
    for uow in (a, b, server):
        assert_verified(uow)
    server.engine.dispose()


def test_deletes_travel_as_tombstones(pcs, server_url):
    a, b = pcs.new("a"), pcs.new("b")
    _seed(a)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    with a.write() as tx:
        barcode = tx.scalar(select(ProductBarcode))
        tx.delete(barcode)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    server = _server_uow(server_url)
    for uow in (a, b, server):
        with uow.read() as tx:
            assert tx.scalar(select(func.count()).select_from(ProductBarcode)) == 0
    server.engine.dispose()


def test_older_schema_is_told_to_upgrade_and_writes_nothing(pcs, server_url):
    a = pcs.new("a")
    _seed(a)
    engine = sync_server.make_server_engine(server_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE sync_meta SET value = 'newer-shape' WHERE key = 'schema'"))
    pending = sync.pending_changes(a)
    with pytest.raises(sync_server.SchemaMismatch, match="different schema"):
        sync.sync_now(a, server_url)
    with engine.connect() as conn:
        # (the rows every migration makes alike, hlc 0 and no PC — the default store — are there from the start)
        assert (
            conn.execute(text("SELECT count(*) FROM sync_change WHERE NOT (hlc = 0 AND origin_pc = '')")).scalar() == 0
        )
        assert conn.execute(text("SELECT count(*) FROM product")).scalar() == 0
    assert sync.pending_changes(a) == pending
    engine.dispose()


def test_a_pc_with_its_own_data_cannot_join_a_shop_with_data(pcs, server_url):
    a, b = pcs.new("a"), pcs.new("b")
    _seed(a)
    with b.write() as tx:
        f.product(tx, "OTHER")
    sync.sync_now(a, server_url)
    with pytest.raises(sync.SyncError, match="already has its own shop data"):
        sync.sync_now(b, server_url)
    with b.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockBalance)) == 0  # untouched
