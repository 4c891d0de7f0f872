"""the chart follows 小企业会计准则: VAT details under 222101 应交增值税, 222102 未交增值税, 310415 未分配利润

Revision ID: 0005
Revises: 0003

Old → new (every journal line, money account and money document follows its account's code, so each
balance moves exactly; the account rows keep their ids):
    222101 应交增值税-进项税额   → 22210101 进项税额        (under 222101)
    222102 应交增值税-销项税额   → 22210102 销项税额        (under 222101)
    2221.01 应交税费-应交增值税  → 222101   应交增值税      (under 2221)
    3104 利润分配 (its lines)    → 310415   未分配利润      (under 3104, which becomes a parent)
new: 22210103 进项税额转出, 22210104 转出未交增值税, 222102 未交增值税.
Every copy of a shop (each PC, the sync server) runs this same rewrite, so the rows it touches are
not queued for sync again (their outbox entries written here are dropped).
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

ACCOUNT_NAMESPACE = uuid.UUID("6f1d3c1e-5a0b-4b8e-9a52-0c5a4b8f2e11")  # services.finance.chart.account_id
FKS = (
    ("journal_line", "fk_journal_line_account_code_account", "account_code"),
    ("money_account", "fk_money_account_gl_code_account", "gl_code"),
)
# (old code, new code, new name, new English name, new parent); applied in this order
RENAMES = (
    ("222101", "22210101", "进项税额", "Input VAT", "222101"),
    ("222102", "22210102", "销项税额", "Output VAT", "222101"),
    ("2221.01", "222101", "应交增值税", "VAT payable", "2221"),
)
NEW = (
    ("22210103", "进项税额转出", "Input VAT transferred out", "222101"),
    ("22210104", "转出未交增值税", "Unpaid VAT transferred out", "222101"),
    ("222102", "未交增值税", "Unpaid VAT", "2221"),
    ("310415", "未分配利润", "Retained earnings", "3104"),
)
MOVES = (("3104", "310415"),)  # lines of a parent-to-be go to its detail
REFERENCES = (("journal_line", "account_code"), ("money_account", "gl_code"), ("money_txn", "counter_account"))


def _codes(conn) -> dict[str, dict]:
    rows = conn.execute(sa.text("SELECT code, name, kind, parent_code, system FROM account")).mappings()
    return {r["code"]: dict(r) for r in rows}


def _is_old_chart(codes: dict[str, dict]) -> bool:
    """A shop seeded by the old chart: 222101 is 进项 directly under 2221."""
    old = codes.get("222101")
    return old is not None and old["parent_code"] == "2221" and "22210101" not in codes


def _loosen(conn) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit, after every rename
    else:
        for table, name, _column in FKS:
            op.drop_constraint(name, table, type_="foreignkey")


def _tighten(conn) -> None:
    if conn.dialect.name != "sqlite":
        for table, name, column in FKS:
            op.create_foreign_key(name, table, "account", [column], ["code"])


def _rename(conn, old: str, new: str) -> None:
    conn.execute(sa.text("UPDATE account SET code = :new WHERE code = :old"), {"old": old, "new": new})
    conn.execute(sa.text("UPDATE account SET parent_code = :new WHERE parent_code = :old"), {"old": old, "new": new})
    _move(conn, old, new)


def _move(conn, old: str, new: str) -> None:
    for table, column in REFERENCES:
        conn.execute(sa.text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"), {"old": old, "new": new})


def _insert(conn, code: str, name: str, name_en: str, parent: str, kind: str) -> None:
    conn.execute(
        sa.text(
            "INSERT INTO account (id, code, name, name_en, kind, parent_code, active, system, "
            "created_at, updated_at, hlc, origin_pc) VALUES (:id, :code, :name, :name_en, :kind, :parent, "
            ":active, :system, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, '')"
        ).bindparams(sa.bindparam("id", type_=sa.Uuid()), sa.bindparam("active", type_=sa.Boolean()), sa.bindparam("system", type_=sa.Boolean())),
        {
            "id": uuid.uuid5(ACCOUNT_NAMESPACE, f"account:{code}"),
            "code": code,
            "name": name,
            "name_en": name_en,
            "kind": kind,
            "parent": parent,
            "active": True,
            "system": True,
        },
    )


def _outbox_mark(conn) -> int | None:
    if conn.dialect.name != "sqlite":
        return None
    return conn.execute(sa.text("SELECT COALESCE(MAX(seq), 0) FROM sync_outbox")).scalar()


def _outbox_forget(conn, mark: int | None) -> None:
    if mark is not None:
        conn.execute(sa.text("DELETE FROM sync_outbox WHERE seq > :mark"), {"mark": mark})


def upgrade() -> None:
    conn = op.get_bind()
    codes = _codes(conn)
    if not codes or not _is_old_chart(codes):
        return  # a new shop: the chart is seeded in the new numbering when it opens
    for old, new, *_ in RENAMES:
        if new in codes and new not in {o for o, *_ in RENAMES}:
            raise RuntimeError(f"account {new} already exists; cannot renumber {old} to it")
    for code, *_ in NEW:
        if code in codes and code not in {o for o, *_ in RENAMES}:
            raise RuntimeError(f"account {code} already exists; cannot add it")
    mark = _outbox_mark(conn)
    _loosen(conn)
    for old, new, name, name_en, parent in RENAMES:
        if old not in codes:
            continue
        _rename(conn, old, new)
        conn.execute(
            sa.text("UPDATE account SET name = :name, name_en = :name_en, parent_code = :parent WHERE code = :code"),
            {"name": name, "name_en": name_en, "parent": parent, "code": new},
        )
    if "222101" not in _codes(conn):  # a shop whose 2221.01 was removed: its parent is needed all the same
        _insert(conn, "222101", "应交增值税", "VAT payable", "2221", "liability")
    present = _codes(conn)
    for code, name, name_en, parent in NEW:
        if code not in present and parent in present:
            _insert(conn, code, name, name_en, parent, present[parent]["kind"])
    for old, new in MOVES:
        _move(conn, old, new)
    conn.execute(
        sa.text("UPDATE account SET name_en = 'Profit distribution' WHERE code = '3104' AND name_en = 'Retained earnings'")
    )
    conn.execute(sa.text("UPDATE account SET system = :yes WHERE code IN ('2221', '222101', '3103', '3104')").bindparams(sa.bindparam("yes", type_=sa.Boolean())), {"yes": True})
    _tighten(conn)
    _outbox_forget(conn, mark)


def downgrade() -> None:
    conn = op.get_bind()
    codes = _codes(conn)
    if "22210101" not in codes:
        return
    used = conn.execute(
        sa.text("SELECT COUNT(*) FROM journal_line WHERE account_code IN ('22210103', '22210104', '222102')")
    ).scalar()
    if used:
        raise RuntimeError("the new VAT accounts have postings; they cannot be folded back into the old chart")
    mark = _outbox_mark(conn)
    _loosen(conn)
    _move(conn, "310415", "3104")
    for code in ("22210103", "22210104", "222102", "310415"):
        conn.execute(sa.text("DELETE FROM account WHERE code = :code"), {"code": code})
    for old, new, _name, _en, _parent in reversed(RENAMES):
        _rename(conn, new, old)
    names = {
        "222101": ("应交增值税-进项税额", "Input VAT", "2221"),
        "222102": ("应交增值税-销项税额", "Output VAT", "2221"),
        "2221.01": ("应交税费-应交增值税", "VAT payable", "2221"),
    }
    for code, (name, name_en, parent) in names.items():
        conn.execute(
            sa.text("UPDATE account SET name = :name, name_en = :name_en, parent_code = :parent WHERE code = :code"),
            {"name": name, "name_en": name_en, "parent": parent, "code": code},
        )
    _tighten(conn)
    _outbox_forget(conn, mark)
