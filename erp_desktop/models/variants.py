"""Variants (颜色 / 尺码): dimensions defined once per category, product templates (款式) and the
one product per combination of values they generate.

Invariants (checked by ``verify``): every ``product_variant`` row points at an existing template
and product; its values belong to the template's dimensions (value 1 to dimension 1, value 2 to
dimension 2, none when the template has one dimension); a template has at most one variant per
combination (``values_key``); a product is the variant of at most one template.

Ids of dimensions, values and variants are derived from what makes them unique (category + name,
dimension + name, template + values), so two PCs that define the same 颜色 or generate the same
combination offline write the same rows and a sync merges them instead of colliding on a code.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Price, Rate, Synced

_NAMESPACE = uuid.UUID("6f1c2d8e-4b7a-5e0f-9c3d-2a1b0c9d8e7f")


def dimension_id(category_id: uuid.UUID, name: str) -> uuid.UUID:
    """The id of the dimension ``name`` of a category: the same on every PC."""
    return uuid.uuid5(_NAMESPACE, f"dim:{category_id}:{name}")


def value_id(dimension: uuid.UUID, name: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"val:{dimension}:{name}")


def values_key(value1: uuid.UUID, value2: uuid.UUID | None) -> str:
    """The combination of values a variant stands for, unique per template."""
    return value1.hex if value2 is None else f"{value1.hex}:{value2.hex}"


def variant_id(template: uuid.UUID, key: str) -> uuid.UUID:
    """The id of a template's variant (and of its product) for a combination of values."""
    return uuid.uuid5(_NAMESPACE, f"var:{template}:{key}")


class VariantDimension(Synced, Base):
    """A dimension of variants (颜色, 尺码) of the products of one category."""

    __tablename__ = "variant_dimension"
    __table_args__ = (UniqueConstraint("category_id", "name"),)

    category_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("category.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class VariantValue(Synced, Base):
    """One value of a dimension (红, XL) with the code it adds to a variant's product code."""

    __tablename__ = "variant_value"
    __table_args__ = (UniqueConstraint("dimension_id", "name"), UniqueConstraint("dimension_id", "code"))

    dimension_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("variant_dimension.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(16))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProductTemplate(Synced, Base):
    """A product template (款式): one or two of its category's dimensions, and what its variants
    start with (unit, prices, tax rate)."""

    __tablename__ = "product_template"
    __table_args__ = (
        CheckConstraint("dimension2_id IS NULL OR dimension2_id <> dimension1_id", name="two_dimensions"),
        CheckConstraint("sale_price >= 0 AND purchase_price >= 0", name="prices_nonneg"),
    )

    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    category_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("category.id"), index=True)
    dimension1_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("variant_dimension.id"))
    dimension2_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("variant_dimension.id"))
    unit: Mapped[str] = mapped_column(String(16), default="")
    tax_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal("0.13"))
    purchase_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    sale_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # the values this template comes in (value ids as text), when not all of its dimensions' values:
    # a polo made only in 红 / 白 and M / L. Empty: every active value, new ones included.
    value_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class ProductVariant(Synced, Base):
    """The product a template generated for one combination of values (its id is the product's)."""

    __tablename__ = "product_variant"
    __table_args__ = (UniqueConstraint("template_id", "values_key"),)

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), unique=True)
    template_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product_template.id"), index=True)
    value1_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("variant_value.id"), index=True)
    value2_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("variant_value.id"), index=True)
    values_key: Mapped[str] = mapped_column(String(80))
