"""The posting path writes most rows below the ORM (Core inserts and executemany updates). These
tests pin what that must keep: every synced row is stamped for sync like a flush would stamp it,
numbers are taken in the posting's transaction, and the session is left consistent."""

from decimal import Decimal as D

import pytest
from sqlalchemy import select, text

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.sales import SalesOrder
from erp_desktop.services import sales
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput as StockLine
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.storage.uow import store_loaded
from tests.support.sales import ON, make_shop

POSTED_TABLES = (
    "stock_move",
    "sales_delivery",
    "sales_delivery_line",
    "open_item",
    "journal_entry",
    "journal_line",
    "sales_order",
    "sales_order_line",
)


def _stamps(uow, table: str, floor: int) -> list[tuple]:
    with uow.read() as tx:
        return tx.execute(
            text(
                f"SELECT hlc, origin_pc, created_at IS NOT NULL, updated_at IS NOT NULL FROM {table} WHERE hlc > :floor"
            ),
            {"floor": floor},
        ).all()


def _clock_now(uow) -> int:
    with uow.read() as tx:
        return max(tx.execute(text(f"SELECT COALESCE(MAX(hlc), 0) FROM {t}")).scalar() for t in POSTED_TABLES)


def test_a_delivery_stamps_every_row_it_writes_for_sync(uow):
    shop = make_shop(uow)
    ref = sales.create_order(
        uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("2")), sales.LineInput(shop.b, D("1"))]
    )
    sales.confirm_order(uow, ref.id)
    before = _clock_now(uow)
    sales.deliver_order(uow, ref.id, on=ON, warehouse_id=shop.w1)
    written = {table: _stamps(uow, table, before) for table in POSTED_TABLES}
    # moves 2, header 1, lines 2, receivable 1, entry 1 with 6 lines (VAT at 13 % and 9 %), the order and both its lines
    assert {t: len(rows) for t, rows in written.items()} == {
        "stock_move": 2,
        "sales_delivery": 1,
        "sales_delivery_line": 2,
        "open_item": 1,
        "journal_entry": 1,
        "journal_line": 6,
        "sales_order": 1,
        "sales_order_line": 2,
    }
    rows = [row for table_rows in written.values() for row in table_rows]
    assert {row[1] for row in rows} == {uow.pc_id}
    assert all(row[2] and row[3] for row in rows)
    assert len({row[0] for row in rows}) == len(rows)  # every row its own clock version


def test_a_quick_stock_document_is_written_once_complete(uow):
    shop = make_shop(uow)
    result = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[StockLine(shop.a, D("3"), from_location_id=shop.bin1)]
    )
    with uow.read() as tx:
        doc = tx.execute(
            text("SELECT number, state, total_value, hlc, origin_pc FROM stock_doc WHERE id = :id"),
            {"id": result.id.hex},
        ).one()
        line = tx.execute(
            text("SELECT qty, value, unit_cost, doc_id FROM stock_doc_line WHERE doc_id = :id"), {"id": result.id.hex}
        ).one()
    assert (doc[0], doc[1], doc[2]) == (result.number, "posted", 1800)  # 3 × 6.00 in cents
    assert doc[3] > 0 and doc[4] == uow.pc_id
    assert (line[0], line[1], line[2]) == (3000, 1800, 6_000_000)


def test_a_refused_posting_gives_its_number_back_and_writes_nothing(uow):
    shop = make_shop(uow)
    first = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[StockLine(shop.a, D("1"), from_location_id=shop.bin1)]
    )
    with pytest.raises(InsufficientStock):
        inventory.create_and_post(
            uow, kind="issue", reason="damage", on=ON, lines=[StockLine(shop.a, D("1000"), from_location_id=shop.bin1)]
        )
    again = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[StockLine(shop.a, D("1"), from_location_id=shop.bin1)]
    )
    assert int(again.number[-6:]) == int(first.number[-6:]) + 1


def test_numbers_count_up_per_type_and_year(uow):
    with uow.write() as tx:
        taken = [next_number(tx, "ZZ", ON) for _ in range(3)] + [next_number(tx, "ZZ", ON.replace(year=ON.year + 1))]
    assert taken == [f"ZZ-{ON.year}-000001", f"ZZ-{ON.year}-000002", f"ZZ-{ON.year}-000003", f"ZZ-{ON.year + 1}-000001"]


def test_store_loaded_writes_through_and_leaves_the_session_clean(uow):
    shop = make_shop(uow)
    ref = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("2"))])
    with uow.write() as tx:
        order = tx.get(SalesOrder, ref.id)
        order.notes = "kept"
        order.version += 1
        store_loaded(tx, [order], ("version",))
        assert order in tx.dirty  # notes still waits for the flush
        order.notes = ""  # back to what the database holds
        store_loaded(tx, [order], ("notes",))
        assert order not in tx.dirty
        stored = tx.execute(select(SalesOrder.__table__.c.version)).scalar()
    assert stored == 2
