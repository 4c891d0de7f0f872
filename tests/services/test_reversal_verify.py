"""verify's reversal checks (冲销): a correct pair of each kind, built through the services, passes;
then each rule is broken with a direct SQL statement and verify reports exactly that problem,
naming the document numbers."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import insert, select, update

from erp_desktop.models.base import uuid7
from erp_desktop.models.finance import JournalLine
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.models.payments import MoneyAccount, MoneyMove, MoneyTxn
from erp_desktop.models.stock import StockMove
from erp_desktop.services import finance
from erp_desktop.services.finance import checks as reversal_verify
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.system import verify
from tests.support import factories
from tests.support.finance import delivery

MONEY = "Money reversals pair up with their originals"
STOCK = "Stock reversals pair up with their originals"
ON = date(2026, 3, 10)


def failures(uow) -> dict[str, tuple[str, ...]]:
    """Every failing check of the whole verify run: name → details."""
    return {c.name: c.details for c in verify.run_checks(uow) if not c.ok}


def test_verify_runs_the_reversal_checks():
    checks = verify.all_checks()
    assert reversal_verify.check_money_reversals in checks and reversal_verify.check_stock_reversals in checks
    assert reversal_verify in verify.AREAS  # named by verify, not registered by being imported


# --- money documents -------------------------------------------------------------------------------
@pytest.fixture
def money(uow):
    return build_money(uow)


def build_money(uow) -> dict:
    """A receipt and a transfer, each reversed through the services, and a later receipt left alone."""
    with uow.write() as tx:
        c = factories.customer(tx, "C001", name="张三超市")
        c2 = factories.customer(tx, "C002", name="王五商店")
    bank = finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("1000.00"), opening_on=date(2026, 9, 30)
    )
    cash = finance.create_money_account(uow, code="CASH", name="现金", kind="cash")
    delivery(uow, c.id, "300", date(2026, 10, 1), "DN-1")
    receipt = finance.receive_money(
        uow, customer_id=c.id, amount=D("500"), account_id=bank.id, on=date(2026, 10, 2), allocate="auto"
    )
    receipt_rev = finance.reverse_money_txn(uow, receipt.id, on=date(2026, 10, 3))
    transfer = finance.transfer_money(
        uow, from_account_id=bank.id, to_account_id=cash.id, amount=D("200"), on=date(2026, 10, 4)
    )
    transfer_rev = finance.reverse_money_txn(uow, transfer.id, on=date(2026, 10, 5))
    later = finance.receive_money(uow, customer_id=c.id, amount=D("50"), account_id=cash.id, on=date(2026, 10, 6))
    assert failures(uow) == {}  # the correct pairs pass every check
    return dict(
        c=c.id,
        c2=c2.id,
        bank=bank.id,
        cash=cash.id,
        r=receipt,
        rr=receipt_rev,
        t=transfer,
        tr=transfer_rev,
        later=later,
    )


def _write(uow, *statements):
    with uow.write() as tx:
        for statement in statements:
            tx.execute(statement)


def test_money_pairs_found_by_the_check_itself(uow, money):
    with uow.read() as tx:
        check = reversal_verify.check_money_reversals(tx)
    assert check == verify.Check(MONEY, True, ())
    with uow.read() as tx:
        pairs = tx.execute(
            select(MoneyTxn.number, MoneyTxn.reversed_by_id)
            .where(MoneyTxn.reversed_by_id.is_not(None))
            .order_by(MoneyTxn.number)
        ).all()
    assert [(n, r) for n, r in pairs] == [(money["t"].number, money["tr"].id), (money["r"].number, money["rr"].id)]


def test_original_not_pointing_back_at_its_reversal(uow, money):
    _write(uow, update(MoneyTxn).where(MoneyTxn.id == money["r"].id).values(reversed_by_id=None))
    r, rr = money["r"].number, money["rr"].number
    assert failures(uow) == {MONEY: (f"{rr} reverses {r}, but {r} is not marked as reversed by it.",)}


def test_one_original_reversed_on_two_computers(uow, money):
    """Two PCs reversed the same receipt offline and synced: a second reversal row pointing at it."""
    with uow.read() as tx:
        row = dict(tx.execute(select(MoneyTxn.__table__).where(MoneyTxn.id == money["rr"].id)).mappings().one())
    row.update(id=uuid7(), number="RC-2026-000099")
    _write(uow, insert(MoneyTxn.__table__).values(row))
    r, rr = money["r"].number, money["rr"].number
    assert failures(uow) == {
        MONEY: (
            f"{r} was reversed 2 times ({rr}, RC-2026-000099), probably on two computers while offline; it is undone more than once.",
        )
    }


def test_reversal_for_another_amount(uow, money):
    _write(uow, update(MoneyTxn).where(MoneyTxn.id == money["rr"].id).values(amount=D("499.00")))
    r, rr = money["r"].number, money["rr"].number
    assert failures(uow) == {MONEY: (f"{rr} reverses {r} for 499.00, but {r} is for 500.00.",)}


def test_reversal_of_another_kind(uow, money):
    _write(uow, update(MoneyTxn).where(MoneyTxn.id == money["tr"].id).values(kind="income"))
    t, tr = money["t"].number, money["tr"].number
    assert failures(uow) == {MONEY: (f"{tr} reverses {t}, but the two documents are of different kinds.",)}


def test_reversal_of_a_reversal(uow, money):
    """The transfer's reversal made to point at the receipt's reversal (which points back)."""
    _write(
        uow,
        update(MoneyTxn)
        .where(MoneyTxn.id == money["tr"].id)
        .values(reversal_of_id=money["rr"].id, kind="receipt", amount=D("500.00")),
        update(MoneyTxn).where(MoneyTxn.id == money["rr"].id).values(reversed_by_id=money["tr"].id),
        update(MoneyTxn).where(MoneyTxn.id == money["t"].id).values(reversed_by_id=None),
    )
    rr, tr = money["rr"].number, money["tr"].number
    details = failures(uow)[MONEY]
    assert (
        details[0] == f"{tr} reverses {rr}, which is itself a reversal."
    )  # then the pair's contents, which differ too
    assert all(rr in d and tr in d for d in details)


def test_reversal_of_a_missing_document(uow, money):
    raw = uow.engine.raw_connection()  # the foreign key would refuse it: what a broken sync could leave
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("UPDATE money_txn SET reversal_of_id = ? WHERE id = ?", (uuid7().hex, money["tr"].id.hex))
        cursor.execute("UPDATE money_txn SET reversed_by_id = NULL WHERE id = ?", (money["t"].id.hex,))
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()
    tr = money["tr"].number
    assert failures(uow)[MONEY] == (f"{tr} is the reversal of a document that does not exist.",)


def test_document_marked_reversed_without_a_reversal(uow, money):
    _write(uow, update(MoneyTxn).where(MoneyTxn.id == money["later"].id).values(reversed_by_id=uuid7()))
    assert failures(uow) == {MONEY: (f"{money['later'].number} is marked as reversed, but no reversal points at it.",)}


def test_reversal_not_taking_all_the_money_back(uow, money):
    with uow.read() as tx:
        move_id = tx.scalar(select(MoneyMove.id).where(MoneyMove.txn_id == money["rr"].id))
    _write(uow, update(MoneyMove).where(MoneyMove.id == move_id).values(amount=D("-400.00")))
    r, rr = money["r"].number, money["rr"].number
    found = failures(uow)
    assert found[MONEY] == (f"{rr} does not take back the money of {r}: account BANK1 is left with 100.00.",)
    assert found.keys() == {
        MONEY,
        "Cash and bank balances equal their moves and accounts",
    }  # the balance no longer ties either


def test_transfer_reversal_moving_money_to_another_account(uow, money):
    other = finance.create_money_account(uow, code="BANK2", name="建设银行")
    with uow.read() as tx:
        move_id = tx.scalar(select(MoneyMove.id).where(MoneyMove.txn_id == money["tr"].id, MoneyMove.amount > 0))
    _write(uow, update(MoneyMove).where(MoneyMove.id == move_id).values(account_id=other.id))
    t, tr = money["t"].number, money["tr"].number
    assert failures(uow)[MONEY] == (
        f"{tr} does not take back the money of {t}: account BANK1 is left with -200.00.",
        f"{tr} does not take back the money of {t}: account BANK2 is left with 200.00.",
    )


def test_reversal_entry_not_cancelling_line_by_line(uow, money):
    """The reversal's receivable line booked to another customer: the totals still tie, the pair does not cancel."""
    with uow.read() as tx:
        entry_id = tx.scalar(select(MoneyTxn.entry_id).where(MoneyTxn.id == money["rr"].id))
    _write(
        uow,
        update(JournalLine)
        .where(JournalLine.entry_id == entry_id, JournalLine.party_id.is_not(None))
        .values(party_id=money["c2"]),
    )
    r, rr = money["r"].number, money["rr"].number
    found = failures(uow)
    chained = found.pop("Audit log and journal unaltered (hash chains)")  # a line edited outside the program
    assert len(chained) == 1 and "does not match its hash" in chained[0]
    assert found == {
        MONEY: (f"The journal entry of {rr} does not cancel that of {r} line by line: 2 line(s) left over.",)
    }


