"""多维分析: a pivot over posted sales (delivery lines minus return lines) and purchases
(receipt lines minus purchase-return lines).

Facts are aggregated in SQL (one GROUP BY per document kind over the chosen dimensions; a time
dimension groups by the document date, folded into weeks/months here). Sales revenue/cost of a
period therefore equal what the deliveries and returns posted to 5001/5401 in it.

Dimensions: customer, tier, salesperson, supplier, product, template (a variant rolls up to its 款式),
category, warehouse, day, week, month.
Measures: qty, revenue (purchases: amount), cost, margin, margin_pct, returns (revenue returned).
Margin % is a Decimal fraction rounded to 0.1 % (0.414 = 41.4 %).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.analysis import SavedView
from erp_desktop.models.catalog import Category, Product
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.purchasing import PurchaseReceipt, PurchaseReceiptLine, PurchaseReturn, PurchaseReturnLine
from erp_desktop.models.sales import SalesDelivery, SalesDeliveryLine, SalesOrder, SalesReturn, SalesReturnLine
from erp_desktop.models.stores import Store
from erp_desktop.models.variants import ProductTemplate, ProductVariant
from erp_desktop.models.warehouse import Location, Warehouse
from erp_desktop.money import unscale
from erp_desktop.services.system.auth import Perm, may, require
from erp_desktop.storage.uow import UnitOfWork

ZERO = Decimal("0.00")
ZERO_Q = Decimal("0.000")

DIMENSIONS = {
    "customer": N_("Customer"),
    "tier": N_("Customer tier"),
    "salesperson": N_("Salesperson"),
    "supplier": N_("Supplier"),
    "product": N_("Product"),
    "template": N_("Product template"),
    "category": N_("Category"),
    "warehouse": N_("Warehouse"),
    "store": N_("Store"),
    "day": N_("Day"),
    "week": N_("Week"),
    "month": N_("Month"),
}
SALES_DIMS = (
    "customer",
    "tier",
    "salesperson",
    "product",
    "template",
    "category",
    "warehouse",
    "store",
    "day",
    "week",
    "month",
)
PURCHASE_DIMS = ("supplier", "product", "template", "category", "warehouse", "store", "day", "week", "month")
TIME_DIMS = ("day", "week", "month")
MEASURES = {
    "qty": N_("Quantity"),
    "revenue": N_("Revenue"),
    "cost": N_("Cost"),
    "margin": N_("Gross margin"),
    "margin_pct": N_("Margin %"),
    "returns": N_("Returns"),
}
PURCHASE_MEASURES = ("qty", "revenue", "returns")
SOURCES = {"sales": N_("Sales (deliveries − returns)"), "purchases": N_("Purchases (receipts − returns)")}


def dimension_label(key: str) -> str:
    return tr(DIMENSIONS[key])


def measure_label(key: str, source: str = "sales") -> str:
    if source == "purchases" and key == "revenue":
        return tr("Amount")
    return tr(MEASURES[key])


@dataclass(frozen=True)
class PivotSpec:
    source: str = "sales"  # sales | purchases
    rows: tuple[str, ...] = ("customer",)
    cols: tuple[str, ...] = ()
    measure: str = "revenue"
    start: date | None = None
    end: date | None = None
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (dimension, allowed keys)

    def filter_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.filters)

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "rows": list(self.rows),
            "cols": list(self.cols),
            "measure": self.measure,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "filters": {k: list(v) for k, v in self.filters},
        }

    @classmethod
    def from_json(cls, data: dict) -> PivotSpec:
        return cls(
            source=data.get("source", "sales"),
            rows=tuple(data.get("rows") or ()),
            cols=tuple(data.get("cols") or ()),
            measure=data.get("measure", "revenue"),
            start=date.fromisoformat(data["start"]) if data.get("start") else None,
            end=date.fromisoformat(data["end"]) if data.get("end") else None,
            filters=tuple((k, tuple(v)) for k, v in (data.get("filters") or {}).items()),
        )


@dataclass(frozen=True)
class Cell:
    qty: Decimal = ZERO_Q
    revenue: Decimal = ZERO
    cost: Decimal = ZERO
    returns: Decimal = ZERO

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.cost

    @property
    def margin_pct(self) -> Decimal | None:
        if not self.revenue:
            return None
        return (self.margin / self.revenue).quantize(Decimal("0.001"))

    def value(self, measure: str) -> Decimal | None:
        return getattr(self, measure)

    def __add__(self, other: Cell) -> Cell:
        return Cell(
            self.qty + other.qty, self.revenue + other.revenue, self.cost + other.cost, self.returns + other.returns
        )


Key = tuple[str, ...]


@dataclass(frozen=True)
class PivotResult:
    spec: PivotSpec
    row_keys: tuple[Key, ...]
    row_labels: tuple[tuple[str, ...], ...]
    col_keys: tuple[Key, ...]
    col_labels: tuple[tuple[str, ...], ...]
    cells: dict = field(hash=False, compare=False)  # (row key, col key) → Cell
    row_totals: dict = field(hash=False, compare=False)
    col_totals: dict = field(hash=False, compare=False)
    total: Cell = Cell()

    def cell(self, row: Key, col: Key = ()) -> Cell:
        return self.cells.get((row, col), Cell())

    def value(self, row: Key, col: Key = ()) -> Decimal | None:
        return self.cell(row, col).value(self.spec.measure)


def _check(spec: PivotSpec) -> None:
    allowed = SALES_DIMS if spec.source == "sales" else PURCHASE_DIMS
    if spec.source not in SOURCES:
        raise ValidationError(tr("Unknown source {name}.", name=spec.source), field="source")
    for d in spec.rows + spec.cols + tuple(k for k, _ in spec.filters):
        if d not in allowed:
            raise ValidationError(tr("{name} is not a dimension of this analysis.", name=d), field="rows")
    if not spec.rows:
        raise ValidationError(tr("Choose at least one row dimension."), field="rows")
    if spec.measure not in MEASURES or (spec.source == "purchases" and spec.measure not in PURCHASE_MEASURES):
        raise ValidationError(tr("{name} is not a measure of this analysis.", name=spec.measure), field="measure")
    if spec.start and spec.end and spec.start > spec.end:
        raise ValidationError(tr("The period ends before it starts."), field="end")


COST_MEASURES = frozenset({"cost", "margin", "margin_pct"})


def _cost_allowed(tx: Session, spec: PivotSpec) -> bool:
    """Cost, margin and purchase amounts need VIEW_COST; without it the other measures come
    with every cell's cost left at 0 (so no margin can be worked out from the result)."""
    if spec.measure in COST_MEASURES or spec.source == "purchases":
        require(tx, Perm.VIEW_COST)
    return may(tx, Perm.VIEW_COST)


