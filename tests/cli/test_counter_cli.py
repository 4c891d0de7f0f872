"""The counter from the command line: settings, a shift opened, a sale by barcode with change, a
member topping up and paying from stored value, a return, a reprint, the shift closed with its
report; bad input refused with a clear message."""

from decimal import Decimal as D

from erp_desktop import cli
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.pdfcheck import pdf_text
from tests.support.sales import assert_books_tie_out, on_hand


def test_cli_counter_day(db_path, tmp_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        a = factories.product(tx, "A001", name="矿泉水", price="11.30", cost="6", barcode="6901234567892")
        _w, (bin1,) = factories.warehouse(tx, "W1")
        factories.opening_stock(tx, a, bin1, "100", "6")
        a_id = a.id
    finance_money.create_money_account(uow, code="XJ01", name="Cash box", kind="cash")
    finance_money.create_money_account(uow, code="WX01", name="WeChat")
    db = ["--db", str(db_path)]
    assert cli.main(["counter", "settings", *db, "--cash", "XJ01", "--wechat", "WX01", "--rounding", "jiao"]) == 0
    assert cli.main(["counter", "shift", "open", *db, "--float", "200"]) == 0
    assert "opened with a float of 200.00" in capsys.readouterr().out
    assert cli.main(["counter", "sell", *db, "--line", "6901234567892:3", "--pay", "cash:50"]) == 0
    out = capsys.readouterr().out
    assert "total 33.90, change 16.10" in out
    number = out.split("Ticket ")[1].split(":")[0]
    assert cli.main(["counter", "sell", *db, "--line", "A001:1", "--pay", "cash:5"]) == 1
    assert "short of the total" in capsys.readouterr().err
    assert cli.main(["counter", "sell", *db, "--line", "999:1", "--pay", "cash:5"]) == 1
    assert "Unknown barcode or code 999" in capsys.readouterr().err

    assert cli.main(["counter", "member", "add", *db, "--name", "王芳", "--phone", "13800138000"]) == 0
    assert cli.main(["counter", "member", "topup", "13800138000", *db, "--amount", "50", "--method", "wechat"]) == 0
    assert (
        cli.main(["counter", "sell", *db, "--line", "A001:2", "--pay", "stored_value:22.60", "--member", "13800138000"])
        == 0
    )
    capsys.readouterr()
    assert cli.main(["counter", "member", "show", "13800138000", *db]) == 0
    out = capsys.readouterr().out
    assert "points 22 · stored value 27.40" in out

    assert cli.main(["counter", "return", number, *db, "--line", "A001:1"]) == 0
    assert "refunded 11.30" in capsys.readouterr().out
    assert cli.main(["counter", "exchange", number, *db, "--back", "A001:1", "--line", "A001:1"]) == 0
    assert "total 11.30, change 0.00" in capsys.readouterr().out  # like for like: nothing to pay
    pdf = tmp_path / "t.pdf"
    assert cli.main(["counter", "reprint", number, *db, "--pdf", str(pdf), "--paper", "58"]) == 0
    assert number in pdf_text(pdf)
    capsys.readouterr()
    assert cli.main(["counter", "shift", "report", *db, "--lang", "en"]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert head.endswith("· shift open") and "· open" not in head  # in words, not the stored state
    report_pdf = tmp_path / "shift.pdf"
    assert cli.main(["counter", "shift", "close", *db, "--counted", "222.60", "--pdf", str(report_pdf)]) == 0
    out = capsys.readouterr().out
    assert "Cash counted 222.60, difference 0.00" in out  # 200 + 33.90 − 11.30
    assert "222.60" in pdf_text(report_pdf)
    assert cli.main(["counter", "shift", "report", *db]) == 1  # no shift open any more
    capsys.readouterr()
    assert cli.main(["counter", "report", *db]) == 0
    out = capsys.readouterr().out
    assert "3 tickets, 45.20" in out  # 33.90 + 22.60 − 11.30, and an exchange like for like
    assert "矿泉水" in out and "Stored value" in out
    assert on_hand(uow, a_id) == D(96)
    assert_books_tie_out(uow)


def test_cli_receipt_printer_set_and_tried(db_path, tmp_path, capsys):
    open_shop(db_path).engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    device = tmp_path / "lp0"
    assert cli.main(["counter", "printer-test", *db]) != 0  # none set yet
    assert "Choose how the receipt printer is connected" in capsys.readouterr().err
    assert cli.main(["counter", "printer-test", *db, "--printer", f"file:{device}", "--paper", "58"]) == 0
    out = capsys.readouterr().out
    assert "Paper 58 mm, 32 characters a line" in out and "Test slip sent" in out
    assert b"TEST-0001" in device.read_bytes()
    assert cli.main(["counter", "settings", *db, "--printer", "usb:04x6:5011"]) != 0
    assert "USB vendor id as 4 hex digits" in capsys.readouterr().err
    assert cli.main(["counter", "settings", *db, "--printer", "network:192.168.1.87", "--paper", "58"]) == 0
    assert "192.168.1.87:9100" in capsys.readouterr().out
    assert cli.main(["counter", "settings", *db, "--printer", "none"]) == 0
    assert "none (PDF)" in capsys.readouterr().out


def test_cli_tickets_print_with_a_template(db_path, tmp_path, capsys):
    """``--template NAME`` on sell, return and reprint: the ticket laid out by that template; a
    wrong name refuses the sale before anything is posted."""
    import json

    from erp_desktop.models.counter import CounterTicket
    from tests.services.test_print_templates import page_sizes_mm
    from tests.support.sales import count_rows

    uow = open_shop(db_path)
    with uow.write() as tx:
        a = factories.product(tx, "A001", name="矿泉水", price="11.30", cost="6", barcode="6901234567892")
        _w, (bin1,) = factories.warehouse(tx, "W1")
        factories.opening_stock(tx, a, bin1, "100", "6")
    finance_money.create_money_account(uow, code="XJ01", name="Cash box", kind="cash")
    db = ["--db", str(db_path)]
    assert cli.main(["counter", "settings", *db, "--cash", "XJ01"]) == 0
    assert cli.main(["counter", "shift", "open", *db, "--float", "0"]) == 0
    body = {
        "file": "erp-desktop print template",
        "kind": "counter_ticket",
        "name": "窄票",
        "paper": "roll58",
        "header": ["number", "shop_name"],
        "columns": [{"field": "code", "width": 10}, {"field": "amount", "title": "金额", "width": 10}],
        "footer": ["note", "totals"],
        "note": "欢迎再来",
        "barcode": False,
    }
    file = tmp_path / "t.json"
    file.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["print", "templates", "import", str(file), *db]) == 0
    capsys.readouterr()

    pdf = tmp_path / "sale.pdf"
    assert (
        cli.main(
            ["counter", "sell", *db, "--line", "A001:2", "--pay", "cash:30", "--print", str(pdf), "--template", "窄票"]
        )
        == 0
    )
    number = capsys.readouterr().out.split("Ticket ")[1].split(":")[0]
    text = pdf_text(pdf)
    assert page_sizes_mm(pdf)[0][0] == 58.0
    assert text.index(number) < text.index("金额") < text.index("欢迎再来") < text.index("Subtotal")
    assert "矿泉水" not in text and "Thank you" not in text

    assert cli.main(["counter", "reprint", number, *db, "--template", "窄票"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"No. {number}" and "欢迎再来" in lines[-3] and not any(l.startswith("*POS") for l in lines)
    back = tmp_path / "back.pdf"
    assert (
        cli.main(["counter", "return", number, *db, "--line", "A001:1", "--print", str(back), "--template", "窄票"])
        == 0
    )
    assert "11.30" in pdf_text(back) and "欢迎再来" in pdf_text(back)

    tickets = count_rows(uow)[CounterTicket.__tablename__]
    assert (
        cli.main(
            [
                "counter",
                "sell",
                *db,
                "--line",
                "A001:1",
                "--pay",
                "cash:20",
                "--print",
                str(pdf),
                "--template",
                "无此模板",
            ]
        )
        == 1
    )
    assert "No print template 无此模板" in capsys.readouterr().err
    assert cli.main(["counter", "sell", *db, "--line", "A001:1", "--pay", "cash:20", "--template", "窄票"]) == 1
    assert "--print" in capsys.readouterr().err
    assert count_rows(uow)[CounterTicket.__tablename__] == tickets  # nothing sold


def test_cli_member_list_is_the_members_report(db_path, capsys):
    from erp_desktop.services import counter

    uow = open_shop(db_path)
    finance_money.create_money_account(uow, code="XJ01", name="Cash box", kind="cash")
    db = ["--db", str(db_path)]
    assert cli.main(["counter", "settings", *db, "--cash", "XJ01"]) == 0
    for name, phone in (("王芳", "13800138000"), ("李雷", "13900139000")):
        assert cli.main(["counter", "member", "add", *db, "--name", name, "--phone", phone]) == 0
    assert cli.main(["counter", "member", "topup", "13800138000", *db, "--amount", "50"]) == 0
    assert cli.main(["counter", "member", "topup", "13900139000", *db, "--amount", "20.50"]) == 0
    capsys.readouterr()
    assert cli.main(["counter", "member", "list", *db]) == 0
    out = capsys.readouterr().out
    assert "王芳" in out and "李雷" in out and "50.00" in out and "20.50" in out
    assert "2 members · points 0 · stored value 70.50" in out
    assert cli.main(["counter", "member", "list", *db, "--json"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["stored_value"] for r in rows) == ["20.50", "50.00"]
    assert {m.phone for m in counter.list_members(uow)} == {"13800138000", "13900139000"}
