"""What the shared database itself enforces on each synced row (issue 21), as SQL: the guard
trigger every synced table carries, and the triggers and SECURITY DEFINER functions that alone
write the derived columns. ``roles.install`` puts them in place; this module only holds them.

Invariants the server keeps, whatever a PC's login sends (``psql`` included):
- an open item's party, document, date, kind and amount never change once written, and an open
  item is never removed (``FROZEN_COLUMNS``); only its allocated amount changes, and only by the
  server's own triggers;
- derived columns (``open_item.allocated``, ``money_account.balance``) are written only by the
  server: whatever a client puts there is replaced (on INSERT by the sum of the ledger rows already
  there, on UPDATE by the stored value), and each new ``allocation`` / ``money_move`` row adds its
  amount through a SECURITY DEFINER trigger — so the column is always Σ its ledger, online clients
  and pushes alike;
- a sync conflict is never removed and only its ``resolved`` flag changes (false → true), by an
  owner login; alerts are append-only;
- ``erp.maintenance`` (a migration's pass to rewrite ledger rows) and ``erp.derived`` (the
  derived writers' own mark) count only for the tables' owner: a PC's login may set either
  setting and gains nothing.
"""

from __future__ import annotations

# columns of rows that never change once written (UPDATE refused by the guard; DELETE refused too)
FROZEN_COLUMNS: dict[str, tuple[str, ...]] = {
    "open_item": ("kind", "party_id", "doc_type", "doc_id", "doc_number", "on", "amount"),
}
# rows only ever resolved: the columns a resolution may change (and who may resolve, see roles)
RESOLVE_COLUMNS: dict[str, tuple[str, ...]] = {"sync_conflict": ("resolved",)}

# Is the statement run by the tables' owner (the database owner, or a superuser) with ``setting``
# on? A PC's login may SET any custom setting; only the owner's counts.
TRUSTED_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_trusted(rel oid, setting text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting(setting, true), '') = 'on'
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = rel), 'MEMBER')
$$;
"""

GUARD_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  need text := TG_ARGV[0];
  kind text := TG_ARGV[1];
  derived text[] := string_to_array(TG_ARGV[2], ',');
  frozen text[] := string_to_array(TG_ARGV[4], ',');
  resolver text := TG_ARGV[5];
  stamps text[] := ARRAY['updated_at', 'hlc', 'origin_pc'];
  row_on date;
BEGIN
  IF erp_trusted(TG_RELID, 'erp.maintenance') THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - derived - 'updated_at'::text) = (to_jsonb(OLD) - derived - 'updated_at'::text) THEN
    RETURN NEW;  -- only derived columns (kept by erp_keep_derived): nothing a client chose
  END IF;
  IF TG_OP = 'UPDATE' AND kind IN ('append', 'item', 'resolve')
     AND (to_jsonb(NEW) - stamps) = (to_jsonb(OLD) - stamps) THEN
    RETURN NEW;  -- a re-stamp (a copied file made a new PC sends its rows again): the content is unchanged
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND (to_jsonb(OLD) ->> 'state') = 'posted' THEN
    -- a posted document is immutable (corrections are new documents): its party, date, number and
    -- totals never change, and it is never removed
    IF TG_OP = 'DELETE' OR EXISTS (
         SELECT 1 FROM unnest(ARRAY['number', 'on', 'customer_id', 'supplier_id', 'net_total', 'tax_total',
                                    'gross_total', 'cost_total', 'total_value', 'amount', 'kind']) AS k
         WHERE (to_jsonb(OLD) -> k) IS DISTINCT FROM (to_jsonb(NEW) -> k)) THEN
      RAISE EXCEPTION 'refused by the shared database: posted % rows are never changed or removed', TG_TABLE_NAME
        USING ERRCODE = '23514';
    END IF;
  END IF;
  IF kind = 'append' AND TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'refused by the shared database: % rows are never changed or removed (% refused)', TG_TABLE_NAME, TG_OP
      USING ERRCODE = '23514';
  END IF;
  IF kind IN ('item', 'resolve') AND TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'refused by the shared database: % rows are never removed', TG_TABLE_NAME
      USING ERRCODE = '23514';
  END IF;
  IF kind = 'item' AND TG_OP = 'UPDATE' AND EXISTS (
       SELECT 1 FROM unnest(frozen) AS k WHERE (to_jsonb(OLD) -> k) IS DISTINCT FROM (to_jsonb(NEW) -> k)) THEN
    RAISE EXCEPTION 'refused by the shared database: the % of % rows never change once written',
      array_to_string(ARRAY(SELECT k FROM unnest(frozen) AS k
                            WHERE (to_jsonb(OLD) -> k) IS DISTINCT FROM (to_jsonb(NEW) -> k)), ', '),
      TG_TABLE_NAME USING ERRCODE = '23514';
  END IF;
  IF kind = 'resolve' AND TG_OP = 'UPDATE' THEN
    IF (to_jsonb(NEW) - stamps - frozen) <> (to_jsonb(OLD) - stamps - frozen)
       OR EXISTS (SELECT 1 FROM unnest(frozen) AS k
                  WHERE (to_jsonb(OLD) ->> k) = 'true' AND (to_jsonb(NEW) ->> k) IS DISTINCT FROM 'true') THEN
      RAISE EXCEPTION 'refused by the shared database: % rows are only ever resolved', TG_TABLE_NAME
        USING ERRCODE = '23514';
    END IF;
    IF NOT pg_has_role(current_user, resolver, 'MEMBER') THEN
      RAISE EXCEPTION 'refused by the shared database: the login % may not resolve % rows', current_user, TG_TABLE_NAME
        USING ERRCODE = '23514';
    END IF;
  END IF;
  IF need <> '' AND NOT pg_has_role(current_user, need, 'MEMBER') THEN
    RAISE EXCEPTION 'refused by the shared database: the login % may not write % rows', current_user, TG_TABLE_NAME
      USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'INSERT' AND TG_TABLE_NAME = 'journal_entry' THEN
    IF (to_jsonb(NEW) ->> 'doc_type') IN ('RC', 'PM', 'OI', 'OE', 'MT')
       AND NOT pg_has_role(current_user, TG_ARGV[3], 'MEMBER') THEN
      RAISE EXCEPTION 'refused by the shared database: the login % may not post money documents (%)',
        current_user, to_jsonb(NEW) ->> 'doc_number' USING ERRCODE = '23514';
    END IF;
  END IF;
  IF TG_OP = 'INSERT' AND TG_TABLE_NAME IN ('journal_entry', 'stock_move') THEN
    row_on := (to_jsonb(NEW) ->> 'on')::date;
    IF EXISTS (SELECT 1 FROM closed_period c
               WHERE c.year = extract(year FROM row_on) AND c.month = extract(month FROM row_on)) THEN
      RAISE EXCEPTION 'refused by the shared database: % is in a closed month (% rows)', row_on, TG_TABLE_NAME
        USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;
"""