def _time_key(dim: str, on: date) -> str:
    if dim == "day":
        return on.isoformat()
    if dim == "week":
        y, w, _ = on.isocalendar()
        return f"{y}-W{w:02d}"
    return f"{on.year}-{on.month:02d}"


TIME_KEY_FORMS = {"day": "2026-03-31", "week": "2026-W13", "month": "2026-03"}


def time_range(dim: str, key: str) -> tuple[date, date]:
    """The dates a time key covers. Raises ValidationError for a key that is not one (a typed
    filter: ``--filter month=2026-3x``)."""
    try:
        if dim == "day":
            d = date.fromisoformat(key)
            return d, d
        if dim == "week":
            y, w = key.split("-W")
            start = date.fromisocalendar(int(y), int(w), 1)
            return start, start + timedelta(days=6)
        year, month = (int(x) for x in key.split("-"))
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date(year, month, 1), nxt - timedelta(days=1)
    except (ValueError, OverflowError):
        raise ValidationError(
            tr(
                "Filter {dim}={key}: not a {dim}; write it like {example}.",
                key=key,
                dim=dim,
                example=TIME_KEY_FORMS.get(dim, "2026-03"),
            ),
            field="filter",
        ) from None


class _Part:
    """One document kind: header/line models, sign and how each dimension reads."""

    def __init__(self, header, line, link, sign: int, source: str):
        self.header, self.line, self.link, self.sign, self.source = header, line, link, sign, source
        self.doc_stores: dict[str, str] | None = None  # sales: str(doc id) → str(store id), see _prepare

    def column(self, dim: str, joins: dict):
        h, l = self.header, self.line
        if dim == "customer":
            return h.customer_id
        if dim == "supplier":
            return h.supplier_id
        if dim == "tier":
            joins["customer"] = (Customer, Customer.id == h.customer_id)
            return Customer.tier
        if dim == "salesperson":
            joins["order"] = (SalesOrder, SalesOrder.id == h.order_id)
            return SalesOrder.salesperson
        if dim == "product":
            return l.product_id
        if dim == "template":  # a variant rolls up to its template (款式); a plain product to none
            joins["variant"] = (ProductVariant, ProductVariant.product_id == l.product_id, "outer")
            return ProductVariant.template_id
        if dim == "category":
            joins["product"] = (Product, Product.id == l.product_id)
            return Product.category_id
        if dim == "warehouse":
            if hasattr(l, "location_id"):
                joins["location"] = (Location, Location.id == l.location_id)
                return Location.warehouse_id
            if hasattr(h, "warehouse_id"):
                return h.warehouse_id
            # purchase return: the receipt it returns from
            joins["receipt"] = (PurchaseReceipt, PurchaseReceipt.id == h.receipt_id)
            return PurchaseReceipt.warehouse_id
        if dim == "store":
            if self.source == "sales":  # a delivery / return: by its document (analysis.stores' rule)
                return h.id
            warehouse = self.column("warehouse", joins)
            joins["store"] = (Store, Store.warehouse_id == warehouse, "outer")
            return Store.id
        if dim in TIME_DIMS:
            return h.on
        raise ValueError(dim)

    def measures(self):
        """Σ qty, net, cost as raw scaled integers (3, 2, 2 places): cheap to add up in Python."""
        l = self.line
        cost = l.net if self.line is PurchaseReceiptLine else l.cost
        return tuple(type_coerce(func.sum(c), BigInteger) for c in (l.qty, l.net, cost))

    def statement(self, dims: list[str], spec: PivotSpec, extra: dict[str, tuple[str, ...]] | None = None):
        joins: dict = {}
        cols = []
        seen_time = False
        for d in dims:
            if d in TIME_DIMS:
                if seen_time:
                    continue
                seen_time = True
            col = self.column(d, joins)
            if d in UUID_DIMS:
                col = type_coerce(col, String)  # raw storage value; normalised once per distinct key
            cols.append(col.label(d if d not in TIME_DIMS else "on"))
        conds = [self.header.state == "posted"]
        if spec.start:
            conds.append(self.header.on >= spec.start)
        if spec.end:
            conds.append(self.header.on <= spec.end)
        for dim, keys in list(spec.filters) + list((extra or {}).items()):
            if dim in TIME_DIMS:
                ranges = [time_range(dim, k) for k in keys]
                conds.append(or_(*[and_(self.header.on >= a, self.header.on <= b) for a, b in ranges]))
                continue
            col = self.column(dim, joins)
            if dim == "store" and self.doc_stores is not None:
                docs = [uuid.UUID(d) for d, st in self.doc_stores.items() if st in keys]
                cond = col.in_(docs)
                if "" in keys:
                    cond = or_(cond, col.not_in([uuid.UUID(d) for d in self.doc_stores]))
                conds.append(cond)
                continue
            conds.append(col.in_([_param(dim, k) for k in keys]))
        stmt = select(*cols, *self.measures()).select_from(self.line).join(self.header, self.header.id == self.link)
        for model, on, *outer in joins.values():
            stmt = stmt.outerjoin(model, on) if outer else stmt.join(model, on)
        stmt = stmt.where(*conds)
        if cols:
            stmt = stmt.group_by(*cols)
        return stmt


