# ruff: noqa: F811  (the sync fixtures are imported by name and used as arguments)
"""Online mode logs in to the shared database as the user's own login (issue 21, against the real
PostgreSQL): the login is made with the user (in the same transaction, by the owner's session),
follows the user's role, password and deactivation, and the server refuses what the role may not
do — through the program and in SQL. Databases and roles are named ``erp_trust21_…``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from erp_desktop.errors import UserError
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.payments import MoneyAccount, MoneyMove
from erp_desktop.services import sales
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import roles
from erp_desktop.services.system import auth
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import logins
from tests.support.analysis import build_story
from tests.sync.conftest import _pg_base, _shop_template, _url_for, pcs, pg_template  # noqa: F401
from tests.sync.helpers import assert_verified

PW = "secret-1"


@pytest.fixture(autouse=True)
def _cheap(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


@pytest.fixture
def online(_pg_base, pg_template, pcs):
    """The shop's server (``erp_trust21_…``) with a story and the shop's rules; the owner working
    online with the database owner's credential, logged in as boss (which makes boss's login)."""
    name = f"erp_trust21_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_pg_base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    url = _url_for(_pg_base, name)
    owner_engine = create_engine(url)
    shop = None
    try:
        pc = pcs.new("owner")
        auth.create_user(pc, "boss", PW)
        story = build_story(pc.as_actor(auth.authenticate(pc, "boss", PW)))
        sync.sync_now(pc, url)
        roles.install(owner_engine)
        shop = open_shop(url)
        boss = shop.as_actor(auth.authenticate(shop, "boss", PW))
        bare = make_url(url)._replace(username=None, password=None).render_as_string(hide_password=False)
        yield bare, owner_engine, boss, story
    finally:
        if shop is not None:
            shop.engine.dispose()
        sync.dispose_engines()
        roles.drop(owner_engine)
        owner_engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _login_of(engine, username: str) -> dict:
    database = engine.url.database
    login = logins.user_login(database, username)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT rolcanlogin, rolpassword FROM pg_authid WHERE rolname = :l"), {"l": login}
        ).first()
        groups = set(
            conn.execute(
                text(
                    "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :l"
                ),
                {"l": login},
            ).scalars()
        )
    prefix = logins.prefix_for(database)
    return {
        "login": login,
        "exists": row is not None,
        "can_login": bool(row and row[0]),
        "verifier": row[1] if row else None,
        "groups": {g.removeprefix(prefix + "_") for g in groups},
    }


def _scram_matches(verifier: str, password: str) -> bool:
    """Check a stored SCRAM-SHA-256 verifier against a password (RFC 5802 / 7677)."""
    method, rest = verifier.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key, _server_key = keys.split(":")
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return method == "SCRAM-SHA-256" and hashlib.sha256(client_key).digest() == base64.b64decode(stored_key)


def _as_user(bare: str, username: str, password: str):
    uow = open_shop(logins.online_url(bare, username, password), create=False)
    return uow.as_actor(auth.authenticate(uow, username, password))


def test_a_user_made_online_gets_their_own_login_that_follows_role_password_and_deactivation(online):
    bare, owner_engine, boss, story = online
    assert _login_of(owner_engine, "boss")["groups"] >= {"owner", "pc", "online"}  # made at boss's log-in
    auth.create_user(boss, "sam", PW, role="sales")
    sam = _login_of(owner_engine, "sam")
    assert sam["can_login"] and sam["groups"] == {"pc", "online", "sell"}
    assert _scram_matches(sam["verifier"], PW) and not _scram_matches(sam["verifier"], "wrong-1")
    auth.set_password(boss, "sam", "new-secret-2")
    assert _scram_matches(_login_of(owner_engine, "sam")["verifier"], "new-secret-2")
    auth.update_user(boss, "sam", role="accountant")
    assert _login_of(owner_engine, "sam")["groups"] == {"pc", "online", "finance", "view_cost"}
    auth.update_user(boss, "sam", active=False)
    assert not _login_of(owner_engine, "sam")["can_login"]
    with pytest.raises(DBAPIError, match="not permitted to log in"):
        _as_user(bare, "sam", "new-secret-2")
    auth.update_user(boss, "sam", active=True)
    sam_uow = _as_user(bare, "sam", "new-secret-2")
    try:  # a user's own password change reaches their login too
        auth.set_password(sam_uow, "sam", "own-choice-3", old_password="new-secret-2")
        assert _scram_matches(_login_of(owner_engine, "sam")["verifier"], "own-choice-3")
    finally:
        sam_uow.engine.dispose()
    # the login list the owner reads shows users' logins beside the PCs'
    listed = {r.login: r for r in roles.list_logins(owner_engine)}
    assert listed[sam["login"]].app_role == "accountant" and listed[sam["login"]].revoked_at is None


def test_online_the_server_refuses_what_the_users_role_may_not_do(online):
    bare, owner_engine, boss, story = online
    auth.create_user(boss, "sam", PW, role="sales")
    sam = _as_user(bare, "sam", PW)
    try:
        with sam.read() as tx:
            assert tx.connection().execute(text("SELECT session_user")).scalar() == logins.user_login(
                owner_engine.url.database, "sam"
            )
        # a sale, end to end, as sam's own login
        order = sales.create_order(
            sam, customer_id=story.shop.customer, lines=[sales.LineInput(story.shop.a, D("1"))], on=date(2026, 3, 20)
        )
        sales.confirm_order(sam, order.id)
        delivery = sales.deliver_order(sam, order.id, on=date(2026, 3, 20))
        with owner_engine.connect() as conn:
            assert conn.execute(text("SELECT state FROM sales_delivery WHERE id = :i"), {"i": delivery.id}).scalar()
        # what the services would refuse anyway, the server refuses around them: sam's own login in SQL
        url = logins.online_url(bare, "sam", PW)
        for sql in (
            "UPDATE app_user SET role = 'owner' WHERE username = 'sam'",
            "DELETE FROM journal_line",
            "UPDATE open_item SET amount = 1",
            "UPDATE money_txn SET memo = 'x'",
            "UPDATE local_state SET value = 'Q' WHERE key = 'series'",
            "UPDATE sync_login SET revoked_at = NULL",
            "SELECT erp_user_login('x', 'x', 'owner', ARRAY[]::text[], NULL, true)",
        ):
            engine = create_engine(url)
            try:
                with engine.begin() as conn:
                    result = conn.execute(text(sql))
                    refused = sql.startswith(("UPDATE", "DELETE")) and result.rowcount == 0
            except DBAPIError:
                refused = True
            finally:
                engine.dispose()
            assert refused, sql
        with owner_engine.connect() as conn:
            assert conn.execute(text("SELECT role FROM app_user WHERE username = 'sam'")).scalar() == "sales"
            assert conn.execute(text("SELECT value FROM local_state WHERE key = 'series'")).scalar() != "Q"
        # a money receipt through the program: refused (the service checks first; the server would too)
        with pytest.raises(UserError, match="refused by the shared database|may not"):
            finance_money.receive_money(
                sam, customer_id=story.shop.customer, amount=D("5.00"), account_id=story.bank.id, on=date(2026, 3, 20)
            )
    finally:
        sam.engine.dispose()


def test_online_clients_on_their_own_logins_keep_exact_balances(online):
    """The services write balances and open amounts as always; the server's triggers keep them Σ
    the ledgers, under a race of three clients."""
    bare, owner_engine, boss, story = online
    auth.create_user(boss, "amy", PW, role="accountant")
    clients = [_as_user(bare, "amy", PW) for _ in range(3)]
    try:
        with clients[0].read() as tx:
            before = tx.get(MoneyAccount, story.bank.id).balance
        errors: list[BaseException] = []

        def pay(uow) -> None:
            try:
                for _ in range(3):
                    finance_money.receive_money(
                        uow,
                        customer_id=story.shop.customer,
                        amount=D("1.00"),
                        account_id=story.bank.id,
                        on=date(2026, 3, 22),
                        allocate="auto",
                    )
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=pay, args=(c,)) for c in clients]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert errors == []
        with clients[0].read() as tx:
            assert tx.get(MoneyAccount, story.bank.id).balance == before + D("9.00")
            moves = tx.scalar(select(func.sum(MoneyMove.amount)).where(MoneyMove.account_id == story.bank.id))
            assert moves == before + D("9.00")
            assert tx.scalar(select(func.count()).select_from(OpenItem)) > 0
        with owner_engine.connect() as conn:
            assert conn.execute(text("SELECT erp_rebuild_derived()")).scalar() == 0
        assert_verified(clients[0])
    finally:
        for c in clients:
            c.engine.dispose()


def test_the_command_line_online_connects_as_the_user(online, monkeypatch, capsys):
    from erp_desktop import cli

    bare, owner_engine, boss, story = online
    auth.create_user(boss, "sam", PW, role="sales")
    monkeypatch.setenv("ERP_PASSWORD", PW)
    assert cli.main(["--db", bare, "--user", "sam", "stock", "onhand"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    auth.update_user(boss, "sam", active=False)  # the server itself now refuses sam
    assert cli.main(["--db", bare, "--user", "sam", "stock", "onhand"]) == 1
    assert "does not let sam log in: the owner has deactivated the user" in capsys.readouterr().err
    monkeypatch.delenv("ERP_PASSWORD")
    assert cli.main(["--db", bare, "stock", "onhand"]) == 1
    assert "logs in to the shared database as you" in capsys.readouterr().err


def test_a_client_that_skips_its_own_checks_is_refused_by_the_server_in_words(online):
    """A program whose own permission checks are gone (here: the unrestricted system actor, as a
    modified copy would run) on sam's login: the server refuses, and says what and why."""
    from sqlalchemy import update

    from erp_desktop.models.sales import SalesDelivery
    from erp_desktop.services.system import open_online_shop
    from erp_desktop.storage.refusals import RefusedByServer

    bare, owner_engine, boss, story = online
    auth.create_user(boss, "sam", PW, role="sales")
    rogue = open_online_shop(bare, "sam", PW)
    try:
        with pytest.raises(
            RefusedByServer,
            match=r"^Refused by the shared database: the login \S+ may not (write|post money documents)",
        ):
            finance_money.receive_money(
                rogue, customer_id=story.shop.customer, amount=D("5.00"), account_id=story.bank.id, on=date(2026, 3, 20)
            )
        with pytest.raises(RefusedByServer, match="a posted sales_delivery record is never changed or removed"):
            with rogue.write() as tx:
                tx.execute(
                    update(SalesDelivery).where(SalesDelivery.id == story.dn1.id).values(customer_id=uuid.uuid4())
                )
        with pytest.raises(RefusedByServer, match="the party_id of a open_item record never change"):
            with rogue.write() as tx:
                tx.execute(update(OpenItem).where(OpenItem.doc_id == story.dn1.id).values(party_id=uuid.uuid4()))
        with pytest.raises(RefusedByServer, match="this login may not write journal_line records"):
            with rogue.write() as tx:
                tx.execute(text("UPDATE journal_line SET memo = 'x' WHERE true"))
    finally:
        rogue.engine.dispose()
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM money_txn WHERE amount = 500")).scalar() == 0


