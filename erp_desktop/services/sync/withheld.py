"""What a PC keeps, it needs (issue 21): what the shared database leaves out of a PC's pull.

- **Password hashes** travel only to the PCs where their users sign in. The owner decides which
  users sign in at which PC login (``sync_pc_user``, written only by an owner: ``sync-invite
  --users``, ``sync-pc-users``, Settings → Sync). A PC login may not SELECT ``app_user``'s hash or
  its stamp (column privileges); the pull goes through ``erp_pull_changes`` (SECURITY DEFINER),
  which gives a user's hash only to the PCs the user is mapped to, and to the owner's PCs all of
  them; elsewhere the hash arrives blank (``""``). A blank hash is never a change: the server keeps
  the stored hash when a blank one is written over it (``erp_keep_hash``), and a user without a
  hash on this PC cannot sign in here (``auth.authenticate``: "does not sign in at this PC").
  Online per-user logins read only their own hash (``erp_own_password_hash``).
- **Costs** a role without ``view_cost`` does not need for its postings (``WITHHELD_COSTS``)
  arrive as 0 in the pull of such a PC; a login that may not see them cannot SELECT them, and an
  UPDATE by such a login keeps the stored values (``erp_keep_costs``), so its pushes never blank the
  server's prices.
- Every sync then asks the server what this PC may hold (``erp_pc_view``) and **scrubs** the file:
  hashes of users no longer mapped here, and costs it may not see, written before (an older server,
  a changed mapping) are blanked here, and hashes of users newly mapped here are fetched
  (``erp_user_hashes``). None of it is a new version of a row: nothing is sent back.

Which cost columns and why (see SYNC.md, "What a person with a PC's file can and cannot read"):
supplier price lists and variant templates' purchase price are left out for every role without
``view_cost``; purchase orders' prices and totals too, except for logins that post receipts
(``stock``: a receipt is valued at its order's price). Kept everywhere: products' purchase price
(a delivery with no average yet, a stock receipt and a count surplus are valued at it), stock
moves' values and what the delivery posting needs, and receipts, returns and landed-cost bills
(their values are in their stock moves, payables and journal entries anyway, and ``verify`` ties
them together on every PC).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Engine, or_, text, update
from sqlalchemy.orm import Session

from erp_desktop.errors import UserError
from erp_desktop.i18n import tr

from .tables import table

# table → (the write permission whose posting on a PC needs the columns, or "" for none; the columns)
WITHHELD_COSTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "supplier_quote": ("", ("price",)),
    "product_template": ("", ("purchase_price",)),
    "purchase_order": ("stock", ("net_total", "tax_total", "gross_total")),
    "purchase_order_line": ("stock", ("price", "net", "tax", "gross")),
}
USER_SECRETS = ("password_hash", "password_hlc")  # only an owner's login may SELECT them
CHANGE_COLUMNS = ("seq", "table_name", "row_id", "hlc", "origin_pc")  # sync_change without its data
# the rules this program installs (``sync_meta['rules']``): an owner's sync says when the server's are older
RULES_VERSION = "2"

MAPPING_TABLE = """
CREATE TABLE IF NOT EXISTS sync_pc_user (
  login text NOT NULL, username text NOT NULL, PRIMARY KEY (login, username))
"""

VIEW_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_pc_view() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  who text := session_user;
  costs jsonb := '{}'::jsonb;
BEGIN
  IF NOT pg_has_role(who, '{cost}', 'MEMBER') THEN
{cost_blocks}
  END IF;
  RETURN jsonb_build_object(
    'all_users', pg_has_role(who, '{owner}', 'MEMBER'),
    'users', coalesce((SELECT jsonb_agg(p.username ORDER BY p.username) FROM sync_pc_user p WHERE p.login = who),
                      '[]'::jsonb),
    'costs', costs);
END $$;
"""