UUID_DIMS = ("customer", "supplier", "product", "template", "category", "warehouse", "store")


def _prepare(tx: Session, parts: list[_Part], spec: PivotSpec, extra: dict | None = None) -> list[_Part]:
    """Give the sales parts their document → store map when the store dimension is used."""
    used = set(spec.rows + spec.cols) | {k for k, _ in spec.filters} | set(extra or ())
    if "store" in used and spec.source == "sales":
        from .stores import warehouse_doc_stores

        found = {str(d): str(st) for d, st in warehouse_doc_stores(tx, spec.start, spec.end).items()}
        for part in parts:
            part.doc_stores = found
    return parts


def _param(dim: str, key: str):
    if dim in UUID_DIMS:
        return uuid.UUID(key) if key else None
    return key


def _parts(source: str) -> list[_Part]:
    if source == "sales":
        return [
            _Part(SalesDelivery, SalesDeliveryLine, SalesDeliveryLine.delivery_id, 1, "sales"),
            _Part(SalesReturn, SalesReturnLine, SalesReturnLine.return_id, -1, "sales"),
        ]
    return [
        _Part(PurchaseReceipt, PurchaseReceiptLine, PurchaseReceiptLine.receipt_id, 1, "purchases"),
        _Part(PurchaseReturn, PurchaseReturnLine, PurchaseReturnLine.return_id, -1, "purchases"),
    ]


