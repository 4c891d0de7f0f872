"""Where things live: the user's data folder, the default database, logs, bundled resources.

Leaf module: imports nothing of ours.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "erp-desktop"
APP_AUTHOR = "erp-desktop"


def data_dir() -> Path:
    """The platform's usual per-user data folder (``%LOCALAPPDATA%`` on Windows);
    ``ERP_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("ERP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "shop.sqlite3"


def log_path() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "erp-desktop.log"


def backup_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def root_dir() -> Path:
    """The folder holding ``resources/`` and ``migrations/`` (the checkout, or the frozen bundle)."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resources_dir() -> Path:
    return root_dir() / "resources"


def migrations_dir() -> Path:
    return root_dir() / "migrations"
