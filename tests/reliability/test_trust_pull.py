# ruff: noqa: F811  (the sync fixtures are imported by name and used as arguments)
"""What a PC keeps, it needs (issue 21), against the real PostgreSQL: a PC login reads no password
hash in SQL; a PC's file holds the hashes of the users who sign in there only (the owner's PC all
of them); a user not mapped to a PC is told so at its log-in; a PC whose role may not see costs
holds no supplier or purchase-order prices and still posts its deliveries at cost, the books tying
out on the PC and the owner's PC; its syncs never blank the server's prices; ``sync-roles`` is
idempotent, scrubs what PCs pulled before, and an owner's sync says when the rules are older."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from erp_desktop.errors import PermissionDenied
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Customer, Supplier, SupplierQuote
from erp_desktop.models.sales import SalesDelivery
from erp_desktop.models.stock import ProductCost
from erp_desktop.models.system import User
from erp_desktop.money import money
from erp_desktop.services import sales
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import roles, withheld
from erp_desktop.services.system import auth
from erp_desktop.storage import logins
from tests.reliability.test_trust_online import online  # noqa: F401
from tests.support.analysis import build_story
from tests.sync.conftest import _pg_base, _shop_template, pcs, pg_template, servers  # noqa: F401
from tests.sync.helpers import assert_verified

PW = "secret-1"


@pytest.fixture(autouse=True)
def _cheap(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


def _as(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


@pytest.fixture
def shop(servers, pcs):
    """The owner's PC (boss, with sam and wendy, a trading story and a supplier price list) on a
    server with the shop's rules; a sales PC invited for sam only."""
    url = servers.new()
    owner_engine = create_engine(url)
    try:
        owner = pcs.new("owner")
        auth.create_user(owner, "boss", PW)
        boss = owner.as_actor(auth.authenticate(owner, "boss", PW))
        auth.create_user(boss, "sam", PW, role="sales")
        auth.create_user(boss, "wendy", PW, role="sales")
        build_story(boss)
        with boss.write() as tx:
            supplier = tx.scalar(select(Supplier.id).limit(1))
            product = tx.scalar(select(Product.id).order_by(Product.code).limit(1))
            tx.add(SupplierQuote(supplier_id=supplier, product_id=product, price=D("4.80")))
        sync.sync_now(owner, url)
        roles.install(owner_engine)
        invitation = roles.invite(owner_engine, "counter", "sales", users=["sam"])
        roles.accept(create_engine(_as(url, invitation.login, invitation.password)), "own-counter-pass")
        pc_url = _as(url, invitation.login, "own-counter-pass")
        yield url, owner_engine, owner, boss, invitation.login, pc_url
    finally:
        sync.dispose_engines()
        roles.drop(owner_engine)
        owner_engine.dispose()


def _refused(url: str, sql: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(sql)).all()
        return False
    except DBAPIError as exc:
        assert "permission denied" in str(exc)
        return True
    finally:
        engine.dispose()


def _hashes(uow) -> dict[str, str]:
    with uow.read() as tx:
        return dict(tx.execute(select(User.username, User.password_hash)).all())


PRICES = (
    "SELECT (SELECT sum(price) FROM purchase_order_line), (SELECT sum(gross) FROM purchase_order_line), "
    "(SELECT sum(gross_total) FROM purchase_order), (SELECT sum(price) FROM supplier_quote)"
)


def _prices(where) -> tuple:
    """Σ of every withheld purchase price (scaled integers, on a PC's file and on the server alike):
    order lines' prices and amounts, orders' totals, supplier price lists."""
    if hasattr(where, "read"):
        with where.read() as tx:
            return tuple(tx.execute(text(PRICES)).one())
    with where.connect() as conn:
        return tuple(conn.execute(text(PRICES)).one())


