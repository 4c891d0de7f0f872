"""Issue 20's first test: every document kind created, reversed and corrected on one PC through the
real services (not the low-level builders), synced to a server, and cloned onto a fresh PC; then
more work on the new PC flows back. Both PCs and the server end with identical synced rows, an
exact pending count of 0 and ``verify`` passing. The demo builder makes every business document
(orders, deliveries, returns and exchanges, receipts and supplier returns, stock documents,
counts, transfers, money receipts, payments, reversals); the test adds what it lacks."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text

from erp_desktop.demo import build_demo
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.models.parties import Customer
from erp_desktop.models.sales import SalesDelivery
from erp_desktop.services import finance, inventory, masterdata, printing, system
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import problems as sync_problems
from erp_desktop.services.sync.tables import synced_tables
from erp_desktop.storage import engine as db
from erp_desktop.storage.uow import UnitOfWork

from .helpers import assert_same, assert_verified

ON = date(2026, 11, 20)


def _reverse_a_stock_doc(uow: UnitOfWork) -> None:
    with uow.read() as tx:
        doc_id = tx.scalar(
            select(StockDoc.id)
            .where(StockDoc.state == "posted", StockDoc.reversal_of_id.is_(None), StockDoc.reversed_by_id.is_(None))
            .where(StockDoc.kind == "issue")
            .order_by(StockDoc.number)
            .limit(1)
        )
    assert doc_id is not None, "the demo has no posted stock issue to reverse"
    inventory.reverse_stock_doc(uow, doc_id, on=ON, note="wrong supplier")


def _manual_entry_reversed_and_corrected(uow: UnitOfWork, memo: str) -> None:
    lines = [
        finance.ManualLine("5602", debit=Decimal("120.00")),
        finance.ManualLine("2211", credit=Decimal("120.00")),
    ]
    wrong = finance.post_manual_entry(uow, on=ON, lines=lines, memo=memo)
    finance.reverse_manual_entry(uow, wrong.id, on=ON, memo="typed the wrong amount")
    lines = [
        finance.ManualLine("5602", debit=Decimal("12.00")),
        finance.ManualLine("2211", credit=Decimal("12.00")),
    ]
    finance.post_manual_entry(uow, on=ON, lines=lines, memo=memo + " (corrected)")


def _invoice_for_a_delivery(uow: UnitOfWork, number: str) -> None:
    with uow.read() as tx:
        delivery = tx.scalar(select(SalesDelivery).order_by(SalesDelivery.number).limit(1))
        assert delivery is not None
        customer_id, doc_id = delivery.customer_id, delivery.id
        net, tax = delivery.net_total, delivery.tax_total
    finance.register_invoice(
        uow,
        direction="issued",
        number=number,
        on=ON,
        party_id=customer_id,
        net=net,
        tax=tax,
        links=[finance.InvoiceLinkSpec("DN", doc_id, net + tax)],
    )


def _master_data_made_and_removed(uow: UnitOfWork, code: str) -> None:
    product = masterdata.save_product(uow, masterdata.ProductInput(code=code, name=f"临时商品 {code}"))
    masterdata.delete_product(uow, product.id)  # a tombstone that must travel too
    masterdata.save_field(uow, entity="product", label=f"产地 {code}")


def _month_end_papers(uow: UnitOfWork, tmp_path, name: str) -> None:
    """A voucher from a starting template (常用凭证) and an imported bank statement line."""
    template = finance.list_templates(uow)[0]
    finance.post_from_template(uow, template.name, on=ON, amount=Decimal("30.00"), memo=f"{name}: {template.name}")
    bank = next(a for a in finance.list_money_accounts(uow) if a.kind == "bank")
    path = tmp_path / f"{name}-bank.csv"
    fee = {"a": "-1.50", "b": "-2.50"}[name]
    path.write_text(f"交易日期,金额,对方户名,摘要\n{ON.isoformat()},{fee},银行,{name} 手续费\n", encoding="utf-8")
    finance.import_statement(uow, bank.id, path)


def _print_layouts(uow: UnitOfWork, name: str) -> None:
    """A shop's own delivery-note layout, and one customer who wants it."""
    printing.duplicate_template(uow, "delivery", "Standard", f"三联 {name}")
    with uow.read() as tx:
        customer_id = tx.scalar(select(Customer.id).order_by(Customer.code).limit(1))
    printing.set_party_template(uow, customer_id, "delivery", f"三联 {name}")


