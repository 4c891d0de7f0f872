"""The shop's print templates as rows: duplicate, rename, delete, a default per kind and per
customer, import and export as a file; printing by name from the service and the command line."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop import cli
from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.models.catalog import Product
from erp_desktop.models.printing import PrintTemplate, PrintTemplateChoice
from erp_desktop.services import printing, sales
from erp_desktop.services.printing import DocKind
from erp_desktop.services.sales.common import LineInput
from tests.services.test_print_templates import page_sizes_mm
from tests.support import factories
from tests.support.pdfcheck import page_count, pdf_text

Q = DocKind.SALES_QUOTE


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        cup = factories.product(tx, "A001", name="不锈钢保温杯", price="35.5", spec="500ml", unit="个")
        cup.custom = {"origin": "景德镇"}
        first = factories.customer(tx, "C001", name="宁波一号超市")
        second = factories.customer(tx, "C002", name="温州二号超市")
        ids = dict(cup=cup.id, first=first.id, second=second.id)
    quotes = {}
    for who in ("first", "second"):
        quotes[who] = sales.create_quote(
            uow,
            customer_id=ids[who],
            on=date(2026, 3, 10),
            lines=[LineInput(ids["cup"], D(str(n)), D("35.5"), D("0"), D("0.13")) for n in range(1, 8)],
        ).number
    return ids, quotes


def _count(uow, model) -> int:
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(model)) or 0


def test_duplicate_rename_delete_and_the_built_in_one_stays(uow):
    infos = printing.list_templates(uow, Q)
    assert [(i.name, i.builtin, i.is_default) for i in infos] == [("Standard", True, True)]
    copy = printing.duplicate_template(uow, Q, "Standard", "A5 quote")
    assert not copy.builtin
    edited = replace(printing.get_template(uow, Q, "A5 quote"), paper="A5")
    printing.save_template(uow, edited, original="A5 quote")
    printing.rename_template(uow, Q, "A5 quote", "小报价单")
    assert printing.get_template(uow, Q, "小报价单").paper == "A5"
    with pytest.raises(NotFound):
        printing.get_template(uow, Q, "A5 quote")
    with pytest.raises(Duplicate):
        printing.duplicate_template(uow, Q, "Standard", "小报价单")
    for refused in (
        lambda: printing.delete_template(uow, Q, "Standard"),
        lambda: printing.rename_template(uow, Q, "Standard", "x"),
        lambda: printing.duplicate_template(uow, Q, "小报价单", "standard"),
        lambda: printing.duplicate_template(uow, Q, "小报价单", "  "),
    ):
        with pytest.raises(ValidationError):
            refused()
    # the same name may serve another kind
    printing.duplicate_template(uow, DocKind.DELIVERY, "Standard", "小报价单")
    printing.delete_template(uow, Q, "小报价单")
    assert [i.name for i in printing.list_templates(uow, Q)] == ["Standard"]
    assert _count(uow, PrintTemplate) == 1


def test_default_per_kind_then_per_customer_and_by_name(uow, shop, tmp_path):
    ids, quotes = shop
    three = replace(printing.three_part_form(Q), name="三联", copies=("存根联", "客户联", "回单联"))
    printing.save_template(uow, three)
    printing.save_template(uow, replace(printing.builtin(Q), name="A5", paper="A5"))

    # the built-in layout until a default is chosen
    assert page_sizes_mm(printing.print_document(uow, Q, quotes["first"], tmp_path / "0.pdf")) == [(210.0, 297.0)]
    printing.set_default(uow, Q, "A5")
    assert [i.name for i in printing.list_templates(uow, Q) if i.is_default] == ["A5"]
    assert page_sizes_mm(printing.print_document(uow, Q, quotes["first"], tmp_path / "1.pdf")) == [(148.0, 210.0)]

    # the first customer wants three-part paper; the second keeps the shop's default
    printing.set_party_template(uow, ids["first"], Q, "三联")
    assert printing.party_template(uow, ids["first"], Q) == "三联"
    pdf = printing.print_document(uow, Q, quotes["first"], tmp_path / "2.pdf")
    assert page_count(pdf) == 6 and set(page_sizes_mm(pdf)) == {(241.0, 93.1)}  # 7 lines, 5 a page, 3 copies
    assert "客户联" in pdf_text(pdf, first=3, last=3) and "Carried forward" in pdf_text(pdf, first=1, last=1)
    assert page_sizes_mm(printing.print_document(uow, Q, quotes["second"], tmp_path / "3.pdf")) == [(148.0, 210.0)]

    # by name wins; an unknown name is a clear error
    named = printing.print_document(uow, Q, quotes["first"], tmp_path / "4.pdf", template="Standard")
    assert page_sizes_mm(named) == [(210.0, 297.0)]
    with pytest.raises(NotFound, match="No print template"):
        printing.print_document(uow, Q, quotes["first"], tmp_path / "5.pdf", template="无此模板")
    # a template of another kind is refused
    with pytest.raises(ValidationError):
        printing.print_document(uow, Q, quotes["first"], tmp_path / "6.pdf", template=printing.builtin("delivery"))

    # deleting the customer's template: they get the shop's default again
    printing.delete_template(uow, Q, "三联")
    assert _count(uow, PrintTemplateChoice) == 0
    assert page_sizes_mm(printing.print_document(uow, Q, quotes["first"], tmp_path / "7.pdf")) == [(148.0, 210.0)]
    printing.set_default(uow, Q, "Standard")
    assert page_sizes_mm(printing.print_document(uow, Q, quotes["first"], tmp_path / "8.pdf")) == [(210.0, 297.0)]


def test_a_custom_field_column_prints_the_products_value(uow, shop, tmp_path):
    _ids, quotes = shop
    template = replace(
        printing.builtin(Q),
        name="产地",
        columns=(printing.Column("name"), printing.Column("custom:origin", "产地"), printing.Column("amount")),
    )
    text = pdf_text(printing.print_document(uow, Q, quotes["first"], tmp_path / "o.pdf", template=template))
    assert "产地" in text and text.count("景德镇") == 7


def test_export_import_round_trip_and_bad_files_write_nothing(uow, tmp_path):
    three = replace(printing.three_part_form(Q), name="三联", copies=("存根联", "客户联"))
    printing.save_template(uow, three)
    path = printing.export_template(uow, Q, "三联", tmp_path / "三联.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["file"] == "erp-desktop print template" and data["paper"] == "241x93" and data["lines_per_page"] == 5
    with pytest.raises(Duplicate):
        printing.import_template(uow, path)
    info = printing.import_template(uow, path, name="三联 (2)")
    assert printing.get_template(uow, Q, info.name) == three.with_name("三联 (2)")
    before = _count(uow, PrintTemplate)
    for name, text in (
        ("notjson.json", "{oops"),
        ("other.json", json.dumps({"hello": 1})),
        ("bad.json", json.dumps({**data, "paper": "B9"})),
        ("badcol.json", json.dumps({**data, "columns": [{"field": "cost_price"}]})),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ValidationError):
            printing.import_template(uow, tmp_path / name)
    assert _count(uow, PrintTemplate) == before


def test_command_line_lists_exports_imports_and_prints_with_a_template(db_path, tmp_path, capsys):
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(db_path)
    with uow.write() as tx:
        factories.product(tx, "A001", name="保温杯", price="35.5", unit="个")
        buyer = factories.customer(tx, "C001", name="宁波一号超市")
        product_id = tx.scalar(select(Product.id).where(Product.code == "A001"))
    number = sales.create_quote(
        uow,
        customer_id=buyer.id,
        on=date(2026, 3, 10),
        lines=[LineInput(product_id, D("2"), D("35.5"), D("0"), D("0.13"))],
    ).number
    printing.save_template(uow, replace(printing.three_part_form(Q), name="三联"))
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    out = tmp_path / "t.json"
    assert cli.main(["print", "templates", "export", "sales-quote", "三联", "--out", str(out), *db]) == 0
    assert cli.main(["print", "templates", "import", str(out), "--name", "三联 B", "--default", *db]) == 0
    capsys.readouterr()
    assert cli.main(["print", "templates", "list", "--kind", "sales_quote", *db]) == 0
    listing = capsys.readouterr().out.splitlines()
    rows = [line.split() for line in listing[1:-1]]
    assert ["*", "Quotation", "sales_quote", "三联", "B", "241x93"] in rows  # the default, marked
    assert ["Quotation", "sales_quote", "Standard", "built-in"] in rows  # the kind in words, and its code
    assert cli.main(["print", "templates", "list", "--kind", "sales_quote", "--json", *db]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted((t["name"], t["is_default"], t["builtin"], t["kind_title"]) for t in listed) == [
        ("Standard", False, True, "Quotation"),
        ("三联", False, False, "Quotation"),
        ("三联 B", True, False, "Quotation"),
    ]
    pdf = tmp_path / "q.pdf"
    assert cli.main(["print", "sales-quote", number, "--out", str(pdf), *db]) == 0  # the new default
    assert page_sizes_mm(pdf) == [(241.0, 93.1)]
    assert cli.main(["print", "sales-quote", number, "--template", "Standard", "--out", str(pdf), *db]) == 0
    assert page_sizes_mm(pdf) == [(210.0, 297.0)]
    assert cli.main(["print", "sales-quote", number, "--template", "nope", "--out", str(pdf), *db]) == 1
    assert "No print template nope" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert cli.main(["print", "templates", "import", str(tmp_path / "bad.json"), *db]) == 1
    assert "not a print template file" in capsys.readouterr().err


def test_command_line_sets_the_default_and_a_customers_own_template(db_path, tmp_path, capsys):
    """``print templates default`` and ``print templates use --customer``: what the window's Make
    default and Use for customer… do, from the command line; an unknown customer or template refused."""
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(db_path)
    with uow.write() as tx:
        factories.product(tx, "A001", name="保温杯", price="35.5", unit="个")
        buyer = factories.customer(tx, "C001", name="宁波一号超市")
        factories.customer(tx, "C002", name="二号店")
        product_id = tx.scalar(select(Product.id).where(Product.code == "A001"))
        buyer_id = buyer.id
    number = sales.create_quote(
        uow,
        customer_id=buyer_id,
        on=date(2026, 3, 10),
        lines=[LineInput(product_id, D("2"), D("35.5"), D("0"), D("0.13"))],
    ).number
    printing.save_template(uow, replace(printing.three_part_form(Q), name="三联"))
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    pdf = tmp_path / "q.pdf"
    assert cli.main(["print", "templates", "use", "sales-quote", "三联", "--customer", "C001", *db]) == 0
    assert "C001 prints Quotation with 三联." in capsys.readouterr().out
    assert printing.party_template(uow, buyer_id, Q) == "三联"
    assert cli.main(["print", "sales-quote", number, "--out", str(pdf), *db]) == 0  # the customer's own
    assert page_sizes_mm(pdf) == [(241.0, 93.1)]
    assert cli.main(["print", "templates", "use", "sales-quote", "Standard", "--customer", "C001", *db]) == 0
    assert "with the shop's default template" in capsys.readouterr().out
    assert printing.party_template(uow, buyer_id, Q) is None
    assert cli.main(["print", "templates", "default", "sales_quote", "三联", *db]) == 0
    assert "三联 is now the default template for Quotation." in capsys.readouterr().out
    assert cli.main(["print", "sales-quote", number, "--out", str(pdf), *db]) == 0
    assert page_sizes_mm(pdf) == [(241.0, 93.1)]
    assert cli.main(["print", "templates", "default", "sales-quote", "Standard", *db]) == 0
    assert cli.main(["print", "sales-quote", number, "--out", str(pdf), *db]) == 0
    assert page_sizes_mm(pdf) == [(210.0, 297.0)]
    capsys.readouterr()
    assert cli.main(["print", "templates", "use", "sales-quote", "三联", "--customer", "C999", *db]) == 1
    assert "No customer C999" in capsys.readouterr().err
    assert cli.main(["print", "templates", "use", "sales-quote", "nope", "--customer", "C002", *db]) == 1
    assert "No print template nope" in capsys.readouterr().err
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(PrintTemplateChoice)) == 0  # nothing half written


def test_command_line_gives_a_member_their_own_counter_ticket(db_path, capsys):
    """``print templates use counter_ticket NAME --member CARD|PHONE``: the member's tickets print
    with it (the window's Use for member…)."""
    from erp_desktop.services import counter
    from erp_desktop.services.printing.templates import COUNTER_TICKET, builtin
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(db_path)
    member = counter.create_member(uow, name="王芳", phone="13800138000", card_no="VIP001")
    printing.save_template(uow, replace(builtin(COUNTER_TICKET), name="会员小票"))
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    assert cli.main(["print", "templates", "use", "counter_ticket", "会员小票", "--member", "13800138000", *db]) == 0
    assert "13800138000 prints Counter ticket with 会员小票." in capsys.readouterr().out
    assert printing.party_template(uow, member.customer_id, COUNTER_TICKET) == "会员小票"
    assert cli.main(["print", "templates", "use", "counter_ticket", "会员小票", "--member", "NOPE", *db]) == 1