def test_a_sales_login_reads_no_hash_no_change_data_and_no_purchase_price_in_sql(shop):
    url, owner_engine, owner, boss, login, pc_url = shop
    for sql in (
        "SELECT password_hash FROM app_user",
        "SELECT password_hlc FROM app_user",
        "SELECT * FROM app_user",
        "SELECT data FROM sync_change",
        "SELECT price FROM purchase_order_line",
        "SELECT gross_total FROM purchase_order",
        "SELECT price FROM supplier_quote",
        "SELECT * FROM sync_pc_user",
    ):
        assert _refused(pc_url, sql), sql
    for sql in (  # what the PC needs still reads
        "SELECT username, role, active FROM app_user",
        "SELECT seq, table_name FROM sync_change",
        "SELECT qty, received_qty FROM purchase_order_line",
        "SELECT purchase_price FROM product",
        "SELECT value FROM stock_move",
    ):
        assert not _refused(pc_url, sql), sql
    assert not _refused(url, "SELECT password_hash FROM app_user")  # the owner's credential reads them


def test_a_sales_pc_holds_the_hashes_of_its_users_only_and_others_are_told_to_ask_the_owner(shop, pcs):
    url, owner_engine, owner, boss, login, pc_url = shop
    counter = pcs.new("counter")
    assert sync.sync_now(counter, pc_url).cloned
    held = _hashes(counter)
    assert held["sam"].startswith("scrypt$") and held["boss"] == "" and held["wendy"] == ""
    assert _hashes(owner)["boss"].startswith("scrypt$")  # the owner's PC holds every one
    assert auth.authenticate(counter, "sam", PW).username == "sam"
    for name in ("boss", "wendy"):
        with pytest.raises(PermissionDenied, match="does not sign in at this PC; ask the owner"):
            auth.authenticate(counter, name, PW)
    with counter.read() as tx:  # a wrong guess is not what stops them: nothing counted
        assert tx.execute(text("SELECT count(*) FROM login_attempt")).scalar() == 0
    # the owner moves wendy to the counter and sam away: the next sync brings and takes the hashes
    withheld.set_users_at_pc(owner_engine, login, ["wendy"])
    sync.sync_now(counter, pc_url)
    held = _hashes(counter)
    assert held["wendy"].startswith("scrypt$") and held["sam"] == "" and held["boss"] == ""
    assert auth.authenticate(counter, "wendy", PW).username == "wendy"
    # the blank hashes never travel back, and nothing on the counter waits to be sent for them
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM app_user WHERE password_hash = ''")).scalar() == 0
    assert sync.sync_now(counter, pc_url).pushed == 0
    assert sync.pending_changes(counter) == 0
    # a blank hash written over a real one (even with the owner's credential) keeps the real one
    with owner_engine.begin() as conn:
        conn.execute(text("UPDATE app_user SET password_hash = '' WHERE username = 'sam'"))
        assert conn.execute(text("SELECT password_hash FROM app_user WHERE username = 'sam'")).scalar() != ""
    assert_verified(counter)


def test_a_no_cost_pc_holds_no_purchase_prices_and_still_delivers_at_cost(shop, pcs):
    url, owner_engine, owner, boss, login, pc_url = shop
    server_prices = _prices(owner_engine)
    assert all(p and p > 0 for p in server_prices), server_prices
    counter = pcs.new("counter")
    sync.sync_now(counter, pc_url)
    assert not any(_prices(counter)), _prices(counter)
    with counter.read() as tx:  # what its postings need stays: products' purchase price, moves' values
        assert tx.scalar(select(func.sum(Product.purchase_price))) > 0
        customer = tx.scalar(select(Customer.id).limit(1))
    with owner.read() as tx:
        stocked = tx.execute(
            select(ProductCost.product_id, ProductCost.avg_cost)
            .where(ProductCost.qty > 0, ProductCost.avg_cost > 0)
            .order_by(ProductCost.product_id)
        ).first()
    assert stocked is not None
    product, average = stocked
    sam = counter.as_actor(auth.authenticate(counter, "sam", PW))
    order = sales.create_order(
        sam, customer_id=customer, lines=[sales.LineInput(product, D("1"))], on=date(2026, 3, 20)
    )
    sales.confirm_order(sam, order.id)
    delivery = sales.deliver_order(sam, order.id, on=date(2026, 3, 20))
    with counter.read() as tx:
        cost = tx.scalar(select(SalesDelivery.cost_total).where(SalesDelivery.id == delivery.id))
    assert cost == money(average) and cost > 0
    assert_verified(counter)
    sync.sync_now(counter, pc_url)
    sync.sync_now(owner, url)
    assert_verified(owner)  # the owner's books tie out with the counter's delivery in them
    from erp_desktop.services.system.setup import open_shop

    server = open_shop(url, create=False)  # and so do the shared database's own
    try:
        assert_verified(server)
    finally:
        server.engine.dispose()
    with owner_engine.connect() as conn:
        assert (
            conn.execute(text("SELECT cost_total FROM sales_delivery WHERE id = :i"), {"i": delivery.id}).scalar()
            == cost * 100
        )
    assert _prices(owner_engine) == server_prices  # the counter's syncs never blanked a price
    assert all(p and p > 0 for p in _prices(owner))
    assert not any(_prices(counter))


