"""The shop's print templates: kept as synced rows, a default per kind and per customer, shared as
files. The built-in layout of each kind (``templates.builtin``) is always there under the name
"Standard" (标准); it cannot be changed, renamed or deleted, only duplicated."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.storage.uow import UnitOfWork

from ...errors import Duplicate, NotFound, ValidationError
from ...i18n import tr
from ...models.printing import PrintTemplate, PrintTemplateChoice
from .templates import KINDS, Template, builtin, parse

FILE_MARK = "erp-desktop print template"


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    name: str
    id: uuid.UUID | None  # None: the built-in layout
    is_default: bool
    paper: str = "A4"

    @property
    def builtin(self) -> bool:
        return self.id is None


def builtin_name() -> str:
    return tr("Standard")


def is_builtin_name(name: str) -> bool:
    return name.strip().casefold() in {"standard", builtin_name().casefold(), ""}


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(tr("Unknown document kind {kind} for a template.", kind=kind), field="kind")


def _kind_title(kind: str) -> str:
    return tr(KINDS.get(kind, kind))


def _row(tx: Session, kind: str, name: str) -> PrintTemplate:
    row = tx.scalar(select(PrintTemplate).where(PrintTemplate.kind == kind, PrintTemplate.name == name.strip()))
    if row is None:
        raise NotFound(
            tr("No print template {name} for {kind}.", name=name, kind=_kind_title(kind))
            + " "
            + tr("See erp-desktop print templates list.")
        )
    return row


def _default_row(tx: Session, kind: str) -> PrintTemplate | None:
    """The kind's default; when two PCs each chose one offline, the later choice wins."""
    return tx.scalar(
        select(PrintTemplate)
        .where(PrintTemplate.kind == kind, PrintTemplate.is_default.is_(True))
        .order_by(PrintTemplate.hlc.desc(), PrintTemplate.updated_at.desc())
        .limit(1)
    )


def _template(row: PrintTemplate) -> Template:
    return parse(row.body, kind=row.kind).with_name(row.name)


def list_templates(uow: UnitOfWork, kind: str | None = None) -> list[TemplateInfo]:
    """Every template (the built-in one first) of ``kind``, or of every kind."""
    kinds = [kind] if kind else list(KINDS)
    for k in kinds:
        _check_kind(k)
    result: list[TemplateInfo] = []
    with uow.read() as tx:
        for k in kinds:
            rows = list(tx.scalars(select(PrintTemplate).where(PrintTemplate.kind == k).order_by(PrintTemplate.name)))
            default = _default_row(tx, k)
            result.append(TemplateInfo(k, builtin_name(), None, default is None))
            result += [
                TemplateInfo(
                    k, r.name, r.id, default is not None and r.id == default.id, str(r.body.get("paper", "A4"))
                )
                for r in rows
            ]
    return result


def get_template(uow: UnitOfWork, kind: str, name: str) -> Template:
    """The template ``name`` of ``kind`` ("Standard" is the built-in one). Raises NotFound."""
    _check_kind(kind)
    if is_builtin_name(name):
        return builtin(kind)
    with uow.read() as tx:
        return _template(_row(tx, kind, name))


def resolve(
    uow: UnitOfWork, kind: str, *, name: str | None = None, party_id: str | uuid.UUID | None = None
) -> Template:
    """The template a printout of ``kind`` uses: ``name`` when given, else the party's own, else
    the kind's default, else the built-in layout."""
    _check_kind(kind)
    if name is not None:
        return get_template(uow, kind, name)
    with uow.read() as tx:
        if party_id:
            key = party_id if isinstance(party_id, uuid.UUID) else uuid.UUID(str(party_id))
            choice = tx.scalar(
                select(PrintTemplate)
                .join(PrintTemplateChoice, PrintTemplateChoice.template_id == PrintTemplate.id)
                .where(PrintTemplateChoice.party_id == key, PrintTemplateChoice.kind == kind)
            )
            if choice is not None:
                return _template(choice)
        default = _default_row(tx, kind)
        return _template(default) if default is not None else builtin(kind)


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("Give the template a name."), field="name")
    if len(name) > 80:
        raise ValidationError(tr("A template's name has at most 80 characters."), field="name")
    if is_builtin_name(name):
        raise ValidationError(tr("{name} is the built-in template's name; choose another.", name=name), field="name")
    return name


def _refuse_taken(tx: Session, kind: str, name: str, but: uuid.UUID | None = None) -> None:
    taken = tx.scalar(select(PrintTemplate.id).where(PrintTemplate.kind == kind, PrintTemplate.name == name))
    if taken is not None and taken != but:
        raise Duplicate(
            tr("There is already a template {name} for {kind}.", name=name, kind=_kind_title(kind)), field="name"
        )


def save_template(uow: UnitOfWork, template: Template, *, original: str | None = None) -> TemplateInfo:
    """Store ``template`` under its name: a new one, or the one named ``original`` (rename and edit).
    The body is checked as a file would be. Raises ValidationError, Duplicate, NotFound."""
    _check_kind(template.kind)
    name = _clean_name(template.name)
    body = parse(template.to_dict(), kind=template.kind).with_name(name).to_dict()
    with uow.write() as tx:
        if original is not None and not is_builtin_name(original):
            row = _row(tx, template.kind, original)
            _refuse_taken(tx, template.kind, name, row.id)
            row.name, row.body = name, body
        else:
            _refuse_taken(tx, template.kind, name)
            row = PrintTemplate(kind=template.kind, name=name, body=body, is_default=False)
            tx.add(row)
        tx.flush()
        default = _default_row(tx, template.kind)
        return TemplateInfo(row.kind, row.name, row.id, default is not None and default.id == row.id, body["paper"])