def _counter_day(uow: UnitOfWork) -> None:
    """A shift at the counter (issue 18): walk-in and member sales, a top-up, a return, the close."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.services import counter
    from erp_desktop.services.sales.common import on_hand_totals

    accounts = {a.code: a for a in finance.list_money_accounts(uow)}
    cash = next(a.code for a in accounts.values() if a.kind == "cash")
    bank = next(a.code for a in accounts.values() if a.kind == "bank")
    counter.save_settings(uow, counter.CounterSettings(accounts={"cash": cash, "wechat": bank}, rounding="jiao"))
    with uow.read() as tx:
        ids = list(tx.scalars(select(Product.id).where(Product.active.is_(True), Product.sale_price > 0)))
        stock = on_hand_totals(tx, ids)
    product = next(p for p in ids if stock.get(p, Decimal(0)) >= 5)
    shift = counter.open_shift(uow, float_amount=Decimal("100"), on=ON)
    line = counter.LineInput(product, Decimal(2))
    sold = counter.sell(uow, lines=[line], payments=[counter.PaymentInput("cash", Decimal("10000"))], on=ON)
    member = counter.create_member(uow, name="同步会员", phone="13900001111", on=ON)
    counter.top_up(uow, member.id, amount=Decimal("5000"), method="wechat", on=ON)
    total = counter.price_ticket(uow, [line], member_id=member.id).total
    counter.sell(uow, lines=[line], payments=[counter.PaymentInput("stored_value", total)], member_id=member.id, on=ON)
    counter.return_ticket(uow, sold.number, on=ON)
    counter.close_shift(uow, shift.id, counted_cash=counter.shift_report(uow, shift.id).expected_cash)


def _stores(uow: UnitOfWork, code: str) -> None:
    """多门店 (issue 18): a store with its own warehouse and card account, a counter (PC) in it, a
    shift and a ticket there — the store tables travel and verify still finds every ticket in its store."""
    from erp_desktop.models.warehouse import Location, Warehouse
    from erp_desktop.services import counter
    from tests.support import factories

    with uow.write() as tx:
        warehouse = Warehouse(code=f"W-{code}", name=f"门店仓 {code}")
        tx.add(warehouse)
        tx.flush()
        bin_ = Location(warehouse_id=warehouse.id, code="A-01", name="A-01")
        tx.add(bin_)
        tx.flush()
        sold = factories.product(tx, f"P-{code}", name=f"门店货 {code}", price="10", cost="1")
        factories.opening_stock(tx, sold, bin_, "5", "1", on=ON)
        product = sold.id
    finance.create_money_account(uow, code=f"YH-{code}", name=f"银行卡 {code}", kind="bank")
    counter.create_store(
        uow,
        counter.StoreInput(code=code, name=f"门店 {code}", warehouse=f"W-{code}", accounts={"card": f"YH-{code}"}),
    )
    counter.assign_counter(uow, code, f"PC-{code}", label="收银台")  # a counter PC of the store
    counter.assign_counter(uow, code)  # and this PC, for one shift there
    shift = counter.open_shift(uow, float_amount=Decimal("0"), on=ON)
    line = counter.LineInput(product, Decimal(1))
    total = counter.price_ticket(uow, [line]).total
    counter.sell(uow, lines=[line], payments=[counter.PaymentInput("card", total)], on=ON)
    counter.close_shift(uow, shift.id, counted_cash=Decimal("0"))
    counter.assign_counter(uow, "S001")  # back to the default store


def _multi_unit_documents(uow: UnitOfWork) -> None:
    """多单位 (issue 17): a product bought by the 箱 (1 箱 = 24), sold by the 箱 and by the piece, a
    stock document in 箱 — the unit table and the lines' unit columns travel."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.parties import Supplier
    from erp_desktop.models.warehouse import Location
    from erp_desktop.services import purchasing, sales

    with uow.read() as tx:
        product = tx.scalar(select(Product.id).where(Product.active.is_(True)).order_by(Product.code).limit(1))
        supplier = tx.scalar(select(Supplier.id).order_by(Supplier.code).limit(1))
        customer = tx.scalar(select(Customer.id).order_by(Customer.code).limit(1))
        bin_id = tx.scalar(select(Location.id).where(Location.kind == "bin").order_by(Location.code).limit(1))
    masterdata.save_unit(uow, product, "同步箱", Decimal(24), barcode="6999999999993", purchase_default=True)
    order = purchasing.create_order(
        uow,
        supplier_id=supplier,
        on=ON,
        lines=[purchasing.OrderLineInput(product, Decimal(3), Decimal(48), unit="同步箱")],
    )
    purchasing.confirm_order(uow, order.id)
    line = purchasing.get_order_detail(uow, order.id).lines[0].id
    purchasing.receive_order(
        uow, order.id, on=ON, location_id=bin_id, lines=[purchasing.ReceiveLineInput(line, Decimal(72))]
    )
    sale = sales.create_order(
        uow,
        customer_id=customer,
        on=ON,
        lines=[sales.LineInput(product, Decimal(1), unit="同步箱"), sales.LineInput(product, Decimal(5))],
    )
    sales.confirm_order(uow, sale.id)
    sales.deliver_order(uow, sale.id, on=ON, location_id=bin_id)
    doc_id = inventory.save_stock_doc(
        uow,
        None,
        kind="issue",
        reason=next(iter(inventory.ISSUE_REASONS)),
        on=ON,
        lines=[inventory.LineInput(product, Decimal(1), from_location_id=bin_id, unit="同步箱")],
    )
    inventory.post_stock_doc(uow, doc_id)


