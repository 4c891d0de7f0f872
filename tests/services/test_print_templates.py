"""Print templates (issue 19): every kind's default and a set of odd templates render; their text
is read back with ``pdftotext`` and their page sizes from the PDF itself (``pdfinfo``)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from decimal import Decimal as D

import pytest

from erp_desktop import i18n
from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr as L
from erp_desktop.services.printing import DocKind, PrintDoc, PrintLine, render_document
from erp_desktop.services.printing import templates as T
from tests.services.test_printing_render import delivery
from tests.support.pdfcheck import contains, ink_ratio, page_count, page_png, pdf_text

MM = 72 / 25.4


def page_sizes_mm(path) -> list[tuple[float, float]]:
    """(width, height) in mm of every page, as the PDF says."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], check=True, capture_output=True, text=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and " size:" in line:
            w, _x, h = line.split("size:")[1].split()[:3]
            sizes.append((round(float(w) / MM, 1), round(float(h) / MM, 1)))
    return sizes


@pytest.fixture
def chinese():
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def doc_of(kind: str, lines: int = 3) -> PrintDoc:
    base = delivery(lines)
    if kind in DocKind.MONEY:
        return replace(
            base,
            kind=kind,
            title=L("Money receipt"),
            lines=(PrintLine(code="DN-2026-000007", name="2026-05-01", amount=D("100.00")),),
            totals=((L("Amount"), D("100.00")),),
            grand_total=D("100.00"),
        )
    if kind in DocKind.COUNT:
        return replace(
            base,
            kind=kind,
            title=L("Stock count sheet"),
            lines=tuple(
                replace(line, qty=None, price=None, amount=None, barcode=f"69{i:011d}")
                for i, line in enumerate(base.lines)
            ),
            totals=(),
            grand_total=None,
        )
    if kind in DocKind.MOVES:
        return replace(
            base,
            kind=kind,
            title=L("Transfer note"),
            lines=tuple(replace(line, location="W1/A-01", location_to="W2/B-02") for line in base.lines),
            totals=(),
            grand_total=None,
        )
    return replace(base, kind=kind)


DOC_KINDS = [k for k in T.KINDS if k not in (T.STATEMENT, T.LABELS, T.VOUCHER, T.COUNTER_TICKET)]


@pytest.mark.parametrize("kind", DOC_KINDS)
def test_every_default_renders_on_a4_with_its_lines(tmp_path, kind):
    doc = doc_of(kind)
    pdf = render_document(doc, tmp_path / f"{kind}.pdf", T.builtin(kind))
    text = pdf_text(pdf)
    assert page_sizes_mm(pdf) == [(210.0, 297.0)]
    assert contains(text, doc.title) and "DN-2026-000007" in text
    for line in doc.lines:
        assert line.code in text
    assert ink_ratio(page_png(pdf)) > 0.01


def test_the_default_is_what_printed_before_templates(tmp_path):
    """No template given = the kind's default: the same text as before."""
    doc = delivery(3)
    plain = pdf_text(render_document(doc, tmp_path / "a.pdf"))
    default = pdf_text(render_document(doc, tmp_path / "b.pdf", T.builtin(DocKind.DELIVERY)))
    assert plain == default
    for expected in ("Unit price", "Amount before tax", "Total incl. tax", "240.69", "Page 1 of 1"):
        assert expected in plain


def test_all_columns_on_landscape_a4(tmp_path, chinese):
    line = replace(
        delivery(1).lines[0],
        discount=D("0.05"),
        location="A-01",
        location_to="B-02",
        barcode="6901234567892",
        note="易碎",
        custom=(("origin", "景德镇"),),
    )
    doc = replace(delivery(1), lines=(line,) * 4)
    columns = tuple(T.Column(f, "", 10) for f in T.LINE_FIELDS) + (T.Column("custom:origin", "产地", 12),)
    template = replace(T.builtin(DocKind.DELIVERY), columns=columns, orientation="landscape")
    pdf = render_document(doc, tmp_path / "all.pdf", template)
    text = pdf_text(pdf)
    assert page_sizes_mm(pdf)[0] == (297.0, 210.0)
    for expected in ("产地", "景德镇", "易碎", "A-01", "B-02", "5%", "13%", "6901234567892", L("Counted"), "80.23"):
        assert contains(text, expected), expected


def test_no_columns_but_totals(tmp_path, chinese):
    doc = delivery(3)
    template = replace(T.builtin(DocKind.DELIVERY), columns=())
    text = pdf_text(render_document(doc, tmp_path / "totals.pdf", template))
    assert "A001" not in text and L("Unit price") not in text
    for expected in (
        L("Amount before tax"),
        "213.00",
        L("Tax"),
        "27.69",
        L("Total incl. tax"),
        "240.69",
        "贰佰肆拾元陆角玖分",
    ):
        assert contains(text, expected), expected


