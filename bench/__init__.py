"""Benchmarks: ``python -m bench [NAME …] [--quick]`` prints one JSON line per figure:
``{"name": ..., "value": ..., "unit": ..., "target": ..., "ok": ...}``.

Each area's module registers its benchmarks with ``@benchmark("name", …)``; a benchmark function
takes ``quick: bool`` and returns a list of ``Figure``s (one benchmark may report several)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass

REGISTRY: dict[str, Callable[[bool], list[Figure]]] = {}
AREAS = (
    "masterdata",
    "inventory",
    "sales",
    "flow",
    "forms",
    "counter",
    "purchasing",
    "printing",
    "excel",
    "analysis",
    "sync",
    "startup",
)


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str
    ok: bool

    def line(self) -> str:
        data = asdict(self)
        data["value"] = round(self.value, 3)
        return json.dumps(data, ensure_ascii=False)


def benchmark(*names: str):
    """Register a function producing the figures ``names`` (selectable by any of them)."""

    def wrap(fn):
        for name in names:
            REGISTRY[name] = fn
        return fn

    return wrap


def quiet_disk() -> None:
    """Write every dirty page out before a timed section, so a posting benchmark does not wait on
    fsyncs queued behind its own setup's (or an earlier benchmark's) gigabytes of writes."""
    import os

    if hasattr(os, "sync"):
        os.sync()


def at_most(name: str, value: float, unit: str, limit: float) -> Figure:
    return Figure(name, value, unit, f"< {limit:g}", value < limit)


def at_least(name: str, value: float, unit: str, floor: float) -> Figure:
    return Figure(name, value, unit, f">= {floor:g}", value >= floor)