def _fifo_and_landed_cost(uow: UnitOfWork, code: str) -> None:
    """Costing (issue 17): a FIFO product received twice and partly sold, a freight bill from
    another supplier spread over both receipts, reversed and posted again."""
    from erp_desktop.models.parties import Supplier
    from erp_desktop.models.warehouse import Location
    from erp_desktop.services import inventory, masterdata, purchasing, sales

    product = masterdata.save_product(
        uow, masterdata.ProductInput(code=code, name="先进先出茶", purchase_price=Decimal("1"), sale_price=Decimal("5"))
    ).id
    inventory.set_costing_method(uow, product, "fifo")
    with uow.read() as tx:
        supplier, carrier = tx.scalars(select(Supplier.id).order_by(Supplier.code).limit(2)).all()
        bin_id = tx.scalar(select(Location.id).where(Location.kind == "bin").order_by(Location.code).limit(1))
        customer = tx.scalar(select(Customer.id).order_by(Customer.code).limit(1))
    receipts = []
    for price in ("1.00", "2.00"):
        order = purchasing.create_order(
            uow, supplier_id=supplier, on=ON, lines=[purchasing.OrderLineInput(product, Decimal(10), Decimal(price))]
        )
        purchasing.confirm_order(uow, order.id)
        receipts.append(purchasing.receive_order(uow, order.id, on=ON, location_id=bin_id).id)
    order = sales.create_order(
        uow, customer_id=customer, on=ON, lines=[sales.LineInput(product, Decimal(15), Decimal(5))]
    )
    sales.confirm_order(uow, order.id)
    sales.deliver_order(uow, order.id, on=ON)
    freight = dict(supplier_id=carrier, on=ON, receipt_ids=receipts, net=Decimal("30.00"), tax_rate=Decimal("0.09"))
    wrong = purchasing.post_landed_cost(uow, **freight, spread_by="value")
    purchasing.reverse_landed_cost(uow, wrong.id, on=ON, note="by quantity")
    purchasing.post_landed_cost(uow, **freight, spread_by="qty")


