"""Property: any sequence of partial deliveries and returns keeps the books and the order's
tracking exact — deliveries of a fully delivered line add up to the order line to the cent,
returns never exceed deliveries, stock and cost come back exactly, verify passes."""

from decimal import Decimal as D

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from erp_desktop.errors import InvalidTransition, ValidationError
from erp_desktop.services import sales
from erp_desktop.services.system.setup import open_shop
from tests.support.sales import ON, assert_books_tie_out, make_shop, on_hand, receivables

steps = st.lists(
    st.tuples(st.sampled_from(["deliver", "return"]), st.integers(0, 1), st.integers(1, 7)), min_size=1, max_size=8
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    plan=steps, price=st.decimals("0.01", "99.99", places=2), discount=st.sampled_from([D("0"), D("0.05"), D("0.125")])
)
@example(
    plan=[("deliver", 0, 1), ("deliver", 0, 1), ("deliver", 0, 7), ("deliver", 1, 5), ("deliver", 0, 1)],
    price=D("0.01"),
    discount=D("0"),
)  # delivering again from an order already fully delivered is refused
def test_partial_deliveries_and_returns_stay_exact(tmp_path_factory, plan, price, discount):
    uow = open_shop(tmp_path_factory.mktemp("prop") / "shop.sqlite3")
    try:
        shop = make_shop(uow)
        ref = sales.create_order(
            uow,
            customer_id=shop.customer,
            on=ON,
            lines=[
                sales.LineInput(shop.a, D("9"), price + 6, discount),
                sales.LineInput(shop.b, D("5"), D("35"), discount),
            ],
        )
        sales.confirm_order(uow, ref.id)
        view = sales.get_order_view(uow, ref.id)
        deliveries = []
        for action, which, amount in plan:
            line = view.lines[which]
            try:
                if action == "deliver":
                    deliveries.append(
                        sales.deliver_order(uow, ref.id, on=ON, lines=[sales.DeliveryLineInput(line.id, D(amount))])
                    )
                elif deliveries:
                    dn = sales.get_delivery_view(uow, deliveries[-1].id)
                    sales.return_delivery(uow, dn.id, on=ON, lines=[sales.ReturnLineInput(dn.lines[0].id, D(amount))])
            except (ValidationError, InvalidTransition):
                pass  # over-delivery / over-return refused; a fully delivered order takes no more
            view = sales.get_order_view(uow, ref.id)
        for line in view.lines:
            assert D(0) <= line.returned_qty <= line.delivered_qty <= line.qty
        # finish: deliver what is open and bring everything back
        if view.state in ("confirmed", "partly_delivered"):
            deliveries.append(sales.deliver_order(uow, ref.id, on=ON))
        view = sales.get_order_view(uow, ref.id)
        delivered_gross = sum((d.gross_total for d in view.deliveries), D(0))
        assert delivered_gross == view.gross_total  # every line fully delivered: exact to the cent
        for d in deliveries:
            dn = sales.get_delivery_view(uow, d.id)
            back = [sales.ReturnLineInput(l.id, l.returnable) for l in dn.lines if l.returnable > 0]
            if back:
                sales.return_delivery(uow, d.id, on=ON, lines=back)
        assert sum(amount for _kind, amount in receivables(uow, shop.customer)) == D("0.00")
        assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("100"), D("50"))
        assert_books_tie_out(uow)
    finally:
        uow.engine.dispose()
