"""Every document's state machine, through the one ``Workflow`` mover — no database."""

from __future__ import annotations

import pytest

from erp_desktop.errors import InvalidTransition
from erp_desktop.models.base import Workflow
from erp_desktop.models.inventory_docs import StockCount, StockDoc
from erp_desktop.models.purchasing import PurchaseOrder
from erp_desktop.models.sales import SalesOrder, SalesQuote

DOCUMENTS = [SalesQuote, SalesOrder, PurchaseOrder, StockDoc, StockCount]


def _doc(cls, state):
    doc = cls(number="X-1", state=state)
    if "version" in cls.__table__.columns:
        doc.version = 1
    return doc


def _states(cls) -> set[str]:
    return {s for pair in cls.TRANSITIONS for s in pair}


@pytest.mark.parametrize("cls", DOCUMENTS, ids=lambda c: c.__name__)
def test_every_state_has_a_label(cls):
    assert issubclass(cls, Workflow)
    assert _states(cls) <= set(cls.STATE_LABELS)


@pytest.mark.parametrize("cls", DOCUMENTS, ids=lambda c: c.__name__)
def test_listed_moves_happen_and_bump_the_version(cls):
    for source, target in sorted(cls.TRANSITIONS):
        doc = _doc(cls, source)
        doc.transition(target)
        assert doc.state == target
        if hasattr(doc, "version"):
            assert doc.version == (1 if source == target else 2), (source, target)


@pytest.mark.parametrize("cls", DOCUMENTS, ids=lambda c: c.__name__)
def test_unlisted_moves_are_refused_and_change_nothing(cls):
    states = _states(cls)
    for source in states:
        for target in states:
            if (source, target) in cls.TRANSITIONS:
                continue
            doc = _doc(cls, source)
            with pytest.raises(InvalidTransition) as refused:
                doc.transition(target)
            assert doc.state == source
            assert "X-1" in str(refused.value)
            assert getattr(doc, "version", 1) == 1


def test_the_message_uses_the_users_words():
    order = _doc(SalesOrder, "delivered")
    with pytest.raises(InvalidTransition, match="Order X-1 is Delivered; it cannot become Awaiting delivery"):
        order.transition("confirmed")


def test_a_draft_stock_document_without_a_number_is_named_a_draft():
    doc = StockDoc(number="", state="posted")
    with pytest.raises(InvalidTransition, match=r"\(draft\) is Posted"):
        doc.transition("posted")
