"""Use cases: print vouchers (记账凭证) and the accountant's reports to PDF. Reading only."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from erp_desktop.i18n import tr
from erp_desktop.services.finance.reporting import Report
from erp_desktop.services.finance.vouchers import VoucherDetail, voucher_detail, vouchers_of_period
from erp_desktop.services.system.company import load_company_tx
from erp_desktop.storage.uow import UnitOfWork

from .api import default_pdf_path
from .books import VoucherPrint, VoucherPrintLine, render_report, render_vouchers
from .store import resolve
from .templates import VOUCHER, Template


def voucher_print(v: VoucherDetail) -> VoucherPrint:
    source = v.source if not v.doc_number else f"{v.source} {v.doc_number}"
    if v.reversal_of:
        source += "　" + tr("reverses {voucher}", voucher=v.reversal_of)
    return VoucherPrint(
        voucher_no=v.voucher_no,
        period=v.period,
        on_text=v.on.isoformat(),
        source=source,
        lines=tuple(
            VoucherPrintLine(l.memo or v.memo, f"{l.account_code} {l.account_name}", l.debit, l.credit) for l in v.lines
        ),
        total_debit=v.total_debit,
        total_credit=v.total_credit,
        prepared_by=v.user_name,
        attachments=1 if v.doc_number and v.doc_type not in ("MJ", "CF") else 0,
    )


def print_vouchers(
    uow: UnitOfWork,
    refs: Sequence[uuid.UUID | str] = (),
    *,
    period: str = "",
    size: str | None = None,
    template: str | Template | None = None,
    out: str | Path | None = None,
) -> Path:
    """PDF of vouchers: the given ones (ids, JE numbers or "2026-10 记-0001"), or every voucher of
    ``period``, laid out by the voucher ``template`` (a name or a ``Template``); without one,
    ``size`` a4 | a5 (half sheet, landscape) picks a built-in layout, and with neither the shop's
    default voucher template prints. Raises NotFound, ValidationError."""
    from erp_desktop.errors import ValidationError

    from .api import _template_for
    from .books import voucher_template

    if size is not None and size not in ("a4", "a5"):
        raise ValidationError(tr("The paper is a4 or a5."), field="size")
    if template is not None:
        chosen = _template_for(uow, VOUCHER, template)
    elif size is not None:
        chosen = voucher_template(size)
    else:
        chosen = resolve(uow, VOUCHER)
    details = [voucher_detail(uow, r) for r in refs] if refs else vouchers_of_period(uow, period)
    with uow.read() as tx:
        company = load_company_tx(tx)
    stem = (
        f"vouchers-{period}"
        if period
        else f"voucher-{details[0].period}-{details[0].voucher_no}"
        if details
        else "vouchers"
    )
    return render_vouchers(
        [voucher_print(d) for d in details], out or default_pdf_path(stem), company=company, template=chosen
    )


def print_report(uow: UnitOfWork, report: Report, out: str | Path | None = None) -> Path:
    """PDF of a finance report (trial balance, ledgers, statements, reconciliation)."""
    with uow.read() as tx:
        company = load_company_tx(tx)
    return render_report(report, out or default_pdf_path(report.title), company=company)