# BEFORE INSERT OR UPDATE on the tables with derived columns: what a client sends there is not
# taken. An insert gets the sum of the ledger rows already stored; an update keeps the stored value.
KEEP_DERIVED_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_keep_derived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF erp_trusted(TG_RELID, 'erp.derived') OR erp_trusted(TG_RELID, 'erp.maintenance') THEN
    RETURN NEW;
  END IF;
  IF TG_TABLE_NAME = 'open_item' THEN
    IF TG_OP = 'UPDATE' THEN
      NEW.allocated := OLD.allocated;
    ELSE
      NEW.allocated := coalesce((SELECT sum(a.amount) FROM allocation a WHERE a.debit_item_id = NEW.id), 0)
                     - coalesce((SELECT sum(a.amount) FROM allocation a WHERE a.credit_item_id = NEW.id), 0);
    END IF;
  ELSIF TG_TABLE_NAME = 'money_account' THEN
    IF TG_OP = 'UPDATE' THEN
      NEW.balance := OLD.balance;
    ELSE
      NEW.balance := coalesce((SELECT sum(m.amount) FROM money_move m WHERE m.account_id = NEW.id), 0);
    END IF;
  END IF;
  RETURN NEW;
END $$;
"""

# AFTER INSERT on the ledgers the derived columns sum: the server adds the new row's amount,
# as the tables' owner (SECURITY DEFINER), so the derived column stays Σ its ledger.
APPLY_LEDGER_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_apply_ledger() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM set_config('erp.derived', 'on', true);
  IF TG_TABLE_NAME = 'allocation' THEN
    UPDATE open_item SET allocated = allocated + NEW.amount WHERE id = NEW.debit_item_id;
    UPDATE open_item SET allocated = allocated - NEW.amount WHERE id = NEW.credit_item_id;
  ELSIF TG_TABLE_NAME = 'money_move' THEN
    UPDATE money_account SET balance = balance + NEW.amount WHERE id = NEW.account_id;
  END IF;
  PERFORM set_config('erp.derived', '', true);
  RETURN NULL;
END $$;
"""

