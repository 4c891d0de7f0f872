"""Approval rules configured without code, and the approval history of documents.

A rule applies to one document type (``purchase_order``, ``sales_order``, ``payment``) when all
its set conditions hold: amount over ``min_amount``; the party's grade in ``grades``; any line's
product category in ``category_ids``. Empty conditions match everything. Several rules may apply
to one document: each must be satisfied by an approval from a user holding ``approver_role``
(and, with ``not_creator``, who is not the document's creator).

``approval_event`` is append-only: requests, approvals and rejections with who, when and why.
A rule counts as satisfied by an approval recorded after the document's latest request.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money, StrEnum, Synced, utcnow


class ApprovalDocType(StrEnum):
    PURCHASE_ORDER = "purchase_order"
    SALES_ORDER = "sales_order"
    PAYMENT = "payment"


class ApprovalAction(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"


class ApprovalRule(Synced, Base):
    __tablename__ = "approval_rule"

    name: Mapped[str] = mapped_column(String(120), default="")
    doc_type: Mapped[str] = mapped_column(String(20), index=True)
    min_amount: Mapped[Decimal | None] = mapped_column(Money)  # applies when amount > min_amount
    grades: Mapped[list[Any]] = mapped_column(JSON, default=list)  # supplier/customer grades ["C", "D"]
    category_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)  # category ids (str)
    approver_role: Mapped[str] = mapped_column(String(40), default="owner")
    not_creator: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ApprovalEvent(Synced, Base):
    __tablename__ = "approval_event"
    __table_args__ = (Index("ix_approval_event_doc", "doc_type", "doc_id", "at"),)

    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seq: Mapped[int] = mapped_column(Integer, default=0)  # order within the document's history
    user_name: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