def test_reversal_entry_for_another_amount(uow, money):
    """Both lines of the reversal's entry changed alike: it still balances, but does not cancel the original."""
    with uow.read() as tx:
        entry_id = tx.scalar(select(MoneyTxn.entry_id).where(MoneyTxn.id == money["tr"].id))
        bank_gl = tx.scalar(select(MoneyAccount.gl_code).where(MoneyAccount.id == money["bank"]))
    _write(
        uow,
        update(JournalLine).where(JournalLine.entry_id == entry_id, JournalLine.debit > 0).values(debit=D("150.00")),
        update(JournalLine).where(JournalLine.entry_id == entry_id, JournalLine.credit > 0).values(credit=D("150.00")),
    )
    t, tr = money["t"].number, money["tr"].number
    found = failures(uow)
    assert found[MONEY] == (
        f"The journal entry of {tr} does not cancel that of {t} line by line: 4 line(s) left over.",
    )
    assert bank_gl.startswith("1002")


# --- stock documents -------------------------------------------------------------------------------
@pytest.fixture
def stock(uow):
    return build_stock(uow)


def build_stock(uow) -> dict:
    """An issue, a transfer and a receipt, each reversed through the services (the last two at other values)."""
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", cost="6")
        cup = factories.product(tx, "CUP", cost="2.5")
        _, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        _, (b1,) = factories.warehouse(tx, "SHOP", bins=("B-01",))
        ids = dict(tea=tea.id, cup=cup.id, a1=a1.id, a2=a2.id, b1=b1.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[
            LineInput(ids["tea"], D("10"), D("6"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("4"), D("2.5"), to_location_id=ids["a1"]),
        ],
    )
    issue = inventory.create_and_post(
        uow,
        kind="issue",
        reason="internal_use",
        on=ON,
        lines=[
            LineInput(ids["tea"], D("2"), from_location_id=ids["a1"]),
            LineInput(ids["cup"], D("1"), from_location_id=ids["a1"]),
        ],
    )
    issue_rev = inventory.reverse_stock_doc(uow, issue.id)
    transfer = inventory.create_and_post(
        uow,
        kind="transfer",
        on=ON,
        lines=[LineInput(ids["tea"], D("3"), from_location_id=ids["a1"], to_location_id=ids["b1"])],
    )
    # TEA's average moves from 6 to 7.5: the transfer comes back at 7.5 (22.50, not 18.00)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="gift",
        on=ON,
        lines=[LineInput(ids["tea"], D("10"), D("9"), to_location_id=ids["a2"])],
    )
    transfer_rev = inventory.reverse_stock_doc(uow, transfer.id)
    # CUP: 4 @ 2.5 + 10 @ 5 → 14 / 60.00; 4 issued at the average (17.14); the receipt's reversal takes
    # the whole remaining 10 and so the whole remaining value, 42.86 instead of 50.00
    receipt = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="gift",
        on=ON,
        lines=[LineInput(ids["cup"], D("10"), D("5"), to_location_id=ids["a2"])],
    )
    inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[LineInput(ids["cup"], D("4"), from_location_id=ids["a1"])]
    )
    receipt_rev = inventory.reverse_stock_doc(uow, receipt.id)
    ids.update(iss=issue, irev=issue_rev, tr=transfer, trev=transfer_rev, rec=receipt, rrev=receipt_rev)
    return ids


