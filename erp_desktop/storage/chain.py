"""Hash chains: the audit log and the posted journal are tamper-evident.

Each PC keeps one chain per table (its rows carry ``chain_pc``, the PC id they were written under,
which no later re-stamping changes, unlike ``origin_pc``) — ``audit_log``, ``journal_entry``: every row it writes gets the
next ``chain_seq`` of its PC and ``chain_hash = sha256(previous link's hash + the row's content)``
— a journal entry's content includes all its lines. Rows travel with their links when they sync,
so every copy (each PC, the server) holds every PC's chains and ``check_chains`` can walk them:
a row changed outside the program no longer matches its hash, a row removed leaves a gap, and the
first broken link is named. This PC's own chain head (``local_state['chain:<table>']``) is kept
too, so removing the last rows is noticed as well.

What it proves: that nobody edited or removed a chained row *without also recomputing every
later link of that PC and its head*. Someone who does that on their own PC's file is caught by the
server's copy (which only appends, ``services.sync.server``) at the next ``verify`` there. Rows
written before the chains existed keep ``chain_seq`` 0 and are outside them.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import String, bindparam, column, event, select, text, update
from sqlalchemy import table as table_
from sqlalchemy.orm import Session

from erp_desktop.storage.fastsql import Prepared, session_connection

GENESIS = "0" * 64
AUDIT_FIELDS = ("id", "chain_pc", "chain_seq", "user_name", "action", "entity", "entity_id", "summary")
ENTRY_FIELDS = (
    "id",
    "chain_pc",
    "chain_seq",
    "number",
    "on",
    "doc_type",
    "doc_id",
    "doc_number",
    "memo",
    "reversal_of_id",
    "user_name",
)
LINE_FIELDS = ("seq", "account_code", "debit", "credit", "party_kind", "party_id", "memo")


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is str:  # the common cases first, by exact type (every posting hashes its entry)
        return _plain_str(value)
    if kind is uuid.UUID:
        return value.hex
    if kind is Decimal:
        return f"{value:.2f}"
    if kind is list or kind is tuple:
        return [_plain(v) for v in value]
    if value is None or kind is int or kind is bool:
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return _plain_str(value)
    return value


def _plain_str(value: str) -> str:
    if len(value) == 36 and value.count("-") == 4:
        try:
            return uuid.UUID(value).hex
        except ValueError:
            return value
    return value


def link_hash(prev: str, payload: Any) -> str:
    body = json.dumps(_plain(payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev + "\n" + body).encode("utf-8")).hexdigest()


def audit_payload(row: Any) -> list[Any]:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    return [get(k) for k in AUDIT_FIELDS] + [get("before"), get("after")]


def account_ids(tx: Session) -> dict[str, Any]:
    """code → account id: lines are hashed with their account's id, which a renumbering of the
    chart (migration 0005) keeps, so only moving a line to another account breaks the link."""
    return {code: aid for aid, code in tx.execute(text("SELECT id, code FROM account"))}


def entry_payload(entry: Any, lines: Iterable[Any], accounts: dict[str, Any]) -> list[Any]:
    get = entry.get if isinstance(entry, dict) else lambda k: getattr(entry, k)

    def line_values(line: Any) -> list[Any]:
        lget = line.get if isinstance(line, dict) else lambda k: getattr(line, k)
        values: list[Any] = [lget(k) for k in LINE_FIELDS]
        values[1] = _plain(accounts.get(values[1], values[1]))
        return values

    return [get(k) for k in ENTRY_FIELDS] + [sorted((line_values(l) for l in lines), key=lambda v: v[0])]


_LS = table_("local_state", column("key", String), column("value", String))
_HEAD = Prepared(select(_LS.c.value).where(_LS.c.key == bindparam("k")))
_SET_HEAD = Prepared(update(_LS).where(_LS.c.key == bindparam("k")).values(value=bindparam("v")))
_LOCK_HEAD = text(
    "INSERT INTO local_state (key, value) VALUES (:k, '') "
    "ON CONFLICT (key) DO UPDATE SET value = local_state.value RETURNING value"
)
_HEADS_SEEN = "_chain_heads_seen"  # session info: the head rows next_link found in this transaction


@event.listens_for(Session, "after_transaction_end")
def _forget_heads(session: Session, _transaction: Any) -> None:
    session.info.pop(_HEADS_SEEN, None)


def _head_key(table: str, pc_id: str) -> str:
    return f"chain:{table}:{pc_id}"


def next_link(tx: Session, table: str, pc_id: str) -> tuple[int, str]:
    """(seq, previous hash) for the next row this PC writes to ``table``'s chain; the head row is
    locked until the transaction ends (online clients share the server's chains)."""
    key = _head_key(table, pc_id)
    conn, _raw = session_connection(tx)  # the transaction's connection, remembered (tx.connection() costs more)
    if conn.dialect.name == "postgresql":
        # one round trip: create the head if missing, lock it and read it (a DO UPDATE that
        # changes nothing locks the row, waiting for a client holding it, and returns its latest value)
        value = conn.execute(_LOCK_HEAD, {"k": key}).scalar()
    else:  # the posting path: one prepared statement (storage.fastsql)
        value = _HEAD.scalar(tx, {"k": key})
    if value is not None:
        tx.info.setdefault(_HEADS_SEEN, set()).add(key)
    if value:
        seq, _, prev = value.partition(" ")
        return int(seq) + 1, prev
    # no head yet (a file from before the chains, or a joined PC): continue after the table's last link
    row = conn.execute(
        text(f"SELECT chain_seq, chain_hash FROM {table} WHERE chain_pc = :pc ORDER BY chain_seq DESC LIMIT 1"),
        {"pc": pc_id},
    ).first()
    if row is None or not row[0]:
        return 1, GENESIS
    return int(row[0]) + 1, row[1]


def set_head(tx: Session, table: str, pc_id: str, seq: int, digest: str) -> None:
    key, value = _head_key(table, pc_id), f"{seq} {digest}"
    if key in tx.info.get(_HEADS_SEEN, ()):  # next_link read the row in this transaction: it is there
        _SET_HEAD.execute_many(tx, [{"k": key, "v": value}])
        return
    conn = tx.connection()
    if conn.execute(text("UPDATE local_state SET value = :v WHERE key = :k"), {"k": key, "v": value}).rowcount == 0:
        conn.execute(text("INSERT INTO local_state (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


# --- checking -----------------------------------------------------------------------------------
def check_chains(tx: Session, *, own_pc: str | None = None, heads: bool = True) -> list[str]:
    """Walk every PC's chain of the audit log and of the journal; one message per broken chain,
    naming its first broken link. ``own_pc``'s chain must also end at the recorded head."""
    from erp_desktop.models.finance import JournalEntry, JournalLine
    from erp_desktop.models.system import AuditLog

    problems: list[str] = []
    audit = tx.execute(select(AuditLog.__table__).where(AuditLog.chain_seq > 0)).mappings().all()
    problems += _walk(tx, "audit_log", [dict(r) for r in audit], audit_payload, own_pc, heads)
    entries = [dict(r) for r in tx.execute(select(JournalEntry.__table__).where(JournalEntry.chain_seq > 0)).mappings()]
    lines: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    accounts = account_ids(tx) if entries else {}
    if entries:
        for line in tx.execute(select(JournalLine.__table__)).mappings():
            lines[line["entry_id"]].append(dict(line))
    problems += _walk(
        tx, "journal_entry", entries, lambda e: entry_payload(e, lines.get(e["id"], ()), accounts), own_pc, heads
    )
    return problems


def _walk(
    tx: Session,
    table: str,
    rows: list[dict[str, Any]],
    payload: Callable[[dict[str, Any]], Any],
    own_pc: str | None,
    heads: bool,
) -> list[str]:
    label = {"audit_log": "audit log", "journal_entry": "journal"}[table]
    by_pc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_pc[row["chain_pc"]].append(row)
    problems = []
    for pc, chain in sorted(by_pc.items()):
        chain.sort(key=lambda r: r["chain_seq"])
        prev, expected = GENESIS, 1
        for row in chain:
            what = _describe(table, row)
            if row["chain_seq"] != expected:
                problems.append(
                    f"{label} of PC {pc}: link {expected} is missing (the next one is {row['chain_seq']}, {what}): "
                    "rows were removed"
                )
                break
            if link_hash(prev, payload(row)) != row["chain_hash"]:
                problems.append(f"{label} of PC {pc}: link {expected} ({what}) does not match its hash: it was changed")
                break
            prev, expected = row["chain_hash"], expected + 1
        else:
            if heads and pc == own_pc:
                head = _head(tx, table, pc)
                if head is not None and head != (chain[-1]["chain_seq"], chain[-1]["chain_hash"]):
                    problems.append(
                        f"{label} of this PC ({pc}): it ends at link {chain[-1]['chain_seq']} but link {head[0]} "
                        "was written: the last rows were removed"
                    )
    if heads and own_pc and own_pc not in by_pc:
        head = _head(tx, table, own_pc)
        if head is not None and head[0] > 0:
            problems.append(f"{label} of this PC ({own_pc}): every one of its {head[0]} links was removed")
    return problems


def _head(tx: Session, table: str, pc_id: str) -> tuple[int, str] | None:
    value = tx.execute(text("SELECT value FROM local_state WHERE key = :k"), {"k": _head_key(table, pc_id)}).scalar()
    if not value:
        return None
    seq, _, digest = value.partition(" ")
    return int(seq), digest


def _describe(table: str, row: dict[str, Any]) -> str:
    if table == "journal_entry":
        return f"entry {row.get('number')}"
    return f"{row.get('action')} {row.get('entity')} {row.get('summary') or row.get('entity_id')}".strip()
