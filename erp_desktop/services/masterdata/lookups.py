"""Small read-only lookups every document screen needs: find a product by code, name, spec,
barcode or 助记码; find a customer or supplier; list warehouses with their bins. Frozen dataclasses only.

A picker searches on every keystroke, so the search is ordered to answer from indexes first: the
exact code or barcode, then the rows whose 助记码 starts with the typed letters (an index range on
``mnemonic``), and only when those do not fill the popup, the rows that contain the text anywhere
(a scan, stopped at ``limit``). On SQLite a text of three characters or more first narrows that
scan to the candidates of the trigram index (``storage.search_index``); the same conditions then
decide, so the rows and their order are those of the plain scan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import func, literal_column, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.services.masterdata.mnemonic import search_key
from erp_desktop.services.masterdata.units import unit_by_barcode
from erp_desktop.services.paging import like_pattern
from erp_desktop.storage import search_index
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ProductBrief:
    id: uuid.UUID
    code: str
    name: str
    spec: str
    colour: str
    unit: str
    tax_rate: Decimal
    sale_price: Decimal
    purchase_price: Decimal
    active: bool
    mnemonic: str = ""
    on_hand: Decimal | None = None  # in all bins; filled by the searches a picker shows, else None
    scanned_unit: str = ""  # found by the barcode of one of its units (多单位): that unit's name

    @property
    def label(self) -> str:
        extra = " ".join(part for part in (self.spec, self.colour) if part)
        return f"{self.code} {self.name}" + (f" ({extra})" if extra else "")


@dataclass(frozen=True)
class PartyBrief:
    id: uuid.UUID
    code: str
    name: str
    kind: str  # customer | supplier
    mnemonic: str = ""

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class BinBrief:
    id: uuid.UUID
    code: str
    name: str
    status: str


@dataclass(frozen=True)
class WarehouseBrief:
    id: uuid.UUID
    code: str
    name: str
    negative_policy: str
    active: bool
    bins: tuple[BinBrief, ...]

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def product_brief(p: Product, on_hand: Decimal | None = None) -> ProductBrief:
    return ProductBrief(
        p.id,
        p.code,
        p.name,
        p.spec,
        p.colour,
        p.unit,
        p.tax_rate,
        p.sale_price,
        p.purchase_price,
        p.active,
        p.mnemonic,
        on_hand,
    )


def search_products(uow: UnitOfWork, text: str, *, limit: int = 20, active_only: bool = True) -> list[ProductBrief]:
    """Products whose code, name, spec, barcode or 助记码 contains ``text``: the exact code or
    barcode first, then 助记码 prefix hits, then the rest by code; each with its stock on hand."""
    with uow.read() as tx:
        return _search_products(tx, text, limit=limit, active_only=active_only)


def contains(column, text: str):
    """``column`` contains ``text`` (LIKE, ASCII case-insensitive on SQLite). The ESCAPE clause is
    added only when ``text`` holds a wildcard: it costs ~15 % of a scan of every row."""
    pattern = like_pattern(text)
    if pattern[1:-1] == text.strip():
        return column.like(pattern)
    return column.like(pattern, escape="\\")


NARROW_MAX = 2000  # more candidates than this: a scan in the list's order stops sooner


def indexed_candidates(tx: Session, *texts: str):
    """A condition "the product is among the search index's rows containing one of ``texts``"
    (any column, case folded), or None when the index would not make the search faster: no index
    (PostgreSQL, a SQLite without FTS5), a text shorter than three characters, or more than
    ``NARROW_MAX`` candidates (a common text: the ordered scan fills its page after a few rows,
    while the candidates would all be fetched and sorted). Only ever ANDed with exact conditions."""
    wanted = list({t.strip().lower(): t.strip() for t in texts}.values())  # the index folds case
    if not wanted or any(len(t) < search_index.MIN_CHARS for t in wanted):
        return None
    if not search_index.has_search_index(tx.connection()):
        return None
    query = " OR ".join(search_index.phrase(t) for t in wanted)
    table = search_index.TABLE
    hits = f"SELECT rowid FROM {table} WHERE {table} MATCH :fts_query"
    count = tx.execute(
        sql_text(f"SELECT count(*) FROM ({hits} LIMIT :most)"), {"fts_query": query, "most": NARROW_MAX + 1}
    ).scalar_one()
    if count > NARROW_MAX:
        return None
    return literal_column("product.rowid").in_(sql_text(hits).bindparams(fts_query=query))


def mnemonic_prefix(tx: Session, column, key: str):
    """A condition "``column`` starts with ``key``" that an index on ``column`` answers. On SQLite
    (binary collation) that is a range; LIKE would scan. ``key`` holds only A–Z and 0–9."""
    if tx.get_bind().dialect.name == "sqlite":
        return (column >= key) & (column < key[:-1] + chr(ord(key[-1]) + 1))
    return column.like(key + "%")


def _search_products(tx: Session, text: str, *, limit: int, active_only: bool) -> list[ProductBrief]:
    text = text.strip()
    found: list[Product] = []
    seen: set[uuid.UUID] = set()
    scanned: dict[uuid.UUID, str] = {}  # a unit's barcode picks that unit (多单位)

    def take(stmt) -> None:
        if active_only:
            stmt = stmt.where(Product.active.is_(True))
        if seen:
            stmt = stmt.where(Product.id.not_in(seen))
        for p in tx.scalars(stmt.limit(limit - len(found))):
            found.append(p)
            seen.add(p.id)

    if text:
        exact = _product_by_code_or_barcode(tx, text)
        if exact is None and (unit_hit := unit_by_barcode(tx, text)) is not None:
            exact = tx.get(Product, unit_hit[0])
            scanned = {unit_hit[0]: unit_hit[1]}
        if exact is not None and (exact.active or not active_only):
            found.append(exact)
            seen.add(exact.id)
        key = search_key(text)
        if key is not None and len(found) < limit:
            take(
                select(Product)
                .where(mnemonic_prefix(tx, Product.mnemonic, key))
                .order_by(Product.mnemonic, Product.code)
            )
        if len(found) < limit:
            matches = [contains(Product.code, text), contains(Product.name, text), contains(Product.spec, text)]
            if key is not None:
                matches.append(contains(Product.mnemonic, key))
            if text.isdigit():  # barcodes are digits: skip that table for other text
                barcode_hit = select(ProductBarcode.product_id).where(contains(ProductBarcode.barcode, text))
                matches.append(Product.id.in_(barcode_hit))
            stmt = select(Product).where(or_(*matches))
            narrowed = indexed_candidates(tx, text, *([key] if key is not None else []))
            if narrowed is not None:
                stmt = stmt.where(narrowed)
            take(stmt.order_by(Product.code))
    else:
        take(select(Product).order_by(Product.code))
    stock = on_hand_tx(tx, [p.id for p in found])
    briefs = [product_brief(p, stock.get(p.id, Decimal(0))) for p in found]
    if scanned:
        briefs = [replace(b, scanned_unit=scanned.get(b.id, "")) for b in briefs]
    return briefs


def on_hand_tx(tx: Session, product_ids: list[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """Stock on hand in all bins of all warehouses, per product (missing = none)."""
    if not product_ids:
        return {}
    rows = tx.execute(
        select(StockBalance.product_id, func.sum(StockBalance.qty))
        .join(Location, Location.id == StockBalance.location_id)
        .where(StockBalance.product_id.in_(product_ids), Location.kind == LocationKind.BIN.value)
        .group_by(StockBalance.product_id)
    )
    return {pid: Decimal(qty or 0) for pid, qty in rows}


def _product_by_code_or_barcode(tx: Session, code: str) -> Product | None:
    code = code.strip()
    product = tx.scalar(select(Product).where(Product.code == code))
    if product is None:
        product = tx.scalar(
            select(Product)
            .join(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(ProductBarcode.barcode == code)
        )
    return product


def find_product_by_code_or_barcode_tx(tx: Session, code: str) -> ProductBrief | None:
    """By code or barcode; a unit's barcode gives the product with ``scanned_unit`` set."""
    product = _product_by_code_or_barcode(tx, code)
    if product is not None:
        return product_brief(product)
    hit = unit_by_barcode(tx, code)
    if hit is None:
        return None
    product = tx.get(Product, hit[0])
    return replace(product_brief(product), scanned_unit=hit[1]) if product else None


