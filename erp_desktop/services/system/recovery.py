"""Restoring a backup safely (issue 20, "Safe recovery").

The order matters: first the owner of the shop being replaced logs in (when log-in is on), then the
candidate is checked completely on a copy — it opens, its revision is known, it migrates to this
program's schema, every table is there and ``verify`` passes on it — then the current file is kept
aside, and only then is it swapped in. Nothing of the shop is touched before the last step.

When the current file cannot be read (missing, empty, damaged) there is nobody to ask in it; the
candidate's own owner must log in then, if the candidate has log-in on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from erp_desktop.errors import PermissionDenied, ShopFileError, UserError
from erp_desktop.i18n import tr
from erp_desktop.services.system.auth import authenticate, login_required
from erp_desktop.storage import backup as storage_backup
from erp_desktop.storage import engine as db
from erp_desktop.storage.uow import Actor, UnitOfWork


@dataclass(frozen=True)
class RestoreResult:
    target: Path
    aside: Path | None  # the file the restore replaced, kept as it was
    checks: int  # verify checks that passed on the candidate


def _owner(uow: UnitOfWork, username: str | None, password: str | None, *, whose: str) -> Actor | None:
    """The owner's log-in on ``uow`` when log-in is on there (None when it is off)."""
    if not login_required(uow):
        return None
    if not username or password is None:
        raise PermissionDenied(
            tr(
                "Restoring needs the owner's log-in ({whose}): pass --user NAME and the password "
                "(ERP_PASSWORD, --password-stdin or --password-file). Nothing was changed.",
                whose=whose,
            )
        )
    actor = authenticate(uow, username, password)
    if actor.role != "owner":
        raise PermissionDenied(
            tr("Only an owner may restore a backup; {user} is not one. Nothing was changed.", user=actor.username)
        )
    return actor


def authorize_restore(target: Path, username: str | None, password: str | None) -> bool:
    """Check the log-in of the current shop's owner. Returns False when the current file cannot
    be read (then the candidate's owner is asked, see ``restore_shop``). Raises PermissionDenied."""
    if db.shop_file_state(Path(target)) != "ok":
        return False
    try:
        engine = db.open_engine(target, create=False)
    except ShopFileError:
        return False
    try:
        _owner(UnitOfWork(engine), username, password, whose=tr("the current shop"))
    finally:
        engine.dispose()
    return True


def check_candidate(staging: Path) -> int:
    """Run ``verify`` on the checked copy; returns how many checks passed. Raises UserError."""
    from erp_desktop.services.system.verify import run_checks

    engine = db.make_engine(f"sqlite:///{staging}")
    try:
        checks = run_checks(UnitOfWork(engine))
    finally:
        engine.dispose()
    failed = [c.name for c in checks if not c.ok]
    if failed:
        raise UserError(
            tr(
                "The backup fails the book checks ({checks}); it was not restored. Nothing was changed.",
                checks=", ".join(failed),
            )
        )
    return len(checks)


def restore_shop(
    candidate: Path,
    target: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    before_swap=None,
) -> RestoreResult:
    """Replace the shop file ``target`` with the backup ``candidate`` — only after the owner has
    logged in and the candidate has passed every check on a copy; the current file is kept aside.
    ``before_swap`` (if given) runs just before the swap (the window closes its connections).
    Raises PermissionDenied or UserError, with nothing changed."""
    candidate, target = Path(candidate), Path(target)
    if not candidate.is_file():
        raise UserError(tr("No such file: {path}", path=str(candidate)))
    if candidate.resolve() == target.resolve():
        raise UserError(tr("{path} is the shop itself; choose a backup file.", path=str(candidate)))
    current_checked = authorize_restore(target, username, password)
    staging = storage_backup.stage_restore(candidate, target)
    try:
        if not current_checked:
            engine = db.make_engine(f"sqlite:///{staging}")
            try:
                _owner(UnitOfWork(engine), username, password, whose=tr("the backup's owner"))
            finally:
                engine.dispose()
        passed = check_candidate(staging)
        if before_swap is not None:
            before_swap()
        aside = storage_backup.swap_in(staging, target)
    finally:
        storage_backup.remove_sqlite_files(staging)
    return RestoreResult(target, aside, passed)