# The whole recomputation, for the owner (``sync-roles`` runs it once: values stored before the
# triggers existed are made right). Returns how many rows it corrected.
REBUILD_DERIVED_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_rebuild_derived() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE fixed integer := 0; n integer;
BEGIN
  PERFORM set_config('erp.derived', 'on', true);
  UPDATE open_item i SET allocated = w.want
    FROM (SELECT o.id, coalesce(d.s, 0) - coalesce(c.s, 0) AS want FROM open_item o
            LEFT JOIN (SELECT debit_item_id AS id, sum(amount) AS s FROM allocation GROUP BY 1) d ON d.id = o.id
            LEFT JOIN (SELECT credit_item_id AS id, sum(amount) AS s FROM allocation GROUP BY 1) c ON c.id = o.id) w
   WHERE w.id = i.id AND i.allocated IS DISTINCT FROM w.want;
  GET DIAGNOSTICS n = ROW_COUNT; fixed := fixed + n;
  UPDATE money_account a SET balance = w.want
    FROM (SELECT x.id, coalesce((SELECT sum(m.amount) FROM money_move m WHERE m.account_id = x.id), 0) AS want
            FROM money_account x) w
   WHERE w.id = a.id AND a.balance IS DISTINCT FROM w.want;
  GET DIAGNOSTICS n = ROW_COUNT; fixed := fixed + n;
  PERFORM set_config('erp.derived', '', true);
  RETURN fixed;
END $$;
"""

# (table with derived columns, the ledger tables feeding it)
DERIVED_FROM: dict[str, tuple[str, ...]] = {"open_item": ("allocation",), "money_account": ("money_move",)}


def install_derived(conn, quote) -> int:
    """The derived-column triggers on the tables that exist; returns the rows the rebuild fixed."""
    from sqlalchemy import text

    conn.execute(text(KEEP_DERIVED_FUNCTION))
    conn.execute(text(APPLY_LEDGER_FUNCTION))
    conn.execute(text(REBUILD_DERIVED_FUNCTION))
    conn.execute(text("REVOKE ALL ON FUNCTION erp_apply_ledger(), erp_rebuild_derived() FROM PUBLIC"))
    for derived, ledgers in DERIVED_FROM.items():
        conn.execute(text(f"DROP TRIGGER IF EXISTS erp_derived ON {quote(derived)}"))
        conn.execute(
            text(
                f"CREATE TRIGGER erp_derived BEFORE INSERT OR UPDATE ON {quote(derived)} "
                "FOR EACH ROW EXECUTE FUNCTION erp_keep_derived()"
            )
        )
        for ledger in ledgers:
            conn.execute(text(f"DROP TRIGGER IF EXISTS erp_apply ON {quote(ledger)}"))
            conn.execute(
                text(
                    f"CREATE TRIGGER erp_apply AFTER INSERT ON {quote(ledger)} "
                    "FOR EACH ROW EXECUTE FUNCTION erp_apply_ledger()"
                )
            )
    return int(conn.execute(text("SELECT erp_rebuild_derived()")).scalar() or 0)


# Online mode: each user's own login (``storage/logins.py``), made and changed by an owner's
# session together with the user row. Runs as the database owner (who may create roles); checks
# that the caller is an owner, that the login is one of this shop's user logins and that every
# group is one of the shop's.
USER_LOGIN_FUNCTION = """
CREATE OR REPLACE FUNCTION erp_user_login(p_login text, p_username text, p_role text, p_groups text[],
                                          p_verifier text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE g text;
BEGIN
  IF NOT pg_has_role(session_user, '{owner_group}', 'MEMBER') THEN
    RAISE EXCEPTION 'refused by the shared database: only an owner may set up the login of user %', p_username
      USING ERRCODE = '42501';
  END IF;
  IF p_login NOT LIKE '{prefix}\\_u\\_%' OR length(p_login) > 63 THEN
    RAISE EXCEPTION 'refused by the shared database: % is not a user login of this shop', p_login USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT 1 FROM unnest(p_groups) AS x WHERE x NOT IN ({allowed})) THEN
    RAISE EXCEPTION 'refused by the shared database: unknown group in %', p_groups USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
  END IF;
  FOR g IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
            WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = p_login) LOOP
    EXECUTE format('REVOKE %I FROM %I', g, p_login);
  END LOOP;
  FOREACH g IN ARRAY p_groups LOOP
    EXECUTE format('GRANT %I TO %I', g, p_login);
  END LOOP;
  IF p_verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
  END IF;
  IF p_active THEN
    EXECUTE format('ALTER ROLE %I LOGIN', p_login);
  ELSE
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_login;
  END IF;
  INSERT INTO sync_login AS s (login, pc_name, app_role, joined_at, revoked_at, username)
  VALUES (p_login, 'user ' || p_username, p_role, now(), CASE WHEN p_active THEN NULL ELSE now() END, p_username)
  ON CONFLICT (login) DO UPDATE SET app_role = EXCLUDED.app_role, username = EXCLUDED.username,
    revoked_at = CASE WHEN p_active THEN NULL ELSE coalesce(s.revoked_at, now()) END;
