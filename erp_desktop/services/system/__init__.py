"""The shop itself: users and roles, audit, company, approvals, setup, verify.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import system`` … ``system.actor_for_cli(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .approvals import (
        DOC_TYPES,
        ROLES,
        ApprovalRuleRow,
        category_choices,
        delete_rule,
        doc_type_label,
        list_rules,
        role_label,
        save_rule,
    )
    from .audit_labels import action_label as audit_action_label
    from .audit_labels import entity_label as audit_entity_label
    from .auth import (
        ALL,
        BUILTIN_ROLES,
        PERMISSION_LABELS,
        ROLE_LABELS,
        Perm,
        RoleInfo,
        UserInfo,
        actor_for_cli,
        authenticate,
        create_user,
        default_actor,
        list_roles,
        list_users,
        login_required,
        may,
        require_permission,
        save_role,
        set_login_required,
        set_password,
        unlock_user,
        update_user,
    )
    from .company import (
        CompanyInfo,
        get_company,
        save_company,
    )
    from .dates import (
        DateRules,
        accept_odd_date,
        allow_odd_dates,
        date_rules,
        odd_date_of,
        plausible_range,
        reset_odd_dates,
        save_date_rules,
    )
    from .opening import OpeningStatus, opening_status, shop_is_new
    from .queries import (
        AuditFilter,
        audit_choices,
        export_audit,
        list_audit,
    )
    from .recovery import (
        RestoreResult,
        authorize_restore,
        restore_shop,
    )
    from .selftest import (
        post_sample_sale,
    )
    from .setup import (
        WALK_IN_ID,
        ensure_walk_in_customer,
        open_online_shop,
        open_shop,
    )
    from .verify import (
        Check,
        run_checks,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "DateRules": ("dates", "DateRules"),
    "accept_odd_date": ("dates", "accept_odd_date"),
    "allow_odd_dates": ("dates", "allow_odd_dates"),
    "date_rules": ("dates", "date_rules"),
    "odd_date_of": ("dates", "odd_date_of"),
    "plausible_range": ("dates", "plausible_range"),
    "reset_odd_dates": ("dates", "reset_odd_dates"),
    "save_date_rules": ("dates", "save_date_rules"),
    "ALL": ("auth", "ALL"),
    "ApprovalRuleRow": ("approvals", "ApprovalRuleRow"),
    "AuditFilter": ("queries", "AuditFilter"),
    "BUILTIN_ROLES": ("auth", "BUILTIN_ROLES"),
    "Check": ("verify", "Check"),
    "CompanyInfo": ("company", "CompanyInfo"),
    "DOC_TYPES": ("approvals", "DOC_TYPES"),
    "PERMISSION_LABELS": ("auth", "PERMISSION_LABELS"),
    "Perm": ("auth", "Perm"),
    "may": ("auth", "may"),
    "require_permission": ("auth", "require_permission"),
    "ROLES": ("approvals", "ROLES"),
    "ROLE_LABELS": ("auth", "ROLE_LABELS"),
    "RestoreResult": ("recovery", "RestoreResult"),
    "RoleInfo": ("auth", "RoleInfo"),
    "UserInfo": ("auth", "UserInfo"),
    "actor_for_cli": ("auth", "actor_for_cli"),
    "audit_action_label": ("audit_labels", "action_label"),
    "audit_entity_label": ("audit_labels", "entity_label"),
    "audit_choices": ("queries", "audit_choices"),
    "authenticate": ("auth", "authenticate"),
    "authorize_restore": ("recovery", "authorize_restore"),
    "category_choices": ("approvals", "category_choices"),
    "create_user": ("auth", "create_user"),
    "default_actor": ("auth", "default_actor"),
    "delete_rule": ("approvals", "delete_rule"),
    "doc_type_label": ("approvals", "doc_type_label"),
    "export_audit": ("queries", "export_audit"),
    "get_company": ("company", "get_company"),
    "list_audit": ("queries", "list_audit"),
    "list_roles": ("auth", "list_roles"),
    "list_rules": ("approvals", "list_rules"),
    "list_users": ("auth", "list_users"),
    "login_required": ("auth", "login_required"),
    "open_online_shop": ("setup", "open_online_shop"),
    "open_shop": ("setup", "open_shop"),
    "OpeningStatus": ("opening", "OpeningStatus"),
    "opening_status": ("opening", "opening_status"),
    "shop_is_new": ("opening", "shop_is_new"),
    "WALK_IN_ID": ("setup", "WALK_IN_ID"),
    "ensure_walk_in_customer": ("setup", "ensure_walk_in_customer"),
    "post_sample_sale": ("selftest", "post_sample_sale"),
    "restore_shop": ("recovery", "restore_shop"),
    "role_label": ("approvals", "role_label"),
    "run_checks": ("verify", "run_checks"),
    "save_company": ("company", "save_company"),
    "save_role": ("auth", "save_role"),
    "save_rule": ("approvals", "save_rule"),
    "set_login_required": ("auth", "set_login_required"),
    "set_password": ("auth", "set_password"),
    "unlock_user": ("auth", "unlock_user"),
    "update_user": ("auth", "update_user"),
}

__all__ = [
    "DateRules",
    "accept_odd_date",
    "allow_odd_dates",
    "date_rules",
    "odd_date_of",
    "plausible_range",
    "reset_odd_dates",
    "save_date_rules",
    "ALL",
    "ApprovalRuleRow",
    "AuditFilter",
    "BUILTIN_ROLES",
    "Check",
    "CompanyInfo",
    "DOC_TYPES",
    "PERMISSION_LABELS",
    "Perm",
    "ROLES",
    "ROLE_LABELS",
    "RestoreResult",
    "RoleInfo",
    "UserInfo",
    "actor_for_cli",
    "audit_action_label",
    "audit_choices",
    "audit_entity_label",
    "authenticate",
    "authorize_restore",
    "category_choices",
    "create_user",
    "default_actor",
    "delete_rule",
    "doc_type_label",
    "export_audit",
    "get_company",
    "list_audit",
    "list_roles",
    "list_rules",
    "list_users",
    "login_required",
    "may",
    "open_online_shop",
    "open_shop",
    "OpeningStatus",
    "opening_status",
    "shop_is_new",
    "WALK_IN_ID",
    "ensure_walk_in_customer",
    "post_sample_sale",
    "require_permission",
    "restore_shop",
    "role_label",
    "run_checks",
    "save_company",
    "save_role",
    "save_rule",
    "set_login_required",
    "set_password",
    "unlock_user",
    "update_user",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
