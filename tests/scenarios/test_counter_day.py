"""A day at the counter: a shift opened with a float, walk-in sales in cash, WeChat and mixed,
a 抹零, a held and recalled ticket, a member enrolled who tops up, earns and redeems points and
pays from stored value, a counter return; the shift closed with the cash counted (a shortage
posted), the shift report equal to the money moves, the books tied out; tickets printed on 58 and
80 mm and on an ESC/POS printer."""

from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import InvalidTransition, ValidationError
from erp_desktop.models.counter import CounterPayment, CounterTicket
from erp_desktop.models.payments import MoneyMove, MoneyTxn
from erp_desktop.services import counter
from tests.support.counter import ON, make_counter_shop, money_balance
from tests.support.pdfcheck import pdf_text as _pdf_text
from tests.support.sales import account_balance, assert_books_tie_out, count_rows


def pdf_text(data: bytes) -> str:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.pdf"
        path.write_bytes(data)
        return _pdf_text(path)


def _money_moves_of_shift(uow, shift_id):
    with uow.read() as tx:
        rows = tx.execute(
            select(CounterPayment.method, func.sum(MoneyMove.amount))
            .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
            .join(MoneyTxn, MoneyTxn.id == CounterPayment.money_txn_id)
            .join(MoneyMove, MoneyMove.txn_id == MoneyTxn.id)
            .where(CounterTicket.shift_id == shift_id)
            .group_by(CounterPayment.method)
        ).all()
        return {method: amount for method, amount in rows}


def test_a_day_at_the_counter(uow):
    shop = make_counter_shop(uow, rounding="jiao")
    shift = counter.open_shift(uow, float_amount=D("200"), on=ON)
    with pytest.raises(ValidationError, match="still open"):
        counter.open_shift(uow, float_amount=D("100"), on=ON)
    A, B = counter.LineInput(shop.a, D(1)), counter.LineInput(shop.b, D(1))

    cash = counter.sell(uow, lines=[A, B], payments=[counter.PaymentInput("cash", D(50))], on=ON)
    assert (cash.total, cash.change) == (D("44.00"), D("6.00"))  # 44.00 exactly: nothing to 抹
    wechat = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(3))], payments=[counter.PaymentInput("wechat", D("33.90"))], on=ON
    )
    rounded = counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(1), discount=D("0.05"))],  # 10.735 → 10.74 → 抹零 10.70
        payments=[counter.PaymentInput("cash", D("10.70"))],
        on=ON,
    )
    assert rounded.total == D("10.70")
    held = counter.hold_ticket(uow, counter.HeldTicket(None, (B, B)))
    recalled = counter.recall_ticket(uow, held)
    mixed = counter.sell(
        uow,
        lines=list(recalled.lines),
        payments=[counter.PaymentInput("alipay", D("20")), counter.PaymentInput("cash", D("100"))],
        on=ON,
    )
    assert (mixed.total, mixed.change) == (D("65.40"), D("54.60"))

    # a member: top up 100, buy with points off and stored value
    member = counter.create_member(uow, name="王芳", phone="13800138000", on=ON)
    assert counter.find_member(uow, "13800138000").id == member.id
    counter.top_up(uow, member.id, amount=D("100"), method="cash", on=ON)
    first = counter.sell(
        uow, lines=[B], payments=[counter.PaymentInput("stored_value", D("32.70"))], member_id=member.id, on=ON
    )
    assert first.points_earned == 32
    before = count_rows(uow)
    with pytest.raises(ValidationError, match="has 32 points"):
        counter.sell(
            uow,
            lines=[B],
            payments=[counter.PaymentInput("cash", D(50))],
            member_id=member.id,
            redeem_points=500,
            on=ON,
        )
    with pytest.raises(ValidationError, match="stored value is 67.30"):
        counter.sell(
            uow,
            lines=[B, B, B],
            payments=[counter.PaymentInput("stored_value", D("98.10"))],
            member_id=member.id,
            on=ON,
        )
    assert count_rows(uow) == before
    second = counter.sell(
        uow,
        lines=[A],
        payments=[counter.PaymentInput("stored_value", D("11.00"))],
        member_id=member.id,
        redeem_points=30,  # 30 points = 0.30 off: 11.30 → 11.00
        on=ON,
    )
    assert second.total == D("11.00")
    statement = counter.member_statement(uow, member.id)
    assert [(e.kind, e.points, e.amount) for e in statement.events] == [
        ("topup", 0, D("100")),
        ("spend", 0, D("-32.70")),
        ("earn", 32, D(0)),
        ("redeem", -30, D(0)),
        ("spend", 0, D("-11.00")),
        ("earn", 11, D(0)),
    ]
    after = counter.get_member(uow, member.id)
    assert (after.points, after.stored_value) == (13, D("56.30"))
    assert account_balance(uow, "220301") == D("-56.30")  # a liability until spent

    # a counter return of one of the WeChat ticket's three
    line = counter.ticket_view(uow, wechat.number).lines[0]
    back = counter.return_ticket(uow, wechat.number, lines=[counter.ReturnLineInput(line.id, D(1))], on=ON)
    assert back.total == D("11.30")

    # the shift report equals the money moves
    report = counter.shift_report(uow)
    moves = _money_moves_of_shift(uow, shift.id)
    by_method = {m.method: m.net for m in report.by_method}
    # the WeChat ticket's return went back to WeChat (refunded the way it was paid)
    assert by_method == {
        "cash": D("44.00") + D("10.70") + D("45.40"),
        "wechat": D("33.90") - D("11.30"),
        "alipay": D("20"),
        "stored_value": D("43.70"),
    }
    assert {k: v for k, v in by_method.items() if k != "stored_value"} == moves
    assert report.expected_cash == D("200") + moves["cash"]
    assert report.tickets == 6 and report.returns == 1

    # close with 2.00 short; closing twice is refused
    expected_cash = report.expected_cash
    closed = counter.close_shift(uow, shift.id, counted_cash=expected_cash - D(2), note="找错零钱")
    assert closed.difference == D("-2.00") and closed.shift.state == "closed"
    assert account_balance(uow, "5711") == D("2.00")
    before = count_rows(uow)
    with pytest.raises(InvalidTransition, match="already closed"):
        counter.close_shift(uow, shift.id, counted_cash=expected_cash)
    with pytest.raises(ValidationError, match="Open a shift first"):
        counter.sell(uow, lines=[A], payments=[counter.PaymentInput("cash", D(20))], on=ON)
    assert count_rows(uow) == before
    kept = counter.shift_report(uow, shift.id)
    assert (kept.expected_cash, kept.counted_cash, kept.takings) == (
        expected_cash,
        expected_cash - D(2),
        report.takings,
    )
    # the cash box: the takings in cash + the top-up − the shortage (the float was already in the drawer)
    assert money_balance(uow, "XJ01") == moves["cash"] + D("100") - D(2)
    assert_books_tie_out(uow)

    pdf = counter.shift_report_pdf(uow, shift.id)
    assert "找错零钱" in pdf_text(pdf) and shift.number in pdf_text(pdf)