def test_three_part_paper_five_lines_a_page_with_brought_and_carried_forward(tmp_path, chinese):
    """241 × 93 mm (1/3 of a continuous sheet), 5 lines a page: 13 lines print on 3 pages; page 1
    ends 过次页 with the subtotal of lines 1–5, page 2 starts 承上页 with it; totals on page 3."""
    doc = delivery(13)
    template = T.three_part_form()
    pdf = render_document(doc, tmp_path / "three.pdf", template)
    assert page_sizes_mm(pdf) == [(241.0, 93.1)] * 3
    pages = [pdf_text(pdf, first=p, last=p) for p in (1, 2, 3)]
    assert "A005" in pages[0] and "A006" not in pages[0]
    assert "A006" in pages[1] and "A010" in pages[1] and "A011" not in pages[1]
    assert "A013" in pages[2]
    assert contains(pages[0], L("Carried forward")) and "355.00" in pages[0]
    assert contains(pages[1], L("Brought forward")) and "355.00" in pages[1]
    assert contains(pages[1], L("Carried forward")) and "710.00" in pages[1]
    assert contains(pages[2], L("Brought forward")) and "710.00" in pages[2]
    assert L("Carried forward") not in pages[2]
    assert "923.00" in pages[2] and "1,042.99" in pages[2]  # 13 × 71.00 and with tax
    for page in pages:  # the header on every sheet of the form
        assert "DN-2026-000007" in page and contains(page, L("Delivery note"))
    assert "Page 3 of 3" in pages[2] or "第 3 页 / 共 3 页" in pages[2] or "第3页/共3页" in pages[2].replace(" ", "")


def test_copies_each_captioned_and_numbered_within_their_copy(tmp_path, chinese):
    doc = delivery(13)
    template = replace(T.three_part_form(), copies=("存根联", "客户联", "回单联"))
    pdf = render_document(doc, tmp_path / "copies.pdf", template)
    assert page_count(pdf) == 9
    for copy, caption in enumerate(("存根联", "客户联", "回单联")):
        for page in (1, 2, 3):
            text = pdf_text(pdf, first=copy * 3 + page, last=copy * 3 + page)
            assert caption in text
            assert f"第{page}页/共3页" in text.replace(" ", "")


def test_rolls_grow_with_the_content_and_a5_custom_and_offset(tmp_path):
    doc = delivery(3)
    roll = replace(
        T.builtin(DocKind.DELIVERY),
        paper="roll58",
        margins_mm=(3, 2, 6, 2),
        header=("company_name", "title", "party", "number", "date"),
        columns=(T.Column("name", "", 40), T.Column("qty", "", 12), T.Column("amount", "", 18)),
    )
    short = page_sizes_mm(render_document(doc, tmp_path / "r3.pdf", roll))
    long = page_sizes_mm(render_document(delivery(30), tmp_path / "r30.pdf", roll))
    assert short[0][0] == 58.0 and long[0][0] == 58.0 and len(long) == 1
    assert long[0][1] > short[0][1] + 80
    a5 = page_sizes_mm(render_document(doc, tmp_path / "a5.pdf", replace(roll, paper="A5", orientation="landscape")))
    assert a5 == [(210.0, 148.0)]
    custom = replace(T.builtin(DocKind.DELIVERY), paper="custom", width_mm=190, height_mm=120, offset_mm=(5.0, 3.0))
    pdf = render_document(doc, tmp_path / "c.pdf", custom)
    assert set(page_sizes_mm(pdf)) == {(190.0, 120.0)}
    assert "A001" in pdf_text(pdf)


def test_a_template_never_changes_what_the_document_says(tmp_path):
    """Leaving out columns and flags hides things; the amounts printed stay the document's."""
    doc = delivery(2)
    template = replace(
        T.builtin(DocKind.DELIVERY), columns=(T.Column("name"), T.Column("amount")), capital=False, signatures=False
    )
    text = pdf_text(render_document(doc, tmp_path / "x.pdf", template))
    assert "142.00" in text and "160.46" in text  # 2 × 71.00, with 13 % tax
    assert "Prepared by:" not in text and "in words" not in text


def test_json_round_trip_and_clear_errors():
    template = replace(T.three_part_form(), copies=("存根联", "客户联"), name="三联")
    again = T.parse(template.to_json())
    assert again == template
    data = json.loads(template.to_json())
    for bad, message in (
        ({**data, "paper": "B9"}, "paper"),
        ({**data, "kind": "nothing"}, "kind"),
        ({**data, "columns": [{"field": "price_secret"}]}, "price_secret"),
        ({**data, "lines_per_page": -1}, "lines_per_page"),
        ({**data, "margins_mm": {"top": 50, "bottom": 50, "left": 1, "right": 1}}, "margins"),
        ({**data, "format": 99}, "newer"),
        ({**data, "header": ["title", "secret"]}, "secret"),
    ):
        with pytest.raises(ValidationError) as err:
            T.parse(bad)
        assert message in str(err.value), (bad, str(err.value))
    with pytest.raises(ValidationError):
        T.parse("{not json")
