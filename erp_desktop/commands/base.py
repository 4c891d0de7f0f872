"""init and version."""

from __future__ import annotations

from .. import __version__
from ..i18n import tr
from . import open_uow


def register(add) -> None:
    add("init", "create or upgrade the shop database", _init)
    add("version", "print the program and schema versions", _version)


def _init(args) -> int:
    from erp_desktop.services import system

    uow = open_uow(args)
    system.ensure_walk_in_customer(uow)  # 散客: every new shop has one
    print(tr("Shop database ready: {url}", url=uow.engine.url.render_as_string(hide_password=True)))
    return 0


def _version(args) -> int:
    print(f"erp-desktop {__version__}")
    if not args.db:
        return 0
    from erp_desktop import storage

    engine = storage.make_engine(storage.db_url(args.db))
    if engine is not None:
        print(
            tr(
                "schema {current} (program {head})",
                current=storage.current_revision(engine),
                head=storage.head_revision(engine),
            )
        )
    return 0
