"""The product search index (SQLite only): an FTS5 table with the trigram tokenizer over each
product's code, name, spec, 助记码 and barcodes, so "contains this text" is answered from an index
instead of a LIKE over every row (a keystroke that matches few products scanned all 100,000).

Invariants: ``product_search`` holds one row per product, its rowid the product's rowid, kept by
triggers in the writing transaction (whatever path writes ``product`` or ``product_barcode``). The
index only *narrows* a search: the services still apply their exact LIKE conditions to the rows
it returns, so results and order are those of the plain scan (trigram matching folds case for all
of Unicode, LIKE only for ASCII: the index returns a superset). It keeps its own copy of the text
(not an external-content table) so a delete never depends on the old values matching, and a stale
row can only add a candidate the exact conditions then drop.

The table is created by migration 0020 (``search15``). It is not a model and never syncs (the
outbox triggers and the sync tables come from the models' metadata). A later batch migration that
rebuilds ``product`` drops its triggers and may renumber rowids, so each open checks the triggers
and, when one is missing, recreates them and rebuilds the index (``ensure_search_index``).
A SQLite without FTS5 or the trigram tokenizer has no table: searches scan as before.
"""

from __future__ import annotations

import weakref

from sqlalchemy import Connection, Engine

TABLE = "product_search"
SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
MIN_CHARS = 3  # a trigram index cannot answer a shorter text

_BARCODES = "(SELECT group_concat(b.barcode, ' ') FROM product_barcode b WHERE b.product_id = p.id)"
_REFRESH = (
    f"DELETE FROM {TABLE} WHERE rowid = (SELECT rowid FROM product WHERE id = {{ref}}.product_id); "
    f"INSERT INTO {TABLE} (rowid, code, name, spec, mnemonic, barcodes) "
    f"SELECT p.rowid, p.code, p.name, p.spec, p.mnemonic, {_BARCODES} FROM product p WHERE p.id = {{ref}}.product_id;"
)
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(code, name, spec, mnemonic, barcodes, tokenize='trigram')"
)
TRIGGERS = {
    f"{TABLE}_product_ins": (
        f'CREATE TRIGGER IF NOT EXISTS "{TABLE}_product_ins" AFTER INSERT ON product BEGIN '
        f"INSERT INTO {TABLE} (rowid, code, name, spec, mnemonic, barcodes) "
        f"SELECT p.rowid, p.code, p.name, p.spec, p.mnemonic, {_BARCODES} FROM product p WHERE p.rowid = NEW.rowid; END"
    ),
    f"{TABLE}_product_upd": (
        f'CREATE TRIGGER IF NOT EXISTS "{TABLE}_product_upd" AFTER UPDATE OF code, name, spec, mnemonic ON product '
        f"BEGIN DELETE FROM {TABLE} WHERE rowid = OLD.rowid; "
        f"INSERT INTO {TABLE} (rowid, code, name, spec, mnemonic, barcodes) "
        f"SELECT p.rowid, p.code, p.name, p.spec, p.mnemonic, {_BARCODES} FROM product p WHERE p.rowid = NEW.rowid; END"
    ),
    f"{TABLE}_product_del": (
        f'CREATE TRIGGER IF NOT EXISTS "{TABLE}_product_del" AFTER DELETE ON product '
        f"BEGIN DELETE FROM {TABLE} WHERE rowid = OLD.rowid; END"
    ),
    f"{TABLE}_barcode_ins": (
        f'CREATE TRIGGER IF NOT EXISTS "{TABLE}_barcode_ins" AFTER INSERT ON product_barcode '
        f"BEGIN {_REFRESH.format(ref='NEW')} END"
    ),
    f"{TABLE}_barcode_upd": (
        f'CREATE TRIGGER IF NOT EXISTS "{TABLE}_barcode_upd" AFTER UPDATE OF product_id, barcode ON product_barcode '
        f"BEGIN {_REFRESH.format(ref='OLD')} {_REFRESH.format(ref='NEW')} END"
    ),
    f"{TABLE}_barcode_del": (
        f'CREATE TRIGGER IF NOT EXISTS "{TABLE}_barcode_del" AFTER DELETE ON product_barcode '
        f"BEGIN {_REFRESH.format(ref='OLD')} END"
    ),
}
REBUILD = (
    f"DELETE FROM {TABLE}",
    f"INSERT INTO {TABLE} (rowid, code, name, spec, mnemonic, barcodes) "
    f"SELECT p.rowid, p.code, p.name, p.spec, p.mnemonic, {_BARCODES} FROM product p",
)

_present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def is_search_table(name: str) -> bool:
    """The index's own tables (the FTS5 table and its shadow tables), which no model describes."""
    return name == TABLE or any(name == TABLE + suffix for suffix in SHADOW_SUFFIXES)


def ensure_search_index(engine: Engine) -> None:
    """Recreate the index's missing triggers and then rebuild it (SQLite, when the table exists)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        names = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if not _table_exists(conn) or all(name in names for name in TRIGGERS):
            return
        for sql in TRIGGERS.values():
            conn.exec_driver_sql(sql)
        for sql in REBUILD:
            conn.exec_driver_sql(sql)
    _present.pop(engine, None)


def has_search_index(conn: Connection) -> bool:
    """True when the database ``conn`` reads has the index (looked up once per engine)."""
    engine = conn.engine
    if engine.dialect.name != "sqlite":
        return False
    found = _present.get(engine)
    if found is None:
        found = _present[engine] = _table_exists(conn)
    return found


def _table_exists(conn: Connection) -> bool:
    return (
        conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).first()
        is not None
    )


def phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (a substring, to the trigram tokenizer)."""
    return '"' + text.replace('"', '""') + '"'
