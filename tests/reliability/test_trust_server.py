# ruff: noqa: F811  (the sync fixtures are imported by name and used as arguments)
"""The shared database refuses what a PC's login may not do (issue 21), against the real
PostgreSQL: one login per PC made by the owner's PC from a one-time invitation; ledgers
append-only; users, roles, settings and closed periods written only by the owner; refused pushes
set aside on the PC and listed for the owner; a revoked PC cannot sync. Every role created here is
named after the test's own database and dropped at the end."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from erp_desktop.errors import UserError
from erp_desktop.models.catalog import Product
from erp_desktop.models.finance import ClosedPeriod
from erp_desktop.models.parties import Customer
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import roles
from erp_desktop.services.system import auth
from tests.support.analysis import build_story
from tests.sync.conftest import _pg_base, _shop_template, pcs, pg_template, servers  # noqa: F401

PW = "secret-1"
ROLES = ("sales", "warehouse", "accountant", "buyer")


@pytest.fixture(autouse=True)
def _cheap(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


@pytest.fixture
def shop(servers, pcs):
    """An owner PC with a trading story on a fresh server with the shop's roles; one invited and
    joined login per role. Every role is dropped afterwards."""
    url = servers.new()
    owner_engine = create_engine(url)
    try:
        yield from _shop(url, owner_engine, pcs)
    finally:
        sync.dispose_engines()
        roles.drop(owner_engine)
        owner_engine.dispose()


def _shop(url, owner_engine, pcs):
    roles.install(owner_engine)
    owner = pcs.new("owner")
    auth.create_user(owner, "boss", PW)
    boss = owner.as_actor(auth.authenticate(owner, "boss", PW))
    auth.create_user(boss, "sam", PW, role="sales")
    build_story(boss)
    sync.sync_now(owner, url)
    logins = {}
    for role in ROLES:
        invitation = roles.invite(owner_engine, f"{role} pc", role)
        pc_url = _as(url, invitation.login, invitation.password)
        accepted = roles.accept(create_engine(pc_url), f"own-{role}-password")
        assert accepted == role
        logins[role] = (invitation.login, _as(url, invitation.login, f"own-{role}-password"))
    yield url, owner_engine, owner, boss, logins


def _as(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


ATTACKS = [
    "DELETE FROM journal_line",
    "UPDATE journal_line SET debit = debit + 100 WHERE debit > 0",
    "DELETE FROM stock_move",
    "UPDATE stock_move SET qty = qty + 1",
    "DELETE FROM audit_log",
    "UPDATE audit_log SET summary = 'nothing happened'",
    "DELETE FROM journal_entry",
    "UPDATE sales_delivery SET net_total = net_total + 100, customer_id = gen_random_uuid()",
    "DELETE FROM sales_delivery",
    "UPDATE app_user SET role = 'owner' WHERE username = 'sam'",
    "UPDATE app_user SET password_hash = 'scrypt$1024$8$1$AAAA$AAAA' WHERE username = 'boss'",
    "INSERT INTO app_user (id, username, display_name, password_hash, role, active, active_hlc, role_hlc, "
    "password_hlc, created_at, updated_at, origin_pc, hlc) VALUES (gen_random_uuid(), 'mallory', '', 'x', 'owner', "
    "true, 0, 0, 0, now(), now(), 'x', 1)",
    "INSERT INTO role (id, name, description, permissions, active, created_at, updated_at, origin_pc, hlc) "
    "VALUES (gen_random_uuid(), 'god', '', '[]', true, now(), now(), 'x', 1)",
    "UPDATE closed_period SET month = month",
    "INSERT INTO closed_period (id, year, month, closed_at, user_name, note, created_at, updated_at, origin_pc, hlc) "
    "VALUES (gen_random_uuid(), 2025, 1, now(), 'x', '', now(), now(), 'x', 1)",
    "DELETE FROM closed_period",
    "UPDATE app_setting SET value = 'false' WHERE key = 'login_required'",
    "DROP TABLE journal_line",
    "DROP TABLE sync_change",
    "TRUNCATE audit_log",
    "DROP SCHEMA public CASCADE",
    "ALTER TABLE journal_line DISABLE TRIGGER erp_guard",
    "CREATE TABLE evil (x int)",
    "DELETE FROM sync_change",
    "UPDATE sync_login SET revoked_at = NULL",
]


def _refused(url: str, sql: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql))
            if sql.startswith(("UPDATE", "DELETE")) and result.rowcount == 0:
                return False  # nothing matched: not a proof either way (the data has the rows)
        return False
    except DBAPIError:
        return True
    finally:
        engine.dispose()


def test_each_role_is_refused_every_attack_in_sql(shop):
    url, owner_engine, *_rest, logins = shop
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM journal_line")).scalar() > 0
        assert conn.execute(text("SELECT count(*) FROM closed_period")).scalar() == 0
        conn.execute(text("INSERT INTO closed_period SELECT * FROM closed_period"))  # no-op
    with owner_engine.begin() as conn:  # one closed period so that its UPDATE/DELETE matter
        conn.execute(
            text(
                "INSERT INTO closed_period (id, year, month, closed_at, user_name, note, created_at, updated_at, "
                "origin_pc, hlc) VALUES (gen_random_uuid(), 2025, 12, now(), 'boss', '', now(), now(), 'x', 1)"
            )
        )
    for role, (_login, pc_url) in logins.items():
        allowed = [sql for sql in ATTACKS if not _refused(pc_url, sql)]
        assert allowed == [], (role, allowed)
    with owner_engine.connect() as conn:  # nothing changed
        assert conn.execute(text("SELECT count(*) FROM app_user WHERE role = 'owner'")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0


def test_even_the_owner_credential_cannot_rewrite_the_ledgers(shop):
    url, *_ = shop
    for sql in ("DELETE FROM journal_line", "UPDATE stock_move SET qty = qty + 1", "DELETE FROM audit_log"):
        assert _refused(url, sql), sql


def test_a_sales_pc_pushes_what_it_may_and_its_money_receipt_and_price_change_are_set_aside(shop, pcs):
    url, owner_engine, owner, boss, logins = shop
    login, pc_url = logins["sales"]
    counter = pcs.new("counter")
    assert sync.sync_now(counter, pc_url).cloned
    from erp_desktop.models.payments import MoneyAccount
    from erp_desktop.models.sales import SalesOrder

    with counter.read() as tx:
        customer = tx.scalar(select(Customer.id).limit(1))
        account = tx.scalar(select(MoneyAccount.id).limit(1))
        orders_before = tx.query(SalesOrder).count()
        assert tx.query(MoneyAccount).count() >= 1
    # a sale (allowed), a money receipt (finance: not for sales) and a price change (edit_master)
    from erp_desktop.services import sales

    product_id = _product(counter)
    order = sales.create_order(
        counter, customer_id=customer, lines=[sales.LineInput(product_id, D("1"))], on=date(2026, 3, 20)
    )
    finance_money.receive_money(
        counter, customer_id=customer, amount=D("5.00"), account_id=account, on=date(2026, 3, 20)
    )
    with counter.write() as tx:
        tx.get(Product, product_id).sale_price = D("1.00")
    sync.sync_now(counter, pc_url)
    from erp_desktop.services import sync as sync_face

    problems = sync_face.list_problems(counter)
    tables = {p.table_name for p in problems}
    assert "money_txn" in tables and "product" in tables, tables
    assert all("refused by the shared database" in p.message or p.message for p in problems)
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sales_order WHERE id = :i"), {"i": order.id}).scalar() == 1
        assert (
            conn.execute(
                text("SELECT count(*) FROM journal_entry WHERE doc_type = 'RC' AND origin_pc = :pc"),
                {"pc": counter.pc_id},
            ).scalar()
            == 0
        )
        assert (
            conn.execute(text("SELECT count(*) FROM money_txn WHERE kind = 'receipt' AND amount = 500")).scalar() == 0
        )
        assert conn.execute(text("SELECT sale_price FROM product WHERE id = :i"), {"i": product_id}).scalar() != 100
    refusals = roles.list_refusals(owner_engine)
    refused_tables = {r[2] for r in refusals if r[1] == login}
    assert "product" in refused_tables and refused_tables & {"money_txn", "journal_entry"}, refused_tables
    assert [r for r in roles.list_logins(owner_engine) if r.login == login][0].refusals >= 2
    assert orders_before >= 0


def _product(uow):
    with uow.read() as tx:
        return tx.scalar(select(Product.id).order_by(Product.code).limit(1))


def test_a_posting_into_a_closed_month_is_refused_by_the_server(shop, pcs):
    url, owner_engine, owner, boss, logins = shop
    _login, pc_url = logins["accountant"]
    books = pcs.new("accountant")
    sync.sync_now(books, pc_url)
    with books.read() as tx:
        from erp_desktop.models.payments import MoneyAccount

        account = tx.scalar(select(MoneyAccount.id).limit(1))
    # offline: an expense dated February, while the owner closes February
    finance_money.record_other(
        books, kind="expense", account_id=account, counter_account="5602", amount=D("7.00"), on=date(2026, 2, 27)
    )
    with owner.write() as tx:
        tx.add(ClosedPeriod(year=2026, month=2, user_name="boss"))
    sync.sync_now(owner, url)
    sync.sync_now(books, pc_url)
    from erp_desktop.services import sync as sync_face

    messages = [p.message for p in sync_face.list_problems(books)]
    assert any("closed month" in m for m in messages), messages
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM journal_entry WHERE \"on\" = '2026-02-27'")).scalar() == 0


def test_invitations_are_one_time_and_expire_and_a_revoked_pc_cannot_sync(shop, pcs):
    url, owner_engine, owner, boss, logins = shop
    invitation = roles.invite(owner_engine, "spare", "sales")
    code_url = _as(url, invitation.login, invitation.password)
    roles.accept(create_engine(code_url), "chosen-pass-1")
    # (the test server trusts 127.0.0.1, so PostgreSQL does not check passwords here; with
    # scram-sha-256 the one-time password stops working at once and VALID UNTIL ends it)
    with pytest.raises(DBAPIError, match="already used"):
        roles.accept(create_engine(_as(url, invitation.login, "chosen-pass-1")), "again")
    expired = roles.invite(owner_engine, "late", "sales", hours=-1)
    with pytest.raises(DBAPIError, match="expired"):
        roles.accept(create_engine(_as(url, expired.login, expired.password)), "too-late-1")
    login, pc_url = logins["warehouse"]
    warehouse = pcs.new("warehouse")
    sync.sync_now(warehouse, pc_url)
    roles.revoke(owner_engine, login)
    sync.dispose_engines()
    with pytest.raises(UserError):
        sync.sync_now(warehouse, pc_url)
    row = [r for r in roles.list_logins(owner_engine) if r.login == login][0]
    assert row.revoked_at is not None and row.joined_at is not None


def test_the_command_line_invites_joins_lists_and_revokes(servers, pcs, monkeypatch, capsys):
    from erp_desktop import cli

    url = servers.new()
    owner_engine = create_engine(url)
    monkeypatch.setattr(sync, "_keyring", lambda: None)
    monkeypatch.setattr(sync, "_MEMORY", {})
    try:
        owner = pcs.new("owner")
        build_story(owner)
        db_owner = ["--db", owner.engine.url.database]
        assert cli.main(db_owner + ["sync", "--server", url]) == 0
        assert cli.main(db_owner + ["sync-roles", "--server", url]) == 0
        capsys.readouterr()
        assert cli.main(db_owner + ["sync-invite", "counter", "--role", "sales", "--server", url]) == 0
        code = capsys.readouterr().out.strip().splitlines()[-1]
        counter = pcs.new("counter")
        db_counter = ["--db", counter.engine.url.database]
        monkeypatch.setenv("ERP_NEW_SYNC_PASSWORD", "counter-own-secret")
        assert cli.main(db_counter + ["sync-join", code, "--sslmode", "disable"]) == 0
        assert "role sales" in capsys.readouterr().out
        assert cli.main(db_counter + ["sync"]) == 0  # with its own login, from the saved settings
        assert "joined the shop" in capsys.readouterr().out
        assert cli.main(db_counter + ["sync-join", code]) == 1  # once only
        assert "already used" in capsys.readouterr().err
        assert cli.main(db_owner + ["sync-pcs", "--server", url]) == 0
        listing = capsys.readouterr().out
        login = decode(code)["l"]
        assert login in listing and "sales" in listing
        assert cli.main(db_owner + ["sync-revoke", login, "--server", url]) == 0
        sync.dispose_engines()
        assert cli.main(db_counter + ["sync"]) == 1
        assert "not permitted to log in" in capsys.readouterr().err
    finally:
        sync.dispose_engines()
        roles.drop(owner_engine)
        owner_engine.dispose()


def decode(code):
    return roles.decode_invitation(code)


def test_the_owner_sees_the_pcs_and_refusals_in_settings_sync(shop, ui_ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.settings import sync as sync_page
    from erp_desktop.ui.tasks import SyncRunner

    url, owner_engine, owner, boss, logins = shop
    u = make_url(url)
    sync.save_settings(boss, sync.SyncSettings(u.host, u.port or 5432, u.database, u.username, "disable"), "")
    ctx = AppContext(boss, runner=SyncRunner(), settings=ui_ctx.settings)
    page = sync_page.create_page(ctx)
    qtbot.addWidget(page)
    assert page.pcs_button.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    page.show_pcs()
    assert shown and all(login in shown[0] for login, _url in logins.values())
    assert "(accountant)" in shown[0] and "0 refused" in shown[0]
    sam = owner.as_actor(auth.authenticate(owner, "sam", PW))
    clerk = sync_page.create_page(AppContext(sam, runner=SyncRunner(), settings=ui_ctx.settings))
    qtbot.addWidget(clerk)
    assert not clerk.pcs_button.isEnabled()
