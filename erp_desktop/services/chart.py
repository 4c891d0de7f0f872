"""The seeded chart of accounts for a Chinese small business (小企业会计准则), editable later
by the owner; the accounts postings use are marked ``system`` and cannot be removed."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.finance import Account, AccountKind
from .posting import Accounts as A

# code, 中文名, English name, kind, parent
CHART: list[tuple[str, str, str, AccountKind, str | None]] = [
    (A.CASH, "库存现金", "Cash on hand", AccountKind.ASSET, None),
    (A.BANK, "银行存款", "Bank deposits", AccountKind.ASSET, None),
    (A.RECEIVABLE, "应收账款", "Accounts receivable", AccountKind.ASSET, None),
    (A.PREPAID, "预付账款", "Prepayments to suppliers", AccountKind.ASSET, None),
    ("1221", "其他应收款", "Other receivables", AccountKind.ASSET, None),
    (A.INVENTORY, "库存商品", "Merchandise inventory", AccountKind.ASSET, None),
    ("1601", "固定资产", "Fixed assets", AccountKind.ASSET, None),
    (A.PENDING_LOSS, "待处理财产损溢", "Stock count gains and losses pending", AccountKind.ASSET, None),
    ("2001", "短期借款", "Short-term loans", AccountKind.LIABILITY, None),
    (A.PAYABLE, "应付账款", "Accounts payable", AccountKind.LIABILITY, None),
    (A.ADVANCE_RECEIVED, "预收账款", "Advances from customers", AccountKind.LIABILITY, None),
    ("2211", "应付职工薪酬", "Payroll payable", AccountKind.LIABILITY, None),
    ("2221", "应交税费", "Taxes payable", AccountKind.LIABILITY, None),
    ("2221.01", "应交税费-应交增值税", "VAT payable", AccountKind.LIABILITY, "2221"),
    (A.INPUT_VAT, "应交增值税-进项税额", "Input VAT", AccountKind.LIABILITY, "2221"),
    (A.OUTPUT_VAT, "应交增值税-销项税额", "Output VAT", AccountKind.LIABILITY, "2221"),
    ("2241", "其他应付款", "Other payables", AccountKind.LIABILITY, None),
    (A.CAPITAL, "实收资本", "Paid-in capital", AccountKind.EQUITY, None),
    ("3103", "本年利润", "Current year profit", AccountKind.EQUITY, None),
    (A.RETAINED, "利润分配", "Retained earnings", AccountKind.EQUITY, None),
    (A.OPENING, "期初余额调整", "Opening balance equity", AccountKind.EQUITY, None),
    (A.REVENUE, "主营业务收入", "Sales revenue", AccountKind.REVENUE, None),
    ("5051", "其他业务收入", "Other operating income", AccountKind.REVENUE, None),
    (A.OTHER_INCOME, "营业外收入", "Non-operating income", AccountKind.REVENUE, None),
    (A.COGS, "主营业务成本", "Cost of goods sold", AccountKind.EXPENSE, None),
    ("5403", "税金及附加", "Taxes and surcharges", AccountKind.EXPENSE, None),
    (A.SELLING_EXPENSE, "销售费用", "Selling expenses", AccountKind.EXPENSE, None),
    (A.ADMIN_EXPENSE, "管理费用", "Administrative expenses", AccountKind.EXPENSE, None),
    ("5603", "财务费用", "Finance costs", AccountKind.EXPENSE, None),
    (A.OTHER_EXPENSE, "营业外支出", "Non-operating expenses", AccountKind.EXPENSE, None),
]
SYSTEM_CODES = {value for name, value in vars(A).items() if name.isupper()}


def seed_chart(tx: Session) -> int:
    """Add any missing seeded account (idempotent). Returns how many were added."""
    existing = set(tx.scalars(select(Account.code)))
    added = 0
    for code, name, name_en, kind, parent in CHART:
        if code not in existing:
            tx.add(Account(code=code, name=name, name_en=name_en, kind=kind.value, parent_code=parent, system=code in SYSTEM_CODES))
            added += 1
    tx.flush()
    return added
