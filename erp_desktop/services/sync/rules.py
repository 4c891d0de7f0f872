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
