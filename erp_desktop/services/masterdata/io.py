"""Excel import and export of master data: products, customers, suppliers, warehouses with
bins, price-list items and supplier quotes (``LISTS``).

Import rules (the same in the window and on the command line):
- All or nothing: the file is read and every row checked against the database first (duplicate
  codes/barcodes in the file or against other products, unknown categories/products/suppliers,
  negative prices, missing required values, wrong types); any problem raises ``ImportErrors``
  listing every bad row and nothing changes. Then all rows are written in one transaction.
- Create or update by code: a row whose code exists updates that row (mode ``upsert``, the
  default); mode ``create`` refuses existing codes. On update, columns absent from the file and
  empty cells keep their current value.
- Categories are given as a path ("饮料/茶叶"). An unknown category is an error, unless
  ``create_categories=True`` (CLI ``--create-categories``, a check box in the window), which
  creates the missing levels.
- Price-list items name their list; an unknown list is created with the row's tier, channel
  and dates. Warehouses: one row per bin; a new warehouse without bin rows gets the default bin.
- Custom fields are columns ``custom.<key>`` titled with the field's label.
- 多单位: the ``units`` list is one row per product × other unit (factor, barcode, default
  purchase/sale unit), created or updated by product code + unit name; price-list items carry the
  unit their price is for (empty = the base unit).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from erp_desktop.errors import ImportErrors, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.catalog import Category, PriceList, PriceListItem, Product, ProductBarcode
from erp_desktop.models.parties import Contact, Customer, Supplier, SupplierQuote
from erp_desktop.models.units import ProductUnit
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.services import excel
from erp_desktop.services.excel import XColumn
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.masterdata import catalog, costing, custom_fields, parties, warehouses
from erp_desktop.services.masterdata.mnemonic import resolve_mnemonic
from erp_desktop.services.masterdata.units import check_factor as units_io_factor
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.rows import insert_rows
from erp_desktop.storage.uow import UnitOfWork

LISTS = ("products", "units", "customers", "suppliers", "warehouses", "prices", "quotes")
LIST_LABELS = {
    "products": N_("Products"),
    "units": N_("Product units"),
    "customers": N_("Customers"),
    "suppliers": N_("Suppliers"),
    "warehouses": N_("Warehouses & bins"),
    "prices": N_("Price list items"),
    "quotes": N_("Supplier quotes"),
}
Problem = tuple[int | None, str | None, str]
FLUSH_EVERY = 200  # small flushes: the unit of work's before-flush stamping is quadratic in new rows


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int

    @property
    def total(self) -> int:
        return self.created + self.updated


def _custom_columns(defs: list[custom_fields.FieldDef]) -> list[XColumn]:
    kinds = {"number": "price", "date": "date"}
    return [XColumn(f"custom.{d.key}", d.label, kinds.get(d.kind, "text"), aliases=(d.key,)) for d in defs]


def columns(uow: UnitOfWork, kind: str, *, for_export: bool = False) -> list[XColumn]:
    """The spreadsheet columns of a list (custom fields included); ``for_export``: those the
    acting user may see (no purchase price without VIEW_COST)."""
    with uow.read() as tx:
        return _export_columns(tx, kind) if for_export else _columns(tx, kind)


def _columns(tx: Session, kind: str) -> list[XColumn]:
    if kind == "products":
        return [
            XColumn("code", tr("Code"), required=True, aliases=("SKU", "编码", "商品编码", "货号")),
            XColumn("name", tr("Name"), required=True, aliases=("名称", "商品名称", "品名")),
            XColumn("category", tr("Category"), aliases=("分类", "类别")),
            XColumn("mnemonic", tr("Mnemonic"), aliases=("助记码", "拼音码", "简码")),
            XColumn("spec", tr("Spec"), aliases=("规格", "规格型号")),
            XColumn("colour", tr("Colour"), aliases=("color", "颜色")),
            XColumn("unit", tr("Unit"), aliases=("单位",)),
            XColumn("barcodes", tr("Barcodes"), "list", aliases=("barcode", "条码", "条形码")),
            XColumn("tax_rate", tr("Tax rate"), "rate", aliases=("税率",)),
            XColumn("purchase_price", tr("Purchase price"), "price", aliases=("进价", "采购价")),
            XColumn("sale_price", tr("Sale price"), "price", aliases=("售价", "零售价", "销售价")),
            XColumn("reorder_point", tr("Reorder point"), "qty", aliases=("安全库存", "再订货点")),
            XColumn("reorder_qty", tr("Reorder quantity"), "qty", aliases=("再订货量",)),
            XColumn("costing_method", tr("Costing method"), aliases=("计价方法", "成本计价方法", "计价方式")),
            XColumn("attributes", tr("Attributes"), aliases=("属性",)),
            XColumn("active", tr("Active"), "bool", aliases=("启用",)),
            XColumn("notes", tr("Notes"), aliases=("备注",)),
        ] + _custom_columns(custom_fields.fields_tx(tx, "product"))
    if kind == "customers":
        return [
            XColumn("code", tr("Code"), required=True, aliases=("编码", "客户编码")),
            XColumn("name", tr("Name"), required=True, aliases=("名称", "客户名称")),
            XColumn("mnemonic", tr("Mnemonic"), aliases=("助记码", "拼音码", "简码")),
            XColumn("tier", tr("Tier"), aliases=("等级", "客户等级")),
            XColumn("channel", tr("Channel"), aliases=("渠道",)),
            XColumn("tags", tr("Tags"), "list", aliases=("标签",)),
            XColumn("salesperson", tr("Salesperson"), aliases=("业务员",)),
            XColumn("phone", tr("Phone"), aliases=("电话", "手机")),
            XColumn("email", tr("Email"), aliases=("邮箱",)),
            XColumn("tax_id", tr("Tax ID"), aliases=("税号", "纳税人识别号")),
            XColumn("credit_limit", tr("Credit limit"), "money", aliases=("信用额度",)),
            XColumn("payment_terms_days", tr("Payment terms (days)"), "int", aliases=("账期", "账期(天)")),
            XColumn("contact", tr("Contact"), aliases=("联系人",)),
            XColumn("contact_phone", tr("Contact phone"), aliases=("联系人电话",)),
            XColumn("address", tr("Address"), aliases=("地址", "送货地址")),
            XColumn("active", tr("Active"), "bool", aliases=("启用",)),
            XColumn("notes", tr("Notes"), aliases=("备注",)),
        ] + _custom_columns(custom_fields.fields_tx(tx, "customer"))
    if kind == "suppliers":
        return [
            XColumn("code", tr("Code"), required=True, aliases=("编码", "供应商编码")),
            XColumn("name", tr("Name"), required=True, aliases=("名称", "供应商名称")),
            XColumn("mnemonic", tr("Mnemonic"), aliases=("助记码", "拼音码", "简码")),
            XColumn("category", tr("Category"), aliases=("类别", "分类")),
            XColumn("grade", tr("Grade"), aliases=("等级",)),
            XColumn("tags", tr("Tags"), "list", aliases=("标签",)),
            XColumn("phone", tr("Phone"), aliases=("电话",)),
            XColumn("email", tr("Email"), aliases=("邮箱",)),
            XColumn("address", tr("Address"), aliases=("地址",)),
            XColumn("tax_id", tr("Tax ID"), aliases=("税号",)),
            XColumn("lead_time_days", tr("Lead time (days)"), "int", aliases=("交期", "交货期")),
            XColumn("payment_terms_days", tr("Payment terms (days)"), "int", aliases=("账期",)),
            XColumn("contact", tr("Contact"), aliases=("联系人",)),
            XColumn("contact_phone", tr("Contact phone"), aliases=("联系人电话",)),
            XColumn("active", tr("Active"), "bool", aliases=("启用",)),
            XColumn("notes", tr("Notes"), aliases=("备注",)),
        ] + _custom_columns(custom_fields.fields_tx(tx, "supplier"))
    if kind == "warehouses":
        return [
            XColumn("warehouse_code", tr("Warehouse code"), required=True, aliases=("仓库编码",)),
            XColumn("warehouse_name", tr("Warehouse name"), aliases=("仓库名称",)),
            XColumn("address", tr("Address"), aliases=("地址",)),
            XColumn("negative_policy", tr("Negative stock"), aliases=("负库存",)),
            XColumn("bin_code", tr("Bin code"), aliases=("库位编码", "货位")),
            XColumn("bin_name", tr("Bin name"), aliases=("库位名称",)),
            XColumn("bin_status", tr("Bin status"), aliases=("库位状态",)),
            XColumn("capacity", tr("Capacity"), "qty", aliases=("容量",)),
            XColumn("sort_order", tr("Walking order"), "int", aliases=("拣货顺序",)),
        ]
    if kind == "prices":
        return [
            XColumn("price_list", tr("Price list"), required=True, aliases=("价格表",)),
            XColumn("tier", tr("Tier"), aliases=("客户等级",)),
            XColumn("channel", tr("Channel"), aliases=("渠道",)),
            XColumn("valid_from", tr("Valid from"), "date", aliases=("开始日期",)),
            XColumn("valid_to", tr("Valid until"), "date", aliases=("结束日期",)),
            XColumn("product_code", tr("Product code"), required=True, aliases=("商品编码",)),
            XColumn("product_name", tr("Product name"), aliases=("商品名称",)),
            XColumn("min_qty", tr("Minimum quantity"), "qty", aliases=("起订量",)),
            XColumn("price", tr("Price"), "price", required=True, aliases=("价格",)),
            XColumn("unit", tr("Unit"), aliases=("单位",)),
        ]
    if kind == "units":
        return [
            XColumn("product_code", tr("Product code"), required=True, aliases=("商品编码",)),
            XColumn("product_name", tr("Product name"), aliases=("商品名称",)),
            XColumn("base_unit", tr("Base unit"), aliases=("基本单位",)),
            XColumn("unit", tr("Unit"), required=True, aliases=("单位", "辅助单位")),
            XColumn("factor", tr("Factor"), "price", required=True, aliases=("换算率", "换算系数")),
            XColumn("barcode", tr("Barcode"), aliases=("条码", "条形码")),
            XColumn("purchase_default", tr("Default purchase unit"), "bool", aliases=("采购默认",)),
            XColumn("sale_default", tr("Default sale unit"), "bool", aliases=("销售默认",)),
        ]
    if kind == "quotes":
        return [
            XColumn("supplier_code", tr("Supplier code"), required=True, aliases=("供应商编码",)),
            XColumn("supplier_name", tr("Supplier name"), aliases=("供应商名称",)),
            XColumn("product_code", tr("Product code"), required=True, aliases=("商品编码",)),
            XColumn("product_name", tr("Product name"), aliases=("商品名称",)),
            XColumn("price", tr("Price"), "price", required=True, aliases=("报价", "价格")),
            XColumn("min_qty", tr("Minimum quantity"), "qty", aliases=("起订量",)),
            XColumn("lead_time_days", tr("Lead time (days)"), "int", aliases=("交期",)),
            XColumn("valid_from", tr("Valid from"), "date", aliases=("开始日期",)),
            XColumn("valid_until", tr("Valid until"), "date", aliases=("有效期至", "结束日期")),
        ]
    raise ValidationError(
        tr("Unknown list {name}; choose one of: {choices}", name=kind, choices=", ".join(LISTS)), field="list"
    )


def _sheet_title(kind: str) -> str:
    return tr(LIST_LABELS[kind])


# --------------------------------------------------------------------------- export


def export_list(uow: UnitOfWork, kind: str, path: str | Path, *, progress: Callable[[int], bool] | None = None) -> int:
    """Write the whole list to an xlsx file (streamed); returns the rows written. A user without
    VIEW_COST gets no purchase-price column and cannot export the suppliers' quotes."""
    with uow.read() as tx:
        cols = _export_columns(tx, kind)  # the writer writes only these columns
        return excel.write_xlsx(path, cols, _rows(tx, kind), sheet_title=_sheet_title(kind), progress=progress)


