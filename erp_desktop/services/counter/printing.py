"""Tickets and shift reports on paper: a ReportLab page 58 or 80 mm wide (through the system
printer), or straight to an ESC/POS receipt printer where the counter settings configure one
(``python-escpos``: ``{"kind": "network", "host": …}``, ``usb`` with vendor/product ids, ``file``
with a device path, or ``dummy`` for tests). Reprinting a ticket prints the same figures again."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.services.counter.queries import TicketView, ticket_view_tx
from erp_desktop.services.counter.settings import CounterSettings, load_settings_tx
from erp_desktop.services.counter.shifts import ShiftReport, shift_report
from erp_desktop.services.printing.receipts import Item, receipt_text, render_receipt
from erp_desktop.storage.uow import UnitOfWork


def _m(value: Decimal) -> str:
    return f"{value:,.2f}"


def _q(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def ticket_items(view: TicketView, *, reprint: bool = False) -> list[Item]:
    """What a ticket says, top to bottom."""
    items: list[Item] = [("center", view.shop_name or tr("Receipt"))]
    if view.shop_address:
        items.append(("center", view.shop_address))
    if view.shop_phone:
        items.append(("center", tr("Tel {phone}", phone=view.shop_phone)))
    title = tr("Return receipt") if view.kind == "return" else tr("Sales receipt")
    if reprint:
        title = tr("{title} (reprint)", title=title)
    items += [
        ("center", title),
        ("text", tr("No. {number}", number=view.number)),
        (
            "text",
            tr("Time {time}  Cashier {cashier}", time=view.sold_at.strftime("%Y-%m-%d %H:%M"), cashier=view.cashier),
        ),
    ]
    if view.original_number:
        items.append(("text", tr("Against {number}", number=view.original_number)))
    if view.member_card:
        items.append(("text", tr("Member {card}", card=view.member_card)))
    items.append(("rule",))
    for line in view.lines:
        items.append(("text", f"{line.code} {line.name}"))
        discount = f" -{_q(line.discount * 100)}%" if line.discount else ""
        items.append(("row", f"  {_q(line.qty)} × {_m(line.unit_price)}{discount}", _m(line.gross)))
    items.append(("rule",))
    if view.kind == "sale":
        items.append(("row", tr("Subtotal"), _m(view.subtotal)))
        if view.discount_amount:
            items.append(("row", tr("Discount"), "-" + _m(view.discount_amount)))
        if view.points_discount:
            items.append(("row", tr("Points"), "-" + _m(view.points_discount)))
        if view.rounding:
            items.append(("row", tr("Rounding (抹零)"), "-" + _m(view.rounding)))
    items.append(("row", tr("Total") if view.kind == "sale" else tr("Refund"), _m(view.total)))
    for p in view.payments:
        shown = p.tendered if p.method == "cash" and p.tendered else p.amount
        items.append(("row", p.label, _m(shown)))
    if view.change:
        items.append(("row", tr("Change"), _m(view.change)))
    items.append(("row", tr("incl. VAT"), _m(view.tax_total)))
    if view.points_earned:
        items.append(("row", tr("Points earned"), str(view.points_earned)))
    items.append(("rule",))
    items.append(("barcode", view.number))
    if view.footer:
        items.append(("center", view.footer))
    items.append(("center", tr("Thank you!")))
    return items


def _ticket(uow: UnitOfWork, ref: uuid.UUID | str) -> tuple[TicketView, CounterSettings]:
    with uow.read() as tx:
        return ticket_view_tx(tx, ref), load_settings_tx(tx)


def ticket_pdf(
    uow: UnitOfWork,
    ref: uuid.UUID | str,
    *,
    paper_mm: int | None = None,
    path: str | Path | None = None,
    reprint: bool = False,
) -> bytes:
    """The ticket as a PDF on receipt paper (the settings' width unless ``paper_mm``)."""
    view, settings = _ticket(uow, ref)
    return render_receipt(ticket_items(view, reprint=reprint), paper_mm or settings.paper_mm, path)


def ticket_lines(
    uow: UnitOfWork, ref: uuid.UUID | str, *, paper_mm: int | None = None, reprint: bool = False
) -> list[str]:
    view, settings = _ticket(uow, ref)
    return receipt_text(ticket_items(view, reprint=reprint), paper_mm or settings.paper_mm)


def open_escpos(config: dict[str, Any]) -> Any:
    """A python-escpos printer for the settings' ``escpos`` value. Raises ValidationError."""
    from escpos import printer as escpos_printer

    kind = str(config.get("kind", ""))
    try:
        if kind == "network":
            return escpos_printer.Network(str(config["host"]), port=int(config.get("port", 9100)))
        if kind == "usb":
            return escpos_printer.Usb(int(str(config["vendor"]), 16), int(str(config["product"]), 16))
        if kind == "file":
            return escpos_printer.File(str(config["path"]))
        if kind == "dummy":
            return escpos_printer.Dummy()
    except KeyError as missing:
        raise ValidationError(
            tr("The receipt printer setting lacks {key}.", key=str(missing)), field="escpos"
        ) from None
    raise ValidationError(tr("No ESC/POS receipt printer is configured."), field="escpos")


def send_escpos(device: Any, items: list[Item], paper_mm: int) -> None:
    """Print ``items`` on an open python-escpos ``device`` (GB18030 text, Code 128 barcode, cut)."""
    for item in items:
        if item[0] == "barcode":
            device.set(align="center")
            device.barcode("{B" + item[1], "CODE128", function_type="B", height=60, width=2, pos="BELOW")
            continue
        device.set(align="center" if item[0] == "center" else "left")
        for line in receipt_text([item], paper_mm):
            device._raw(line.encode("gb18030", errors="replace") + b"\n")
    device.cut()


def ticket_escpos(uow: UnitOfWork, ref: uuid.UUID | str, *, device: Any = None, reprint: bool = False) -> Any:
    """Print the ticket on the configured ESC/POS printer (or ``device``); returns the device."""
    view, settings = _ticket(uow, ref)
    device = device if device is not None else open_escpos(settings.escpos)
    send_escpos(device, ticket_items(view, reprint=reprint), settings.paper_mm)
    return device


def print_ticket(uow: UnitOfWork, ref: uuid.UUID | str, *, reprint: bool = False) -> bytes | None:
    """Print on the ESC/POS printer when one is configured (None back); otherwise the PDF to send
    to the system printer."""
    settings = _ticket(uow, ref)[1]
    if settings.escpos.get("kind"):
        ticket_escpos(uow, ref, reprint=reprint)
        return None
    return ticket_pdf(uow, ref, reprint=reprint)


# --- the shift report -----------------------------------------------------------------------
def shift_items(report: ShiftReport, shop_name: str = "") -> list[Item]:
    s = report.shift
    items: list[Item] = [("center", shop_name or tr("Shift report")), ("center", tr("Shift report (交班)"))]
    items += [
        ("text", tr("Shift {number}  Cashier {cashier}", number=s.number, cashier=s.cashier)),
        ("text", tr("Opened {time}", time=s.opened_at.strftime("%Y-%m-%d %H:%M"))),
    ]
    if s.closed_at is not None:
        items.append(("text", tr("Closed {time}", time=s.closed_at.strftime("%Y-%m-%d %H:%M"))))
    items += [
        ("rule",),
        ("row", tr("Tickets"), str(report.tickets)),
        ("row", tr("Sales"), _m(report.sales_total)),
        ("row", tr("Returns ({count})", count=report.returns), "-" + _m(report.returns_total)),
        ("row", tr("Discounts given"), _m(report.discounts)),
        ("rule",),
    ]
    for m in report.by_method:
        items.append(("row", m.label, _m(m.net)))
    items += [
        ("row", tr("Takings"), _m(report.takings)),
        ("rule",),
        ("row", tr("Cash float"), _m(s.float_amount)),
        ("row", tr("Cash expected"), _m(report.expected_cash)),
    ]
    if report.counted_cash is not None:
        items.append(("row", tr("Cash counted"), _m(report.counted_cash)))
        items.append(("row", tr("Difference"), _m(report.difference)))
    if report.note:
        items.append(("text", tr("Note: {note}", note=report.note)))
    items.append(("barcode", s.number))
    return items


def shift_report_pdf(
    uow: UnitOfWork, ref: uuid.UUID | str | None = None, *, path: str | Path | None = None, paper_mm: int | None = None
) -> bytes:
    """The shift report as a receipt-width PDF (kept: the closed shift's figures are fixed)."""
    report = shift_report(uow, ref)
    with uow.read() as tx:
        settings = load_settings_tx(tx)
    return render_receipt(shift_items(report, settings.shop_name), paper_mm or settings.paper_mm, path)
