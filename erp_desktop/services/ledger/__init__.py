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

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

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


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
