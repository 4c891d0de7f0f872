"""The lazy public face of a package (PEP 562), shared by every area's ``__init__``.

A face lists each public name with the submodule that holds it; a name loads on first use, so
importing a face costs nothing and cannot close an import cycle. Nothing is cached in the face:
a name patched in its submodule (a test's monkeypatch) is seen through the face too."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_face(
    package: str, sources: Mapping[str, tuple[str, str]], public: Iterable[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package`` whose names come from ``sources``
    (name → (submodule, attribute))."""
    names = set(public)

    def __getattr__(name: str) -> Any:
        try:
            module, attr = sources[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        return getattr(importlib.import_module(f"{package}.{module}"), attr)

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | names)

    return __getattr__, __dir__
