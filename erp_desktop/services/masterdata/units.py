"""多单位: a product's units and the conversion of an entered quantity to the base (stock) unit.

Invariants kept here (see ``models.units``): a unit's factor is > 0 with at most 6 places; its
name is unique per product and is not the base unit's; its barcode is unique among unit barcodes,
product barcodes and product codes; at most one unit is the default purchase unit and one the
default sale unit (none: the base unit). ``to_base`` is the one conversion every document uses:
``qty = entered × factor`` exactly, refused (naming the line) when the base quantity would need
more than the quantity column's 3 places.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.models.units import ProductUnit
from erp_desktop.money import NotANumber, to_decimal
from erp_desktop.money import price as price_
from erp_desktop.money import qty as qty_
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

ONE = Decimal(1)
ZERO = Decimal(0)
FACTOR_PLACES = 6
PURPOSES = ("sale", "purchase")


@dataclass(frozen=True)
class UnitRow:
    """One of a product's units; the base unit is listed first with factor 1 and ``base`` True."""

    name: str
    factor: Decimal
    barcode: str = ""
    purchase_default: bool = False
    sale_default: bool = False
    base: bool = False

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True)
class EnteredQty:
    """A quantity as a line stores it: the unit ("" = base), what was entered, the factor and the
    base quantity (``unit_qty`` None when entered in the base unit)."""

    unit: str
    unit_qty: Decimal | None
    factor: Decimal
    qty: Decimal

    @property
    def entered(self) -> Decimal:
        return self.qty if self.unit_qty is None else self.unit_qty

    def columns(self) -> dict[str, object]:
        return {"unit": self.unit, "unit_qty": self.unit_qty, "unit_factor": self.factor}


BASE = ""


# --------------------------------------------------------------------------- conversion
def to_base(entered: Decimal, factor: Decimal, *, unit: str = "", line: int | None = None) -> Decimal:
    """``entered × factor`` exactly; ValidationError (field ``qty``) when it needs more than 3
    decimals — a factor with decimals never rounds silently."""
    base = entered * factor
    if qty_(base) != base:
        where = tr("Line {line}: ", line=line) if line else ""
        raise ValidationError(
            where
            + tr(
                "{qty} {unit} is {base} in the base unit, more than 3 decimals; enter a quantity that converts exactly.",
                qty=entered,
                unit=unit,
                base=base.normalize(),
            ),
            field="qty",
        )
    return qty_(base)


def entered_qty(
    tx: Session, product_id: uuid.UUID, entered: Decimal, unit: str | None, *, line: int | None = None
) -> EnteredQty:
    """Resolve ``unit`` (a name of one of the product's units; "" or the base unit's name = base)
    and convert ``entered`` to the base unit. Raises ValidationError (unknown unit, inexact)."""
    return entered_qtys(tx, [(product_id, entered, unit)], lines=[line] if line else None)[0]


def entered_qtys(
    tx: Session,
    wanted: Sequence[tuple[uuid.UUID, Decimal, str | None]],
    *,
    lines: Sequence[int | None] | None = None,
) -> list[EnteredQty]:
    """``entered_qty`` for many lines, the units read once. Lines in the base unit cost no read."""
    need = list(dict.fromkeys(p for p, _q, u in wanted if u))
    factors = unit_factors(tx, need) if need else {}
    out = []
    for i, (product_id, entered, unit) in enumerate(wanted):
        line = lines[i] if lines else i + 1
        name = (unit or "").strip()
        if not name:
            out.append(EnteredQty(BASE, None, ONE, entered))
            continue
        known = factors.get(product_id, {})
        if name not in known:
            base_name = base_unit_name(tx, product_id)
            if name == base_name:
                out.append(EnteredQty(BASE, None, ONE, entered))
                continue
            raise ValidationError(
                tr("Line {line}: the product has no unit {unit}.", line=line, unit=name)
                + (tr(" Its units: {units}.", units=", ".join([base_name, *known])) if known else ""),
                field="unit",
            )
        factor = known[name]
        if not isinstance(entered, Decimal) or not entered.is_finite():
            out.append(EnteredQty(name, entered, factor, entered))  # the document refuses the quantity
            continue
        out.append(EnteredQty(name, entered, factor, to_base(entered, factor, unit=name, line=line)))
    return out


_PU = ProductUnit.__table__.c


def unit_factors(tx: Session, product_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict[str, Decimal]]:
    """{product id: {unit name: factor}} for the products' other units (base unit not listed)."""
    ids = list(dict.fromkeys(product_ids))
    result: dict[uuid.UUID, dict[str, Decimal]] = {}
    rows = tx.execute(select(_PU.product_id, _PU.name, _PU.factor).where(_PU.product_id.in_(ids))) if ids else ()
    for product_id, name, factor in rows:
        result.setdefault(product_id, {})[name] = factor
    return result


def base_unit_name(tx: Session, product_id: uuid.UUID) -> str:
    return tx.scalar(select(Product.unit).where(Product.id == product_id)) or ""


