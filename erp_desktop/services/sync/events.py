"""Deletes travel as tombstones: deleting a synced (non-ledger) row through the ORM adds a
``sync_tombstone`` row in the same flush, stamped like any other change. Imported by
``services.auth`` (which every writing service uses), so it is always active."""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from erp_desktop.models.base import Synced
from erp_desktop.models.sync import SyncTombstone
from erp_desktop.services.sync.tables import is_ledger_name


@event.listens_for(Session, "before_flush")
def _tombstones(session: Session, _flush_context, _instances) -> None:
    uow = session.info.get("uow")
    if uow is None or not session.deleted:
        return
    for obj in list(session.deleted):
        if not isinstance(obj, Synced) or isinstance(obj, SyncTombstone):
            continue
        name = inspect(obj).mapper.local_table.name
        if not is_ledger_name(name):
            session.add(SyncTombstone(table_name=name, row_id=obj.id, hlc=uow.clock.now(), origin_pc=uow.pc_id))