def _norm(value, cache: dict) -> str:
    """A uuid dimension's raw value (hex on SQLite, uuid on PostgreSQL) as str(uuid.UUID)."""
    out = cache.get(value)
    if out is None:
        out = cache[value] = (
            "" if value is None else str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
        )
    return out


def _key_fn(dims: tuple[str, ...], names: list[str], doc_stores: dict[str, str] | None = None):
    """A function from a result row to the key tuple for ``dims``."""
    cache: dict = {}
    getters: list[Callable[[Any], Any]] = []
    for d in dims:
        i = names.index("on" if d in TIME_DIMS else d)
        if d == "store" and doc_stores is not None:

            def doc_store(row: Any, i: int = i, found: dict[str, str] = doc_stores) -> str:
                return found.get(_norm(row[i], cache), "")

            getters.append(doc_store)
        elif d in TIME_DIMS:
            tcache: dict = {}

            def time_key(row, i=i, d=d, tcache=tcache):
                v = row[i]
                out = tcache.get(v)
                if out is None:
                    out = tcache[v] = _time_key(d, v if isinstance(v, date) else date.fromisoformat(str(v)))
                return out

            getters.append(time_key)
        elif d in UUID_DIMS:

            def uuid_key(row: Any, i: int = i) -> str:
                return _norm(row[i], cache)

            getters.append(uuid_key)
        else:

            def text_key(row: Any, i: int = i) -> str:
                return "" if row[i] is None else str(row[i])

            getters.append(text_key)
    return lambda row: tuple(g(row) for g in getters)


def pivot(uow: UnitOfWork, spec: PivotSpec) -> PivotResult:
    _check(spec)
    with uow.read() as tx:
        return pivot_tx(tx, spec)


def _cell(v: list[int]) -> Cell:
    q, n, c, r = v
    return Cell(
        Decimal((0 if q >= 0 else 1, tuple(int(x) for x in str(abs(q))), -3)) if q else ZERO_Q,
        unscale(n, 2),
        unscale(c, 2),
        unscale(r, 2),
    )


