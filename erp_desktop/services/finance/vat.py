"""VAT for the month (增值税): the summary an accountant files from, the month-end entry that moves
what is owed into 222102 未交增值税, paying it through a money document, and importing the list of
invoices exported from the national tax platform (全国增值税发票查验平台 / 电子税务局).

For a month (from the ledger, 应交增值税's details):
    销项税额 = Cr − Dr of 22210102;  进项税额 = Dr − Cr of 22210101;  进项税额转出 = Cr − Dr of 22210103
    期初留抵 = the debit balance 222101 carried into the month
    应纳税额 = 销项 − 进项 + 转出 − 期初留抵, if positive; otherwise it is 期末留抵 and nothing moves.
The month-end entry (doc type "VT", one per month, refused a second time):
    Dr 22210104 转出未交增值税 / Cr 222102 未交增值税  应纳税额
Paying: a money document (other expense, OE) Dr 222102 / Cr the bank, never more than is unpaid.
Invariant (``verify``): at most one VAT entry per month.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ImportErrors, InvalidTransition, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.payments import Invoice, InvoiceDirection, InvoiceType
from erp_desktop.models.sales import SalesDelivery, SalesDeliveryLine, SalesReturn, SalesReturnLine
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

VAT_DOC_TYPE = "VT"
VAT_NAMESPACE = uuid.UUID("2f6b8a0c-1d4e-4c7a-9b3f-5e8d7c6a4b21")


def vat_doc_id(year: int, month: int) -> uuid.UUID:
    """The same on every PC, so two PCs moving one month's VAT offline are caught by ``verify``."""
    return uuid.uuid5(VAT_NAMESPACE, f"vat:{year:04d}-{month:02d}")


def _month(year: int, month: int) -> tuple[date, date]:
    from calendar import monthrange

    try:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    except ValueError:
        raise ValidationError(tr("Write the month as YYYY-MM, e.g. 2026-10."), field="month") from None


@dataclass(frozen=True)
class RateRow:
    rate: Decimal  # 0.13
    net: Decimal
    tax: Decimal


@dataclass(frozen=True)
class VatSummary:
    year: int
    month: int
    sales_by_rate: list[RateRow]
    output_vat: Decimal  # 销项税额
    input_vat: Decimal  # 进项税额
    input_vat_out: Decimal  # 进项税额转出
    opening_credit: Decimal  # 期初留抵
    due: Decimal  # 应纳税额
    closing_credit: Decimal  # 期末留抵
    transferred: Decimal  # moved to 未交增值税 this month (0 until the month-end entry)
    entry_number: str
    unpaid: Decimal  # 222102 at the month's end
    invoiced_net: Decimal  # issued invoices registered in the month
    invoiced_tax: Decimal
    received_special_tax: Decimal  # 专票 received in the month (the 进项 one may deduct)
    received_normal_tax: Decimal
    sales_net: Decimal = field(default=ZERO)

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def uninvoiced_net(self) -> Decimal:
        return self.sales_net - self.invoiced_net

    @property
    def needs_transfer(self) -> bool:
        return self.due > ZERO and self.transferred == ZERO


def _sum(tx: Session, code: str, start: date | None, end: date, *, like: bool = False) -> Decimal:
    """Σ debit − Σ credit of ``code`` (and its sub-accounts with ``like``) in [start, end]."""
    stmt = select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(JournalLine.on <= end)
    stmt = stmt.where(JournalLine.account_code.like(f"{code}%") if like else JournalLine.account_code == code)
    if start is not None:
        stmt = stmt.where(JournalLine.on >= start)
    d, c = tx.execute(stmt).one()
    return (d if isinstance(d, Decimal) else ZERO) - (c if isinstance(c, Decimal) else ZERO)


def _vat_entry(tx: Session, year: int, month: int) -> JournalEntry | None:
    return tx.scalar(
        select(JournalEntry)
        .where(
            JournalEntry.doc_type == VAT_DOC_TYPE,
            JournalEntry.doc_id == vat_doc_id(year, month),
            JournalEntry.reversal_of_id.is_(None),
            JournalEntry.id.not_in(_reversed_ids()),
        )
        .limit(1)
    )


def _reversed_ids():
    """Entries undone by a reversal (re-opening a month reverses its VAT entry): they count no more."""
    return select(JournalEntry.reversal_of_id).where(
        JournalEntry.doc_type == VAT_DOC_TYPE, JournalEntry.reversal_of_id.is_not(None)
    )


def vat_transferred(tx: Session, year: int, month: int) -> bool:
    return _vat_entry(tx, year, month) is not None


