"""Which tables sync and how (generic over ``Base.metadata``), and the row codec.

A table syncs when it has the ``Synced`` columns (``id``, ``hlc``, ``origin_pc``) and is not in
``models.sync.LOCAL_TABLES``. It is a *ledger* (append-only: merge is a union, never a conflict,
never deleted) when its model says ``__sync__ = "ledger"`` or its name is in
``models.sync.LEDGER_TABLES``; otherwise it is last-writer-wins by ``(hlc, origin_pc)``.
``DERIVED_COLUMNS`` are recomputed after a merge (``services.rebuild``) and never make a conflict.

Rows travel as JSON objects of *storage* values: scaled integers for exact numbers, UUID text,
ISO dates — the same shape PostgreSQL's ``to_jsonb(row)`` gives, so server triggers and PCs agree.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, Uuid

from erp_desktop.models import Base
from erp_desktop.models.base import ScaledDecimal
from erp_desktop.models.sync import LEDGER_TABLES, LOCAL_TABLES

SYNC_COLUMNS = {"id", "hlc", "origin_pc"}
DERIVED_COLUMNS: dict[str, set[str]] = {"open_item": {"allocated"}, "money_account": {"balance"}}
NO_CONFLICT_COLUMNS = {"updated_at", "hlc", "origin_pc"}


def _model_flag(table: Table) -> str | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return getattr(mapper.class_, "__sync__", None)
    return None


@cache
def _ledger_names() -> frozenset[str]:
    names = set(LEDGER_TABLES)
    for table in Base.metadata.tables.values():
        if _model_flag(table) == "ledger":
            names.add(table.name)
    return frozenset(names)


def is_ledger_name(name: str) -> bool:
    return name in _ledger_names()


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every synced table in foreign-key dependency order (parents first)."""
    return tuple(
        t
        for t in Base.metadata.sorted_tables
        if SYNC_COLUMNS <= set(t.c.keys()) and t.name not in LOCAL_TABLES and _model_flag(t) != "local"
    )


@cache
def table_order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(synced_tables())}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def schema_fingerprint() -> str:
    """A short hash of the synced tables' shape (names and column types): PCs and the server must agree."""
    parts = []
    for t in sorted(synced_tables(), key=lambda t: t.name):
        for c in sorted(t.c, key=lambda c: c.name):
            parts.append(f"{t.name}.{c.name}:{type(c.type).__name__}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


# --- codec ---------------------------------------------------------------------------------
def _kind(column) -> tuple[str, int]:
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return "scaled", kind.places
    if isinstance(kind, Uuid):
        return "uuid", 0
    if isinstance(kind, DateTime):
        return "datetime", 0
    if isinstance(kind, Date):
        return "date", 0
    if isinstance(kind, Boolean):
        return "bool", 0
    if isinstance(kind, JSON):
        return "json", 0
    return "plain", 0


@cache
def columns_of(name: str) -> tuple[tuple[str, str, int], ...]:
    return tuple((c.name, *_kind(c)) for c in table(name).c)


def encode_value(kind: str, places: int, value):
    if value is None:
        return None
    if kind == "scaled":
        return int(Decimal(value).scaleb(places))
    if kind == "uuid":
        return str(value)
    if kind in ("datetime", "date"):
        return value.isoformat()
    return value


def decode_value(kind: str, places: int, value):
    if value is None:
        return None
    if kind == "scaled":
        return Decimal(int(value)).scaleb(-places)
    if kind == "uuid":
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    if kind == "datetime":
        return (
            value
            if isinstance(value, datetime)
            else datetime.fromisoformat(str(value).replace("Z", "")).replace(tzinfo=None)
        )
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if kind == "bool":
        return bool(value)
    return value


def encode_row(name: str, row) -> dict:
    """A row (mapping of Python values) → JSON storage values."""
    return {col: encode_value(kind, places, row[col]) for col, kind, places in columns_of(name)}


def _decoder(kind: str, places: int):
    if kind == "scaled":
        return lambda v: Decimal(int(v)).scaleb(-places)
    if kind == "uuid":
        return lambda v: v if isinstance(v, uuid.UUID) else uuid.UUID(v)
    if kind in ("datetime", "date", "bool"):
        return lambda v: decode_value(kind, places, v)
    return None


@cache
def _decoders(name: str) -> tuple:
    return tuple((col, _decoder(kind, places)) for col, kind, places in columns_of(name))


def decode_row(name: str, data: dict) -> dict:
    """JSON storage values → Python values for a Core insert/update (unknown keys dropped)."""
    out = {}
    for col, fn in _decoders(name):
        if col in data:
            value = data[col]
            out[col] = value if value is None or fn is None else fn(value)
    return out


def comparable(name: str, data: dict) -> dict:
    """The part of an encoded row that decides whether two versions really differ."""
    skip = NO_CONFLICT_COLUMNS | DERIVED_COLUMNS.get(name, set())
    return {
        col: encode_value(kind, places, decode_value(kind, places, data.get(col)))
        for col, kind, places in columns_of(name)
        if col not in skip
    }


# --- raw SQLite storage ⇄ JSON storage values (the bulk path of push and pull) --------------------
def _hex_to_uuid_text(v):
    return f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}" if len(v) == 32 else v


