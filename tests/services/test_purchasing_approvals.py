"""Approval rules without code: thresholds, grades, categories, several rules, not-the-creator,
rejection with a reason, and the history."""

from __future__ import annotations

import pytest

from erp_desktop.errors import InvalidTransition, PermissionDenied, ValidationError
from erp_desktop.services import purchasing
from erp_desktop.services.purchasing import OrderLineInput
from erp_desktop.services.system import approvals
from tests.support import factories as f
from tests.support.purchasing import DAY, D, actor, category, rule


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        drinks = category(tx, "Drinks")
        tools = category(tx, "Tools")
        tea = f.product(tx, "TEA", cost="50", category_id=drinks.id)
        saw = f.product(tx, "SAW", cost="20", category_id=tools.id)
        good = f.supplier(tx, "SA", grade="A")
        risky = f.supplier(tx, "SC", grade="C")
        ids = dict(tea=tea.id, saw=saw.id, good=good.id, risky=risky.id, drinks=drinks, tools=tools)
    return ids


def _order(uow, shop, *, supplier="good", product="tea", qty="10", price="100", who=("bob", "buyer")):
    buyer = actor(uow, *who)
    return purchasing.create_order(
        buyer, supplier_id=shop[supplier], on=DAY, lines=[OrderLineInput(shop[product], D(qty), D(price), D("0.13"))]
    )


def test_no_rule_confirms_directly(uow, shop):
    ref = _order(uow, shop)
    assert ref.needs_approval is False
    assert purchasing.confirm_order(actor(uow, "bob", "buyer"), ref.id).state == "confirmed"


def test_threshold_rule_owner_approves_sales_refused(uow, shop):
    rule(uow, min_amount="100000")
    small = _order(uow, shop, qty="10", price="100")  # 1,130.00 gross: no rule
    assert small.needs_approval is False
    big = _order(uow, shop, qty="1000", price="100")  # 113,000.00 gross
    assert big.gross_total == D("113000.00")
    assert big.needs_approval and big.waiting_for == "Owner"
    buyer = actor(uow, "bob", "buyer")
    with pytest.raises(InvalidTransition, match="needs approval by Owner"):
        purchasing.confirm_order(buyer, big.id)
    assert purchasing.submit_order(buyer, big.id).state == "pending"
    with pytest.raises(PermissionDenied, match="needs approval by Owner"):
        purchasing.approve_order(actor(uow, "sam", "sales"), big.id)
    assert purchasing.get_order_detail(uow, big.id).state == "pending"
    done = purchasing.approve_order(actor(uow, "olga", "owner"), big.id, "fine")
    assert done.state == "confirmed"
    history = purchasing.get_order_detail(uow, big.id).approval.history
    assert [(h.action, h.user_name, h.role) for h in history] == [
        ("requested", "bob", "buyer"),
        ("approved", "olga", "owner"),
    ]
    assert history[1].reason == "fine"


def test_amount_exactly_at_threshold_needs_no_approval(uow, shop):
    rule(uow, min_amount="1130")
    assert _order(uow, shop, qty="10", price="100").needs_approval is False  # 1,130.00 is not over 1,130
    assert _order(uow, shop, qty="10", price="100.01").needs_approval is True


def test_several_rules_all_must_be_satisfied(uow, shop):
    rule(uow, min_amount="1000", role="owner")
    rule(uow, grades=("C",), role="accountant")
    ref = _order(uow, shop, supplier="risky")
    purchasing.submit_order(actor(uow, "bob", "buyer"), ref.id)
    after_owner = purchasing.approve_order(actor(uow, "olga", "owner"), ref.id)
    assert after_owner.state == "pending" and after_owner.waiting_for == "Accountant"
    with pytest.raises(InvalidTransition, match="Accountant"):
        purchasing.confirm_order(actor(uow, "bob", "buyer"), ref.id)
    assert purchasing.approve_order(actor(uow, "amy", "accountant"), ref.id).state == "confirmed"
    # the grade rule does not touch grade-A suppliers
    assert _order(uow, shop, supplier="good").waiting_for == "Owner"