def _move_values(uow, doc_id):
    return [m[4] for m in inventory.doc_moves(uow, doc_id)]


def test_correct_stock_pairs_pass_including_revalued_transfer_and_receipt_reversals(uow, stock):
    assert failures(uow) == {}
    assert _move_values(uow, stock["irev"].id) == _move_values(uow, stock["iss"].id) == [D("12.00"), D("2.50")]
    assert (_move_values(uow, stock["tr"].id), _move_values(uow, stock["trev"].id)) == ([D("18.00")], [D("22.50")])
    assert (_move_values(uow, stock["rec"].id), _move_values(uow, stock["rrev"].id)) == ([D("50.00")], [D("42.86")])
    orig = inventory.doc_moves(uow, stock["tr"].id)[0]
    back = inventory.doc_moves(uow, stock["trev"].id)[0]
    assert (back[0], back[1], back[2], back[3]) == (orig[0], orig[2], orig[1], orig[3])


def test_stock_original_not_pointing_back(uow, stock):
    _write(uow, update(StockDoc).where(StockDoc.id == stock["iss"].id).values(reversed_by_id=None))
    iss, irev = stock["iss"].number, stock["irev"].number
    assert failures(uow) == {STOCK: (f"{irev} reverses {iss}, but {iss} is not marked as reversed by it.",)}


