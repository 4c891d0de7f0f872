"""The 小企业会计准则 chart: codes and levels, sub-accounts (leaf-only postings, a parent's balance
handed down), and the counter-account chosen for every other receipt and issue by its reason."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ValidationError
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.services import finance
from erp_desktop.services.finance import chart
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.ledger.journal import Posting
from erp_desktop.services.system import verify
from tests.support import factories

ON = date(2026, 3, 10)


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        p1 = factories.product(tx, "TEA", cost="6")
        _w, (a1,) = factories.warehouse(tx, "MAIN", bins=("A-01",))
        return {"p1": p1.id, "a1": a1.id}


def lines_of(uow, doc_id):
    with uow.read() as tx:
        return [
            tuple(r)
            for r in tx.execute(
                select(JournalLine.account_code, JournalLine.debit, JournalLine.credit)
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .where(JournalEntry.doc_id == doc_id)
                .order_by(JournalEntry.posted_at, JournalLine.seq)
            )
        ]


def own(uow, code):
    with uow.read() as tx:
        d, c = chart.own_balance(tx, code)
        return d - c


def tie_out(uow):
    assert [c.name for c in verify.run_checks(uow) if not c.ok] == []


def test_the_seeded_chart_numbers_as_the_standard(uow):
    rows = {r.code: r for r in finance.list_accounts(uow)}
    expect = {
        "1001": "库存现金",
        "1002": "银行存款",
        "1122": "应收账款",
        "1123": "预付账款",
        "1221": "其他应收款",
        "1405": "库存商品",
        "1901": "待处理财产损溢",
        "2202": "应付账款",
        "2203": "预收账款",
        "2211": "应付职工薪酬",
        "2221": "应交税费",
        "222101": "应交增值税",
        "22210101": "进项税额",
        "22210102": "销项税额",
        "22210103": "进项税额转出",
        "22210104": "转出未交增值税",
        "222102": "未交增值税",
        "3001": "实收资本",
        "3103": "本年利润",
        "3104": "利润分配",
        "310415": "未分配利润",
        "5001": "主营业务收入",
        "5051": "其他业务收入",
        "5111": "投资收益",
        "5301": "营业外收入",
        "5401": "主营业务成本",
        "5403": "税金及附加",
        "5601": "销售费用",
        "5602": "管理费用",
        "5603": "财务费用",
        "5711": "营业外支出",
        "5801": "所得税费用",
    }
    assert {code: rows[code].name for code in expect} == expect
    assert rows["22210101"].full_name == "应交税费-应交增值税-进项税额"
    assert rows["22210101"].parent_code == "222101" and rows["222101"].parent_code == "2221"
    assert not rows["2221"].leaf and not rows["222101"].leaf and not rows["3104"].leaf
    assert "2221.01" not in rows
    leaves = {r.code for r in finance.list_accounts(uow, leaves_only=True)}
    assert "22210101" in leaves and "222101" not in leaves and "3104" not in leaves


def test_a_parent_takes_no_lines(uow):
    with pytest.raises(ValidationError, match="222101 has sub-accounts"), uow.write() as tx:
        Posting(ON, memo="x").debit("222101", D("1")).credit("5301", D("1")).post(tx)
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(JournalLine)) == 0


def test_a_sub_account_takes_its_parents_balance_and_its_reasons(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("5"), D("10"), to_location_id=shop["a1"])],
    )
    used = inventory.create_and_post(
        uow,
        kind="issue",
        reason="internal_use",
        on=ON,
        lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])],
    )
    assert lines_of(uow, used.id) == [("5602", D("10.00"), D("0")), ("1405", D("0"), D("10.00"))]
    row = finance.add_account(uow, code="560201", name="办公费", parent_code="5602", on=ON)
    assert (row.kind, row.full_name, row.leaf) == ("expense", "管理费用-办公费", True)
    assert own(uow, "5602") == D("0.00") and own(uow, "560201") == D("10.00")  # handed down in one entry
    assert {r.key: r.code for r in finance.list_posting_accounts(uow)}["issue.internal_use"] == "560201"
    again = inventory.create_and_post(
        uow,
        kind="issue",
        reason="internal_use",
        on=ON,
        lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])],
    )
    assert lines_of(uow, again.id) == [("560201", D("10.00"), D("0")), ("1405", D("0"), D("10.00"))]
    finance.add_account(uow, code="560202", name="水电费", parent_code="5602")
    assert own(uow, "560201") == D("20.00") and own(uow, "560202") == D("0")  # only the first takes it
    tie_out(uow)


@pytest.mark.parametrize(
    "kwargs,message",
    [
        (dict(code="112201", name="x", parent_code="1122"), "posted by business documents"),
        (dict(code="22210105", name="x", parent_code="222101"), None),
        (dict(code="5602001", name="x", parent_code="5602"), "two digits"),
        (dict(code="560299", name="x", kind="revenue", parent_code="5602"), "kind of its parent"),
        (dict(code="12A1", name="x", kind="asset"), "digits"),
        (dict(code="99", name="x", kind="asset"), "four digits"),
        (dict(code="5602", name="x", kind="expense"), "already exists"),
    ],
)
def test_bad_sub_accounts_are_refused(uow, kwargs, message):
    if message is None:  # 应交增值税 may take more details (e.g. 已交税金)
        assert finance.add_account(uow, **kwargs).parent_code == "222101"
        return
    before = len(finance.list_accounts(uow))
    with pytest.raises(ValidationError, match=message):
        finance.add_account(uow, **kwargs)
    assert len(finance.list_accounts(uow)) == before


def test_an_other_receipt_needs_a_reason_nothing_written(uow, shop):
    with pytest.raises(ValidationError, match="reason") as caught:
        inventory.create_and_post(
            uow, kind="receipt", on=ON, lines=[LineInput(shop["p1"], D("2"), D("7"), to_location_id=shop["a1"])]
        )
    assert caught.value.field == "reason"
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockDoc)) == 0
        assert tx.scalar(select(func.count()).select_from(JournalLine)) == 0
    with pytest.raises(ValidationError, match="Unknown reason"):
        inventory.create_and_post(
            uow,
            kind="issue",
            reason="lost",
            on=ON,
            lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])],
        )


def test_the_owner_chooses_each_reasons_account_and_a_reversal_keeps_the_old_one(uow, shop):
    opening = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("4"), D("7"), to_location_id=shop["a1"])],
    )
    assert lines_of(uow, opening.id) == [("1405", D("28.00"), D("0")), ("3999", D("0"), D("28.00"))]
    gift = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="gift",
        on=ON,
        lines=[LineInput(shop["p1"], D("1"), D("7"), to_location_id=shop["a1"])],
    )
    assert lines_of(uow, gift.id) == [("1405", D("7.00"), D("0")), ("5301", D("0"), D("7.00"))]
    damage = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])]
    )
    assert lines_of(uow, damage.id) == [("5711", D("7.00"), D("0")), ("1405", D("0"), D("7.00"))]
    row = finance.set_posting_account(uow, "issue.damage", "5602")
    assert (row.code, row.name, row.default_code) == ("5602", "管理费用", "5711")
    second = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])]
    )
    assert lines_of(uow, second.id) == [("5602", D("7.00"), D("0")), ("1405", D("0"), D("7.00"))]
    reversal = inventory.reverse_stock_doc(uow, damage.id, on=ON)
    assert lines_of(uow, reversal.id) == [("1405", D("7.00"), D("0")), ("5711", D("0"), D("7.00"))]
    tie_out(uow)


@pytest.mark.parametrize(
    "code,message",
    [
        ("2221", "has sub-accounts"),
        ("1122", "kept by its own ledger"),
        ("1901", "kept by its own ledger"),
        ("9999", "No active account"),
    ],
)
def test_a_reason_account_must_be_a_postable_free_account(uow, code, message):
    with pytest.raises(ValidationError, match=message):
        finance.set_posting_account(uow, "receipt.gift", code)
    assert {r.key: r.code for r in finance.list_posting_accounts(uow)}["receipt.gift"] == "5301"
