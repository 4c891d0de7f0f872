"""Tickets and shift reports on paper: a ReportLab page 58 or 80 mm wide (through the system
printer), or straight to an ESC/POS receipt printer where the counter settings configure one
(``python-escpos``: ``{"kind": "network", "host": …}``, ``usb`` with vendor/product ids, ``file``
with a device path, or ``dummy`` for tests). Reprinting a ticket prints the same figures again."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

from erp_desktop.errors import UserError, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.services.counter.queries import TicketLineView, TicketView, ticket_view_tx
from erp_desktop.services.counter.settings import CounterSettings, load_settings_tx
from erp_desktop.services.counter.shifts import ShiftReport, shift_report
from erp_desktop.services.printing import store as printing_store
from erp_desktop.services.printing.receipts import Cell, Item, chars_per_line, receipt_text, render_receipt
from erp_desktop.services.printing.templates import COUNTER_TICKET, Template, builtin
from erp_desktop.storage.uow import UnitOfWork


def _m(value: Decimal) -> str:
    return f"{value:,.2f}"


def _q(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def _pct(fraction: Decimal) -> str:
    return f"-{_q(fraction * 100)}%"


def _line_cell(line: TicketLineView, field: str, index: int) -> str:
    if field == "index":
        return str(index)
    if field == "code":
        return line.code
    if field == "name":
        return line.name
    if field == "unit":
        return line.unit
    if field == "qty":
        return _q(line.qty)
    if field == "price":
        return _m(line.unit_price)
    if field == "discount":
        return _pct(line.discount) if line.discount else ""
    if field == "amount":
        return _m(line.gross)
    return ""


def _line_items(view: TicketView, template: Template) -> list[Item]:
    """The lines as columns (a heading, then a row a line; text wraps within its column)."""
    columns = [
        c
        for c in template.columns
        if not (c.hide_empty and not any(_line_cell(line, c.field, 1) for line in view.lines))
    ]
    if not columns:
        return []
    total = sum(c.width for c in columns) or 1
    numeric = {"qty", "price", "discount", "amount"}

    heads = tuple(
        Cell(c.heading(template.kind), c.width / total, "right" if c.field in numeric else "left") for c in columns
    )
    rows = tuple(tuple(_line_cell(line, c.field, i) for c in columns) for i, line in enumerate(view.lines, 1))
    if any(line.lots for line in view.lines):
        rows = _with_lots(view, columns, rows)
    return [("table", heads, rows)]


def _with_lots(view: TicketView, columns: list[Any], rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """批次 / 序列号: under each line that moved lots or serials, a row naming them (in the name
    column, else the first), so a warranty claim or a recall finds them on the slip."""
    fields = [c.field for c in columns]
    at = fields.index("name") if "name" in fields else 0
    out: list[tuple[str, ...]] = []
    for line, row in zip(view.lines, rows):
        out.append(row)
        if line.lots:
            cells = [""] * len(columns)
            cells[at] = tr("Lot/SN: {lots}", lots=", ".join(line.lots))
            out.append(tuple(cells))
    return tuple(out)


def ticket_items(view: TicketView, *, reprint: bool = False, template: Template | None = None) -> list[Item]:
    """What a ticket says, top to bottom, in the order and with the fields ``template`` chooses
    (default: the built-in counter ticket). A template never changes the figures, only which of
    them show and where."""
    t = template or builtin(COUNTER_TICKET)
    title = t.title or (tr("Return receipt") if view.kind == "return" else tr("Sales receipt"))
    if reprint:
        title = tr("{title} (reprint)", title=title)
    items: list[Item] = []
    for field in t.header:
        if field == "shop_name":
            items.append(("center", view.shop_name or tr("Receipt")))
            if view.store:  # 多门店: which store sold it
                items.append(("center", view.store))
        elif field == "shop_address" and view.shop_address:
            items.append(("center", view.shop_address))
        elif field == "shop_phone" and view.shop_phone:
            items.append(("center", tr("Tel {phone}", phone=view.shop_phone)))
        elif field == "title":
            items.append(("center", title))
        elif field == "number":
            items.append(("text", tr("No. {number}", number=view.number)))
        elif field == "time":
            items.append(("text", tr("Time {time}", time=view.sold_at.strftime("%Y-%m-%d %H:%M"))))
        elif field == "cashier":
            items.append(("text", tr("Cashier {cashier}", cashier=view.cashier)))
        elif field == "customer" and view.customer:
            items.append(("text", tr("Customer {name}", name=view.customer)))
        elif field == "original" and view.original_number:
            items.append(("text", tr("Against {number}", number=view.original_number)))
        elif field == "member" and view.member_card:
            items.append(("text", tr("Member {card}", card=view.member_card)))
        elif field == "rule":
            items.append(("rule",))
    items += _line_items(view, t)
    barcode_done = False
    for field in t.footer:
        if field == "totals":
            if view.kind == "sale":
                items.append(("row", tr("Subtotal"), _m(view.subtotal)))
                if view.discount_amount:
                    items.append(("row", tr("Discount"), "-" + _m(view.discount_amount)))
                if view.points_discount:
                    items.append(("row", tr("Points"), "-" + _m(view.points_discount)))
                if view.rounding:
                    items.append(("row", tr("Rounding (抹零)"), "-" + _m(view.rounding)))
            items.append(("row", tr("Total") if view.kind == "sale" else tr("Refund"), _m(view.total)))
        elif field == "payments":
            for p in view.payments:
                shown = p.tendered if p.method == "cash" and p.tendered else p.amount
                items.append(("row", p.label, _m(shown)))
            if view.change:
                items.append(("row", tr("Change"), _m(view.change)))
        elif field == "tax":
            items.append(("row", tr("incl. VAT"), _m(view.tax_total)))
        elif field == "points" and view.points_earned:
            items.append(("row", tr("Points earned"), str(view.points_earned)))
        elif field == "barcode" and t.barcode:
            items.append(("barcode", view.number))
            barcode_done = True
        elif field == "shop_footer" and view.footer:
            items.append(("center", view.footer))
        elif field == "note" and t.note:
            items += [("center", part.strip()) for part in t.note.splitlines() if part.strip()]
        elif field == "thanks":
            items.append(("center", tr("Thank you!")))
        elif field == "rule":
            items.append(("rule",))
    if t.barcode and not barcode_done:  # asked for, but not placed: at the end
        items.append(("barcode", view.number))
    return items


def ticket_template(uow: UnitOfWork, view: TicketView, template: str | Template | None = None) -> Template:
    """The template a ticket prints with: ``template`` (a name, or the editor's unsaved one), else
    the customer's own, else the shop's default for counter tickets, else the built-in one.
    Raises NotFound (no template of that name)."""
    if isinstance(template, Template):
        return template
    return printing_store.resolve(uow, COUNTER_TICKET, name=template, party_id=view.customer_id)


def ticket_paper(template: Template, settings: CounterSettings, paper_mm: float | None = None) -> float:
    """The roll's width: ``paper_mm`` when given, else the shop's own template's paper, else (the
    built-in template) the counter settings' paper."""
    if paper_mm:
        return float(paper_mm)
    if printing_store.is_builtin_name(template.name):
        return float(settings.paper_mm)
    return template.page_size_mm()[0]


