# ruff: noqa: F811  (the sync fixtures are imported by name and used as arguments)
"""The shared database keeps what a PC's login may not choose (issue 21, against the real
PostgreSQL): an open item's party, document and amount never change after it reached the server;
open amounts and money-account balances are written only by the server's own triggers and
functions (whatever a PC, a push or an online client puts there); sync conflicts are only ever
resolved, by an owner login, and alerts are append-only; the migrations' maintenance pass counts
only for the tables' owner. Databases and roles made here are named ``erp_trust21_…`` and dropped."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from erp_desktop.models.finance import OpenItem
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.models.sync import SyncConflict
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import roles
from erp_desktop.services.system import auth
from tests.support.analysis import build_story
from tests.sync.conftest import _pg_base, _shop_template, _url_for, pcs, pg_template  # noqa: F401
from tests.sync.helpers import assert_verified

PW = "secret-1"
ROLES = ("sales", "warehouse", "accountant", "buyer", "owner")


@pytest.fixture(autouse=True)
def _cheap(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


@pytest.fixture
def trust21_db(_pg_base, pg_template):
    """A fresh prepared server database named ``erp_trust21_…``, dropped afterwards."""
    name = f"erp_trust21_{uuid.uuid4().hex[:10]}"
    admin = create_engine(_pg_base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    url = _url_for(_pg_base, name)
    owner_engine = create_engine(url)
    try:
        yield url, owner_engine
    finally:
        sync.dispose_engines()
        roles.drop(owner_engine)
        owner_engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def shop(trust21_db, pcs):
    """The owner's PC with a trading story (receipts allocated) synced to the server, the shop's
    rules installed, and one joined login per role."""
    url, owner_engine = trust21_db
    owner = pcs.new("owner")
    auth.create_user(owner, "boss", PW)
    boss = owner.as_actor(auth.authenticate(owner, "boss", PW))
    build_story(boss)
    sync.sync_now(owner, url)
    roles.install(owner_engine)
    logins = {}
    for role in ROLES:
        invitation = roles.invite(owner_engine, f"{role} pc", role)
        roles.accept(create_engine(_as(url, invitation.login, invitation.password)), f"own-{role}-pw")
        logins[role] = _as(url, invitation.login, f"own-{role}-pw")
    return url, owner_engine, owner, boss, logins


def _as(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


def _run(url: str, *sql: str) -> str:
    """Run the statements in one transaction: "" when PostgreSQL took them, else its message."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in sql:
                conn.execute(text(statement))
        return ""
    except DBAPIError as exc:
        return str(exc.orig).splitlines()[0]
    finally:
        engine.dispose()


def _scalar(engine, sql: str, **params):
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


ITEM_ATTACKS = [
    "UPDATE open_item SET party_id = gen_random_uuid()",
    "UPDATE open_item SET amount = amount + 100",
    "UPDATE open_item SET doc_id = gen_random_uuid(), doc_number = 'DN-FAKE'",
    "UPDATE open_item SET doc_type = 'XX'",
    "UPDATE open_item SET kind = 'payable' WHERE kind = 'receivable'",
    "DELETE FROM open_item",
]


def test_an_open_items_party_document_and_amount_never_change_on_the_server(shop):
    url, owner_engine, _owner, _boss, logins = shop
    before = _items(owner_engine)
    assert len(before) >= 3 and any(alloc for *_r, alloc in before)
    for role, pc_url in logins.items():
        for sql in ITEM_ATTACKS:
            message = _run(pc_url, sql)
            assert "refused by the shared database" in message, (role, sql, message)
    for sql in ITEM_ATTACKS:  # the database owner's own credential neither (only a migration may)
        assert "refused by the shared database" in _run(url, sql), sql
    assert "party_id" in _run(logins["accountant"], ITEM_ATTACKS[0])  # the message names what was refused
    assert _items(owner_engine) == before
    # what may change still does: the memo and the due date
    assert _run(logins["sales"], "UPDATE open_item SET memo = 'call first', due = due + 7") == ""


def _items(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    'SELECT id, kind, party_id, doc_type, doc_id, doc_number, "on", amount, allocated FROM open_item ORDER BY id'
                )
            )
        ]