def pivot_tx(tx: Session, spec: PivotSpec) -> PivotResult:
    dims = list(dict.fromkeys(spec.rows + spec.cols))
    acc: dict[tuple[Key, Key], list[int]] = {}
    rows_acc: dict[Key, list[int]] = {}
    cols_acc: dict[Key, list[int]] = {}
    grand = [0, 0, 0, 0]
    with_cols = bool(spec.cols)  # without columns a row's total is its only cell
    see_cost = _cost_allowed(tx, spec)
    for part in _prepare(tx, _parts(spec.source), spec):
        result = tx.execute(part.statement(dims, spec))
        names = list(result.keys())
        row_key, col_key = _key_fn(spec.rows, names, part.doc_stores), _key_fn(spec.cols, names, part.doc_stores)
        sign = part.sign
        for r in result:
            q, n, c = int(r[-3] or 0), int(r[-2] or 0), int(r[-1] or 0) if see_cost else 0
            ret = n if sign < 0 else 0
            q, n, c = sign * q, sign * n, sign * c
            rk, ck = row_key(r), col_key(r)
            for table, key in ((acc, (rk, ck)), (rows_acc, rk), (cols_acc, ck)) if with_cols else ((acc, (rk, ck)),):
                a = table.get(key)
                if a is None:
                    table[key] = [q, n, c, ret]
                else:
                    a[0] += q
                    a[1] += n
                    a[2] += c
                    a[3] += ret
            grand[0] += q
            grand[1] += n
            grand[2] += c
            grand[3] += ret
    cells = {k: _cell(v) for k, v in acc.items()}
    total = _cell(grand)
    if with_cols:
        row_totals = {k: _cell(v) for k, v in rows_acc.items()}
        col_totals = {k: _cell(v) for k, v in cols_acc.items()}
    else:
        row_totals = {rk: cell for (rk, _ck), cell in cells.items()}
        col_totals = {(): total} if cells else {}
    keys_by_dim: dict[str, set[str]] = defaultdict(set)
    for rk in row_totals:
        for d, k in zip(spec.rows, rk):
            keys_by_dim[d].add(k)
    for ck in col_totals:
        for d, k in zip(spec.cols, ck):
            keys_by_dim[d].add(k)
    labels = _labels(tx, keys_by_dim)
    measure = spec.measure
    row_keys = sorted(row_totals, key=lambda k: _sort_key(spec.rows, k, row_totals[k], measure, labels))
    col_keys = sorted(col_totals, key=lambda k: tuple(labels.get((d, v), v) for d, v in zip(spec.cols, k)))
    return PivotResult(
        spec,
        tuple(row_keys),
        tuple(tuple(labels.get((d, v), v) for d, v in zip(spec.rows, k)) for k in row_keys),
        tuple(col_keys),
        tuple(tuple(labels.get((d, v), v) for d, v in zip(spec.cols, k)) for k in col_keys),
        cells,
        row_totals,
        col_totals,
        total,
    )


def _sort_key(dims, key, cell: Cell, measure: str, labels):
    if any(d in TIME_DIMS for d in dims):
        return (0, key)
    v = cell.value(measure)
    return (-(v if v is not None else Decimal(-(10**9))), tuple(labels.get((d, x), x) for d, x in zip(dims, key)))


