"""Owner-defined fields on products, customers and suppliers (no code needed).

A field has an entity, a key (stable, used in import/export column ``custom.<key>``), a label,
a kind (text, number, date, choice), choices and a required flag. Values live in the row's
``custom`` JSON column as strings: numbers as the text of an exact Decimal, dates as ISO text,
choices as one of the field's choices. ``clean_values`` checks and normalises them.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.catalog import CustomField, FieldKind
from erp_desktop.money import NotANumber, to_decimal
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

ENTITIES = ("product", "customer", "supplier")
KINDS = tuple(k.value for k in FieldKind)
KIND_LABELS = {"text": N_("Text"), "number": N_("Numeric"), "date": N_("Date"), "choice": N_("Choice")}
ENTITY_LABELS = {"product": N_("Products"), "customer": N_("Customers"), "supplier": N_("Suppliers")}


@dataclass(frozen=True)
class FieldDef:
    id: uuid.UUID
    entity: str
    key: str
    label: str
    kind: str
    choices: tuple[str, ...]
    required: bool
    sort_order: int


def _def(f: CustomField) -> FieldDef:
    return FieldDef(f.id, f.entity, f.key, f.label, f.kind, tuple(f.choices or ()), f.required, f.sort_order)


def list_fields(uow: UnitOfWork, entity: str) -> list[FieldDef]:
    with uow.read() as tx:
        return fields_tx(tx, entity)


def fields_tx(tx: Session, entity: str) -> list[FieldDef]:
    stmt = select(CustomField).where(CustomField.entity == entity).order_by(CustomField.sort_order, CustomField.label)
    return [_def(f) for f in tx.scalars(stmt)]


def _key_from_label(label: str) -> str:
    key = re.sub(r"[^0-9a-zA-Z_]+", "_", label).strip("_").lower()
    return key or "f"


def save_field(
    uow: UnitOfWork,
    *,
    entity: str,
    label: str,
    kind: str = "text",
    choices: list[str] | tuple[str, ...] = (),
    required: bool = False,
    key: str = "",
    field_id: uuid.UUID | None = None,
) -> FieldDef:
    """Add (``field_id`` None) or change a custom field. The key is fixed once created (values are
    stored under it); a key is made from the label when not given.
    Raises ValidationError, Duplicate, NotFound."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.SETTINGS)
        if entity not in ENTITIES:
            raise ValidationError(tr("Custom fields belong to products, customers or suppliers."), field="entity")
        label = (label or "").strip()
        if not label:
            raise ValidationError(tr("{field} is required.", field=tr("Label")), field="label")
        if kind not in KINDS:
            raise ValidationError(tr("Unknown field kind: {kind}", kind=kind), field="kind")
        choice_list = [c.strip() for c in choices if c and c.strip()]
        if kind == "choice" and not choice_list:
            raise ValidationError(tr("A choice field needs at least one choice."), field="choices")
        same_label = tx.scalar(select(CustomField).where(CustomField.entity == entity, CustomField.label == label))
        if same_label is not None and same_label.id != field_id:
            raise Duplicate(tr("There is already a field named {label}.", label=label), field="label")
        if field_id is None:
            key = (key or "").strip() or _key_from_label(label)
            if not re.fullmatch(r"[A-Za-z_][0-9A-Za-z_]{0,39}", key):
                key = "f_" + uuid.uuid4().hex[:8] if not re.fullmatch(r"[0-9A-Za-z_]{1,38}", key) else "f_" + key
            base, n = key, 2
            while tx.scalar(select(CustomField.id).where(CustomField.entity == entity, CustomField.key == key)):
                key = f"{base}_{n}"
                n += 1
            order = (tx.scalar(select(func.max(CustomField.sort_order)).where(CustomField.entity == entity)) or 0) + 1
            row = CustomField(
                entity=entity, key=key, label=label, kind=kind, choices=choice_list, required=required, sort_order=order
            )
            tx.add(row)
            tx.flush()
            audit.record(tx, "create", "custom_field", row.id, summary=f"{entity}.{key}", after=audit.snapshot(row))
        else:
            found = tx.get(CustomField, field_id)
            if found is None:
                raise NotFound(tr("That custom field no longer exists."))
            row = found
            before = audit.snapshot(row)
            row.label, row.kind, row.choices, row.required = label, kind, choice_list, required
            tx.flush()
            audit.record(
                tx,
                "update",
                "custom_field",
                row.id,
                summary=f"{entity}.{row.key}",
                before=before,
                after=audit.snapshot(row),
            )
        return _def(row)


def delete_field(uow: UnitOfWork, field_id: uuid.UUID) -> None:
    """Remove a field definition. Values already stored stay in the rows (hidden), so adding the
    field back with the same key shows them again."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.SETTINGS)
        row = tx.get(CustomField, field_id)
        if row is None:
            raise NotFound(tr("That custom field no longer exists."))
        audit.record(
            tx, "delete", "custom_field", row.id, summary=f"{row.entity}.{row.key}", before=audit.snapshot(row)
        )
        tx.delete(row)


def clean_value(field: FieldDef, value: Any) -> str:
    """One value as it is stored (text); '' when empty. Raises ValidationError naming the field."""
    if value is None:
        return ""
    if isinstance(value, float):
        raise ValidationError(
            tr("{field} is not an exact number: {value}", field=field.label, value=value), field=f"custom.{field.key}"
        )
    if isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, Decimal):
        text = format(value, "f")
    else:
        text = str(value).strip()
    if not text:
        return ""
    if field.kind == "number":
        try:
            return format(to_decimal(text), "f")
        except NotANumber:
            raise ValidationError(
                tr("{field} is not a number: {value}", field=field.label, value=text), field=f"custom.{field.key}"
            ) from None
    if field.kind == "date":
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise ValidationError(
                tr("{field} is not a date (YYYY-MM-DD): {value}", field=field.label, value=text),
                field=f"custom.{field.key}",
            ) from None
    if field.kind == "choice" and text not in field.choices:
        raise ValidationError(
            tr("{field} must be one of: {choices}", field=field.label, choices=", ".join(field.choices)),
            field=f"custom.{field.key}",
        )
    if len(text) > 500:
        raise ValidationError(
            tr("{field} is longer than {max} characters.", field=field.label, max=500), field=f"custom.{field.key}"
        )
    return text


def clean_values(
    defs: list[FieldDef], values: dict[str, Any] | None, *, existing: dict | None = None
) -> dict[str, str]:
    """The ``custom`` dict to store: defined fields checked (required ones present), values of
    fields no longer defined kept as they were."""
    values = values or {}
    result = {k: v for k, v in (existing or {}).items() if k not in {d.key for d in defs}}
    for d in defs:
        text = clean_value(d, values.get(d.key))
        if d.required and not text:
            raise ValidationError(tr("{field} is required.", field=d.label), field=f"custom.{d.key}")
        if text:
            result[d.key] = text
    return result
