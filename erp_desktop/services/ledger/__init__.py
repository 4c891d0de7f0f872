"""The 业财一体 core every area posts through: stock ledger, journal, numbering, rebuild.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import ledger`` … ``ledger.rebuild_all(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import ledger`` … ``ledger.ensure_period_open(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .journal import (
        Accounts,
        Posting,
        ensure_period_open,
        raise_open_item,
    )
    from .numbering import (
        next_number,
    )
    from .rebuild import (
        rebuild_all,
    )
    from .stock import (
        post_moves,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "Accounts": ("journal", "Accounts"),
    "Posting": ("journal", "Posting"),
    "ensure_period_open": ("journal", "ensure_period_open"),
    "next_number": ("numbering", "next_number"),
    "post_moves": ("stock", "post_moves"),
    "raise_open_item": ("journal", "raise_open_item"),
    "rebuild_all": ("rebuild", "rebuild_all"),
}

__all__ = [
    "Accounts",
    "Posting",
    "ensure_period_open",
    "next_number",
    "post_moves",
    "raise_open_item",
    "rebuild_all",
]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _SOURCES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    # not cached in this module: a name patched in its submodule (a test's monkeypatch) is seen here
    return getattr(importlib.import_module(f"{__name__}.{module}"), attr)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
