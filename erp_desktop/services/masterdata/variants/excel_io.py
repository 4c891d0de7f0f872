"""Excel import and export of product templates with their dimensions and values, one row per
template: code, name, category path, dimension 1 and its values ("红:R, 蓝:B"), dimension 2 and
its values, unit, prices, tax rate.

Import is all or nothing, like every master-data import: each row's problems are collected with
its sheet row and field, and if any row is bad ``ImportErrors`` lists them all and nothing is
written. A good row makes the category's missing dimension and values (an existing value keeps
its code), creates the template or updates the one with that code, and generates its missing
variants — so importing the file that was exported changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import ImportErrors, UserError, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category
from erp_desktop.models.variants import ProductTemplate, ProductVariant, VariantDimension, VariantValue
from erp_desktop.services import excel
from erp_desktop.services.excel import XColumn
from erp_desktop.services.masterdata import catalog
from erp_desktop.services.masterdata.variants.dimensions import add_dimension_tx, add_values_tx, parse_values
from erp_desktop.services.masterdata.variants.templates import TemplateInput, generate_tx, save_template_tx
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

Problem = tuple[int | None, str | None, str]


def template_columns() -> list[XColumn]:
    return [
        XColumn("code", tr("Code"), required=True, aliases=("款号", "款式编码", "编码")),
        XColumn("name", tr("Name"), required=True, aliases=("名称", "款式名称")),
        XColumn("category", tr("Category"), required=True, aliases=("分类", "类别")),
        XColumn("dimension1", tr("Dimension 1"), required=True, aliases=("规格1", "维度1")),
        XColumn("values1", tr("Values 1"), required=True, aliases=("规格值1",)),
        XColumn("dimension2", tr("Dimension 2"), aliases=("规格2", "维度2")),
        XColumn("values2", tr("Values 2"), aliases=("规格值2",)),
        XColumn("unit", tr("Unit"), aliases=("单位",)),
        XColumn("sale_price", tr("Sale price"), "price", aliases=("售价", "零售价")),
        XColumn("purchase_price", tr("Purchase price"), "price", aliases=("进价", "采购价")),
        XColumn("tax_rate", tr("Tax rate"), "rate", aliases=("税率",)),
        XColumn("variants", tr("Variants"), "int", aliases=("规格商品数",)),
    ]


def _values_text(tx: Session, dimension: Any, limited: list[str]) -> str:
    rows = tx.execute(
        select(VariantValue.id, VariantValue.name, VariantValue.code)
        .where(VariantValue.dimension_id == dimension, VariantValue.active.is_(True))
        .order_by(VariantValue.sort_order, VariantValue.name)
    ).all()
    return ", ".join(
        name if code == name else f"{name}:{code}" for vid, name, code in rows if not limited or str(vid) in limited
    )


def _rows(tx: Session) -> list[dict[str, Any]]:
    dims = {d.id: d for d in tx.scalars(select(VariantDimension))}
    paths = dict(tx.execute(select(Category.id, Category.path)).all())
    counts: dict[Any, int] = {}
    for tid in tx.scalars(select(ProductVariant.template_id)):
        counts[tid] = counts.get(tid, 0) + 1
    result = []
    for t in tx.scalars(select(ProductTemplate).where(ProductTemplate.active.is_(True)).order_by(ProductTemplate.code)):
        d2 = dims.get(t.dimension2_id) if t.dimension2_id else None
        result.append(
            {
                "code": t.code,
                "name": t.name,
                "category": paths.get(t.category_id, ""),
                "dimension1": dims[t.dimension1_id].name,
                "values1": _values_text(tx, t.dimension1_id, t.value_ids),
                "dimension2": d2.name if d2 else "",
                "values2": _values_text(tx, d2.id, t.value_ids) if d2 else "",
                "unit": t.unit,
                "sale_price": t.sale_price,
                "purchase_price": t.purchase_price,
                "tax_rate": t.tax_rate,
                "variants": counts.get(t.id, 0),
            }
        )
    return result


def export_templates(uow: UnitOfWork, path: str | Path) -> int:
    """Write the active templates with their dimensions and values to xlsx; returns the rows."""
    with uow.read() as tx:
        return excel.write_xlsx(path, template_columns(), _rows(tx), sheet_title=tr("Product templates"))


def _dimension(tx: Session, category: Category, name: str, values: str) -> tuple[VariantDimension, list[Any]]:
    """The category's dimension ``name`` with the values listed (made when missing), and the ids
    of the values listed."""
    dim = tx.scalar(
        select(VariantDimension).where(VariantDimension.category_id == category.id, VariantDimension.name == name)
    )
    if dim is None:
        dim = add_dimension_tx(tx, category.id, name)
    have = set(tx.scalars(select(VariantValue.name).where(VariantValue.dimension_id == dim.id)))
    listed = parse_values(values)
    missing = [(n, c) for n, c in listed if n not in have]
    if missing:
        add_values_tx(tx, dim, missing)
    names = {n for n, _c in listed}
    ids = [
        vid
        for vid, n in tx.execute(select(VariantValue.id, VariantValue.name).where(VariantValue.dimension_id == dim.id))
        if n in names
    ]
    return dim, ids


def _import_row(tx: Session, values: dict[str, Any], create_categories: bool) -> int:
    path = str(values.get("category") or "").strip()
    category = tx.scalar(select(Category).where(Category.path == path))
    if category is None:
        if not create_categories:
            raise ValidationError(tr("Unknown category {path}.", path=path), field="category")
        category = catalog.ensure_category_path(tx, path)
    dim1, chosen = _dimension(tx, category, str(values["dimension1"]).strip(), str(values.get("values1") or ""))
    dim2 = None
    if str(values.get("dimension2") or "").strip():
        dim2, more = _dimension(tx, category, str(values["dimension2"]).strip(), str(values.get("values2") or ""))
        chosen += more
    code = str(values["code"]).strip()
    existing = tx.scalar(select(ProductTemplate).where(ProductTemplate.code == code))
    data = TemplateInput(
        code=code,
        name=values["name"],
        category_id=category.id,
        dimension1_id=dim1.id,
        dimension2_id=dim2.id if dim2 is not None else None,
        unit=str(values["unit"]) if values.get("unit") is not None else (existing.unit if existing else ""),
        sale_price=_kept(values, "sale_price", existing),
        purchase_price=_kept(values, "purchase_price", existing),
        tax_rate=_kept(values, "tax_rate", existing, default="0.13"),
        notes=existing.notes if existing else "",
        values=chosen,  # the values the row lists: the template comes in only these
    )
    template = save_template_tx(tx, data, existing.id if existing else None)
    return len(generate_tx(tx, template).created)


def _kept(values: dict[str, Any], key: str, existing: ProductTemplate | None, default: str = "0") -> Any:
    if values.get(key) is not None:
        return values[key]
    return getattr(existing, key) if existing is not None else default


def import_templates(uow: UnitOfWork, path: str | Path, *, create_categories: bool = False) -> tuple[int, int]:
    """Import templates from xlsx, all or nothing; returns (templates, variants made). Raises
    ImportErrors listing every bad row."""
    problems: list[Problem] = []
    rows = excel.read_xlsx(path, template_columns(), unique=("code",), problems=problems)
    made = 0
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        for row in rows:
            try:
                with tx.begin_nested():  # a bad row leaves nothing of itself behind
                    made += _import_row(tx, dict(row.values), create_categories)
            except UserError as error:
                problems.append((row.row, getattr(error, "field", None), str(error)))
        if problems:
            listed = excel.sorted_problems(problems)
            raise ImportErrors(tr("{n} problems found; nothing was imported.", n=len(listed)), listed)
        audit.record(
            tx,
            "import",
            "product_template",
            None,
            summary=tr(
                "Imported {file}: {count} templates, {made} variants made",
                file=Path(path).name,
                count=len(rows),
                made=made,
            ),
        )
        return len(rows), made
