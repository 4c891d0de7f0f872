"""Users, roles, log-in and the audit log: ``users``, ``user-add``, ``user-set``, ``user-password``,
``roles``, ``role-save``, ``login``, ``audit``. Passwords come from ERP_NEW_PASSWORD (or a prompt),
never from the command line."""

from __future__ import annotations

import getpass
import os
from datetime import date

from erp_desktop.services import system

from ..errors import ValidationError
from ..i18n import tr
from . import open_uow


def register(add) -> None:
    add("users", "list users", _users)
    p = add("user-add", "add a user (password from ERP_NEW_PASSWORD or asked)", _user_add)
    p.add_argument("name")
    p.add_argument("--role", default="owner", help="owner, sales, warehouse, accountant, buyer or a custom role")
    p.add_argument("--display-name", default="")
    p = add("user-set", "change a user's role, name or active flag; unlock", _user_set)
    p.add_argument("name")
    p.add_argument("--role")
    p.add_argument("--display-name")
    p.add_argument("--active", choices=["yes", "no"])
    p.add_argument("--unlock", action="store_true")
    p = add("user-password", "set a user's password (from ERP_NEW_PASSWORD or asked)", _user_password)
    p.add_argument("name")
    add("roles", "list roles and their permissions", _roles)
    p = add("role-save", "create or change a custom role", _role_save)
    p.add_argument("name")
    p.add_argument("--perm", action="append", default=[], help=f"permission ({', '.join(sorted(system.ALL))}); repeat")
    p.add_argument("--description", default="")
    p = add("login", "switch log-in at start on or off", _login)
    p.add_argument("state", choices=["on", "off"])
    p = add("audit", "show or export the audit log", _audit)
    p.add_argument("--who", default="", help="user name")
    p.add_argument("--action", default="")
    p.add_argument("--entity", default="")
    p.add_argument("--text", default="")
    p.add_argument("--since", type=date.fromisoformat)
    p.add_argument("--until", type=date.fromisoformat)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--export", metavar="FILE.xlsx")


def _new_password() -> str:
    password = os.environ.get("ERP_NEW_PASSWORD")
    if password is None:
        password = getpass.getpass(tr("New password: "))
        if getpass.getpass(tr("Repeat it: ")) != password:
            raise ValidationError(tr("The two passwords differ."), field="password")
    return password


def _users(args) -> int:
    uow = open_uow(args)
    print(tr("Log-in at start: {state}", state=tr("on") if system.login_required(uow) else tr("off")))
    for u in system.list_users(uow):
        state = tr("active") if u.active else tr("inactive")
        locked = tr(", locked until {time}", time=u.locked_until.strftime("%H:%M")) if u.locked_until else ""
        print(f"{u.username:20} {u.role:12} {state}{locked}  {u.display_name}")
    return 0


def _user_add(args) -> int:
    uow = open_uow(args)
    user = system.create_user(uow, args.name, _new_password(), role=args.role, display_name=args.display_name)
    print(tr("User {user} added ({role}).", user=user.username, role=user.role))
    return 0


def _user_set(args) -> int:
    uow = open_uow(args)
    if args.unlock:
        system.unlock_user(uow, args.name)
    if args.role or args.display_name is not None or args.active:
        system.update_user(
            uow,
            args.name,
            role=args.role,
            display_name=args.display_name,
            active=None if args.active is None else args.active == "yes",
        )
    print(tr("User {user} saved.", user=args.name))
    return 0


def _user_password(args) -> int:
    uow = open_uow(args)
    system.set_password(uow, args.name, _new_password(), old_password=os.environ.get("ERP_PASSWORD"))
    print(tr("Password of {user} changed.", user=args.name))
    return 0


def _roles(args) -> int:
    uow = open_uow(args)
    for role in system.list_roles(uow):
        kind = tr("built-in") if role.builtin else tr("custom")
        print(f"{role.name:14} {kind:10} {', '.join(sorted(role.permissions))}")
    return 0


def _role_save(args) -> int:
    uow = open_uow(args)
    role = system.save_role(uow, args.name, set(args.perm), description=args.description)
    print(tr("Role {role} saved: {permissions}", role=role.name, permissions=", ".join(sorted(role.permissions))))
    return 0


def _login(args) -> int:
    uow = open_uow(args)
    system.set_login_required(uow, args.state == "on")
    print(tr("Log-in at start: {state}", state=tr("on") if args.state == "on" else tr("off")))
    return 0


def _audit(args) -> int:
    from erp_desktop.services.paging import ListQuery

    uow = open_uow(args)
    flt = system.AuditFilter(
        user_name=args.who, action=args.action, entity=args.entity, text=args.text, since=args.since, until=args.until
    )
    if args.export:
        count = system.export_audit(uow, args.export, flt)
        print(tr("{count} rows written to {path}", count=count, path=args.export))
        return 0
    page = system.list_audit(uow, ListQuery(sort="at", descending=True, limit=args.limit), flt)
    for row in page.rows:
        print(
            f"{row.at:%Y-%m-%d %H:%M:%S}  {row.user_name:12} {row.action:10} {row.entity:14} {row.summary}  {row.changes}"
        )
    return 0
