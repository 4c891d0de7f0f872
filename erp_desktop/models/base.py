"""Declarative base, naming convention, exact number types and the sync columns.

Exactness: SQLAlchemy's ``Numeric`` on SQLite goes through float, so every money, quantity,
price and rate column is a *scaled integer* (``BigInteger``) behind a ``TypeDecorator`` that takes
and gives ``Decimal``. A value with more places than the column keeps is refused, never rounded
silently — rounding is the domain's job (``erp_desktop.money``). The type survives SQL expressions:
``SUM()``, ``COALESCE``, ``CASE``, ``a - b`` of columns with the same places and ``a * n`` by an
integer keep it (``ScaledDecimal.comparator_factory``), so sums and differences come back as exact
``Decimal`` with no decoding by hand; ``sum_of(col)`` is ``COALESCE(SUM(col), 0)``, typed.

Every table that syncs has a UUID key (time-ordered, v7), ``created_at``/``updated_at``, the id
of the PC that last wrote it and a hybrid-logical-clock version (``hlc``).
"""

from __future__ import annotations

import enum
import os
import threading
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String, Uuid, func, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import operators
from sqlalchemy.types import NullType, TypeDecorator

from ..errors import InvalidTransition
from ..i18n import N_, tr

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_UUID7_LOCK = threading.Lock()
_uuid7_last = [0, 0]  # milliseconds, 12-bit counter of the last id made by this process


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 v7): keys that index well and sort by creation. Ids made by
    one process are strictly increasing (RFC 9562 method 1: within a millisecond the 12-bit
    ``rand_a`` field counts up), so rows created together keep their order when sorted by id."""
    ms = time.time_ns() // 1_000_000
    with _UUID7_LOCK:
        last_ms, counter = _uuid7_last
        if ms <= last_ms:
            ms, counter = last_ms, counter + 1
            if counter > 0xFFF:  # 4,096 ids in one millisecond: borrow the next one
                ms, counter = ms + 1, 0
        else:
            counter = int.from_bytes(os.urandom(2), "big") & 0x7FF  # leave room to count up
        _uuid7_last[:] = [ms, counter]
    rand = int.from_bytes(os.urandom(8), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return uuid.UUID(int=value)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class ScaledDecimal(TypeDecorator[Decimal]):
    """Decimal stored as an integer scaled by 10**places. Exact on SQLite and PostgreSQL."""

    impl = BigInteger
    cache_ok = True
    places = 2

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, (float, bool)):
            raise TypeError(f"exact column got {type(value).__name__} {value!r}; use Decimal")
        if isinstance(value, int):
            return int(value * 10**self.places)
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        if not value.is_finite():
            raise ValueError(f"exact column got {value!r}")
        scaled = value.scaleb(self.places)
        integral = scaled.to_integral_value()
        if scaled != integral:
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(integral)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)

    # A posting binds about a hundred of these and reads as many: the processors below are
    # ``process_bind_param``/``process_result_value`` with a direct path for the usual value (a
    # finite Decimal with no more places than the column; an integer from the database), without
    # TypeDecorator's wrapper call. Anything else goes through the methods above, unchanged.
    def bind_processor(self, dialect: Dialect) -> Any:
        if self.impl_instance.bind_processor(dialect) is not None:
            return super().bind_processor(dialect)
        places, slow, decimal = self.places, self.process_bind_param, Decimal

        def process(value: Any) -> int | None:
            if type(value) is decimal and value.is_finite():
                scaled = value.scaleb(places)
                integral = scaled.to_integral_value()
                if scaled == integral:
                    return int(integral)
            return slow(value, dialect)

        return process

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if self.impl_instance.result_processor(dialect, coltype) is not None:
            return super().result_processor(dialect, coltype)
        places, slow, decimal = -self.places, self.process_result_value, Decimal

        def process(value: Any) -> Decimal | None:
            if type(value) is int:
                return decimal(value).scaleb(places)
            return slow(value, dialect)

        return process

    def process_literal_param(self, value: Any, dialect: Dialect) -> str:
        return str(self.process_bind_param(value, dialect))

    class comparator_factory(TypeDecorator.Comparator[Decimal]):  # noqa: N801 - SQLAlchemy's name
        """Arithmetic keeps the scaled type: ``a - b``, ``a + b`` of two columns with the same
        places, and ``a * n``/``a / n`` by a plain integer, come back as ``Decimal`` (so do
        ``SUM``, ``COALESCE`` and ``CASE`` over them: they take their argument's type)."""

        def _adapt_expression(self, op: Any, other_comparator: Any) -> tuple[Any, Any]:
            other = other_comparator.type
            mine = self.type
            if op in (operators.add, operators.sub):
                if isinstance(other, NullType) or (
                    isinstance(other, ScaledDecimal) and isinstance(mine, ScaledDecimal) and other.places == mine.places
                ):
                    return op, mine
            elif op in (operators.mul, operators.truediv, operators.floordiv) and isinstance(other, Integer):
                return op, mine
            return super()._adapt_expression(op, other_comparator)

    def coerce_compared_value(self, op: Any, value: Any) -> Any:
        """A literal added to or compared with the column is bound scaled, as the column; a plain
        integer it is multiplied or divided by stays a plain integer."""
        if op in (operators.mul, operators.truediv, operators.floordiv) and isinstance(value, int):
            return BigInteger()
        return self


def sum_of(expr: Any) -> Any:
    """``COALESCE(SUM(expr), 0)`` typed as ``expr``: an exact ``Decimal``, zero over no rows."""
    return type_coerce(func.coalesce(func.sum(expr), 0), expr.type)


class Money(ScaledDecimal):
    cache_ok = True
    """Amounts: 2 places (cents)."""

    places = 2


class Quantity(ScaledDecimal):
    cache_ok = True
    """Quantities: 3 places."""

    places = 3


class Price(ScaledDecimal):
    cache_ok = True
    """Unit prices and unit costs: 6 places."""

    places = 6


class Rate(ScaledDecimal):
    cache_ok = True
    """Tax rates and discounts as fractions (0.13 = 13 %): 4 places."""

    places = 4


class StrEnum(str, enum.Enum):
    def __str__(self) -> str:  # pragma: no cover - trivial
        return str(self.value)


class Synced:
    """Columns every synced table has. ``hlc``/``origin_pc`` are stamped by the unit of work."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    origin_pc: Mapped[str] = mapped_column(String(40), default="")
    hlc: Mapped[int] = mapped_column(BigInteger, default=0, index=True)  # sync pushes by hlc


class Workflow:
    """One state mover for every document (Tryton's ``Workflow``): a document class lists its
    ``TRANSITIONS`` as (from, to) pairs and its ``STATE_LABELS`` (the user's word for each state,
    reused by lists and filters), and names itself in ``DOC_NOUN`` for messages.

    ``transition(to)`` refuses a pair that is not listed with one message for every document;
    a pair (s, s) listed means "already there is fine" and changes nothing. A real change bumps
    ``version`` where the document has one, so a form opened before the change cannot
    overwrite it. Works on mapped documents and on plain views alike (anything with ``state``,
    ``number`` and, optionally, ``version``)."""

    TRANSITIONS: ClassVar[frozenset[tuple[str, str]]] = frozenset()
    STATE_LABELS: ClassVar[dict[str, str]] = {}
    DOC_NOUN: ClassVar[str] = N_("Document")

    state: Any
    number: Any

    @classmethod
    def state_label(cls, state: str) -> str:
        label = cls.STATE_LABELS.get(state)
        return tr(label) if label else state

    def can_become(self, to: str | enum.Enum) -> bool:
        target = to.value if isinstance(to, enum.Enum) else to
        return (self.state, target) in self.TRANSITIONS

    def transition(self, to: str | enum.Enum) -> None:
        target = to.value if isinstance(to, enum.Enum) else to
        if (self.state, target) not in self.TRANSITIONS:
            raise InvalidTransition(
                tr(
                    "{document} {number} is {state}; it cannot become {target}.",
                    document=tr(self.DOC_NOUN),
                    number=self.number or tr("(draft)"),
                    state=self.state_label(self.state),
                    target=self.state_label(target),
                )
            )
        if self.state == target:
            return
        self.state = target
        if hasattr(self, "version"):
            self.version = (getattr(self, "version", 0) or 0) + 1