def _ticket(
    uow: UnitOfWork, ref: uuid.UUID | str, template: str | Template | None = None
) -> tuple[TicketView, CounterSettings, Template]:
    with uow.read() as tx:
        view, settings = ticket_view_tx(tx, ref), load_settings_tx(tx)
    return view, settings, ticket_template(uow, view, template)


def ticket_pdf(
    uow: UnitOfWork,
    ref: uuid.UUID | str,
    *,
    paper_mm: float | None = None,
    path: str | Path | None = None,
    reprint: bool = False,
    template: str | Template | None = None,
) -> bytes:
    """The ticket as a PDF on receipt paper (see ``ticket_paper`` for its width), laid out by
    ``template`` (see ``ticket_template``)."""
    view, settings, t = _ticket(uow, ref, template)
    return render_receipt(
        ticket_items(view, reprint=reprint, template=t),
        ticket_paper(t, settings, paper_mm),
        path,
        font_size=t.font_size,
        margins_mm=t.margins_mm,
    )


def ticket_lines(
    uow: UnitOfWork,
    ref: uuid.UUID | str,
    *,
    paper_mm: float | None = None,
    reprint: bool = False,
    template: str | Template | None = None,
) -> list[str]:
    """The ticket as the ESC/POS printer gets it, as text lines."""
    view, settings, t = _ticket(uow, ref, template)
    return receipt_text(ticket_items(view, reprint=reprint, template=t), ticket_paper(t, settings, paper_mm))


def open_escpos(config: dict[str, Any], *, timeout: float = 60) -> Any:
    """A python-escpos printer for the settings' ``escpos`` value (it connects on the first
    write). Raises ValidationError."""
    from escpos import printer as escpos_printer

    kind = str(config.get("kind", ""))
    try:
        if kind == "network":
            return escpos_printer.Network(str(config["host"]), port=int(config.get("port", 9100)), timeout=timeout)
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


def send_escpos(device: Any, items: list[Item], paper_mm: float) -> None:
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


