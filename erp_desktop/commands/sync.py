"""``erp-desktop sync``: sync this PC with the shared PostgreSQL database, set the server up, show
the status, review conflicts and alerts, rebuild derived data."""

from __future__ import annotations

import os
import uuid

from erp_desktop.services import sync, system

from ..i18n import tr
from . import add_json, open_uow, print_json, print_table, wants_json


def register(add) -> None:
    p = add("sync", "sync with the shared PostgreSQL database (pull, then push)", _sync)
    p.add_argument(
        "--server", metavar="URL", help="postgresql+psycopg://user@host:5432/db (default: the saved settings)"
    )
    p.add_argument("--batch", type=int, default=None, help="rows per batch (one transaction each)")
    p.add_argument("--status", action="store_true", help="only show the sync status")
    add_json(p)
    p.add_argument("--upgrade-server", action="store_true", help="migrate the shared database to this program's schema")
    p.add_argument(
        "--rebuild", action="store_true", help="rebuild stock balances, costs and open items from the ledgers"
    )
    p.add_argument(
        "--new-pc",
        action="store_true",
        help="this file is a copy of another PC's: make it a new PC (new id and series, data kept), then sync",
    )
    p.add_argument(
        "--same-pc",
        action="store_true",
        help="this file only moved (or the program was reinstalled) and no other copy syncs: keep its identity",
    )
    p = add("sync-setup", "save the shared database's connection (password from ERP_SYNC_PASSWORD)", _setup)
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--database", required=True)
    p.add_argument("--db-user", required=True, help="PostgreSQL user")
    p.add_argument(
        "--sslmode", default="prefer", choices=["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
    )
    p = add("sync-conflicts", "list versions that lost a merge; restore or dismiss one", _conflicts)
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.add_argument("--restore", metavar="ID")
    p.add_argument("--dismiss", metavar="ID")
    add_json(p)
    add_json(add("sync-alerts", "list what merges raised for the owner (negative stock …)", _alerts))
    p = add("sync-problems", "list rows the sync set aside (a duplicate code …); dismiss one", _problems)
    p.add_argument("--all", action="store_true", help="include dismissed ones")
    p.add_argument("--dismiss", metavar="ID")
    add_json(p)
    # who may do what on the shared database (SYNC.md "Who may do what")
    server = {"metavar": "URL", "help": "the database owner's connection (default: the saved settings)"}
    p = add("sync-roles", "create the shop's roles and rules on the shared database (owner, once)", _roles)
    p.add_argument("--server", **server)
    p = add("sync-invite", "make a login for a new PC and print its one-time invitation code", _invite)
    p.add_argument("name", help="the PC's name (counter, warehouse …)")
    p.add_argument("--role", required=True, choices=["owner", "sales", "warehouse", "accountant", "buyer"])
    p.add_argument("--hours", type=int, default=48, help="the code is valid this long (default 48)")
    p.add_argument(
        "--users", default="", metavar="A,B", help="the users who sign in at this PC (their hashes go there)"
    )
    p.add_argument("--server", **server)
    p = add("sync-pc-users", "set the users who sign in at a PC (only their password hashes reach it)", _pc_users)
    p.add_argument("login")
    p.add_argument("--users", required=True, metavar="A,B", help="user names, comma-separated ('' for none)")
    p.add_argument("--server", **server)
    p = add("sync-join", "join the shop with an invitation code (this PC's password from ERP_NEW_SYNC_PASSWORD)", _join)
    p.add_argument("code")
    p.add_argument(
        "--sslmode", default="prefer", choices=["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
    )
    p = add("sync-revoke", "take a PC's login away at once (its next sync is refused)", _revoke)
    p.add_argument("login")
    p.add_argument("--server", **server)
    p = add("sync-pcs", "list the PCs' logins, their roles and what the server refused from them", _pcs)
    p.add_argument("--server", **server)
    add_json(p)


def _print_status(uow) -> None:
    st = sync.status(uow)
    if st.online_mode:
        print(tr("Online mode: this PC works straight on {server}.", server=st.server))
        return
    print(tr("Server: {server}", server=st.server or tr("not set up")))
    print(tr("Series: {series}", series=st.series or "-"))
    print(tr("Last sync: {time}", time=st.last_sync.strftime("%Y-%m-%d %H:%M:%S") if st.last_sync else tr("never")))
    print(tr("Pending changes: {count}", count=st.pending))
    print(tr("Conflicts to review: {count}", count=st.conflicts))
    print(tr("Alerts: {count}", count=st.alerts))
    print(tr("Set-aside rows to fix: {count}", count=st.problems))
    if st.identity:
        print(tr("WARNING: {message}", message=st.identity))
    elif st.last_error:
        print(tr("Last error: {error}", error=st.last_error))


def _sync(args) -> int:
    uow = open_uow(args)
    if args.status:
        if wants_json(args):
            print_json(sync.status(uow))
        else:
            _print_status(uow)
        return 0
    if args.rebuild or args.upgrade_server:  # both rewrite what every sync relies on: the owner's
        system.require_permission(uow, system.Perm.MAINTENANCE)
    if args.rebuild:
        from erp_desktop.services.ledger import rebuild_all

        with uow.write() as tx:
            negative = rebuild_all(tx)
        print(tr("Rebuilt stock balances, costs and open items; {count} negative balances.", count=len(negative)))
        return 0
    url = args.server or sync.configured_url(uow)
    if args.same_pc:
        sync.keep_identity(uow)
        print(tr("This file keeps its PC identity on this computer."))
    if args.new_pc:
        series = sync.make_new_pc(uow, url)
        print(tr("This file is now a PC of its own: document series {series}.", series=series))
    if args.upgrade_server:
        sync.prepare(sync.make_server_engine(url), upgrade=True)
        print(tr("The shared database now has this program's schema."))
        return 0
    result = sync.sync_now(uow, url, batch_size=args.batch or sync.BATCH, progress=lambda text: print(text))
    if result.cloned:
        print(tr("This PC joined the shop on the shared database."))
    print(
        tr(
            "Sync done in {seconds:.1f} s: {pulled} received, {pushed} sent, {conflicts} conflicts.",
            seconds=result.seconds,
            pulled=result.pulled,
            pushed=result.pushed,
            conflicts=result.conflicts,
        )
    )
    for alert in result.alerts:
        print(tr("ALERT: {message}", message=alert))
    if result.notice:
        print(tr("NOTE: {message}", message=result.notice))
    waiting = result.set_aside
    if waiting:
        print(
            tr(
                "{count} rows were set aside (one side refused them); the rest synced. See 'erp-desktop sync-problems'.",
                count=waiting,
            )
        )
    return 0


def _setup(args) -> int:
    uow = open_uow(args)
    settings = sync.SyncSettings(
        host=args.host, port=args.port, database=args.database, user=args.db_user, sslmode=args.sslmode
    )
    warning = sync.save_settings(uow, settings, os.environ.get("ERP_SYNC_PASSWORD"))
    if warning:
        print(warning)
    print(sync.test_connection(sync.configured_url(uow)))
    return 0


def _conflicts(args) -> int:

    uow = open_uow(args)
    if args.restore:
        sync.restore_conflict(uow, _conflict_id(args.restore))
        print(tr("Restored; the next sync sends it to the other PCs."))
        return 0
    if args.dismiss:
        sync.dismiss_conflict(uow, _conflict_id(args.dismiss))
        return 0
    rows = sync.list_conflicts(uow, include_resolved=args.all)
    if wants_json(args):
        print_json(rows)
        return 0
    if not rows:
        print(tr("No conflicts."))
        return 0
    print_table(
        [tr("Id"), tr("Detected"), tr("Table"), tr("Summary"), tr("Lost"), tr("Won")],
        [[c.id, f"{c.detected_at:%Y-%m-%d %H:%M}", c.table_name, c.summary, c.lost_pc, c.won_pc] for c in rows],
    )
    return 0


def _alerts(args) -> int:
    uow = open_uow(args)
    rows = sync.list_alerts(uow)
    if wants_json(args):
        print_json(rows)
        return 0
    if not rows:
        print(tr("No alerts."))
        return 0
    print_table([tr("Raised"), tr("Message")], [[f"{a.raised_at:%Y-%m-%d %H:%M}", a.message] for a in rows])
    return 0


def _conflict_id(text: str) -> uuid.UUID:
    """A conflict's id as ``sync-conflicts`` lists it; a clear refusal for anything else."""
    from ..errors import NotFound

    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise NotFound(
            tr("No conflict with id {id}; `erp-desktop sync-conflicts` lists them.", id=text.strip())
        ) from None


def _problems(args) -> int:
    uow = open_uow(args)
    if args.dismiss:
        sync.dismiss_problem(uow, _problem_id(args.dismiss))
        print(tr("Dismissed: off the task list; the sync still applies it once it can."))
        return 0
    rows = sync.list_problems(uow, include_dismissed=args.all)
    if wants_json(args):
        print_json(rows)
        return 0
    if not rows:
        print(tr("No set-aside rows."))
        return 0
    for p in rows:
        print(
            tr(
                "#{id} [{side}] {message}",
                id=p.id,
                side=tr("refused by {side}", side=p.refused_by),
                message=p.message,
            )
        )
        print("    " + tr("Fix: {fix}", fix=p.fix))
    return 0


def _problem_id(text: str) -> int:
    from ..errors import NotFound

    try:
        return int(text.strip().lstrip("#"))
    except ValueError:
        raise NotFound(
            tr("No sync problem with id {id}; `erp-desktop sync-problems` lists them.", id=text.strip())
        ) from None


def _roles(args) -> int:
    uow = open_uow(args)
    prefix = sync.setup_roles(uow, args.server)
    print(tr("The shared database now refuses what a PC's login may not do (roles {prefix}_…).", prefix=prefix))
    print(
        tr(
            "Each PC now receives only the password hashes of the users who sign in there "
            "('erp-desktop sync-pc-users LOGIN --users a,b') and no costs its role may not see."
        )
    )
    return 0


def _invite(args) -> int:
    uow = open_uow(args)
    code = sync.invite_pc(uow, args.name, args.role, hours=args.hours, url=args.server, users=_names(args.users))
    print(
        tr(
            "Invitation for {name} ({role}), valid {hours} hours, once:",
            name=args.name,
            role=args.role,
            hours=args.hours,
        )
    )
    print(code)
    return 0


def _names(text: str) -> list[str]:
    return [n.strip() for n in (text or "").split(",") if n.strip()]


def _pc_users(args) -> int:
    uow = open_uow(args)
    users = sync.set_pc_users(uow, args.login, _names(args.users), url=args.server)
    print(
        tr(
            "Users who sign in at {login}: {users}. Their password hashes reach it at its next sync; the others' leave it.",
            login=args.login,
            users=", ".join(users) or tr("nobody"),
        )
    )
    return 0


def _join(args) -> int:
    import secrets

    uow = open_uow(args)
    new_password = os.environ.get("ERP_NEW_SYNC_PASSWORD") or secrets.token_urlsafe(24)
    role = sync.join_with_invitation(uow, args.code, new_password, sslmode=args.sslmode)
    print(tr("This PC has its own login now (role {role}); run 'erp-desktop sync' to join the shop.", role=role))
    if not os.environ.get("ERP_NEW_SYNC_PASSWORD") and not sync.password_known(uow):
        print(
            tr(
                "No system keyring: note this PC's sync password, it is asked for at the next start: {password}",
                password=new_password,
            )
        )
    return 0


def _revoke(args) -> int:
    uow = open_uow(args)
    sync.revoke_pc(uow, args.login, url=args.server)
    print(tr("{login} can no longer connect.", login=args.login))
    return 0


def _pcs(args) -> int:
    uow = open_uow(args)
    logins, refusals = sync.pc_logins(uow, url=args.server)
    if wants_json(args):
        print_json({"logins": logins, "refusals": [list(r) for r in refusals]})
        return 0
    when = lambda t: t.strftime("%Y-%m-%d %H:%M") if t else ""  # noqa: E731
    print_table(
        [tr("Login"), tr("PC"), tr("Role"), tr("Users"), tr("Joined"), tr("Revoked"), tr("Refused")],
        [
            [
                r.login,
                r.pc_name,
                r.app_role,
                ", ".join(r.users) if r.app_role != "owner" else tr("all"),
                when(r.joined_at),
                when(r.revoked_at),
                r.refusals,
            ]
            for r in logins
        ],
    )
    for at, login, table_name, row_id, message in refusals[:20]:
        print(f"{when(at)}  {login}  {table_name} {row_id}: {message}")
    return 0
