"""记账凭证 through print templates: the shop's voucher template chooses the paper (continuous
241 × 140 mm here), orientation, margins and offset, the title, whether the total shows in 大写 and
the signature boxes print, and copies with captions; the kind's default prints when none is
named, a roll is refused; the command line names one with --print-template. Text by pdftotext,
page sizes by pdfinfo."""

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.cli import main
from erp_desktop.errors import ValidationError
from erp_desktop.services import finance, printing
from erp_desktop.services.finance import ManualLine
from erp_desktop.services.system.setup import open_shop
from tests.services.test_print_templates import page_sizes_mm
from tests.support.pdfcheck import pdf_text

ON = date(2026, 10, 31)


def _vouchers(uow) -> None:
    finance.post_voucher(
        uow, on=ON, lines=[ManualLine("5602", debit=D("1234.56")), ManualLine("2211", credit=D("1234.56"))], memo="工资"
    )
    finance.post_voucher(
        uow, on=ON, lines=[ManualLine("5602", debit=D("99.00")), ManualLine("2241", credit=D("99.00"))], memo="杂费"
    )


def test_a_voucher_template_lays_the_vouchers_out(uow, tmp_path):
    _vouchers(uow)
    standard = printing.print_vouchers(uow, period="2026-10", out=tmp_path / "standard.pdf")
    assert page_sizes_mm(standard) == [(210.0, 297.0)] * 2
    text = pdf_text(standard)
    assert "壹仟贰佰叁拾肆元伍角陆分" in text and "制单" in text and "Accounting voucher" in text

    form = replace(
        printing.builtin("voucher"),
        paper="241x140",
        margins_mm=(6.0, 8.0, 6.0, 8.0),
        offset_mm=(3.0, -2.0),
        title="转账凭证",
        capital=False,
        signatures=False,
        copies=("记账联", "存根联"),
    )
    printing.save_template(uow, form.with_name("二联凭证"))
    pdf = printing.print_vouchers(uow, period="2026-10", template="二联凭证", out=tmp_path / "form.pdf")
    assert page_sizes_mm(pdf) == [(241.0, 139.7)] * 4  # two vouchers, two copies each
    pages = [pdf_text(pdf, first=n, last=n) for n in range(1, 5)]
    assert ["记账联" in p for p in pages] == [True, True, False, False]
    assert ["存根联" in p for p in pages] == [False, False, True, True]
    assert all("转账凭证" in p and "Accounting voucher" not in p for p in pages)
    assert all("制单" not in p and "壹仟" not in p and "元整" not in p for p in pages)  # no boxes, no 大写
    assert "记-0001" in pages[0] and "1,234.56" in pages[0] and "记-0002" in pages[1]

    printing.set_default(uow, "voucher", "二联凭证")  # now it prints unless another is named
    assert page_sizes_mm(printing.print_vouchers(uow, ["2026-10 记-0001"], out=tmp_path / "d.pdf")) == [
        (241.0, 139.7),
        (241.0, 139.7),
    ]
    assert page_sizes_mm(printing.print_vouchers(uow, ["2026-10 记-0001"], size="a5", out=tmp_path / "a5.pdf")) == [
        (210.0, 148.0)
    ]

    printing.save_template(uow, replace(printing.builtin("voucher"), paper="roll80").with_name("卷纸"))
    with pytest.raises(ValidationError, match="needs a paper with a height"):
        printing.print_vouchers(uow, ["2026-10 记-0001"], template="卷纸", out=tmp_path / "roll.pdf")
    with pytest.raises(ValidationError, match="is for Delivery note"):
        printing.print_vouchers(uow, ["2026-10 记-0001"], template=printing.builtin("delivery"))


def test_the_command_line_prints_vouchers_with_a_template(db_path, tmp_path, capsys):
    uow = open_shop(db_path)
    _vouchers(uow)
    printing.save_template(uow, replace(printing.builtin("voucher"), paper="A5", title="记账凭证(A5)").with_name("A5"))
    uow.engine.dispose()
    out = tmp_path / "cli.pdf"
    db = ["--db", str(db_path), "--lang", "en"]
    assert (
        main(["finance", "voucher", "print", "2026-10 记-0002", "--print-template", "A5", "--out", str(out), *db]) == 0
    )
    assert page_sizes_mm(out) == [(148.0, 210.0)] and "记账凭证(A5)" in pdf_text(out)
    assert main(["finance", "voucher", "print", "2026-10 记-0002", "--print-template", "None such", *db]) != 0
    assert "No print template None such" in capsys.readouterr().err
