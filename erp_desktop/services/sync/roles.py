"""Who may do what, as the sync sees it.

``merge_security``: a user's ``active``, ``role`` and ``password_hash`` merge field by field by
their own stamps (``User.active_hlc`` …), not with the rest of the row. The row itself stays
last-writer-wins; after a pulled batch is merged, each user row whose winner carried an older
stamp for one of these fields than the version it beat gets that field back from the loser, and is
stamped again as this PC's new version so the merged row reaches every PC (the next push). So a
deactivation, a role change or a new password, made by an owner on any PC, is never undone by a
later unrelated write of the row (a display name edited offline) — review B2.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import update
from sqlalchemy.orm import Session

from erp_desktop.models.base import utcnow
from erp_desktop.storage.logins import writes_users
from erp_desktop.storage.uow import UnitOfWork

from .tables import decode_row, table

SECURITY_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "app_user": (("active", "active_hlc"), ("role", "role_hlc"), ("password_hash", "password_hlc")),
}


def merge_security(tx: Session, uow: UnitOfWork, name: str, versions: Iterable, existing: dict[uuid.UUID, dict]) -> int:
    """After the rows of ``name`` in a pulled batch were merged (last writer wins): give each
    security field the value with the newest stamp of the two versions met (``existing`` holds the
    local rows as they were before the merge). Returns how many rows were stamped again."""
    fields = SECURITY_FIELDS.get(name)
    if not fields:
        return 0
    t = table(name)
    restamped = 0
    for version in versions:
        local = existing.get(version.row_id)
        if local is None:
            continue
        incoming = decode_row(name, version.data)
        incoming_won = (version.hlc, version.origin_pc) > (local["hlc"], local["origin_pc"])
        held, other = (incoming, local) if incoming_won else (local, incoming)
        fix = {}
        for field, stamp in fields:
            if int(other.get(stamp) or 0) > int(held.get(stamp) or 0):
                fix[field] = other.get(field)
                fix[stamp] = other.get(stamp)
        if not fix:
            continue
        if not writes_users(tx):  # a PC whose login may not write users: merged here, not re-sent
            tx.execute(update(t).where(t.c.id == version.row_id).values(**fix, updated_at=t.c.updated_at))
            continue
        tx.execute(
            update(t)
            .where(t.c.id == version.row_id)
            .values(**fix, hlc=uow.clock.now(), origin_pc=uow.pc_id, updated_at=utcnow())
        )
        restamped += 1
    return restamped


# --- the server: one login per PC, and what each may write ----------------------------------------
import re  # noqa: E402
import secrets  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from sqlalchemy import Connection, Engine, text  # noqa: E402

from erp_desktop.errors import UserError  # noqa: E402
from erp_desktop.i18n import tr  # noqa: E402
from erp_desktop.storage.logins import GROUP_PERMISSIONS, prefix_for  # noqa: E402
from erp_desktop.storage.refusals import RefusedByServer as _RefusedByServer  # noqa: E402

from . import withheld  # noqa: E402
from .rules import (  # noqa: E402
    FROZEN_COLUMNS,
    GUARD_FUNCTION,
    RESOLVE_COLUMNS,
    TRUSTED_FUNCTION,
    install_derived,
    install_online,
)
from .tables import DERIVED_COLUMNS, synced_tables  # noqa: E402

# Rows the shared database only ever appends: UPDATE and DELETE are refused to every PC login (no
# privilege) and to anyone else (the guard trigger), except by a migration (``erp.maintenance``).
APPEND_ONLY = frozenset(
    {
        "stock_move",
        "stock_revaluation",
        "journal_entry",
        "journal_line",
        "audit_log",
        "allocation",
        "money_move",
        "sync_tombstone",
        "sync_alert",
    }
)
# What a PC's login must hold to write a table's rows ("" = any PC); "owner" tables only the owner.
OWNER = "owner"
TABLE_PERMISSION: dict[str, str] = {
    **dict.fromkeys(
        (
            "app_user",
            "role",
            "app_setting",
            "account",
            "closed_period",
            "approval_rule",
            "custom_field",
            "store",  # 多门店: which warehouse, counters and money accounts a store's tickets post to
            "store_counter",
            "store_account",
        ),
        OWNER,
    ),
    **dict.fromkeys(
        ("money_txn", "money_move", "allocation", "invoice", "invoice_link", "bank_statement_line", "money_account"),
        "finance",
    ),
    **dict.fromkeys(("price_list", "price_list_item"), "edit_prices"),
    **dict.fromkeys(
        (
            "sales_order",
            "sales_order_line",
            "sales_delivery",
            "sales_delivery_line",
            "sales_return",
            "sales_return_line",
            "sales_exchange",
            "sales_quote",
            "sales_quote_line",
        ),
        "sell",
    ),
    **dict.fromkeys(
        ("purchase_order", "purchase_order_line", "supplier_quote", "landed_cost", "landed_cost_line"), "buy"
    ),
    **dict.fromkeys(
        (
            "stock_doc",
            "stock_doc_line",
            "stock_count",
            "stock_count_line",
            "stock_count_unknown",
            "purchase_receipt",
            "purchase_receipt_line",
            "purchase_return",
            "purchase_return_line",
        ),
        "stock",
    ),
    **dict.fromkeys(
        (
            "product",
            "product_barcode",
            "product_unit",
            "customer",
            "supplier",
            "warehouse",
            "location",
            "category",
            "contact",
            "address",
            "variant_dimension",
            "variant_value",
            "product_template",
            "product_variant",
        ),
        "edit_master",
    ),
}
# the server's own derived tables, rebuilt inside a push (any PC)
SERVER_DERIVED = ("stock_balance", "lot_balance", "product_cost", "cost_layer")


RefusedByServer = _RefusedByServer  # the shared database refused what this login may not do


def role_prefix(conn: Connection) -> str:
    """The shop's role names start with ``erp_<database>`` (roles are global to the server)."""
    return prefix_for(str(conn.execute(text("SELECT current_database()")).scalar() or "shop"))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_:. -]+", value):
        raise ValueError("unexpected characters in a DDL literal")
    return "'" + value + "'"