PULL_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_pull_changes(after bigint, me text, lim integer)
RETURNS TABLE(seq bigint, table_name text, row_id uuid, hlc bigint, origin_pc text, data jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  v jsonb := erp_pc_view();
  all_users boolean := (v ->> 'all_users')::boolean;
  costs jsonb := v -> 'costs';
  users text[] := ARRAY(SELECT jsonb_array_elements_text(v -> 'users'));
BEGIN
  RETURN QUERY
  SELECT c.seq, c.table_name::text, c.row_id, c.hlc, c.origin_pc::text,
    CASE
      WHEN c.table_name = 'app_user' AND NOT all_users AND NOT ((c.data ->> 'username') = ANY(users))
        THEN c.data || '{"password_hash": ""}'::jsonb
      WHEN costs ? c.table_name THEN c.data || (costs -> c.table_name)
      WHEN c.table_name = 'sync_conflict' AND jsonb_typeof(c.data -> 'data') = 'object'
           AND (((c.data ->> 'table_name') = 'app_user' AND NOT all_users) OR costs ? (c.data ->> 'table_name'))
        THEN jsonb_set(c.data, '{data}', ((c.data -> 'data') - 'password_hash')
                                         || coalesce(costs -> (c.data ->> 'table_name'), '{}'::jsonb))
      ELSE c.data
    END
  FROM sync_change c
  WHERE c.seq > after AND c.origin_pc <> me
  ORDER BY c.seq
  LIMIT lim;
END $$;
"""

HASHES_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_user_hashes() RETURNS TABLE(username text, password_hash text, password_hlc bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.username::text, u.password_hash::text, u.password_hlc FROM app_user u
  WHERE pg_has_role(session_user, '{owner}', 'MEMBER')
     OR u.username IN (SELECT p.username FROM sync_pc_user p WHERE p.login = session_user)
$$;
"""

OWN_HASH_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_own_password_hash() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.password_hash::text FROM app_user u JOIN sync_login l ON l.username = u.username
  WHERE l.login = session_user AND l.revoked_at IS NULL
$$;
"""

# a blank hash (a PC that never held it) never replaces the stored one
KEEP_HASH_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_keep_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(NEW.password_hash, '') = '' AND coalesce(OLD.password_hash, '') <> '' THEN
    NEW.password_hash := OLD.password_hash;
    NEW.password_hlc := greatest(OLD.password_hlc, NEW.password_hlc);
  END IF;
  RETURN NEW;
END $$;
"""

# an UPDATE by a login that may not see the costs keeps the stored ones (it only ever held zeros)
KEEP_COSTS_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_keep_costs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE kept jsonb;
BEGIN
  IF pg_has_role(session_user, TG_ARGV[0], 'MEMBER')
     OR (TG_ARGV[1] <> '' AND pg_has_role(session_user, TG_ARGV[1], 'MEMBER')) THEN
    RETURN NEW;
  END IF;
  SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) INTO kept FROM unnest(string_to_array(TG_ARGV[2], ',')) AS k;
  RETURN jsonb_populate_record(NEW, kept);
