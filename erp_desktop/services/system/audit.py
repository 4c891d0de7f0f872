"""The audit log: who changed what, when, with before/after values for master-data edits.
``record`` is called inside the changing service's transaction."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.system import AuditLog
from erp_desktop.storage import chain
from erp_desktop.storage.rows import insert_rows
from erp_desktop.storage.uow import actor_of


def snapshot(obj: Any, fields: list[str] | None = None) -> dict[str, Any]:
    """A JSON-safe dict of an ORM row's column values (or the named ones)."""
    names = fields or [
        c.key for c in obj.__table__.columns if c.key not in ("created_at", "updated_at", "hlc", "origin_pc")
    ]
    return {name: _jsonable(getattr(obj, name, None)) for name in names}


def _jsonable(value: Any) -> Any:
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def record(
    tx: Session,
    action: str,
    entity: str,
    entity_id: Any,
    *,
    summary: str = "",
    before: dict | None = None,
    after: dict | None = None,
) -> None:
    if before is not None and after is not None:
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after.get(k) for k in changed}
    row: dict[str, Any] = {
        "id": uuid7(),
        "at": utcnow(),
        "user_name": actor_of(tx).username,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id or ""),
        "summary": summary[:300],
        "before": before,
        "after": after,
        "chain_pc": "",
        "chain_seq": 0,
        "chain_hash": "",
    }
    uow = tx.info.get("uow")
    if uow is not None and uow.pc_id:  # the next link of this PC's audit chain (storage.chain)
        row["chain_pc"] = uow.pc_id
        row["chain_seq"], prev = chain.next_link(tx, "audit_log", uow.pc_id)
        row["chain_hash"] = chain.link_hash(prev, chain.audit_payload(row))
        chain.set_head(tx, "audit_log", uow.pc_id, row["chain_seq"], row["chain_hash"])
    # an append-only row, written as the posting rows are (one prepared INSERT, no ORM flush):
    # every write a user makes records one (sale_flow_ms). It refers to nothing pending, so the
    # caller's unflushed changes stay unflushed (a service may go on filling them in after this)
    with tx.no_autoflush:
        insert_rows(tx, AuditLog.__table__, [row])