def find_product(uow: UnitOfWork, code_or_barcode: str) -> ProductBrief | None:
    """The product with this exact code or barcode (scanner input), or None."""
    with uow.read() as tx:
        return find_product_by_code_or_barcode_tx(tx, code_or_barcode)


def get_product_brief(uow: UnitOfWork, product_id: uuid.UUID) -> ProductBrief | None:
    with uow.read() as tx:
        p = tx.get(Product, product_id)
        return product_brief(p) if p else None


def get_product_briefs(uow: UnitOfWork, product_ids) -> dict[uuid.UUID, ProductBrief]:
    """``get_product_brief`` for many products in one read (a document's lines); unknown ids
    are left out."""
    ids = list(dict.fromkeys(product_ids))
    if not ids:
        return {}
    with uow.read() as tx:
        return {p.id: product_brief(p) for p in tx.scalars(select(Product).where(Product.id.in_(ids)))}


def search_parties(uow: UnitOfWork, kind: str, text: str, *, limit: int = 20) -> list[PartyBrief]:
    """Active customers (kind='customer') or suppliers (kind='supplier') matching code, name,
    phone or 助记码: the exact code first, then 助记码 prefix hits, then the rest by code."""
    model = Customer if kind == "customer" else Supplier
    text = text.strip()
    with uow.read() as tx:
        found: list = []

        def take(stmt) -> None:
            stmt = stmt.where(model.active.is_(True))
            if found:
                stmt = stmt.where(model.id.not_in([r.id for r in found]))
            found.extend(tx.scalars(stmt.limit(limit - len(found))))

        if not text:
            take(select(model).order_by(model.code))
        else:
            take(select(model).where(model.code == text))
            key = search_key(text)
            if key is not None and len(found) < limit:
                take(select(model).where(mnemonic_prefix(tx, model.mnemonic, key)).order_by(model.mnemonic, model.code))
            if len(found) < limit:
                matches = [contains(model.code, text), contains(model.name, text), contains(model.phone, text)]
                if key is not None:
                    matches.append(contains(model.mnemonic, key))
                take(select(model).where(or_(*matches)).order_by(model.code))
        return [PartyBrief(r.id, r.code, r.name, kind, r.mnemonic) for r in found]