def summary_tx(tx: Session, year: int, month: int) -> VatSummary:
    start, end = _month(year, month)
    output = -_sum(tx, Accounts.OUTPUT_VAT, start, end)
    input_ = _sum(tx, Accounts.INPUT_VAT, start, end)
    out = -_sum(tx, Accounts.INPUT_VAT_OUT, start, end)
    before = date.fromordinal(start.toordinal() - 1)
    opening = _sum(tx, Accounts.VAT, None, before, like=True)  # a debit: 留抵; a credit: a month not moved yet
    opening_credit = max(opening, ZERO)
    raw = output - input_ + out - opening
    transferred = _sum(tx, Accounts.VAT_TRANSFER_OUT, start, end)
    entry = _vat_entry(tx, year, month)
    rates: dict[Decimal, list[Decimal]] = {}
    for sign, line, header, fk in (
        (1, SalesDeliveryLine, SalesDelivery, SalesDeliveryLine.delivery_id),
        (-1, SalesReturnLine, SalesReturn, SalesReturnLine.return_id),
    ):
        for rate, net, tax in tx.execute(
            select(line.tax_rate, func.sum(line.net), func.sum(line.tax))
            .join(header, header.id == fk)
            .where(header.on >= start, header.on <= end)
            .group_by(line.tax_rate)
        ):
            sums = rates.setdefault(Decimal(rate).normalize(), [ZERO, ZERO])
            sums[0] += sign * (net or ZERO)
            sums[1] += sign * (tax or ZERO)
    invoiced = {
        (direction, kind): (n or ZERO, t or ZERO)
        for direction, kind, n, t in tx.execute(
            select(Invoice.direction, Invoice.invoice_type, func.sum(Invoice.net), func.sum(Invoice.tax))
            .where(Invoice.on >= start, Invoice.on <= end)
            .group_by(Invoice.direction, Invoice.invoice_type)
        )
    }
    issued = [v for (d, _k), v in invoiced.items() if d == InvoiceDirection.ISSUED.value]
    by_rate = [RateRow(rate, net, tax) for rate, (net, tax) in sorted(rates.items()) if net or tax]
    return VatSummary(
        year,
        month,
        by_rate,
        output,
        input_,
        out,
        opening_credit,
        max(raw, ZERO),
        max(-raw, ZERO),
        transferred,
        entry.number if entry is not None else "",
        -_sum(tx, Accounts.VAT_UNPAID, None, end),
        sum((n for n, _t in issued), ZERO),
        sum((t for _n, t in issued), ZERO),
        invoiced.get((InvoiceDirection.RECEIVED.value, InvoiceType.SPECIAL.value), (ZERO, ZERO))[1],
        invoiced.get((InvoiceDirection.RECEIVED.value, InvoiceType.NORMAL.value), (ZERO, ZERO))[1],
        sum((r.net for r in by_rate), ZERO),
    )


def vat_summary(uow: UnitOfWork, year: int, month: int) -> VatSummary:
    """The month's VAT: sales by rate, 销项, 进项, 转出, 应纳税额 or 留抵, invoices registered."""
    with uow.read() as tx:
        return summary_tx(tx, year, month)


def transfer_vat(uow: UnitOfWork, year: int, month: int, *, on: date | None = None) -> VatSummary:
    """Write the month-end entry moving the month's 应纳税额 into 222102 未交增值税 (dated the month's
    last day unless ``on``, which must fall in the month). Raises InvalidTransition (already moved
    for the month, nothing due: the 留抵 carries forward), PeriodClosed."""
    start, end = _month(year, month)
    on = on or end
    if not start <= on <= end:
        raise ValidationError(
            tr("The VAT entry of {month} is dated in that month.", month=f"{year}-{month:02d}"), field="on"
        )
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        existing = _vat_entry(tx, year, month)
        if existing is not None:
            raise InvalidTransition(
                tr(
                    "The VAT of {month} was already moved by {number}.",
                    month=f"{year}-{month:02d}",
                    number=existing.number,
                )
            )
        summary = summary_tx(tx, year, month)
        if summary.due == ZERO:
            raise InvalidTransition(
                tr(
                    "No VAT is due for {month}: {credit} of input VAT carries forward (留抵).",
                    month=f"{year}-{month:02d}",
                    credit=summary.closing_credit,
                )
            )
        posting = Posting(
            on,
            doc_type=VAT_DOC_TYPE,
            doc_id=vat_doc_id(year, month),
            doc_number=f"VAT-{year}-{month:02d}",
            memo=tr("VAT of {month} moved to unpaid VAT", month=f"{year}-{month:02d}"),
        )
        posting.debit(Accounts.VAT_TRANSFER_OUT, summary.due).credit(Accounts.VAT_UNPAID, summary.due)
        entry = posting.post(tx)
        assert entry is not None  # due > 0
        audit.record(tx, "vat", "period", entry.id, summary=f"{year}-{month:02d} {summary.due}")
        return summary_tx(tx, year, month)