END $$;
"""


def _cost_blocks(prefix: str) -> str:
    lines = []
    for name, (need, cols) in WITHHELD_COSTS.items():
        zeros = "{" + ", ".join(f'"{c}": 0' for c in cols) + "}"
        add = f"costs := costs || jsonb_build_object('{name}', '{zeros}'::jsonb);"
        if need:
            lines.append(f"    IF NOT pg_has_role(who, '{prefix}_{need}', 'MEMBER') THEN {add} END IF;")
        else:
            lines.append(f"    {add}")
    return "\n".join(lines)


def install(conn: Connection, quote, prefix: str) -> None:
    """Part of ``roles.install`` (after the table privileges): the mapping of users to PC logins,
    the pull's filter, the column privileges and the triggers that keep what a PC never held.
    Idempotent (every grant is revoked and made again)."""
    pc, owner, cost, online = (f"{prefix}_{g}" for g in ("pc", "owner", "view_cost", "online"))
    conn.execute(text(MAPPING_TABLE))
    conn.execute(text(f"REVOKE ALL ON sync_pc_user FROM {quote(pc)}"))
    conn.execute(text(f"GRANT SELECT, INSERT, DELETE ON sync_pc_user TO {quote(owner)}"))
    conn.execute(
        text(
            VIEW_FUNCTION.replace("{cost_blocks}", _cost_blocks(prefix))
            .replace("{cost}", cost)
            .replace("{owner}", owner)
        )
    )
    conn.execute(text(PULL_FUNCTION))
    conn.execute(text(HASHES_FUNCTION.replace("{owner}", owner)))
    conn.execute(text(OWN_HASH_FUNCTION))
    conn.execute(text(KEEP_HASH_FUNCTION))
    conn.execute(text(KEEP_COSTS_FUNCTION))
    for fn in (
        "erp_pc_view()",
        "erp_pull_changes(bigint, text, integer)",
        "erp_user_hashes()",
        "erp_own_password_hash()",
    ):
        conn.execute(text(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {fn} TO {quote(pc)}"))
    # column privileges: a PC login reads everything else, an owner's login all of it
    _columns_only(conn, quote, "app_user", USER_SECRETS, pc, [owner])
    conn.execute(text("DROP TRIGGER IF EXISTS erp_keep_hash ON app_user"))
    conn.execute(
        text("CREATE TRIGGER erp_keep_hash BEFORE UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION erp_keep_hash()")
    )
    change_cols = ", ".join(quote(c) for c in CHANGE_COLUMNS)
    conn.execute(text(f"REVOKE SELECT ON sync_change FROM {quote(pc)}"))
    conn.execute(text(f"GRANT SELECT ({change_cols}) ON sync_change TO {quote(pc)}"))
    conn.execute(text(f"GRANT SELECT ON sync_change TO {quote(owner)}"))
    for name, (need, cols) in WITHHELD_COSTS.items():
        readers = [cost, online] + ([f"{prefix}_{need}"] if need else [])
        _columns_only(conn, quote, name, cols, pc, readers)
        conn.execute(text(f"DROP TRIGGER IF EXISTS erp_keep_costs ON {quote(name)}"))
        conn.execute(
            text(
                f"CREATE TRIGGER erp_keep_costs BEFORE UPDATE ON {quote(name)} FOR EACH ROW EXECUTE FUNCTION "
                f"erp_keep_costs('{cost}', '{prefix + '_' + need if need else ''}', '{','.join(cols)}')"
            )
        )


def _columns_only(conn: Connection, quote, name: str, hidden: Iterable[str], group: str, readers: list[str]) -> None:
    """``group`` may SELECT every column of ``name`` but ``hidden``; ``readers`` all of them."""
    left_out = set(hidden)
    shown = ", ".join(quote(c.name) for c in table(name).c if c.name not in left_out)
    conn.execute(text(f"REVOKE SELECT ON {quote(name)} FROM {quote(group)}"))
    conn.execute(text(f"GRANT SELECT ({shown}) ON {quote(name)} TO {quote(group)}"))
    for reader in readers:
        conn.execute(text(f"GRANT SELECT ON {quote(name)} TO {quote(reader)}"))


def filters_pull(conn: Connection) -> bool:
    """Whether the server filters what a PC pulls (its rules have ``erp_pull_changes``)."""
    return conn.execute(text("SELECT to_regproc('erp_pull_changes')")).scalar() is not None


def pull_statement():
    return text("SELECT seq, table_name, row_id, hlc, origin_pc, data FROM erp_pull_changes(:after, :me, :lim)")


# --- which users sign in at which PC (the owner's) ----------------------------------------------
def _usernames(users: Iterable[str]) -> list[str]:
    return sorted({u.strip() for u in users if u and u.strip()})


def set_pc_users(conn: Connection, login: str, users: Iterable[str]) -> list[str]:
    """Replace the users who sign in at the PC ``login`` (in the owner's open transaction).
    Raises UserError for an unknown login or user."""
    names = _usernames(users)
    if conn.execute(text("SELECT 1 FROM sync_login WHERE login = :l"), {"l": login}).first() is None:
        raise UserError(tr("No such PC login: {login}.", login=login))
    known = set(conn.execute(text("SELECT username FROM app_user")).scalars())
    unknown = [n for n in names if n not in known]
    if unknown:
        raise UserError(tr("No such user: {user}.", user=", ".join(unknown)))
    conn.execute(text("DELETE FROM sync_pc_user WHERE login = :l"), {"l": login})
    for name in names:
        conn.execute(text("INSERT INTO sync_pc_user(login, username) VALUES (:l, :u)"), {"l": login, "u": name})
    return names


def pc_users(conn: Connection) -> dict[str, list[str]]:
    """PC login → the users who sign in there (empty where the server has no mapping yet)."""
    if conn.execute(text("SELECT to_regclass('sync_pc_user')")).scalar() is None:
        return {}
    found: dict[str, list[str]] = {}
    for login, username in conn.execute(text("SELECT login, username FROM sync_pc_user ORDER BY login, username")):
        found.setdefault(str(login), []).append(str(username))
    return found


def set_users_at_pc(engine: Engine, login: str, users: Iterable[str]) -> list[str]:
    with engine.begin() as conn:
        return set_pc_users(conn, login, users)


# --- this PC's side: keep only what the server says it may hold ---------------------------------
@dataclass(frozen=True)
class PcView:
    all_users: bool
    users: frozenset[str]
    costs: dict[str, tuple[str, ...]]


def view(conn: Connection) -> PcView | None:
    """What the server lets this PC's login hold (None: a server without these rules)."""
    if conn.execute(text("SELECT to_regproc('erp_pc_view')")).scalar() is None:
        return None
    data = conn.execute(text("SELECT erp_pc_view()")).scalar() or {}
    return PcView(
        bool(data.get("all_users")),
        frozenset(str(u) for u in data.get("users") or ()),
        {str(t): tuple(cols) for t, cols in (data.get("costs") or {}).items()},
    )


def hashes(conn: Connection) -> dict[str, tuple[str, int]]:
    """The hashes (and stamps) of the users who sign in at this PC, as the server holds them."""
    return {
        str(name): (str(hash_ or ""), int(stamp or 0))
        for name, hash_, stamp in conn.execute(
            text("SELECT username, password_hash, password_hlc FROM erp_user_hashes()")
        )
    }


def scrub(tx: Session, me: str, seen: PcView, held: dict[str, tuple[str, int]]) -> int:
    """Make this PC's file hold what ``seen`` allows, without a new version of any row (nothing
    is sent back): blank the hashes of users who do not sign in here, take the hashes of those
    who do (``held``, where the file has none or an older one), zero the costs it may not see.
    Rows this PC wrote itself are its own and stay. Returns how many rows changed."""
    users = table("app_user")
    changed = 0
    if not seen.all_users:
        changed += _count(
            tx.execute(
                update(users)
                .where(
                    users.c.password_hash != "", users.c.origin_pc != me, users.c.username.not_in(sorted(seen.users))
                )
                .values(password_hash="", updated_at=users.c.updated_at)
            )
        )
    for name, (hash_, stamp) in held.items():
        if not hash_:
            continue
        changed += _count(
            tx.execute(
                update(users)
                .where(
                    users.c.username == name,
                    users.c.password_hlc <= stamp,
                    (users.c.password_hash == "") | (users.c.password_hlc < stamp),
                )
                .values(password_hash=hash_, password_hlc=stamp, updated_at=users.c.updated_at)
            )
        )
    for name, cols in seen.costs.items():
        if name not in WITHHELD_COSTS:
            continue
        t = table(name)
        changed += _count(
            tx.execute(
                update(t)
                .where(t.c.origin_pc != me, or_(*(t.c[col] != Decimal(0) for col in cols)))
                .values({**dict.fromkeys(cols, Decimal(0)), "updated_at": t.c.updated_at})
            )
        )
    return changed


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def without_secrets(name: str, data: dict) -> dict:
    """A row version as it may be kept in a conflict (which syncs to every PC): never a hash."""
    if name == "app_user" and "password_hash" in data:
        return {k: v for k, v in data.items() if k != "password_hash"}
    return data