def _labels(tx: Session, keys_by_dim: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    none = tr("(none)")
    for d, keys in keys_by_dim.items():
        if d in UUID_DIMS:
            model: Any = {
                "customer": Customer,
                "supplier": Supplier,
                "category": Category,
                "warehouse": Warehouse,
                "product": Product,
                "template": ProductTemplate,
                "store": Store,
            }[d]
            ids = [uuid.UUID(k) for k in keys if k]
            names = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                if d in ("product", "template"):
                    names.update(
                        {
                            str(a): f"{c} {n}"
                            for a, c, n in tx.execute(
                                select(model.id, model.code, model.name).where(model.id.in_(chunk))
                            )
                        }
                    )
                else:
                    names.update(
                        {str(a): n for a, n in tx.execute(select(model.id, model.name).where(model.id.in_(chunk)))}
                    )
            empty = tr("(no store)") if d == "store" else none
            for k in keys:
                out[(d, k)] = names.get(k, empty) if k else empty
        else:
            for k in keys:
                out[(d, k)] = k or none
    return out


# --- drill-down ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocLine:
    doc_type: str  # DN | SR | GR | PT
    doc_id: uuid.UUID
    number: str
    on: date
    party: str
    product: str
    qty: Decimal
    revenue: Decimal
    cost: Decimal


def drill(uow: UnitOfWork, spec: PivotSpec, row: Key, col: Key = (), *, limit: int = 5000) -> list[DocLine]:
    """The document lines behind a cell (returns with negative quantity and amounts)."""
    _check(spec)
    extra: dict[str, tuple[str, ...]] = {}
    for dims, key in ((spec.rows, row), (spec.cols, col)):
        for d, k in zip(dims, key):
            extra[d] = (k,)
    out: list[DocLine] = []
    with uow.read() as tx:
        see_cost = _cost_allowed(tx, spec)
        for part in _prepare(tx, _parts(spec.source), spec, extra):
            h, l = part.header, part.line
            party = h.customer_id if spec.source == "sales" else h.supplier_id
            pmodel = Customer if spec.source == "sales" else Supplier
            base = part.statement([], spec, extra)
            # rebuild as a plain line query with the same joins and conditions
            stmt = base.with_only_columns(
                h.id,
                h.number,
                h.on,
                pmodel.name,
                Product.code,
                Product.name,
                l.qty,
                l.net,
                l.cost if hasattr(l, "cost") else l.net,
                maintain_column_froms=False,
            )
            stmt = stmt.join(pmodel, pmodel.id == party) if pmodel not in _joined(base) else stmt
            stmt = stmt.join(Product, Product.id == l.product_id) if Product not in _joined(base) else stmt
            stmt = stmt.order_by(h.on, h.number).limit(limit)
            dtype = {SalesDelivery: "DN", SalesReturn: "SR", PurchaseReceipt: "GR", PurchaseReturn: "PT"}[h]
            for hid, number, on, pname, pcode, prname, q, n, c in tx.execute(stmt):
                s = part.sign
                out.append(
                    DocLine(
                        dtype,
                        hid,
                        number,
                        on,
                        pname,
                        f"{pcode} {prname}",
                        s * q,
                        s * n,
                        s * c if see_cost else ZERO,
                    )
                )
    out.sort(key=lambda d: (d.on, d.number))
    return out


def _joined(stmt) -> set:
    models: set = set()
    for j in stmt.get_final_froms():
        _collect(j, models)
    return models


def _collect(node, models: set) -> None:
    from sqlalchemy.sql.selectable import Join

    if isinstance(node, Join):
        _collect(node.left, models)
        _collect(node.right, models)
        return
    for model in (Customer, Supplier, Product):
        if node is model.__table__:
            models.add(model)


# --- export -----------------------------------------------------------------------------------
def table(result: PivotResult, *, measure: str | None = None) -> tuple[list[str], list[list]]:
    """Headers and rows (row labels, one value per column, row total), last row the totals."""
    measure = measure or result.spec.measure
    spec = result.spec
    headers = [dimension_label(d) for d in spec.rows]
    headers += [" / ".join(lbl) for lbl in result.col_labels] if spec.cols else []
    headers.append(tr("Total") if spec.cols else measure_label(measure, spec.source))
    rows: list[list[Any]] = []
    for rk, rl in zip(result.row_keys, result.row_labels):
        vals = [result.cells.get((rk, ck), Cell()).value(measure) for ck in result.col_keys] if spec.cols else []
        rows.append(list(rl) + vals + [result.row_totals[rk].value(measure)])
    total_row: list[Any] = [tr("Total")] + [""] * (len(spec.rows) - 1)
    total_row += [result.col_totals[ck].value(measure) for ck in result.col_keys] if spec.cols else []
    total_row.append(result.total.value(measure))
    rows.append(total_row)
    return headers, rows


def export_xlsx(result: PivotResult, path, *, measure: str | None = None) -> int:
    from erp_desktop.services.excel import XColumn, write_xlsx

    measure = measure or result.spec.measure
    headers, rows = table(result, measure=measure)
    kind = {"qty": "qty", "margin_pct": "rate"}.get(measure, "money")
    nlab = len(result.spec.rows)
    columns = [XColumn(f"c{i}", h, "text" if i < nlab else kind) for i, h in enumerate(headers)]
    return write_xlsx(path, columns, [{f"c{i}": v for i, v in enumerate(r)} for r in rows], sheet_title=tr("Analysis"))


# --- saved views --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ViewRow:
    id: uuid.UUID | None
    name: str
    spec: PivotSpec
    builtin: bool = False


def save_view(uow: UnitOfWork, name: str, spec: PivotSpec, *, replace_existing: bool = False) -> ViewRow:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("A view needs a name."), field="name")
    _check(spec)
    with uow.write() as tx:
        row = tx.scalar(select(SavedView).where(SavedView.name == name))
        if row is not None and not replace_existing:
            raise Duplicate(tr("A view named {name} already exists.", name=name))
        if row is None:
            row = SavedView(name=name)
            tx.add(row)
        row.spec = spec.to_json()
        tx.flush()
        return ViewRow(row.id, row.name, spec)