def pay_vat(
    uow: UnitOfWork,
    *,
    account_id: uuid.UUID | str,
    amount: Decimal,
    on: date,
    reference: str = "",
    memo: str = "",
):
    """Pay unpaid VAT from a money account: a money document (OE) Dr 222102 / Cr the account.
    Raises ValidationError (more than is unpaid), and what ``record_other`` raises."""
    from erp_desktop.services.finance.money import record_other

    try:
        amount = to_decimal(amount)
    except ValueError:
        raise ValidationError(tr("Enter an amount."), field="amount") from None
    with uow.read() as tx:
        unpaid = -_sum(tx, Accounts.VAT_UNPAID, None, on)
    if amount > unpaid:
        raise ValidationError(
            tr("Only {unpaid} of VAT is unpaid on {date}; cannot pay {amount}.", unpaid=unpaid, date=on, amount=amount),
            field="amount",
        )
    return record_other(
        uow,
        kind="expense",
        account_id=account_id,
        counter_account=Accounts.VAT_UNPAID,
        amount=amount,
        on=on,
        method="转账",
        reference=reference,
        memo=memo or tr("VAT paid"),
    )


# --- importing the tax platform's invoice list ---------------------------------------------------
@dataclass(frozen=True)
class InvoiceImportResult:
    registered: int
    skipped: int  # voided (作废) or red-letter rows left out
    numbers: tuple[str, ...]
    documents: tuple[str, ...]
    tax: Decimal


def invoice_columns(*, raw: bool = False):
    """The columns of the tax platform's export; ``raw`` reads dates and amounts as text, so that
    every bad cell is reported together with the rows' other problems."""
    from erp_desktop.services.excel import XColumn

    def kind(k: str) -> str:
        return "text" if raw else k

    return [
        XColumn("number", "发票号码", required=True, aliases=("数电票号码", "数电发票号码", "Invoice number")),
        XColumn("code", "发票代码", aliases=("Invoice code",)),
        XColumn("on", "开票日期", kind("date"), required=True, aliases=("Invoice date", "开票时间")),
        XColumn("seller_tax_id", "销方识别号", aliases=("销售方纳税人识别号", "销方纳税人识别号", "销售方识别号")),
        XColumn("seller_name", "销方名称", aliases=("销售方名称",)),
        XColumn("buyer_tax_id", "购方识别号", aliases=("购买方纳税人识别号", "购方纳税人识别号", "购买方识别号")),
        XColumn("buyer_name", "购买方名称", aliases=("购方名称",)),
        XColumn("net", "金额", kind("money"), required=True, aliases=("Net", "不含税金额")),
        XColumn("tax", "税额", kind("money"), required=True, aliases=("Tax",)),
        XColumn("gross", "价税合计", kind("money"), aliases=("Gross", "价税合计金额")),
        XColumn("kind", "发票票种", aliases=("票种", "发票类型", "发票种类")),
        XColumn("status", "发票状态", aliases=("状态",)),
    ]


