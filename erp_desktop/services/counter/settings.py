"""The counter's settings, set by the owner without code: which money account each payment method
books to, 抹零 (to the 角 or 元), the points rules, where shift differences go, the receipt paper and
an ESC/POS printer. Stored as one JSON value under ``counter`` in ``AppSetting`` (it syncs, so
every counter of the shop follows the same rules). Reading never fails: defaults fill the gaps."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.finance import Account
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.models.system import AppSetting
from erp_desktop.money import ZERO, to_decimal
from erp_desktop.services.counter import fast
from erp_desktop.services.ledger.journal import Accounts
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

SETTING_KEY = "counter"

CASH, WECHAT, ALIPAY, CARD, STORED_VALUE = "cash", "wechat", "alipay", "card", "stored_value"
METHODS = (CASH, WECHAT, ALIPAY, CARD, STORED_VALUE)
METHOD_LABELS = {
    CASH: N_("Cash"),
    WECHAT: N_("WeChat Pay"),
    ALIPAY: N_("Alipay"),
    CARD: N_("Bank card"),
    STORED_VALUE: N_("Stored value"),
}
# the word a money document keeps in its ``method`` column (as finance's own receipts do)
METHOD_WORDS = {CASH: "现金", WECHAT: "微信", ALIPAY: "支付宝", CARD: "银行卡", STORED_VALUE: "储值"}
ROUNDING = ("none", "jiao", "yuan")  # 抹零: keep the fen / round down to the 角 / to the 元
ROUNDING_LABELS = {"none": N_("No rounding"), "jiao": N_("Round down to 0.1 (角)"), "yuan": N_("Round down to 1 (元)")}


def stored_value_account(tx: Session, *, create: bool = True) -> str:
    """The account of the members' stored value (预收账款-会员储值, a sub-account of 2203 added on
    first use, with the same id on every PC). Without ``create``, "" when the chart has none yet."""
    from erp_desktop.errors import NotFound
    from erp_desktop.services.finance.chart import account_for

    cache = tx.info.setdefault("_stored_value_account", {})
    if "code" not in cache:
        try:
            existed = account_for(tx, "member_stored_value")
        except NotFound:
            if not create:
                return ""
            existed = account_for(tx, "member_stored_value", create=True)
        cache["code"] = existed
    return cache["code"]


def method_label(method: str) -> str:
    label = METHOD_LABELS.get(method)
    return tr(label) if label else method


@dataclass(frozen=True)
class CounterSettings:
    """``accounts``: payment method → money account code (stored value needs none). Points: one
    point per ``earn_per`` yuan paid (0 = members earn nothing), ``redeem_points`` points are
    worth ¥1 off (0 = points cannot be redeemed). ``member_tier`` is the customer tier new members
    get (price lists of that tier are the 会员价)."""

    accounts: dict[str, str] = field(default_factory=dict)
    rounding: str = "none"
    earn_per: Decimal = Decimal(1)
    redeem_points: int = 100
    member_tier: str = "会员"
    warehouse_id: uuid.UUID | None = None  # None: the first warehouse holding the stock
    surplus_account: str = Accounts.OTHER_INCOME  # 长款 (more cash than expected)
    shortage_account: str = Accounts.OTHER_EXPENSE  # 短款
    shop_name: str = ""  # "" = the company name
    paper_mm: int = 80  # 58 or 80
    escpos: dict[str, Any] = field(default_factory=dict)  # {"kind": "network", "host": …} / usb / file / dummy

    def account_code(self, method: str) -> str:
        return self.accounts.get(method, "")


def settings_from_value(value: object) -> CounterSettings:
    if not isinstance(value, dict):
        return CounterSettings()
    known = {f.name for f in fields(CounterSettings)}
    data = {k: v for k, v in value.items() if k in known}
    try:
        if "earn_per" in data:
            data["earn_per"] = to_decimal(str(data["earn_per"]))
        if "redeem_points" in data:
            data["redeem_points"] = int(data["redeem_points"])
        if "paper_mm" in data:
            data["paper_mm"] = int(data["paper_mm"])
        if data.get("warehouse_id"):
            data["warehouse_id"] = uuid.UUID(str(data["warehouse_id"]))
        else:
            data.pop("warehouse_id", None)
        data["accounts"] = {str(k): str(v) for k, v in dict(data.get("accounts") or {}).items()}
        data["escpos"] = dict(data.get("escpos") or {})
    except (ValueError, TypeError, ValidationError):
        return CounterSettings()
    return CounterSettings(**data)


def settings_value(settings: CounterSettings) -> dict[str, Any]:
    value = asdict(settings)
    value["earn_per"] = str(settings.earn_per)
    value["warehouse_id"] = str(settings.warehouse_id) if settings.warehouse_id else None
    return value


def load_settings_tx(tx: Session) -> CounterSettings:
    cache = tx.info.setdefault("_counter_settings", {})
    if "value" not in cache:
        cache["value"] = settings_from_value(fast.setting_value(tx, SETTING_KEY))
    return cache["value"]


def get_settings(uow: UnitOfWork) -> CounterSettings:
    with uow.read() as tx:
        return load_settings_tx(tx)


def save_settings(uow: UnitOfWork, settings: CounterSettings) -> CounterSettings:
    """Check and store the counter settings. Raises ValidationError, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        cleaned = _clean(tx, settings)
        row = tx.scalar(select(AppSetting).where(AppSetting.key == SETTING_KEY))
        before = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
        after = settings_value(cleaned)
        if row is None:
            tx.add(AppSetting(key=SETTING_KEY, value=after))
        else:
            row.value = after
        tx.info.pop("_counter_settings", None)
        audit.record(
            tx, "update", "setting", SETTING_KEY, summary=tr("Counter settings changed"), before=before, after=after
        )
    return cleaned


