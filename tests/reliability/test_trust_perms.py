"""Every path checks permissions (issue 21, review B4/B5/B6).

- Every command of the command line is in ``commands.permissions.COMMAND_PERMISSIONS``; each one
  that needs a permission is run through its real handler, with a user of each built-in role that
  lacks it, and must be refused before it reads or writes anything.
- Every face function that shows cost or margin refuses a role without ``view_cost`` (or leaves the
  cost out, for the lists a clerk needs): table-driven, each built-in role.
"""

from __future__ import annotations

import argparse
import shutil
from datetime import date
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from erp_desktop import cli
from erp_desktop.commands import check_command_permission, run_command
from erp_desktop.commands.permissions import COMMAND_PERMISSIONS, permission_for
from erp_desktop.errors import PermissionDenied
from erp_desktop.services import analysis, finance, inventory, masterdata
from erp_desktop.services.printing import sources as printing
from erp_desktop.services.system import auth
from erp_desktop.services.system.auth import ROLE_PERMISSIONS, Perm
from erp_desktop.storage.uow import Actor
from tests.support.analysis import build_story

ROLES = tuple(ROLE_PERMISSIONS)
PASSWORD = "secret-1"


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch):
    """The walk logs in a few hundred times: hash at n=2**10 here (the parameters travel with
    the hash, so nothing is upgraded at log-in)."""
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


