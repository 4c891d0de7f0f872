"""Warehouses and their bins.

Invariants: warehouse codes unique; bin codes unique within their warehouse; a new warehouse
gets a default bin (code ``DEFAULT``) so stock can go there at once; the negative-stock policy is
forbid / warn / allow (enforced by ``stock_ledger.post_moves``); bin status is active / frozen
(no moves) / full (nothing more comes in); a capacity is never negative. A warehouse or bin
that stock has moved through is deactivated / frozen, never deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind, NegativePolicy, Warehouse
from erp_desktop.money import QTY_PLACES
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

POLICIES = tuple(p.value for p in NegativePolicy)
STATUSES = tuple(s.value for s in BinStatus)
POLICY_LABELS = {
    "forbid": N_("Forbid negative stock"),
    "warn": N_("Warn on negative stock"),
    "allow": N_("Allow negative stock"),
}
STATUS_LABELS = {"active": N_("Active"), "frozen": N_("Frozen"), "full": N_("Full")}
DEFAULT_BIN = "DEFAULT"


@dataclass(frozen=True)
class BinRow:
    id: uuid.UUID
    warehouse_id: uuid.UUID
    code: str
    name: str
    status: str
    capacity: Decimal | None
    sort_order: int


@dataclass(frozen=True)
class WarehouseRow:
    id: uuid.UUID
    code: str
    name: str
    address: str
    negative_policy: str
    active: bool
    bins: tuple[BinRow, ...]


def _bin(b: Location) -> BinRow:
    assert b.warehouse_id is not None, "a bin always belongs to a warehouse"
    return BinRow(b.id, b.warehouse_id, b.code, b.name, b.status, b.capacity, b.sort_order)


def _bins(tx: Session, warehouse_id: uuid.UUID) -> tuple[BinRow, ...]:
    stmt = (
        select(Location)
        .where(Location.warehouse_id == warehouse_id, Location.kind == LocationKind.BIN.value)
        .order_by(Location.sort_order, Location.code)
    )
    return tuple(_bin(b) for b in tx.scalars(stmt))


def _row(tx: Session, w: Warehouse) -> WarehouseRow:
    return WarehouseRow(w.id, w.code, w.name, w.address, w.negative_policy, w.active, _bins(tx, w.id))


def list_warehouses(uow: UnitOfWork, *, include_inactive: bool = True) -> list[WarehouseRow]:
    with uow.read() as tx:
        stmt = select(Warehouse).order_by(Warehouse.code)
        if not include_inactive:
            stmt = stmt.where(Warehouse.active.is_(True))
        return [_row(tx, w) for w in tx.scalars(stmt)]


def get_warehouse(uow: UnitOfWork, warehouse_id: uuid.UUID) -> WarehouseRow:
    with uow.read() as tx:
        w = tx.get(Warehouse, warehouse_id)
        if w is None:
            raise NotFound(tr("That warehouse no longer exists."))
        return _row(tx, w)


def clean_warehouse(
    tx: Session,
    *,
    code: str,
    name: str,
    address: str = "",
    negative_policy: str = "forbid",
    active: bool = True,
    self_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    code = v.text(code, "code", tr("Code"), required=True, max_len=40)
    other = tx.execute(select(Warehouse.id, Warehouse.name).where(Warehouse.code == code)).first()
    if other is not None and other.id != self_id:
        raise Duplicate(
            tr("Code {code} is already used by warehouse {other}.", code=code, other=other.name), field="code"
        )
    return dict(
        code=code,
        name=v.text(name, "name", tr("Name"), required=True, max_len=120),
        address=v.text(address, "address", tr("Address"), max_len=300),
        negative_policy=v.choice(negative_policy, "negative_policy", tr("Negative stock"), POLICIES, default="forbid"),
        active=bool(active),
    )


def create_warehouse_tx(tx: Session, values: dict[str, Any], *, default_bin: bool = True) -> Warehouse:
    row = Warehouse(**values)
    tx.add(row)
    tx.flush()
    if default_bin:
        tx.add(
            Location(
                warehouse_id=row.id, code=DEFAULT_BIN, name=tr("Default bin"), kind=LocationKind.BIN.value, sort_order=0
            )
        )
        tx.flush()
    audit.record(tx, "create", "warehouse", row.id, summary=f"{row.code} {row.name}", after=audit.snapshot(row))
    return row


def save_warehouse(
    uow: UnitOfWork,
    *,
    code: str,
    name: str,
    address: str = "",
    negative_policy: str = "forbid",
    active: bool = True,
    warehouse_id: uuid.UUID | None = None,
) -> WarehouseRow:
    """Create a warehouse (with a default bin) or change one."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        values = clean_warehouse(
            tx,
            code=code,
            name=name,
            address=address,
            negative_policy=negative_policy,
            active=active,
            self_id=warehouse_id,
        )
        if warehouse_id is None:
            return _row(tx, create_warehouse_tx(tx, values))
        row = tx.get(Warehouse, warehouse_id)
        if row is None:
            raise NotFound(tr("That warehouse no longer exists."))
        before = audit.snapshot(row)
        for key, value in values.items():
            setattr(row, key, value)
        tx.flush()
        audit.record(
            tx,
            "update",
            "warehouse",
            row.id,
            summary=f"{row.code} {row.name}",
            before=before,
            after=audit.snapshot(row),
        )
        return _row(tx, row)


