"""verify, backup, restore, backups, date-rules."""

from __future__ import annotations

import sys
from pathlib import Path

from erp_desktop import storage
from erp_desktop.services import system

from ..i18n import tr
from . import add_json, iso_date, open_uow, password, print_json, print_table, wants_json


def register(add) -> None:
    add_json(add("verify", "check every invariant of the books and the database; exit 1 if any fails", _verify))
    command = add("backup", "copy the shop database (SQLite online backup)", _backup)
    command.add_argument("target", nargs="?", help="file to write (default: the backups folder)")
    command = add(
        "restore", "replace the shop database with a checked backup (the current file is kept aside)", _restore
    )
    command.add_argument("file", help="backup file to restore")
    add_json(add("backups", "list this shop's last good backups with their dates", _backups))
    command = add(
        "date-rules", "show or set the shop's opening date and whether odd document dates are refused", _date_rules
    )
    command.add_argument("--opened-on", type=iso_date, metavar="YYYY-MM-DD", help="the shop's opening date")
    command.add_argument("--no-opening-date", action="store_true", help="forget the opening date")
    rule = command.add_mutually_exclusive_group()
    rule.add_argument("--forbid-odd", action="store_true", help="refuse odd dates outright")
    rule.add_argument("--ask-odd", action="store_true", help="odd dates need a confirmation (the default)")
    add_json(command)


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


def _shop_path(args) -> Path | None:
    return storage.sqlite_file(storage.db_url(getattr(args, "db", None)))


def _restore(args) -> int:
    """The owner logs in first (when log-in is on), the backup is checked completely on a copy
    (schema, every table, verify), the current file is kept aside, and only then swapped."""
    target = _shop_path(args)
    if target is None:
        print(tr("Restore works on a local shop file."), file=sys.stderr)
        return 1
    result = system.restore_shop(Path(args.file), target, username=getattr(args, "user", None), password=password(args))
    uow = system.open_shop(target, create=False)  # seeds reference data the backup may lack
    uow.engine.dispose()
    print(
        tr(
            "Restored {file} into {target} ({checks} checks passed on it first).",
            file=args.file,
            target=str(target),
            checks=result.checks,
        )
    )
    if result.aside is not None:
        print(tr("The previous file is kept as {aside}.", aside=str(result.aside)))
    return 0


def _backups(args) -> int:
    target = _shop_path(args)
    if target is None:
        print(tr("Backups are listed for a local shop file."), file=sys.stderr)
        return 1
    infos = storage.shop_backups(target)
    if wants_json(args):
        print_json([{"path": str(i.path), "size": i.size, "taken_at": i.taken_at} for i in infos])
        return 0
    if not infos:
        print(tr("No good backup of {path} was found.", path=str(target)))
        return 0
    print_table([tr("Taken"), tr("Size (KiB)"), tr("File")], [(i.taken_at, i.size // 1024, str(i.path)) for i in infos])
    return 0


def _date_rules(args) -> int:
    uow = open_uow(args)
    rules = system.date_rules(uow)
    if args.opened_on or args.no_opening_date or args.forbid_odd or args.ask_odd:
        opened = None if args.no_opening_date else (args.opened_on or rules.opened_on)
        forbid = rules.forbid if not (args.forbid_odd or args.ask_odd) else bool(args.forbid_odd)
        rules = system.save_date_rules(uow, opened_on=opened, forbid=forbid)
    low, high = system.plausible_range(rules)
    if wants_json(args):
        print_json(
            {"opened_on": rules.opened_on, "forbid_odd": rules.forbid, "plausible_from": low, "plausible_to": high}
        )
        return 0
    print(tr("Opening date: {date}", date=rules.opened_on.isoformat() if rules.opened_on else tr("not set")))
    print(tr("Plausible document dates: {low} to {high}", low=low.isoformat(), high=high.isoformat()))
    print(tr("Other dates: refused") if rules.forbid else tr("Other dates: need a confirmation (--allow-odd-date)"))
    return 0
