"""The profit report cut by store (多门店): the same revenue and expense journal lines as
``finance.profit_report``, each attributed to the store of the document that posted it.

Attribution, by the entry's document: a counter ticket (POS / POR) → the ticket's store; a shift's
cash difference (its money document) → the shift's store; a sales delivery or return (DN / SR) →
the store whose warehouse its goods left from or came back to (when they all belong to one store).
Anything else (rent, wages, manual vouchers, a delivery from a warehouse in no store) is "not in a
store". So the rows always add up to the profit report of the same period: Σ rows = the books.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.counter import CounterShift, CounterTicket
from erp_desktop.models.finance import Account, AccountKind, JournalEntry, JournalLine
from erp_desktop.models.stock import StockMove
from erp_desktop.models.stores import Store
from erp_desktop.models.warehouse import Location
from erp_desktop.services.ledger.journal import Accounts
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

ZERO = Decimal("0.00")
CARRY_FORWARD = "CF"  # finance.close's carry-forward vouchers: left out, as the profit report does
TICKET_DOCS = ("POS", "POR")
WAREHOUSE_DOCS = ("DN", "SR")


@dataclass(frozen=True)
class StoreProfit:
    """One store's part of the profit report (``store_id`` None: not in a store)."""

    store_id: uuid.UUID | None
    code: str
    name: str
    sales_revenue: Decimal
    cost_of_goods: Decimal
    other_income: Decimal
    expenses: Decimal

    @property
    def gross_margin(self) -> Decimal:
        return self.sales_revenue - self.cost_of_goods

    @property
    def profit(self) -> Decimal:
        return self.gross_margin + self.other_income - self.expenses

    @property
    def margin_rate(self) -> Decimal | None:
        return (self.gross_margin / self.sales_revenue).quantize(Decimal("0.0001")) if self.sales_revenue else None


@dataclass(frozen=True)
class StoreProfitReport:
    start: date
    end: date
    rows: tuple[StoreProfit, ...]  # by store code, "not in a store" last
    totals: StoreProfit  # Σ rows (= finance.profit_report when no store is chosen)
    store: str = ""  # the store the report is cut to ("" = every store)


def warehouse_owners(tx: Session) -> dict[uuid.UUID, uuid.UUID]:
    """Warehouse id → the store it belongs to (a warehouse is in at most one store)."""
    return {w: s for s, w in tx.execute(select(Store.id, Store.warehouse_id)) if w is not None}


def warehouse_doc_stores(
    tx: Session, start: date | None = None, end: date | None = None, owner: dict[uuid.UUID, uuid.UUID] | None = None
) -> dict[uuid.UUID, uuid.UUID]:
    """DN / SR document id → its store, when every bin it moved goods from or to is of one store
    (the documents with stock moves in ``start``…``end``, each end open when None). The rule the
    profit report by store and the pivot's store dimension share."""
    owner = warehouse_owners(tx) if owner is None else owner
    seen: dict[uuid.UUID, set[uuid.UUID | None]] = defaultdict(set)
    for side in (StockMove.from_location_id, StockMove.to_location_id):
        conds: list[ColumnElement[bool]] = [StockMove.doc_type.in_(WAREHOUSE_DOCS), Location.warehouse_id.is_not(None)]
        if start is not None:
            conds.append(StockMove.on >= start)
        if end is not None:
            conds.append(StockMove.on <= end)
        for doc_id, warehouse_id in tx.execute(
            select(StockMove.doc_id, Location.warehouse_id).join(Location, Location.id == side).where(*conds).distinct()
        ):
            seen[doc_id].add(owner.get(warehouse_id) if warehouse_id is not None else None)
    out: dict[uuid.UUID, uuid.UUID] = {}
    for doc_id, stores in seen.items():
        only = next(iter(stores))
        if len(stores) == 1 and only is not None:
            out[doc_id] = only
    return out


