"""Users, roles, log-in and the audit log: ``users``, ``user-add``, ``user-set``, ``user-password``,
``roles``, ``role-save``, ``login``, ``audit``. Passwords come from ERP_NEW_PASSWORD (or a prompt),
never from the command line."""

from __future__ import annotations

import getpass
import os
from typing import Any

from erp_desktop.services import system

from ..errors import ValidationError
from ..i18n import tr
from . import add_json, iso_date, open_uow, positive_int, print_json, print_table, to_jsonable, wants_json


def register(add) -> None:
    add_json(add("users", "list users", _users))
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
    add_json(add("roles", "list roles and their permissions", _roles))
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
    p.add_argument("--since", type=iso_date)
    p.add_argument("--until", type=iso_date)
    p.add_argument("--limit", type=positive_int, default=50)
    p.add_argument("--export", metavar="FILE.xlsx")
    add_json(p)
    _register_approvals(add)


def _new_password() -> str:
    password = os.environ.get("ERP_NEW_PASSWORD")
    if password is None:
        password = getpass.getpass(tr("New password: "))
        if getpass.getpass(tr("Repeat it: ")) != password:
            raise ValidationError(tr("The two passwords differ."), field="password")
    return password


def _users(args) -> int:
    uow = open_uow(args)
    users = system.list_users(uow)
    if wants_json(args):
        print_json({"login_required": system.login_required(uow), "users": users})
        return 0
    print(tr("Log-in at start: {state}", state=tr("on") if system.login_required(uow) else tr("off")))
    rows = []
    for u in users:
        state = tr("active") if u.active else tr("inactive")
        locked = tr(", locked until {time}", time=u.locked_until.strftime("%H:%M")) if u.locked_until else ""
        rows.append([u.username, _role_label(u.role), state + locked, u.display_name])
    print_table([tr("User"), tr("Role"), tr("State"), tr("Name")], rows)
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
    roles = system.list_roles(uow)
    if wants_json(args):
        print_json([{**to_jsonable(r), "permissions": sorted(r.permissions)} for r in roles])
        return 0
    print_table(
        [tr("Role"), tr("Name"), tr("Kind"), tr("Permissions")],
        [
            [
                role.name,  # what --role takes
                _role_label(role.name, role.description),
                tr("built-in") if role.builtin else tr("custom"),
                _permission_labels(role.permissions),
            ]
            for role in roles
        ],
    )
    return 0


def _role_label(role: str, description: str = "") -> str:
    return tr(system.ROLE_LABELS[role]) if role in system.ROLE_LABELS else (description or role)


def _permission_labels(permissions) -> str:
    """The permissions in the user's words, in the order the window lists them."""
    return "、".join(tr(label) for perm, label in system.PERMISSION_LABELS.items() if perm in permissions)


def _role_save(args) -> int:
    uow = open_uow(args)
    role = system.save_role(uow, args.name, set(args.perm), description=args.description)
    print(tr("Role {role} saved: {permissions}", role=role.name, permissions=_permission_labels(role.permissions)))
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
    if wants_json(args):
        print_json(page.rows)
        return 0
    print_table(
        [tr("Time"), tr("User"), tr("Action"), tr("Entity"), tr("Summary"), tr("Changes")],
        [
            [f"{row.at:%Y-%m-%d %H:%M:%S}", row.user_text, row.action_text, row.entity_text, row.summary, row.changes]
            for row in page.rows
        ],
    )
    return 0


# --- approval rules ------------------------------------------------------------------------
def _register_approvals(add) -> None:
    from argparse import SUPPRESS

    parser: Any = add(
        "approvals", "approval rules: which documents need whose approval", lambda args: _approvals_help(parser)
    )
    sub = parser.add_subparsers(dest="approvals_command", metavar="ACTION")
    p = sub.add_parser("list", help="list the approval rules", description="list the approval rules")
    p.set_defaults(handler=_approvals_list)
    p.add_argument("--doc-type", help="purchase_order, sales_order or payment")
    add_json(p)
    p = sub.add_parser(
        "set",
        help="add a rule, or change the rule --id ID",
        description="add a rule, or change the rule --id ID (only the options given change)",
    )
    p.set_defaults(handler=_approvals_set)
    p.add_argument("--id", metavar="ID", help="the rule to change (its id, or the first characters of it)")
    p.add_argument("--doc-type", default=SUPPRESS, help="purchase_order, sales_order or payment")
    p.add_argument("--name", default=SUPPRESS)
    p.add_argument("--min-amount", default=SUPPRESS, metavar="AMOUNT", help="applies above this amount ('' for any)")
    p.add_argument("--grade", action="append", default=SUPPRESS, help="only for parties of this grade (repeat)")
    p.add_argument("--role", default=SUPPRESS, help="who approves: owner, accountant, buyer, sales, warehouse")
    p.add_argument("--not-creator", choices=["yes", "no"], default=SUPPRESS, help="the creator may not approve")
    p.add_argument("--active", choices=["yes", "no"], default=SUPPRESS)
    p = sub.add_parser("remove", help="delete an approval rule", description="delete an approval rule")
    p.set_defaults(handler=_approvals_remove)
    p.add_argument("id", metavar="ID")


