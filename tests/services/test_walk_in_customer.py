"""散客: every new shop has a walk-in customer, created once, with the same id on every PC."""

from sqlalchemy import func, select

from erp_desktop import cli
from erp_desktop.models.parties import Customer
from erp_desktop.services import system
from erp_desktop.services.system.setup import open_shop


def test_init_makes_the_walk_in_customer_once(tmp_path, capsys):
    path = tmp_path / "new.sqlite3"
    assert cli.main(["init", "--db", str(path)]) == 0
    assert cli.main(["init", "--db", str(path)]) == 0  # idempotent
    uow = open_shop(path)
    with uow.read() as tx:
        rows = tx.execute(select(Customer.id, Customer.code, Customer.name, Customer.payment_terms_days)).all()
    assert [tuple(r) for r in rows] == [(system.WALK_IN_ID, "C0000", "散客", 0)]
    other = open_shop(tmp_path / "other.sqlite3")
    assert system.ensure_walk_in_customer(other) == system.WALK_IN_ID  # the same row on another PC


def test_a_shop_that_already_uses_the_code_keeps_its_customer(uow):
    with uow.write() as tx:
        tx.add(Customer(code="C0000", name="老客户"))
    found = system.ensure_walk_in_customer(uow)
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(Customer)) == 1
        assert tx.get(Customer, found).name == "老客户"
