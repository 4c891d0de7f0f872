"""Headless subcommands, one module per area; see ``erp_desktop.cli``."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from erp_desktop import storage

if TYPE_CHECKING:
    from erp_desktop.storage import Actor, UnitOfWork


def common_options() -> argparse.ArgumentParser:
    """The options every command takes (``--db``, ``--lang``, ``--user``), as a parent parser.
    SUPPRESS: a subcommand's own default must not overwrite a value given before it."""
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
    return common


def open_uow(args: argparse.Namespace) -> UnitOfWork:
    """Open the shop named by ``--db`` as the user named by ``--user`` (when log-in is on)."""
    from erp_desktop.services.system import open_shop

    uow = open_shop(args.db)
    actor = _login(uow, args)
    return uow.as_actor(actor) if actor is not storage.SYSTEM else uow


def _login(uow: UnitOfWork, args: argparse.Namespace) -> Actor:
    try:
        from erp_desktop.services import system
    except ModuleNotFoundError:
        return storage.SYSTEM
    return system.actor_for_cli(uow, getattr(args, "user", None), os.environ.get("ERP_PASSWORD"))


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
