"""The counter ticket (小票) as a print-template kind: the built-in one, the shop's own on 58 and
80 mm rolls and a custom width — fields in the chosen order (read back with ``pdftotext``), the
page width from the PDF itself (``pdfinfo``) — the same fields in the same order on an ESC/POS
printer (python-escpos' Dummy), the shop's default and a customer's own, and bad templates refused."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from escpos.printer import Dummy

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.services import counter, printing
from tests.services.test_print_templates import page_sizes_mm
from tests.support.counter import ON, make_counter_shop
from tests.support.pdfcheck import pdf_text

KIND = printing.COUNTER_TICKET


@pytest.fixture
def sold(uow):
    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    ticket = counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(2)), counter.LineInput(shop.b, D(1), discount=D("0.10"))],
        payments=[counter.PaymentInput("cash", D(100))],
        on=ON,
    )
    return ticket


def custom(paper: str = "roll58", **changes) -> printing.Template:
    data = printing.builtin(KIND).to_dict()
    data.update(
        name="我的小票",
        paper=paper,
        header=["number", "shop_name", "rule", "cashier"],
        columns=[
            {"field": "amount", "title": "金额", "width": 20},
            {"field": "code", "title": "编码", "width": 16},
            {"field": "qty", "title": "数量", "width": 10},
        ],
        footer=["note", "payments", "totals", "barcode"],
        note="谢谢惠顾\n七天无理由退换",
        barcode=True,
    )
    data.update(changes)
    return printing.parse(data, kind=KIND)


def order_in(text: str, *needles: str) -> list[int]:
    places = [text.find(n) for n in needles]
    assert all(p >= 0 for p in places), (needles, places, text)
    return places


def test_the_builtin_ticket_follows_the_counter_settings_paper(uow, sold, tmp_path):
    for width in (58, 80):
        counter.save_settings(uow, replace(counter.get_settings(uow), paper_mm=width))
        path = tmp_path / f"b{width}.pdf"
        counter.ticket_pdf(uow, sold.number, path=path)
        assert page_sizes_mm(path)[0][0] == float(width)
        text = pdf_text(path)
        assert "矿泉水" in text and sold.number in text and "-10%" in text  # the line discount column shows


@pytest.mark.parametrize("paper, width_mm, chars", [("roll58", 58.0, 32), ("roll80", 80.0, 48)])
def test_a_shops_own_ticket_on_58_and_80_mm(uow, sold, tmp_path, paper, width_mm, chars):
    template = custom(paper)
    printing.save_template(uow, template)
    printing.set_default(uow, KIND, "我的小票")
    path = tmp_path / "t.pdf"
    counter.ticket_pdf(uow, sold.number, path=path)  # the shop's default, on its own paper
    assert page_sizes_mm(path)[0][0] == width_mm
    text = pdf_text(path)
    # header in the chosen order, then the columns in theirs, then the footer in its order
    places = order_in(text, sold.number, "小店", "金额", "编码", "数量", "A001", "谢谢惠顾", "七天无理由退换")
    assert places == sorted(places)
    assert text.index("Change") < text.index("Subtotal")  # payments before totals, as chosen
    row = next(line for line in text.splitlines() if "A001" in line)
    assert row.index("22.60") < row.index("A001") < row.rindex("2")  # amount, code, qty on one row
    assert "矿泉水" not in text  # no name column chosen: no product names
    assert "Thank you" not in text and "Time" not in text  # not chosen, not printed
    lines = counter.ticket_lines(uow, sold.number)
    assert all(len(line) <= chars for line in lines)
    assert lines[0].startswith("No. ") and lines[1].strip() == "小店" and set(lines[2]) == {"-"}
    assert lines[-1] == f"*{sold.number}*"  # the barcode where the footer puts it


def test_escpos_bytes_follow_the_template(uow, sold):
    printing.save_template(uow, custom("roll58"))
    device = counter.ticket_escpos(uow, sold.number, device=Dummy(), template="我的小票")
    out = device.output
    places = [out.find(part) for part in (sold.number.encode(), "小店".encode("gb18030"), "金额".encode("gb18030"))]
    assert -1 not in places and places == sorted(places)
    assert out.find("谢谢惠顾".encode("gb18030")) < out.find(b"Change") < out.find(b"Subtotal")
    assert b"\x1dk" in out and b"\x1dV" in out  # a barcode (GS k) and the cut (GS V)
    assert "矿泉水".encode("gb18030") not in out
    # the template's text lines are what the printer got, in that order
    text = out.decode("gb18030", "replace")
    for line in counter.ticket_lines(uow, sold.number, template="我的小票")[:-1]:
        assert line.strip() in text
    plain = counter.ticket_escpos(uow, sold.number, device=Dummy(), template=custom("roll58", barcode=False)).output
    assert b"\x1dk" not in plain  # no barcode asked for: none printed


def test_a_custom_width_and_a_customers_own_ticket(uow, sold, tmp_path):
    wide = custom("custom", name="宽小票", width_mm=76, header=["shop_name", "number"])
    printing.save_template(uow, wide)
    path = tmp_path / "w.pdf"
    counter.ticket_pdf(uow, sold.number, path=path, template="宽小票")
    assert page_sizes_mm(path)[0][0] == 76.0
    assert all(
        len(line) <= printing.chars_per_line(76) for line in counter.ticket_lines(uow, sold.number, template="宽小票")
    )
    # a customer's own: the walk-in customer of the ticket prints with it, without --template
    view = counter.ticket_view(uow, sold.number)
    printing.set_party_template(uow, view.customer_id, KIND, "宽小票")
    counter.ticket_pdf(uow, sold.number, path=path)
    assert page_sizes_mm(path)[0][0] == 76.0
    assert counter.ticket_pdf(uow, sold.number, paper_mm=58, path=path) and page_sizes_mm(path)[0][0] == 58.0


def test_a_template_never_changes_the_ticket(uow, sold):
    before = counter.ticket_view(uow, sold.number)
    printing.save_template(uow, custom("roll58", columns=[]))
    lines = counter.ticket_lines(uow, sold.number, template="我的小票")
    assert not any("A001" in line for line in lines)  # no columns: no lines, the totals remain
    assert counter.ticket_view(uow, sold.number) == before


def test_bad_ticket_templates_are_refused(uow, sold):
    with pytest.raises(ValidationError, match="58 or 80 mm roll"):
        custom("A4")
    with pytest.raises(ValidationError, match="30 to 120 mm"):
        custom("custom", width_mm=200)
    with pytest.raises(ValidationError, match="Unknown field party.*known fields: .*shop_name"):
        custom(header=["party"])
    with pytest.raises(ValidationError, match="Unknown column spec"):
        custom(columns=[{"field": "spec"}])
    with pytest.raises(NotFound, match="No print template 没有"):
        counter.ticket_pdf(uow, sold.number, template="没有")


def test_the_ticket_kind_is_listed_and_its_file_round_trips(uow, tmp_path):
    printing.save_template(uow, custom("roll80"))
    names = [(i.name, i.paper) for i in printing.list_templates(uow, KIND)]
    assert names[0][0] == printing.builtin_name() and ("我的小票", "roll80") in names
    path = printing.export_template(uow, KIND, "我的小票", tmp_path / "t.json")
    again = printing.import_template(uow, Path(path), name="我的小票2")
    assert printing.get_template(uow, KIND, "我的小票2").note == "谢谢惠顾\n七天无理由退换" and again.kind == KIND