def clean_bin(
    tx: Session,
    warehouse_id: uuid.UUID,
    *,
    code: str,
    name: str = "",
    status: str = "active",
    capacity: Any = None,
    sort_order: Any = None,
    self_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    code = v.text(code, "code", tr("Code"), required=True, max_len=40)
    other = tx.scalar(select(Location.id).where(Location.warehouse_id == warehouse_id, Location.code == code))
    if other is not None and other != self_id:
        raise Duplicate(tr("This warehouse already has a bin {code}.", code=code), field="code")
    if (sort_order is None or sort_order == "") and self_id is not None:
        sort_order = tx.scalar(select(Location.sort_order).where(Location.id == self_id)) or 0
    if sort_order is None or sort_order == "":
        sort_order = (
            tx.scalar(select(func.max(Location.sort_order)).where(Location.warehouse_id == warehouse_id)) or 0
        ) + 1
    return dict(
        code=code,
        name=v.text(name, "name", tr("Name"), max_len=120),
        status=v.choice(status, "status", tr("Status"), STATUSES, default="active"),
        capacity=v.number(capacity, "capacity", tr("Capacity"), places=QTY_PLACES, allow_none=True),
        sort_order=v.integer(sort_order, "sort_order", tr("Walking order"), maximum=10**6),
    )


def save_bin(
    uow: UnitOfWork,
    warehouse_id: uuid.UUID,
    *,
    code: str,
    name: str = "",
    status: str = "active",
    capacity: Any = None,
    sort_order: Any = None,
    bin_id: uuid.UUID | None = None,
) -> BinRow:
    """Add a bin to a warehouse or change one (status, capacity, walking order)."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        if tx.get(Warehouse, warehouse_id) is None:
            raise NotFound(tr("That warehouse no longer exists."))
        values = clean_bin(
            tx,
            warehouse_id,
            code=code,
            name=name,
            status=status,
            capacity=capacity,
            sort_order=sort_order,
            self_id=bin_id,
        )
        if bin_id is None:
            row = Location(warehouse_id=warehouse_id, kind=LocationKind.BIN.value, **values)
            tx.add(row)
            before = None
        else:
            found = tx.get(Location, bin_id)
            if found is None or found.warehouse_id != warehouse_id:
                raise NotFound(tr("That bin no longer exists."))
            row = found
            before = audit.snapshot(row)
            for key, value in values.items():
                setattr(row, key, value)
        tx.flush()
        audit.record(
            tx,
            "update" if before else "create",
            "bin",
            row.id,
            summary=row.code,
            before=before,
            after=audit.snapshot(row),
        )
        return _bin(row)


def reorder_bins(uow: UnitOfWork, warehouse_id: uuid.UUID, bin_ids: list[uuid.UUID]) -> None:
    """Set the walking order (count sheets follow it) to the order of ``bin_ids``."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        for n, bin_id in enumerate(bin_ids, 1):
            found = tx.get(Location, bin_id)
            if found is None or found.warehouse_id != warehouse_id:
                raise NotFound(tr("That bin no longer exists."))
            row = found
            row.sort_order = n


def delete_bin(uow: UnitOfWork, bin_id: uuid.UUID) -> None:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(Location, bin_id)
        if row is None or row.kind != LocationKind.BIN.value:
            raise NotFound(tr("That bin no longer exists."))
        if v.is_used(tx, "location", row.id):
            raise ValidationError(tr("Bin {code} has stock history; freeze it instead of deleting it.", code=row.code))
        audit.record(tx, "delete", "bin", row.id, summary=row.code, before=audit.snapshot(row))
        tx.delete(row)