def default_units(tx: Session, product_ids: Iterable[uuid.UUID], purpose: str) -> dict[uuid.UUID, str]:
    """{product id: the default unit for ``purpose`` ("sale" | "purchase")}; products whose
    default is the base unit are left out."""
    ids = list(dict.fromkeys(product_ids))
    if not ids:
        return {}
    flag = _PU.sale_default if purpose == "sale" else _PU.purchase_default
    rows = tx.execute(select(_PU.product_id, _PU.name).where(_PU.product_id.in_(ids), flag.is_(True)))
    return {p: n for p, n in rows}


def units_of_tx(tx: Session, product_id: uuid.UUID) -> list[UnitRow]:
    product = tx.get(Product, product_id)
    if product is None:
        raise NotFound(tr("That product no longer exists."))
    rows = tx.scalars(
        select(ProductUnit).where(ProductUnit.product_id == product_id).order_by(ProductUnit.factor, ProductUnit.name)
    )
    others = [UnitRow(u.name, u.factor, u.barcode or "", u.purchase_default, u.sale_default) for u in rows]
    base = UnitRow(
        product.unit,
        ONE,
        purchase_default=not any(u.purchase_default for u in others),
        sale_default=not any(u.sale_default for u in others),
        base=True,
    )
    return [base, *others]


def unit_by_barcode(tx: Session, code: str) -> tuple[uuid.UUID, str] | None:
    """(product id, unit name) of the unit whose barcode this is, or None."""
    row = tx.execute(select(_PU.product_id, _PU.name).where(_PU.barcode == code.strip())).first()
    return (row[0], row[1]) if row else None


def in_units(qty: Decimal, base_unit: str, units: Sequence[tuple[str, Decimal]]) -> str:
    """Stock as a shop says it: 77 瓶 with 1 箱 = 24 瓶 → "3 箱 5 瓶". ``units`` are (name,
    factor) of the product's other units; whole units largest first, the rest in the base unit.
    Negative quantities keep their sign in front; no other units → "77 瓶"."""
    sign = "-" if qty < ZERO else ""
    left = abs(qty)
    parts = []
    for name, factor in sorted(units, key=lambda u: u[1], reverse=True):
        if factor <= ONE:
            continue
        whole = left // factor
        if whole:
            parts.append(f"{whole} {name}")
            left -= whole * factor
    if left or not parts:
        parts.append(f"{_plain(left)} {base_unit}".rstrip())
    return sign + " ".join(parts)


def in_other_units(qty: Decimal, base_unit: str, others: Mapping[str, Decimal] | None) -> str:
    """A stock report's "In units" cell: ``in_units`` when the product has other units
    (``others``: {name: factor}, as ``unit_factors`` gives them), else "" (the base quantity
    beside it says it all)."""
    return in_units(qty, base_unit, list(others.items())) if others else ""


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def stock_in_units(tx: Session, items: Sequence[tuple[uuid.UUID, Decimal]]) -> dict[uuid.UUID, str]:
    """{product id: "3 箱 5 瓶"} for (product id, base quantity) pairs (a stock report's column)."""
    ids = list(dict.fromkeys(p for p, _q in items))
    factors = unit_factors(tx, ids)
    bases = dict(tx.execute(select(Product.id, Product.unit).where(Product.id.in_(ids)))) if ids else {}
    return {p: in_units(q, bases.get(p, ""), list(factors.get(p, {}).items())) for p, q in items}


# --------------------------------------------------------------------------- editing
def list_units(uow: UnitOfWork, product_id: uuid.UUID) -> list[UnitRow]:
    """The product's units, base first. Raises NotFound."""
    with uow.read() as tx:
        return units_of_tx(tx, product_id)


def units_for(uow: UnitOfWork, product_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[UnitRow]]:
    """{product id: its units, base first} for the products that have other units (a form's unit
    pickers); products with only the base unit are left out."""
    ids = list(dict.fromkeys(product_ids))
    with uow.read() as tx:
        have = unit_factors(tx, ids)
        return {p: units_of_tx(tx, p) for p in ids if p in have}


def check_factor(value: object) -> Decimal:
    try:
        factor = to_decimal(value)
    except NotANumber:
        raise ValidationError(tr("The unit factor is not a number: {value}", value=value), field="factor") from None
    if factor <= ZERO:
        raise ValidationError(
            tr("The unit factor must be greater than zero (got {value}): how many base units are in one.", value=value),
            field="factor",
        )
    if factor.quantize(Decimal(1).scaleb(-FACTOR_PLACES)) != factor:
        raise ValidationError(
            tr("The unit factor has more than 6 decimals (got {value}).", value=value), field="factor"
        )
    return factor