COST_COLUMNS = frozenset({"purchase_price"})
COST_LISTS = frozenset({"quotes"})  # supplier quotes are purchase prices through and through


def _export_columns(tx: Session, kind: str) -> list:
    cols = _columns(tx, kind)
    if auth.may(tx, auth.Perm.VIEW_COST):
        return cols
    if kind in COST_LISTS:
        auth.require(tx, auth.Perm.VIEW_COST)
    return [c for c in cols if c.key not in COST_COLUMNS]


def iter_list(uow: UnitOfWork, kind: str) -> Iterator[dict[str, Any]]:
    """Every row of a list as export dicts (streamed inside one read transaction), without the
    cost columns for a user who may not see them."""
    with uow.read() as tx:
        if len(_export_columns(tx, kind)) == len(_columns(tx, kind)):
            yield from _rows(tx, kind)
            return
        for row in _rows(tx, kind):
            yield {k: val for k, val in row.items() if k not in COST_COLUMNS}


def _attributes_text(attributes: dict) -> str:
    return "; ".join(f"{k}={val}" for k, val in (attributes or {}).items())


def _parse_attributes(text: str | None) -> dict[str, str]:
    result: dict[str, str] = {}
    for part in (text or "").replace("；", ";").split(";"):
        if "=" in part:
            key, _, value = part.partition("=")
            if key.strip():
                result[key.strip()] = value.strip()
        elif part.strip():
            result[part.strip()] = ""
    return result


