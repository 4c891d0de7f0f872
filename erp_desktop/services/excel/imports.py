"""Excel importers beyond master data (issue 7): opening stock, opening receivables/payables and
documents (sales orders, purchase orders). Each is all-or-nothing: the file is read and every
row checked first (``ImportErrors`` lists every bad row with its sheet row number); only a fully
correct file is written, in one transaction, through the owning module's services:

- opening stock → one posted "other receipt" with reason *opening* (``inventory``): stock moves
  from the OPENING location through ``stock_ledger.post_moves`` and Dr 1405 库存商品 / Cr 3999
  期初余额调整;
- opening receivables → ``posting.raise_open_item`` per row and Dr 1122 / Cr 3999 (payables:
  Dr 3999 / Cr 2202), one journal entry per date with the party on each line;
- sales / purchase orders → draft orders grouped by the file's order reference, priced by the
  sales/purchasing services as if typed in.

Templates for each: ``write_*_template(path)``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import ConfirmationRequired, ImportErrors, UserError, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.money import ZERO, money
from erp_desktop.services.excel import ImportRow, XColumn, read_xlsx, sorted_problems, write_template
from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

MAX_IMPORT_ROWS = 100_000
OPENING_DOC_TYPE = "OB"  # labelled "Opening balance" in finance lists


# ------------------------------------------------------------------------------------- columns


def opening_stock_columns() -> list[XColumn]:
    return [
        XColumn(
            "product",
            tr("Product code"),
            required=True,
            aliases=("商品编码", "编码", "SKU", "product_code", "barcode", "条码"),
        ),
        XColumn("warehouse", tr("Warehouse code"), required=True, aliases=("仓库编码", "仓库", "warehouse_code")),
        XColumn("bin", tr("Bin code"), aliases=("库位编码", "库位", "货位", "bin_code")),
        XColumn("qty", tr("Quantity"), "qty", required=True, aliases=("数量", "期初数量", "qty")),
        XColumn("unit_cost", tr("Unit cost"), "price", aliases=("单位成本", "成本价", "成本", "cost")),
        XColumn("note", tr("Note"), aliases=("备注",)),
    ]


def opening_balance_columns(kind: str) -> list[XColumn]:
    party = (
        XColumn("party", tr("Customer code"), required=True, aliases=("客户编码", "客户", "customer_code"))
        if kind == "receivable"
        else XColumn("party", tr("Supplier code"), required=True, aliases=("供应商编码", "供应商", "supplier_code"))
    )
    return [
        party,
        XColumn("number", tr("Document no."), aliases=("单据编号", "单号", "发票号", "document_no")),
        XColumn("on", tr("Date"), "date", required=True, aliases=("日期", "单据日期")),
        XColumn("due", tr("Due date"), "date", aliases=("到期日", "到期日期")),
        XColumn("amount", tr("Amount"), "money", required=True, aliases=("金额", "余额", "未收金额", "未付金额")),
        XColumn("memo", tr("Note"), aliases=("备注", "摘要")),
    ]


def order_columns(kind: str) -> list[XColumn]:
    party = (
        XColumn("party", tr("Customer code"), required=True, aliases=("客户编码", "客户"))
        if kind == "sales"
        else XColumn("party", tr("Supplier code"), required=True, aliases=("供应商编码", "供应商"))
    )
    return [
        XColumn("ref", tr("Order reference"), required=True, aliases=("订单参考号", "参考号", "订单号", "reference")),
        party,
        XColumn("on", tr("Date"), "date", aliases=("日期", "订单日期")),
        XColumn("product", tr("Product code"), required=True, aliases=("商品编码", "编码", "SKU", "条码")),
        XColumn("qty", tr("Quantity"), "qty", required=True, aliases=("数量",)),
        XColumn("price", tr("Unit price"), "price", aliases=("单价", "价格")),
        XColumn("tax_rate", tr("Tax rate"), "rate", aliases=("税率",)),
        XColumn("note", tr("Note"), aliases=("备注",)),
    ]


# ----------------------------------------------------------------------------------- templates


def write_opening_stock_template(path: str | Path) -> None:
    write_template(
        path,
        opening_stock_columns(),
        [
            {
                "product": "P-0001",
                "warehouse": "WH1",
                "bin": "A-01",
                "qty": Decimal("120"),
                "unit_cost": Decimal("3.50"),
            },
            {
                "product": "P-0002",
                "warehouse": "WH1",
                "qty": Decimal("2.5"),
                "unit_cost": Decimal("18.20"),
                "note": tr("(example)"),
            },
        ],
    )


def write_opening_balance_template(path: str | Path, kind: str) -> None:
    write_template(
        path,
        opening_balance_columns(kind),
        [
            {
                "party": "C-001" if kind == "receivable" else "S-001",
                "number": "INV-2026-001",
                "on": date(2026, 10, 31),
                "due": date(2026, 11, 30),
                "amount": Decimal("12800.00"),
                "memo": tr("(example)"),
            },
        ],
    )


def write_order_template(path: str | Path, kind: str) -> None:
    party = "C-001" if kind == "sales" else "S-001"
    write_template(
        path,
        order_columns(kind),
        [
            {
                "ref": "1",
                "party": party,
                "on": date(2026, 11, 25),
                "product": "P-0001",
                "qty": Decimal("10"),
                "price": Decimal("12.50"),
            },
            {"ref": "1", "party": party, "on": date(2026, 11, 25), "product": "P-0002", "qty": Decimal("2")},
        ],
    )


# ------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ImportResult:
    rows: int
    documents: tuple[str, ...] = ()
    total: Decimal = ZERO
    kind: str = ""

    def summary(self) -> str:
        numbers = ", ".join(self.documents[:5]) + ("…" if len(self.documents) > 5 else "")
        if self.kind == "opening_stock":
            return tr(
                "{rows} rows imported as opening stock {numbers}, value {total}.",
                rows=self.rows,
                numbers=numbers,
                total=f"{self.total:,.2f}",
            )
        if self.kind in ("receivable", "payable"):
            return tr("{rows} opening balances imported, total {total}.", rows=self.rows, total=f"{self.total:,.2f}")
        return tr(
            "{count} draft orders created from {rows} rows: {numbers}",
            count=len(self.documents),
            rows=self.rows,
            numbers=numbers,
        )


Problems = list[tuple[int | None, str | None, str]]


def _refuse(problems: Problems) -> None:
    """Every problem of the file at once (format and business, in sheet order), nothing written."""
    if problems:
        listed = sorted_problems(problems)
        raise ImportErrors(tr("{n} problems found; nothing was imported.", n=len(listed)), listed)


def _norm_code(text: str) -> str:
    return text.strip().casefold()


def _product_index(tx: Session, codes: set[str]) -> dict[str, tuple[uuid.UUID, bool, str]]:
    """code or barcode (case-insensitive) → (id, active, code) for the codes in the file."""
    found: dict[str, tuple[uuid.UUID, bool, str]] = {}
    wanted = sorted(codes)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for pid, code, active in tx.execute(
            select(Product.id, Product.code, Product.active).where(Product.code.in_(chunk))
        ):
            found[_norm_code(code)] = (pid, active, code)
    missing = [c for c in wanted if _norm_code(c) not in found]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        rows = tx.execute(
            select(ProductBarcode.barcode, Product.id, Product.code, Product.active)
            .join(Product, Product.id == ProductBarcode.product_id)
            .where(ProductBarcode.barcode.in_(chunk))
        )
        for barcode, pid, code, active in rows:
            found[_norm_code(barcode)] = (pid, active, code)
    if len(found) < len({_norm_code(c) for c in codes}):
        # codes typed in another case: one pass over all codes (small shops; done only when needed)
        lower = {_norm_code(c) for c in codes} - set(found)
        for pid, code, active in tx.execute(select(Product.id, Product.code, Product.active)):
            key = _norm_code(code)
            if key in lower:
                found[key] = (pid, active, code)
    return found


def _party_index(tx: Session, model, codes: set[str]) -> dict[str, tuple[uuid.UUID, str, int]]:
    found: dict[str, tuple[uuid.UUID, str, int]] = {}
    terms_column = getattr(model, "payment_terms_days", None)
    columns = [model.id, model.code, model.name] + ([terms_column] if terms_column is not None else [])
    wanted = {_norm_code(c) for c in codes}
    for row in tx.execute(select(*columns)):
        key = _norm_code(row[1])
        if key in wanted:
            found[key] = (row[0], row[2], int(row[3] or 0) if len(row) > 3 else 0)
    return found


# ------------------------------------------------------------------------------ opening stock


@dataclass(frozen=True)
class _StockLine:
    row: int
    product_id: uuid.UUID
    location_id: uuid.UUID
    qty: Decimal
    unit_cost: Decimal | None
    note: str


def import_opening_stock(
    uow: UnitOfWork, path: str | Path, *, on: date | None = None, progress: Callable[[int], object] | None = None
) -> ImportResult:
    """Opening stock from an xlsx: product code (or barcode), warehouse code, bin code (empty:
    the warehouse's first active bin), quantity, unit cost (empty: the product's purchase price).
    Posts one opening-stock receipt (Dr 1405 / Cr 3999). All or nothing."""
    from erp_desktop.services.inventory import documents as inventory

    on = on or date.today()
    columns = opening_stock_columns()
    titles = {c.key: c.title for c in columns}
    problems: Problems = []  # the file's format problems and the rows' business problems, together
    rows = read_xlsx(path, columns, max_rows=MAX_IMPORT_ROWS, problems=problems, progress=progress)
    lines: list[_StockLine] = []
    with uow.read() as tx:
        require(tx, Perm.STOCK)
        require(tx, Perm.POST)
        products = _product_index(tx, {r.values["product"] for r in rows})
        warehouses = {_norm_code(w.code): w for w in tx.scalars(select(Warehouse))}
        bins: dict[uuid.UUID, dict[str, Location]] = defaultdict(dict)
        for a_bin in tx.scalars(
            select(Location).where(Location.kind == LocationKind.BIN.value).order_by(Location.sort_order, Location.code)
        ):
            if a_bin.warehouse_id is not None:
                bins[a_bin.warehouse_id][_norm_code(a_bin.code)] = a_bin
        seen: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        for item in rows:
            v = item.values
            row_ok = True
            product = products.get(_norm_code(v["product"]))
            if product is None:
                problems.append((item.row, titles["product"], tr("Unknown product {code}.", code=v["product"])))
                row_ok = False
            elif not product[1]:
                problems.append((item.row, titles["product"], tr("Product {code} is inactive.", code=product[2])))
                row_ok = False
            warehouse = warehouses.get(_norm_code(v["warehouse"]))
            location: Location | None = None
            if warehouse is None:
                problems.append((item.row, titles["warehouse"], tr("Unknown warehouse {code}.", code=v["warehouse"])))
                row_ok = False
            else:
                its_bins = bins.get(warehouse.id, {})
                if v.get("bin"):
                    location = its_bins.get(_norm_code(v["bin"]))
                    if location is None:
                        problems.append(
                            (
                                item.row,
                                titles["bin"],
                                tr("Warehouse {warehouse} has no bin {code}.", warehouse=warehouse.code, code=v["bin"]),
                            )
                        )
                        row_ok = False
                else:
                    active = [b for b in its_bins.values() if b.status == "active"]
                    location = next(iter(active or its_bins.values()), None)
                    if location is None:
                        problems.append(
                            (item.row, titles["warehouse"], tr("Warehouse {code} has no bins.", code=warehouse.code))
                        )
                        row_ok = False
            quantity = v["qty"]
            if quantity is not None and quantity <= ZERO:
                problems.append((item.row, titles["qty"], tr("The quantity must be greater than zero.")))
                row_ok = False
            cost = v.get("unit_cost")
            if cost is not None and cost < ZERO:
                problems.append((item.row, titles["unit_cost"], tr("The unit cost cannot be negative.")))
                row_ok = False
            if row_ok and product is not None and location is not None:
                key = (product[0], location.id)
                if key in seen:
                    problems.append(
                        (
                            item.row,
                            titles["product"],
                            tr(
                                "{code} in bin {bin} is already in row {row}.",
                                code=product[2],
                                bin=location.code,
                                row=seen[key],
                            ),
                        )
                    )
                    continue
                seen[key] = item.row
                lines.append(_StockLine(item.row, product[0], location.id, quantity, cost, v.get("note") or ""))
    _refuse(problems)
    entered = [
        inventory.LineInput(
            product_id=l.product_id, qty=l.qty, unit_cost=l.unit_cost, to_location_id=l.location_id, note=l.note
        )
        for l in lines
    ]
    try:
        result = inventory.create_and_post(
            uow,
            kind="receipt",
            reason="opening",
            on=on,
            warehouse_id=None,
            note=tr("Imported from {name}", name=Path(path).name),
            lines=entered,
        )
    except ValidationError as exc:
        if exc.row is not None and 1 <= exc.row <= len(lines):
            raise ImportErrors(exc.message, [(lines[exc.row - 1].row, exc.field, exc.message)]) from exc
        raise
    return ImportResult(len(lines), (result.number,), result.total_value, "opening_stock")


# ------------------------------------------------------------------------ opening balances


def import_opening_balances(
    uow: UnitOfWork, path: str | Path, *, kind: str, progress: Callable[[int], object] | None = None
) -> ImportResult:
    """Opening receivables (kind "receivable": customer code) or payables ("payable": supplier
    code): document no., date, due date, amount (negative = a credit, e.g. an advance). Each row
    raises an open item; the journal has Dr 1122 / Cr 3999 (payables Dr 3999 / Cr 2202) per date.
    All or nothing."""
    if kind not in ("receivable", "payable"):
        raise ValidationError(tr("Unknown kind {kind}.", kind=kind), field="kind")
    columns = opening_balance_columns(kind)
    titles = {c.key: c.title for c in columns}
    problems: Problems = []  # the file's format problems and the rows' business problems, together
    rows = read_xlsx(path, columns, max_rows=MAX_IMPORT_ROWS, problems=problems, progress=progress)
    party_kind = "customer" if kind == "receivable" else "supplier"
    model = Customer if kind == "receivable" else Supplier
    total = ZERO
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        parties = _party_index(tx, model, {r.values["party"] for r in rows})
        accepted: list[tuple[ImportRow, tuple[uuid.UUID, str, int]]] = []
        seen_numbers: dict[tuple[uuid.UUID, str], int] = {}
        for item in rows:
            v = item.values
            party = parties.get(_norm_code(v["party"]))
            row_ok = True
            if party is None:
                what = (
                    tr("Unknown customer {code}.", code=v["party"])
                    if kind == "receivable"
                    else tr("Unknown supplier {code}.", code=v["party"])
                )
                problems.append((item.row, titles["party"], what))
                row_ok = False
            if v["amount"] is not None and v["amount"] == ZERO:
                problems.append((item.row, titles["amount"], tr("The amount is zero.")))
                row_ok = False
            if v.get("due") is not None and v["on"] is not None and v["due"] < v["on"]:
                problems.append((item.row, titles["due"], tr("The due date is before the document date.")))
                row_ok = False
            if row_ok and party is not None and v.get("number"):
                key = (party[0], _norm_code(v["number"]))
                if key in seen_numbers:
                    problems.append(
                        (
                            item.row,
                            titles["number"],
                            tr(
                                "Document {number} of this party is already in row {row}.",
                                number=v["number"],
                                row=seen_numbers[key],
                            ),
                        )
                    )
                    row_ok = False
                else:
                    seen_numbers[key] = item.row
            if row_ok and party is not None:
                accepted.append((item, party))
        _refuse(problems)
        by_date: dict[date, list[tuple[ImportRow, tuple[uuid.UUID, str, int], uuid.UUID, str]]] = defaultdict(list)
        for item, party in accepted:
            v = item.values
            amount = money(v["amount"])
            on = v["on"]
            due = v.get("due")
            terms = (due - on).days if due is not None else party[2]
            doc_id = uuid7()
            number = v.get("number") or next_number(tx, OPENING_DOC_TYPE, on)
            memo = v.get("memo") or tr("Opening balance")
            try:
                raise_open_item(
                    tx,
                    kind=kind,
                    party_id=party[0],
                    doc_type=OPENING_DOC_TYPE,
                    doc_id=doc_id,
                    doc_number=number,
                    on=on,
                    amount=amount,
                    terms_days=terms,
                    memo=memo,
                )
            except ConfirmationRequired:  # an odd date: the user is asked, not told the row is bad
                raise
            except UserError as exc:  # a closed period
                raise ImportErrors(exc.message, [(item.row, titles["on"], exc.message)]) from exc
            by_date[on].append((item, party, doc_id, number))
            total += amount
        for on, items in sorted(by_date.items()):
            posting = Posting(
                on,
                doc_type=OPENING_DOC_TYPE,
                doc_id=items[0][2],
                doc_number=items[0][3],
                memo=tr("Opening receivables") if kind == "receivable" else tr("Opening payables"),
            )
            for item, party, _doc_id, number in items:
                amount = money(item.values["amount"])
                memo = f"{party[1]} {number}"
                if kind == "receivable":
                    posting.debit(Accounts.RECEIVABLE, amount, party_kind=party_kind, party_id=party[0], memo=memo)
                    posting.credit(Accounts.OPENING, amount, memo=memo)
                else:
                    posting.debit(Accounts.OPENING, amount, memo=memo)
                    posting.credit(Accounts.PAYABLE, amount, party_kind=party_kind, party_id=party[0], memo=memo)
            try:
                posting.post(tx)
            except ConfirmationRequired:
                raise
            except UserError as exc:
                raise ImportErrors(exc.message, [(items[0][0].row, titles["on"], exc.message)]) from exc
        audit.record(tx, "import", f"opening_{kind}", None, summary=f"{len(accepted)} rows {total}")
    return ImportResult(len(accepted), (), total, kind)


# ------------------------------------------------------------------------------------ orders


def import_orders(
    uow: UnitOfWork,
    path: str | Path,
    *,
    kind: str,
    acknowledged: frozenset[str] = frozenset(),
    progress: Callable[[int], object] | None = None,
) -> ImportResult:
    """Draft sales orders (kind "sales") or purchase orders ("purchase") from an xlsx: one row per
    line; rows with the same order reference form one order (same party and date). Prices left
    empty are resolved as in the order form. All orders or none."""
    if kind not in ("sales", "purchase"):
        raise ValidationError(tr("Unknown kind {kind}.", kind=kind), field="kind")
    columns = order_columns(kind)
    titles = {c.key: c.title for c in columns}
    problems: Problems = []  # the file's format problems and the rows' business problems, together
    rows = read_xlsx(path, columns, max_rows=MAX_IMPORT_ROWS, problems=problems, progress=progress)
    model = Customer if kind == "sales" else Supplier
    groups: dict[str, list[ImportRow]] = {}
    with uow.write() as tx:
        require(tx, Perm.SELL if kind == "sales" else Perm.BUY)
        parties = _party_index(tx, model, {r.values["party"] for r in rows})
        products = _product_index(tx, {r.values["product"] for r in rows})
        headers: dict[str, tuple[uuid.UUID, date | None, int]] = {}
        for item in rows:
            v = item.values
            ref = _norm_code(v["ref"])
            party = parties.get(_norm_code(v["party"]))
            if party is None:
                what = (
                    tr("Unknown customer {code}.", code=v["party"])
                    if kind == "sales"
                    else tr("Unknown supplier {code}.", code=v["party"])
                )
                problems.append((item.row, titles["party"], what))
            product = products.get(_norm_code(v["product"]))
            if product is None:
                problems.append((item.row, titles["product"], tr("Unknown product {code}.", code=v["product"])))
            elif not product[1]:
                problems.append((item.row, titles["product"], tr("Product {code} is inactive.", code=product[2])))
            if v["qty"] is not None and v["qty"] <= ZERO:
                problems.append((item.row, titles["qty"], tr("The quantity must be greater than zero.")))
            if v.get("price") is not None and v["price"] < ZERO:
                problems.append((item.row, titles["price"], tr("The price cannot be negative.")))
            if party is not None:
                first = headers.get(ref)
                if first is None:
                    headers[ref] = (party[0], v.get("on"), item.row)
                elif first[0] != party[0] or (v.get("on") is not None and first[1] is not None and v["on"] != first[1]):
                    problems.append(
                        (
                            item.row,
                            titles["ref"],
                            tr("Order {ref} has another party or date in row {row}.", ref=v["ref"], row=first[2]),
                        )
                    )
            groups.setdefault(ref, []).append(item)
        _refuse(problems)
        numbers: list[str] = []
        for ref, items in groups.items():
            party_id, on, _row = headers[ref]
            on = on or date.today()
            try:
                if kind == "sales":
                    numbers.append(_sales_order(tx, party_id, on, items, products))
                else:
                    numbers.append(_purchase_order(tx, party_id, on, items, products, acknowledged))
            except ValidationError as exc:
                row = items[exc.row].row if exc.row is not None and 0 <= exc.row < len(items) else items[0].row
                raise ImportErrors(exc.message, [(row, exc.field, exc.message)]) from exc
    return ImportResult(len(rows), tuple(numbers), ZERO, kind)


def _sales_order(tx: Session, customer_id: uuid.UUID, on: date, items: list[ImportRow], products) -> str:
    from erp_desktop.services.sales import orders as sales_orders
    from erp_desktop.services.sales.common import LineInput

    lines = [
        LineInput(
            product_id=products[_norm_code(i.values["product"])][0],
            qty=i.values["qty"],
            unit_price=i.values.get("price"),
            tax_rate=i.values.get("tax_rate"),
        )
        for i in items
    ]
    notes = "; ".join(i.values["note"] for i in items if i.values.get("note"))
    # the same steps as sales_orders.create_order, inside this import's one transaction
    order = sales_orders._new_order(tx, customer_id=customer_id, lines=lines, on=on, salesperson=None, notes=notes)
    audit.record(tx, "create", "sales_order", order.id, summary=order.number)
    return order.number


def _purchase_order(
    tx: Session, supplier_id: uuid.UUID, on: date, items: list[ImportRow], products, acknowledged: frozenset[str]
) -> str:
    from erp_desktop.services.purchasing.orders import OrderLineInput, new_order_tx

    lines = [
        OrderLineInput(
            product_id=products[_norm_code(i.values["product"])][0],
            qty=i.values["qty"],
            price=i.values.get("price"),
            tax_rate=i.values.get("tax_rate"),
        )
        for i in items
    ]
    note = "; ".join(i.values["note"] for i in items if i.values.get("note"))
    order = new_order_tx(tx, supplier_id=supplier_id, on=on, lines=lines, note=note, acknowledged=acknowledged)
    return order.number


# ------------------------------------------------------------------------------------ catalogue


@dataclass(frozen=True)
class Importer:
    """An import the window and the command line offer: name, title, template, run."""

    name: str
    title: str
    columns: Callable[[], Sequence[XColumn]]
    template: Callable[[Path], None]
    run: Callable[..., ImportResult]
    areas: frozenset[str]


def importers() -> list[Importer]:
    return [
        Importer(
            "opening-stock",
            tr("Opening stock"),
            opening_stock_columns,
            write_opening_stock_template,
            lambda uow, path, **kw: import_opening_stock(uow, path, **kw),
            frozenset({"stock", "finance"}),
        ),
        Importer(
            "opening-receivables",
            tr("Opening receivables"),
            lambda: opening_balance_columns("receivable"),
            lambda path: write_opening_balance_template(path, "receivable"),
            lambda uow, path, **kw: import_opening_balances(uow, path, kind="receivable", progress=kw.get("progress")),
            frozenset({"finance", "sales"}),
        ),
        Importer(
            "opening-payables",
            tr("Opening payables"),
            lambda: opening_balance_columns("payable"),
            lambda path: write_opening_balance_template(path, "payable"),
            lambda uow, path, **kw: import_opening_balances(uow, path, kind="payable", progress=kw.get("progress")),
            frozenset({"finance", "purchasing"}),
        ),
        Importer(
            "sales-orders",
            tr("Sales orders"),
            lambda: order_columns("sales"),
            lambda path: write_order_template(path, "sales"),
            lambda uow, path, **kw: import_orders(uow, path, kind="sales", **kw),
            frozenset({"sales"}),
        ),
        Importer(
            "purchase-orders",
            tr("Purchase orders"),
            lambda: order_columns("purchase"),
            lambda path: write_order_template(path, "purchase"),
            lambda uow, path, **kw: import_orders(uow, path, kind="purchase", **kw),
            frozenset({"purchasing"}),
        ),
    ]


def importer(name: str) -> Importer:
    for item in importers():
        if item.name == name:
            return item
    raise ValidationError(tr("Unknown import {name}.", name=name), field="name")