def test_open_amounts_and_balances_are_only_the_servers_to_write(shop):
    url, owner_engine, _owner, _boss, logins = shop
    truth_items = _scalar(owner_engine, "SELECT sum(abs(allocated)) FROM open_item")
    truth_balance = _scalar(owner_engine, "SELECT sum(balance) FROM money_account")
    assert truth_items and truth_balance == _scalar(owner_engine, "SELECT sum(amount) FROM money_move")
    for role, pc_url in logins.items():
        # the statements go through; the derived columns keep what the ledgers say
        assert _run(pc_url, "UPDATE open_item SET allocated = amount") == "", role
        assert _run(pc_url, "UPDATE money_account SET balance = balance + 100000") == "" or role != "accountant"
    assert _run(url, "UPDATE money_account SET balance = 0") == ""  # the owner's credential neither
    assert _scalar(owner_engine, "SELECT sum(abs(allocated)) FROM open_item") == truth_items
    assert _scalar(owner_engine, "SELECT sum(balance) FROM money_account") == truth_balance
    # a setting a PC may SET does not make it the server's own writer
    assert (
        _run(logins["accountant"], "SET LOCAL erp.derived = 'on'", "UPDATE money_account SET balance = balance + 1")
        == ""
    )
    assert _scalar(owner_engine, "SELECT sum(balance) FROM money_account") == truth_balance
    # a new item pushed with an invented open amount gets the server's (nothing allocated yet)
    item_id = uuid.uuid4()
    assert (
        _run(
            logins["sales"],
            'INSERT INTO open_item (id, kind, party_id, doc_type, doc_id, doc_number, "on", due, amount, allocated, '
            "memo, created_at, updated_at, origin_pc, hlc) SELECT '" + str(item_id) + "', kind, party_id, 'DN', "
            "gen_random_uuid(), 'DN-X', \"on\", due, 5000, 5000, '', now(), now(), 'x', 1 FROM open_item LIMIT 1",
        )
        == ""
    )
    assert _scalar(owner_engine, "SELECT allocated FROM open_item WHERE id = :i", i=item_id) == 0
    # the server's own check ties every derived column to its ledger
    assert _scalar(owner_engine, "SELECT erp_rebuild_derived()") == 0


def test_the_migrations_maintenance_pass_counts_only_for_the_tables_owner(shop):
    url, owner_engine, _owner, _boss, logins = shop
    lines = _scalar(owner_engine, "SELECT count(*) FROM journal_line")
    for role, pc_url in logins.items():
        for sql in ("DELETE FROM journal_line", "UPDATE open_item SET amount = 1", "DELETE FROM audit_log"):
            message = _run(pc_url, "SET LOCAL erp.maintenance = 'on'", sql)
            assert message, (role, sql)
    # a sales login may not write money documents, maintenance pass or not
    message = _run(
        logins["sales"],
        "SET LOCAL erp.maintenance = 'on'",
        "UPDATE money_txn SET memo = 'x'",
    )
    assert "refused by the shared database" in message, message
    assert _scalar(owner_engine, "SELECT count(*) FROM journal_line") == lines
    # the owner's migration may (it keeps the content; here it just proves the pass works)
    assert _run(url, "SET LOCAL erp.maintenance = 'on'", "UPDATE open_item SET memo = memo || ''") == ""


def test_conflicts_are_only_resolved_by_an_owner_and_alerts_never_change(shop):
    url, owner_engine, owner, boss, logins = shop
    with owner.write() as tx:
        conflict = SyncConflict(
            table_name="product", row_id=uuid.uuid4(), lost_hlc=1, won_hlc=2, data={"name": "lost"}, resolved=False
        )
        tx.add(conflict)
        tx.flush()
        conflict_id = conflict.id
    sync.sync_now(owner, url)
    with owner_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sync_alert (id, kind, subject_id, message, raised_at, created_at, updated_at, origin_pc, hlc)"
                " VALUES (gen_random_uuid(), 'negative_stock', NULL, 'A-01 below zero', now(), now(), now(), 'x', 1)"
            )
        )
    attacks = [
        "DELETE FROM sync_conflict",
        "UPDATE sync_conflict SET data = '{}'",
        "UPDATE sync_conflict SET table_name = 'customer'",
        "DELETE FROM sync_alert",
        "UPDATE sync_alert SET message = 'all fine'",
    ]
    for role, pc_url in logins.items():
        for sql in attacks:
            assert _run(pc_url, sql), (role, sql)
    for role in ("sales", "warehouse", "accountant", "buyer"):  # resolving is the owner's
        assert "may not resolve" in _run(logins[role], "UPDATE sync_conflict SET resolved = true"), role
    assert _scalar(owner_engine, "SELECT count(*) FROM sync_conflict WHERE resolved") == 0
    # through the program: the owner dismisses it on the PC, the push carries the resolution
    sync.dismiss_conflict(boss, conflict_id)
    sync.sync_now(owner, url)
    assert _scalar(owner_engine, "SELECT resolved FROM sync_conflict WHERE id = :i", i=conflict_id) is True
    # and it is never un-resolved, not even by an owner login
    assert "only ever resolved" in _run(logins["owner"], "UPDATE sync_conflict SET resolved = false")
    assert _scalar(owner_engine, "SELECT count(*) FROM sync_alert") == 1
    assert _scalar(owner_engine, "SELECT data->>'name' FROM sync_conflict WHERE id = :i", i=conflict_id) == "lost"