def _rows(tx: Session, kind: str) -> Iterator[dict[str, Any]]:
    if kind == "products":
        return _product_rows(tx)
    if kind == "customers":
        return _party_rows(tx, Customer, Contact.customer_id)
    if kind == "suppliers":
        return _party_rows(tx, Supplier, Contact.supplier_id)
    if kind == "warehouses":
        return _warehouse_rows(tx)
    if kind == "prices":
        return _price_rows(tx)
    if kind == "units":
        return _unit_rows(tx)
    if kind == "quotes":
        return _quote_rows(tx)
    return iter(())


def _product_rows(tx: Session) -> Iterator[dict[str, Any]]:
    # ids and JSON are read as raw text (no UUID objects, no JSON parsing for empty {}):
    # this loop runs 100,000 times on a big shop
    raw = lambda col: type_coerce(col, String)  # noqa: E731
    codes: dict[str, list[str]] = {}
    for pid, code in tx.execute(
        select(raw(ProductBarcode.product_id), ProductBarcode.barcode).order_by(ProductBarcode.barcode)
    ):
        codes.setdefault(pid, []).append(code)
    paths = dict(tx.execute(select(raw(Category.id), Category.path)).all())
    stmt = select(
        raw(Product.id),
        Product.code,
        Product.name,
        Product.mnemonic,
        raw(Product.category_id),
        Product.spec,
        Product.colour,
        Product.unit,
        Product.tax_rate,
        Product.purchase_price,
        Product.sale_price,
        Product.reorder_point,
        Product.reorder_qty,
        Product.costing_method,
        raw(Product.attributes),
        Product.active,
        Product.notes,
        raw(Product.custom),
    ).order_by(Product.code)
    for (
        pid,
        code,
        name,
        mnemonic,
        category_id,
        spec,
        colour,
        unit,
        tax_rate,
        purchase_price,
        sale_price,
        reorder_point,
        reorder_qty,
        costing_key,
        attributes,
        active,
        notes,
        custom,
    ) in tx.execute(stmt.execution_options(yield_per=2000)):
        yield dict(
            code=code,
            name=name,
            mnemonic=mnemonic,
            category=paths.get(category_id, ""),
            spec=spec,
            colour=colour,
            unit=unit,
            barcodes=codes.get(pid, ()),
            tax_rate=tax_rate,
            purchase_price=purchase_price,
            sale_price=sale_price,
            reorder_point=reorder_point,
            reorder_qty=reorder_qty,
            costing_method=costing.costing_label(costing_key),
            attributes=_attributes_text(json.loads(attributes)) if attributes and attributes != "{}" else "",
            active=active,
            notes=notes,
            custom=json.loads(custom) if custom and custom != "{}" else {},
        )


_Party = TypeVar("_Party", Customer, Supplier)


def _party_rows(
    tx: Session, model: type[_Party], key: InstrumentedAttribute[uuid.UUID | None]
) -> Iterator[dict[str, Any]]:
    contacts: dict[uuid.UUID, Contact] = {}
    for c in tx.scalars(select(Contact).where(key.is_not(None)).order_by(Contact.is_primary.desc(), Contact.name)):
        contacts.setdefault(getattr(c, key.key), c)
    for p in tx.scalars(select(model).order_by(model.code).execution_options(yield_per=1000)):
        row = {c.key: getattr(p, c.key) for c in model.__table__.columns}
        contact = contacts.get(p.id)
        row["contact"] = contact.name if contact else ""
        row["contact_phone"] = contact.phone if contact else ""
        if isinstance(p, Customer):
            row["address"] = next((a.address for a in sorted(p.addresses, key=lambda a: not a.is_default)), "")
        row["tags"] = list(p.tags or [])
        yield row