END $$;
"""
# A user's own password change, online as that user (the user row is the owner's to write
# otherwise): only the session's own user row, only its password and stamps, and the login's
# password with it.
OWN_PASSWORD_FUNCTION = r"""
CREATE OR REPLACE FUNCTION erp_set_own_password(p_hash text, p_verifier text, p_stamp bigint, p_hlc bigint,
                                                p_origin text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE who text;
BEGIN
  SELECT username INTO who FROM sync_login WHERE login = session_user AND revoked_at IS NULL AND username IS NOT NULL;
  IF who IS NULL THEN
    RAISE EXCEPTION 'refused by the shared database: the login % is not a user''s own login', session_user
      USING ERRCODE = '42501';
  END IF;
  IF p_hash !~ '^scrypt\$' OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    RAISE EXCEPTION 'refused by the shared database: not a password hash' USING ERRCODE = '22023';
  END IF;
  UPDATE app_user SET password_hash = p_hash, password_hlc = p_stamp, hlc = p_hlc, origin_pc = p_origin,
                      updated_at = now() AT TIME ZONE 'utc'
   WHERE username = who;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
END $$;
"""
# what an online user's session writes besides the synced tables: the per-database derived and
# bookkeeping tables (as a sync's push does), and in ``local_state`` only the heads of the
# server's own hash chains (row-level security)
ONLINE_TABLES = ("number_sequence", "stock_balance", "lot_balance", "product_cost", "login_attempt")


def install_online(conn, quote, prefix: str, owner_group: str, groups: list[str]) -> None:
    """The online group, its privileges, the local_state policy and ``erp_user_login``."""
    from sqlalchemy import text

    online = f"{prefix}_online"
    conn.execute(
        text(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{online}') "
            f"THEN CREATE ROLE {quote(online)} NOLOGIN; END IF; END $$"
        )
    )
    for name in ONLINE_TABLES:
        if conn.execute(text("SELECT to_regclass(:n)"), {"n": name}).scalar() is not None:
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {quote(name)} TO {quote(online)}"))
    conn.execute(
        text("INSERT INTO local_state (key, value) VALUES ('pc_id', :v) ON CONFLICT (key) DO NOTHING"),
        {"v": __import__("uuid").uuid4().hex[:16]},
    )
    conn.execute(text(f"GRANT SELECT, INSERT, UPDATE ON local_state TO {quote(online)}"))
    conn.execute(text("ALTER TABLE local_state ENABLE ROW LEVEL SECURITY"))
    own_chain = "key LIKE 'chain:%:' || (SELECT s.value FROM local_state s WHERE s.key = 'pc_id')"
    for policy, sql in (
        ("erp_read", "FOR SELECT USING (true)"),
        ("erp_chain_add", f"FOR INSERT TO {quote(online)} WITH CHECK ({own_chain})"),
        ("erp_chain_move", f"FOR UPDATE TO {quote(online)} USING ({own_chain}) WITH CHECK ({own_chain})"),
    ):
        conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON local_state"))
        conn.execute(text(f"CREATE POLICY {policy} ON local_state {sql}"))
    allowed = ", ".join("'" + g + "'" for g in [*groups, online])
    conn.execute(
        text(
            USER_LOGIN_FUNCTION.replace("{owner_group}", owner_group)
            .replace("{prefix}", prefix)
            .replace("{allowed}", allowed)
        )
    )
    conn.execute(text("ALTER TABLE sync_login ADD COLUMN IF NOT EXISTS username text"))
    conn.execute(text(OWN_PASSWORD_FUNCTION))
    conn.execute(text("REVOKE ALL ON FUNCTION erp_set_own_password(text, text, bigint, bigint, text) FROM PUBLIC"))
    conn.execute(
        text(f"GRANT EXECUTE ON FUNCTION erp_set_own_password(text, text, bigint, bigint, text) TO {quote(online)}")
    )
    conn.execute(text("REVOKE ALL ON FUNCTION erp_user_login(text, text, text, text[], text, boolean) FROM PUBLIC"))
    conn.execute(
        text(
            "GRANT EXECUTE ON FUNCTION erp_user_login(text, text, text, text[], text, boolean) "
            f"TO {quote(group_pc(prefix))}"
        )
    )


def group_pc(prefix: str) -> str:
    return f"{prefix}_pc"
