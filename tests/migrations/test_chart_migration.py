"""0005: a shop on the old chart (VAT as 222101 进项 / 222102 销项 directly under 2221, lines on 3104)
is renumbered to the 小企业会计准则 chart with every balance exactly where it belongs."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, func, insert, inspect, select
from sqlalchemy.orm import Session

from erp_desktop.models.finance import Account, JournalEntry, JournalLine
from erp_desktop.models.payments import MoneyAccount, MoneyTxn
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import engine as db

# the chart exactly as the code before 0005 seeded it (code, name, kind, parent)
OLD_CHART = [
    ("1001", "库存现金", "asset", None),
    ("1002", "银行存款", "asset", None),
    ("1122", "应收账款", "asset", None),
    ("1123", "预付账款", "asset", None),
    ("1221", "其他应收款", "asset", None),
    ("1405", "库存商品", "asset", None),
    ("1601", "固定资产", "asset", None),
    ("1901", "待处理财产损溢", "asset", None),
    ("2001", "短期借款", "liability", None),
    ("2202", "应付账款", "liability", None),
    ("2203", "预收账款", "liability", None),
    ("2211", "应付职工薪酬", "liability", None),
    ("2221", "应交税费", "liability", None),
    ("2221.01", "应交税费-应交增值税", "liability", "2221"),
    ("222101", "应交增值税-进项税额", "liability", "2221"),
    ("222102", "应交增值税-销项税额", "liability", "2221"),
    ("2241", "其他应付款", "liability", None),
    ("3001", "实收资本", "equity", None),
    ("3103", "本年利润", "equity", None),
    ("3104", "利润分配", "equity", None),
    ("3999", "期初余额调整", "equity", None),
    ("5001", "主营业务收入", "revenue", None),
    ("5051", "其他业务收入", "revenue", None),
    ("5301", "营业外收入", "revenue", None),
    ("5401", "主营业务成本", "expense", None),
    ("5403", "税金及附加", "expense", None),
    ("5601", "销售费用", "expense", None),
    ("5602", "管理费用", "expense", None),
    ("5603", "财务费用", "expense", None),
    ("5711", "营业外支出", "expense", None),
]
# entries as the old code posted them: (account, debit, credit)
OLD_ENTRIES = [
    [("1405", "1000.00", "0"), ("222101", "130.00", "0"), ("2202", "0", "1130.00")],  # goods receipt
    [("1122", "565.00", "0"), ("5001", "0", "500.00"), ("222102", "0", "65.00")],  # delivery
    [("5401", "400.00", "0"), ("1405", "0", "400.00")],
    [("3104", "0", "2000.00"), ("3999", "2000.00", "0")],  # a manual entry on 利润分配
    [("222102", "20.00", "0"), ("100201", "0", "20.00")],  # tax paid: other expense on 222102
]


def _as_at_0002(engine, table: Table) -> Table:
    """``table`` with only the columns the database has now (its defaults kept), for Core inserts
    into a shop at an old revision while the models already describe the newest one."""
    present = {c["name"] for c in inspect(engine).get_columns(table.name)}
    return Table(table.name, MetaData(), *[c._copy() for c in table.c if c.name in present])


def _old_shop(url):
    engine = db.make_engine(url)
    command.upgrade(db.alembic_config(engine), "0002")
    with Session(engine) as tx, tx.begin():
        ids = {}
        for code, name, kind, parent in OLD_CHART + [("100201", "工商银行", "asset", "1002")]:
            account = Account(code=code, name=name, kind=kind, parent_code=parent, system=code != "2221.01")
            tx.add(account)
            tx.flush()
            ids[code] = account.id
        bank = MoneyAccount(code="ICBC", name="工商银行", kind="bank", gl_code="100201", balance=D("-20.00"))
        tx.add(bank)
        tx.flush()
        entries = _as_at_0002(engine, JournalEntry.__table__)  # later revisions add columns to it
        for n, lines in enumerate(OLD_ENTRIES, start=1):
            entry_id, on = uuid.uuid4(), date(2026, 10, n)
            tx.execute(insert(entries).values(id=entry_id, number=f"JE-{n}", on=on, doc_type="X", doc_id=uuid.uuid4()))
            for seq, (code, debit, credit) in enumerate(lines):
                tx.add(
                    JournalLine(entry_id=entry_id, seq=seq, on=on, account_code=code, debit=D(debit), credit=D(credit))
                )
        tx.add(
            MoneyTxn(
                number="OE-1",
                kind="expense",
                on=date(2026, 10, 5),
                account_id=bank.id,
                counter_account="222102",
                amount=D("20.00"),
            )
        )
    return engine, ids


def _balances(engine) -> dict[str, D]:
    with Session(engine) as tx:
        rows = tx.execute(
            select(JournalLine.account_code, func.sum(JournalLine.debit), func.sum(JournalLine.credit)).group_by(
                JournalLine.account_code
            )
        ).all()
    return {code: d - c for code, d, c in rows}


def _outbox(engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM sync_outbox").scalar()


@pytest.fixture(params=["sqlite", "postgresql"])
def old_url(request, tmp_path):
    if request.param == "sqlite":
        yield db.db_url(tmp_path / "old.sqlite3")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    pg_url = request.getfixturevalue("pg_url")
    name = f"erp_chart_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_an_old_chart_is_renumbered_with_its_balances(old_url):
    engine, ids = _old_shop(old_url)
    before = _balances(engine)
    assert before["222101"] == D("130.00") and before["222102"] == D("-45.00") and before["3104"] == D("-2000.00")
    outbox = _outbox(engine)
    assert db.upgrade(engine) is True
    after = _balances(engine)
    assert after == {
        "1405": D("600.00"),
        "22210101": D("130.00"),  # 进项 moved, exactly
        "2202": D("-1130.00"),
        "1122": D("565.00"),
        "5001": D("-500.00"),
        "22210102": D("-45.00"),  # 销项 and the tax paid through a money document
        "5401": D("400.00"),
        "310415": D("-2000.00"),  # 利润分配's lines now on 未分配利润
        "3999": D("2000.00"),
        "100201": D("-20.00"),
    }
    assert _outbox(engine) == outbox  # every copy renumbers itself: nothing queued for sync
    with Session(engine) as tx:
        accounts = {a.code: a for a in tx.scalars(select(Account))}
        assert accounts["22210101"].id == ids["222101"]  # the row moved, its id kept
        assert accounts["22210102"].id == ids["222102"]
        assert accounts["222101"].id == ids["2221.01"]
        assert (accounts["222101"].name, accounts["222101"].parent_code) == ("应交增值税", "2221")
        assert (accounts["22210101"].name, accounts["22210101"].parent_code) == ("进项税额", "222101")
        assert (accounts["222102"].name, accounts["222102"].parent_code) == ("未交增值税", "2221")
        assert accounts["310415"].parent_code == "3104"
        assert {"22210103", "22210104"} <= set(accounts) and "2221.01" not in accounts
        assert tx.scalar(select(MoneyTxn.counter_account)) == "22210102"
    assert sum(after.values()) == D(0)
    engine.dispose()
    shop = open_shop(old_url)  # the seed adds the rest of the chart, moves nothing
    assert _balances(shop.engine) == after
    shop.engine.dispose()


def test_the_demo_shop_goes_down_to_the_old_chart_and_back_exactly(tmp_path):
    from erp_desktop.demo import build_demo

    shop = open_shop(tmp_path / "demo.sqlite3")
    build_demo(shop)
    assert [c.name for c in verify.run_checks(shop) if not c.ok] == []
    engine = shop.engine
    new = _balances(engine)
    assert new["22210101"] > 0 and new["22210102"] < 0
    command.downgrade(db.alembic_config(engine), "0002")
    old = _balances(engine)
    assert old["222101"] == new["22210101"] and old["222102"] == new["22210102"]
    assert "22210101" not in old
    assert db.upgrade(engine) is True
    assert _balances(engine) == new
    shop.engine.dispose()
    again = open_shop(tmp_path / "demo.sqlite3")
    assert [c.name for c in verify.run_checks(again) if not c.ok] == []
    again.engine.dispose()