def _store_id(tx: Session, ref: uuid.UUID | str | None) -> uuid.UUID | None:
    """The store to cut to (by id or code), None for every store. Raises NotFound."""
    from erp_desktop.errors import NotFound

    if ref is None or (isinstance(ref, str) and not ref.strip()):
        return None
    text = str(ref).strip()
    found = tx.get(Store, ref) if isinstance(ref, uuid.UUID) else tx.scalar(select(Store).where(Store.code == text))
    if found is None:
        raise NotFound(tr("No store {ref}.", ref=text))
    return found.id


def profit_by_store(
    uow: UnitOfWork, *, start: date, end: date, store: uuid.UUID | str | None = None
) -> StoreProfitReport:
    """The profit report of ``start``…``end`` per store (one store if ``store``, id or code, is
    given). Raises NotFound, PermissionDenied (cost of goods needs the cost permission)."""
    with uow.read() as tx:
        require(tx, Perm.VIEW_COST)
        wanted = _store_id(tx, store)
        found = list(tx.scalars(select(Store)))
        stores: dict[uuid.UUID | None, tuple[str, str]] = {s.id: (s.code, s.name) for s in found}
        owner: dict[uuid.UUID, uuid.UUID] = {s.warehouse_id: s.id for s in found if s.warehouse_id is not None}
        by_doc = warehouse_doc_stores(tx, start, end, owner)
        ticket_store = select(CounterTicket.store_id).where(CounterTicket.id == JournalEntry.doc_id).scalar_subquery()
        shift_store = (
            select(CounterShift.store_id)
            .where(CounterShift.difference_txn_id == JournalEntry.doc_id)
            .limit(1)
            .scalar_subquery()
        )
        rows = tx.execute(
            select(
                JournalEntry.doc_type,
                JournalEntry.doc_id,
                func.coalesce(ticket_store, shift_store),
                Account.code,
                Account.kind,
                sum_of(JournalLine.debit),
                sum_of(JournalLine.credit),
            )
            .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
            .join(Account, Account.code == JournalLine.account_code)
            .where(
                JournalLine.on >= start,
                JournalLine.on <= end,
                Account.kind.in_((AccountKind.REVENUE.value, AccountKind.EXPENSE.value)),
                JournalEntry.doc_type != CARRY_FORWARD,
            )
            .group_by(JournalEntry.doc_type, JournalEntry.doc_id, Account.code, Account.kind)
        ).all()
    sums: dict[uuid.UUID | None, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO, ZERO])
    for doc_type, doc_id, found, code, kind, debit, credit in rows:
        store_id = found if found is not None else by_doc.get(doc_id) if doc_type in WAREHOUSE_DOCS else None
        if store_id is not None and store_id not in stores:
            store_id = None
        if wanted is not None and store_id != wanted:
            continue
        net = credit - debit  # revenue positive
        part = sums[store_id]
        if kind == AccountKind.REVENUE.value:
            part[0 if code.startswith(Accounts.REVENUE) else 2] += net
        elif code.startswith(Accounts.COGS):
            part[1] -= net
        else:
            part[3] -= net
    if wanted is not None:
        sums.setdefault(wanted, [ZERO, ZERO, ZERO, ZERO])
    out = [
        StoreProfit(
            store_id,
            stores[store_id][0] if store_id is not None else "",
            stores[store_id][1] if store_id is not None else tr("Not in a store"),
            *values,
        )
        for store_id, values in sums.items()
    ]
    out.sort(key=lambda r: (r.store_id is None, r.code))
    totals = StoreProfit(
        None,
        "",
        tr("Total"),
        sum((r.sales_revenue for r in out), ZERO),
        sum((r.cost_of_goods for r in out), ZERO),
        sum((r.other_income for r in out), ZERO),
        sum((r.expenses for r in out), ZERO),
    )
    cut = stores.get(wanted) if wanted is not None else None
    return StoreProfitReport(start, end, tuple(out), totals, " ".join(cut) if cut is not None else "")