def get_party_brief(uow: UnitOfWork, kind: str, party_id: uuid.UUID) -> PartyBrief | None:
    with uow.read() as tx:
        r = tx.get(Customer, party_id) if kind == "customer" else tx.get(Supplier, party_id)
        return PartyBrief(r.id, r.code, r.name, kind, r.mnemonic) if r else None


def list_warehouses(uow: UnitOfWork, *, active_only: bool = True) -> list[WarehouseBrief]:
    with uow.read() as tx:
        stmt = select(Warehouse).order_by(Warehouse.code)
        if active_only:
            stmt = stmt.where(Warehouse.active.is_(True))
        result = []
        for w in tx.scalars(stmt):
            bins = tx.scalars(
                select(Location)
                .where(Location.warehouse_id == w.id, Location.kind == LocationKind.BIN.value)
                .order_by(Location.sort_order, Location.code)
            )
            result.append(
                WarehouseBrief(
                    w.id,
                    w.code,
                    w.name,
                    w.negative_policy,
                    w.active,
                    tuple(BinBrief(b.id, b.code, b.name, b.status) for b in bins),
                )
            )
        return result


def document_id(uow: UnitOfWork, model, number: str, missing: str) -> uuid.UUID:
    """The id of the document of ``model`` numbered ``number``; NotFound(``missing``) if none.
    ``missing`` is the already translated message."""
    from erp_desktop.errors import NotFound

    with uow.read() as tx:
        found = tx.scalar(select(model.id).where(model.number == number.strip()))
    if found is None:
        raise NotFound(missing)
    return found
