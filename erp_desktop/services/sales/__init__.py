"""Sales (销售管理): quote → order → delivery → receivable; returns, exchanges, tracking.

The area is split by concern; this module is its front door:
- ``sales_orders``   quotes and orders (entry, confirm with credit check, cancel, convert)
- ``sales_delivery`` deliveries, returns and exchanges (stock + cost + AR + journal, one transaction)
- ``sales_queries``  lists, an order's tracking figures, customer history
- ``sales_common``   line amounts, price checks, ``reserved_quantities`` / availability

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import sales`` … ``sales.availability(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .bundle_returns import bundle_lots_out
    from .common import (
        Availability,
        DocRef,
        LineInput,
        availability,
        line_amounts,
        open_receivables,
        reserved_quantities,
    )
    from .deliveries import (
        DeliveryLineInput,
        ExchangeOutInput,
        ExchangeRef,
        ReturnLineInput,
        deliver_order,
        delivery_reversals,
        exchange_items,
        return_delivery,
        reverse_delivery,
    )
    from .orders import (
        cancel_order,
        cancel_quote,
        confirm_order,
        convert_quote,
        create_order,
        create_quote,
        update_order,
        update_quote,
    )
    from .queries import (
        CustomerCredit,
        CustomerHistory,
        DeliveryView,
        OrderLineView,
        OrderRow,
        OrderView,
        QuoteRow,
        QuoteView,
        customer_credit,
        customer_history,
        find_delivery,
        find_order,
        get_delivery_view,
        get_order_view,
        get_quote_view,
        list_orders,
        list_quotes,
        quote_price,
        salespeople,
        stock_availability,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "Availability": ("common", "Availability"),
    "bundle_lots_out": ("bundle_returns", "bundle_lots_out"),
    "CustomerCredit": ("queries", "CustomerCredit"),
    "CustomerHistory": ("queries", "CustomerHistory"),
    "DeliveryLineInput": ("deliveries", "DeliveryLineInput"),
    "DeliveryView": ("queries", "DeliveryView"),
    "DocRef": ("common", "DocRef"),
    "ExchangeOutInput": ("deliveries", "ExchangeOutInput"),
    "ExchangeRef": ("deliveries", "ExchangeRef"),
    "LineInput": ("common", "LineInput"),
    "OrderLineView": ("queries", "OrderLineView"),
    "OrderRow": ("queries", "OrderRow"),
    "OrderView": ("queries", "OrderView"),
    "QuoteRow": ("queries", "QuoteRow"),
    "QuoteView": ("queries", "QuoteView"),
    "ReturnLineInput": ("deliveries", "ReturnLineInput"),
    "availability": ("common", "availability"),
    "cancel_order": ("orders", "cancel_order"),
    "cancel_quote": ("orders", "cancel_quote"),
    "confirm_order": ("orders", "confirm_order"),
    "convert_quote": ("orders", "convert_quote"),
    "create_order": ("orders", "create_order"),
    "create_quote": ("orders", "create_quote"),
    "customer_credit": ("queries", "customer_credit"),
    "customer_history": ("queries", "customer_history"),
    "deliver_order": ("deliveries", "deliver_order"),
    "delivery_reversals": ("deliveries", "delivery_reversals"),
    "exchange_items": ("deliveries", "exchange_items"),
    "find_delivery": ("queries", "find_delivery"),
    "find_order": ("queries", "find_order"),
    "get_delivery_view": ("queries", "get_delivery_view"),
    "get_order_view": ("queries", "get_order_view"),
    "get_quote_view": ("queries", "get_quote_view"),
    "line_amounts": ("common", "line_amounts"),
    "list_orders": ("queries", "list_orders"),
    "list_quotes": ("queries", "list_quotes"),
    "open_receivables": ("common", "open_receivables"),
    "quote_price": ("queries", "quote_price"),
    "reserved_quantities": ("common", "reserved_quantities"),
    "return_delivery": ("deliveries", "return_delivery"),
    "reverse_delivery": ("deliveries", "reverse_delivery"),
    "salespeople": ("queries", "salespeople"),
    "stock_availability": ("queries", "stock_availability"),
    "update_order": ("orders", "update_order"),
    "update_quote": ("orders", "update_quote"),
}

__all__ = [
    "Availability",
    "CustomerCredit",
    "CustomerHistory",
    "DeliveryLineInput",
    "DeliveryView",
    "DocRef",
    "ExchangeOutInput",
    "ExchangeRef",
    "LineInput",
    "OrderLineView",
    "OrderRow",
    "OrderView",
    "QuoteRow",
    "QuoteView",
    "ReturnLineInput",
    "availability",
    "bundle_lots_out",
    "cancel_order",
    "cancel_quote",
    "confirm_order",
    "convert_quote",
    "create_order",
    "create_quote",
    "customer_credit",
    "customer_history",
    "deliver_order",
    "delivery_reversals",
    "exchange_items",
    "find_delivery",
    "find_order",
    "get_delivery_view",
    "get_order_view",
    "get_quote_view",
    "line_amounts",
    "list_orders",
    "list_quotes",
    "open_receivables",
    "quote_price",
    "reserved_quantities",
    "return_delivery",
    "reverse_delivery",
    "salespeople",
    "stock_availability",
    "update_order",
    "update_quote",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