def test_an_update_by_a_login_that_may_not_see_costs_keeps_the_stored_prices(shop):
    url, owner_engine, owner, boss, login, pc_url = shop
    prefix = roles.role_prefix(owner_engine.connect())
    with owner_engine.begin() as conn:  # (a login that may write orders but not see costs)
        conn.execute(text(f'GRANT "{prefix}_buy" TO "{login}"'))
    before = _prices(owner_engine)
    engine = create_engine(pc_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE purchase_order_line SET price = 0, net = 0, tax = 0, gross = 0, hlc = hlc + 1"))
        conn.execute(text("UPDATE purchase_order SET net_total = 0, tax_total = 0, gross_total = 0, hlc = hlc + 1"))
        conn.execute(text("UPDATE supplier_quote SET price = 0, min_qty = 5, hlc = hlc + 1"))
    engine.dispose()
    assert _prices(owner_engine) == before
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT min(min_qty) FROM supplier_quote")).scalar() == 5  # the rest is written


def test_sync_roles_again_changes_nothing_scrubs_old_pulls_and_the_owner_is_told_of_old_rules(shop, pcs):
    url, owner_engine, owner, boss, login, pc_url = shop
    prefix = roles.role_prefix(owner_engine.connect())
    # a server with the rules of the previous version: the PC could read and pulled everything
    with owner_engine.begin() as conn:
        conn.execute(text("DROP FUNCTION erp_pull_changes(bigint, text, integer)"))
        conn.execute(text("DROP FUNCTION erp_user_hashes()"))
        conn.execute(text("DROP FUNCTION erp_pc_view()"))
        conn.execute(text(f'GRANT SELECT ON sync_change TO "{prefix}_pc"'))
        conn.execute(text("UPDATE sync_meta SET value = '1' WHERE key = 'rules'"))
    counter = pcs.new("counter")
    assert sync.sync_now(counter, pc_url).notice == ""  # (told to owners only)
    assert _hashes(counter)["boss"].startswith("scrypt$") and any(_prices(counter))
    notice = sync.sync_now(owner, url).notice
    assert "sync-roles" in notice
    roles.install(owner_engine)
    grants = _grants(owner_engine, prefix)
    roles.install(owner_engine)  # again: the same privileges, functions and triggers
    assert _grants(owner_engine, prefix) == grants
    assert sync.sync_now(owner, url).notice == ""
    sync.sync_now(counter, pc_url)  # the counter's file now holds only what it needs
    held = _hashes(counter)
    assert held["boss"] == "" and held["wendy"] == "" and held["sam"].startswith("scrypt$")
    assert not any(_prices(counter))
    assert sync.pending_changes(counter) == 0
    assert_verified(counter)


def _grants(engine, prefix: str) -> tuple:
    with engine.connect() as conn:
        columns = conn.execute(
            text(
                "SELECT grantee, table_name, column_name, privilege_type FROM information_schema.column_privileges "
                "WHERE grantee LIKE :p ORDER BY 1, 2, 3, 4"
            ),
            {"p": prefix + "%"},
        ).all()
        tables = conn.execute(
            text(
                "SELECT grantee, table_name, privilege_type FROM information_schema.table_privileges "
                "WHERE grantee LIKE :p ORDER BY 1, 2, 3"
            ),
            {"p": prefix + "%"},
        ).all()
        triggers = conn.execute(
            text("SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2")
        ).all()
    return tuple(columns), tuple(tables), tuple(triggers)


def test_the_command_line_maps_users_to_pcs(servers, pcs, monkeypatch, capsys):
    from erp_desktop import cli

    url = servers.new()
    owner_engine = create_engine(url)
    monkeypatch.setattr(sync, "_keyring", lambda: None)
    monkeypatch.setattr(sync, "_MEMORY", {})
    try:
        owner = pcs.new("owner")
        auth.create_user(owner, "boss", PW)
        boss = owner.as_actor(auth.authenticate(owner, "boss", PW))
        auth.create_user(boss, "sam", PW, role="sales")
        monkeypatch.setenv("ERP_PASSWORD", PW)
        db_owner = ["--db", owner.engine.url.database, "--user", "boss"]
        assert cli.main(db_owner + ["sync", "--server", url]) == 0
        assert cli.main(db_owner + ["sync-roles", "--server", url]) == 0
        capsys.readouterr()
        assert (
            cli.main(db_owner + ["sync-invite", "counter", "--role", "sales", "--users", "sam", "--server", url]) == 0
        )
        code = capsys.readouterr().out.strip().splitlines()[-1]
        login = roles.decode_invitation(code)["l"]
        assert cli.main(db_owner + ["sync-pcs", "--server", url]) == 0
        listing = capsys.readouterr().out
        assert login in listing and "sam" in listing
        assert cli.main(db_owner + ["sync-pc-users", login, "--users", "nobody-here", "--server", url]) == 1
        assert "No such user" in capsys.readouterr().err
        assert cli.main(db_owner + ["sync-pc-users", login, "--users", "boss,sam", "--server", url]) == 0
        assert "boss, sam" in capsys.readouterr().out
        with owner_engine.connect() as conn:
            assert withheld.pc_users(conn)[login] == ["boss", "sam"]
    finally:
        sync.dispose_engines()
        roles.drop(owner_engine)
        owner_engine.dispose()


def test_the_owner_chooses_who_signs_in_at_a_pc_in_settings_sync(shop, ui_ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.settings import sync as sync_page
    from erp_desktop.ui.tasks import SyncRunner

    url, owner_engine, owner, boss, login, pc_url = shop
    u = make_url(url)
    sync.save_settings(boss, sync.SyncSettings(u.host, u.port or 5432, u.database, u.username, "disable"), "")
    page = sync_page.create_page(AppContext(boss, runner=SyncRunner(), settings=ui_ctx.settings))
    qtbot.addWidget(page)
    assert page.pc_users_button.isEnabled()
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (offered.extend(a[3]) or a[3][0], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: (offered.append(a[4]) or "sam, wendy", True))
    page.pc_users_button.click()
    assert any(login in label for label in offered[:-1]) and offered[-1] == "sam"  # the current users offered
    assert "sam, wendy" in page.message_label.text()
    with owner_engine.connect() as conn:
        assert withheld.pc_users(conn)[login] == ["sam", "wendy"]
    sam = owner.as_actor(auth.authenticate(owner, "sam", PW))
    clerk = sync_page.create_page(AppContext(sam, runner=SyncRunner(), settings=ui_ctx.settings))
    qtbot.addWidget(clerk)
    assert not clerk.pc_users_button.isEnabled()


def test_an_online_user_login_reads_its_own_hash_only(online):
    from tests.reliability.test_trust_online import _as_user

    bare, owner_engine, boss, story = online
    auth.create_user(boss, "sam", PW, role="sales")
    login_url = logins.online_url(bare, "sam", PW)
    for sql in (
        "SELECT password_hash FROM app_user",
        "SELECT password_hlc FROM app_user",
        "SELECT data FROM sync_change",
    ):
        assert _refused(login_url, sql), sql
    with owner_engine.connect() as conn:
        hashes = dict(conn.execute(text("SELECT username, password_hash FROM app_user")).all())
    engine = create_engine(login_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT erp_own_password_hash()")).scalar() == hashes["sam"] != hashes["boss"]
    engine.dispose()
    sam = _as_user(bare, "sam", PW)  # the log-in checks sam's own hash, read through the server
    assert sam.actor.username == "sam"
    with pytest.raises(PermissionDenied):
        _as_user(bare, "sam", "wrong-password-1")
    sam.engine.dispose()