def _approvals_help(parser) -> int:
    parser.print_help()
    return 2


def short_ids(ids) -> dict:
    """Each id's shortest prefix (8 characters at least) that no other of ``ids`` starts with: what
    a user types for ``--id``. (A uuid7 starts with its creation time: rules made within a minute
    share their first 8 characters, so a fixed 8 would name several.)"""
    texts = [str(i) for i in ids]
    shown = {}
    for i, text in zip(ids, texts):
        n = 8
        while n < len(text) and any(o != text and o.startswith(text[:n]) for o in texts):
            n += 1
        shown[i] = text[:n].rstrip("-")
    return shown


def _short_id(uow, rule_id) -> str:
    from erp_desktop.services import system as approvals

    return short_ids([r.id for r in approvals.list_rules(uow)] + [rule_id])[rule_id]


def _find_rule(uow, text: str):
    from erp_desktop.services import system as approvals

    from ..errors import NotFound

    key = text.strip().lower()
    found = [r for r in approvals.list_rules(uow) if str(r.id).startswith(key)] if key else []
    if not found:
        raise NotFound(tr("No approval rule with id {id}.", id=text))
    if len(found) > 1:
        raise ValidationError(tr("Several approval rules start with {id}; give more of the id.", id=text), field="id")
    return found[0]


def _approvals_list(args) -> int:
    from erp_desktop.services import system as approvals

    rows = approvals.list_rules(open_uow(args), args.doc_type)
    if wants_json(args):
        print_json([{**to_jsonable(r), "description": r.description} for r in rows])
        return 0
    if not rows:
        print(tr("No approval rules: no document needs approval."))
        return 0
    shown = short_ids([r.id for r in approvals.list_rules(open_uow(args))])
    print_table(
        [tr("Id"), tr("Document"), tr("Name"), tr("Rule"), tr("Active")],
        [
            [
                shown.get(r.id, str(r.id)),
                approvals.doc_type_label(r.doc_type),
                r.name,
                r.description,
                tr("yes") if r.active else tr("no"),
            ]
            for r in rows
        ],
    )
    return 0


def _approvals_set(args) -> int:
    import dataclasses

    from erp_desktop.services import system as approvals

    from ..money import NotANumber, parse_decimal

    uow = open_uow(args)
    if args.id:
        rule = _find_rule(uow, args.id)
    else:
        if not hasattr(args, "doc_type"):
            raise ValidationError(
                tr("Name the document type: --doc-type purchase_order, sales_order or payment."), field="doc_type"
            )
        rule = approvals.ApprovalRuleRow(id=None, doc_type=args.doc_type)
    changes = {}
    for name in ("doc_type", "name"):
        if hasattr(args, name):
            changes[name] = getattr(args, name)
    if hasattr(args, "role"):
        changes["approver_role"] = args.role
    if hasattr(args, "grade"):
        changes["grades"] = tuple(args.grade)
    if hasattr(args, "not_creator"):
        changes["not_creator"] = args.not_creator == "yes"
    if hasattr(args, "active"):
        changes["active"] = args.active == "yes"
    if hasattr(args, "min_amount"):
        text = args.min_amount.strip()
        try:
            changes["min_amount"] = parse_decimal(text) if text else None
        except NotANumber:
            raise ValidationError(tr("Not an amount: {text}", text=args.min_amount), field="min_amount") from None
    saved = approvals.save_rule(uow, dataclasses.replace(rule, **changes))
    print(
        tr(
            "Approval rule {id} saved: {document}, {rule}.",
            id=_short_id(uow, saved.id),
            document=approvals.doc_type_label(saved.doc_type),
            rule=saved.description,
        )
    )
    return 0


def _approvals_remove(args) -> int:
    from erp_desktop.services import system as approvals

    uow = open_uow(args)
    rule = _find_rule(uow, args.id)
    shown = _short_id(uow, rule.id)
    approvals.delete_rule(uow, rule.id)
    print(tr("Approval rule {id} removed.", id=shown))
    return 0
