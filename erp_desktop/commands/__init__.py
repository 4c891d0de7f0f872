"""Headless subcommands, one module per area; see ``erp_desktop.cli``."""
from __future__ import annotations

import argparse
import os

from ..services.uow import SYSTEM, Actor, UnitOfWork


def open_uow(args: argparse.Namespace) -> UnitOfWork:
    """Open the shop named by ``--db`` as the user named by ``--user`` (when log-in is on)."""
    from ..services.setup import open_shop

    uow = open_shop(args.db)
    actor = _login(uow, args)
    return uow.as_actor(actor) if actor is not SYSTEM else uow


def _login(uow: UnitOfWork, args: argparse.Namespace) -> Actor:
    try:
        from ..services import auth
    except ModuleNotFoundError:
        return SYSTEM
    return auth.actor_for_cli(uow, getattr(args, "user", None), os.environ.get("ERP_PASSWORD"))


def acknowledged(args: argparse.Namespace) -> frozenset[str]:
    return frozenset(getattr(args, "yes", None) or ())