def _check_barcode(tx: Session, barcode: str, self_id: uuid.UUID | None) -> None:
    owner = tx.scalar(
        select(Product.code)
        .join(ProductBarcode, ProductBarcode.product_id == Product.id)
        .where(ProductBarcode.barcode == barcode)
    ) or tx.scalar(select(Product.code).where(Product.code == barcode))
    if owner is None:
        hit = tx.execute(
            select(Product.code, ProductUnit.id)
            .join(Product, Product.id == ProductUnit.product_id)
            .where(ProductUnit.barcode == barcode)
        ).first()
        if hit is not None and hit[1] != self_id:
            owner = hit[0]
    if owner is not None:
        raise Duplicate(
            tr("Barcode {barcode} is already used by product {other}.", barcode=barcode, other=owner),
            field="barcode",
        )


def save_unit(
    uow: UnitOfWork,
    product_id: uuid.UUID,
    name: str,
    factor: object,
    *,
    barcode: str = "",
    purchase_default: bool = False,
    sale_default: bool = False,
) -> list[UnitRow]:
    """Add a unit to a product, or change the one of that name (factor, barcode, defaults).
    Making it the default purchase/sale unit clears the flag on the product's other units.
    Raises ValidationError (factor ≤ 0, the base unit's name, no name), Duplicate (barcode),
    NotFound, PermissionDenied. Returns the product's units."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("That product no longer exists."))
        name = v.text(name, "name", tr("Unit"), required=True, max_len=16)
        if name == product.unit:
            raise ValidationError(
                tr("{unit} is the base unit of {code}; another unit needs another name.", unit=name, code=product.code),
                field="name",
            )
        checked = check_factor(factor)
        code = v.text(barcode, "barcode", tr("Barcode"), max_len=64) or None
        row = tx.scalar(select(ProductUnit).where(ProductUnit.product_id == product_id, ProductUnit.name == name))
        if code:
            _check_barcode(tx, code, row.id if row else None)
        before = units_of_tx(tx, product_id)
        others = list(tx.scalars(select(ProductUnit).where(ProductUnit.product_id == product_id)))
        for other in others:
            if other.name != name:
                if purchase_default and other.purchase_default:
                    other.purchase_default = False
                if sale_default and other.sale_default:
                    other.sale_default = False
        if row is None:
            row = ProductUnit(product_id=product_id, name=name, sort_order=len(others))
            tx.add(row)
        row.factor = checked
        row.barcode = code
        row.purchase_default = purchase_default
        row.sale_default = sale_default
        tx.flush()
        after = units_of_tx(tx, product_id)
        audit.record(
            tx,
            "update",
            "product",
            product.id,
            summary=tr(
                "{code}: unit {unit} = {factor} {base}", code=product.code, unit=name, factor=checked, base=product.unit
            ),
            before={"units": [_snap(u) for u in before]},
            after={"units": [_snap(u) for u in after]},
        )
        return after


def remove_unit(uow: UnitOfWork, product_id: uuid.UUID, name: str) -> list[UnitRow]:
    """Remove one of a product's other units (lines entered in it keep their unit and factor).
    Raises NotFound, PermissionDenied."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("That product no longer exists."))
        before = units_of_tx(tx, product_id)
        row = tx.scalar(
            select(ProductUnit).where(ProductUnit.product_id == product_id, ProductUnit.name == (name or "").strip())
        )
        if row is None:
            raise NotFound(tr("{code} has no unit {unit}.", code=product.code, unit=name))
        tx.delete(row)  # the unit of work writes the sync tombstone
        tx.flush()
        after = units_of_tx(tx, product_id)
        audit.record(
            tx,
            "update",
            "product",
            product.id,
            summary=tr("{code}: unit {unit} removed", code=product.code, unit=name),
            before={"units": [_snap(u) for u in before]},
            after={"units": [_snap(u) for u in after]},
        )
        return after


def _snap(u: UnitRow) -> dict[str, object]:
    return {
        "name": u.name,
        "factor": str(u.factor),
        "barcode": u.barcode,
        "sale": u.sale_default,
        "purchase": u.purchase_default,
    }


def carried_unit(qty: Decimal, unit: str, factor: Decimal, unit_price: Decimal) -> tuple[EnteredQty, Decimal]:
    """A base quantity taken from a line entered in ``unit`` (a delivery from an order line, a
    return of a delivery line): shown in the same unit when it is a whole number of 3 places of
    it, else in the base unit with the price per base unit (6 places). Returns (entered, price)."""
    if unit and factor != ONE:
        in_unit = qty / factor
        if qty_(in_unit) == in_unit:
            return EnteredQty(unit, qty_(in_unit), factor, qty), unit_price
        return EnteredQty(BASE, None, ONE, qty), price_(unit_price / factor)
    return EnteredQty(unit, qty if unit else None, factor, qty), unit_price


def repriced(unit_price: Decimal, from_factor: Decimal, to_factor: Decimal) -> Decimal:
    """A price per one unit re-expressed per another unit of the same product (6 places)."""
    if from_factor == to_factor:
        return unit_price
    return price_(unit_price / from_factor * to_factor)
