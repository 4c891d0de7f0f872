"""Helpers shared by the master-data services (catalog, parties, warehouses, import): turning
typed or imported values into exact, checked column values, and "is this row used anywhere?".

Values arrive as Decimal, int or text (widgets and Excel give text or Decimal, never float);
each helper raises ``ValidationError(field=...)`` with a message naming the field."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any, Literal, overload

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import Base
from erp_desktop.money import NotANumber, quantize, to_decimal


def text(value: Any, field: str, label: str, *, required: bool = False, max_len: int = 200) -> str:
    result = "" if value is None else str(value).strip()
    if required and not result:
        raise ValidationError(tr("{field} is required.", field=label), field=field)
    if len(result) > max_len:
        raise ValidationError(tr("{field} is longer than {max} characters.", field=label, max=max_len), field=field)
    return result


@overload
def number(
    value: Any,
    field: str,
    label: str,
    *,
    places: int,
    minimum: Decimal | None = ...,
    maximum: Decimal | None = ...,
    allow_none: Literal[False] = ...,
) -> Decimal: ...
@overload
def number(
    value: Any,
    field: str,
    label: str,
    *,
    places: int,
    minimum: Decimal | None = ...,
    maximum: Decimal | None = ...,
    allow_none: bool,
) -> Decimal | None: ...
def number(
    value: Any,
    field: str,
    label: str,
    *,
    places: int,
    minimum: Decimal | None = Decimal(0),
    maximum: Decimal | None = None,
    allow_none: bool = False,
) -> Decimal | None:
    """An exact Decimal rounded half-up to ``places``; refuses floats, text that is not a number,
    and values below ``minimum``. Blank is 0, or None only with ``allow_none`` (the overloads say
    so to mypy)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        value = Decimal(0)
    try:
        result = quantize(to_decimal(value), places)
    except NotANumber:
        raise ValidationError(tr("{field} is not a number: {value}", field=label, value=value), field=field) from None
    if minimum is not None and result < minimum:
        if minimum == 0:
            raise ValidationError(tr("{field} cannot be negative.", field=label), field=field)
        raise ValidationError(tr("{field} must be at least {minimum}.", field=label, minimum=minimum), field=field)
    if maximum is not None and result > maximum:
        raise ValidationError(tr("{field} must be at most {maximum}.", field=label, maximum=maximum), field=field)
    return result


def integer(value: Any, field: str, label: str, *, minimum: int = 0, maximum: int = 10**6) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return minimum
    try:
        dec = to_decimal(value) if not isinstance(value, int) else Decimal(value)
    except NotANumber:
        raise ValidationError(
            tr("{field} is not a whole number: {value}", field=label, value=value), field=field
        ) from None
    if dec != dec.to_integral_value() or not (minimum <= dec <= maximum):
        raise ValidationError(
            tr(
                "{field} must be a whole number from {minimum} to {maximum}.",
                field=label,
                minimum=minimum,
                maximum=maximum,
            ),
            field=field,
        )
    return int(dec)


def choice(value: Any, field: str, label: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    result = "" if value is None else str(value).strip()
    if not result and default is not None:
        return default
    if result not in allowed:
        raise ValidationError(
            tr("{field} must be one of: {choices}", field=label, choices=", ".join(allowed)), field=field
        )
    return result


def day(value: Any, field: str, label: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            tr("{field} is not a date (YYYY-MM-DD): {value}", field=label, value=value), field=field
        ) from None


def tags(value: Any) -> list[str]:
    """Tags from a list or from text separated by commas, semicolons or spaces (full-width too)."""
    if value is None:
        return []
    if isinstance(value, str):
        for sep in ("，", "；", ";", "、", "\n"):
            value = value.replace(sep, ",")
        parts = value.split(",")
    else:
        parts = [str(v) for v in value]
    result: list[str] = []
    for part in parts:
        part = part.strip()
        if part and part not in result:
            result.append(part)
    return result


def is_used(tx: Session, table_name: str, row_id: uuid.UUID, *, ignore: tuple[str, ...] = ()) -> str | None:
    """The name of a table holding a row that refers to ``table_name``.``row_id`` (through any
    foreign key, in any area's tables), or None. ``ignore`` lists tables that belong to the row
    itself (its barcodes, contacts …)."""
    for table in Base.metadata.sorted_tables:
        if table.name in ignore or table.name == table_name:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                if tx.scalar(select(exists().where(fk.parent == row_id))):
                    return table.name
    return None