def _leaves(parser: argparse.ArgumentParser, path=()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield " ".join(path), parser
        return
    for action in subs:
        for name, sub in action.choices.items():
            yield from _leaves(sub, (*path, name))


def _users(uow) -> dict[str, str]:
    auth.create_user(uow, "boss", PASSWORD, role="owner")
    boss = uow.as_actor(auth.authenticate(uow, "boss", PASSWORD))
    names = {"owner": "boss"}
    for role in ROLES[1:]:
        auth.create_user(boss, f"u_{role}", PASSWORD, role=role)
        names[role] = f"u_{role}"
    return names


def _actor(uow, role: str):
    return uow.as_actor(Actor(username=f"u_{role}", role=role, permissions=ROLE_PERMISSIONS[role]))


# --- the command line ---------------------------------------------------------------------
def test_every_command_is_in_the_permission_table():
    paths = {path for path, _parser in _leaves(cli.build_parser())}
    assert paths == set(COMMAND_PERMISSIONS), (
        f"missing: {sorted(paths - set(COMMAND_PERMISSIONS))}; stale: {sorted(set(COMMAND_PERMISSIONS) - paths)}"
    )
    assert {p for p in COMMAND_PERMISSIONS.values() if p is not None} <= auth.ALL
    assert permission_for("some future command") == Perm.MAINTENANCE  # forgotten = owner only


def test_the_parser_names_each_command_for_the_check():
    parser = cli.build_parser()
    args = parser.parse_args(["sales", "order", "confirm", "SO-1"])
    assert args.command_path == "sales order confirm"
    args = parser.parse_args(["--db", "x", "backup", "f"])
    assert args.command_path == "backup"


@pytest.mark.parametrize("role", ROLES)
def test_the_gate_allows_exactly_what_each_role_holds(role):
    actor = Actor(username="x", role=role, permissions=ROLE_PERMISSIONS[role])
    for path, needed in COMMAND_PERMISSIONS.items():
        args = argparse.Namespace(command_path=path)
        if needed is None or needed in ROLE_PERMISSIONS[role]:
            check_command_permission(args, actor)
        else:
            with pytest.raises(PermissionDenied):
                check_command_permission(args, actor)


def _namespace(leaf: argparse.ArgumentParser, db, user: str) -> argparse.Namespace:
    """What argparse would give the command with no arguments of its own (required ones get a
    harmless placeholder: the permission check must come before any of them is used)."""
    ns = argparse.Namespace()
    for action in leaf._actions:
        if action.dest in ("help",) or action.default is argparse.SUPPRESS:
            continue
        value = action.default
        if value is None and (action.required or not action.option_strings):
            value = [] if action.nargs in ("*", "+") else "X-NOT-USED"
        setattr(ns, action.dest, value)
    for key, value in leaf._defaults.items():
        setattr(ns, key, value)
    ns.db, ns.user, ns.lang = str(db), user, None
    return ns


def test_every_command_refuses_each_role_without_its_permission(db_path, uow, monkeypatch, capsys):
    """The walk: each command that needs a permission, through its real handler, as each role
    that lacks it. The shop file must be unchanged afterwards (nothing read-then-written)."""
    names = _users(uow)
    uow.engine.dispose()
    monkeypatch.setenv("ERP_PASSWORD", PASSWORD)
    before = db_path.read_bytes()
    refused = 0
    for path, leaf in _leaves(cli.build_parser()):
        needed = COMMAND_PERMISSIONS[path]
        if needed is None:
            continue
        for role in ROLES:
            if needed in ROLE_PERMISSIONS[role]:
                continue
            args = _namespace(leaf, db_path, names[role])
            with pytest.raises(PermissionDenied) as caught:
                run_command(args)
            assert needed in caught.value.message or "may not" in caught.value.message, (path, role)
            refused += 1
    assert refused > 150  # 60-odd commands × the roles lacking each
    assert db_path.read_bytes() == before or _same_rows(db_path, before)


def _same_rows(db_path, before: bytes) -> bool:
    """WAL checkpoints may rewrite pages; compare the business rows instead."""
    import sqlite3

    old = db_path.with_suffix(".before")
    old.write_bytes(before)
    out = []
    for p in (old, db_path):
        con = sqlite3.connect(p)
        out.append(
            [
                con.execute(f"SELECT count(*) FROM {t}").fetchone()
                for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            ]
        )
        con.close()
    return out[0] == out[1]


def test_restore_asks_for_log_in_before_replacing_the_shop(db_path, uow, tmp_path, monkeypatch, capsys):
    """B5: with log-in on, ``restore`` without a user (or as a clerk) leaves the shop as it was."""
    _users(uow)
    uow.engine.dispose()  # checkpoint the WAL: the copy holds the users
    foreign = tmp_path / "foreign.sqlite3"
    shutil.copyfile(db_path, foreign)
    with uow.write() as tx:
        from erp_desktop.models.catalog import Product

        tx.add(Product(code="KEEP", name="kept"))
    uow.engine.dispose()
    monkeypatch.setenv("ERP_PASSWORD", PASSWORD)
    assert cli.main(["--db", str(db_path), "restore", str(foreign)]) == 1
    assert "log-in" in capsys.readouterr().err
    assert cli.main(["--db", str(db_path), "--user", "u_sales", "restore", str(foreign)]) == 1
    assert "Nothing was changed" in capsys.readouterr().err
    assert not list(db_path.parent.glob("*before-restore*"))
    import sqlite3

    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM product WHERE code='KEEP'").fetchone() == (1,)
    con.close()
    assert cli.main(["--db", str(db_path), "--user", "boss", "restore", str(foreign)]) == 0


def test_clerk_cannot_backup_rebuild_or_read_costs_from_the_command_line(db_path, uow, tmp_path, monkeypatch, capsys):
    _users(uow)
    build_story(uow)
    uow.engine.dispose()
    monkeypatch.setenv("ERP_PASSWORD", PASSWORD)
    db = ["--db", str(db_path), "--user", "u_sales"]
    target = tmp_path / "copy.sqlite3"
    for argv in (
        ["backup", str(target)],
        ["sync", "--rebuild"],
        ["finance", "profit", "--from", "2026-03-01", "--to", "2026-03-31"],
        ["finance", "trial-balance", "--from", "2026-03-01", "--to", "2026-03-31"],
        ["stock", "valuation"],
        ["report", "pivot", "--rows", "product", "--measure", "margin"],
    ):
        assert cli.main(db + argv) == 1, argv
        assert "may not" in capsys.readouterr().err, argv
    assert not target.exists()
    out = tmp_path / "products.xlsx"
    assert cli.main(db + ["export", "products", str(out)]) == 0
    headers = [c.value for c in next(load_workbook(out).active.iter_rows(max_row=1))]
    assert "Purchase price" not in headers and "Code" in headers
    capsys.readouterr()
    assert cli.main(["--db", str(db_path), "--user", "u_buyer", "export", "products", str(out)]) == 0
    headers = [c.value for c in next(load_workbook(out).active.iter_rows(max_row=1))]
    assert "Purchase price" in headers
    assert cli.main(db + ["report", "dashboard"]) == 0
    text = capsys.readouterr().out
    assert "Gross margin" not in text and "Bank balances" not in text and "Sales this month" in text


# --- the services ------------------------------------------------------------------------------
def _spec(**kw):
    return analysis.PivotSpec(rows=("product",), start=date(2026, 1, 1), end=date(2026, 12, 31), **kw)


REFUSING = [  # (face function, permission): refused outright without it
    ("finance.trial_balance", lambda u, s: finance.trial_balance(u, start=date(2026, 3, 1), end=date(2026, 3, 31))),
    ("finance.profit_report", lambda u, s: finance.profit_report(u, start=date(2026, 3, 1), end=date(2026, 3, 31))),
    ("inventory.valuation", lambda u, s: inventory.valuation(u)),
    ("analysis.stock_overview", lambda u, s: analysis.stock_overview(u)),
    ("analysis.run_pivot margin", lambda u, s: analysis.run_pivot(u, _spec(measure="margin"))),
    ("analysis.run_pivot cost", lambda u, s: analysis.run_pivot(u, _spec(measure="cost"))),
    ("analysis.run_pivot margin_pct", lambda u, s: analysis.run_pivot(u, _spec(measure="margin_pct"))),
    ("analysis.run_pivot purchases", lambda u, s: analysis.run_pivot(u, _spec(source="purchases", measure="qty"))),
    ("analysis.drill margin", lambda u, s: analysis.drill(u, _spec(measure="margin"), ("",))),
    ("masterdata.export_list quotes", lambda u, s: masterdata.export_list(u, "quotes", s / "q.xlsx")),
]


@pytest.mark.parametrize("name,call", REFUSING, ids=[n for n, _ in REFUSING])
def test_cost_services_refuse_each_role_without_view_cost(uow, tmp_path, name, call):
    build_story(uow)
    for role in ROLES:
        actor = _actor(uow, role)
        if Perm.VIEW_COST in ROLE_PERMISSIONS[role]:
            call(actor, tmp_path)
        else:
            with pytest.raises(PermissionDenied):
                call(actor, tmp_path)


def test_lists_a_clerk_needs_leave_the_cost_out(uow, tmp_path):
    story = build_story(uow)
    for role in ROLES:
        actor = _actor(uow, role)
        sees = Perm.VIEW_COST in ROLE_PERMISSIONS[role]
        rows = inventory.on_hand_report(actor)
        assert rows and all((r.value != 0) == sees for r in rows if r.qty), role
        stock = inventory.product_stock(actor, story.shop.a)
        assert (stock.avg_cost == D("6.000000") or stock.avg_cost > 0) == sees, role
        moves = inventory.movement_history(actor, story.shop.a)
        assert any(m.value for m in moves) == sees, role
        result = analysis.run_pivot(actor, _spec(measure="revenue"))
        assert result.total.revenue > 0 and (result.total.cost != 0) == sees, role
        figures = {f.key for f in analysis.overview(actor, as_of=date(2026, 3, 20)).figures}
        assert ("margin_month" in figures) == sees, role
        assert "sales_month" in figures
        cols = {c.key for c in masterdata.columns(actor, "products", for_export=True)}
        assert ("purchase_price" in cols) == sees, role
        rows_out = list(masterdata.iter_list(actor, "products"))
        assert all(("purchase_price" in r) == sees for r in rows_out), role
        out = tmp_path / f"p-{role}.xlsx"
        masterdata.export_list(actor, "products", out)
        headers = [c.value for c in next(load_workbook(out).active.iter_rows(max_row=1))]
        assert ("Purchase price" in headers) == sees, role


def test_printouts_leave_purchase_prices_and_costs_out(uow):
    story = build_story(uow)
    from erp_desktop.models.purchasing import PurchaseReceipt

    with uow.read() as tx:
        receipt_id = tx.query(PurchaseReceipt.id).scalar()
    for role in ROLES:
        doc = printing.build(_actor(uow, role), "receipt", receipt_id)
        sees = Perm.VIEW_COST in ROLE_PERMISSIONS[role]
        assert any(line.price for line in doc.lines) == sees, role
        assert bool(doc.totals) == sees and (doc.grand_total is not None) == sees, role
        delivery = printing.build(_actor(uow, role), "delivery", story.dn1.id)
        assert all(line.price for line in delivery.lines), role  # sale prices are for everyone


def test_backup_and_verify_need_maintenance(uow):
    _users(uow)
    for role in ROLES:
        actor = _actor(uow, role)
        if role == "owner":
            auth.require_permission(actor, Perm.MAINTENANCE)
        else:
            with pytest.raises(PermissionDenied):
                auth.require_permission(actor, Perm.MAINTENANCE)
