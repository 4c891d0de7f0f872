"""Who may do what, as the sync sees it.

``merge_security``: a user's ``active``, ``role`` and ``password_hash`` merge field by field by
their own stamps (``User.active_hlc`` …), not with the rest of the row. The row itself stays
last-writer-wins; after a pulled batch is merged, each user row whose winner carried an older
stamp for one of these fields than the version it beat gets that field back from the loser, and is
stamped again as this PC's new version so the merged row reaches every PC (the next push). So a
deactivation, a role change or a new password, made by an owner on any PC, is never undone by a
later unrelated write of the row (a display name edited offline) — review B2.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import update
from sqlalchemy.orm import Session

from erp_desktop.models.base import utcnow
from erp_desktop.storage.uow import UnitOfWork

from .tables import decode_row, table

SECURITY_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "app_user": (("active", "active_hlc"), ("role", "role_hlc"), ("password_hash", "password_hlc")),
}


def merge_security(tx: Session, uow: UnitOfWork, name: str, versions: Iterable, existing: dict[uuid.UUID, dict]) -> int:
    """After the rows of ``name`` in a pulled batch were merged (last writer wins): give each
    security field the value with the newest stamp of the two versions met (``existing`` holds the
    local rows as they were before the merge). Returns how many rows were stamped again."""
    fields = SECURITY_FIELDS.get(name)
    if not fields:
        return 0
    t = table(name)
    restamped = 0
    for version in versions:
        local = existing.get(version.row_id)
        if local is None:
            continue
        incoming = decode_row(name, version.data)
        incoming_won = (version.hlc, version.origin_pc) > (local["hlc"], local["origin_pc"])
        held, other = (incoming, local) if incoming_won else (local, incoming)
        fix = {}
        for field, stamp in fields:
            if int(other.get(stamp) or 0) > int(held.get(stamp) or 0):
                fix[field] = other.get(field)
                fix[stamp] = other.get(stamp)
        if not fix:
            continue
        tx.execute(
            update(t)
            .where(t.c.id == version.row_id)
            .values(**fix, hlc=uow.clock.now(), origin_pc=uow.pc_id, updated_at=utcnow())
        )
        restamped += 1
    return restamped
