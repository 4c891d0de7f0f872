"""The counter (零售开单 / 收银): tickets posted in one transaction, shifts (交班 / 日结), members (会员).

- ``tickets``  price a ticket, sell (stock + revenue + VAT + cost + money + journal), return by ticket number
- ``shifts``   open with the float, close with the cash counted (difference posted), the shift report
- ``members``  lookup by phone or card, points, stored value (储值, a liability in 2203) and its statement
- ``queries``  scan → product, a ticket as printed (reprint), held tickets (挂单 / 取单)
- ``printing`` the ticket on 58/80 mm paper (PDF) or an ESC/POS printer; the shift report PDF
- ``settings`` payment method → money account, 抹零, points rules, receipt printer

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import counter``). Names load lazily (PEP 562) on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .amounts import (
        TicketAmounts,
        round_down,
        ticket_amounts,
    )
    from .members import (
        MemberEventRow,
        MemberRow,
        MemberStatement,
        create_member,
        find_member,
        get_member,
        list_members,
        member_statement,
        top_up,
    )
    from .printing import (
        print_ticket,
        shift_report_pdf,
        ticket_escpos,
        ticket_pdf,
    )
    from .queries import (
        HeldTicket,
        PaymentView,
        ScanHit,
        TicketLineView,
        TicketView,
        hold_ticket,
        list_held,
        recall_ticket,
        scan,
        ticket_view,
    )
    from .settings import (
        ALIPAY,
        CARD,
        CASH,
        METHOD_LABELS,
        METHODS,
        ROUNDING,
        ROUNDING_LABELS,
        STORED_VALUE,
        WECHAT,
        CounterSettings,
        get_settings,
        method_label,
        save_settings,
    )
    from .shifts import (
        MethodTakings,
        ShiftReport,
        ShiftRow,
        close_shift,
        current_shift,
        list_shifts,
        open_shift,
        shift_report,
    )
    from .tickets import (
        LineInput,
        PaymentInput,
        PricedLine,
        ReturnLineInput,
        TicketQuote,
        TicketResult,
        points_value,
        price_ticket,
        return_ticket,
        sell,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "ALIPAY": ("settings", "ALIPAY"),
    "CARD": ("settings", "CARD"),
    "CASH": ("settings", "CASH"),
    "CounterSettings": ("settings", "CounterSettings"),
    "HeldTicket": ("queries", "HeldTicket"),
    "LineInput": ("tickets", "LineInput"),
    "METHODS": ("settings", "METHODS"),
    "METHOD_LABELS": ("settings", "METHOD_LABELS"),
    "MemberEventRow": ("members", "MemberEventRow"),
    "MemberRow": ("members", "MemberRow"),
    "MemberStatement": ("members", "MemberStatement"),
    "MethodTakings": ("shifts", "MethodTakings"),
    "PaymentInput": ("tickets", "PaymentInput"),
    "PaymentView": ("queries", "PaymentView"),
    "PricedLine": ("tickets", "PricedLine"),
    "ROUNDING": ("settings", "ROUNDING"),
    "ROUNDING_LABELS": ("settings", "ROUNDING_LABELS"),
    "ReturnLineInput": ("tickets", "ReturnLineInput"),
    "STORED_VALUE": ("settings", "STORED_VALUE"),
    "ScanHit": ("queries", "ScanHit"),
    "ShiftReport": ("shifts", "ShiftReport"),
    "ShiftRow": ("shifts", "ShiftRow"),
    "TicketAmounts": ("amounts", "TicketAmounts"),
    "TicketLineView": ("queries", "TicketLineView"),
    "TicketQuote": ("tickets", "TicketQuote"),
    "TicketResult": ("tickets", "TicketResult"),
    "TicketView": ("queries", "TicketView"),
    "WECHAT": ("settings", "WECHAT"),
    "close_shift": ("shifts", "close_shift"),
    "create_member": ("members", "create_member"),
    "current_shift": ("shifts", "current_shift"),
    "find_member": ("members", "find_member"),
    "get_member": ("members", "get_member"),
    "get_settings": ("settings", "get_settings"),
    "hold_ticket": ("queries", "hold_ticket"),
    "list_held": ("queries", "list_held"),
    "list_members": ("members", "list_members"),
    "list_shifts": ("shifts", "list_shifts"),
    "member_statement": ("members", "member_statement"),
    "method_label": ("settings", "method_label"),
    "open_shift": ("shifts", "open_shift"),
    "points_value": ("tickets", "points_value"),
    "price_ticket": ("tickets", "price_ticket"),
    "print_ticket": ("printing", "print_ticket"),
    "recall_ticket": ("queries", "recall_ticket"),
    "return_ticket": ("tickets", "return_ticket"),
    "round_down": ("amounts", "round_down"),
    "save_settings": ("settings", "save_settings"),
    "scan": ("queries", "scan"),
    "sell": ("tickets", "sell"),
    "shift_report": ("shifts", "shift_report"),
    "shift_report_pdf": ("printing", "shift_report_pdf"),
    "ticket_amounts": ("amounts", "ticket_amounts"),
    "ticket_escpos": ("printing", "ticket_escpos"),
    "ticket_pdf": ("printing", "ticket_pdf"),
    "ticket_view": ("queries", "ticket_view"),
    "top_up": ("members", "top_up"),
}

__all__ = [
    "ALIPAY",
    "CARD",
    "CASH",
    "CounterSettings",
    "HeldTicket",
    "LineInput",
    "METHODS",
    "METHOD_LABELS",
    "MemberEventRow",
    "MemberRow",
    "MemberStatement",
    "MethodTakings",
    "PaymentInput",
    "PaymentView",
    "PricedLine",
    "ROUNDING",
    "ROUNDING_LABELS",
    "ReturnLineInput",
    "STORED_VALUE",
    "ScanHit",
    "ShiftReport",
    "ShiftRow",
    "TicketAmounts",
    "TicketLineView",
    "TicketQuote",
    "TicketResult",
    "TicketView",
    "WECHAT",
    "close_shift",
    "create_member",
    "current_shift",
    "find_member",
    "get_member",
    "get_settings",
    "hold_ticket",
    "list_held",
    "list_members",
    "list_shifts",
    "member_statement",
    "method_label",
    "open_shift",
    "points_value",
    "price_ticket",
    "print_ticket",
    "recall_ticket",
    "return_ticket",
    "round_down",
    "save_settings",
    "scan",
    "sell",
    "shift_report",
    "shift_report_pdf",
    "ticket_amounts",
    "ticket_escpos",
    "ticket_pdf",
    "ticket_view",
    "top_up",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