def _sqlite_datetime(v: str) -> str:
    """ISO text (from PostgreSQL, maybe with 'T' and fewer fraction digits) → SQLAlchemy's SQLite
    storage format ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    text = v.replace("T", " ")
    if len(text) == 10:
        text += " 00:00:00"
    if "." in text:
        head, frac = text.split(".", 1)
        return f"{head}.{frac[:6].ljust(6, '0')}"
    return text + ".000000"


def _json_load(v):
    import json

    return json.loads(v) if isinstance(v, str) else v


def _json_dump(v):
    import json

    return json.dumps(v, ensure_ascii=False)


_FROM_SQLITE = {
    "uuid": _hex_to_uuid_text,
    "datetime": lambda v: v.replace(" ", "T"),
    "bool": bool,
    "json": _json_load,
}
_TO_SQLITE = {
    "uuid": lambda v: v.replace("-", ""),
    "datetime": _sqlite_datetime,
    "date": lambda v: v[:10],
    "bool": lambda v: 1 if v else 0,
    "json": _json_dump,
}


@cache
def sqlite_select_sql(name: str) -> str:
    return "SELECT " + ", ".join(f'"{c}"' for c, _, _ in columns_of(name)) + f' FROM "{name}"'


@cache
def _from_sqlite(name: str) -> tuple:
    return tuple((col, _FROM_SQLITE.get(kind)) for col, kind, _ in columns_of(name))


def from_sqlite(name: str, raw: tuple) -> dict:
    """A raw SQLite row (in ``columns_of`` order) → JSON storage values."""
    out = {}
    for (col, fn), value in zip(_from_sqlite(name), raw):
        out[col] = value if value is None or fn is None else fn(value)
    return out


@cache
def _to_sqlite(name: str) -> tuple:
    return tuple((col, _TO_SQLITE.get(kind), kind) for col, kind, _ in columns_of(name))


def to_sqlite(name: str, data: dict) -> tuple:
    """JSON storage values → a raw SQLite row (in ``columns_of`` order)."""
    out = []
    for col, fn, kind in _to_sqlite(name):
        value = data.get(col)
        if value is None:
            out.append("null" if kind == "json" else None)
        else:
            out.append(value if fn is None else fn(value))
    return tuple(out)


def sqlite_id(value) -> str:
    return str(value).replace("-", "")


@cache
def sqlite_insert_sql(name: str) -> str:
    cols = [c for c, _, _ in columns_of(name)]
    return (
        f'INSERT INTO "{name}" ('
        + ", ".join(f'"{c}"' for c in cols)
        + ") VALUES ("
        + ", ".join("?" for _ in cols)
        + ")"
    )


@cache
def sqlite_update_sql(name: str) -> str:
    cols = [c for c, _, _ in columns_of(name)]
    return f'UPDATE "{name}" SET ' + ", ".join(f'"{c}" = ?' for c in cols) + ' WHERE "id" = ?'


@cache
def id_position(name: str) -> int:
    return [c for c, _, _ in columns_of(name)].index("id")
