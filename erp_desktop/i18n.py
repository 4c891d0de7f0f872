"""Translation of user-facing text, shared by the window and the command line.

Every string shown to a user goes through ``tr(text, **fields)``. The catalogue is Qt's:
``resources/i18n/*.zh_CN.ts`` (compiled to ``resources/i18n/erp_desktop_zh_CN.qm`` for the
window). When the Qt UI runs it installs ``QCoreApplication.translate`` as the translator, so
service messages are translated by Qt too; headless (CLI, services, tests) the same ``.ts``
catalogue is read with the standard library. One context, ``erp``, for the whole program.

Leaf module: imports nothing of ours.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

CONTEXT = "erp"
LANGUAGES = ("zh_CN", "en")
_translate: Callable[[str], str] | None = None
_language = "en"
_catalogue: dict[str, str] | None = None


def i18n_dir() -> Path:
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources" / "i18n"


def detect_language(preferred: str | None = None) -> str:
    """``preferred`` ('zh_CN', 'en' or None/'system') else the system locale."""
    if preferred and preferred != "system":
        return "zh_CN" if preferred.lower().startswith("zh") else "en"
    env = os.environ.get("ERP_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if not env:
        try:
            env = locale.getlocale()[0] or ""
        except ValueError:  # pragma: no cover
            env = ""
    return "zh_CN" if env.lower().startswith("zh") else "en"


def set_language(language: str) -> None:
    """Choose the language for headless use (CLI, services)."""
    global _language, _catalogue
    _language = language
    _catalogue = None


def language() -> str:
    return _language


def install_translator(fn: Callable[[str], str] | None) -> None:
    """The UI installs Qt's translate here; ``None`` goes back to the .ts catalogue."""
    global _translate
    _translate = fn


def load_catalogue(language: str) -> dict[str, str]:
    """Source text → translation, from every ``*.<language>.ts`` file."""
    result: dict[str, str] = {}
    if language == "en":
        return result
    for path in sorted(i18n_dir().glob(f"*.{language}.ts")):
        root = ET.parse(path).getroot()
        for message in root.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source and translation is not None and translation.text and translation.get("type") != "obsolete":
                result[source] = translation.text
    return result


def tr(text: str, /, **fields: object) -> str:
    """Translate ``text`` and fill its ``{fields}``."""
    global _catalogue
    if _translate is not None:
        out = _translate(text)
    else:
        if _catalogue is None:
            _catalogue = load_catalogue(_language)
        out = _catalogue.get(text, text)
    return out.format(**fields) if fields else out


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it now (labels in tables)."""
    return text


SYSTEM_USER = "system"  # who acts when a shop has no users yet (storage.uow.SYSTEM)


def user_label(username: str) -> str:
    """A user name as shown on screen and paper: the built-in "system" reads 系统 / System."""
    return tr("System") if username == SYSTEM_USER else username
