"""The product search index (storage/search_index.py): the same rows, in the same order, as the
plain scan; kept in step by its triggers; repaired on open; never synced."""

from decimal import Decimal

import pytest
from sqlalchemy import insert

from erp_desktop.models.base import uuid7
from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.services import masterdata as md
from erp_desktop.services.masterdata import catalog, lookups
from erp_desktop.services.masterdata.catalog import ProductInput
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import search_index

NAMES = ["西湖龙井", "可口可乐", "Straße Kaffee", 'Say "Hi"', "100%纯果汁", "a_b_c 胶带", "ÄPFEL Saft", "农夫山泉"]
SPECS = ["250g", "500ML", "1L", "50%off", "10卷", ""]
TEXTS = [
    "P0012",
    "龙井1",
    "500ml",
    "500ML",
    "690001",
    "0001",
    "kkkl",
    "KKKL1",
    "ß",
    "strasse",
    "STRASSE",
    'y "h',
    "100%",
    "0%o",
    "_b_",
    "äpf",
    "ÄPF",
    "apf",
    "胶带",
    "nomatch-zz",
    "  P0013  ",
    "12",
]


def _fill(uow, n: int = 240) -> None:
    from erp_desktop.services.masterdata.mnemonic import mnemonic_of

    with uow.write() as tx:
        rows, codes = [], []
        for i in range(n):
            pid = uuid7()
            name = f"{NAMES[i % len(NAMES)]}{i}"
            rows.append(
                dict(
                    id=pid,
                    code=f"P{i:04d}",
                    name=name,
                    mnemonic=mnemonic_of(name),
                    spec=SPECS[i % len(SPECS)],
                    colour="",
                    unit="个",
                    tax_rate=Decimal("0.13"),
                    purchase_price=Decimal(1),
                    sale_price=Decimal(2),
                    reorder_point=Decimal(0),
                    reorder_qty=Decimal(0),
                    attributes={},
                    custom={},
                    active=i % 7 != 3,
                    notes="",
                )
            )
            if i % 3:
                codes.append(dict(id=uuid7(), product_id=pid, barcode=f"69{i:08d}"))
        tx.execute(insert(Product), rows)
        tx.execute(insert(ProductBarcode), codes)


def _results(uow):
    lists = {t: [r.id for r in catalog.list_products(uow, ListQuery(search=t, limit=15)).rows] for t in TEXTS}
    pages = {
        t: [r.id for r in catalog.list_products(uow, ListQuery(search=t, limit=500, filters={"active": True})).rows]
        for t in TEXTS
    }
    picks = {t: [b.id for b in md.search_products(uow, t, limit=15)] for t in TEXTS}
    every = {t: [b.id for b in md.search_products(uow, t, limit=500, active_only=False)] for t in TEXTS}
    return lists, pages, picks, every


def test_the_index_gives_the_rows_and_order_of_the_plain_scan(uow, monkeypatch):
    _fill(uow)
    with uow.read() as tx:
        assert search_index.has_search_index(tx.connection())
        assert lookups.indexed_candidates(tx, "500ml") is not None  # the index is really used
        assert lookups.indexed_candidates(tx, "12") is None  # too short for trigrams
    indexed = _results(uow)
    monkeypatch.setattr(lookups, "indexed_candidates", lambda tx, *texts: None)
    scanned = _results(uow)
    assert indexed == scanned
    lists, _pages, picks, _every = scanned
    assert lists["500ml"] and lists["strasse"] == [] and lists["ß"] and picks["kkkl"] and lists["100%"]
    assert lists["nomatch-zz"] == [] and lists["  P0013  "]


def test_a_common_text_scans_in_order_instead(uow, monkeypatch):
    _fill(uow)
    monkeypatch.setattr(lookups, "NARROW_MAX", 5)
    with uow.read() as tx:
        assert lookups.indexed_candidates(tx, "P00") is None  # 100 candidates > 5
        assert lookups.indexed_candidates(tx, "P0012") is not None  # 10


def _search_rows(uow):
    with uow.read() as tx:
        return sorted(
            tuple(r) for r in tx.connection().exec_driver_sql(f"SELECT rowid, * FROM {search_index.TABLE}").all()
        )


def _rebuilt(uow):
    with uow.read() as tx:
        conn = tx.connection()
        select_part = search_index.REBUILD[1].split("SELECT", 1)[1]
        return sorted(tuple(r) for r in conn.exec_driver_sql("SELECT" + select_part).all())


def test_triggers_keep_the_index_in_step_with_every_edit(uow):
    tea = catalog.save_product(uow, ProductInput(code="TEA-1", name="西湖龙井", spec="250g", barcodes=["6901111"]))
    cola = catalog.save_product(uow, ProductInput(code="COLA", name="可口可乐", barcodes=["6902222", "6903333"]))
    assert _search_rows(uow) == _rebuilt(uow)
    assert [b.id for b in md.search_products(uow, "6902222")] == [cola.id]
    catalog.save_product(uow, tea.as_input(name="安溪铁观音", barcodes=["6904444"]), tea.id)
    catalog.save_product(uow, cola.as_input(barcodes=["6903333"]), cola.id)
    assert _search_rows(uow) == _rebuilt(uow)
    assert md.search_products(uow, "西湖龙") == [] and [b.id for b in md.search_products(uow, "铁观音")] == [tea.id]
    assert [b.id for b in md.search_products(uow, "690444")] == [tea.id]
    assert catalog.list_products(uow, ListQuery(search="02222")).rows == []
    catalog.delete_product(uow, cola.id)
    assert _search_rows(uow) == _rebuilt(uow)
    assert [r[1] for r in _search_rows(uow)] == ["TEA-1"]


def test_an_open_repairs_an_index_whose_triggers_a_batch_migration_dropped(uow, db_path):
    _fill(uow, 30)
    with uow.write() as tx:
        conn = tx.connection()
        conn.exec_driver_sql(f'DROP TRIGGER "{search_index.TABLE}_product_upd"')
        conn.exec_driver_sql("UPDATE product SET name = '新名字' WHERE code = 'P0007'")
    assert md.search_products(uow, "新名字") == []  # stale: no trigger
    uow.engine.dispose()
    again = open_shop(db_path)
    try:
        assert [b.code for b in md.search_products(again, "新名字")] == ["P0007"]
        assert _search_rows(again) == _rebuilt(again)
    finally:
        again.engine.dispose()


def test_the_index_is_never_synced(uow):
    from erp_desktop.storage.outbox import outbox_tables

    assert not any(search_index.is_search_table(t) for t in outbox_tables())
    catalog.save_product(uow, ProductInput(code="X1", name="测试商品", barcodes=["6905555"]))
    with uow.read() as tx:
        tables = {r[0] for r in tx.connection().exec_driver_sql("SELECT DISTINCT table_name FROM sync_outbox")}
    assert tables and not any(search_index.is_search_table(t) for t in tables)


@pytest.mark.parametrize("text", ['"', '""', 'a"b"c', "*", "OR", "NEAR(", "^abc", "col:abc"])
def test_query_syntax_in_the_text_is_only_text(uow, text):
    _fill(uow, 20)
    catalog.save_product(uow, ProductInput(code="Q1", name=f"奇怪{text}名字"))
    found = [b.code for b in md.search_products(uow, text, active_only=False, limit=100)]
    assert "Q1" in found
