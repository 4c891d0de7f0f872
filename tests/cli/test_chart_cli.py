"""``erp-desktop finance chart | account add | posting-accounts | settle-counts | vat | vat-pay |
invoice import`` and ``stock receive`` without a reason, end to end on a shop file."""

from datetime import date
from decimal import Decimal as D

import openpyxl

from erp_desktop.cli import main
from erp_desktop.services import finance
from erp_desktop.services.finance import chart
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.ledger.journal import Posting
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.finance import delivery


def _db(db_path):
    return ["--db", str(db_path), "--lang", "en"]


def _balance(db_path, code):
    uow = open_shop(db_path)
    with uow.read() as tx:
        d, c = chart.own_balance(tx, code)
    uow.engine.dispose()
    return d - c


def test_chart_account_add_and_posting_accounts(db_path, capsys):
    db = _db(db_path)
    assert main(["finance", "chart", *db]) == 0
    out = capsys.readouterr().out
    assert "22210101" in out and "应交税费-应交增值税-进项税额" in out and "(has sub-accounts)" in out
    assert main(["finance", "account", "add", "560201", "办公费", "--parent", "5602", *db]) == 0
    assert "Account 560201 管理费用-办公费 added." in capsys.readouterr().out
    assert main(["finance", "account", "add", "112201", "x", "--parent", "1122", *db]) == 1
    assert "posted by business documents" in capsys.readouterr().err
    assert main(["finance", "posting-accounts", "--set", "issue.damage=560201", *db]) == 0
    assert "now books 560201 办公费" in capsys.readouterr().out
    assert main(["finance", "posting-accounts", "--set", "issue.damage=5602", *db]) == 1
    assert "5602 has sub-accounts" in capsys.readouterr().err
    assert main(["finance", "posting-accounts", *db]) == 0
    out = capsys.readouterr().out
    assert "issue.damage" in out and "560201" in out and "receipt.opening" in out and "3999" in out


def test_stock_receive_needs_a_reason(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        factories.product(tx, "TEA", cost="6")
        factories.warehouse(tx, "MAIN", bins=("A-01",))
    uow.engine.dispose()
    try:
        code = main(["stock", "receive", "--warehouse", "MAIN", "TEA:3:6", *_db(db_path)])
    except SystemExit as exit_:  # argparse: a required option
        code = exit_.code
    assert code == 2 and "--reason" in capsys.readouterr().err
    assert main(["stock", "receive", "--warehouse", "MAIN", "--reason", "gift", "TEA:3:6", *_db(db_path)]) == 0
    assert _balance(db_path, "5301") == D("-18.00")


def test_settle_counts_from_the_command_line(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", cost="6")
        w, (a1,) = factories.warehouse(tx, "MAIN", bins=("A-01",))
        ids = (tea.id, w.id, a1.id)
    on = date(2026, 4, 1)
    inventory.create_and_post(
        uow, kind="receipt", reason="opening", on=on, lines=[LineInput(ids[0], D("10"), D("6"), to_location_id=ids[2])]
    )
    count = stock_counts.create_count(uow, warehouse_id=ids[1], on=on)
    stock_counts.set_counted(uow, count.id, ids[0], ids[2], D("9"))
    stock_counts.post_count(uow, count.id)
    uow.engine.dispose()
    db = _db(db_path)
    assert main(["finance", "settle-counts", "--list", *db]) == 0
    out = capsys.readouterr().out
    assert count.number in out and "6.00" in out
    assert main(["finance", "settle-counts", "--loss", "other", "--on", "2026-04-30", *db]) == 0
    assert f"{count.number}: gain 0.00 → 5301, loss 6.00 → 5711" in capsys.readouterr().out
    assert _balance(db_path, "1901") == D("0") and _balance(db_path, "5711") == D("6.00")
    assert main(["finance", "settle-counts", count.number, "--on", "2026-04-30", *db]) == 1
    assert "already settled" in capsys.readouterr().err


def test_vat_summary_transfer_and_payment(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        Posting(date(2026, 10, 5), memo="sale").debit("1221", D("1130")).credit("5001", D("1000")).credit(
            "22210102", D("130")
        ).post(tx)
        Posting(date(2026, 10, 6), memo="buy").debit("5602", D("100")).debit("22210101", D("13")).credit(
            "2241", D("113")
        ).post(tx)
    finance.create_money_account(
        uow, code="ICBC", name="工商银行", opening_balance=D("1000"), opening_on=date(2026, 10, 1)
    )
    uow.engine.dispose()
    db = _db(db_path)
    assert main(["finance", "vat", "2026-10", *db]) == 0
    out = capsys.readouterr().out
    assert "VAT due (应纳税额)" in out and "117.00" in out
    assert main(["finance", "vat", "2026-10", "--transfer", *db]) == 0
    assert "VAT-2026-10" not in capsys.readouterr().err
    assert _balance(db_path, "222102") == D("-117.00")
    assert main(["finance", "vat", "2026-10", "--transfer", *db]) == 1
    assert "already moved" in capsys.readouterr().err
    assert main(["finance", "vat-pay", "--account", "ICBC", "--amount", "200", "--on", "2026-11-10", *db]) == 1
    assert "Only 117.00 of VAT is unpaid" in capsys.readouterr().err
    assert main(["finance", "vat-pay", "--account", "ICBC", "--amount", "117", "--on", "2026-11-10", *db]) == 0
    assert "VAT paid 117.00" in capsys.readouterr().out
    assert _balance(db_path, "222102") == D("0")


def test_invoice_import_reports_every_problem(db_path, capsys, tmp_path):
    uow = open_shop(db_path)
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    uow.engine.dispose()
    path = tmp_path / "invoices.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["发票号码", "开票日期", "购买方名称", "金额", "税额", "价税合计"])
    ws.append(["111", "2026-10-06", "张三超市", 1000, 130, 1130])
    ws.append(["112", "2026-10-06", "不认识", 10, 1.3, 11.3])
    ws.append(["113", "2026-10-06", "张三超市", "abc", 1, 2])
    wb.save(path)
    db = _db(db_path)
    assert main(["finance", "invoice", "import", str(path), *db]) == 1
    err = capsys.readouterr().err
    assert "error: 2 problems found; nothing was imported." in err
    assert "row 3, buyer_name: No customer with tax id — or name 不认识." in err
    assert "row 4, 金额: Not a number: abc" in err
    ws.delete_rows(3, 2)
    wb.save(path)
    assert main(["finance", "invoice", "import", str(path), *db]) == 0
    assert "1 invoices registered (tax 130.00), 0 voided left out; linked to DN-1." in capsys.readouterr().out