def delete_view(uow: UnitOfWork, view_id: uuid.UUID) -> None:
    with uow.write() as tx:
        row = tx.get(SavedView, view_id)
        if row is None:
            raise NotFound(tr("That view no longer exists."))
        tx.delete(row)


def list_views(uow: UnitOfWork, *, today: date | None = None) -> list[ViewRow]:
    """The ready-made views first, then the saved ones by name."""
    with uow.read() as tx:
        saved = [
            ViewRow(r.id, r.name, PivotSpec.from_json(r.spec))
            for r in tx.scalars(select(SavedView).order_by(SavedView.name))
        ]
    return builtin_views(today or date.today()) + saved


def builtin_views(today: date) -> list[ViewRow]:
    month_start = today.replace(day=1)
    last_month_end = month_start - timedelta(days=1)
    last_month = (last_month_end.replace(day=1), last_month_end)
    week = today - timedelta(days=today.weekday())
    last_week = (week - timedelta(days=7), week - timedelta(days=1))
    year = (today - timedelta(days=365), today)
    return [
        ViewRow(
            None,
            tr("Best customers for a product (last month)"),
            PivotSpec(rows=("customer",), measure="revenue", start=last_month[0], end=last_month[1]),
            True,
        ),
        ViewRow(
            None,
            tr("Profit by product (this year)"),
            PivotSpec(rows=("product",), measure="margin", start=today.replace(month=1, day=1), end=today),
            True,
        ),
        ViewRow(
            None,
            tr("Thin-margin products by volume (12 months)"),
            PivotSpec(rows=("product",), measure="qty", start=year[0], end=year[1]),
            True,
        ),
        ViewRow(
            None,
            tr("Steadiest customers (revenue by month)"),
            PivotSpec(rows=("customer",), cols=("month",), measure="revenue", start=year[0], end=year[1]),
            True,
        ),
        ViewRow(
            None,
            tr("Warehouse and product, last week: margin by customer"),
            PivotSpec(rows=("customer",), measure="margin", start=last_week[0], end=last_week[1]),
            True,
        ),
        ViewRow(
            None,
            tr("Margin by customer and product (this month)"),
            PivotSpec(rows=("customer", "product"), measure="margin", start=month_start, end=today),
            True,
        ),
        ViewRow(
            None,
            tr("Purchases by supplier and month"),
            PivotSpec(
                source="purchases", rows=("supplier",), cols=("month",), measure="revenue", start=year[0], end=year[1]
            ),
            True,
        ),
    ]


# --- questions with their own answer ------------------------------------------------------------
@dataclass(frozen=True)
class ProductMargin:
    product_id: uuid.UUID
    label: str
    qty: Decimal
    revenue: Decimal
    margin: Decimal
    margin_pct: Decimal | None


def thin_margin_products(
    uow: UnitOfWork, start: date, end: date, *, below: Decimal = Decimal("0.15"), limit: int = 20
) -> list[ProductMargin]:
    """Products selling the most units whose margin % is under ``below`` (highest volume first)."""
    with uow.read() as tx:
        require(tx, Perm.VIEW_COST)
    result = pivot(uow, PivotSpec(rows=("product",), measure="qty", start=start, end=end))
    out = []
    for key, lbl in zip(result.row_keys, result.row_labels):
        cell = result.row_totals[key]
        if cell.margin_pct is not None and cell.margin_pct < below and key[0]:
            out.append(ProductMargin(uuid.UUID(key[0]), lbl[0], cell.qty, cell.revenue, cell.margin, cell.margin_pct))
    out.sort(key=lambda p: (-p.qty, p.label))
    return out[:limit]