def _print_on(config: dict[str, Any], device: Any, items: list[Item], paper_mm: float, *, timeout: float = 60) -> Any:
    """Send ``items`` to ``device``, or to the printer ``config`` describes (opened, then closed);
    a printer that cannot be reached is a UserError saying so, not a crash."""
    from escpos.exceptions import Error as EscposError

    own = device is None
    if own:
        device = open_escpos(config, timeout=timeout)
    try:
        send_escpos(device, items, paper_mm)
    except (EscposError, OSError, ValueError) as exc:
        raise UserError(
            tr(
                "The receipt printer ({where}) did not print: {error}",
                where=printer_place(config),
                error=str(exc).strip() or type(exc).__name__,
            )
        ) from exc
    finally:
        if own:
            try:
                device.close()
            except Exception:  # noqa: BLE001 - closing a printer that never opened
                pass
    return device


def printer_place(config: dict[str, Any]) -> str:
    """Where the printer is, in words: "192.168.1.87:9100", "USB 0416:5011", "/dev/usb/lp0"."""
    kind = config.get("kind", "")
    if kind == "network":
        return f"{config.get('host', '')}:{config.get('port', 9100)}"
    if kind == "usb":
        return f"USB {config.get('vendor', '')}:{config.get('product', '')}"
    return str(config.get("path", "") or kind)


def ticket_escpos(
    uow: UnitOfWork,
    ref: uuid.UUID | str,
    *,
    device: Any = None,
    reprint: bool = False,
    template: str | Template | None = None,
) -> Any:
    """Print the ticket on the configured ESC/POS printer (or ``device``), the template's fields
    in its order; returns the device."""
    view, settings, t = _ticket(uow, ref, template)
    items = ticket_items(view, reprint=reprint, template=t)
    return _print_on(settings.escpos, device, items, ticket_paper(t, settings))


def sample_slip_items(shop_name: str, paper_mm: float, place: str) -> list[Item]:
    """A test slip: the shop's name, the paper, where the printer is, a ruler of the paper's
    width (every column numbered), Chinese text and a barcode — what to check on the paper."""
    width = chars_per_line(paper_mm)
    ruler = "".join(str(i % 10) for i in range(1, width + 1))
    return [
        ("center", shop_name or tr("Receipt")),
        ("center", tr("Receipt printer test")),
        ("text", tr("Paper {mm} mm, {n} characters a line", mm=paper_mm, n=width)),
        ("text", tr("Printer {place}", place=place)),
        ("rule",),
        ("text", ruler),
        ("row", "中文测试 矿泉水", "11.30"),
        ("row", tr("Total"), "11.30"),
        ("rule",),
        ("barcode", "TEST-0001"),
    ]


def print_test_slip(
    uow: UnitOfWork, config: dict[str, Any] | None = None, *, paper_mm: int | None = None, device: Any = None
) -> list[str]:
    """Print a test slip on the receipt printer ``config`` describes (default: the saved one) —
    before saving, so the owner can try a setting. Returns the slip as text lines. Raises
    ValidationError (a setting that is incomplete, or no printer set), UserError (the printer did
    not print: unreachable, switched off, no permission on the port)."""
    from erp_desktop.services.counter.settings import clean_printer

    with uow.read() as tx:
        settings = load_settings_tx(tx)
    config = clean_printer(settings.escpos if config is None else config)
    if not config and device is None:
        raise ValidationError(
            tr("Choose how the receipt printer is connected first; without one tickets go to the system printer."),
            field="escpos",
        )
    paper = paper_mm or settings.paper_mm
    if paper not in (58, 80):
        raise ValidationError(tr("Receipt paper is 58 or 80 mm wide."), field="paper_mm")
    items = sample_slip_items(settings.shop_name, paper, printer_place(config))
    _print_on(config, device, items, paper, timeout=5)
    return receipt_text(items, paper)


def print_ticket(
    uow: UnitOfWork, ref: uuid.UUID | str, *, reprint: bool = False, template: str | None = None
) -> bytes | None:
    """Print on the ESC/POS printer when one is configured (None back); otherwise the PDF to send
    to the system printer. Both with the ticket's template (see ``ticket_template``)."""
    with uow.read() as tx:
        settings = load_settings_tx(tx)
    if settings.escpos.get("kind"):
        ticket_escpos(uow, ref, reprint=reprint, template=template)
        return None
    return ticket_pdf(uow, ref, reprint=reprint, template=template)


# --- the shift report -----------------------------------------------------------------------
def shift_items(report: ShiftReport, shop_name: str = "") -> list[Item]:
    s = report.shift
    items: list[Item] = [("center", shop_name or tr("Shift report")), ("center", tr("Shift report (交班)"))]
    items += [
        ("text", tr("Shift {number}  Cashier {cashier}", number=s.number, cashier=s.cashier)),
        ("text", tr("Opened {time}", time=s.opened_at.strftime("%Y-%m-%d %H:%M"))),
    ]
    if s.store:  # 多门店
        items.insert(
            2, ("text", tr("Store {code} {name}", code=s.store.split(" ", 1)[0], name=s.store.partition(" ")[2]))
        )
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