def _kits(uow: UnitOfWork, code: str) -> None:
    """Issue 17's kits: a bill of components (sold as a bundle), an assembly (AS), a disassembly
    (DA), the reversal of an assembly and a bundle delivery that issues the components."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.stock import StockBalance
    from erp_desktop.services import sales

    with uow.read() as tx:
        rows = tx.execute(
            select(StockBalance.location_id, StockBalance.product_id)
            .join(Product, Product.id == StockBalance.product_id)
            .where(StockBalance.qty >= 20, Product.lot_tracked.is_(False), Product.serial_tracked.is_(False))
            .order_by(StockBalance.location_id, Product.code)
        ).all()
        customer_id = tx.scalar(select(Customer.id).order_by(Customer.code).limit(1))
    by_bin: dict = {}
    for location_id, product_id in rows:
        by_bin.setdefault(location_id, []).append(product_id)
    bin_id, (first, second, *_rest) = next((b, ps) for b, ps in by_bin.items() if len(ps) >= 2)
    kit = masterdata.save_product(uow, masterdata.ProductInput(code=code, name=f"礼盒 {code}", sale_price=Decimal(50)))
    parts = [inventory.ComponentInput(first, Decimal(1)), inventory.ComponentInput(second, Decimal(2))]
    inventory.set_bom(uow, kit.id, parts, bundle=True)
    kw = {"on": ON, "kit_id": kit.id, "from_location_id": bin_id, "to_location_id": bin_id}
    assembled = inventory.create_and_post_kit_doc(uow, kind="assembly", qty=Decimal(3), **kw)
    inventory.create_and_post_kit_doc(uow, kind="dismantle", qty=Decimal(1), **kw)
    again = inventory.create_and_post_kit_doc(uow, kind="assembly", qty=Decimal(1), **kw)
    inventory.reverse_stock_doc(uow, again.id, on=ON)
    assert assembled.number.startswith("AS-")
    order = sales.create_order(uow, customer_id=customer_id, on=ON, lines=[sales.LineInput(kit.id, Decimal(1))])
    sales.confirm_order(uow, order.id)
    sales.deliver_order(uow, order.id, on=ON, location_id=bin_id)


def _variants(uow: UnitOfWork, code: str) -> None:
    """Variants (issue 17): a category's 颜色 × 尺码, a template and its generated products."""
    from tests.support.variants import clothing

    clothing(uow, code=code, category=f"服装 {code}")


def _counts(uow: UnitOfWork) -> dict[str, int]:
    with uow.read() as tx:
        return {t.name: tx.scalar(select(func.count()).select_from(t)) or 0 for t in synced_tables()}