def test_stock_document_reversed_on_two_computers(uow, stock):
    with uow.read() as tx:
        row = dict(tx.execute(select(StockDoc.__table__).where(StockDoc.id == stock["irev"].id)).mappings().one())
    row.update(id=uuid7(), number="OS-2026-000099")
    _write(uow, insert(StockDoc.__table__).values(row))
    iss, irev = stock["iss"].number, stock["irev"].number
    assert failures(uow) == {
        STOCK: (
            f"{iss} was reversed 2 times ({irev}, OS-2026-000099), probably on two computers while offline; it is undone more than once.",
        )
    }


def test_stock_reversal_of_another_kind(uow, stock):
    _write(uow, update(StockDoc).where(StockDoc.id == stock["irev"].id).values(kind="receipt"))
    iss, irev = stock["iss"].number, stock["irev"].number
    assert failures(uow) == {STOCK: (f"{irev} reverses {iss}, but the two documents are of different kinds.",)}


def test_stock_reversal_not_posted(uow, stock):
    _write(uow, update(StockDoc).where(StockDoc.id == stock["trev"].id).values(state="draft"))
    tr, trev = stock["tr"].number, stock["trev"].number
    assert failures(uow)[STOCK] == (f"{trev} reverses {tr}, but they are not both posted.",)


def test_stock_document_marked_reversed_without_a_reversal(uow, stock):
    _write(uow, update(StockDoc).where(StockDoc.id == stock["rrev"].id).values(reversed_by_id=uuid7()))
    # a reversal marked as reversed: no reversal points at it
    assert failures(uow) == {STOCK: (f"{stock['rrev'].number} is marked as reversed, but no reversal points at it.",)}


def test_issue_reversal_coming_back_at_another_value(uow, stock):
    with uow.read() as tx:
        move_id = tx.scalar(
            select(StockMove.id).where(StockMove.doc_id == stock["irev"].id, StockMove.product_id == stock["tea"])
        )
    _write(uow, update(StockMove).where(StockMove.id == move_id).values(value=D("11.00")))
    iss, irev = stock["iss"].number, stock["irev"].number
    found = failures(uow)
    assert found[STOCK] == (
        f"The stock moves of {irev} do not mirror those of {iss}: 2 move(s) without a counterpart.",
    )


def test_transfer_reversal_not_moving_back_to_where_it_came_from(uow, stock):
    with uow.read() as tx:
        move_id = tx.scalar(select(StockMove.id).where(StockMove.doc_id == stock["trev"].id))
    _write(uow, update(StockMove).where(StockMove.id == move_id).values(to_location_id=stock["a2"]))
    tr, trev = stock["tr"].number, stock["trev"].number
    assert failures(uow)[STOCK] == (
        f"The stock moves of {trev} do not mirror those of {tr}: 2 move(s) without a counterpart.",
    )


def test_reversal_missing_a_move_and_a_quantity_changed(uow, stock):
    with uow.read() as tx:
        moves = dict(
            tx.execute(select(StockMove.product_id, StockMove.id).where(StockMove.doc_id == stock["irev"].id)).all()
        )
    _write(
        uow,
        update(StockMove).where(StockMove.id == moves[stock["cup"]]).values(doc_id=uuid7()),
        update(StockMove).where(StockMove.id == moves[stock["tea"]]).values(qty=D("1.5")),
    )
    iss, irev = stock["iss"].number, stock["irev"].number
    assert failures(uow)[STOCK] == (
        f"The stock moves of {irev} do not mirror those of {iss}: 3 move(s) without a counterpart.",
    )


def test_reversal_checks_on_postgresql(pg_uow):
    """The same queries on PostgreSQL: the correct pairs pass, a twin reversal and a changed mirror are found."""
    uow = pg_uow
    money = build_money(uow)
    stock = build_stock(uow)
    assert failures(uow) == {}
    with uow.read() as tx:
        row = dict(tx.execute(select(MoneyTxn.__table__).where(MoneyTxn.id == money["rr"].id)).mappings().one())
        move_id = tx.scalar(
            select(StockMove.id).where(StockMove.doc_id == stock["irev"].id, StockMove.product_id == stock["tea"])
        )
    row.update(id=uuid7(), number="RC-2026-000099")
    _write(
        uow,
        insert(MoneyTxn.__table__).values(row),
        update(StockMove).where(StockMove.id == move_id).values(value=D("11.00")),
    )
    found = failures(uow)
    r, rr, iss, irev = money["r"].number, money["rr"].number, stock["iss"].number, stock["irev"].number
    assert found[MONEY] == (
        f"{r} was reversed 2 times ({rr}, RC-2026-000099), probably on two computers while offline; it is undone more than once.",
    )
    assert found[STOCK] == (
        f"The stock moves of {irev} do not mirror those of {iss}: 2 move(s) without a counterpart.",
    )
