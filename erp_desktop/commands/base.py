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

    url = storage.db_url(args.db)
    path = storage.sqlite_file(url)
    if path is not None and storage.shop_file_state(path) != "ok":
        # never let a look at the version create an empty file (it would then read as damaged)
        raise storage.shop_file_error(storage.shop_file_state(path), path)
    engine = storage.make_engine(url)
    try:
        print(
            tr(
                "schema {current} (program {head})",
                current=storage.current_revision(engine),
                head=storage.head_revision(engine),
            )
        )
    finally:
        engine.dispose()
    return 0