# the receipt printer's connection: "" = none (tickets as PDF through the system printer)
PRINTER_KINDS = ("", "network", "usb", "file")
PRINTER_KIND_LABELS = {
    "": N_("None: print tickets through the system printer (PDF)"),
    "network": N_("ESC/POS over the network (Ethernet / Wi-Fi)"),
    "usb": N_("ESC/POS on USB"),
    "file": N_("ESC/POS on a port or device file (serial, parallel, /dev/usb/lp0)"),
}


def clean_printer(config: dict[str, Any]) -> dict[str, Any]:
    """The receipt printer setting checked and reduced to what its kind needs: ``network`` a host
    and a port (9100 by default), ``usb`` the vendor and product ids (hex, as printed on the
    printer's label or shown by the system), ``file`` a device or file path; ``dummy`` (tests)
    and none need nothing. Raises ValidationError naming the field."""
    kind = str(config.get("kind") or "")
    if kind == "dummy":
        return {"kind": "dummy"}
    if kind not in PRINTER_KINDS:
        raise ValidationError(tr("Unknown receipt printer connection {kind}.", kind=kind), field="escpos")
    if kind == "":
        return {}
    if kind == "network":
        host = str(config.get("host") or "").strip()
        if not host or any(c.isspace() for c in host):
            raise ValidationError(tr("Enter the receipt printer's network address (e.g. 192.168.1.87)."), field="host")
        try:
            port = int(str(config.get("port") or 9100))
        except ValueError:
            raise ValidationError(tr("The printer's port is a number from 1 to 65535."), field="port") from None
        if not 0 < port < 65536:
            raise ValidationError(tr("The printer's port is a number from 1 to 65535."), field="port")
        return {"kind": kind, "host": host, "port": port}
    if kind == "usb":
        ids = {}
        for name, label in (("vendor", tr("vendor id")), ("product", tr("product id"))):
            text = str(config.get(name) or "").strip().lower().removeprefix("0x")
            try:
                value = int(text, 16)
            except ValueError:
                value = -1
            if not 0 <= value <= 0xFFFF:
                raise ValidationError(
                    tr("Enter the printer's USB {what} as 4 hex digits (e.g. 0416).", what=label), field=name
                )
            ids[name] = f"{value:04x}"
        return {"kind": kind, **ids}
    path = str(config.get("path") or "").strip()
    if not path:
        raise ValidationError(tr("Enter the printer's port or device file (e.g. /dev/usb/lp0 or COM3)."), field="path")
    return {"kind": kind, "path": path}


def _clean(tx: Session, settings: CounterSettings) -> CounterSettings:
    if settings.rounding not in ROUNDING:
        raise ValidationError(tr("Unknown rounding {value}.", value=settings.rounding), field="rounding")
    if settings.paper_mm not in (58, 80):
        raise ValidationError(tr("Receipt paper is 58 or 80 mm wide."), field="paper_mm")
    if not isinstance(settings.earn_per, Decimal) or settings.earn_per < ZERO:
        raise ValidationError(tr("Points per yuan must be zero or more."), field="earn_per")
    if settings.redeem_points < 0:
        raise ValidationError(tr("Points per yuan off must be zero or more."), field="redeem_points")
    accounts: dict[str, str] = {}
    for method, code in settings.accounts.items():
        if method not in METHODS or method == STORED_VALUE:
            raise ValidationError(tr("Unknown payment method {method}.", method=method), field="accounts")
        code = (code or "").strip()
        if not code:
            continue
        if tx.scalar(select(MoneyAccount.id).where(MoneyAccount.code == code)) is None:
            raise ValidationError(tr("No money account {ref}.", ref=code), field="accounts")
        accounts[method] = code
    for name in ("surplus_account", "shortage_account"):
        code = getattr(settings, name)
        if tx.scalar(select(Account.code).where(Account.code == code)) is None:
            raise ValidationError(tr("No active account {code}.", code=code), field=name)
    return replace(
        settings, accounts=accounts, shop_name=settings.shop_name.strip(), escpos=clean_printer(settings.escpos)
    )
