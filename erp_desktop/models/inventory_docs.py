"""Inventory documents: other receipts (其他入库), other issues (其他出库), transfers (调拨),
assemblies and disassemblies (组装单 / 拆卸单) and stock counts (盘点).

Invariants:
- a document is ``draft`` → ``posted``; only drafts are edited; posted is immutable. A correction
  is a reversing document (``reversal_of_id``) that is posted at once; the original then carries
  ``reversed_by_id`` and cannot be reversed twice;
- an assembly or disassembly: lines with a ``from_location_id`` are consumed, lines with a
  ``to_location_id`` produced; the value produced equals the value consumed (no journal entry:
  both sides are 1405 库存商品);
- a posted document has its stock moves (``doc_type`` = ``STOCK_DOC_TYPE`` / ``COUNT_DOC_TYPE``)
  and, unless it is a transfer or nets to zero, one balanced journal entry;
- a stock count is ``draft`` → ``posted`` | ``cancelled``. Its snapshot rows (``book_qty``) are
  fixed at creation; posting adjusts by ``counted − book_qty`` so moves made after the snapshot
  are never overwritten.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..errors import InvalidTransition
from ..i18n import N_, tr
from .base import Base, Money, Price, Quantity, StrEnum, Synced, Workflow
from .units import LineUnit

STOCK_DOC_TYPE = "stock_doc"
COUNT_DOC_TYPE = "stock_count"


class StockDocKind(StrEnum):
    RECEIPT = "receipt"  # 其他入库  OR
    ISSUE = "issue"  # 其他出库  OI
    TRANSFER = "transfer"  # 调拨  TR
    ASSEMBLY = "assembly"  # 组装单  AS: components out of a bin, kits into a bin
    DISASSEMBLY = "dismantle"  # 拆卸单  DA: kits out, components in


class DocState(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    CANCELLED = "cancelled"


class ReceiptReason(StrEnum):
    OPENING = "opening"  # 期初
    EXCHANGE_IN = "exchange_in"  # 换入
    GIFT = "gift"  # 赠品入库
    OTHER = "other"


class IssueReason(StrEnum):
    DAMAGE = "damage"  # 报损
    INTERNAL_USE = "internal_use"  # 领用
    GIFT = "gift"  # 赠送
    SAMPLE = "sample"  # 样品
    OTHER = "other"


# 其他出库 numbers OS-…, not OI-… (其他收入's prefix); issues numbered OI-… before stay valid
NUMBER_PREFIX = {
    StockDocKind.RECEIPT.value: "OR",
    StockDocKind.ISSUE.value: "OS",
    StockDocKind.TRANSFER.value: "TR",
    StockDocKind.ASSEMBLY.value: "AS",
    StockDocKind.DISASSEMBLY.value: "DA",
}
KIT_KINDS = frozenset({StockDocKind.ASSEMBLY.value, StockDocKind.DISASSEMBLY.value})


class StockDoc(Workflow, Synced, Base):
    __tablename__ = "stock_doc"
    __table_args__ = (
        Index("ix_stock_doc_kind_on", "kind", "on"),
        Index("ix_stock_doc_state_on", "state", "on"),
        # a number is given at posting (drafts carry ""); once given it is the document's alone,
        # on every PC and on the server (two PCs sharing a series meet here: set aside, not merged)
        Index(
            "uq_stock_doc_number",
            "number",
            unique=True,
            sqlite_where=text("number <> ''"),
            postgresql_where=text("number <> ''"),
        ),
    )
    DOC_NOUN = N_("Document")
    TRANSITIONS = frozenset({(DocState.DRAFT.value, DocState.POSTED.value)})
    STATE_LABELS = {
        DocState.DRAFT.value: N_("Draft"),
        DocState.POSTED.value: N_("Posted"),
        DocState.CANCELLED.value: N_("Cancelled"),
    }

    number: Mapped[str] = mapped_column(String(40), default="")  # given at posting
    kind: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(20), default="")
    state: Mapped[str] = mapped_column(String(10), default=DocState.DRAFT.value)
    on: Mapped[date] = mapped_column(Date)
    warehouse_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("warehouse.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    total_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    reversal_of_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stock_doc.id"))
    reversed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[StockDocLine]] = relationship(
        back_populates="doc", cascade="all, delete-orphan", order_by="StockDocLine.seq"
    )

    def ensure_draft(self) -> None:
        if self.state != DocState.DRAFT.value:
            raise InvalidTransition(
                tr("Document {number} is posted and cannot be changed; reverse it instead.", number=self.number)
            )

    def post(self, number: str, at: datetime, user_name: str) -> None:
        self.transition(DocState.POSTED)
        self.number = number
        self.posted_at = at
        self.user_name = user_name


class StockDocLine(LineUnit, Synced, Base):
    __tablename__ = "stock_doc_line"
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)

    doc_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stock_doc.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    from_location_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("location.id"))  # issue, transfer
    to_location_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("location.id"))  # receipt, transfer
    qty: Mapped[Decimal] = mapped_column(Quantity)
    unit_cost: Mapped[Decimal | None] = mapped_column(Price)  # receipts: entered; others: set at posting
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # set at posting
    note: Mapped[str] = mapped_column(String(200), default="")
    # a draft assembly's / disassembly's lots and serials entered on the line (批次 / 序列号), kept
    # until it posts: [{"number", "qty", "production_date", "expiry_date"}]; NULL when none (no
    # Python default: the quick stock documents' rows go in below the ORM without the column)
    lots: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))

    doc: Mapped[StockDoc] = relationship(back_populates="lines")


class StockCount(Workflow, Synced, Base):
    __tablename__ = "stock_count"
    DOC_NOUN = N_("Stock count")
    TRANSITIONS = frozenset(
        {(DocState.DRAFT.value, DocState.POSTED.value), (DocState.DRAFT.value, DocState.CANCELLED.value)}
    )
    STATE_LABELS = StockDoc.STATE_LABELS

    number: Mapped[str] = mapped_column(String(40), unique=True)
    state: Mapped[str] = mapped_column(String(10), default=DocState.DRAFT.value)
    on: Mapped[date] = mapped_column(Date)
    warehouse_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("warehouse.id"), index=True)
    category_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("category.id"))
    bin_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the bins counted (ids as text)
    frozen_bins: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # bin id → status before the count froze it
    snapshot_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    gain_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    loss_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    posted_at: Mapped[datetime | None] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    zero_uncounted: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[StockCountLine]] = relationship(
        back_populates="count", cascade="all, delete-orphan", order_by="StockCountLine.seq"
    )

    def ensure_draft(self) -> None:
        if self.state != DocState.DRAFT.value:
            raise InvalidTransition(
                tr(
                    "Stock count {number} is {state} and cannot be changed.",
                    number=self.number,
                    state=self.state_label(self.state),
                )
            )

    def post(self, at: datetime, user_name: str) -> None:
        self.transition(DocState.POSTED)
        self.posted_at = at
        self.user_name = user_name

    def cancel(self) -> None:
        self.transition(DocState.CANCELLED)


class StockCountLine(Synced, Base):
    """One product × bin of a count: book quantity at the snapshot, counted quantity (None = not
    counted yet), and after posting the adjustment made."""

    __tablename__ = "stock_count_line"
    __table_args__ = (UniqueConstraint("count_id", "product_id", "location_id"),)

    count_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stock_count.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"))
    book_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    counted_qty: Mapped[Decimal | None] = mapped_column(Quantity)
    adjusted_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    adjusted_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    in_snapshot: Mapped[bool] = mapped_column(Boolean, default=True)
    # the serial numbers scanned into this line (a serial-tracked product): posting reconciles them
    # with the serials on the books in the bin — missing ones leave stock, found ones enter
    serials: Mapped[list[Any]] = mapped_column(JSON, default=list)

    count: Mapped[StockCount] = relationship(back_populates="lines")


class StockCountUnknown(Synced, Base):
    """A scanned code that matched no product: kept and shown, never dropped."""

    __tablename__ = "stock_count_unknown"
    __table_args__ = (UniqueConstraint("count_id", "location_id", "code"),)

    count_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stock_count.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("location.id"))
    code: Mapped[str] = mapped_column(String(80))
    hits: Mapped[int] = mapped_column(Integer, default=1)
    qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))


class StockCountScan(Base):
    """A phone scan booked into a count (``services/mobile``), by the id the phone gave it, with
    the answer the phone got. Written in the transaction that books the scan, so a phone sending
    a batch again — the answer was lost, or the program was restarted meanwhile — is answered
    from here and nothing is counted twice. Local to the PC that served the phone: never synced
    (the counted quantities it booked sync with the count's lines)."""

    __tablename__ = "stock_count_scan"

    count_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    scan_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    booked_at: Mapped[datetime] = mapped_column(DateTime)