def _warehouse_rows(tx: Session) -> Iterator[dict[str, Any]]:
    for w in tx.scalars(select(Warehouse).order_by(Warehouse.code)):
        bins = tx.scalars(
            select(Location)
            .where(Location.warehouse_id == w.id, Location.kind == LocationKind.BIN.value)
            .order_by(Location.sort_order, Location.code)
        ).all()
        base: dict[str, Any] = dict(
            warehouse_code=w.code, warehouse_name=w.name, address=w.address, negative_policy=w.negative_policy
        )
        if not bins:  # a warehouse without bins is still one row
            yield dict(base)
        for b in bins:
            yield dict(
                base,
                bin_code=b.code,
                bin_name=b.name,
                bin_status=b.status,
                capacity=b.capacity,
                sort_order=b.sort_order,
            )


def _price_rows(tx: Session) -> Iterator[dict[str, Any]]:
    stmt = (
        select(PriceList, PriceListItem, Product.code, Product.name)
        .join(PriceListItem, PriceListItem.price_list_id == PriceList.id)
        .join(Product, Product.id == PriceListItem.product_id)
        .order_by(PriceList.name, Product.code, PriceListItem.min_qty)
    )
    for pl, item, code, name in tx.execute(stmt):
        yield dict(
            price_list=pl.name,
            tier=pl.tier,
            channel=pl.channel,
            valid_from=pl.valid_from,
            valid_to=pl.valid_to,
            product_code=code,
            product_name=name,
            min_qty=item.min_qty,
            price=item.price,
            unit=item.unit,
        )


def _unit_rows(tx: Session) -> Iterator[dict[str, Any]]:
    stmt = (
        select(ProductUnit, Product.code, Product.name, Product.unit)
        .join(Product, Product.id == ProductUnit.product_id)
        .order_by(Product.code, ProductUnit.factor, ProductUnit.name)
    )
    for u, code, name, base in tx.execute(stmt):
        yield dict(
            product_code=code,
            product_name=name,
            base_unit=base,
            unit=u.name,
            factor=u.factor,
            barcode=u.barcode or "",
            purchase_default=u.purchase_default,
            sale_default=u.sale_default,
        )


def _quote_rows(tx: Session) -> Iterator[dict[str, Any]]:
    stmt = (
        select(SupplierQuote, Supplier.code, Supplier.name, Product.code, Product.name)
        .join(Supplier, Supplier.id == SupplierQuote.supplier_id)
        .join(Product, Product.id == SupplierQuote.product_id)
        .order_by(Supplier.code, Product.code, SupplierQuote.min_qty)
    )
    for q, scode, sname, pcode, pname in tx.execute(stmt):
        yield dict(
            supplier_code=scode,
            supplier_name=sname,
            product_code=pcode,
            product_name=pname,
            price=q.price,
            min_qty=q.min_qty,
            lead_time_days=q.lead_time_days,
            valid_from=q.valid_from,
            valid_until=q.valid_until,
        )


def write_template(uow: UnitOfWork, kind: str, path: str | Path) -> None:
    """An empty workbook with the list's headers, one example row and an instructions sheet."""
    examples: dict[str, list[dict[str, Any]]] = {
        "products": [
            dict(
                code="TEA-001",
                name="西湖龙井",
                category="饮料/茶叶",
                spec="250g",
                colour="",
                unit="盒",
                barcodes=["6901234567892"],
                tax_rate="0.13",
                purchase_price="60",
                sale_price="88",
                reorder_point="10",
                costing_method=costing.costing_label(costing.DEFAULT),
                active=True,
            )
        ],
        "customers": [
            dict(
                code="C0001",
                name="张三便利店",
                tier="零售",
                tags=["老客户"],
                phone="13800000000",
                credit_limit="5000",
                payment_terms_days=30,
                active=True,
            )
        ],
        "suppliers": [
            dict(code="S001", name="杭州茶叶有限公司", category="茶叶", grade="A", lead_time_days=5, active=True)
        ],
        "warehouses": [
            dict(
                warehouse_code="W1",
                warehouse_name="总仓",
                negative_policy="forbid",
                bin_code="A-01",
                bin_status="active",
                capacity="1000",
                sort_order=1,
            )
        ],
        "prices": [dict(price_list="批发价", tier="批发", product_code="TEA-001", min_qty="10", price="75")],
        "units": [
            dict(
                product_code="TEA-001",
                base_unit="盒",
                unit="箱",
                factor="24",
                barcode="16901234567899",
                purchase_default=True,
            )
        ],
        "quotes": [dict(supplier_code="S001", product_code="TEA-001", price="58", min_qty="20", lead_time_days=5)],
    }
    with uow.read() as tx:
        cols = _columns(tx, kind)
    excel.write_template(path, cols, examples.get(kind, ()))


# --------------------------------------------------------------------------- import


def import_list(
    uow: UnitOfWork,
    kind: str,
    path: str | Path,
    *,
    mode: str = "upsert",
    create_categories: bool = False,
    progress: Callable[[int], object] | None = None,
) -> ImportResult:
    """Import a list from xlsx, all or nothing (see the module docstring). Raises ImportErrors."""
    if mode not in ("upsert", "create"):
        raise ValidationError(tr("Unknown import mode {mode}.", mode=mode), field="mode")
    with uow.read() as tx:
        cols = _columns(tx, kind)
    unique = {"products": ("code",), "customers": ("code",), "suppliers": ("code",)}.get(kind, ())
    # every problem in one pass: the cells that do not read (letters in a price) and what the
    # rows that do read break (a negative price), listed together in sheet order
    read_problems: list[Problem] = []
    rows = excel.read_xlsx(path, cols, unique=unique, problems=read_problems, progress=progress)
    titles = {c.key: c.title for c in cols}
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_PRICES if kind == "prices" else auth.Perm.EDIT_MASTER)
        importer = _Importer(tx, titles, mode)
        importer.problems.extend(read_problems)
        result = getattr(importer, f"import_{kind}")(rows, create_categories=create_categories)
        if importer.problems:
            listed = excel.sorted_problems(importer.problems)
            raise ImportErrors(tr("{n} problems found; nothing was imported.", n=len(listed)), listed)
        audit.record(
            tx,
            "import",
            kind.rstrip("s"),
            None,
            summary=tr(
                "Imported {file}: {created} created, {updated} updated",
                file=Path(path).name,
                created=result.created,
                updated=result.updated,
            ),
        )
        return result