def test_every_server_refusal_reads_as_a_sentence():
    from erp_desktop.storage.refusals import explain

    cases = {
        "refused by the shared database: posted sales_delivery rows are never changed or removed": "posted sales_delivery",
        "refused by the shared database: journal_line rows are never changed or removed (DELETE refused)": "a ledger",
        "refused by the shared database: open_item rows are never removed": "never removed",
        "refused by the shared database: the party_id, amount of open_item rows never change once written": "party_id, amount",
        "refused by the shared database: sync_conflict rows are only ever resolved": "only ever marked resolved",
        "refused by the shared database: the login erp_x_pc_a_1 may not resolve sync_conflict rows": "only an owner",
        "refused by the shared database: the login erp_x_pc_a_1 may not write money_txn rows": "lacks the permission",
        "refused by the shared database: the login erp_x may not post money documents (RC-2026-B000001)": "RC-2026-B000001",
        "refused by the shared database: 2026-02-27 is in a closed month (journal_entry rows)": "2026-02-27 is in a closed month",
        "refused by the shared database: permission denied for table app_user": "may not write app_user",
    }
    for error, expected in cases.items():
        said = explain(error)
        assert said.startswith("Refused by the shared database: ") and expected in said, (error, said)
    assert explain("something else entirely") == "something else entirely"