def import_invoices(uow: UnitOfWork, path: str | Path, *, direction: str) -> InvoiceImportResult:
    """Register every invoice of a tax-platform export (xlsx; columns found by their headers) and
    link each to the one document of its party with exactly its total left to invoice. The party
    is found by 纳税人识别号, else by name. Voided invoices (作废) are skipped. Every problem of every
    row is reported in one ImportErrors and nothing is registered."""
    from erp_desktop.services.excel import convert, read_xlsx
    from erp_desktop.services.finance.invoices import InvoiceLinkSpec, register_invoice_tx
    from erp_desktop.services.finance.invoices import _kind as invoice_kind

    item_kind, party_kind = invoice_kind(direction)
    typed = {c.key: c for c in invoice_columns()}
    rows = read_xlsx(path, invoice_columns(raw=True), unique=("number",))
    problems: list[tuple[int | None, str | None, str]] = []
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        model = Customer if party_kind == "customer" else Supplier
        parties = list(tx.execute(select(model.id, model.code, model.name, model.tax_id)))
        by_tax = {t.strip().upper(): p for p in parties if (t := p[3] or "").strip()}
        by_name = {p[2].strip(): p for p in parties}
        registered = set(tx.scalars(select(Invoice.number).where(Invoice.direction == direction)))
        uninvoiced = _open_documents(tx, item_kind)
        plans = []
        skipped = 0
        taken: set[tuple[str, uuid.UUID]] = set()
        for row in rows:
            v = dict(row.values)
            bad = False
            for key in ("on", "net", "tax", "gross"):
                try:
                    v[key] = convert(typed[key], v.get(key))
                except ValueError as error:
                    problems.append((row.row, typed[key].title, str(error)))
                    bad = True
            if bad:
                continue
            status = str(v.get("status") or "")
            if "作废" in status or "红冲" in status:
                skipped += 1
                continue
            number = str(v.get("number") or "").strip()
            if number in registered:
                problems.append((row.row, "number", tr("Invoice {number} is already registered.", number=number)))
                continue
            net, tax = v.get("net"), v.get("tax")
            if net is None or tax is None or v.get("on") is None:
                problems.append((row.row, "net", tr("Enter the date, the amount and the tax.")))
                continue
            net, tax = money(net), money(tax)
            gross = v.get("gross")
            if gross is not None and money(gross) != net + tax:
                problems.append(
                    (row.row, "gross", tr("价税合计 {gross} is not 金额 + 税额 ({sum}).", gross=gross, sum=net + tax))
                )
                continue
            side = "buyer" if party_kind == "customer" else "seller"
            tax_id = str(v.get(f"{side}_tax_id") or "").strip().upper()
            name = str(v.get(f"{side}_name") or "").strip()
            party = by_tax.get(tax_id) if tax_id else None
            party = party or by_name.get(name)
            if party is None:
                problems.append(
                    (
                        row.row,
                        f"{side}_name",
                        tr(
                            "No {kind} with tax id {tax_id} or name {name}.",
                            kind=tr(party_kind),
                            tax_id=tax_id or "—",
                            name=name or "—",
                        ),
                    )
                )
                continue
            match = next(
                (d for d in uninvoiced.get(party[0], []) if (d[0], d[1]) not in taken and d[3] == net + tax),
                None,
            )
            if match is None:
                problems.append(
                    (
                        row.row,
                        "gross",
                        tr(
                            "{party} has no document with {gross} left to invoice.",
                            party=f"{party[1]} {party[2]}",
                            gross=net + tax,
                        ),
                    )
                )
                continue
            taken.add((match[0], match[1]))
            kind_text = str(v.get("kind") or "")
            invoice_type = InvoiceType.SPECIAL.value if "专" in kind_text else InvoiceType.NORMAL.value
            plans.append((number, invoice_type, v["on"], party[0], net, tax, match))
        if problems:
            problems.sort(key=lambda p: p[0] or 0)
            raise ImportErrors(tr("{n} problems found; nothing was imported.", n=len(problems)), problems)
        for number, invoice_type, on, party_id, net, tax, match in plans:
            register_invoice_tx(
                tx,
                direction=direction,
                number=number,
                invoice_type=invoice_type,
                on=on,
                party_id=party_id,
                net=net,
                tax=tax,
                links=[InvoiceLinkSpec(match[0], match[1], net + tax)],
                memo=tr("Imported from the tax platform"),
            )
        return InvoiceImportResult(
            len(plans),
            skipped,
            tuple(p[0] for p in plans),
            tuple(p[6][2] for p in plans),
            sum((p[5] for p in plans), ZERO),
        )


def _open_documents(tx: Session, item_kind: str) -> dict[uuid.UUID, list[tuple[str, uuid.UUID, str, Decimal]]]:
    """Per party, its goods documents with what is left to invoice (doc type, id, number, left), oldest first."""
    from erp_desktop.models.finance import OpenItem
    from erp_desktop.models.payments import InvoiceLink
    from erp_desktop.services.finance.invoices import MONEY_DOCS

    docs = tx.execute(
        select(OpenItem.doc_type, OpenItem.doc_id, OpenItem.doc_number, OpenItem.party_id, func.sum(OpenItem.amount))
        .where(OpenItem.kind == item_kind, OpenItem.doc_type.not_in(MONEY_DOCS))
        .group_by(OpenItem.doc_type, OpenItem.doc_id, OpenItem.doc_number, OpenItem.party_id)
        .order_by(func.min(OpenItem.on), OpenItem.doc_number)
    ).all()
    done = {
        (t, d): a or ZERO
        for t, d, a in tx.execute(
            select(InvoiceLink.doc_type, InvoiceLink.doc_id, func.sum(InvoiceLink.amount)).group_by(
                InvoiceLink.doc_type, InvoiceLink.doc_id
            )
        )
    }
    result: dict[uuid.UUID, list[tuple[str, uuid.UUID, str, Decimal]]] = {}
    for doc_type, doc_id, number, party_id, gross in docs:
        left = (gross or ZERO) - done.get((doc_type, doc_id), ZERO)
        if left > ZERO:
            result.setdefault(party_id, []).append((doc_type, doc_id, number, left))
    return result