def test_every_kind_reaches_a_fresh_pc_and_comes_back(pcs, server_url, tmp_path):
    a = pcs.new("pc-a")
    build_demo(a)
    system.create_user(a, "boss", "secret-123", role="owner", display_name="老板")
    system.create_user(a, "clerk", "secret-456", role="warehouse", display_name="仓管小李")
    system.save_role(a, "盘点员", {system.Perm.STOCK}, description="counts only")
    company = system.get_company(a)
    system.save_company(a, dataclasses.replace(company, name="杭州示例商行"))
    _reverse_a_stock_doc(a)
    _manual_entry_reversed_and_corrected(a, "office rent")
    _invoice_for_a_delivery(a, "INV-0001")
    _master_data_made_and_removed(a, "TMP1")
    _month_end_papers(a, tmp_path, "a")
    _print_layouts(a, "a")
    _counter_day(a)
    _stores(a, "S-A")
    _multi_unit_documents(a)
    _fifo_and_landed_cost(a, "FIFO1")
    _kits(a, "KIT-A")
    _variants(a, "TS01")
    assert sync.pending_changes(a) > 0

    result = sync.sync_now(a, server_url, batch_size=200)
    assert result.pushed > 0
    assert sync.pending_changes(a) == 0

    b = pcs.new("pc-b")
    sync.sync_now(b, server_url, batch_size=200)
    assert sync.pending_changes(b) == 0
    assert_same(a, b)
    assert_verified(b)
    empty = sorted(name for name, n in _counts(b).items() if n == 0)
    # only what no flow writes in a demo month may be empty (conflicts and alerts need two PCs)
    assert set(empty) <= {
        "closed_period",
        "requisition_link",
        "saved_view",
        "sync_alert",
        "sync_conflict",
        "stock_lot",  # lot/serial-tracked goods travel in tests/sync/test_serial_sync.py
    }, empty

    # the new PC corrects and posts too; everything flows back to the first
    _reverse_a_stock_doc(b)
    _manual_entry_reversed_and_corrected(b, "bank fee")
    _master_data_made_and_removed(b, "TMP2")
    _variants(b, "TS02")
    _month_end_papers(b, tmp_path, "b")  # the starting templates already came from PC A: not added twice
    _fifo_and_landed_cost(b, "FIFO2")
    _kits(b, "KIT-B")
    money = finance.list_money_accounts(b)[0]
    with b.read() as tx:
        customer_id = tx.scalar(select(Customer.id).order_by(Customer.code).limit(1))
    receipt = finance.receive_money(b, customer_id=customer_id, account_id=money.id, amount=Decimal("2.00"), on=ON)
    finance.reverse_money_txn(b, receipt.id, on=ON, memo="wrong customer")
    sync.sync_now(b, server_url, batch_size=50)
    sync.sync_now(a, server_url, batch_size=50)
    assert sync.pending_changes(a) == sync.pending_changes(b) == 0
    assert_same(a, b)
    assert_verified(a)
    with a.read() as tx:  # the layers were rebuilt from the merged moves on the first PC
        assert tx.scalar(text("SELECT count(*) FROM cost_layer WHERE qty_left > 0")) == 2
        assert tx.scalar(text("SELECT count(*) FROM landed_cost WHERE reversal_of_id IS NOT NULL")) == 2
    assert len(finance.list_templates(a)) == 3
    with a.read() as tx:
        assert tx.scalar(text("SELECT count(*) FROM stock_doc WHERE reversal_of_id IS NOT NULL")) >= 4
        assert tx.scalar(text("SELECT count(*) FROM stock_doc WHERE kind IN ('assembly', 'dismantle')")) == 8
        assert tx.scalar(text("SELECT count(*) FROM product_kit_line")) == 4
    # and the server holds exactly what both PCs hold
    server = UnitOfWork(db.make_engine(server_url))
    try:
        assert_same(a, server)
    finally:
        server.engine.dispose()


def test_starting_templates_added_offline_on_two_pcs_merge(pcs, server_url):
    """Two PCs of one shop, offline, both open the vouchers for the first time and so both add
    the three starting templates (and the accounts they need): they are the same rows, not a
    clash on the unique name to set aside."""
    a, b = pcs.new("pc-a"), pcs.new("pc-b")
    for uow in (a, b):
        sync.sync_now(uow, server_url)
    for uow in (a, b):
        assert len(finance.list_templates(uow)) == 3
    for uow in (a, b, a):
        result = sync.sync_now(uow, server_url)
        assert result.set_aside == 0, result
    assert sync.pending_changes(a) == sync.pending_changes(b) == 0
    assert sync_problems.list_problems(a) == [] and sync_problems.list_problems(b) == []
    assert_same(a, b)
    assert len(finance.list_templates(a)) == 3