def test_a_pushed_file_with_tampered_open_amounts_leaves_the_servers_right(shop, pcs):
    url, owner_engine, owner, _boss, logins = shop
    books = pcs.new("books")
    sync.sync_now(books, logins["accountant"])
    with books.read() as tx:
        account = tx.scalar(select(MoneyAccount.id).order_by(MoneyAccount.code).limit(1))
        customer = tx.scalar(select(OpenItem.party_id).where(OpenItem.kind == "receivable").limit(1))
    finance_money.receive_money(
        books, customer_id=customer, amount=D("30.00"), account_id=account, on=date(2026, 3, 21), allocate="auto"
    )
    # the file edited outside the program: every open amount "settled", a balance raised, both as
    # new versions of the rows (so the push sends them)
    with books.write() as tx:
        for item in tx.scalars(select(OpenItem)):
            item.allocated = item.amount
        tx.get(MoneyAccount, account).balance = D("999999.00")
    sync.sync_now(books, logins["accountant"])
    with owner_engine.connect() as conn:
        for item_id, allocated in conn.execute(text("SELECT id, allocated FROM open_item")):
            want = conn.execute(
                text(
                    "SELECT coalesce(sum(amount) FILTER (WHERE debit_item_id = :i), 0) "
                    "- coalesce(sum(amount) FILTER (WHERE credit_item_id = :i), 0) FROM allocation"
                ),
                {"i": item_id},
            ).scalar()
            assert allocated == want, item_id
        balance = conn.execute(text("SELECT balance FROM money_account WHERE id = :i"), {"i": account}).scalar()
        moves = conn.execute(text("SELECT sum(amount) FROM money_move WHERE account_id = :i"), {"i": account}).scalar()
    assert balance == moves and balance != 99999900
    # and the other PCs pull the server's figures, not the tampered ones: verify passes there
    sync.sync_now(owner, url)
    assert_verified(owner)


def test_a_sales_pc_upgrades_an_old_hash_for_itself_and_sets_nothing_aside(shop, pcs, monkeypatch):
    """A user's hash made with weaker parameters is made again at log-in. On a PC whose sync login
    may not write users, the stronger hash stays on that PC (the server would refuse the row):
    nothing is set aside, and the server keeps the owner's version."""
    from erp_desktop.services import sync as sync_face

    url, owner_engine, owner, boss, _logins = shop
    monkeypatch.setattr(auth, "SCRYPT_N", 2**9)  # "old" parameters
    auth.create_user(boss, "amy", PW, role="sales")
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)  # today's
    sync.sync_now(owner, url)
    old_hash = _scalar(owner_engine, "SELECT password_hash FROM app_user WHERE username = 'amy'")
    assert old_hash.startswith("scrypt$512$")
    code = sync_face.invite_pc(boss, "counter", "sales", url=url, users=["amy"])
    counter = pcs.new("counter")
    sync_face.join_with_invitation(counter, code, "counter-own-secret", sslmode="disable")
    sync.sync_now(counter)
    amy = auth.authenticate(counter, "amy", PW)
    assert amy.username == "amy"
    with counter.read() as tx:
        from erp_desktop.models.system import User

        assert tx.scalar(select(User.password_hash).where(User.username == "amy")).startswith("scrypt$1024$")
    sync.sync_now(counter)
    assert [p for p in sync_face.list_problems(counter) if p.table_name == "app_user"] == []
    assert _scalar(owner_engine, "SELECT password_hash FROM app_user WHERE username = 'amy'") == old_hash
    assert auth.authenticate(counter, "amy", PW).username == "amy"  # and the PC still signs amy in
    assert_verified(counter)


def test_the_owner_reads_each_refusal_as_a_sentence(shop, pcs):
    from erp_desktop.models.catalog import Product
    from erp_desktop.services import sync as sync_face

    url, owner_engine, owner, boss, logins = shop
    counter = pcs.new("counter")
    sync.sync_now(counter, logins["sales"])
    with counter.write() as tx:  # a price change the sales login may not make
        product = tx.scalar(select(Product).order_by(Product.code).limit(1))
        product.sale_price = D("1.00")
    sync.sync_now(counter, logins["sales"])
    problems = [p for p in sync_face.list_problems(counter) if p.table_name == "product"]
    assert problems and "Refused by the shared database: the login" in problems[0].message
    assert "may not write product records: its role lacks the permission" in problems[0].message
    _logins, refusals = sync_face.pc_logins(boss, url=url)
    said = [r[4] for r in refusals if r[2] == "product"]
    assert said and said[0].startswith("Refused by the shared database: the login ")
    assert said[0].endswith("may not write product records: its role lacks the permission.")
