"""Company details shown on every printout: name, address, phone, tax id, bank, logo and footer.

Stored as one JSON value under the ``company`` key of ``AppSetting`` (so it syncs like other
shop-wide settings). Reading never fails: a shop that has not filled them in gets blanks.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.system import AppSetting
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

SETTING_KEY = "company"
_LIMITS = {
    "name": 120,
    "name_en": 160,
    "address": 300,
    "phone": 60,
    "tax_id": 40,
    "bank_name": 120,
    "bank_account": 60,
    "logo_path": 500,
    "footer": 500,
}


@dataclass(frozen=True)
class CompanyInfo:
    name: str = ""
    name_en: str = ""
    address: str = ""
    phone: str = ""
    tax_id: str = ""  # 纳税人识别号
    bank_name: str = ""  # 开户行
    bank_account: str = ""  # 账号
    logo_path: str = ""
    footer: str = ""  # printed at the foot of every page

    def display_name(self, language: str) -> str:
        """The English name on English printouts when there is one."""
        if language == "en" and self.name_en:
            return self.name_en
        return self.name or self.name_en


def company_from_value(value: object) -> CompanyInfo:
    if not isinstance(value, dict):
        return CompanyInfo()
    known = {f.name for f in fields(CompanyInfo)}
    return CompanyInfo(**{k: str(v or "") for k, v in value.items() if k in known})


def load_company_tx(tx: Session) -> CompanyInfo:
    row = tx.scalar(select(AppSetting).where(AppSetting.key == SETTING_KEY))
    return company_from_value(row.value if row is not None else None)


def get_company(uow: UnitOfWork) -> CompanyInfo:
    """The shop's company details (blank fields when never saved)."""
    with uow.read() as tx:
        return load_company_tx(tx)


def save_company(uow: UnitOfWork, info: CompanyInfo) -> CompanyInfo:
    """Validate and store the company details. Raises ValidationError, PermissionDenied."""
    cleaned = _clean(info)
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        row = tx.scalar(select(AppSetting).where(AppSetting.key == SETTING_KEY))
        before = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
        after = asdict(cleaned)
        if row is None:
            tx.add(AppSetting(key=SETTING_KEY, value=after))
        else:
            row.value = after
        audit.record(
            tx, "update", "setting", SETTING_KEY, summary=tr("Company details changed"), before=before, after=after
        )
    return cleaned


def _clean(info: CompanyInfo) -> CompanyInfo:
    values = {f.name: (getattr(info, f.name) or "").strip() for f in fields(CompanyInfo)}
    for name, limit in _LIMITS.items():
        if len(values[name]) > limit:
            raise ValidationError(
                tr("{field} is too long (at most {limit} characters).", field=_label(name), limit=limit), field=name
            )
    if not values["name"] and not values["name_en"]:
        raise ValidationError(tr("Enter the company name."), field="name")
    logo = values["logo_path"]
    if logo:
        path = Path(logo)
        if not path.is_file():
            raise ValidationError(tr("The logo file {path} does not exist.", path=logo), field="logo_path")
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif", ".bmp"):
            raise ValidationError(tr("The logo must be a PNG, JPEG, GIF or BMP picture."), field="logo_path")
    return replace(info, **values)


def _label(name: str) -> str:
    return {
        "name": tr("Company name"),
        "name_en": tr("English name"),
        "address": tr("Address"),
        "phone": tr("Phone"),
        "tax_id": tr("Tax id"),
        "bank_name": tr("Bank"),
        "bank_account": tr("Bank account"),
        "logo_path": tr("Logo"),
        "footer": tr("Footer text"),
    }[name]
