"""Approvals configured without code, usable by any document type.

A document asks ``rules_for(tx, doc_type, facts)`` which rules apply (see
``models.approvals``). ``request_tx`` starts (or restarts) an approval round; ``approve_tx``
records the acting user's approval against every applicable rule they may satisfy (their role
is the rule's approver role and, when the rule says so, they did not create the document);
``reject_tx`` records a rejection with a required reason and ends the round. ``ensure_approved``
raises ``InvalidTransition`` naming the roles still needed. The history is append-only.

The document's own state (pending → confirmed, back to draft on rejection) is its service's job;
those services call the ``*_tx`` helpers inside their own transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.approvals import ApprovalAction, ApprovalDocType, ApprovalEvent, ApprovalRule
from erp_desktop.money import ZERO, money
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork, actor_of

DOC_TYPES = {
    ApprovalDocType.PURCHASE_ORDER.value: N_("Purchase order"),
    ApprovalDocType.SALES_ORDER.value: N_("Sales order"),
    ApprovalDocType.PAYMENT.value: N_("Payment"),
}
ROLES = {
    "owner": N_("Owner"),
    "accountant": N_("Accountant"),
    "buyer": N_("Buyer"),
    "sales": N_("Salesperson"),
    "warehouse": N_("Warehouse clerk"),
}


def role_label(role: str) -> str:
    return tr(ROLES[role]) if role in ROLES else role


def doc_type_label(doc_type: str) -> str:
    return tr(DOC_TYPES[doc_type]) if doc_type in DOC_TYPES else doc_type


@dataclass(frozen=True)
class ApprovalFacts:
    amount: Decimal
    party_grade: str = ""
    category_ids: frozenset[uuid.UUID] = frozenset()
    created_by: str = ""


@dataclass(frozen=True)
class ApprovalRuleRow:
    id: uuid.UUID | None
    doc_type: str
    name: str = ""
    min_amount: Decimal | None = None
    grades: tuple[str, ...] = ()
    category_ids: tuple[uuid.UUID, ...] = ()
    approver_role: str = "owner"
    not_creator: bool = False
    active: bool = True

    @property
    def description(self) -> str:
        """What the rule asks, in words."""
        parts = []
        if self.min_amount is not None:
            parts.append(tr("amount over {amount}", amount=f"{self.min_amount:,.2f}"))
        if self.grades:
            parts.append(tr("grade {grades}", grades="/".join(self.grades)))
        if self.category_ids:
            parts.append(tr("{count} product categories", count=len(self.category_ids)))
        condition = ", ".join(parts) or tr("always")
        who = role_label(self.approver_role) + (tr(" (not the creator)") if self.not_creator else "")
        return tr("{condition}: approval by {who}", condition=condition, who=who)


@dataclass(frozen=True)
class ApprovalEventRow:
    at: datetime
    action: str
    user_name: str
    role: str
    reason: str
    rule_id: uuid.UUID | None


@dataclass(frozen=True)
class ApprovalStatus:
    """Where a document stands: the rules that apply, which are satisfied, who must still act."""

    rules: tuple[ApprovalRuleRow, ...]
    satisfied: frozenset[uuid.UUID]
    requested: bool
    rejected: bool
    history: tuple[ApprovalEventRow, ...] = field(default_factory=tuple)

    @property
    def needed(self) -> bool:
        return bool(self.rules)

    @property
    def outstanding(self) -> tuple[ApprovalRuleRow, ...]:
        return tuple(r for r in self.rules if r.id not in self.satisfied)

    @property
    def approved(self) -> bool:
        return not self.outstanding

    def waiting_for(self) -> str:
        """'Owner, Accountant (not the creator)' — who must still approve."""
        names = []
        for rule in self.outstanding:
            text = role_label(rule.approver_role) + (tr(" (not the creator)") if rule.not_creator else "")
            if text not in names:
                names.append(text)
        return ", ".join(names)


def _row(rule: ApprovalRule) -> ApprovalRuleRow:
    return ApprovalRuleRow(
        rule.id,
        rule.doc_type,
        rule.name,
        rule.min_amount,
        tuple(rule.grades or ()),
        tuple(uuid.UUID(str(c)) for c in rule.category_ids or ()),
        rule.approver_role,
        rule.not_creator,
        rule.active,
    )


def _matches(rule: ApprovalRuleRow, facts: ApprovalFacts) -> bool:
    if rule.min_amount is not None and not facts.amount > rule.min_amount:
        return False
    if rule.grades and facts.party_grade not in rule.grades:
        return False
    if rule.category_ids and not (set(rule.category_ids) & set(facts.category_ids)):
        return False
    return True


def rules_for(tx: Session, doc_type: str, facts: ApprovalFacts) -> list[ApprovalRuleRow]:
    """The active rules of ``doc_type`` whose conditions all hold for ``facts``."""
    rules = tx.scalars(
        select(ApprovalRule)
        .where(ApprovalRule.doc_type == doc_type, ApprovalRule.active.is_(True))
        .order_by(ApprovalRule.sort_order, ApprovalRule.id)
    )
    return [row for row in map(_row, rules) if _matches(row, facts)]


# --- history ------------------------------------------------------------------------------------
def _events(tx: Session, doc_type: str, doc_id: uuid.UUID) -> list[ApprovalEvent]:
    return list(
        tx.scalars(
            select(ApprovalEvent)
            .where(ApprovalEvent.doc_type == doc_type, ApprovalEvent.doc_id == doc_id)
            .order_by(ApprovalEvent.seq, ApprovalEvent.at)
        )
    )


def status_tx(tx: Session, doc_type: str, doc_id: uuid.UUID, facts: ApprovalFacts) -> ApprovalStatus:
    rules = rules_for(tx, doc_type, facts)
    events = _events(tx, doc_type, doc_id)
    last_request = max((i for i, e in enumerate(events) if e.action == ApprovalAction.REQUESTED.value), default=-1)
    current = events[last_request + 1 :] if last_request >= 0 else []
    satisfied = frozenset(e.rule_id for e in current if e.action == ApprovalAction.APPROVED.value and e.rule_id)
    rejected = any(e.action == ApprovalAction.REJECTED.value for e in current)
    history = tuple(ApprovalEventRow(e.at, e.action, e.user_name, e.role, e.reason, e.rule_id) for e in events)
    return ApprovalStatus(
        tuple(rules), satisfied if not rejected else frozenset(), last_request >= 0 and not rejected, rejected, history
    )


def _record(
    tx: Session,
    doc_type: str,
    doc_id: uuid.UUID,
    doc_number: str,
    action: ApprovalAction,
    rule_id: uuid.UUID | None = None,
    reason: str = "",
) -> None:
    actor = actor_of(tx)
    seq = (
        tx.scalar(
            select(func.max(ApprovalEvent.seq)).where(
                ApprovalEvent.doc_type == doc_type, ApprovalEvent.doc_id == doc_id
            )
        )
        or 0
    ) + 1
    tx.add(
        ApprovalEvent(
            doc_type=doc_type,
            doc_id=doc_id,
            doc_number=doc_number,
            rule_id=rule_id,
            action=action.value,
            user_name=actor.username,
            role=actor.role,
            reason=reason,
            seq=seq,
        )
    )
    tx.flush()


def ensure_approved(tx: Session, doc_type: str, doc_id: uuid.UUID, facts: ApprovalFacts, *, number: str = "") -> None:
    """Raise InvalidTransition unless every applicable rule is satisfied."""
    status = status_tx(tx, doc_type, doc_id, facts)
    if not status.approved:
        raise InvalidTransition(
            tr(
                "{number} needs approval by {who} first.",
                number=number or doc_type_label(doc_type),
                who=status.waiting_for(),
            )
        )


def request_tx(
    tx: Session, doc_type: str, doc_id: uuid.UUID, facts: ApprovalFacts, *, number: str = ""
) -> ApprovalStatus:
    """Start an approval round (earlier approvals no longer count). Raises ValidationError when
    no rule applies."""
    if not rules_for(tx, doc_type, facts):
        raise ValidationError(tr("No approval rule applies to {number}; it can be confirmed directly.", number=number))
    _record(tx, doc_type, doc_id, number, ApprovalAction.REQUESTED)
    return status_tx(tx, doc_type, doc_id, facts)


def approve_tx(
    tx: Session, doc_type: str, doc_id: uuid.UUID, facts: ApprovalFacts, *, number: str = "", reason: str = ""
) -> ApprovalStatus:
    """Approve as the acting user every outstanding rule they may satisfy. Raises
    InvalidTransition (not awaiting approval) or PermissionDenied (naming who must approve)."""
    actor = actor_of(tx)
    status = status_tx(tx, doc_type, doc_id, facts)
    if not status.requested:
        raise InvalidTransition(tr("{number} is not awaiting approval.", number=number))
    outstanding = status.outstanding
    if not outstanding:
        return status
    by_role = [r for r in outstanding if r.approver_role == actor.role]
    allowed = [r for r in by_role if not (r.not_creator and facts.created_by and facts.created_by == actor.username)]
    if not allowed:
        if by_role:
            raise PermissionDenied(
                tr(
                    "{user} created {number} and may not approve it; it needs another {who}.",
                    user=actor.username,
                    number=number,
                    who=role_label(by_role[0].approver_role),
                )
            )
        raise PermissionDenied(
            tr(
                "{user} ({role}) may not approve {number}; it needs approval by {who}.",
                user=actor.username,
                role=role_label(actor.role),
                number=number,
                who=status.waiting_for(),
            )
        )
    for rule in allowed:
        _record(tx, doc_type, doc_id, number, ApprovalAction.APPROVED, rule.id, reason)
    return status_tx(tx, doc_type, doc_id, facts)


def reject_tx(
    tx: Session, doc_type: str, doc_id: uuid.UUID, facts: ApprovalFacts, *, number: str = "", reason: str
) -> ApprovalStatus:
    """Reject (a reason is required) as a user who may approve one of the outstanding rules."""
    if not reason or not reason.strip():
        raise ValidationError(tr("Give a reason for the rejection."), field="reason")
    actor = actor_of(tx)
    status = status_tx(tx, doc_type, doc_id, facts)
    if not status.requested:
        raise InvalidTransition(tr("{number} is not awaiting approval.", number=number))
    may = [
        r
        for r in status.rules
        if r.approver_role == actor.role
        and not (r.not_creator and facts.created_by and facts.created_by == actor.username)
    ]
    if not may:
        raise PermissionDenied(
            tr(
                "{user} ({role}) may not reject {number}; it needs approval by {who}.",
                user=actor.username,
                role=role_label(actor.role),
                number=number,
                who=status.waiting_for(),
            )
        )
    _record(tx, doc_type, doc_id, number, ApprovalAction.REJECTED, may[0].id, reason.strip())
    return status_tx(tx, doc_type, doc_id, facts)


# --- the rule table (Settings) --------------------------------------------------------------------
def list_rules(uow: UnitOfWork, doc_type: str | None = None) -> list[ApprovalRuleRow]:
    with uow.read() as tx:
        stmt = select(ApprovalRule).order_by(ApprovalRule.doc_type, ApprovalRule.sort_order, ApprovalRule.id)
        if doc_type:
            stmt = stmt.where(ApprovalRule.doc_type == doc_type)
        return [_row(r) for r in tx.scalars(stmt)]


def save_rule(uow: UnitOfWork, rule: ApprovalRuleRow) -> ApprovalRuleRow:
    """Create (id None) or update a rule. Raises ValidationError, NotFound, PermissionDenied."""
    if rule.doc_type not in DOC_TYPES:
        raise ValidationError(tr("Unknown document type {doc_type}.", doc_type=rule.doc_type), field="doc_type")
    if not rule.approver_role.strip():
        raise ValidationError(tr("Name the role that must approve."), field="approver_role")
    if rule.min_amount is not None and (rule.min_amount < ZERO or money(rule.min_amount) != rule.min_amount):
        raise ValidationError(tr("The amount threshold must be zero or more, in cents."), field="min_amount")
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        if rule.id is None:
            row = ApprovalRule(sort_order=(tx.scalar(select(func.max(ApprovalRule.sort_order))) or 0) + 1)
            tx.add(row)
            before = None
        else:
            found = tx.get(ApprovalRule, rule.id)
            if found is None:
                raise NotFound(tr("The approval rule no longer exists."))
            row = found
            before = audit.snapshot(
                row,
                ["name", "doc_type", "min_amount", "grades", "category_ids", "approver_role", "not_creator", "active"],
            )
        row.name = rule.name.strip()
        row.doc_type = rule.doc_type
        row.min_amount = rule.min_amount
        row.grades = sorted({g.strip() for g in rule.grades if g.strip()})
        row.category_ids = [str(c) for c in rule.category_ids]
        row.approver_role = rule.approver_role.strip()
        row.not_creator = bool(rule.not_creator)
        row.active = bool(rule.active)
        tx.flush()
        after = audit.snapshot(
            row, ["name", "doc_type", "min_amount", "grades", "category_ids", "approver_role", "not_creator", "active"]
        )
        audit.record(
            tx,
            "create" if before is None else "update",
            "approval_rule",
            row.id,
            summary=_row(row).description,
            before=before,
            after=after,
        )
        return _row(row)


def delete_rule(uow: UnitOfWork, rule_id: uuid.UUID) -> None:
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        row = tx.get(ApprovalRule, rule_id)
        if row is None:
            raise NotFound(tr("The approval rule no longer exists."))
        audit.record(tx, "delete", "approval_rule", row.id, summary=_row(row).description)
        tx.delete(row)


@dataclass(frozen=True)
class CategoryChoice:
    id: uuid.UUID
    path: str


def category_choices(uow: UnitOfWork) -> list[CategoryChoice]:
    """Product categories for the rule editor."""
    from erp_desktop.models.catalog import Category

    with uow.read() as tx:
        return [
            CategoryChoice(c.id, c.path or c.name)
            for c in tx.scalars(select(Category).order_by(Category.path, Category.name))
        ]
