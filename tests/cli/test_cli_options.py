"""The command line as a whole: the common options anywhere, one table printer by display width,
--json on every list and report, a start that imports only the command's area, and the commands
the window had and the CLI lacked (approvals, product/customer/supplier/warehouse, invoices,
editing a draft purchase order)."""

import argparse
import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop import cli
from erp_desktop.commands import display_width, format_table
from tests.support import factories

D = Decimal
ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def shop(uow, db_path):
    with uow.write() as tx:
        factories.product(tx, "TEA", name="绿茶", price="12", cost="6")
        factories.product(tx, "CUP", name="Cup", price="5", cost="2")
        factories.warehouse(tx, "MAIN", bins=("A-01",))
        factories.customer(tx, "C01", name="张三超市")
        factories.supplier(tx, "S01", name="供应商甲")
    return db_path


# --- 1. common options at every level ---------------------------------------------------------
def _leaves(parser, path=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield path + (name,), sub
                yield from _leaves(sub, path + (name,))


def test_every_parser_takes_the_common_options():
    parser = cli.build_parser()
    missing = [
        " ".join(path)
        for path, sub in _leaves(parser)
        for option in ("--db", "--lang", "--user", "--password-stdin", "--password-file")
        if option not in sub._option_string_actions
    ]
    assert missing == []


@pytest.mark.parametrize("where", ["before", "middle", "after"])
def test_db_and_lang_before_or_after_the_command(shop, capsys, where):
    opts = ["--db", shop, "--lang", "zh_CN"]
    argv = {
        "before": [*opts, "stock", "onhand"],
        "middle": ["stock", *opts, "onhand"],
        "after": ["stock", "onhand", *opts],
    }[where]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert out.splitlines()[0].split()[:2] == ["仓库", "库位"] or "仓库" in out.splitlines()[0]


def test_options_after_a_nested_action(shop, capsys):
    code, out, err = run(capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "TEA:2:6", "--db", shop)
    assert code == 0, err
    code, out, err = run(capsys, "purchase", "list", "--json", "--lang", "en", "--db", shop)
    assert code == 0, err
    assert [r["number"] for r in json.loads(out)] == ["PO-" + out.split('"PO-')[1].split('"')[0]]


def test_password_file_logs_in(shop, capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("ERP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    monkeypatch.setenv("ERP_NEW_PASSWORD", "s3cret-pass")
    assert run(capsys, "user-add", "ann", "--role", "owner", "--db", shop)[0] == 0
    code, out, err = run(capsys, "login", "on", "--db", shop, "--user", "ann", "--password-stdin", "--lang", "en")
    assert code == 0, err
    code, out, err = run(capsys, "stock", "onhand", "--db", shop, "--lang", "en")
    assert code == 1 and "log-in" in err
    secret = tmp_path / "pw.txt"
    secret.write_text("s3cret-pass\n", encoding="utf-8")
    code, out, err = run(capsys, "stock", "onhand", "--db", shop, "--user", "ann", "--password-file", secret)
    assert code == 0, err
    secret.write_text("wrong\n", encoding="utf-8")
    code, out, err = run(capsys, "stock", "onhand", "--user", "ann", "--password-file", secret, "--db", shop)
    assert code == 1


# --- 2. one table printer by display width ---------------------------------------------------
def test_table_lines_up_chinese_by_display_width():
    lines = format_table(["Code", "Name", "Total"], [["C01", "张三超市", "1,234.00"], ["C0002", "Ann", "5.00"]])
    assert display_width("张三超市") == 8 and display_width("ab") == 2 and display_width("：") == 2
    # every column starts at the same display column on every line
    starts = {display_width(line[: line.index(cell)]) for line, cell in zip(lines[1:], ["1,234.00", "5.00"])}
    ends = {display_width(line) for line in lines}
    assert len(ends) == 1  # the right-aligned last column ends at one place
    assert len(starts) == 2  # and the shorter figure starts further right
    names = [display_width(line[: line.index(name)]) for line, name in zip(lines[1:], ["张三超市", "Ann"])]
    assert names[0] == names[1]


def test_sales_list_columns_line_up(shop, capsys):
    for line in ("TEA:1", "CUP:2"):
        assert run(capsys, "sales", "order", "create", "--customer", "C01", "--line", line, "--db", shop)[0] == 0
    code, out, err = run(capsys, "sales", "list", "--db", shop, "--lang", "zh_CN")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3
    assert len({display_width(line) for line in lines}) == 1


# --- 3. --json everywhere --------------------------------------------------------------------
def test_json_of_lists_and_reports(shop, capsys):
    db = ("--db", shop)
    assert run(capsys, "stock", "receive", "--warehouse", "MAIN", "--reason", "opening", "TEA:10:6", *db)[0] == 0
    assert run(capsys, "sales", "order", "create", "--customer", "C01", "--line", "TEA:3:12.5", *db)[0] == 0
    assert run(capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "CUP:4:2", *db)[0] == 0
    checks = {
        ("stock", "onhand"): lambda d: (
            [(r["product_code"], r["qty"], r["value"]) for r in d] == [("TEA", "10.000", "60.00")]
        ),
        ("stock", "valuation"): lambda d: d["total"] == "60.00",
        ("stock", "moves", "TEA"): lambda d: D(d[-1]["balance"]) == 10,
        ("stock", "low"): lambda d: isinstance(d, list),
        ("stock", "slow"): lambda d: isinstance(d, list),
        ("sales", "list"): lambda d: (d[0]["net_total"], d[0]["gross_total"]) == ("37.50", "42.38"),
        ("sales", "show", "SO-"): None,
        ("sales", "history", "C01"): lambda d: d["orders"] >= 0,
        ("purchase", "list"): lambda d: d[0]["gross_total"] == "9.04",
        ("purchase", "requisition", "list"): lambda d: d == [],
        ("purchase", "suggest"): lambda d: isinstance(d, list),
        ("purchase", "supplier", "S01"): lambda d: d["code"] == "S01",
        ("finance", "accounts"): lambda d: isinstance(d, list),
        ("finance", "ageing"): lambda d: isinstance(d, list),
        ("finance", "trial-balance"): lambda d: D(d["totals"]["closing_debit"]) == D(d["totals"]["closing_credit"]),
        ("finance", "profit"): lambda d: "profit" in d,
        ("finance", "statement", "--customer", "C01", "--from", "2026-01-01", "--to", "2030-12-31"): lambda d: (
            d["party_code"] == "C01"
        ),
        ("finance", "invoice", "list"): lambda d: d == [],
        ("report", "dashboard"): lambda d: len(d["figures"]) > 0,
        ("report", "pivot", "--rows", "customer"): lambda d: "rows" in d,
        ("users",): lambda d: "users" in d,
        ("roles",): lambda d: any(r["name"] == "owner" for r in d),
        ("audit",): lambda d: len(d) > 0,
        ("approvals", "list"): lambda d: d == [],
        ("product", "show", "TEA"): lambda d: D(d["sale_price"]) == 12 and d["name"] == "绿茶",
        ("verify",): lambda d: d and all(c["ok"] for c in d),
        ("sync", "--status"): lambda d: d["pending"] >= 0,
        ("sync-alerts",): lambda d: d == [],
        ("sync-conflicts",): lambda d: d == [],
        ("stock", "costing", "TEA"): lambda d: d["method"] == "average" and d["product_code"] == "TEA",
        ("stock", "tracking", "TEA"): lambda d: d["lot_tracked"] is False and d["product_code"] == "TEA",
        ("date-rules",): lambda d: "plausible_from" in d and d["forbid_odd"] is False,
        ("print", "templates", "list"): lambda d: any(t["kind"] == "delivery" and t["builtin"] for t in d),
    }
    code, out, err = run(capsys, "sales", "list", "--json", *db)
    so = json.loads(out)[0]["number"]
    for argv, check in checks.items():
        argv = tuple(so if a == "SO-" else a for a in argv)
        code, out, err = run(capsys, *argv, "--json", *db)
        assert code == 0, (argv, err)
        assert out.lstrip()[:1] in ("[", "{"), (argv, out[:200])
        data = json.loads(out)
        if argv[:2] == ("sales", "show"):
            assert data["number"] == so and D(data["lines"][0]["qty"]) == 3
        else:
            assert check(data), (argv, out[:400])
    # Decimals are exact strings, dates ISO
    code, out, err = run(capsys, "sales", "list", "--json", *db)
    row = json.loads(out)[0]
    assert row["net_total"] == "37.50" and re.fullmatch(r"\d{4}-\d\d-\d\d", row["on"])


def test_every_list_show_and_report_takes_json():
    """A leaf that lists, shows or reports (by its name or the first word of its help) prints --json."""
    parser = cli.build_parser()
    missing = []
    for path, sub in _leaves(parser):
        if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
            continue  # a group, not a leaf
        words = (sub.description or "").split()
        first = words[0].lower() if words else ""
        if path[-1] in ("list", "show", "report", "lines") or first in ("list", "show"):
            if "--json" not in sub._option_string_actions:
                missing.append(" ".join(path))
    assert missing == []


# --- 4. start-up imports only the command's area ---------------------------------------------
def test_version_imports_no_service_nor_sqlalchemy():
    code = (
        "import sys; from erp_desktop.cli import main; main(['version']);"
        "bad = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'erp_desktop.services', 'PySide6')));"
        "print(bad)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_stock_command_imports_only_its_area(shop):
    code = (
        "import sys; from erp_desktop.cli import main; main(['stock', 'onhand', '--db', sys.argv[1]]);"
        "print(sorted({'.'.join(m.split('.')[2:4]) for m in sys.modules if m.startswith('erp_desktop.services.')}))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(shop)], capture_output=True, text=True, cwd=ROOT, check=True)
    areas = set(eval(done.stdout.splitlines()[-1]))  # noqa: S307 - our own output
    assert "inventory.queries" in areas
    others = {a for a in areas if a.split(".")[0] in {"sales", "purchasing", "excel", "printing", "analysis"}}
    assert others == set()
    assert not areas & {"sync.engine", "sync.server", "system.verify", "system.approvals"}


def test_command_area_table_matches_the_areas():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    registered = {}
    for name, command in sub.choices.items():
        handler = command.get_default("handler")
        registered[name] = handler.__module__.rsplit(".", 1)[-1]
    assert registered == cli.COMMAND_AREA


# --- 5. commands the window had ---------------------------------------------------------------
def test_approvals_set_list_remove(shop, capsys):
    code, out, err = run(
        capsys, "approvals", "set", "--doc-type", "purchase_order", "--min-amount", "5000", "--db", shop, "--lang", "en"
    )
    assert code == 0, err and "amount over 5,000.00: approval by Owner" in out
    rows = json.loads(run(capsys, "approvals", "list", "--json", "--db", shop)[1])
    assert [(r["doc_type"], r["min_amount"], r["approver_role"]) for r in rows] == [
        ("purchase_order", "5000.00", "owner")
    ]
    rid = rows[0]["id"][:8]
    assert run(capsys, "approvals", "set", "--id", rid, "--role", "accountant", "--db", shop)[0] == 0
    rows = json.loads(run(capsys, "approvals", "list", "--json", "--db", shop)[1])
    assert rows[0]["approver_role"] == "accountant" and rows[0]["min_amount"] == "5000.00"
    # a big order now needs approval
    code, out, err = run(
        capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "TEA:1000:6", "--db", shop, "--lang", "en"
    )
    assert code == 0 and "It needs approval by Accountant" in out
    code, out, err = run(capsys, "approvals", "set", "--doc-type", "bogus", "--db", shop, "--lang", "zh_CN")
    assert code == 1 and "错误" in err and "bogus" in err
    code, out, err = run(capsys, "approvals", "set", "--db", shop, "--lang", "en")
    assert code == 1 and "--doc-type" in err
    assert run(capsys, "approvals", "remove", rid, "--db", shop)[0] == 0
    assert json.loads(run(capsys, "approvals", "list", "--json", "--db", shop)[1]) == []
    code, out, err = run(capsys, "approvals", "remove", rid, "--db", shop, "--lang", "en")
    assert code == 1 and "No approval rule" in err


def test_approval_rules_made_together_get_ids_a_user_can_tell_apart(shop, capsys):
    """Ids are uuid7 (time first): rules made within a minute share their first 8 characters. The
    list shows each rule's shortest prefix no other rule has, and that prefix is what --id takes."""
    for amount in ("1000", "2000", "3000"):
        assert (
            run(capsys, "approvals", "set", "--doc-type", "purchase_order", "--min-amount", amount, "--db", shop)[0]
            == 0
        )
    full = [r["id"] for r in json.loads(run(capsys, "approvals", "list", "--json", "--db", shop)[1])]
    code, out, err = run(capsys, "approvals", "list", "--db", shop, "--lang", "en")
    shown = [line.split()[0] for line in out.splitlines()[1:]]
    assert len(set(shown)) == 3 and all(len(s) >= 8 and any(f.startswith(s) for f in full) for s in shown)
    for prefix in shown:  # each one names its own rule
        assert run(capsys, "approvals", "remove", prefix, "--db", shop)[0] == 0
    assert json.loads(run(capsys, "approvals", "list", "--json", "--db", shop)[1]) == []


def test_product_customer_supplier_warehouse_add_and_edit(shop, capsys):
    db = ("--db", shop)
    code, out, err = run(capsys, "product", "add", "MILK", "--name", "牛奶", "--price", "4.5", "--cost", "3", *db)
    assert code == 0, err
    assert run(capsys, "product", "edit", "MILK", "--price", "4.8", "--spec", "250ml", *db)[0] == 0
    d = json.loads(run(capsys, "product", "show", "MILK", "--json", *db)[1])
    assert (D(d["sale_price"]), D(d["purchase_price"]), d["spec"], d["name"]) == (D("4.8"), D("3"), "250ml", "牛奶")
    code, out, err = run(capsys, "product", "add", "MILK", "--name", "x", *db, "--lang", "zh_CN")
    assert code == 1 and "MILK" in err and "edit" in err
    code, out, err = run(capsys, "product", "edit", "NOPE", "--price", "1", *db, "--lang", "en")
    assert code == 1 and "No product with code NOPE" in err
    code, out, err = run(capsys, "product", "edit", "MILK", "--price", "-1", *db, "--lang", "zh_CN")
    assert code == 1 and "不能为负数" in err
    code, out, err = run(capsys, "product", "add", "EMPTY", *db, "--lang", "en")
    assert code == 1 and "--name" in err

    assert run(capsys, "customer", "add", "C02", "--name", "李四", "--credit-limit", "5000", *db)[0] == 0
    assert run(capsys, "customer", "edit", "C02", "--phone", "13800000000", *db)[0] == 0
    c = json.loads(run(capsys, "customer", "show", "C02", "--json", *db)[1])
    assert (c["phone"], D(c["credit_limit"]), c["name"]) == ("13800000000", D(5000), "李四")
    assert run(capsys, "supplier", "add", "S02", "--name", "乙公司", "--grade", "A", *db)[0] == 0
    assert run(capsys, "supplier", "edit", "S02", "--lead-time", "3", *db)[0] == 0
    s = json.loads(run(capsys, "supplier", "show", "S02", "--json", *db)[1])
    assert (s["grade"], s["lead_time_days"]) == ("A", 3)
    assert run(capsys, "warehouse", "add", "SHOP", "--name", "门店仓", *db)[0] == 0
    assert run(capsys, "warehouse", "edit", "SHOP", "--address", "北京路 1 号", *db)[0] == 0
    w = json.loads(run(capsys, "warehouse", "show", "SHOP", "--json", *db)[1])
    assert (w["name"], w["address"], len(w["bins"])) == ("门店仓", "北京路 1 号", 1)


def test_purchase_edit_draft(shop, capsys):
    db = ("--db", shop)
    assert run(capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "TEA:10:6", *db)[0] == 0
    number = json.loads(run(capsys, "purchase", "list", "--json", *db)[1])[0]["number"]
    code, out, err = run(capsys, "purchase", "edit", number, "--line", "TEA:12@6.5", "--line", "CUP:3@2", *db)
    assert code == 0, err
    d = json.loads(run(capsys, "purchase", "show", number, "--json", *db)[1])
    assert [(l["product_code"], D(l["qty"]), D(l["price"])) for l in d["lines"]] == [
        ("TEA", D(12), D("6.5")),
        ("CUP", D(3), D(2)),
    ]
    assert D(d["gross_total"]) == (D(78) + D(6)) * D("1.13")
    assert run(capsys, "purchase", "edit", number, "--remove", "CUP", *db)[0] == 0
    d = json.loads(run(capsys, "purchase", "show", number, "--json", *db)[1])
    assert [l["product_code"] for l in d["lines"]] == ["TEA"]
    code, out, err = run(capsys, "purchase", "edit", number, "--remove", "CUP", *db, "--lang", "en")
    assert code == 1 and "has no line for CUP" in err
    code, out, err = run(capsys, "purchase", "edit", number, "--line", "TEA:x@1", *db, "--lang", "zh_CN")
    assert code == 1 and "错误" in err
    assert run(capsys, "purchase", "order", "confirm", number, *db)[0] == 0
    code, out, err = run(capsys, "purchase", "edit", number, "--line", "TEA:1", *db, "--lang", "en")
    assert code == 1 and "only a draft can be edited" in err


def test_finance_invoice_register(shop, capsys):
    db = ("--db", shop)
    code, out, err = run(
        capsys,
        "finance",
        "invoice",
        "register",
        "--supplier",
        "S01",
        "--number",
        "0001234",
        "--net",
        "100",
        "--tax",
        "13",
        *db,
    )
    assert code == 0, err
    rows = json.loads(run(capsys, "finance", "invoice", "list", "--received", "--json", *db)[1])
    assert [(r["number"], r["gross"], r["party_code"]) for r in rows] == [("0001234", "113.00", "S01")]
    code, out, err = run(
        capsys,
        "finance",
        "invoice",
        "register",
        "--supplier",
        "S01",
        "--number",
        "0001234",
        "--net",
        "1",
        "--tax",
        "0",
        *db,
        "--lang",
        "zh_CN",
    )
    assert code == 1 and "已登记" in err
    code, out, err = run(
        capsys,
        "finance",
        "invoice",
        "register",
        "--customer",
        "C01",
        "--number",
        "9",
        "--net",
        "1",
        "--tax",
        "0",
        "--link",
        "DN-1",
        *db,
        "--lang",
        "en",
    )
    assert code == 1 and "DN-1" in err


def test_invoice_links_a_receipt(shop, capsys):
    db = ("--db", shop)
    assert (
        run(capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "TEA:10:6", "--confirm", *db)[0] == 0
    )
    number = json.loads(run(capsys, "purchase", "list", "--json", *db)[1])[0]["number"]
    code, out, err = run(capsys, "purchase", "receive", number, "--warehouse", "MAIN", *db, "--lang", "en")
    assert code == 0, err
    receipt = re.search(r"PR-\d{4}-\d{6}", out).group(0)
    open_docs = json.loads(run(capsys, "finance", "invoice", "uninvoiced", "--received", "--json", *db)[1])
    assert [(r["doc_number"], r["uninvoiced"]) for r in open_docs] == [(receipt, "67.80")]
    code, out, err = run(
        capsys,
        "finance",
        "invoice",
        "register",
        "--supplier",
        "S01",
        "--number",
        "88001",
        "--net",
        "60",
        "--tax",
        "7.80",
        "--type",
        "special",
        "--link",
        receipt,
        *db,
        "--lang",
        "zh_CN",
    )
    assert code == 0, err
    assert "88001" in out and "67.80" in out
    rows = json.loads(run(capsys, "finance", "invoice", "list", "--received", "--json", *db)[1])
    assert [(r["number"], r["invoice_type"], r["gross"], r["linked"], r["documents"]) for r in rows] == [
        ("88001", "special", "67.80", "67.80", receipt)
    ]
    assert json.loads(run(capsys, "finance", "invoice", "uninvoiced", "--received", "--json", *db)[1]) == []


def test_roles_and_users_in_words(shop, capsys, monkeypatch):
    """``roles`` shows each role's code (what --role takes) with its name and the permissions in
    words; ``users`` the role's name — not ``view_cost, edit_prices`` or ``buyer``."""
    monkeypatch.setenv("ERP_NEW_PASSWORD", "s3cret-pass")
    monkeypatch.setenv("ERP_PASSWORD", "s3cret-pass")  # a shop with a user asks for log-in
    assert run(capsys, "user-add", "boss", "--role", "owner", "--db", shop)[0] == 0
    code, out, err = run(capsys, "user-add", "amy", "--role", "buyer", "--db", shop, "--user", "boss")
    assert code == 0, err
    code, out, err = run(capsys, "roles", "--db", shop, "--lang", "en", "--user", "boss")
    assert code == 0, err
    buyer = next(line for line in out.splitlines() if line.startswith("buyer"))
    assert "Buyer" in buyer and "View cost and margin" in buyer and "view_cost" not in buyer
    code, out, err = run(capsys, "users", "--db", shop, "--lang", "en", "--user", "boss")
    amy = next(line for line in out.splitlines() if line.startswith("amy"))
    assert amy.split()[1] == "Buyer"
    code, out, err = run(
        capsys,
        "role-save",
        "cashier",
        "--perm",
        "sell",
        "--perm",
        "post",
        "--db",
        shop,
        "--lang",
        "en",
        "--user",
        "boss",
    )
    assert code == 0 and "Sell" in out and "Post documents" in out
    roles = json.loads(run(capsys, "roles", "--json", "--db", shop, "--user", "boss")[1])
    assert {"name": "cashier", "permissions": ["post", "sell"]}.items() <= next(
        r for r in roles if r["name"] == "cashier"
    ).items()


def test_show_of_a_record_is_in_words(shop, capsys):
    """``customer show`` / ``warehouse show`` / ``product show`` as a table: the fields' titles,
    yes/no, the warehouse's policy and a contact as words — no ``payment_terms_days``, ``True``,
    ``forbid``, ``{'name': …}`` or ids."""
    db = ("--db", shop, "--lang", "en")
    assert run(capsys, "customer", "edit", "C01", "--phone", "13800000000", "--credit-limit", "800", *db)[0] == 0
    capsys.readouterr()
    code, out, err = run(capsys, "customer", "show", "C01", *db)
    assert code == 0, err
    fields = dict(line.split(None, 1) if " " in line.strip() else (line.strip(), "") for line in out.splitlines()[1:])
    assert "payment_terms_days" not in out and "True" not in out and "{" not in out and "_id" not in out
    assert out.splitlines()[0].split()[:2] == ["Field", "Current"]
    assert "Payment terms (days)" in out and "Credit limit" in out and "Tax ID" in out
    assert fields["Code"].strip() == "C01" and fields["Active"].strip() == "yes"
    code, out, err = run(capsys, "warehouse", "show", "MAIN", *db)
    assert "Negative stock" in out and "forbid" not in out.split("Negative stock")[1].splitlines()[0]
    assert "A-01" in next(line for line in out.splitlines() if line.startswith("Bins"))
    code, out, err = run(capsys, "product", "show", "TEA", *db)
    assert "Sale price" in out and "category_id" not in out and "绿茶" in out


def test_purchase_show_tells_the_approval_history_in_words(shop, capsys):
    db = ("--db", shop, "--lang", "en")
    assert run(capsys, "approvals", "set", "--doc-type", "purchase_order", "--min-amount", "100", *db)[0] == 0
    code, out, err = run(capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "TEA:100:6", *db)
    assert code == 0, err
    number = json.loads(run(capsys, "purchase", "list", "--json", *db)[1])[0]["number"]
    code, out, err = run(capsys, "purchase", "order", "submit", number, *db)
    assert code == 0, err
    code, out, err = run(capsys, "purchase", "show", number, *db)
    assert code == 0, err
    history = [line for line in out.splitlines() if line.startswith("  20")]
    assert history and "requested" in history[-1] and "(Owner)" in history[-1] and "(owner)" not in history[-1]


def test_refusals_name_the_state_and_role_in_words(shop, capsys, monkeypatch):
    """ "Order PO-… is Partly received", "Stock count SC-… is Posted", "(Salesperson)" — never the
    stored ``partly_received`` / ``posted`` / ``sales``."""
    db = ("--db", shop, "--lang", "en")
    assert run(capsys, "purchase", "order", "create", "--supplier", "S01", "--line", "TEA:4:6", *db)[0] == 0
    number = json.loads(run(capsys, "purchase", "list", "--json", *db)[1])[0]["number"]
    assert run(capsys, "purchase", "order", "confirm", number, *db)[0] == 0
    assert run(capsys, "purchase", "receive", number, "--warehouse", "MAIN", "--line", "TEA:1", *db)[0] == 0
    code, out, err = run(capsys, "purchase", "order", "confirm", number, *db)
    assert code == 1 and "Partly received" in err and "partly_received" not in err
    code, out, err = run(capsys, "purchase", "edit", number, "--note", "x", *db)
    assert code == 1 and "Partly received" in err and "partly_received" not in err
    code, out, err = run(capsys, "stock", "count-create", "--warehouse", "MAIN", *db)
    count = re.search(r"SC-[\d-]+", out).group(0)
    assert run(capsys, "stock", "count-post", count, *db)[0] == 0
    code, out, err = run(capsys, "stock", "count-set", count, "TEA", "1", "--bin", "A-01", *db)
    assert code == 1 and "Posted" in err and " posted " not in err
    monkeypatch.setenv("ERP_NEW_PASSWORD", "s3cret-pass")
    monkeypatch.setenv("ERP_PASSWORD", "s3cret-pass")
    assert run(capsys, "user-add", "boss", "--role", "owner", *db)[0] == 0
    assert run(capsys, "user-add", "sam", "--role", "sales", *db, "--user", "boss")[0] == 0
    code, out, err = run(capsys, "finance", "close", "2020-01", *db, "--user", "sam")
    assert code == 1 and "(Salesperson)" in err and "(sales)" not in err, err


def test_money_accounts_requisitions_and_voucher_templates_in_words(shop, capsys):
    db = ("--db", shop, "--lang", "en")
    assert run(capsys, "finance", "accounts", "--add", "XJ01", "--name", "现金", "--kind", "cash", *db)[0] == 0
    capsys.readouterr()
    code, out, err = run(capsys, "finance", "accounts", *db)
    row = next(line for line in out.splitlines() if line.startswith("XJ01"))
    assert row.split()[2] == "Cash", row  # not the stored "cash"
    code, out, err = run(capsys, "purchase", "requisition", "create", "--line", "TEA:5", *db)
    assert code == 0, err
    code, out, err = run(capsys, "purchase", "requisition", "list", *db)
    row = out.splitlines()[1]
    assert "Not ordered" in row and " open " not in f" {row} "
    code, out, err = run(capsys, "finance", "voucher", "templates", "--lang", "zh_CN", "--db", shop)
    assert code == 0, err
    assert out.splitlines()[0].split()[0] == "凭证模板"  # the shop's seeded 常用凭证: not 款式 (a product template)


def test_stock_onhand_tells_same_named_products_apart_by_spec(uow, db_path, capsys):
    with uow.write() as tx:
        factories.product(tx, "LS28", name="乐事薯片原味", spec="70g")
        factories.product(tx, "LS29", name="乐事薯片原味", spec="135g")
        factories.warehouse(tx, "MAIN", bins=("A-01",))
    db = ("--db", db_path, "--lang", "zh_CN")
    assert (
        run(capsys, "stock", "receive", "--warehouse", "MAIN", "--reason", "opening", "LS28:5:4", "LS29:3:7", *db)[0]
        == 0
    )
    capsys.readouterr()
    code, out, err = run(capsys, "stock", "onhand", *db)
    assert code == 0, err
    lines = out.splitlines()
    assert "规格" in lines[0]
    assert [line.split()[:3] for line in lines[1:]] == [
        ["LS28", "乐事薯片原味", "70g"],
        ["LS29", "乐事薯片原味", "135g"],
    ]
    assert len({display_width(line) for line in lines}) == 1  # still lined up
    rows = json.loads(run(capsys, "stock", "onhand", "--json", "--db", db_path)[1])
    assert [(r["product_code"], r["spec"]) for r in rows] == [("LS28", "70g"), ("LS29", "135g")]


def test_chart_of_accounts_kinds_in_words(shop, capsys):
    code, out, err = run(capsys, "finance", "chart", "--db", shop, "--lang", "en")
    assert code == 0, err
    cash = next(line for line in out.splitlines() if line.startswith("1001 "))
    assert "Asset" in cash and " asset" not in cash
    payable = next(line for line in out.splitlines() if line.startswith("2202 "))
    assert "Liability" in payable
