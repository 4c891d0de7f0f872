"""init and version."""

from __future__ import annotations

from .. import __version__
from ..i18n import tr
from . import open_uow


def register(add) -> None:
    add("init", "create or upgrade the shop database", _init)
    add("version", "print the program and schema versions", _version)


def _init(args) -> int:
    uow = open_uow(args)
    print(tr("Shop database ready: {url}", url=uow.engine.url.render_as_string(hide_password=True)))
    return 0


def _version(args) -> int:
    print(f"erp-desktop {__version__}")
    if not args.db:
        return 0
    from erp_desktop.storage import engine as db

    engine = db.make_engine(db.db_url(args.db)) if args.db else None
    if engine is not None:
        print(
            tr("schema {current} (program {head})", current=db.current_revision(engine), head=db.head_revision(engine))
        )
    return 0
