"""The ``erp-desktop`` command. No arguments opens the main window; subcommands run headless.

Each area registers its subcommands in ``erp_desktop/commands/<area>.py`` (a ``register(add)``
function). Every command takes ``--db PATH`` (default: the shop file in the user's data folder)
and ``--lang``. Domain errors print their message and exit 1; bad usage exits 2.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable

from . import __version__
from .errors import ConfirmationRequired, ImportErrors, UserError
from .i18n import detect_language, set_language, tr

COMMAND_AREAS = (
    "base",
    "masterdata",
    "variants",
    "inventory",
    "sales",
    "counter",
    "purchasing",
    "finance",
    "printing",
    "excel",
    "analysis",
    "admin",
    "sync",
    "maintenance",
)


# Which area registers each top-level command: a run imports only the area of its command, so
# ``erp-desktop version`` does not import every service (tests/cli/test_cli_options.py keeps this
# table equal to what the areas register).
COMMAND_AREA = {
    "init": "base",
    "version": "base",
    "import": "masterdata",
    "export": "masterdata",
    "template": "masterdata",
    "demo": "masterdata",
    "product": "masterdata",
    "customer": "masterdata",
    "supplier": "masterdata",
    "warehouse": "masterdata",
    "variant": "variants",
    "stock": "inventory",
    "sales": "sales",
    "counter": "counter",
    "store": "counter",
    "purchase": "purchasing",
    "finance": "finance",
    "print": "printing",
    "import-opening-stock": "excel",
    "import-opening-balances": "excel",
    "import-orders": "excel",
    "import-template": "excel",
    "report": "analysis",
    "users": "admin",
    "user-add": "admin",
    "user-set": "admin",
    "user-password": "admin",
    "roles": "admin",
    "role-save": "admin",
    "login": "admin",
    "audit": "admin",
    "approvals": "admin",
    "sync": "sync",
    "sync-setup": "sync",
    "sync-conflicts": "sync",
    "sync-alerts": "sync",
    "sync-roles": "sync",
    "sync-invite": "sync",
    "sync-join": "sync",
    "sync-revoke": "sync",
    "sync-pcs": "sync",
    "sync-pc-users": "sync",
    "sync-problems": "sync",
    "verify": "maintenance",
    "backup": "maintenance",
    "restore": "maintenance",
    "backups": "maintenance",
    "date-rules": "maintenance",
}
_VALUE_OPTIONS = {"--db", "--lang", "--user", "--password-file"}


def _command_word(argv: list[str]) -> str | None:
    """The top-level command in ``argv`` (skipping the common options and their values)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def build_parser(areas: tuple[str, ...] = COMMAND_AREAS) -> argparse.ArgumentParser:
    from .commands import apply_common_options, common_options

    common = common_options()
    parser = argparse.ArgumentParser(
        prog="erp-desktop",
        parents=[common],
        description="erp-desktop: purchase, sales, inventory and finance for small shops. No command opens the window.",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo shop (created on first use)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window on a fresh database, post a sale, exit 0 if all went well",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace], int | None]) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    for area in areas:
        try:
            module = importlib.import_module(f"erp_desktop.commands.{area}")
        except ModuleNotFoundError as exc:
            if exc.name == f"erp_desktop.commands.{area}":
                continue
            raise
        module.register(add)
    apply_common_options(parser, common)
    mark_command_paths(parser)
    return parser


def mark_command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> None:
    """Give every (sub)command's parser the default ``command_path`` ("sales order create"): the
    key of ``commands.permissions.COMMAND_PERMISSIONS`` checked at log-in."""
    if path:
        parser.set_defaults(command_path=" ".join(path))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                mark_command_paths(sub, (*path, name))


def _translate_help(parser: argparse.ArgumentParser) -> None:
    """Every help text and description through the catalogue (extracted by tools/i18n.py)."""
    if parser.description:
        parser.description = tr(parser.description)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = tr(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = tr(choice.help)
            for sub in set(action.choices.values()):
                _translate_help(sub)


def _early_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(detect_language(_early_language(argv)))
    word = _command_word(argv)
    area = COMMAND_AREA.get(word) if word else None
    parser = build_parser((area,) if area else COMMAND_AREAS)
    _translate_help(parser)
    args = parser.parse_args(argv)
    for name in ("db", "lang", "user"):
        if not hasattr(args, name):
            setattr(args, name, None)
    set_language(detect_language(args.lang))
    if getattr(args, "handler", None) is None:
        from .ui.app import run_app

        return run_app(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        from .commands import run_command

        return run_command(args)
    except BrokenPipeError:  # `erp-desktop … --json | head`: the reader has gone; not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ImportErrors as exc:
        print(tr("error: {message}", message=exc.message), file=sys.stderr)
        for row, field, message in exc.problems:
            where = ", ".join(part for part in (tr("row {row}", row=row) if row else "", field or "") if part)
            print(f"  {where}: {message}" if where else f"  {message}", file=sys.stderr)
        return 1
    except ConfirmationRequired as exc:
        print(tr("error: {message}", message=exc.message), file=sys.stderr)
        if exc.key.startswith("odd-date:"):
            print(tr("(pass --allow-odd-date to accept)"), file=sys.stderr)
        else:
            print(tr("(pass --yes {key} to accept)", key=exc.key), file=sys.stderr)
        return 1
    except UserError as exc:
        print(tr("error: {message}", message=exc.message), file=sys.stderr)
        return 1
    except Exception as exc:  # a damaged or locked shop file is a message, never a traceback
        problem = _database_problem(exc, args)
        if problem is None:
            raise
        print(tr("error: {message}", message=problem.message), file=sys.stderr)
        return 1


def _database_problem(exc: BaseException, args: argparse.Namespace) -> UserError | None:
    """``exc`` (or what it wraps) as a damaged / locked shop file message, else None."""
    try:
        from . import storage

        path = storage.sqlite_file(storage.db_url(getattr(args, "db", None)))
        return storage.database_problem(exc, path)
    except Exception:  # describing the problem must not hide it
        return None


def version_text() -> str:
    return f"erp-desktop {__version__}"


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
