"""Helpers for the purchasing tests: actors by role, quotes, categories, rules, stock in a bin."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from erp_desktop.models.catalog import Category
from erp_desktop.models.parties import SupplierQuote
from erp_desktop.services.system import approvals
from erp_desktop.services.system.auth import ROLE_PERMISSIONS
from erp_desktop.storage.uow import Actor

D = Decimal
DAY = date(2026, 3, 2)


def actor(uow, username: str, role: str):
    return uow.as_actor(Actor(username=username, role=role, permissions=ROLE_PERMISSIONS[role]))


def quote(
    tx, supplier, product, price: str, *, min_qty: str = "0", lead: int = 7, valid_from=None, valid_until=None
) -> SupplierQuote:
    row = SupplierQuote(
        supplier_id=supplier.id,
        product_id=product.id,
        price=D(price),
        min_qty=D(min_qty),
        lead_time_days=lead,
        valid_from=valid_from,
        valid_until=valid_until,
    )
    tx.add(row)
    tx.flush()
    return row


def category(tx, name: str) -> Category:
    row = Category(name=name, path=name)
    tx.add(row)
    tx.flush()
    return row


def rule(
    uow,
    doc_type: str = "purchase_order",
    *,
    min_amount: str | None = None,
    grades=(),
    categories=(),
    role: str = "owner",
    not_creator: bool = False,
    name: str = "",
) -> approvals.ApprovalRuleRow:
    return approvals.save_rule(
        uow,
        approvals.ApprovalRuleRow(
            None,
            doc_type,
            name,
            D(min_amount) if min_amount is not None else None,
            tuple(grades),
            tuple(c.id for c in categories),
            role,
            not_creator,
        ),
    )
