"""Sales (销售管理): quote → order → delivery → receivable; returns, exchanges, tracking.

The area is split by concern; this module is its front door:
- ``sales_orders``   quotes and orders (entry, confirm with credit check, cancel, convert)
- ``sales_delivery`` deliveries, returns and exchanges (stock + cost + AR + journal, one transaction)
- ``sales_queries``  lists, an order's tracking figures, customer history
- ``sales_common``   line amounts, price checks, ``reserved_quantities`` / availability
"""

from __future__ import annotations

from erp_desktop.services.sales import checks as sales_verify  # noqa: F401  (registers the sales checks with verify)
from erp_desktop.services.sales.common import (
    Availability,
    DocRef,
    LineInput,
    availability,
    line_amounts,
    open_receivables,
    reserved_quantities,
)
from erp_desktop.services.sales.deliveries import (
    DeliveryLineInput,
    ExchangeOutInput,
    ExchangeRef,
    ReturnLineInput,
    deliver_order,
    exchange_items,
    return_delivery,
)
from erp_desktop.services.sales.orders import (
    cancel_order,
    cancel_quote,
    confirm_order,
    convert_quote,
    create_order,
    create_quote,
    update_order,
    update_quote,
)
from erp_desktop.services.sales.queries import (
    CustomerHistory,
    DeliveryView,
    OrderLineView,
    OrderRow,
    OrderView,
    QuoteRow,
    QuoteView,
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

__all__ = [
    "Availability",
    "DocRef",
    "LineInput",
    "availability",
    "line_amounts",
    "open_receivables",
    "reserved_quantities",
    "DeliveryLineInput",
    "ExchangeOutInput",
    "ExchangeRef",
    "ReturnLineInput",
    "deliver_order",
    "exchange_items",
    "return_delivery",
    "cancel_order",
    "cancel_quote",
    "confirm_order",
    "convert_quote",
    "create_order",
    "create_quote",
    "update_order",
    "update_quote",
    "CustomerHistory",
    "DeliveryView",
    "OrderLineView",
    "OrderRow",
    "OrderView",
    "QuoteRow",
    "QuoteView",
    "customer_history",
    "find_delivery",
    "find_order",
    "get_delivery_view",
    "get_order_view",
    "get_quote_view",
    "list_orders",
    "list_quotes",
    "quote_price",
    "salespeople",
    "stock_availability",
]