def duplicate_template(uow: UnitOfWork, kind: str, name: str, new_name: str) -> TemplateInfo:
    """A copy of ``name`` (the built-in one too) under ``new_name``."""
    return save_template(uow, get_template(uow, kind, name).with_name(new_name))


def rename_template(uow: UnitOfWork, kind: str, name: str, new_name: str) -> TemplateInfo:
    if is_builtin_name(name):
        raise ValidationError(tr("The built-in template cannot be renamed; duplicate it instead."), field="name")
    return save_template(uow, get_template(uow, kind, name).with_name(new_name), original=name)


def delete_template(uow: UnitOfWork, kind: str, name: str) -> None:
    """Delete a template; printouts and customers that used it go back to the default."""
    _check_kind(kind)
    if is_builtin_name(name):
        raise ValidationError(tr("The built-in template cannot be deleted."), field="name")
    with uow.write() as tx:
        row = _row(tx, kind, name)
        for choice in tx.scalars(select(PrintTemplateChoice).where(PrintTemplateChoice.template_id == row.id)):
            tx.delete(choice)
        tx.flush()
        tx.delete(row)


def set_default(uow: UnitOfWork, kind: str, name: str) -> None:
    """Print ``kind`` with ``name`` from now on ("Standard": the built-in layout)."""
    _check_kind(kind)
    with uow.write() as tx:
        chosen = None if is_builtin_name(name) else _row(tx, kind, name)
        for row in tx.scalars(select(PrintTemplate).where(PrintTemplate.kind == kind)):
            wanted = chosen is not None and row.id == chosen.id
            if row.is_default != wanted:
                row.is_default = wanted


def set_party_template(uow: UnitOfWork, party_id: uuid.UUID | str, kind: str, name: str | None) -> None:
    """A customer's (or supplier's) own template for ``kind``; None or "Standard": the shop's default."""
    _check_kind(kind)
    key = party_id if isinstance(party_id, uuid.UUID) else uuid.UUID(str(party_id))
    with uow.write() as tx:
        choice = tx.scalar(
            select(PrintTemplateChoice).where(PrintTemplateChoice.party_id == key, PrintTemplateChoice.kind == kind)
        )
        if name is None or is_builtin_name(name):
            if choice is not None:
                tx.delete(choice)
            return
        row = _row(tx, kind, name)
        if choice is None:
            tx.add(PrintTemplateChoice(party_id=key, kind=kind, template_id=row.id))
        elif choice.template_id != row.id:
            choice.template_id = row.id


def party_id_by_code(uow: UnitOfWork, party_kind: str, code: str) -> uuid.UUID:
    """The id of the customer (``party_kind`` "customer") or supplier with ``code``. Raises NotFound."""
    from ...models.parties import Customer, Supplier

    model = Supplier if party_kind == "supplier" else Customer
    with uow.read() as tx:
        found = tx.scalar(select(model.id).where(model.code == code.strip()))
    if found is None:
        what = tr("No supplier {code}.", code=code) if model is Supplier else tr("No customer {code}.", code=code)
        raise NotFound(what)
    return found


def party_template(uow: UnitOfWork, party_id: uuid.UUID | str, kind: str) -> str | None:
    """The name of the party's own template for ``kind``, or None."""
    key = party_id if isinstance(party_id, uuid.UUID) else uuid.UUID(str(party_id))
    with uow.read() as tx:
        return tx.scalar(
            select(PrintTemplate.name)
            .join(PrintTemplateChoice, PrintTemplateChoice.template_id == PrintTemplate.id)
            .where(PrintTemplateChoice.party_id == key, PrintTemplateChoice.kind == kind)
        )


def export_template(uow: UnitOfWork, kind: str, name: str, path: str | Path) -> Path:
    """Write the template as a JSON file another shop can import."""
    template = get_template(uow, kind, name)
    data = {"file": FILE_MARK, **template.to_dict()}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_template_file(path: str | Path) -> Template:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(tr("Cannot read {path}: {error}", path=str(path), error=str(exc)), field="file") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(tr("{path} is not a print template file.", path=str(path)), field="file") from None
    if not isinstance(data, dict) or data.get("file") != FILE_MARK:
        raise ValidationError(tr("{path} is not a print template file.", path=str(path)), field="file")
    return parse({k: v for k, v in data.items() if k != "file"})


def import_template(uow: UnitOfWork, path: str | Path, *, name: str | None = None) -> TemplateInfo:
    """Add the template in the file at ``path`` (under ``name`` when given). Nothing is written when
    the file is not a valid template or the name is taken."""
    template = read_template_file(path)
    return save_template(uow, template.with_name(name or template.name))


__all__ = [
    "TemplateInfo",
    "builtin_name",
    "delete_template",
    "duplicate_template",
    "export_template",
    "get_template",
    "import_template",
    "list_templates",
    "party_id_by_code",
    "party_template",
    "rename_template",
    "resolve",
    "save_template",
    "set_default",
    "set_party_template",
]