def test_category_condition(uow, shop):
    rule(uow, categories=(shop["tools"],), role="owner")
    assert _order(uow, shop, product="tea").needs_approval is False
    assert _order(uow, shop, product="saw").needs_approval is True


def test_creator_may_not_approve_own_order(uow, shop):
    rule(uow, min_amount="0", role="owner", not_creator=True)
    ref = _order(uow, shop, who=("olga", "owner"))
    olga = actor(uow, "olga", "owner")
    purchasing.submit_order(olga, ref.id)
    with pytest.raises(PermissionDenied, match="olga created .* may not approve it"):
        purchasing.approve_order(olga, ref.id)
    assert purchasing.approve_order(actor(uow, "oscar", "owner"), ref.id).state == "confirmed"


def test_reject_needs_a_reason_and_returns_to_draft(uow, shop):
    rule(uow, min_amount="0")
    ref = _order(uow, shop)
    buyer = actor(uow, "bob", "buyer")
    owner = actor(uow, "olga", "owner")
    purchasing.submit_order(buyer, ref.id)
    with pytest.raises(ValidationError, match="reason"):
        purchasing.reject_order(owner, ref.id, "  ")
    assert purchasing.reject_order(owner, ref.id, "too expensive").state == "draft"
    detail = purchasing.get_order_detail(uow, ref.id)
    assert detail.approval.rejected and not detail.approval.approved
    assert [(h.action, h.reason) for h in detail.approval.history][-1] == ("rejected", "too expensive")
    # a new round: the old approvals do not count, the owner approves again
    purchasing.submit_order(buyer, ref.id)
    assert purchasing.get_order_detail(uow, ref.id).approval.waiting_for() == "Owner"
    assert purchasing.approve_order(owner, ref.id).state == "confirmed"


def test_engine_serves_other_document_types(uow):
    import uuid

    rule(uow, "payment", min_amount="5000", role="accountant")
    facts = approvals.ApprovalFacts(amount=D("6000"), created_by="sam")
    doc_id = uuid.uuid4()
    with uow.read() as tx:
        assert [r.approver_role for r in approvals.rules_for(tx, "payment", facts)] == ["accountant"]
        assert approvals.rules_for(tx, "sales_order", facts) == []
        assert approvals.rules_for(tx, "payment", approvals.ApprovalFacts(amount=D("5000"))) == []
    with uow.write() as tx:
        with pytest.raises(InvalidTransition, match="Accountant"):
            approvals.ensure_approved(tx, "payment", doc_id, facts, number="PAY-1")
        approvals.request_tx(tx, "payment", doc_id, facts, number="PAY-1")
    with actor(uow, "amy", "accountant").write() as tx:
        approvals.approve_tx(tx, "payment", doc_id, facts, number="PAY-1")
        approvals.ensure_approved(tx, "payment", doc_id, facts)


def test_rule_table_is_edited_in_settings(uow, shop):
    saved = rule(
        uow, min_amount="100000", grades=("C", "B"), categories=(shop["drinks"],), role="owner", not_creator=True
    )
    assert saved.grades == ("B", "C") and saved.category_ids == (shop["drinks"].id,)
    assert "amount over 100,000.00" in saved.description and "(not the creator)" in saved.description
    approvals.save_rule(
        uow, approvals.ApprovalRuleRow(saved.id, "purchase_order", "", D("5"), (), (), "accountant", False, False)
    )
    [row] = approvals.list_rules(uow)
    assert (row.min_amount, row.approver_role, row.active) == (D("5.00"), "accountant", False)
    with pytest.raises(PermissionDenied):
        approvals.delete_rule(actor(uow, "bob", "buyer"), row.id)
    approvals.delete_rule(uow, row.id)
    assert approvals.list_rules(uow) == []