def group(prefix: str, what: str) -> str:
    return f"{prefix}_{what}"


def install(engine: Engine) -> str:
    """Run once by the owner's PC with the database owner's credential (``sync-roles``): the
    shop's group roles, the privileges and the guard triggers. Idempotent. Returns the prefix."""
    with engine.begin() as conn:
        prefix = role_prefix(conn)
        owner_group, pc_group = group(prefix, OWNER), group(prefix, "pc")
        perm_groups = [group(prefix, p) for p in GROUP_PERMISSIONS]
        for role in [pc_group, owner_group, *perm_groups]:
            conn.execute(
                text(
                    f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') "
                    f"THEN CREATE ROLE {_q(role)} NOLOGIN; END IF; END $$"
                )
            )
        for role in perm_groups:
            conn.execute(text(f"GRANT {_q(role)} TO {_q(owner_group)}"))
        conn.execute(text(f"GRANT {_q(pc_group)} TO {_q(owner_group)}"))
        conn.execute(text(f"GRANT {_q(owner_group)} TO CURRENT_USER"))  # the database owner may do all
        db = str(conn.execute(text("SELECT current_database()")).scalar())
        conn.execute(text(f"REVOKE ALL ON DATABASE {_q(db)} FROM PUBLIC"))
        conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(db)} TO {_q(pc_group)}"))
        conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {_q(pc_group)}"))
        conn.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"))
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {_q(pc_group)}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {_q(pc_group)}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {_q(pc_group)}"))
        conn.execute(text(TRUSTED_FUNCTION))
        conn.execute(text(GUARD_FUNCTION))
        conn.execute(text("ALTER FUNCTION erp_sync_log() SECURITY DEFINER"))  # logs changes as the owner
        for t in synced_tables():
            name = t.name
            need = TABLE_PERMISSION.get(name, "")
            writer = owner_group if need == OWNER else pc_group
            conn.execute(text(f"REVOKE ALL ON {_q(name)} FROM {_q(pc_group)}, {_q(owner_group)}"))
            if name in APPEND_ONLY:  # content never changes; a re-stamp may travel (see erp_guard)
                conn.execute(text(f"GRANT INSERT, UPDATE (hlc, origin_pc, updated_at) ON {_q(name)} TO {_q(writer)}"))
            elif name in RESOLVE_COLUMNS:  # only ever resolved (the guard: by an owner login)
                cols = ", ".join(_q(c) for c in (*RESOLVE_COLUMNS[name], "hlc", "origin_pc", "updated_at"))
                conn.execute(text(f"GRANT INSERT, UPDATE ({cols}) ON {_q(name)} TO {_q(writer)}"))
            else:  # (open items: the guard refuses a removal and a change of the frozen columns; the push's
                # tombstone sweep deletes nothing from them but needs the privilege)
                conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {_q(name)} TO {_q(writer)}"))
            conn.execute(text(f"GRANT SELECT ON {_q(name)} TO {_q(pc_group)}"))
            needed_role = "" if not need else group(prefix, need)
            derived = ",".join(sorted(DERIVED_COLUMNS.get(name, set())))
            kind = "append" if name in APPEND_ONLY else "row"
            fixed = FROZEN_COLUMNS.get(name, ())
            if name in RESOLVE_COLUMNS:
                kind, fixed = "resolve", RESOLVE_COLUMNS[name]
            elif fixed:
                kind = "item"
            conn.execute(text(f"DROP TRIGGER IF EXISTS erp_guard ON {_q(name)}"))
            conn.execute(
                text(
                    f"CREATE TRIGGER erp_guard BEFORE INSERT OR UPDATE OR DELETE ON {_q(name)} FOR EACH ROW "
                    f"EXECUTE FUNCTION erp_guard('{needed_role}', '{kind}', '{derived}', "
                    f"'{group(prefix, 'finance')}', '{','.join(fixed)}', '{owner_group}')"
                )
            )
        install_derived(conn, _q)
        for name in SERVER_DERIVED:
            conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {_q(name)} TO {_q(pc_group)}"))
        conn.execute(text(f"GRANT INSERT, UPDATE ON sync_pc TO {_q(pc_group)}"))
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS sync_login ("
                " login text PRIMARY KEY, pc_name text NOT NULL DEFAULT '', app_role text NOT NULL DEFAULT '',"
                " created_at timestamp NOT NULL DEFAULT now(), expires_at timestamp, joined_at timestamp,"
                " revoked_at timestamp)"
            )
        )
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS sync_refusal ("
                " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp NOT NULL DEFAULT now(),"
                " login text NOT NULL, table_name text NOT NULL, row_id text NOT NULL, message text NOT NULL)"
            )
        )
        conn.execute(text(f"REVOKE ALL ON sync_login, sync_refusal FROM {_q(pc_group)}"))
        conn.execute(text(ACCEPT_FUNCTION))
        conn.execute(text(REPORT_FUNCTION))
        for fn in ("erp_accept_invitation(text)", "erp_report_refusal(text, text, text)"):
            conn.execute(text(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC"))
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {fn} TO {_q(pc_group)}"))
        install_online(conn, _q, prefix, owner_group, [pc_group, owner_group, *perm_groups])
        withheld.install(conn, _q, prefix)
        _grant_cost_readers(conn, prefix)
        conn.execute(
            text(
                "INSERT INTO sync_meta(key, value) VALUES ('rules', :v) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
            ),
            {"v": withheld.RULES_VERSION},
        )
    return prefix


def _grant_cost_readers(conn: Connection, prefix: str) -> None:
    """PC logins invited before costs were a group: those whose role may see costs join it."""
    cost = group(prefix, "view_cost")
    for login, app_role in conn.execute(
        text(
            "SELECT l.login, l.app_role FROM sync_login l JOIN pg_roles r ON r.rolname = l.login WHERE l.username IS NULL"
        )
    ).all():
        if app_role == OWNER or "view_cost" in _app_permissions(str(app_role)):
            conn.execute(text(f"GRANT {_q(cost)} TO {_q(str(login))}"))


def rules_outdated(conn: Connection, values: dict[str, str]) -> bool:
    """Whether the server has the shop's rules (``sync-roles`` was run) but older ones than this
    program installs, seen by an owner's login (who is told to run ``sync-roles`` again)."""
    if values.get("rules") == withheld.RULES_VERSION:
        return False
    if conn.execute(text("SELECT to_regproc('erp_guard')")).scalar() is None:
        return False  # never installed (the owner was told to at set-up)
    owner = group(role_prefix(conn), OWNER)
    return bool(conn.execute(text("SELECT pg_has_role(session_user, :g, 'MEMBER')"), {"g": owner}).scalar())


# a PC joins with the one-time password of its invitation and sets its own at once; the function
# (run as the database owner) checks the invitation is still valid and marks it used
ACCEPT_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_accept_invitation(new_password text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE inv sync_login%ROWTYPE;
BEGIN
  SELECT * INTO inv FROM sync_login WHERE login = session_user FOR UPDATE;
  IF NOT FOUND OR inv.revoked_at IS NOT NULL THEN
    RAISE EXCEPTION 'this PC''s login is revoked or unknown' USING ERRCODE = '28000';
  END IF;
  IF inv.joined_at IS NOT NULL THEN
    RAISE EXCEPTION 'the invitation was already used' USING ERRCODE = '28000';
  END IF;
  IF inv.expires_at < now() THEN
    RAISE EXCEPTION 'the invitation has expired' USING ERRCODE = '28000';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL ''infinity''', session_user, new_password);
  UPDATE sync_login SET joined_at = now() WHERE login = session_user;
  RETURN inv.app_role;
END $$;
"""
REPORT_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_report_refusal(table_name text, row_id text, message text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO sync_refusal(login, table_name, row_id, message) VALUES (session_user, table_name, row_id, message);
$$;
"""


@dataclass(frozen=True)
class Invitation:
    login: str
    password: str
    expires_at: datetime
    app_role: str

    @property
    def code(self) -> str:
        """What the owner gives the new PC: ``login:password`` (valid until ``expires_at``, once)."""
        return f"{self.login}:{self.password}"


def _app_permissions(app_role: str) -> frozenset[str]:
    from erp_desktop.services.system.auth import ROLE_PERMISSIONS

    return ROLE_PERMISSIONS.get(app_role, frozenset())


def invite(engine: Engine, pc_name: str, app_role: str, *, hours: int = 48, users: Iterable[str] = ()) -> Invitation:
    """Create the login of a new PC (run by the owner's PC with the owner's credential): the
    groups its people's role needs, a random one-time password valid for ``hours``, and the users
    who sign in there (only their password hashes reach the PC; an owner's PC gets every one)."""
    if app_role != OWNER and app_role not in ("sales", "warehouse", "accountant", "buyer"):
        raise UserError(tr("Unknown role: {role}.", role=app_role))
    expires = datetime.now() + timedelta(hours=hours)
    password = secrets.token_urlsafe(18)
    with engine.begin() as conn:
        prefix = role_prefix(conn)
        login = f"{prefix}_pc_{re.sub(r'[^a-z0-9]', '', pc_name.lower())[:20] or 'pc'}_{secrets.token_hex(3)}"
        groups = [group(prefix, "pc")]
        if app_role == OWNER:
            groups.append(group(prefix, OWNER))
        else:
            groups += [group(prefix, p) for p in GROUP_PERMISSIONS if p in _app_permissions(app_role)]
        until = expires.isoformat(sep=" ", timespec="seconds")  # DDL takes no parameters: both are plain
        conn.execute(  # (a url-safe token and a timestamp), checked here anyway
            text(
                f"CREATE ROLE {_q(login)} LOGIN PASSWORD {_literal(password)} VALID UNTIL {_literal(until)} IN ROLE "
                + ", ".join(_q(g) for g in groups)
            )
        )
        conn.execute(
            text("INSERT INTO sync_login(login, pc_name, app_role, expires_at) VALUES (:l, :n, :r, :e)"),
            {"l": login, "n": pc_name, "r": app_role, "e": expires},
        )
        if users:
            withheld.set_pc_users(conn, login, users)
    return Invitation(login, password, expires, app_role)


def accept(engine: Engine, new_password: str) -> str:
    """On the new PC, connected with the invitation's login and one-time password: set this PC's
    own password (the invitation cannot be used again). Returns the role the PC was invited for."""
    with engine.begin() as conn:
        return str(conn.execute(text("SELECT erp_accept_invitation(:p)"), {"p": new_password}).scalar())


def revoke(engine: Engine, login: str) -> None:
    """The owner takes a PC's login away at once: it can no longer connect (its open sessions end)."""
    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM sync_login WHERE login = :l"), {"l": login}).first() is None:
            raise UserError(tr("No such PC login: {login}.", login=login))
        conn.execute(text(f"ALTER ROLE {_q(login)} NOLOGIN"))
        conn.execute(text("UPDATE sync_login SET revoked_at = now() WHERE login = :l"), {"l": login})
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :l"), {"l": login})


@dataclass(frozen=True)
class LoginRow:
    login: str
    pc_name: str
    app_role: str
    expires_at: datetime | None
    joined_at: datetime | None
    revoked_at: datetime | None
    refusals: int
    users: tuple[str, ...] = ()  # who signs in at this PC (their password hashes reach it)


def list_logins(engine: Engine) -> list[LoginRow]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT l.login, l.pc_name, l.app_role, l.expires_at, l.joined_at, l.revoked_at, "
                "(SELECT count(*) FROM sync_refusal r WHERE r.login = l.login) "
                "FROM sync_login l ORDER BY l.created_at"
            )
        ).all()
        mapped = withheld.pc_users(conn)
    return [
        LoginRow(
            login=r[0],
            pc_name=r[1],
            app_role=r[2],
            expires_at=r[3],
            joined_at=r[4],
            revoked_at=r[5],
            refusals=r[6],
            users=tuple(mapped.get(r[0], ())),
        )
        for r in rows
    ]


def list_refusals(engine: Engine) -> list[tuple]:
    """What the server refused, newest first: (at, login, table, row id, message)."""
    with engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text("SELECT at, login, table_name, row_id, message FROM sync_refusal ORDER BY id DESC LIMIT 500")
            )
        ]


def report_refusals(engine: Engine, refusals) -> None:
    """After a push: tell the server (the owner's list) what it refused from this PC."""
    if not refusals:
        return
    try:
        with engine.begin() as conn:
            for r in refusals:
                conn.execute(
                    text("SELECT erp_report_refusal(:t, :r, :m)"),
                    {"t": r.table_name, "r": str(r.row_id), "m": (r.error or "")[:500]},
                )
    except Exception:  # a server without the roles (or an old one): the PC still keeps them aside
        pass


def drop(engine: Engine) -> None:
    """Remove the shop's roles and every PC login (tests; a shop leaving the server)."""
    with engine.begin() as conn:
        prefix = role_prefix(conn)
        names = conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY length(rolname) DESC"),
            {"p": prefix.replace("_", r"\_") + r"\_%"},
        ).scalars()
        for name in list(names):
            conn.execute(text(f"DROP OWNED BY {_q(name)}"))
            conn.execute(text(f"DROP ROLE {_q(name)}"))


# --- what the owner's PC and a joining PC call (with the acting user's permissions) ----------------
import base64  # noqa: E402
import json  # noqa: E402


def encode_invitation(invitation: Invitation, host: str, port: int, database: str) -> str:
    """The code the owner gives the new PC: server, database, login and one-time password, expiry."""
    data = {
        "h": host,
        "p": int(port),
        "d": database,
        "l": invitation.login,
        "pw": invitation.password,
        "x": invitation.expires_at.isoformat(timespec="seconds"),
        "r": invitation.app_role,
    }
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_invitation(code: str) -> dict:
    try:
        raw = base64.urlsafe_b64decode(code.strip() + "=" * (-len(code.strip()) % 4))
        data = json.loads(raw)
        assert {"h", "p", "d", "l", "pw", "x"} <= set(data)
        return data
    except Exception:
        raise UserError(tr("That is not an invitation code (ask the owner for a new one).")) from None
