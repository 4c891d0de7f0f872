"""verify, backup, restore."""

from __future__ import annotations

import sys
from pathlib import Path

from erp_desktop import storage
from erp_desktop.services import system

from ..i18n import tr
from . import add_json, open_uow, print_json, wants_json


def register(add) -> None:
    add_json(add("verify", "check every invariant of the books and the database; exit 1 if any fails", _verify))
    command = add("backup", "copy the shop database (SQLite online backup)", _backup)
    command.add_argument("target", nargs="?", help="file to write (default: the backups folder)")
    command = add(
        "restore", "replace the shop database with a checked backup (the current file is kept aside)", _restore
    )
    command.add_argument("file", help="backup file to restore")


def _verify(args) -> int:
    uow = open_uow(args)
    system.require_permission(uow, system.Perm.MAINTENANCE)
    failed = 0
    checks = list(system.run_checks(uow))
    if wants_json(args):
        print_json([{"name": c.name, "ok": c.ok, "details": list(c.details)} for c in checks])
        return 0 if all(c.ok for c in checks) else 1
    for check in checks:
        mark = tr("OK") if check.ok else tr("FAILED")
        print(f"[{mark}] {check.name}")
        for detail in check.details:
            print(f"    {detail}")
        failed += not check.ok
    print(tr("{count} check(s) failed.", count=failed) if failed else tr("All checks passed."))
    return 1 if failed else 0


def _backup(args) -> int:
    uow = open_uow(args)  # needs maintenance (commands.permissions): a copy holds every cost and hash
    system.require_permission(uow, system.Perm.MAINTENANCE)
    info = storage.backup_to(uow.engine, Path(args.target)) if args.target else storage.backup_now(uow.engine)
    print(tr("Backup written: {path} ({size} bytes)", path=str(info.path), size=info.size))
    return 0


def _restore(args) -> int:
    url = storage.db_url(args.db)
    target = Path(url.removeprefix("sqlite:///"))
    if not url.startswith("sqlite:///"):
        print(tr("Restore works on a local shop file."), file=sys.stderr)
        return 1
    if target.exists():  # log in to the shop being replaced first: only its owner may swap the books
        current = open_uow(args)
        system.require_permission(current, system.Perm.MAINTENANCE)
        current.engine.dispose()
    args.authorized_actor = None  # the restored file has its own users: log in to it afresh
    aside = storage.restore(Path(args.file), target)
    print(
        tr(
            "Restored {file} into {target}; the previous file is kept as {aside}.",
            file=args.file,
            target=str(target),
            aside=str(aside),
        )
    )
    uow = open_uow(args)  # migrates an older backup to the current schema
    uow.engine.dispose()
    return 0
