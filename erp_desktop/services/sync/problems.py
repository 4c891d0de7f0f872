"""Rows set aside by the sync (S3 / B3 of the reliability reviews; see SYNC.md "Set aside").

A row version that one side refuses — a product code created offline on two PCs meets the
unique constraint, any other refused constraint, a row whose parent was itself set aside — used to
stop the whole sync of the PC. Now the batch it came in is applied again row by row (a SAVEPOINT
each), the refused rows go to ``sync_problem`` (this PC only) and the rest of the sync goes on.

A problem names both records (table, the clashing key, both ids and the PCs that wrote them), which
side refused it (this PC's file for a pulled row, the shared database for a pushed one) and the
fix. It is an owner task: ``erp-desktop sync-problems``, the sync status and Settings → Sync list
it; every sync retries it (a renamed product applies by itself) and the owner may dismiss it
(hidden from the tasks; still retried, and a pushed one still counts as pending).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import and_, delete, func, select, tuple_
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow
from erp_desktop.models.sync import SyncProblem
from erp_desktop.models.system import LocalState
from erp_desktop.services.sync.tables import decode_row, encode_row, table
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.refusals import explain, is_refusal
from erp_desktop.storage.uow import UnitOfWork

PULL, PUSH = "pull", "push"
K_PC_NAMES = "sync_pc_names"  # PC id → "series (computer)", refreshed at each sync, for messages
MASTER_KINDS = {
    "product": "products",
    "customer": "customers",
    "supplier": "suppliers",
    "warehouse": "warehouses",
    "location": "locations",
    "category": "categories",
    "brand": "brands",
    "unit": "units",
    "app_user": "users",
    "role": "roles",
    "money_account": "money accounts",
    "account": "accounts",
    "price_list": "price lists",
    "store": "stores",
}


@dataclass(frozen=True)
class Refusal:
    """One row version a side refused, as found during a sync."""

    table_name: str
    row_id: uuid.UUID
    origin_pc: str
    hlc: int
    data: dict | None  # the encoded version (pulled rows, kept to retry); None for pushed rows
    summary: str
    error: str
    key_text: str = ""
    other_id: uuid.UUID | None = None
    other_pc: str = ""
    other_summary: str = ""
    waits_for: str = ""


@dataclass(frozen=True)
class ProblemRow:
    id: int
    direction: str
    refused_by: str
    table_name: str
    row_id: uuid.UUID
    origin_pc: str
    summary: str
    key_text: str
    other_id: uuid.UUID | None
    other_pc: str
    message: str
    fix: str
    first_seen: datetime
    attempts: int
    dismissed: bool


def summary_of(data: dict) -> str:
    for key in ("code", "number", "username", "name", "key"):
        if data.get(key):
            name = data.get("name") if key != "name" and data.get("name") else ""
            return f"{data[key]} {name}".strip()[:200]
    return ""


@cache
def unique_keys(name: str) -> tuple[tuple[str, ...], ...]:
    """The column sets a row of ``name`` must hold alone (unique constraints and indexes), id aside."""
    from sqlalchemy import UniqueConstraint

    t = table(name)
    keys: list[tuple[str, ...]] = []
    for constraint in t.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append(tuple(c.name for c in constraint.columns))
    for index in t.indexes:
        if index.unique:
            keys.append(tuple(c.name for c in index.columns if hasattr(c, "name")))
    for column in t.columns:
        if column.unique and (column.name,) not in keys:
            keys.append((column.name,))
    return tuple(k for k in keys if k and k != ("id",))


def find_clash(conn, name: str, data: dict, row_id) -> tuple[str, uuid.UUID | None, str, str]:
    """(key text, other id, other PC, other summary) of the row that holds one of ``data``'s unique
    keys under another id, on the side ``conn`` talks to; ("", None, "", "") when none does."""
    t = table(name)
    values = decode_row(name, data)
    rid = uuid.UUID(str(row_id))
    for cols in unique_keys(name):
        if any(values.get(c) is None or values.get(c) == "" for c in cols):
            continue  # nothing to clash on (a draft's number is "" and left out of its unique index)
        found = (
            conn.execute(select(t).where(and_(*(t.c[c] == values[c] for c in cols)), t.c.id != rid).limit(1))
            .mappings()
            .first()
        )
        if found is not None:
            key = ", ".join(f"{c}={data.get(c)}" for c in cols)
            other = encode_row(name, found)
            return key, found["id"], str(found.get("origin_pc") or ""), summary_of(other)
    return "", None, "", ""


@cache
def parent_refs(name: str) -> tuple[tuple[str, str], ...]:
    """(column, parent table) of every foreign key of ``name``."""
    return tuple((fk.parent.name, fk.column.table.name) for fk in table(name).foreign_keys)


def waiting_for(name: str, data: dict, aside: dict[tuple[str, str], str]) -> str:
    """'table summary (id …)' of a set-aside parent this row refers to, or ''."""
    for column, parent in parent_refs(name):
        value = data.get(column)
        if value is None:
            continue
        try:
            key = (parent, str(uuid.UUID(str(value))))
        except ValueError:
            continue
        if key in aside:
            return f"{parent} {aside[key]} (id {key[1]})".replace("  ", " ")
    return ""


def error_text(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return " ".join(text[:2])[:500] if text else type(exc).__name__


# --- storing ----------------------------------------------------------------------------------
def record(tx: Session, direction: str, refusals: list[Refusal]) -> None:
    """Add or refresh a problem per refused row (one per direction, table and row)."""
    now = utcnow()
    for r in refusals:
        found = tx.scalars(
            select(SyncProblem).where(
                SyncProblem.direction == direction,
                SyncProblem.table_name == r.table_name,
                SyncProblem.row_id == r.row_id,
            )
        ).first()
        values = {
            "origin_pc": r.origin_pc,
            "hlc": r.hlc,
            "data": r.data,
            "summary": r.summary[:200],
            "key_text": r.key_text[:200],
            "other_id": r.other_id,
            "other_pc": r.other_pc,
            "other_summary": r.other_summary[:200],
            "waits_for": r.waits_for[:200],
            "error": r.error[:2000],
            "last_tried": now,
        }
        if found is None:
            tx.add(
                SyncProblem(
                    direction=direction,
                    table_name=r.table_name,
                    row_id=r.row_id,
                    first_seen=now,
                    attempts=1,
                    dismissed=False,
                    **values,
                )
            )
        else:
            newer = r.hlc != found.hlc
            for key, value in values.items():
                setattr(found, key, value)
            found.attempts += 1
            if newer:
                found.dismissed = False  # a new version refused again: a new task
    tx.flush()


def clear(tx: Session, direction: str, keys) -> None:
    """Drop the problems of rows that now applied (or no longer need to)."""
    keys = [(name, uuid.UUID(str(rid))) for name, rid in keys]
    if not keys or tx.scalar(select(SyncProblem.id).where(SyncProblem.direction == direction).limit(1)) is None:
        return
    for start in range(0, len(keys), 400):
        chunk = keys[start : start + 400]
        tx.execute(
            delete(SyncProblem).where(
                SyncProblem.direction == direction, tuple_(SyncProblem.table_name, SyncProblem.row_id).in_(chunk)
            )
        )


def to_retry(tx: Session, direction: str) -> list[SyncProblem]:
    """Every set-aside row of ``direction``, dismissed ones too: dismissing hides the task, but the
    row still applies as soon as it can (so nothing that waits for it stays stuck)."""
    return list(tx.scalars(select(SyncProblem).where(SyncProblem.direction == direction).order_by(SyncProblem.id)))


def count_open(tx: Session) -> int:
    return tx.scalar(select(func.count()).select_from(SyncProblem).where(SyncProblem.dismissed.is_(False))) or 0


def save_pc_names(tx: Session, names: dict[str, str]) -> None:
    row = tx.get(LocalState, K_PC_NAMES)
    text = json.dumps(names, ensure_ascii=False)
    if row is None:
        tx.add(LocalState(key=K_PC_NAMES, value=text))
    elif row.value != text:
        row.value = text


# --- the owner's view -------------------------------------------------------------------------
def _kind(name: str) -> str:
    labels = {
        "products": tr("products"),
        "customers": tr("customers"),
        "suppliers": tr("suppliers"),
        "warehouses": tr("warehouses"),
    }
    plural = MASTER_KINDS.get(name, "")
    return labels.get(plural, plural) or tr("{table} records", table=name)


def _pc(pc_id: str, me: str, names: dict[str, str]) -> str:
    if not pc_id:
        return "?"
    if pc_id == me:
        return tr("this PC")
    return tr("PC {name}", name=names.get(pc_id, pc_id[-6:]))


def _describe(p: SyncProblem, me: str, names: dict[str, str]) -> tuple[str, str, str]:
    """(refused by, message, fix)."""
    side = tr("this PC's file") if p.direction == PULL else tr("the shared database")
    record_text = tr(
        "{table} {summary} (id {id}, from {pc})",
        table=p.table_name,
        summary=p.summary or "-",
        id=p.row_id,
        pc=_pc(p.origin_pc, me, names),
    )
    if p.other_id is not None:
        message = tr(
            "{record} was refused by {side}: it already holds {table} {other} (id {other_id}, from {other_pc}) with the same {key}.",
            record=record_text,
            side=side,
            table=p.table_name,
            other=p.other_summary or "-",
            other_id=p.other_id,
            other_pc=_pc(p.other_pc, me, names),
            key=p.key_text,
        )
        if p.table_name in MASTER_KINDS:
            fix = tr(
                "Rename one of the two {kind} with {key} (on either PC); the next sync applies the other.",
                kind=_kind(p.table_name),
                key=p.key_text,
            )
        elif p.key_text.startswith("number="):
            fix = tr(
                "Two PCs gave one document number to two documents (a copied shop file, or two PCs sharing a "
                "series). Both documents are kept, each on the PC that posted it: make the copy a new PC "
                "(Settings → Sync) so it numbers in a series of its own, then reverse the document on {pc} and "
                "post it again under a new number; dismiss this task once done.",
                pc=_pc(p.origin_pc if p.direction == PUSH else p.other_pc, me, names),
            )
        else:
            fix = tr(
                "Two records carry the same {key} (a copied shop file posts the same numbers). Correct one of them, "
                "or dismiss this task if both are the same document.",
                key=p.key_text,
            )
    elif p.waits_for:
        message = tr(
            "{record} waits for {parent}, which was set aside too.",
            record=record_text,
            parent=p.waits_for,
        )
        fix = tr("Nothing to do here: it applies by itself once the record it refers to does.")
    else:
        error = explain(p.error) if is_refusal(p.error or "") else p.error  # the server's rules, translated
        message = tr("{record} was refused by {side}: {error}", record=record_text, side=side, error=error)
        fix = tr("Correct the record on {pc} and sync again; or dismiss this task.", pc=_pc(p.origin_pc, me, names))
    return side, message, fix


def list_problems(uow: UnitOfWork, *, include_dismissed: bool = False) -> list[ProblemRow]:
    with uow.read() as tx:
        raw = tx.get(LocalState, K_PC_NAMES)
        try:
            names = json.loads(raw.value) if raw is not None and raw.value else {}
        except ValueError:
            names = {}
        stmt = select(SyncProblem).order_by(SyncProblem.first_seen, SyncProblem.id)
        if not include_dismissed:
            stmt = stmt.where(SyncProblem.dismissed.is_(False))
        out = []
        for p in tx.scalars(stmt.limit(1000)):
            side, message, fix = _describe(p, uow.pc_id, names)
            out.append(
                ProblemRow(
                    p.id,
                    p.direction,
                    side,
                    p.table_name,
                    p.row_id,
                    p.origin_pc,
                    p.summary,
                    p.key_text,
                    p.other_id,
                    p.other_pc,
                    message,
                    fix,
                    p.first_seen,
                    p.attempts,
                    p.dismissed,
                )
            )
        return out


def dismiss_problem(uow: UnitOfWork, problem_id: int) -> None:
    """Take a set-aside row off the owner's task list. The sync still tries it (it applies once it
    can, and what waits for it follows); a newer version refused again opens the task again."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        problem = tx.get(SyncProblem, problem_id)
        if problem is None:
            raise NotFound(tr("No sync problem with id {id}; `erp-desktop sync-problems` lists them.", id=problem_id))
        problem.dismissed = True
