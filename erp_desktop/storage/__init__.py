"""Storage below the services: engine, unit of work, the row writers below the ORM, backups.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop import storage`` … ``storage.backup_now(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .backup import (
        BackupInfo,
        backup_now,
        backup_to,
        daily_backup,
        list_backups,
        restore,
        shop_backups,
    )
    from .engine import (
        current_revision,
        database_problem,
        db_url,
        head_revision,
        make_engine,
        shop_file_error,
        shop_file_state,
        sqlite_file,
    )
    from .logins import forget_password, names_no_login, online_url, remember_password, remembered_password
    from .uow import (
        SYSTEM,
        Actor,
        UnitOfWork,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "Actor": ("uow", "Actor"),
    "BackupInfo": ("backup", "BackupInfo"),
    "SYSTEM": ("uow", "SYSTEM"),
    "UnitOfWork": ("uow", "UnitOfWork"),
    "backup_now": ("backup", "backup_now"),
    "backup_to": ("backup", "backup_to"),
    "current_revision": ("engine", "current_revision"),
    "daily_backup": ("backup", "daily_backup"),
    "database_problem": ("engine", "database_problem"),
    "list_backups": ("backup", "list_backups"),
    "shop_backups": ("backup", "shop_backups"),
    "shop_file_error": ("engine", "shop_file_error"),
    "shop_file_state": ("engine", "shop_file_state"),
    "sqlite_file": ("engine", "sqlite_file"),
    "db_url": ("engine", "db_url"),
    "head_revision": ("engine", "head_revision"),
    "make_engine": ("engine", "make_engine"),
    "forget_password": ("logins", "forget_password"),
    "names_no_login": ("logins", "names_no_login"),
    "online_url": ("logins", "online_url"),
    "remember_password": ("logins", "remember_password"),
    "remembered_password": ("logins", "remembered_password"),
    "restore": ("backup", "restore"),
}

__all__ = [
    "Actor",
    "BackupInfo",
    "SYSTEM",
    "UnitOfWork",
    "backup_now",
    "backup_to",
    "current_revision",
    "daily_backup",
    "database_problem",
    "list_backups",
    "shop_backups",
    "shop_file_error",
    "shop_file_state",
    "sqlite_file",
    "db_url",
    "head_revision",
    "make_engine",
    "forget_password",
    "names_no_login",
    "online_url",
    "remember_password",
    "remembered_password",
    "restore",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
