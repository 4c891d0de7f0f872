"""助记码 (pinyin initials): generated on create and rename unless the user typed their own,
found by the pickers' lookups from an index, carried through Excel export and import, filled in by
the migration for rows that existed before it."""

from decimal import Decimal

import sqlalchemy as sa
from openpyxl import Workbook, load_workbook

from erp_desktop.services.masterdata import catalog, lookups, parties
from erp_desktop.services.masterdata import io as masterdata_io
from erp_desktop.services.masterdata.catalog import ProductInput
from erp_desktop.services.masterdata.mnemonic import mnemonic_of, resolve_mnemonic, search_key
from erp_desktop.services.masterdata.parties import CustomerInput, SupplierInput
from erp_desktop.services.paging import ListQuery
from tests.support import factories


def test_mnemonic_rule_initials_upper_case_letters_and_digits_kept():
    assert mnemonic_of("可口可乐") == "KKKL"
    assert mnemonic_of("可口可乐500ml") == "KKKL500ML"
    assert mnemonic_of("旺旺雪饼(84g)") == "WWXB84G"
    assert mnemonic_of("银行") == "YH"  # a polyphone: pypinyin's phrase reading (háng), not xíng
    assert mnemonic_of("重庆火锅") == "CQHG"  # 重 as chóng in 重庆
    assert mnemonic_of("  ") == "" and mnemonic_of("") == ""
    assert mnemonic_of("A-1 · 绿茶") == "A1LC"
    assert len(mnemonic_of("可" * 100)) == 60
    assert search_key(" kkkl ") == "KKKL" and search_key("可乐") is None and search_key("a-1") is None


def test_resolve_keeps_the_users_code_and_follows_a_rename_otherwise():
    assert resolve_mnemonic(None, "可乐", old_name=None, old_mnemonic=None) == "KL"
    assert resolve_mnemonic("xx1", "可乐", old_name=None, old_mnemonic=None) == "XX1"
    assert resolve_mnemonic("", "可乐", old_name="雪碧", old_mnemonic="MINE") == "KL"  # emptied: generate
    assert resolve_mnemonic(None, "可乐", old_name="雪碧", old_mnemonic="XB") == "KL"  # was generated: follows
    assert resolve_mnemonic(None, "可乐", old_name="雪碧", old_mnemonic="MINE") == "MINE"  # the user's: kept
    assert resolve_mnemonic("XB", "可乐", old_name="雪碧", old_mnemonic="XB") == "KL"  # editor showed it untouched
    assert resolve_mnemonic("MINE", "可乐", old_name="雪碧", old_mnemonic="XB") == "MINE"


def test_product_mnemonic_generated_on_create_and_rename_unless_edited(uow):
    p = catalog.save_product(uow, ProductInput(code="A1", name="可口可乐"))
    assert p.mnemonic == "KKKL"
    renamed = catalog.save_product(uow, p.as_input(name="百事可乐"), p.id)
    assert renamed.mnemonic == "BSKL"
    own = catalog.save_product(uow, renamed.as_input(mnemonic="pepsi"), p.id)
    assert own.mnemonic == "PEPSI"
    again = catalog.save_product(uow, own.as_input(name="百事可乐无糖"), p.id)
    assert again.mnemonic == "PEPSI"  # the user's own code survives a rename
    auto = catalog.save_product(uow, again.as_input(mnemonic=""), p.id)
    assert auto.mnemonic == "BSKLWT"
    assert [r.mnemonic for r in catalog.list_products(uow, ListQuery(search="bskl")).rows] == ["BSKLWT"]


def test_party_mnemonic_generated_editable_and_searched(uow):
    c = parties.save_customer(uow, CustomerInput(code="C1", name="马记批发部"))
    assert c.mnemonic == "MJPFB"
    c2 = parties.save_customer(uow, c.as_input(name="马记超市"), c.id)
    assert c2.mnemonic == "MJCS"
    s = parties.save_supplier(uow, SupplierInput(code="S1", name="娃哈哈", mnemonic="whh01"))
    assert s.mnemonic == "WHH01"
    assert [r.code for r in parties.list_customers(uow, ListQuery(search="mjcs")).rows] == ["C1"]
    assert [b.code for b in lookups.search_parties(uow, "customer", "mj")] == ["C1"]
    assert [b.code for b in lookups.search_parties(uow, "supplier", "WHH")] == ["S1"]
    with uow.write() as tx:  # rows made below the services (demo, factories) get the code too
        row = factories.customer(tx, "C2", name="张伟")
        assert row.mnemonic == "ZW"


