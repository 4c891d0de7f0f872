"""A bundle (套装) sold and returned at the counter: the ticket shows the kit, the components leave
and come back, cost of goods is the components' cost."""

from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop.models.counter import CounterTicketLine
from erp_desktop.models.finance import JournalEntry
from erp_desktop.models.stock import StockMove
from erp_desktop.services import counter, inventory
from tests.support import factories
from tests.support.counter import ON, make_counter_shop
from tests.support.sales import assert_books_tie_out, on_hand


def test_a_bundle_at_the_counter_issues_and_takes_back_its_components(uow):
    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("200"), on=ON)
    with uow.write() as tx:
        kit = factories.product(tx, "SET1", name="茶水套装", price="50", cost="0", tax="0.13").id
    parts = [inventory.ComponentInput(shop.a, D(2)), inventory.ComponentInput(shop.b, D(1))]
    inventory.set_bom(uow, kit, parts, bundle=True)
    sold = counter.sell(
        uow, lines=[counter.LineInput(kit, D(2))], payments=[counter.PaymentInput("cash", D("100"))], on=ON
    )
    with uow.read() as tx:
        line = tx.scalar(select(CounterTicketLine).where(CounterTicketLine.ticket_id == sold.id))
        assert (line.product_id, line.qty, line.cost) == (kit, D(2), D("64.00"))  # 2 × (2 × 6 + 20)
        moved = tx.execute(
            select(StockMove.product_id, StockMove.qty, StockMove.value).where(StockMove.doc_id == sold.id)
        ).all()
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_id == sold.id))
        cogs = sum(l.debit for l in entry.lines if l.account_code == "5401")
    assert sorted(tuple(m) for m in moved) == sorted([(shop.a, D(4), D("24.00")), (shop.b, D(2), D("40.00"))])
    assert cogs == D("64.00")
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b), on_hand(uow, kit)) == (D(96), D(48), D(0))
    assert_books_tie_out(uow)
    back = counter.return_ticket(uow, sold.number, on=ON)
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b), on_hand(uow, kit)) == (D(100), D(50), D(0))
    with uow.read() as tx:
        returned = tx.execute(
            select(StockMove.product_id, StockMove.qty, StockMove.value).where(StockMove.doc_id == back.id)
        ).all()
    assert sorted(tuple(m) for m in returned) == sorted([(shop.a, D(4), D("24.00")), (shop.b, D(2), D("40.00"))])
    assert_books_tie_out(uow)
