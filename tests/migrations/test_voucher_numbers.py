"""Revision 0006 numbers the entries a shop already has, month by month and per PC series, and
the next posting continues after them."""

from datetime import date
from decimal import Decimal as D

from alembic import command
from sqlalchemy import text

from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import engine as db


def test_existing_entries_get_voucher_numbers_and_new_ones_continue(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(db.db_url(path))
    command.upgrade(db.alembic_config(engine), "0002")
    rows = [
        ("JE-2026-000002", "2026-10-09"),
        ("JE-2026-000001", "2026-10-05"),
        ("JE-2026-000003", "2026-11-01"),
        ("JE-2026-B000001", "2026-10-07"),  # written by the PC of series B
    ]
    with engine.begin() as conn:
        for i, (number, on) in enumerate(rows):
            conn.execute(
                text(
                    'INSERT INTO journal_entry (id, number, "on", doc_type, doc_number, memo, posted_at, user_name,'
                    " created_at, updated_at, origin_pc, hlc) VALUES (:id, :n, :on, 'MJ', '', '', :t, '', :t, :t, '', 0)"
                ),
                {"id": f"0000000000000000000000000000000{i}", "n": number, "on": on, "t": "2026-11-01 00:00:00"},
            )
        conn.execute(
            text("INSERT INTO number_sequence (doc_type, year, series, next_value) VALUES ('JE', 2026, '', 4)")
        )
    engine.dispose()
    shop = open_shop(path)
    with shop.read() as tx:
        got = dict(tx.execute(text("SELECT number, voucher_no || '@' || voucher_period FROM journal_entry")).all())
    assert got == {
        "JE-2026-000001": "记-0001@202610",
        "JE-2026-000002": "记-0002@202610",
        "JE-2026-000003": "记-0001@202611",
        "JE-2026-B000001": "记-B0001@202610",
    }
    from erp_desktop.services.ledger.journal import Accounts as A
    from erp_desktop.services.ledger.journal import Posting

    with shop.write() as tx:
        entry = Posting(date(2026, 10, 20)).debit(A.ADMIN_EXPENSE, D(1)).credit(A.CAPITAL, D(1)).post(tx)
    assert entry.voucher_no == "记-0003"
    shop.engine.dispose()
