"""Headless subcommands, one module per area; see ``erp_desktop.cli``."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import os
import re
import sys
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) is imported only by commands that open the shop
    from erp_desktop.storage import Actor, UnitOfWork

COMMON_OPTION = "--db"  # the mark of a parser that already has the common options


def common_options() -> argparse.ArgumentParser:
    """The options every command takes (``--db``, ``--lang``, ``--user`` and the password
    options), as a parent parser. ``erp_desktop.cli`` applies it to every parser at every level,
    so they work before or after the command. SUPPRESS: a subcommand's own default must not
    overwrite a value given before it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="shop database file (or a postgresql+psycopg:// URL)"
    )
    common.add_argument(
        "--lang", choices=["zh_CN", "en", "system"], default=argparse.SUPPRESS, help="language of messages"
    )
    common.add_argument(
        "--user", metavar="NAME", default=argparse.SUPPRESS, help="act as this user (password from ERP_PASSWORD)"
    )
    common.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read the --user password from the first line of standard input",
    )
    common.add_argument(
        "--allow-odd-date",
        action="store_true",
        default=argparse.SUPPRESS,
        help="accept a document date outside the plausible range (before the shop opened, over a year ahead)",
    )
    common.add_argument(
        "--password-file",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="read the --user password from the first line of this file",
    )
    return common


def apply_common_options(parser: argparse.ArgumentParser, common: argparse.ArgumentParser | None = None) -> None:
    """Give ``parser`` and every sub-parser below it the common options (those built with
    ``parents=[common_options()]`` already have them)."""
    common = common or common_options()
    if COMMON_OPTION not in parser._option_string_actions:
        parser._add_container_actions(common)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                apply_common_options(sub, common)


# Commands that may create a shop file that is not there yet (a new PC joining creates one too)
CREATES_SHOP = frozenset({"init", "demo", "sync-setup"})


def may_create_shop(args: argparse.Namespace) -> bool:
    """A missing shop file is created only by ``init``, ``demo``, a first ``sync --server`` (a
    new PC joining) — or when it is the default shop that never had a backup (the first run). A
    typo in ``--db`` or a lost file gets a message instead of a new empty shop."""
    command = getattr(args, "command", None)
    if command in CREATES_SHOP or (command == "sync" and getattr(args, "server", None)):
        return True
    if getattr(args, "db", None) is None:
        from erp_desktop import config, storage

        return not storage.shop_backups(config.default_db_path(), limit=1)
    return False


def open_uow(args: argparse.Namespace) -> UnitOfWork:
    """Open the shop named by ``--db`` as the user named by ``--user`` (when log-in is on)."""
    from erp_desktop import storage
    from erp_desktop.services.system import allow_odd_dates, open_shop
    from erp_desktop.storage import SYSTEM

    target = getattr(args, "db", None)
    if target and storage.names_no_login(str(target)):  # online mode as the user's own login
        uow = _open_online(str(target), args)
    else:
        path = storage.sqlite_file(storage.db_url(target))
        uow = open_shop(target, create=path is None or path.exists() or may_create_shop(args))
    allow_odd_dates(bool(getattr(args, "allow_odd_date", False)))
    actor = getattr(args, "authorized_actor", None) or _login(uow, args)
    check_command_permission(args, actor)
    return uow.as_actor(actor) if actor is not SYSTEM else uow


