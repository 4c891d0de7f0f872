"""Sync (多机同步): each PC works offline; changes meet through one shared PostgreSQL database.

- ``engine``  settings, push, pull, rebuild, status
- ``tables``  which tables sync and how (ledger union or last-writer-wins)
- ``events``  tombstones for deletes
- ``server``  the shared database's schema and roles
- ``identity`` one identity per installation (a copied shop file is recognised)
- ``problems`` rows set aside because one side refused them (an owner task each)
- ``withheld`` what a PC's pull leaves out (other users' password hashes, costs its role may not see)

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import sync`` … ``sync.configured_url(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .access import invite_pc, join_with_invitation, pc_logins, revoke_pc, set_pc_users, setup_roles
    from .engine import (
        BATCH,
        ConflictRow,
        SyncResult,
        SyncSettings,
        SyncStatus,
        configured_url,
        dismiss_conflict,
        identity_state,
        keep_identity,
        list_alerts,
        list_conflicts,
        load_settings,
        make_new_pc,
        password_known,
        remember_password,
        restore_conflict,
        save_settings,
        status,
        stored_password,
        sync_now,
        test_connection,
        url_for,
    )
    from .identity import Identity, IdentityMismatch
    from .problems import ProblemRow, dismiss_problem, list_problems
    from .roles import LoginRow
    from .server import (
        make_server_engine,
        prepare,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "LoginRow": ("roles", "LoginRow"),
    "invite_pc": ("access", "invite_pc"),
    "join_with_invitation": ("access", "join_with_invitation"),
    "pc_logins": ("access", "pc_logins"),
    "set_pc_users": ("access", "set_pc_users"),
    "revoke_pc": ("access", "revoke_pc"),
    "setup_roles": ("access", "setup_roles"),
    "BATCH": ("engine", "BATCH"),
    "ConflictRow": ("engine", "ConflictRow"),
    "SyncResult": ("engine", "SyncResult"),
    "SyncSettings": ("engine", "SyncSettings"),
    "SyncStatus": ("engine", "SyncStatus"),
    "configured_url": ("engine", "configured_url"),
    "dismiss_conflict": ("engine", "dismiss_conflict"),
    "list_alerts": ("engine", "list_alerts"),
    "list_conflicts": ("engine", "list_conflicts"),
    "load_settings": ("engine", "load_settings"),
    "make_server_engine": ("server", "make_server_engine"),
    "prepare": ("server", "prepare"),
    "restore_conflict": ("engine", "restore_conflict"),
    "password_known": ("engine", "password_known"),
    "remember_password": ("engine", "remember_password"),
    "save_settings": ("engine", "save_settings"),
    "status": ("engine", "status"),
    "stored_password": ("engine", "stored_password"),
    "sync_now": ("engine", "sync_now"),
    "test_connection": ("engine", "test_connection"),
    "url_for": ("engine", "url_for"),
    "make_new_pc": ("engine", "make_new_pc"),
    "keep_identity": ("engine", "keep_identity"),
    "identity_state": ("engine", "identity_state"),
    "Identity": ("identity", "Identity"),
    "IdentityMismatch": ("identity", "IdentityMismatch"),
    "ProblemRow": ("problems", "ProblemRow"),
    "dismiss_problem": ("problems", "dismiss_problem"),
    "list_problems": ("problems", "list_problems"),
}

__all__ = [
    "LoginRow",
    "invite_pc",
    "join_with_invitation",
    "pc_logins",
    "revoke_pc",
    "set_pc_users",
    "setup_roles",
    "BATCH",
    "ConflictRow",
    "SyncResult",
    "SyncSettings",
    "SyncStatus",
    "configured_url",
    "dismiss_conflict",
    "list_alerts",
    "list_conflicts",
    "load_settings",
    "make_server_engine",
    "prepare",
    "restore_conflict",
    "password_known",
    "remember_password",
    "save_settings",
    "status",
    "stored_password",
    "sync_now",
    "test_connection",
    "url_for",
    "make_new_pc",
    "keep_identity",
    "identity_state",
    "Identity",
    "IdentityMismatch",
    "ProblemRow",
    "dismiss_problem",
    "list_problems",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
