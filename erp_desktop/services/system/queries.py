"""The system area's read side: the audit log viewer and its export (owner only).

Kept apart from ``audit`` (which records changes and is imported by ``auth``) so that ``auth``
and the audit log do not import each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from erp_desktop.models.system import AuditLog
from erp_desktop.services.system.auth import Perm, require


# --- viewing and exporting (owner) --------------------------------------------------------
@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    user_name: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: dict | None
    after: dict | None

    @property
    def at_text(self) -> str:
        return self.at.strftime("%Y-%m-%d %H:%M:%S")

    @property
    def user_text(self) -> str:
        """Who, as shown on screen: the built-in "system" reads 系统."""
        from erp_desktop.i18n import user_label

        return user_label(self.user_name)

    @property
    def action_text(self) -> str:
        """The action in the user's words (``action`` is the stored code)."""
        from .audit_labels import action_label

        return action_label(self.action)

    @property
    def entity_text(self) -> str:
        """The record type in the user's words (``entity`` is the stored code)."""
        from .audit_labels import entity_label

        return entity_label(self.entity)

    @property
    def changes(self) -> str:
        """``field: before → after`` for every changed field."""
        keys = sorted(set(self.before or {}) | set(self.after or {}))
        if self.before is None:
            return "; ".join(f"{k}: {(self.after or {}).get(k)}" for k in keys)
        return "; ".join(f"{k}: {(self.before or {}).get(k)} → {(self.after or {}).get(k)}" for k in keys)


@dataclass(frozen=True)
class AuditFilter:
    user_name: str = ""
    action: str = ""
    entity: str = ""
    text: str = ""  # in the summary or the record id
    since: date | None = None
    until: date | None = None  # inclusive


def _filtered(f: AuditFilter):
    from datetime import timedelta

    from sqlalchemy import or_, select

    from erp_desktop.services.paging import like_pattern

    stmt = select(AuditLog)
    if f.user_name:
        stmt = stmt.where(AuditLog.user_name == f.user_name)
    if f.action:
        stmt = stmt.where(AuditLog.action == f.action)
    if f.entity:
        stmt = stmt.where(AuditLog.entity == f.entity)
    if f.text.strip():
        pattern = like_pattern(f.text)
        stmt = stmt.where(
            or_(AuditLog.summary.like(pattern, escape="\\"), AuditLog.entity_id.like(pattern, escape="\\"))
        )
    if f.since is not None:
        stmt = stmt.where(AuditLog.at >= datetime.combine(f.since, datetime.min.time()))
    if f.until is not None:
        stmt = stmt.where(AuditLog.at < datetime.combine(f.until + timedelta(days=1), datetime.min.time()))
    return stmt


def _row(log: AuditLog) -> AuditRow:
    return AuditRow(
        log.id, log.at, log.user_name, log.action, log.entity, log.entity_id, log.summary, log.before, log.after
    )


def list_audit(uow, query=None, audit_filter: AuditFilter | None = None):
    """One page of the audit log, newest first (owner: Perm.VIEW_AUDIT)."""
    from erp_desktop.services.paging import ListQuery, keyset_page

    query = query or ListQuery(sort="at", descending=True)
    if audit_filter is None:  # from a list screen: the search box and its filters
        known = {k: v for k, v in dict(query.filters).items() if k in AuditFilter.__dataclass_fields__ and v}
        audit_filter = AuditFilter(**{**known, "text": query.search or known.get("text", "")})
    with uow.read() as tx:
        require(tx, Perm.VIEW_AUDIT)
        stmt = _filtered(audit_filter or AuditFilter()).with_only_columns(AuditLog)
        return keyset_page(
            tx,
            stmt,
            sort_columns={
                "at": AuditLog.at,
                "user_name": AuditLog.user_name,
                "entity": AuditLog.entity,
                "action": AuditLog.action,
                "user_text": AuditLog.user_name,
                "entity_text": AuditLog.entity,  # the labelled columns sort by their codes
                "action_text": AuditLog.action,
            },
            default_sort="at",
            id_column=AuditLog.id,
            query=query,
            to_row=lambda r: _row(r[0]),
        )


def audit_choices(uow) -> dict[str, list[str]]:
    """Distinct users, actions and entities (for the viewer's filter boxes)."""
    from sqlalchemy import select

    with uow.read() as tx:
        require(tx, Perm.VIEW_AUDIT)
        return {
            name: sorted(v for v in tx.scalars(select(col).distinct()) if v)
            for name, col in (
                ("user_name", AuditLog.user_name),
                ("action", AuditLog.action),
                ("entity", AuditLog.entity),
            )
        }


def export_audit(uow, path, audit_filter: AuditFilter | None = None, progress=None) -> int:
    """Write the (filtered) audit log to an Excel file; returns the number of rows."""
    from erp_desktop.i18n import tr, user_label
    from erp_desktop.services import excel

    from .audit_labels import action_label, entity_label

    columns = [
        excel.XColumn("at_text", tr("Time")),
        excel.XColumn("user_name", tr("User")),
        excel.XColumn("action_text", tr("Action")),
        excel.XColumn("entity_text", tr("Record type")),
        excel.XColumn("entity_id", tr("Record")),
        excel.XColumn("summary", tr("Summary")),
        excel.XColumn("changes", tr("Changes")),
    ]
    with uow.read() as tx:
        require(tx, Perm.VIEW_AUDIT)
        stmt = _filtered(audit_filter or AuditFilter()).order_by(AuditLog.at.desc(), AuditLog.id.desc())
        rows = (
            {
                "at_text": r.at.strftime("%Y-%m-%d %H:%M:%S"),
                "user_name": user_label(r.user_name),
                "action_text": action_label(r.action),
                "entity_text": entity_label(r.entity),
                "entity_id": r.entity_id,
                "summary": r.summary,
                "changes": _row(r).changes,
            }
            for r in tx.execute(stmt.execution_options(yield_per=1000)).scalars()
        )
        return excel.write_xlsx(path, columns, rows, sheet_title=tr("Audit log"), progress=progress)