def _open_online(url: str, args: argparse.Namespace) -> UnitOfWork:
    """Online mode with no user in the address: connect as ``--user``'s own database login, with
    that user's password (``ERP_PASSWORD``, ``--password-stdin`` / ``--password-file``, else what
    the OS keyring remembers for that user and server)."""
    from erp_desktop import storage
    from erp_desktop.services.system import open_online_shop

    from ..errors import PermissionDenied
    from ..i18n import tr

    user, secret = getattr(args, "user", None), password(args)
    if user and secret is None:  # the OS keyring, where the user let the window remember it
        secret = storage.remembered_password(url, user)
        if secret is not None:
            args._password = secret
    if not user or secret is None:
        raise PermissionDenied(
            tr("Online mode logs in to the shared database as you: pass --user NAME and set ERP_PASSWORD.")
        )
    return open_online_shop(url, user, secret)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command: log in and check its permission first (so nothing of it runs for a
    user who may not), then its handler (whose ``open_uow`` reuses that log-in)."""
    from .permissions import permission_for

    if permission_for(getattr(args, "command_path", None)) is not None:
        uow = open_uow(args)  # logs in and checks
        uow.engine.dispose()
        args.authorized_actor = uow.actor
    return int(args.handler(args) or 0)


def check_command_permission(args: argparse.Namespace, actor: Actor) -> None:
    """Refuse the command unless ``actor`` holds the permission it needs (``commands.permissions``)."""
    from ..errors import PermissionDenied
    from ..i18n import tr, user_label
    from .permissions import permission_for

    path = getattr(args, "command_path", None)
    needed = permission_for(path)
    if needed is not None and not actor.can(needed):
        from erp_desktop.services import system  # (only when refusing: the face loads lazily)

        raise PermissionDenied(
            tr(
                "User {user} ({role}) may not run {command} (it needs the permission {permission}).",
                user=user_label(actor.username),
                role=system.role_label(actor.role),
                command=path,
                permission=tr(system.PERMISSION_LABELS.get(needed, needed)),
            )
        )


def password(args: argparse.Namespace) -> str | None:
    """The log-in password: ``--password-stdin``, ``--password-file`` or ``ERP_PASSWORD`` (read
    once per run: online mode needs it to connect and again to log in)."""
    if "_password" not in vars(args):
        args._password = _read_password(args)
    return args._password


def _read_password(args: argparse.Namespace) -> str | None:
    from ..errors import ValidationError
    from ..i18n import tr

    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    path = getattr(args, "password_file", None)
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as exc:
            raise ValidationError(
                tr("Cannot read the password file {path}: {reason}", path=path, reason=exc.strerror or str(exc)),
                field="password",
            ) from exc
    return os.environ.get("ERP_PASSWORD")


def _login(uow: UnitOfWork, args: argparse.Namespace) -> Actor:
    from erp_desktop.storage import SYSTEM

    try:
        from erp_desktop.services import system
    except ModuleNotFoundError:
        return SYSTEM
    return system.actor_for_cli(uow, getattr(args, "user", None), password(args))


# --- output: one table printer and one JSON writer for every command -----------------------
def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters (汉字, ：) two,
    combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def clip(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` display columns (with … when cut)."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (date, datetime)):
        return value.isoformat(sep=" ", timespec="minutes") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


_NUMBER = re.compile(r"^[-+]?[\d,]*\.\d+%?$|^[-+]?\d{1,3}(,\d{3})+$")


def _numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, (int, float, Decimal))


def format_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, right: Iterable[int] = ()) -> list[str]:
    """The lines of a table whose columns line up by display width. Numbers (and the columns
    in ``right``) are right-aligned."""
    rows = [list(r) for r in rows]
    right = set(right)
    texts = [[_cell(c) for c in r] for r in rows]
    for i in range(len(headers)):
        cells = [(r[i], t[i]) for r, t in zip(rows, texts) if i < len(r) and t[i] != ""]
        if cells and all(_numeric(v) or _NUMBER.match(t) for v, t in cells):
            right.add(i)
    widths = [
        max([display_width(h)] + [display_width(r[i]) for r in texts if i < len(r)]) for i, h in enumerate(headers)
    ]

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, (c, w) in enumerate(zip(cells, widths)):
            pad = " " * (w - display_width(c))
            parts.append(pad + c if i in right else c + pad)
        return "  ".join(parts).rstrip()

    return [line(list(headers)), *(line(r) for r in texts)]


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, right: Iterable[int] = ()) -> None:
    for text in format_table(headers, rows, right=right):
        print(text)


def to_jsonable(value: Any) -> Any:
    """Dataclasses to dicts, Decimal to strings (exact), dates ISO, UUIDs and enums as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(to_jsonable(k)): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "_asdict"):
        return to_jsonable(value._asdict())
    return str(value)


def print_json(data: Any) -> None:
    print(json.dumps(to_jsonable(data), ensure_ascii=False, indent=1))


def add_json(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--json", action="store_true", help="print JSON (for scripts) instead of a table")
    return parser


def wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def acknowledged(args: argparse.Namespace) -> frozenset[str]:
    return frozenset(getattr(args, "yes", None) or ())


def leaf(parent, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    """A sub-action (``sales deliver …``) taking the common options, run by ``handler``."""

    command = parent.add_parser(name, parents=[common_options()], help=help_text, description=help_text)
    command.set_defaults(handler=handler)
    return command


def iso_date(text: str):
    """argparse type for YYYY-MM-DD dates."""
    from datetime import date

    from ..i18n import tr

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("not a date (YYYY-MM-DD): {text}", text=text)) from None


def positive_int(text: str) -> int:
    """argparse type for counts such as ``--limit``: a whole number of at least 1."""
    from ..i18n import tr

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(tr("not a whole number of at least 1: {text}", text=text))
    return value


def product_id(uow: UnitOfWork, code: str):
    """The product with this code or barcode; NotFound otherwise."""
    from erp_desktop.services import masterdata

    from ..errors import NotFound
    from ..i18n import tr

    brief = masterdata.find_product(uow, code)
    if brief is None:
        raise NotFound(tr("No product with code or barcode {code}.", code=code))
    return brief.id


def party_id(uow: UnitOfWork, kind: str, code: str):
    """The customer or supplier with exactly this code; NotFound otherwise."""
    from erp_desktop.services import masterdata

    from ..errors import NotFound
    from ..i18n import tr

    for brief in masterdata.search_parties(uow, kind, code, limit=50):
        if brief.code == code.strip():
            return brief.id
    if kind == "customer":
        raise NotFound(tr("No customer with code {code}.", code=code))
    raise NotFound(tr("No supplier with code {code}.", code=code))


_QTY_UNIT = re.compile(r"^\s*([-+]?[0-9０-９][0-9０-９.,，．]*)\s*(\S*)\s*$")


def qty_and_unit(text: str) -> tuple[str, str]:
    """A line's quantity as typed, with an optional unit after it (多单位): "10箱" → ("10", "箱"),
    "2.5 kg" → ("2.5", "kg"), "10" → ("10", ""). Text that does not start with a number is left
    whole for the caller's number check to refuse."""
    match = _QTY_UNIT.match(text)
    if match is None:
        return text, ""
    return match.group(1), match.group(2)
