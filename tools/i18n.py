"""Translation catalogue tool (Qt Linguist .ts files, one per area, compiled to one .qm).

    python tools/i18n.py sync              # extract tr()/N_() strings from erp_desktop/ into resources/i18n/*.zh_CN.ts
    python tools/i18n.py missing           # list strings without a Chinese translation (exit 1 if any)
    python tools/i18n.py set "Save" "保存"  # set one translation
    python tools/i18n.py set-json FILE     # set many: {"English": "中文", ...}
    python tools/i18n.py release           # compile resources/i18n/erp_desktop_zh_CN.qm with pyside6-lrelease

Strings are found by walking the AST for calls to ``tr("…")``, ``self.tr("…")``, ``N_("…")``
and ``QCoreApplication.translate("erp", "…")`` with a literal first argument. A string's area is
the package it first appears in (services/sales/… → sales, ui/sales/… → sales, commands/sales.py →
sales, models/inventory_docs.py → inventory); see ``area_of``.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "erp_desktop"
I18N = ROOT / "resources" / "i18n"
LANG = "zh_CN"
CONTEXT = "erp"


AREAS = (
    "ledger",
    "masterdata",
    "sales",
    "purchasing",
    "inventory",
    "finance",
    "analysis",
    "system",
    "sync",
    "excel",
    "printing",
)
# ui/ folders and models/ files whose names are not an area's
UI_AREAS = {"dashboards": "analysis", "settings": "system"}
MODEL_AREAS = {
    "inventory_docs": "inventory",
    "stock": "ledger",
    "catalog": "masterdata",
    "parties": "masterdata",
    "warehouse": "masterdata",
    "payments": "finance",
    "approvals": "system",
}
COMMAND_AREAS = {"base": "system", "admin": "system", "maintenance": "system"}


def area_of(path: Path) -> str:
    """The catalogue a file's strings go to: one per area (``AREAS``), plus ``ui`` (the window's
    frame: shell, widgets, plumbing), ``demo``, ``storage`` and ``base`` (everything else)."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if len(parts) == 1:
        return "base"
    top, name = parts[0], parts[1]
    if top == "services":
        return name if name in AREAS else "base"
    if top == "ui":
        name = UI_AREAS.get(name, name)
        return name if len(parts) > 2 and name in AREAS else "ui"
    if top == "commands":
        name = COMMAND_AREAS.get(name, name)
        return name if name in AREAS else "base"
    if top == "models":
        name = MODEL_AREAS.get(name, name)
        return name if name in AREAS else "base"
    return top  # demo, storage


def extract() -> dict[str, list[tuple[str, str, int]]]:
    """area → [(text, file, line)] in first-seen order, each text once overall."""
    seen: set[str] = set()
    result: dict[str, list[tuple[str, str, int]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        in_cli = path.parent.name == "commands" or path.name == "cli.py"
        for node in ast.walk(tree):
            for text in [_literal(node)] + (_cli_help(node) if in_cli else []):
                if text is None or text in seen:
                    continue
                seen.add(text)
                result.setdefault(area_of(path), []).append((text, str(path.relative_to(ROOT)), node.lineno))
    return result


def _cli_help(node: ast.AST) -> list[str]:
    """Command-line help (translated centrally by erp_desktop.cli): ``add(name, "help", handler)``,
    ``add_parser(..., help="…", description="…")``, ``add_argument(..., help="…")``."""
    if not isinstance(node, ast.Call):
        return []
    func = node.func
    func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    found = []
    strings = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
    for first, second in zip(strings, strings[1:]):  # add(name, "help …", handler) and helpers shaped like it
        if first is not None and second is not None and " " in second and " " not in first:
            found.append(second)
    for keyword in node.keywords:
        if (
            keyword.arg in ("help", "description")
            and isinstance(keyword.value, ast.Constant)
            and isinstance(keyword.value.value, str)
        ):
            found.append(keyword.value.value)
    return [text for text in found if text.strip() and text != "==SUPPRESS=="]


def _literal(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    args = node.args
    if name == "translate" and len(args) >= 2:
        args = args[1:]
    elif name not in ("tr", "N_"):
        return None
    first = args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.strip():
        return first.value
    return None


def load_all() -> dict[str, str]:
    translations: dict[str, str] = {}
    for path in sorted(I18N.glob(f"*.{LANG}.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source and node is not None and node.text:
                translations[source] = node.text
    return translations


def write_ts(path: Path, messages: list[tuple[str, str, int]], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=LANG)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, file, line in messages:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename="../../" + file, line=str(line))
        ET.SubElement(message, "source").text = text
        node = ET.SubElement(message, "translation")
        if text in translations:
            node.text = translations[text]
        else:
            node.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def sync(extra: dict[str, str] | None = None) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    translations = load_all()
    translations.update(extra or {})
    areas = extract()
    for stale in I18N.glob(f"*.{LANG}.ts"):
        if stale.name.split(".")[0] not in areas:
            stale.unlink()
    for area, messages in areas.items():
        write_ts(I18N / f"{area}.{LANG}.ts", messages, translations)


def missing() -> list[tuple[str, str]]:
    translations = load_all()
    return [
        (text, f"{file}:{line}")
        for messages in extract().values()
        for text, file, line in messages
        if text not in translations
    ]


def release() -> Path:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    target = I18N / f"erp_desktop_{LANG}.qm"
    sources = sorted(str(p) for p in I18N.glob(f"*.{LANG}.ts"))
    subprocess.run([tool, "-silent", *sources, "-qm", str(target)], check=True)
    return target


def main(argv: list[str]) -> int:
    import fcntl

    I18N.mkdir(parents=True, exist_ok=True)
    with open(I18N / ".lock", "w") as lock:  # several developers may run this at once
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _main(argv)


def _main(argv: list[str]) -> int:
    command = argv[0] if argv else "sync"
    if command == "sync":
        sync()
    elif command == "missing":
        gaps = missing()
        for text, where in gaps:
            print(f"{where}\t{text}")
        print(f"{len(gaps)} untranslated", file=sys.stderr)
        return 1 if gaps else 0
    elif command == "set":
        sync({argv[1]: argv[2]})
    elif command == "set-json":
        sync(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
    elif command == "release":
        sync()
        print(release())
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