def test_picker_search_puts_code_or_barcode_then_mnemonic_prefix_then_contains(uow):
    with uow.write() as tx:
        _w, bins = factories.warehouse(tx)
        cola = factories.product(tx, "LS0001", name="可口可乐", price="3.5", barcode="6900000000017")
        factories.product(tx, "LS0002", name="可口可乐零度", price="3.8")
        factories.product(tx, "KKKL", name="雪碧")  # code contains the initials: found, but after
        factories.opening_stock(tx, cola, bins[0], "12", "2")
    rows = lookups.search_products(uow, "KKKL")
    assert [r.code for r in rows] == ["KKKL", "LS0001", "LS0002"]  # exact code first
    assert [r.code for r in lookups.search_products(uow, "kkkl")] == ["LS0001", "LS0002", "KKKL"]
    first = rows[1]
    assert first.mnemonic == "KKKL" and first.on_hand == Decimal("12") and first.sale_price == Decimal("3.5")
    assert [r.code for r in lookups.search_products(uow, "KKKLLD")] == ["LS0002"]
    assert [r.code for r in lookups.search_products(uow, "6900000000017")] == ["LS0001"]
    assert lookups.search_products(uow, "QXZW") == []


def test_mnemonic_prefix_search_uses_the_index(uow):
    with uow.read() as tx:
        cond = lookups.mnemonic_prefix(tx, sa.column("mnemonic"), "KKKL")
        sql = str(sa.select(sa.text("id")).select_from(sa.table("product")).where(cond).compile())
        plan = " ".join(
            str(r[-1])
            for r in tx.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql.replace(":mnemonic_1", "'KKKL'").replace(":mnemonic_2", "'KKKM'")
            )
        )
    assert "ix_product_mnemonic" in plan, plan


def _xlsx(path, header, *rows):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_and_export_carry_the_mnemonic(uow, tmp_path):
    f = _xlsx(
        tmp_path / "p.xlsx",
        ["编码", "名称", "助记码", "售价"],
        ["N1", "农夫山泉", None, 2],  # no code given: generated
        ["N2", "怡宝", "yb550", 2],  # the file's own code
    )
    assert masterdata_io.import_list(uow, "products", f).created == 2
    assert catalog.get_product_by_code(uow, "N1").mnemonic == "NFSQ"
    assert catalog.get_product_by_code(uow, "N2").mnemonic == "YB550"
    rename = _xlsx(tmp_path / "r.xlsx", ["编码", "名称"], ["N1", "农夫果园"], ["N2", "怡宝纯净水"])
    assert masterdata_io.import_list(uow, "products", rename).updated == 2
    assert catalog.get_product_by_code(uow, "N1").mnemonic == "NFGY"  # generated: follows the name
    assert catalog.get_product_by_code(uow, "N2").mnemonic == "YB550"  # the user's: kept
    out = tmp_path / "out.xlsx"
    masterdata_io.export_list(uow, "products", out)
    ws = load_workbook(out).active
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    col = header.index("Mnemonic")
    assert sorted(r[col] for r in ws.iter_rows(min_row=2, values_only=True)) == ["NFGY", "YB550"]
    c = _xlsx(tmp_path / "c.xlsx", ["编码", "名称", "助记码"], ["C9", "李四商行", None], ["C8", "王五", "ww"])
    assert masterdata_io.import_list(uow, "customers", c).created == 2
    assert parties.get_customer(uow, lookups.search_parties(uow, "customer", "LSSH")[0].id).code == "C9"
    out = tmp_path / "c_out.xlsx"
    masterdata_io.export_list(uow, "customers", out)
    ws = load_workbook(out).active
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    col = header.index("Mnemonic")
    assert sorted(r[col] for r in ws.iter_rows(min_row=2, values_only=True)) == ["LSSH", "WW"]


def test_migration_fills_the_mnemonic_of_existing_rows(tmp_path):
    from alembic import command

    from erp_desktop.storage import engine as db

    engine = db.make_engine(db.db_url(tmp_path / "old.sqlite3"))
    command.upgrade(db.alembic_config(engine), "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customer (id, code, name, tier, channel, tags, salesperson, phone, email, tax_id,"
            " payment_terms_days, custom, active, notes, created_at, updated_at, origin_pc, hlc)"
            " VALUES ('00000000000000000000000000000001', 'C1', '可口可乐专卖', '', '', '[]', '', '', '', '',"
            " 30, '{}', 1, '', '2026-01-01', '2026-01-01', 'pc', 0)"
        )
    command.upgrade(db.alembic_config(engine), "head")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT mnemonic FROM customer").scalar() == "KKKLZM"
    engine.dispose()
