from datetime import timedelta
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from erp_desktop import cli, demo
from erp_desktop.models.catalog import Category, PriceList, Product, ProductBarcode
from erp_desktop.models.parties import Customer, Supplier, SupplierQuote
from erp_desktop.models.payments import MoneyTxn
from erp_desktop.models.warehouse import Location, Warehouse
from erp_desktop.services.masterdata import catalog, lookups
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop


def _counts(uow):
    with uow.read() as tx:
        count = lambda model: tx.scalar(select(func.count()).select_from(model))  # noqa: E731
        return {
            m.__tablename__: count(m)
            for m in (Product, ProductBarcode, Category, Warehouse, Customer, Supplier, SupplierQuote, PriceList)
        }


def test_demo_shop_is_realistic_and_deterministic(tmp_path):
    a = open_shop(tmp_path / "a.sqlite3")
    b = open_shop(tmp_path / "b.sqlite3")
    steps = demo.build_demo(a, seed=7)
    assert steps[:4] == ["master data", "purchases", "sales", "finance"]
    demo.build_demo(b, seed=7)
    counts = _counts(a)
    assert (
        counts["product"] == 200 and counts["warehouse"] == 2 and counts["customer"] == 51 and counts["supplier"] == 10
    )
    assert (
        counts["category"] >= 20
        and counts["product_barcode"] > 200
        and counts["price_list"] == 3
        and counts["supplier_quote"] > 50
    )
    assert counts == _counts(b)
    with a.read() as tx, b.read() as ty:
        first = [(p.code, p.name, p.spec, p.sale_price) for p in tx.scalars(select(Product).order_by(Product.code))]
        second = [(p.code, p.name, p.spec, p.sale_price) for p in ty.scalars(select(Product).order_by(Product.code))]
        tiers = set(tx.scalars(select(Customer.tier)))
        bins = tx.scalar(select(func.count()).select_from(Location).where(Location.warehouse_id.is_not(None)))
    assert first == second
    with a.read() as tx, b.read() as ty:
        money_docs = [
            tuple(r)
            for r in tx.execute(select(MoneyTxn.number, MoneyTxn.on, MoneyTxn.kind, MoneyTxn.amount, MoneyTxn.method))
        ]
        assert money_docs == [
            tuple(r)
            for r in ty.execute(select(MoneyTxn.number, MoneyTxn.on, MoneyTxn.kind, MoneyTxn.amount, MoneyTxn.method))
        ]
    assert len(money_docs) > 30
    assert tiers == {"零售", "批发", "VIP"} and bins == 13
    # every barcode is a valid EAN-13 and resolves to its product
    with a.read() as tx:
        code = tx.scalars(select(ProductBarcode.barcode)).first()
    digits = [int(c) for c in code]
    assert len(code) == 13 and (sum(digits[0:12:2]) + 3 * sum(digits[1:12:2]) + digits[12]) % 10 == 0
    assert lookups.find_product(a, code) is not None
    # a 批发 customer gets the wholesale price list
    wholesale = lookups.search_parties(a, "customer", "")
    with a.read() as tx:
        cid = tx.scalar(select(Customer.id).where(Customer.tier == "批发"))
        pid, sale = tx.execute(select(Product.id, Product.sale_price).where(Product.active.is_(True))).first()
    assert wholesale
    assert catalog.price_for(a, cid, pid, Decimal(1)).price == (sale * Decimal("0.85")).quantize(Decimal("0.01"))
    assert all(c.ok for c in verify.run_checks(a)), [c for c in verify.run_checks(a) if not c.ok]
    with pytest.raises(Exception, match="already has products"):
        demo.build_demo(a)