def test_tickets_print_on_58_and_80_mm_and_escpos(uow):
    from escpos.printer import Dummy

    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(2))], payments=[counter.PaymentInput("cash", D(50))], on=ON
    )
    for width, points in ((58, 164), (80, 227)):
        pdf = counter.ticket_pdf(uow, sold.number, paper_mm=width)
        text = pdf_text(pdf)
        assert sold.number in text and "矿泉水" in text and "27.40" in text  # the change
        assert f"/MediaBox [0 0 {points}" in pdf.decode("latin-1").replace("\n", " ") or str(points) in pdf.decode(
            "latin-1"
        )
    lines = counter.ticket_lines(uow, sold.number, paper_mm=58, reprint=True)
    assert any("reprint" in line for line in lines) and all(len(line) <= 40 for line in lines)
    device = counter.ticket_escpos(uow, sold.number, device=Dummy())
    out = device.output
    assert "矿泉水".encode("gb18030") in out and sold.number.encode() in out and b"\x1dV" in out  # text, barcode, cut


def test_verify_finds_a_ticket_without_money_a_member_out_of_step_and_a_doctored_shift(uow):
    from sqlalchemy import text

    from erp_desktop.services.system import verify

    shop = make_counter_shop(uow)
    shift = counter.open_shift(uow, float_amount=D("0"), on=ON)
    member = counter.create_member(uow, name="王芳", phone="13800138000", on=ON)
    counter.top_up(uow, member.id, amount=D("20"), on=ON)
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D(20))], on=ON
    )
    counter.close_shift(uow, shift.id, counted_cash=D("31.30"))
    assert_books_tie_out(uow)
    with uow.engine.begin() as conn:
        ticket_id = conn.execute(text("SELECT id FROM counter_ticket WHERE number = :n"), {"n": sold.number}).scalar()
        conn.execute(text("DELETE FROM counter_payment WHERE ticket_id = :t"), {"t": ticket_id})
        conn.execute(text("UPDATE counter_member SET stored_value = stored_value + 100"))
        conn.execute(text("UPDATE counter_shift SET difference = 500"))
    failed = {c.name: c.details for c in verify.run_checks(uow) if not c.ok}
    assert any(f"{sold.number}: paid 0" in d for d in failed["Counter tickets have their moves, money and entries"])
    assert "Members' points and stored value equal their history and account" in failed
    assert "Closed shifts' reports equal their payments" in failed