@dataclass(frozen=True)
class SteadyCustomer:
    customer_id: uuid.UUID
    name: str
    months: int  # months with net purchases > 0
    revenue: Decimal


def steadiest_customers(uow: UnitOfWork, start: date, end: date, *, limit: int = 20) -> list[SteadyCustomer]:
    """Customers who bought in the most months of the period (ties: more revenue first)."""
    result = pivot(uow, PivotSpec(rows=("customer",), cols=("month",), measure="revenue", start=start, end=end))
    out = []
    for key, lbl in zip(result.row_keys, result.row_labels):
        months = sum(1 for ck in result.col_keys if result.cell(key, ck).revenue > 0)
        out.append(SteadyCustomer(uuid.UUID(key[0]), lbl[0], months, result.row_totals[key].revenue))
    out.sort(key=lambda c: (-c.months, -c.revenue, c.name))
    return out[:limit]


@dataclass(frozen=True)
class SupplierOnTime:
    supplier_id: uuid.UUID
    name: str
    receipts: int
    on_time: int
    rate: Decimal | None


def supplier_on_time(uow: UnitOfWork, *, today: date | None = None) -> list[SupplierOnTime]:
    """Each supplier's on-time receipt rate, from purchasing's supplier performance."""
    from erp_desktop.services.purchasing import supplier_performance

    with uow.read() as tx:
        ids = list(tx.scalars(select(Supplier.id).where(Supplier.active.is_(True)).order_by(Supplier.code)))
    out = []
    for sid in ids:
        perf = supplier_performance(uow, sid, today=today)
        if perf.receipts:
            out.append(SupplierOnTime(sid, perf.name, perf.receipts, perf.on_time_receipts, perf.on_time_rate))
    out.sort(key=lambda s: (-(s.rate or Decimal(0)), s.name))
    return out


def replace_spec(spec: PivotSpec, **changes) -> PivotSpec:
    return replace(spec, **changes)


def choices(uow: UnitOfWork, dim: str, *, limit: int = 2000) -> list[tuple[str, str]]:
    """(key, label) of the values a filter on ``dim`` can take."""
    with uow.read() as tx:
        if dim == "customer":
            return [
                (str(i), f"{c} {n}")
                for i, c, n in tx.execute(
                    select(Customer.id, Customer.code, Customer.name).order_by(Customer.code).limit(limit)
                )
            ]
        if dim == "supplier":
            return [
                (str(i), f"{c} {n}")
                for i, c, n in tx.execute(
                    select(Supplier.id, Supplier.code, Supplier.name).order_by(Supplier.code).limit(limit)
                )
            ]
        if dim == "product":
            return [
                (str(i), f"{c} {n}")
                for i, c, n in tx.execute(
                    select(Product.id, Product.code, Product.name).order_by(Product.code).limit(limit)
                )
            ]
        if dim == "category":
            return [
                (str(i), n)
                for i, n in tx.execute(select(Category.id, Category.name).order_by(Category.name).limit(limit))
            ]
        if dim == "warehouse":
            return [
                (str(i), n)
                for i, n in tx.execute(select(Warehouse.id, Warehouse.name).order_by(Warehouse.code).limit(limit))
            ]
        if dim == "store":
            return [
                (str(i), f"{c} {n}")
                for i, c, n in tx.execute(select(Store.id, Store.code, Store.name).order_by(Store.code).limit(limit))
            ]
        if dim == "tier":
            return [(t, t) for t in tx.scalars(select(Customer.tier).distinct().order_by(Customer.tier)) if t]
        if dim == "salesperson":
            return [
                (t, t)
                for t in tx.scalars(select(SalesOrder.salesperson).distinct().order_by(SalesOrder.salesperson))
                if t
            ]
    return []
