"""Statements the posting path runs thousands of times, with less machinery on SQLite.

A posting is about twenty short statements. On SQLite, SQLAlchemy's per-execution work (cache
lookup, parameter construction, result set-up) costs as much as SQLite's own work for each of
them. ``Prepared`` renders a Core statement once per dialect and, on SQLite, runs it straight on
the session's DBAPI connection — inside the same transaction — applying the column types' own
bind and result processors, so values go in and come out exactly as through SQLAlchemy (UUIDs,
dates, the scaled-integer money columns). Any other database runs the statement through
SQLAlchemy unchanged. Driver errors are re-raised as SQLAlchemy's, so ``UnitOfWork`` turns
"disk full" or "read-only" into the same clear messages.

Only plain statements qualify: no expanding ``IN`` parameters, and every column an INSERT names
must be given (the Python-side defaults SQLAlchemy would fill in are not run here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Date, DateTime, bindparam, event, exc
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.orm import Session, SessionTransaction

Processor = Callable[[Any], Any] | None
Rendered = tuple[str, list[tuple[str, Processor]], dict[str, Any], list[Processor]]


class Prepared:
    """``statement`` rendered once per dialect; ``column_keys`` names the columns an INSERT or
    UPDATE sets (default: all of an INSERT's columns)."""

    def __init__(self, statement: Any, column_keys: tuple[str, ...] | None = None) -> None:
        self.statement = statement
        self.column_keys = column_keys
        self._rendered: dict[str, Rendered] = {}
        self._locking: Any = None  # the statement with FOR UPDATE, made when first asked for

    def _render(self, dialect: Dialect) -> Rendered:
        """(SQL, [(parameter, bind processor)], {parameter: its own value}, [result processor])."""
        rendered = self._rendered.get(dialect.name)
        if rendered is None:
            compiled = self.statement.compile(
                dialect=dialect, column_keys=list(self.column_keys) if self.column_keys else None
            )
            binds: list[tuple[str, Processor]] = []
            presets: dict[str, Any] = {}
            for name in compiled.positiontup or []:
                bind = compiled.binds[name]
                if bind.expanding or bind.callable is not None:
                    raise ValueError(f"{name}: expanding or callable parameters cannot be prepared")
                process = bind.type.dialect_impl(dialect).bind_processor(dialect)
                if process is not None and isinstance(bind.type, (Date, DateTime)):
                    process = _last_one(process)
                binds.append((name, process))
                if not bind.required:
                    presets[name] = bind.value
            columns = getattr(self.statement, "selected_columns", None)
            if columns is None:
                columns = self.statement.exported_columns  # RETURNING columns; empty without
            readers = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
            rendered = self._rendered[dialect.name] = (compiled.string, binds, presets, readers)
        return rendered

    def rows(self, tx: Session, params: dict[str, Any] | None = None, *, lock: bool = False) -> list[tuple[Any, ...]]:
        """Run a SELECT (or a statement with RETURNING) with one set of parameters; all rows.
        ``lock`` takes row locks (``FOR UPDATE``) where the database has them; SQLite needs none,
        its writers are already serialised by ``BEGIN IMMEDIATE``."""
        connection, raw = _connection(tx)
        if raw is None:
            return [tuple(row) for row in connection.execute(self._locked() if lock else self.statement, params or {})]
        sql, binds, presets, readers = self._render(connection.dialect)
        values = _bound(binds, presets, params or {})
        cursor = raw.cursor()
        try:
            cursor.execute(sql, values)
            fetched = cursor.fetchall()
        except Exception as error:  # noqa: BLE001 - re-raised as SQLAlchemy's wrapper
            raise _wrapped(connection, sql, values, error) from error
        finally:
            cursor.close()
        if not any(readers):
            return cast(list[tuple[Any, ...]], fetched)  # sqlite3 rows are tuples
        return [
            tuple([read(value) if read is not None else value for read, value in zip(readers, row)]) for row in fetched
        ]

    def first(self, tx: Session, params: dict[str, Any] | None = None, *, lock: bool = False) -> tuple[Any, ...] | None:
        found = self.rows(tx, params, lock=lock)
        return found[0] if found else None

    def scalar(self, tx: Session, params: dict[str, Any] | None = None) -> Any:
        row = self.first(tx, params)
        return row[0] if row else None

    def _locked(self) -> Any:
        if self._locking is None:
            self._locking = self.statement.with_for_update()
        return self._locking

    def execute_many(self, tx: Session, rows: Sequence[dict[str, Any]]) -> None:
        """Run an INSERT/UPDATE/DELETE once per parameter set (one ``executemany``)."""
        if not rows:
            return
        connection, raw = _connection(tx)
        if raw is None:
            connection.execute(self.statement, rows)
            return
        sql, binds, presets, _readers = self._render(connection.dialect)
        values = [_bound(binds, presets, row) for row in rows]
        cursor = raw.cursor()
        try:
            cursor.executemany(sql, values)
        except Exception as error:  # noqa: BLE001 - re-raised as SQLAlchemy's wrapper
            raise _wrapped(connection, sql, values, error) from error
        finally:
            cursor.close()


class PreparedIn:
    """A SELECT … WHERE column IN (…) prepared once per number of values (SQLite has no array
    parameters). ``build`` makes the statement from one list of bind parameters per ``IN``
    (typed by ``columns``, the columns they are compared with); ``expanding`` is the same query
    with expanding parameters named ``in0``, ``in1``…, used for long lists (past ``MAX_VALUES``)
    and on other databases."""

    MAX_VALUES = 200

    def __init__(self, build: Callable[..., Any], expanding: Any, columns: Sequence[Any]) -> None:
        self.build = build
        self.expanding = expanding
        self.types = [column.type for column in columns]
        self._by_count: dict[tuple[int, ...], Prepared] = {}

    def rows(self, tx: Session, *value_lists: Sequence[Any], lock: bool = False) -> list[tuple[Any, ...]]:
        """All rows for these lists of values; ``lock`` as for ``Prepared.rows``."""
        connection, raw = _connection(tx)
        counts = tuple(len(values) for values in value_lists)
        if raw is None or sum(counts) > self.MAX_VALUES:
            statement = self.expanding.with_for_update() if lock and raw is None else self.expanding
            return [
                tuple(row)
                for row in connection.execute(statement, {f"in{i}": list(v) for i, v in enumerate(value_lists)})
            ]
        prepared = self._by_count.get(counts)
        if prepared is None:
            params = [[bindparam(f"in{i}_{j}", type_=self.types[i]) for j in range(n)] for i, n in enumerate(counts)]
            prepared = self._by_count[counts] = Prepared(self.build(*params))
        return prepared.rows(
            tx, {f"in{i}_{j}": value for i, values in enumerate(value_lists) for j, value in enumerate(values)}
        )


def _connection(tx: Session) -> tuple[Connection, Any]:
    """The session's connection and, on SQLite, its DBAPI connection (None elsewhere) —
    remembered for the transaction: asking the session each time costs more than a statement."""
    held: tuple[Connection, Any] | None = tx.info.get("_fastsql")
    if held is None:
        connection = tx.connection()
        raw = connection.connection.dbapi_connection if connection.dialect.name == "sqlite" else None
        held = tx.info["_fastsql"] = (connection, raw)
    return held


def session_connection(tx: Session) -> tuple[Connection, Any]:
    """The session's connection and, on SQLite, its DBAPI connection (None elsewhere), remembered
    for the transaction (``tx.connection()`` costs more than a prepared statement)."""
    return _connection(tx)


@event.listens_for(Session, "after_transaction_end")
def _forget_connection(session: Session, _transaction: SessionTransaction) -> None:
    session.info.pop("_fastsql", None)


def _last_one(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` remembering its last value: the rows of one executemany carry the same
    ``created_at``/``updated_at`` (and ``on``) object, and SQLite's date-time processor formats a
    string each time (2.4 µs, ~90 times a ticket). By identity, so only that very object hits;
    the pair is replaced as one tuple, so threads sharing the statement never mix two values."""
    held: list[tuple[Any, Any]] = [(object(), None)]

    def remembered(value: Any) -> Any:
        last = held[0]
        if last[0] is value:
            return last[1]
        out = process(value)
        held[0] = (value, out)
        return out

    return remembered


def _bound(binds: list[tuple[str, Processor]], presets: dict[str, Any], params: dict[str, Any]) -> tuple[Any, ...]:
    """The statement's parameters in order, through their types' processors; a parameter the
    statement carries its own value for (``x + 1``) takes it unless given."""
    if presets:
        params = {**presets, **params}
    try:
        return tuple([params[name] if process is None else process(params[name]) for name, process in binds])
    except KeyError as missing:
        raise KeyError(f"parameter {missing.args[0]!r} not given to a prepared statement") from None


def _wrapped(connection: Connection, sql: str, params: Any, error: Exception) -> Exception:
    dbapi = connection.dialect.loaded_dbapi
    if isinstance(error, dbapi.Error):
        wrapped: Exception = exc.DBAPIError.instance(sql, params, error, dbapi.Error, dialect=connection.dialect)
        return wrapped
    return error
