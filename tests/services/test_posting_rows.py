"""The posting path writes most rows below the ORM (Core inserts and executemany updates). These
tests pin what that must keep: every synced row is stamped for sync like a flush would stamp it,
numbers are taken in the posting's transaction, and the session is left consistent."""

import dataclasses
from decimal import Decimal as D

import pytest
from sqlalchemy import select, text

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.base import uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.models.sales import SalesOrder
from erp_desktop.models.stock import StockBalance
from erp_desktop.services import sales
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput as StockLine
from erp_desktop.services.ledger.journal import PostedEntry, PostedItem, Posting, raise_open_item
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.storage.rows import insert_rows, update_rows
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


def test_update_rows_writes_by_key_and_stamps_synced_rows(uow):
    shop = make_shop(uow)
    ref = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("2"))])
    with uow.read() as tx:
        hlc_before = tx.execute(select(SalesOrder.__table__.c.hlc)).scalar()
    with uow.write() as tx:
        assert update_rows(tx, SalesOrder.__table__, [{"id": ref.id, "version": 7, "notes": "kept"}]) == 1
    with uow.read() as tx:
        version, notes, hlc, pc = tx.execute(
            select(SalesOrder.version, SalesOrder.notes, SalesOrder.hlc, SalesOrder.origin_pc)
        ).one()
    assert (version, notes, pc) == (7, "kept", uow.pc_id)
    assert hlc > hlc_before


def test_update_rows_takes_a_composite_key_and_leaves_derived_rows_unstamped(uow):
    shop = make_shop(uow)
    table = StockBalance.__table__
    with uow.write() as tx:
        before = dict(tx.execute(select(table.c.location_id, table.c.qty).where(table.c.product_id == shop.a)).all())
        update_rows(
            tx,
            table,
            [{"product_id": shop.a, "location_id": shop.bin1, "qty": D("1.5")}],
            ("product_id", "location_id"),
        )
        after = dict(tx.execute(select(table.c.location_id, table.c.qty).where(table.c.product_id == shop.a)).all())
        tx.rollback()
    assert after[shop.bin1] == D("1.5")
    assert {k: v for k, v in after.items() if k != shop.bin1} == {k: v for k, v in before.items() if k != shop.bin1}


def test_insert_rows_takes_rows_of_different_shapes(uow):
    with uow.write() as tx:
        ids = [uuid7(), uuid7()]
        written = insert_rows(
            tx,
            Product.__table__,
            [
                {"id": ids[0], "code": "X-1", "name": "one"},
                {"id": ids[1], "code": "X-2", "name": "two", "spec": "500 g"},
            ],
        )
    assert written == 2
    with uow.read() as tx:
        rows = tx.execute(
            select(Product.code, Product.spec, Product.origin_pc).where(Product.id.in_(ids)).order_by(Product.code)
        ).all()
    assert [tuple(r) for r in rows] == [("X-1", "", uow.pc_id), ("X-2", "500 g", uow.pc_id)]


def test_posted_results_are_values_not_detached_objects(uow):
    shop = make_shop(uow)
    with uow.write() as tx:
        entry = Posting(ON, memo="x").debit("1122", D("5")).credit("5001", D("5")).post(tx)
        item = raise_open_item(
            tx,
            kind="receivable",
            party_id=shop.customer,
            doc_type="T",
            doc_id=uuid7(),
            doc_number="T-1",
            on=ON,
            amount=D("5"),
        )
        assert isinstance(entry, PostedEntry) and isinstance(item, PostedItem)
        with pytest.raises(dataclasses.FrozenInstanceError):
            item.amount = D("1")  # type: ignore[misc]
        loaded = tx.get(OpenItem, item.id)
        assert (loaded.amount, loaded.allocated, loaded.origin_pc) == (D("5"), D("0"), uow.pc_id)
        assert tx.get(JournalEntry, entry.id).voucher_no == entry.voucher_no
