"""What a printout shows, as plain frozen dataclasses. Printing renders these, never ORM rows:
``sources`` builds them from each module's data, tests build them by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from erp_desktop.services.system.company import CompanyInfo


class DocKind:
    SALES_QUOTE = "sales_quote"  # 报价单
    DELIVERY = "delivery"  # 销售出库单 / 送货单
    SALES_ORDER = "sales_order"
    SALES_RETURN = "sales_return"
    PURCHASE_ORDER = "purchase_order"
    RECEIPT = "receipt"  # 采购入库单
    PURCHASE_RETURN = "purchase_return"
    TRANSFER = "transfer"  # 调拨单
    STOCK_IN = "stock_in"  # 其他入库
    STOCK_OUT = "stock_out"  # 其他出库
    STOCK_COUNT = "stock_count"  # 盘点表
    ASSEMBLY = "assembly"  # 组装单 / 拆卸单: the kit and its components, from and to bins, at cost
    MONEY_RECEIPT = "money_receipt"  # 收款收据
    MONEY_PAYMENT = "money_payment"  # 付款单
    LANDED_COST = "landed_cost"  # 采购费用单

    PRICED = frozenset(
        {
            SALES_QUOTE,
            DELIVERY,
            SALES_ORDER,
            SALES_RETURN,
            PURCHASE_ORDER,
            RECEIPT,
            PURCHASE_RETURN,
            STOCK_IN,
            STOCK_OUT,
            LANDED_COST,
        }
    )
    MOVES = frozenset({TRANSFER})
    COUNT = frozenset({STOCK_COUNT})
    MONEY = frozenset({MONEY_RECEIPT, MONEY_PAYMENT})


@dataclass(frozen=True)
class PrintLine:
    code: str = ""
    name: str = ""
    spec: str = ""
    unit: str = ""
    qty: Decimal | None = None
    price: Decimal | None = None
    amount: Decimal | None = None
    tax_rate: Decimal | None = None
    discount: Decimal | None = None  # a fraction (0.05 = 5 %); the Discount column prints when a line has one
    location: str = ""  # the bin (from-bin of a transfer)
    location_to: str = ""  # the to-bin of a transfer
    barcode: str = ""  # printed as a barcode on count sheets
    note: str = ""
    custom: tuple[tuple[str, str], ...] = ()  # (key, value) of the product's custom fields, for template columns


@dataclass(frozen=True)
class PrintDoc:
    kind: str
    title: str  # already translated ("销售出库单" / "Delivery note")
    number: str
    date: date
    company: CompanyInfo
    party_label: str = ""  # "Customer" / "Supplier" / "Warehouse", translated
    party_name: str = ""
    party_details: tuple[tuple[str, str], ...] = ()  # (label, value): address, phone, contact …
    meta: tuple[tuple[str, str], ...] = ()  # more header fields: warehouse, order number, due date …
    lines: tuple[PrintLine, ...] = ()
    totals: tuple[tuple[str, Decimal], ...] = ()  # (label, amount), last is the grand total
    grand_total: Decimal | None = None  # printed in figures and 大写 when set
    notes: str = ""
    signatures: tuple[str, ...] = ()  # boxes at the foot: 制单 / 发货 / 收货 …
    barcode_value: str = ""  # Code128 of the document number, top right
    party_custom: tuple[tuple[str, str, str], ...] = ()  # (key, label, value) of the party's custom fields
    party_id: str = ""  # the customer's (or supplier's) id: a customer may have templates of their own


@dataclass(frozen=True)
class StatementLine:
    on: date
    doc_number: str
    description: str
    increase: Decimal  # invoiced to a customer / bought from a supplier
    decrease: Decimal  # received from a customer / paid to a supplier, returns
    balance: Decimal  # running balance after this line
    due: date | None = None


@dataclass(frozen=True)
class Ageing:
    """Outstanding balance by age (days past the document date at the statement date)."""

    d0_30: Decimal = Decimal("0.00")
    d31_60: Decimal = Decimal("0.00")
    d61_90: Decimal = Decimal("0.00")
    over_90: Decimal = Decimal("0.00")
    unapplied: Decimal = Decimal("0.00")  # credits not yet allocated (money received ahead, returns), ≤ 0

    @property
    def total(self) -> Decimal:
        return self.d0_30 + self.d31_60 + self.d61_90 + self.over_90 + self.unapplied


@dataclass(frozen=True)
class StatementDoc:
    party_kind: str  # customer | supplier
    party_code: str
    party_name: str
    company: CompanyInfo
    date_from: date
    date_to: date
    opening: Decimal
    lines: tuple[StatementLine, ...]
    closing: Decimal
    ageing: Ageing = field(default_factory=Ageing)
    party_details: tuple[tuple[str, str], ...] = ()
    notes: str = ""
    party_id: str = ""

    @property
    def total_increase(self) -> Decimal:
        return sum((line.increase for line in self.lines), Decimal("0.00"))

    @property
    def total_decrease(self) -> Decimal:
        return sum((line.decrease for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class LabelItem:
    code: str
    name: str
    spec: str = ""
    unit: str = ""
    price: Decimal | None = None
    barcode: str = ""  # the product's barcode; the code is used when empty
    copies: int = 1  # labels of this item (times the spec's ``copies``)


@dataclass(frozen=True)
class LabelSpec:
    items: tuple[LabelItem, ...]
    layout: str = "a4-3x8"
    copies: int = 1
    symbology: str = "auto"  # auto (EAN-13 when valid, else Code128) | code128 | ean13 | qr
    show_price: bool = True
    currency: str = "¥"
    skip: int = 0  # labels already used on the first sheet