def _clean_party(
    tx: Session, entity: str, given: dict[str, Any], defs: list[custom_fields.FieldDef], custom: dict | None
) -> dict[str, Any]:
    """A customer's or supplier's checked column values from the row's fields. Raises ValidationError."""
    if entity == "customer":
        return parties.clean_customer(tx, parties.CustomerInput(**given), defs, custom)
    return parties.clean_supplier(tx, parties.SupplierInput(**given), defs, custom)


class _Importer:
    """Checks every row (collecting problems), then — only when there are none — writes."""

    def __init__(self, tx: Session, titles: dict[str, str], mode: str):
        self.tx = tx
        self.titles = titles
        self.mode = mode
        self.problems: list[Problem] = []

    def problem(self, row: int, key: str | None, message: str) -> None:
        self.problems.append((row, self.titles.get(key or "", key) if key else None, message))

    def fail(self, row: int, exc: ValidationError) -> None:
        key = exc.field or None
        if key and key.startswith("custom."):
            self.problem(row, key, exc.message)
        else:
            self.problem(row, key, exc.message)

    def _existing(self, values: dict, current, row: int, what: str) -> bool:
        if current is not None and self.mode == "create":
            self.problem(
                row,
                "code",
                tr(
                    "Code {code} already exists ({what}); import in update mode to change it.",
                    code=values["code"],
                    what=what,
                ),
            )
            return False
        return True

    @staticmethod
    def _merge(values: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        """On update: absent columns and empty cells keep the current value."""
        merged = dict(current)
        for key, value in values.items():
            if value is None or value == "" or value == []:
                continue
            if key.startswith("custom."):
                merged.setdefault("custom", {})
                merged["custom"] = {**merged["custom"], key[7:]: value}
            else:
                merged[key] = value
        return merged

    # ------------------------------------------------------------------ products
    def import_products(self, rows: list[excel.ImportRow], *, create_categories: bool) -> ImportResult:
        tx = self.tx
        defs = custom_fields.fields_tx(tx, "product")
        categories = {c.path: c for c in tx.scalars(select(Category))}
        # plain strings only: turning 100,000 ids into UUIDs would cost more than the import
        existing = set(tx.scalars(select(Product.code)))
        barcode_owner = dict(
            tx.execute(
                select(ProductBarcode.barcode, Product.code).join(Product, Product.id == ProductBarcode.product_id)
            ).all()
        )
        file_codes = {str(r.values.get("code") or "").strip() for r in rows}
        seen_barcodes: dict[str, tuple[int, str]] = {}
        planned: list[tuple[uuid.UUID | None, dict, list[str]]] = []
        currents = self._load(Product, [c for c in file_codes if c in existing])
        for r in rows:
            values = dict(r.values)
            code = str(values.get("code") or "").strip()
            current = currents.get(code)
            if not self._existing(values, current, r.row, tr("product")):
                continue
            if current is not None:
                base = {
                    k: getattr(current, k)
                    for k in (
                        "code",
                        "name",
                        "spec",
                        "colour",
                        "unit",
                        "tax_rate",
                        "purchase_price",
                        "sale_price",
                        "reorder_point",
                        "reorder_qty",
                        "active",
                        "notes",
                    )
                }
                base.update(
                    category_id=current.category_id,
                    attributes=dict(current.attributes or {}),
                    custom=dict(current.custom or {}),
                    barcodes=[b.barcode for b in current.barcodes],
                )
            else:
                base = {}
            category_id = base.get("category_id")
            path = (values.pop("category", None) or "").strip().strip("/")
            if path:
                path = "/".join(p.strip() for p in path.split("/") if p.strip())
                if path in categories:
                    category_id = categories[path].id
                elif create_categories:
                    categories[path] = catalog.ensure_category_path(tx, path)
                    category_id = categories[path].id
                else:
                    self.problem(
                        r.row,
                        "category",
                        tr(
                            "Unknown category {path} (create it first, or import with the option to create categories).",
                            path=path,
                        ),
                    )
                    continue
            if "attributes" in values:
                values["attributes"] = _parse_attributes(values["attributes"]) or None
            try:
                method = costing.costing_of(values.pop("costing_method", None))
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            if method and not self._costing_may_change(r.row, current, method):
                continue
            merged = self._merge(values, base)
            merged["category_id"] = category_id
            try:
                data = catalog.ProductInput(
                    **{
                        k: merged[k]
                        for k in catalog.ProductInput.__dataclass_fields__
                        if k in merged and merged[k] is not None
                    }
                )
                clean = catalog.clean_product(tx, data, defs, current.custom if current is not None else None)
                barcodes = catalog.clean_barcodes(data.barcodes)
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            if method or current is None:  # every new row names one: the rows are inserted together
                clean["costing_method"] = method or costing.DEFAULT
            ok = True
            for b in barcodes:
                owner = barcode_owner.get(b)
                if owner is None and b in existing and b != code:
                    owner = b
                if owner is not None and owner != code and owner not in file_codes:
                    self.problem(
                        r.row,
                        "barcodes",
                        tr("Barcode {barcode} is already used by product {other}.", barcode=b, other=owner),
                    )
                    ok = False
                elif b in seen_barcodes and seen_barcodes[b][1] != code:
                    self.problem(
                        r.row,
                        "barcodes",
                        tr("Duplicate value {value}: also in row {row}.", value=b, row=seen_barcodes[b][0]),
                    )
                    ok = False
                else:
                    seen_barcodes[b] = (r.row, code)
            if ok:
                planned.append((current.id if current is not None else None, clean, barcodes))
        if self.problems:
            return ImportResult(0, 0)
        by_id = {p.id: p for p in currents.values()}
        # barcodes moving between products of this file: free them all first
        for pid, _clean, _barcodes in planned:
            if pid is not None:
                by_id[pid].barcodes = [b for b in by_id[pid].barcodes if b.barcode in _barcodes]
        tx.flush()
        updated = 0
        for pid, clean, barcodes in planned:
            if pid is not None:
                catalog.apply_product(tx, by_id[pid], clean, barcodes)
                updated += 1
                if updated % FLUSH_EVERY == 0:
                    tx.flush()
        tx.flush()
        created = self._insert_products([(clean, barcodes) for pid, clean, barcodes in planned if pid is None])
        return ImportResult(created, updated)

    def _costing_may_change(self, row: int, current: Product | None, method: str) -> bool:
        """A row choosing another costing method than the product has: only the owner may, and
        only before the product's first stock move (as in the product editor). Records the problem."""
        if method == (current.costing_method if current is not None else costing.DEFAULT):
            return True
        if not auth.may(self.tx, auth.Perm.SETTINGS):
            self.problem(row, "costing_method", tr("Only the owner may choose a product's costing method."))
            return False
        try:
            if current is not None:
                costing.check_costing_change(self.tx, current, method)
        except ValidationError as exc:
            self.fail(row, exc)
            return False
        return True

    def _insert_products(self, rows: list[tuple[dict, list[str]]]) -> int:
        """New products and their barcodes with ``insert_rows`` (ten times faster than ORM
        objects), stamped for sync as the unit of work stamps ORM rows."""
        tx = self.tx
        for i in range(0, len(rows), 1000):
            products: list[dict[str, Any]] = []
            codes: list[dict[str, Any]] = []
            for clean, barcodes in rows[i : i + 1000]:
                pid = uuid7()
                mnemonic = resolve_mnemonic(clean.get("mnemonic"), clean["name"], old_name=None, old_mnemonic=None)
                products.append(dict(clean, mnemonic=mnemonic, id=pid))
                codes.extend({"id": uuid7(), "product_id": pid, "barcode": b} for b in barcodes)
            insert_rows(tx, Product.__table__, products)
            insert_rows(tx, ProductBarcode.__table__, codes)
        return len(rows)

    def _load(self, model, codes: list[str]) -> dict[str, Any]:
        result = {}
        for i in range(0, len(codes), 500):
            for row in self.tx.scalars(select(model).where(model.code.in_(codes[i : i + 500]))):
                result[row.code] = row
        return result

    # ------------------------------------------------------------------ customers / suppliers
    def import_customers(self, rows, **_options) -> ImportResult:
        return self._import_parties(rows, Customer, "customer")

    def import_suppliers(self, rows, **_options) -> ImportResult:
        return self._import_parties(rows, Supplier, "supplier")

    def _import_parties(self, rows, model, entity: str) -> ImportResult:
        tx = self.tx
        defs = custom_fields.fields_tx(tx, entity)
        currents = self._load(model, [str(r.values.get("code") or "").strip() for r in rows])
        input_cls = parties.CustomerInput if entity == "customer" else parties.SupplierInput
        fields = [k for k in input_cls.__dataclass_fields__ if k not in ("contacts", "addresses", "quotes")]
        planned = []
        for r in rows:
            values = dict(r.values)
            contact, contact_phone, address = (
                values.pop("contact", None),
                values.pop("contact_phone", None),
                values.pop("address", None) if entity == "customer" else None,
            )
            code = str(values.get("code") or "").strip()
            current = currents.get(code)
            if not self._existing(values, current, r.row, tr("customer") if entity == "customer" else tr("supplier")):
                continue
            base = {k: getattr(current, k) for k in fields} if current is not None else {}
            if current is not None:
                base["custom"] = dict(current.custom or {})
            merged = self._merge(values, base)
            try:
                given = {k: merged[k] for k in fields if k in merged and merged[k] is not None}
                clean = _clean_party(tx, entity, given, defs, current.custom if current is not None else None)
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            planned.append(
                (current, clean, (contact or "").strip(), (contact_phone or "").strip(), (address or "").strip())
            )
        if self.problems:
            return ImportResult(0, 0)
        created = updated = 0
        from erp_desktop.models.parties import Address

        for current, clean, contact, phone, address in planned:
            clean = dict(
                clean,
                mnemonic=resolve_mnemonic(
                    clean.get("mnemonic"),
                    clean["name"],
                    old_name=current.name if current is not None else None,
                    old_mnemonic=current.mnemonic if current is not None else None,
                ),
            )
            if current is None:
                current = model(**clean)
                tx.add(current)
                created += 1
            else:
                for key, value in clean.items():
                    setattr(current, key, value)
                updated += 1
            if contact and not any(c.name == contact for c in current.contacts):
                current.contacts.append(Contact(name=contact[:80], phone=phone[:40], is_primary=not current.contacts))
            if entity == "customer" and address and not any(a.address == address for a in current.addresses):
                current.addresses.append(Address(address=address[:300], is_default=not current.addresses))
            if (created + updated) % FLUSH_EVERY == 0:
                tx.flush()
        tx.flush()
        return ImportResult(created, updated)

    # ------------------------------------------------------------------ warehouses
    def import_warehouses(self, rows, **_options) -> ImportResult:
        tx = self.tx
        policy_words = {"禁止": "forbid", "警告": "warn", "允许": "allow"}
        status_words = {"正常": "active", "启用": "active", "冻结": "frozen", "已满": "full", "满": "full"}
        whs = {w.code: w for w in tx.scalars(select(Warehouse))}
        created = updated = 0
        seen_bins: dict[tuple[str, str], int] = {}
        new_whs: dict[str, Warehouse] = {}
        planned = []
        for r in rows:
            values = r.values
            code = str(values.get("warehouse_code") or "").strip()
            current = whs.get(code)
            policy = values.get("negative_policy")
            policy = (
                policy_words.get(str(policy).strip(), policy)
                if policy
                else (current.negative_policy if current else "forbid")
            )
            try:
                wvalues = warehouses.clean_warehouse(
                    tx,
                    code=code,
                    name=values.get("warehouse_name") or (current.name if current else ""),
                    address=values.get("address") or (current.address if current else ""),
                    negative_policy=policy,
                    active=current.active if current else True,
                    self_id=current.id if current else None,
                )
                bin_code = (values.get("bin_code") or "").strip()
                bvalues = None
                if bin_code:
                    status = values.get("bin_status")
                    status = status_words.get(str(status).strip(), status) if status else "active"
                    bvalues = dict(
                        code=v.text(bin_code, "bin_code", tr("Bin code"), max_len=40),
                        name=v.text(values.get("bin_name"), "bin_name", tr("Bin name"), max_len=120),
                        status=v.choice(status, "bin_status", tr("Bin status"), warehouses.STATUSES, default="active"),
                        capacity=v.number(
                            values.get("capacity"), "capacity", tr("Capacity"), places=3, allow_none=True
                        ),
                        sort_order=values.get("sort_order"),
                    )
                    if (code, bin_code) in seen_bins:
                        self.problem(
                            r.row,
                            "bin_code",
                            tr(
                                "Duplicate value {value}: also in row {row}.",
                                value=bin_code,
                                row=seen_bins[(code, bin_code)],
                            ),
                        )
                        continue
                    seen_bins[(code, bin_code)] = r.row
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            planned.append((code, wvalues, bvalues))
        if self.problems:
            return ImportResult(0, 0)
        with_bins = {code for code, _w, b in planned if b}
        touched: set[str] = set()
        for code, wvalues, bvalues in planned:
            wh = whs.get(code) or new_whs.get(code)
            if wh is None:
                wh = warehouses.create_warehouse_tx(tx, wvalues, default_bin=code not in with_bins)
                new_whs[code] = wh
                created += 1
                touched.add(code)
            elif code not in touched:
                for key, value in wvalues.items():
                    setattr(wh, key, value)
                touched.add(code)
                updated += 1
            if bvalues:
                loc = tx.scalar(
                    select(Location).where(Location.warehouse_id == wh.id, Location.code == bvalues["code"])
                )
                order = bvalues.pop("sort_order")
                if loc is None:
                    loc = Location(warehouse_id=wh.id, kind=LocationKind.BIN.value, **bvalues)
                    tx.add(loc)
                else:
                    for key, value in bvalues.items():
                        setattr(loc, key, value)
                if order is not None:
                    loc.sort_order = int(order)
                elif loc.sort_order == 0:
                    loc.sort_order = len(tx.scalars(select(Location.id).where(Location.warehouse_id == wh.id)).all())
                tx.flush()
        return ImportResult(created, updated)

    # ------------------------------------------------------------------ price lists
    def import_prices(self, rows, **_options) -> ImportResult:
        tx = self.tx
        lists = {p.name: p for p in tx.scalars(select(PriceList))}
        products = dict(tx.execute(select(Product.code, Product.id)).all())
        bases = dict(tx.execute(select(Product.code, Product.unit)).all())
        known: dict[uuid.UUID, set[str]] = {}
        for product_id, unit_name in tx.execute(select(ProductUnit.product_id, ProductUnit.name)):
            known.setdefault(product_id, set()).add(unit_name)
        planned = []
        seen: dict[tuple, int] = {}
        for r in rows:
            values = r.values
            name = str(values.get("price_list") or "").strip()
            code = str(values.get("product_code") or "").strip()
            if code not in products:
                self.problem(r.row, "product_code", tr("Unknown product code {code}.", code=code))
                continue
            try:
                price = v.number(values.get("price"), "price", tr("Price"), places=6)
                min_qty = v.number(values.get("min_qty"), "min_qty", tr("Minimum quantity"), places=3)
                plist = lists.get(name)
                list_values = catalog.clean_price_list(
                    tx,
                    name=name,
                    tier=values.get("tier") or (plist.tier if plist else ""),
                    channel=values.get("channel") or (plist.channel if plist else ""),
                    valid_from=values.get("valid_from") or (plist.valid_from if plist else None),
                    valid_to=values.get("valid_to") or (plist.valid_to if plist else None),
                    priority=plist.priority if plist else 0,
                    self_id=plist.id if plist else None,
                )
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            unit = str(values.get("unit") or "").strip()
            if unit and unit == bases.get(code):
                unit = ""  # the base unit's own name
            if unit and unit not in known.get(products[code], ()):
                self.problem(r.row, "unit", tr("Line {line}: the product has no unit {unit}.", line=r.row, unit=unit))
                continue
            key = (name, code, min_qty, unit)
            if key in seen:
                self.problem(
                    r.row,
                    "product_code",
                    tr(
                        "Duplicate value {value}: also in row {row}.", value=f"{name} {code} ≥ {min_qty}", row=seen[key]
                    ),
                )
                continue
            seen[key] = r.row
            planned.append((name, list_values, products[code], price, min_qty, unit))
        if self.problems:
            return ImportResult(0, 0)
        created = updated = 0
        items = {(i.price_list_id, i.product_id, i.min_qty, i.unit): i for i in tx.scalars(select(PriceListItem))}
        for name, list_values, product_id, price, min_qty, unit in planned:
            plist = lists.get(name)
            if plist is None:
                plist = PriceList(**list_values)
                tx.add(plist)
                tx.flush()
                lists[name] = plist
            else:
                for attr, value in list_values.items():
                    setattr(plist, attr, value)
            item = items.get((plist.id, product_id, min_qty, unit))
            if item is None:
                item = PriceListItem(
                    price_list_id=plist.id, product_id=product_id, min_qty=min_qty, price=price, unit=unit
                )
                tx.add(item)
                items[(plist.id, product_id, min_qty, unit)] = item
                created += 1
            else:
                item.price = price
                updated += 1
        tx.flush()
        return ImportResult(created, updated)

    # ------------------------------------------------------------------ product units (多单位)
    def import_units(self, rows, **_options) -> ImportResult:
        tx = self.tx
        products = {code: (pid, base) for code, pid, base in tx.execute(select(Product.code, Product.id, Product.unit))}
        existing = {(u.product_id, u.name): u for u in tx.scalars(select(ProductUnit))}
        owners = {b: code for b, code in tx.execute(select(ProductBarcode.barcode, Product.code).join(Product))}
        owners.update({code: code for code in products})
        unit_barcodes = {u.barcode: (u.product_id, u.name) for u in existing.values() if u.barcode}
        planned = []
        seen: dict[tuple, int] = {}
        seen_barcodes: dict[str, int] = {}
        for r in rows:
            values = r.values
            code = str(values.get("product_code") or "").strip()
            if code not in products:
                self.problem(r.row, "product_code", tr("Unknown product code {code}.", code=code))
                continue
            product_id, base = products[code]
            try:
                name = v.text(values.get("unit"), "unit", tr("Unit"), required=True, max_len=16)
                if name == base:
                    raise ValidationError(
                        tr("{unit} is the base unit of {code}; another unit needs another name.", unit=name, code=code),
                        field="unit",
                    )
                factor = units_io_factor(values.get("factor"))
                barcode = v.text(values.get("barcode"), "barcode", tr("Barcode"), max_len=64)
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            key = (product_id, name)
            if key in seen:
                self.problem(
                    r.row,
                    "unit",
                    tr("Duplicate value {value}: also in row {row}.", value=f"{code} {name}", row=seen[key]),
                )
                continue
            seen[key] = r.row
            if barcode:
                other = owners.get(barcode)
                unit_owner = unit_barcodes.get(barcode)
                if other is not None or (unit_owner is not None and unit_owner != key):
                    self.problem(
                        r.row,
                        "barcode",
                        tr(
                            "Barcode {barcode} is already used by product {other}.",
                            barcode=barcode,
                            other=other or code,
                        ),
                    )
                    continue
                if barcode in seen_barcodes:
                    self.problem(
                        r.row,
                        "barcode",
                        tr("Duplicate value {value}: also in row {row}.", value=barcode, row=seen_barcodes[barcode]),
                    )
                    continue
                seen_barcodes[barcode] = r.row
            planned.append((key, factor, barcode or None, values))
        if self.problems:
            return ImportResult(0, 0)
        created = updated = 0
        freed = {key for key, _f, _b, _v in planned}
        for held_key, held in existing.items():  # barcodes moving between units: free them first
            if held_key in freed and held.barcode:
                held.barcode = None
        tx.flush()
        for (product_id, name), factor, unit_barcode, values in planned:
            found = existing.get((product_id, name))
            if found is None:
                unit = ProductUnit(product_id=product_id, name=name)
                tx.add(unit)
                existing[(product_id, name)] = unit
                created += 1
            else:
                unit = found
                updated += 1
            unit.factor, unit.barcode = factor, unit_barcode
            for flag in ("purchase_default", "sale_default"):
                wanted = values.get(flag)
                if wanted is not None:
                    if wanted:
                        for sibling in existing.values():
                            if sibling.product_id == product_id and sibling is not unit:
                                setattr(sibling, flag, False)
                    setattr(unit, flag, bool(wanted))
                elif getattr(unit, flag) is None:
                    setattr(unit, flag, False)
        tx.flush()
        return ImportResult(created, updated)

    # ------------------------------------------------------------------ supplier quotes
    def import_quotes(self, rows, **_options) -> ImportResult:
        tx = self.tx
        suppliers = dict(tx.execute(select(Supplier.code, Supplier.id)).all())
        products = dict(tx.execute(select(Product.code, Product.id)).all())
        planned = []
        seen: dict[tuple, int] = {}
        for r in rows:
            values = r.values
            scode = str(values.get("supplier_code") or "").strip()
            pcode = str(values.get("product_code") or "").strip()
            bad = False
            if scode not in suppliers:
                self.problem(r.row, "supplier_code", tr("Unknown supplier code {code}.", code=scode))
                bad = True
            if pcode not in products:
                self.problem(r.row, "product_code", tr("Unknown product code {code}.", code=pcode))
                bad = True
            if bad:
                continue
            try:
                q = parties.clean_quote(
                    tx,
                    parties.QuoteData(
                        products[pcode],
                        values.get("price"),
                        values.get("min_qty"),
                        values.get("lead_time_days") if values.get("lead_time_days") is not None else 7,
                        values.get("valid_from"),
                        values.get("valid_until"),
                    ),
                    r.row,
                )
            except ValidationError as exc:
                self.fail(r.row, exc)
                continue
            key = (scode, pcode, q["min_qty"])
            if key in seen:
                self.problem(
                    r.row,
                    "product_code",
                    tr(
                        "Duplicate value {value}: also in row {row}.",
                        value=f"{scode} {pcode} ≥ {q['min_qty']}",
                        row=seen[key],
                    ),
                )
                continue
            seen[key] = r.row
            planned.append((suppliers[scode], q))
        if self.problems:
            return ImportResult(0, 0)
        created = updated = 0
        existing = {(q.supplier_id, q.product_id, q.min_qty): q for q in tx.scalars(select(SupplierQuote))}
        for supplier_id, q in planned:
            row = existing.get((supplier_id, q["product_id"], q["min_qty"]))
            if row is None:
                tx.add(SupplierQuote(supplier_id=supplier_id, **q))
                created += 1
            else:
                for attr, value in q.items():
                    setattr(row, attr, value)
                updated += 1
        tx.flush()
        return ImportResult(created, updated)