class _FakeKeyring:
    def __init__(self):
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service, name, password):
        self.kept[(service, name)] = password

    def get_password(self, service, name):
        return self.kept.get((service, name))

    def delete_password(self, service, name):
        self.kept.pop((service, name), None)


def test_the_window_logs_in_online_as_the_user_and_the_keyring_remembers_if_asked(online, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from erp_desktop.ui.shell.login import LoginDialog

    bare, owner_engine, boss, story = online
    auth.create_user(boss, "sam", PW, role="sales")
    ring = _FakeKeyring()
    monkeypatch.setattr(logins, "_keyring", lambda: ring)

    def dialog() -> LoginDialog:
        d = LoginDialog(None, online_url=bare)
        qtbot.addWidget(d)
        d.show()
        return d

    # a wrong password: the user is told, nothing is opened
    d = dialog()
    qtbot.keyClicks(d.user_edit, "sam")
    qtbot.keyClicks(d.password_edit, "not-it-9")
    qtbot.keyClick(d.password_edit, Qt.Key.Key_Return)
    assert d.uow is None and "Wrong user name or password" in d.message_label.text()
    # the right one, remembered on request
    qtbot.keyClicks(d.password_edit, PW)
    d.remember_check.setChecked(True)
    qtbot.keyClick(d.password_edit, Qt.Key.Key_Return)
    assert d.result() == LoginDialog.DialogCode.Accepted and d.actor.username == "sam"
    try:
        with d.uow.read() as tx:
            assert tx.connection().execute(text("SELECT session_user")).scalar() == logins.user_login(
                owner_engine.url.database, "sam"
            )
    finally:
        d.uow.engine.dispose()
    assert list(ring.kept.values()) == [PW]
    # next time the name alone logs in: Enter after it brings the password back from the keyring
    again = dialog()
    qtbot.keyClicks(again.user_edit, "sam")
    qtbot.keyClick(again.user_edit, Qt.Key.Key_Return)
    assert again.result() == LoginDialog.DialogCode.Accepted and again.actor.username == "sam"
    assert again.remember_check.isChecked()
    again.uow.engine.dispose()
    # a deactivated user is told why the server will not let them in
    auth.update_user(boss, "sam", active=False)
    last = dialog()
    qtbot.keyClicks(last.user_edit, "sam")
    qtbot.keyClicks(last.password_edit, PW)
    qtbot.keyClick(last.password_edit, Qt.Key.Key_Return)
    assert last.uow is None and "the owner has deactivated the user" in last.message_label.text()