def test_cli_demo_export_template_and_import(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite3")
    assert cli.main(["demo", "--db", db]) == 0
    out = tmp_path / "p.xlsx"
    assert cli.main(["export", "products", str(out), "--db", db]) == 0
    assert "Exported 200 rows" in capsys.readouterr().out
    assert load_workbook(out).active.max_row == 201
    assert cli.main(["template", "customers", str(tmp_path / "t.xlsx"), "--db", db]) == 0
    wb = Workbook()
    ws = wb.active
    ws.append(["Code", "Name", "Sale price"])
    ws.append(["NEW-1", "新品", 5])
    ws.append(["NEW-2", "坏价格", -5])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    report = tmp_path / "problems.xlsx"
    assert cli.main(["import", "products", str(bad), "--db", db, "--errors", str(report)]) == 1
    err = capsys.readouterr().err
    assert "row 3, Sale price: Sale price cannot be negative." in err
    assert report.exists()
    ws.delete_rows(3)
    wb.save(bad)
    assert cli.main(["import", "products", str(bad), "--db", db]) == 0
    assert "1 created, 0 updated" in capsys.readouterr().out
    assert cli.main(["import", "products", str(bad), "--db", db, "--mode", "create"]) == 1


def test_demo_finance_gives_the_shop_money_receipts_payments_and_costs(tmp_path):
    """The finance step on the demo's own purchases and sales: balances follow from the documents
    it made, the GL agrees, customers owe or have paid, a reversed receipt is linked both ways."""
    import random
    from collections import defaultdict

    from erp_desktop.demo.finance import BANK, CASH, PAYMENT_RULE, WECHAT, demo_finance
    from erp_desktop.models.approvals import ApprovalEvent
    from erp_desktop.models.finance import JournalLine, OpenItem
    from erp_desktop.models.payments import MoneyTxn
    from erp_desktop.services.finance import money as finance_money
    from erp_desktop.services.finance import queries as fq

    uow = open_shop(tmp_path / "f.sqlite3")
    demo.build_demo(uow, seed=7, steps=["master data", "purchases", "sales"])
    done = demo_finance(uow, random.Random("7:finance"))  # exactly what build_demo's "finance" step runs

    # the accounts, each balance = its opening + what the step's documents moved
    accounts = {a.code: a for a in finance_money.list_money_accounts(uow)}
    assert {c: (a.name, a.kind) for c, a in accounts.items()} == {
        CASH: ("现金", "cash"),
        BANK: ("工商银行基本户", "bank"),
        WECHAT: ("微信收款", "bank"),
    }
    assert {c: a.balance for c, a in done.accounts.items()} == {
        CASH: Decimal("5000.00"),
        BANK: Decimal("80000.00"),
        WECHAT: Decimal("0.00"),
    }
    expected = {c: a.balance for c, a in done.accounts.items()}
    for m in done.made:
        r = m.result
        sign = {"receipt": 1, "income": 1, "payment": -1, "expense": -1, "transfer": -1}[r.kind] * (
            -1 if m.reversal_of else 1
        )
        expected[m.account] += sign * r.amount
        if m.to_account:
            expected[m.to_account] += r.amount
    assert {c: a.balance for c, a in accounts.items()} == expected
    assert all(b > 0 for b in expected.values()) and expected[WECHAT] > 0
    # … and the cash and bank GL accounts hold exactly that, sub-account by sub-account and in total
    with uow.read() as tx:
        gl = defaultdict(lambda: Decimal(0))
        for code, debit, credit in tx.execute(select(JournalLine.account_code, JournalLine.debit, JournalLine.credit)):
            gl[code] += debit - credit
    for a in accounts.values():
        assert gl[a.gl_code] == a.balance, a.code
    assert sum(v for c, v in gl.items() if c.startswith("1001")) == accounts[CASH].balance
    assert sum(v for c, v in gl.items() if c.startswith("1002")) == accounts[BANK].balance + accounts[WECHAT].balance
    # running balances never go below zero, day by day
    for a in accounts.values():
        ledger = fq.money_ledger(uow, a.id, start=demo.DEMO_TODAY - timedelta(days=400), end=demo.DEMO_TODAY)
        assert ledger.closing == a.balance and min(l.balance for l in ledger.lines) >= 0

    kinds = {r.result.kind for r in done.made}
    assert {"receipt", "payment", "expense", "transfer"} <= kinds
    with uow.read() as tx:
        txns = tx.execute(select(*MoneyTxn.__table__.c)).all()  # plain rows, usable after the session
        items = tx.execute(select(*OpenItem.__table__.c)).all()
        approved = set(
            tx.scalars(
                select(ApprovalEvent.doc_id).where(
                    ApprovalEvent.doc_type == "payment", ApprovalEvent.action == "approved"
                )
            )
        )
    assert {t.method for t in txns if t.kind == "receipt"} >= {"现金", "转账", "微信"}
    assert all(demo.DEMO_TODAY - timedelta(days=130) <= t.on <= demo.DEMO_TODAY for t in txns)
    # costs: rent, utilities and wages on 5602 / 5601, the books' expense accounts equal to them
    expenses = [t for t in txns if t.kind == "expense"]
    assert {word for t in expenses for word in ("房租", "水电费", "工资") if word in t.memo} == {
        "房租",
        "水电费",
        "工资",
    }
    for code in ("5601", "5602"):
        assert gl[code] == sum((t.amount for t in expenses if t.counter_account == code), Decimal(0)) > 0
    transfer = next(t for t in txns if t.kind == "transfer")
    assert (transfer.account_id, transfer.to_account_id) == (accounts[CASH].id, accounts[BANK].id)
    # payments over the rule's amount were approved (on entry, by the owner); the others needed none
    payments = [t for t in txns if t.kind == "payment"]
    assert len(payments) >= 10
    assert (
        {t.id for t in payments if t.amount > PAYMENT_RULE[1]} == {t.id for t in payments if t.id in approved} != set()
    )

    # customers: at least one has paid everything, at least one still owes; suppliers partly paid
    delivered = {i.party_id for i in items if i.kind == "receivable" and i.doc_type == "DN"}
    owing = {r.party_id: r for r in fq.ageing_report(uow, kind="receivable", as_of=demo.DEMO_TODAY)}
    assert any(r.total > 0 for r in owing.values())
    paid = [c for c in delivered if c not in owing]
    assert paid and all(i.amount == i.allocated for i in items if i.party_id in paid)
    assert len(paid) > len(delivered) // 3
    receipts = [i for i in items if i.doc_type == "PR"]
    settled = [i for i in receipts if i.amount == i.allocated]
    assert len(settled) > len(receipts) // 2 and len(settled) < len(receipts)
    payable_ageing = fq.ageing_report(uow, kind="payable", as_of=demo.DEMO_TODAY)
    assert any(r.days_31_60 + r.days_61_90 + r.days_over_90 > 0 for r in payable_ageing)

    # the receipt entered against the wrong customer and its reversal point at each other and cancel out
    by_id = {t.id: t for t in txns}
    wrong, back = by_id[done.mistaken], by_id[done.reversal]
    assert (wrong.reversed_by_id, back.reversal_of_id, back.kind, back.amount, back.party_id) == (
        back.id,
        wrong.id,
        "receipt",
        wrong.amount,
        wrong.party_id,
    )
    assert [(i.amount, i.allocated) for i in items if i.id in (wrong.open_item_id, back.open_item_id)] in (
        [(-wrong.amount, -wrong.amount), (wrong.amount, wrong.amount)],
        [(wrong.amount, wrong.amount), (-wrong.amount, -wrong.amount)],
    )
    assert wrong.party_id in owing  # the wrong customer's debts are back
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_demo_builds_with_another_seed_and_buys_no_discontinued_product(tmp_path):
    """Seed 2 once picked the discontinued product for a purchase and failed to build."""
    uow = open_shop(tmp_path / "seed2.sqlite3")
    demo.build_demo(uow, seed=2)
    assert all(check.ok for check in verify.run_checks(uow))
    with uow.read() as tx:
        from erp_desktop.models.purchasing import PurchaseOrderLine

        bought = set(tx.scalars(select(PurchaseOrderLine.product_id)))
        inactive = set(tx.scalars(select(Product.id).where(Product.active.is_(False))))
    assert bought and inactive and not bought & inactive


def test_demo_dates_are_offsets_from_the_day_it_is_built_and_the_first_dashboard_is_full(tmp_path):
    from datetime import date

    from erp_desktop.models.sales import SalesDelivery
    from erp_desktop.services.analysis import dashboard
    from erp_desktop.services.system import WALK_IN_ID, get_company

    built_on = date(2027, 5, 18)
    uow = open_shop(tmp_path / "d.sqlite3")
    seen = []
    demo.build_demo(uow, seed=3, today=built_on, progress=lambda done, total, name: seen.append((done, total, name)))
    assert seen[0] == (0, len(seen) - 1, "master data") and seen[-1][0] == seen[-1][1]
    with uow.read() as tx:
        latest = tx.scalar(select(func.max(SalesDelivery.on)))
        walk_in = tx.scalar(select(Customer.name).where(Customer.id == WALK_IN_ID))
    assert latest == built_on
    assert walk_in == "散客"
    company = get_company(uow)
    assert company.name and company.address and company.phone and company.tax_id and company.bank_account
    figures = {f.key: f.value for f in dashboard.overview(uow, as_of=built_on).figures}
    assert figures["sales_today"] > 0 and figures["receipts_today"] > 0 and figures["sales_month"] > 0
    assert figures["margin_month"] > 0
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
